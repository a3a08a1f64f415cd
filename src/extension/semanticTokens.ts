import * as vscode from 'vscode';
import type { AnalysisCache, DocumentAnalysis } from './analysisCache';
import { PRESS_RELEASE_SELECTOR } from './analysisCache';
import { LANGUAGE_ID } from './ids';
import type { AbsoluteTokens, TextEdit } from './semanticTokenData';
import { encodeTokens, shiftTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from './semanticTokenData';

/**
 * Semantic highlighting for what a grammar cannot know: officials named without a title, role
 * references and pronouns that refer to an official, speakers of quotes, organisations and
 * countries. Types and modifiers are contributed in package.json with TextMate scope fallbacks.
 */
export const LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

/** How many edits a document keeps, to move a late analysis's tokens to the current text. */
const EDIT_LOG_LENGTH = 1000;

/** What a document shows: the tokens of its last analysis, moved through the edits since. */
interface Track {
  /** The document version the tokens fit. */
  version: number;
  /** The version and knowledge base generation of the analysis they come from. */
  base: number;
  generation: number;
  tokens: AbsoluteTokens;
  encoded: vscode.SemanticTokens | undefined;
}

/** A document's recent edits: every edit after version `since` is in `edits`. */
interface EditLog {
  since: number;
  edits: Array<{ version: number; changes: readonly TextEdit[] }>;
}

/**
 * Tokens that are right at every keystroke, on documents of any size. Each document keeps the
 * tokens last shown; an edit moves them with the text at once (dropping those it touched), so the
 * editor is answered without waiting for an analysis. A large document's fresh analysis runs in
 * the worker once typing pauses; when it lands, its tokens are moved through the edits made
 * meanwhile, replace the old ones, and the editor is told to ask again.
 */
export class SemanticTokensFeature implements vscode.DocumentSemanticTokensProvider, vscode.DocumentRangeSemanticTokensProvider, vscode.Disposable {
  private readonly tracks = new Map<string, Track>();
  private readonly logs = new Map<string, EditLog>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly cache: AnalysisCache,
    private readonly enabled: () => boolean,
    refresh: vscode.Event<void>,
  ) {
    this.subscriptions = [
      this.changed,
      refresh(() => this.changed.fire()),
      cache.onDidAnalyze(({ document, result }) => {
        if (this.adopt(document, result)) this.changed.fire();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => this.onEdit(event)),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.tracks.delete(document.uri.toString());
        this.logs.delete(document.uri.toString());
      }),
    ];
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    if (!this.enabled()) return new vscode.SemanticTokens(new Uint32Array(0));
    const track = await this.current(document, token);
    track.encoded ??= new vscode.SemanticTokens(encodeTokens(track.tokens));
    return track.encoded;
  }

  async provideDocumentRangeSemanticTokens(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.SemanticTokens> {
    if (!this.enabled()) return new vscode.SemanticTokens(new Uint32Array(0));
    const track = await this.current(document, token);
    return new vscode.SemanticTokens(encodeTokens(track.tokens, range.start.line, range.end.line));
  }

  /** The tokens for the document as it is now; waits only when it has never been analysed. */
  private async current(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<Track> {
    const key = document.uri.toString();
    // From now on the document's edits are kept, so an analysis that lands late can catch up.
    if (!this.logs.has(key)) this.logs.set(key, { since: document.version, edits: [] });
    const ready = this.cache.peek(document);
    if (ready) {
      this.adopt(document, ready);
    } else if (this.tracks.get(key)?.version === document.version) {
      this.cache.ensure(document);
    } else {
      await this.cache.result(document, token);
    }
    const track = this.tracks.get(key);
    // Cancelled, or the document changed while its first analysis ran: the editor asks again.
    if (!track || track.version !== document.version || token.isCancellationRequested) throw new vscode.CancellationError();
    return track;
  }

  /** Takes an analysis's tokens if they are newer than the shown ones; true when they were. */
  private adopt(document: vscode.TextDocument, result: DocumentAnalysis): boolean {
    const key = document.uri.toString();
    const shown = this.tracks.get(key);
    if (shown && (shown.base > result.version || (shown.base === result.version && shown.generation >= result.generation))) return false;
    let tokens = result.tokens();
    if (result.version !== document.version) {
      const log = this.logs.get(key);
      if (!log || log.since > result.version) return false;
      for (const { version, changes } of log.edits) {
        if (version <= result.version) continue;
        for (const change of changes) tokens = shiftTokens(tokens, change);
      }
    }
    this.tracks.set(key, { version: document.version, base: result.version, generation: result.generation, tokens, encoded: undefined });
    // Analyses older than this one are not taken any more: the edits before it can go.
    const log = this.logs.get(key);
    if (log && log.since < result.version) {
      const kept = log.edits.findIndex((edit) => edit.version > result.version);
      log.edits.splice(0, kept < 0 ? log.edits.length : kept);
      log.since = result.version;
    }
    return true;
  }

  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    if (event.document.languageId !== LANGUAGE_ID || event.contentChanges.length === 0) return;
    const key = event.document.uri.toString();
    const track = this.tracks.get(key);
    if (track) {
      // Changes of one event apply one after the other, as VS Code applies them to its copy of the text.
      let tokens = track.tokens;
      for (const change of event.contentChanges) tokens = shiftTokens(tokens, change);
      this.tracks.set(key, { ...track, version: event.document.version, tokens, encoded: undefined });
    }
    const log = this.logs.get(key);
    if (!log) return;
    log.edits.push({ version: event.document.version, changes: event.contentChanges });
    if (log.edits.length > EDIT_LOG_LENGTH) log.since = log.edits.splice(0, log.edits.length - EDIT_LOG_LENGTH).pop()!.version;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.tracks.clear();
    this.logs.clear();
  }
}

export function registerSemanticTokens(cache: AnalysisCache, enabled: () => boolean, refresh: vscode.Event<void>): vscode.Disposable {
  const feature = new SemanticTokensFeature(cache, enabled, refresh);
  return vscode.Disposable.from(
    feature,
    vscode.languages.registerDocumentSemanticTokensProvider(PRESS_RELEASE_SELECTOR, feature, LEGEND),
    vscode.languages.registerDocumentRangeSemanticTokensProvider(PRESS_RELEASE_SELECTOR, feature, LEGEND),
  );
}
