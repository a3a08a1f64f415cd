import * as vscode from 'vscode';
import type { Analysis, KnowledgeBase } from '../core/model';
import type { AnalysisWorker } from './analysisWorkerClient';
import { analyzeUri } from './analyzeDocument';
import { LANGUAGE_ID } from './ids';
import type { AbsoluteTokens } from './semanticTokenData';
import { absoluteTokens } from './semanticTokenData';

/** One analysis of one version of a document, with its semantic tokens. */
export interface DocumentAnalysis {
  readonly version: number;
  /** The text that was analysed. */
  readonly text: string;
  /** The knowledge base generation it was made with. */
  readonly generation: number;
  analysis(): Analysis;
  tokens(): AbsoluteTokens;
}

/** A worker analysis that landed, for whoever can use it even if the document moved on. */
export interface AnalysisLanded {
  document: vscode.TextDocument;
  result: DocumentAnalysis;
}

export interface AnalysisCacheOptions {
  /** Documents with more characters than this are analysed in the worker (small ones take < 1 ms here). */
  largeDocument?: number;
  /** How long typing pauses before a large document is analysed again. */
  debounceMs?: number;
}

/** A document's length without building its text. */
function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/**
 * One analysis per open document version, shared by hovers, highlighting and symbols so a
 * document is analysed once per edit, not once per feature. Small documents are analysed on the
 * spot; large ones in the analysis worker, so typing never waits: after an edit their analysis
 * starts once typing pauses, and `onDidAnalyze` says when it lands.
 */
export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, DocumentAnalysis>();
  private readonly inflight = new Map<string, { version: number; generation: number; promise: Promise<DocumentAnalysis | undefined> }>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly landed = new vscode.EventEmitter<AnalysisLanded>();
  /** A worker analysis landed (for the document's current version or an earlier one). */
  readonly onDidAnalyze = this.landed.event;
  private readonly subscriptions: vscode.Disposable[];
  private readonly largeDocument: number;
  private readonly debounceMs: number;

  /** `knowledge` gives the current knowledge base and a number that changes with it. */
  constructor(
    private readonly knowledge: () => { knowledge: KnowledgeBase; generation: number },
    private readonly worker: AnalysisWorker,
    options: AnalysisCacheOptions = {},
  ) {
    this.largeDocument = options.largeDocument ?? 50_000;
    this.debounceMs = options.debounceMs ?? 200;
    this.subscriptions = [
      this.landed,
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri.toString())),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.languageId === LANGUAGE_ID && event.contentChanges.length > 0 && this.isLarge(event.document)) this.schedule(event.document);
      }),
    ];
  }

  isLarge(document: vscode.TextDocument): boolean {
    return documentLength(document) > this.largeDocument;
  }

  /**
   * The analysis of the document as it is now, if it is ready or quick to make (a small
   * document); undefined for a large document still being analysed.
   */
  peek(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const cached = this.entries.get(document.uri.toString());
    if (cached && cached.version === document.version && cached.generation === this.knowledge().generation) return cached;
    return this.isLarge(document) ? undefined : this.analyzeHere(document);
  }

  /**
   * The newest analysis of the document, of whatever version, made with the current knowledge
   * base: while a large document is analysed again, what it said before the last edits.
   */
  latest(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const cached = this.entries.get(document.uri.toString());
    return cached && cached.generation === this.knowledge().generation ? cached : undefined;
  }

  /**
   * The analysis of the document as it is now, made here and now if it is not ready. For
   * commands the user runs; providers, which run while the user types, use `analysis`, which
   * never analyses a large document on this thread.
   */
  get(document: vscode.TextDocument): Analysis {
    return (this.peek(document) ?? this.analyzeHere(document)).analysis();
  }

  private analyzeHere(document: vscode.TextDocument): DocumentAnalysis {
    const { knowledge, generation } = this.knowledge();
    const text = document.getText();
    const analysis = analyzeUri(document.uri, text, knowledge);
    const entry: DocumentAnalysis = { version: document.version, text, generation, analysis: () => analysis, tokens: once(() => absoluteTokens(analysis, text)) };
    this.entries.set(document.uri.toString(), entry);
    return entry;
  }

  /**
   * The analysis of the document as it is now: at once when it is ready, else when the worker
   * has it. Undefined when the document changed meanwhile or `token` was cancelled: the
   * caller's question is then about text that no longer exists.
   */
  async result(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    const ready = this.peek(document);
    if (ready) return ready;
    const version = document.version;
    const result = await this.request(document);
    if (token?.isCancellationRequested || document.version !== version || result?.version !== version) return undefined;
    return result;
  }

  /** The analysis (see `result`). */
  async analysis(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<Analysis | undefined> {
    return (await this.result(document, token))?.analysis();
  }

  /** Makes sure an analysis of the document's current version is coming, unless typing is still going on. */
  ensure(document: vscode.TextDocument): void {
    if (this.timers.has(document.uri.toString()) || this.peek(document)) return;
    void this.request(document);
  }

  /** Starts (or joins) the worker analysis of the document's current version. */
  private request(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const key = document.uri.toString();
    const version = document.version;
    const { knowledge, generation } = this.knowledge();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const inflight = this.inflight.get(key);
    if (inflight && inflight.version === version && inflight.generation === generation) return inflight.promise;
    const text = document.getText();
    const promise = this.worker.analyze({ key, path: document.uri.path, text, knowledge, urgent: true }).then(
      (landed) => {
        if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
        if (!landed || document.isClosed) return undefined;
        const result: DocumentAnalysis = { version, text, generation, analysis: landed.analysis, tokens: () => landed.tokens };
        const cached = this.entries.get(key);
        if (!cached || cached.version < version || (cached.version === version && cached.generation <= generation)) this.entries.set(key, result);
        this.landed.fire({ document, result });
        return result;
      },
      (error: unknown) => {
        if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
        console.error('Readout: analysis failed.', error);
        return undefined;
      },
    );
    this.inflight.set(key, { version, generation, promise });
    return promise;
  }

  /** Analyses a large document again once typing pauses. */
  private schedule(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) void this.request(document);
      }, this.debounceMs),
    );
  }

  private forget(key: string): void {
    this.entries.delete(key);
    this.inflight.delete(key);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.entries.clear();
    this.inflight.clear();
  }
}

export const PRESS_RELEASE_SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE_ID }];
