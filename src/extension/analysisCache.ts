import * as vscode from 'vscode';
import type { Analysis, KnowledgeBase } from '../core/model';
import { analyzeUri } from './analyzeDocument';
import { LANGUAGE_ID } from './ids';

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
    const analysis = analyzeUri(document.uri, document.getText(), knowledge);
    this.entries.set(key, { version: document.version, generation, analysis });
    return analysis;
  }

  dispose(): void {
    this.subscription.dispose();
    this.entries.clear();
  }
}

export const PRESS_RELEASE_SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE_ID }];
