/**
 * Composition root: each feature registers itself and hands back what must be disposed.
 * No feature logic lives here.
 */
import * as vscode from 'vscode';
import { AnalysisCache } from './analysisCache';
import { AnalysisWorker } from './analysisWorkerClient';
import { registerDocumentSymbols } from './documentSymbols';
import { registerHover } from './hover';
import { KnowledgeBaseStore } from './knowledgeBase';
import { registerKnowledgeBaseCommand } from './knowledgeBaseCommand';
import { onDidChangeSettings, readSettings } from './settings';
import { registerNavigation } from './navigation';
import { registerOpenSample } from './openSample';
import { registerReadAsPressRelease } from './readAsPressRelease';
import { registerRevealRange } from './revealRange';
import { registerSemanticTokens } from './semanticTokens';
import { registerTagging } from './tagging';
import { registerViews } from './views';
import { WorkspaceIndex } from './workspaceIndex';

/** What the extension hands to its integration tests (and to other extensions). */
export interface ReadoutApi {
  /** How long activate() took. */
  activationMs: number;
  /** The analyses of open documents. */
  cache: AnalysisCache;
  /** The analysis worker behind the cache and the index. */
  worker: AnalysisWorker;
  index: WorkspaceIndex;
  knowledge: KnowledgeBaseStore;
  views: ReturnType<typeof registerViews>;
  tagging: ReturnType<typeof registerTagging>;
}

export function activate(context: vscode.ExtensionContext): ReadoutApi {
  const started = performance.now();
  let settings = readSettings();
  const knowledge = new KnowledgeBaseStore(settings);
  const worker = new AnalysisWorker();
  const cache = new AnalysisCache(() => ({ knowledge: knowledge.knowledge, generation: knowledge.generation }), worker);
  const index = new WorkspaceIndex(settings, worker);
  const views = registerViews(context, index);
  const refreshTokens = new vscode.EventEmitter<void>();
  const tagging = registerTagging(cache, index, knowledge);
  context.subscriptions.push(
    knowledge,
    worker,
    cache,
    index,
    refreshTokens,
    views.disposable,
    tagging.disposable,
    knowledge.onDidChange((kb) => {
      index.setKnowledge(kb);
      refreshTokens.fire();
    }),
    onDidChangeSettings((next) => {
      const globsChanged = JSON.stringify([next.extraGlobs, next.associatedGlobs, next.exclude]) !== JSON.stringify([settings.extraGlobs, settings.associatedGlobs, settings.exclude]);
      settings = next;
      knowledge.updateSettings(next);
      if (globsChanged) index.updateSettings(next);
      refreshTokens.fire();
    }),
    registerKnowledgeBaseCommand(cache, knowledge),
    registerOpenSample(context),
    registerReadAsPressRelease(),
    registerRevealRange(),
    registerHover(cache, index),
    registerNavigation(cache, index),
    registerSemanticTokens(cache, () => settings.semanticHighlighting, refreshTokens.event),
    registerDocumentSymbols(cache),
  );
  return { cache, worker, index, views, knowledge, tagging, activationMs: performance.now() - started };
}

export function deactivate(): void {
  // Everything registered is disposed through context.subscriptions.
}
