import * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Analysis, KnowledgeBase } from '../core/model';
import { LANGUAGE_ID } from './ids';

/** A date in the file name ("…-2019-11-12.press") anchors dates the text gives without a year. */
function referenceDate(uri: vscode.Uri): string | undefined {
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(uri.path.slice(uri.path.lastIndexOf('/') + 1));
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/**
 * One analysis per open document version, shared by hovers, highlighting and symbols so a
 * document is analysed once per edit, not once per feature.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, { version: number; generation: number; analysis: Analysis }>();
  private readonly subscription: vscode.Disposable;

  /** `knowledge` gives the current knowledge base and a number that changes with it. */
  constructor(private readonly knowledge: () => { knowledge: KnowledgeBase; generation: number } = () => ({ knowledge: {}, generation: 0 })) {
    this.subscription = vscode.workspace.onDidCloseTextDocument((document) => this.entries.delete(document.uri.toString()));
  }

  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const { knowledge, generation } = this.knowledge();
    const cached = this.entries.get(key);
    if (cached && cached.version === document.version && cached.generation === generation) return cached.analysis;
    const date = referenceDate(document.uri);
    const analysis = analyze(document.getText(), date ? { referenceDate: date, knowledge } : { knowledge });
    this.entries.set(key, { version: document.version, generation, analysis });
    return analysis;
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
  }
}

export const PRESS_RELEASE_SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE_ID }];
