/**
 * Composition root: each feature registers itself and hands back what must be disposed.
 * No feature logic lives here.
 */
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { registerDocumentSymbols } from './documentSymbols';
import { registerHover } from './hover';
import { registerNavigation } from './navigation';
import { registerOpenSample } from './openSample';
import { registerRevealRange } from './revealRange';
import { registerSemanticTokens } from './semanticTokens';
import { registerViews } from './views';
import { WorkspaceIndex } from './workspaceIndex';

/** What the extension hands to its integration tests (and to other extensions). */
export interface ReadoutApi {
  index: WorkspaceIndex;
  views: ReturnType<typeof registerViews>;
}

export function activate(context: vscode.ExtensionContext): ReadoutApi {
  const cache = new AnalysisCache();
  const index = new WorkspaceIndex();
  const views = registerViews(context, index);
  context.subscriptions.push(
    cache,
    index,
    views.disposable,
    registerOpenSample(context),
    registerRevealRange(),
    registerHover(cache, index),
    registerNavigation(cache, index),
    registerSemanticTokens(cache),
    registerDocumentSymbols(cache),
  );
  return { index, views };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
