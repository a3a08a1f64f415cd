import * as vscode from 'vscode';
import { CorpusIndex } from '../core/corpus';
import type { Analysis, KnowledgeBase } from '../core/model';
import type { AnalysisWorker } from './analysisWorkerClient';
import { analyzeUri } from './analyzeDocument';
import { LANGUAGE_ID } from './ids';
import type { ReadoutSettings } from './settings';

/** Files the index reads: the language's extensions, plus the user's globs and file associations. */
export const PRESS_RELEASE_GLOB = '**/*.{press,readout}';

/**
 * One glob per source, searched and watched one by one: joined into one `{a,b}` group they would
 * nest braces (`**\/*.{press,readout}`, a user's `**\/*.{txt,md}`), which the file search
 * does not accept.
 */
function includeGlobs(settings: ReadoutSettings): string[] {
  return [...new Set([PRESS_RELEASE_GLOB, ...settings.extraGlobs, ...settings.associatedGlobs])];
}

function excludePattern(settings: ReadoutSettings): string | undefined {
  return settings.exclude.length === 0 ? undefined : settings.exclude.length === 1 ? settings.exclude[0] : `{${settings.exclude.join(',')}}`;
}

/** Files with more characters than this are analysed in the worker rather than between keystrokes. */
const LARGE_FILE = 50_000;

/**
 * How long typing pauses before an open release is indexed again. Linking a large one into the
 * index takes the main thread a while, so it waits for a longer pause (its analysis is usually
 * the editor's, already done by then).
 */
const REINDEX_DELAY_MS = 300;
const REINDEX_DELAY_LARGE_MS = 1500;

/** A cheap content fingerprint (FNV-1a), so unchanged files are not analysed again. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

/**
 * Every press release in the workspace, analysed in the background and kept current: files are
 * found on start, followed through creates, changes, deletes and renames, and open documents are
 * read from the editor so unsaved edits count. Work is done in small slices between which the
 * extension host can answer the editor, and large files are analysed in the analysis worker, so
 * typing never waits for the index.
 */
export class WorkspaceIndex implements vscode.Disposable {
  readonly corpus = new CorpusIndex();
  private readonly fingerprints = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pending = new Set<string>();
  private draining: Promise<void> | undefined;
  private ready: Promise<void>;

  private knowledge: KnowledgeBase = {};
  private watchers: vscode.FileSystemWatcher[] = [];
  private folderWatcher: vscode.FileSystemWatcher | undefined;

  constructor(
    private settings: ReadoutSettings,
    private readonly worker?: AnalysisWorker,
  ) {
    this.disposables.push(
      this.changed,
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri, newUri } of event.files) {
          this.corpus.rename(oldUri.toString(), newUri.toString());
          const print = this.fingerprints.get(oldUri.toString());
          this.fingerprints.delete(oldUri.toString());
          if (print) this.fingerprints.set(newUri.toString(), print);
        }
        this.changed.fire();
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.languageId === LANGUAGE_ID && event.contentChanges.length > 0) this.scheduleSoon(event.document);
      }),
    );
    this.watch();
    this.ready = this.scan();
  }

  private watch(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.folderWatcher?.dispose();
    this.watchers = includeGlobs(this.settings).map((glob) => {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      watcher.onDidCreate((uri) => this.schedule(uri));
      watcher.onDidChange((uri) => this.schedule(uri));
      watcher.onDidDelete((uri) => this.remove(uri));
      return watcher;
    });
    // When a folder is deleted the file watcher reports the folder alone, not the releases in it.
    this.folderWatcher = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.folderWatcher.onDidDelete((uri) => this.removeFolder(uri));
  }

  /** Forgets every release under a deleted folder. */
  private removeFolder(uri: vscode.Uri): void {
    const prefix = `${uri.toString()}/`;
    for (const doc of this.corpus.documents()) if (doc.uri.startsWith(prefix)) this.remove(vscode.Uri.parse(doc.uri, true));
  }

  /** New settings: watch and scan with the new globs. */
  updateSettings(settings: ReadoutSettings): void {
    this.settings = settings;
    this.watch();
    this.ready = this.rescan();
  }

  /** A new knowledge base: every document is analysed again with it. */
  setKnowledge(knowledge: KnowledgeBase): void {
    this.knowledge = knowledge;
    this.corpus.setKnowledge(knowledge);
    this.ready = this.rescan();
  }

  private async rescan(): Promise<void> {
    await this.ready.catch(() => undefined);
    const known = this.corpus.documents().map((doc) => doc.uri);
    this.fingerprints.clear();
    for (const uri of known) this.corpus.remove(uri);
    await this.scan();
  }

  /** Resolves once the first scan of the workspace is done. */
  whenReady(): Promise<void> {
    return this.ready.then(() => this.draining);
  }

  private async scan(): Promise<void> {
    const found = await Promise.all(includeGlobs(this.settings).map((glob) => vscode.workspace.findFiles(glob, excludePattern(this.settings))));
    const uris = [...new Map(found.flat().map((uri) => [uri.toString(), uri])).values()];
    if (uris.length === 0) {
      await vscode.commands.executeCommand('setContext', 'readout.hasPressReleases', false);
      this.changed.fire();
      return;
    }
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Readout: indexing press releases' },
      async (progress) => {
        let done = 0;
        for (const uri of uris) {
          await this.update(uri);
          done++;
          if (done % 50 === 0 || done === uris.length) {
            progress.report({ message: `${done} of ${uris.length}`, increment: (50 / uris.length) * 100 });
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
      },
    );
    await vscode.commands.executeCommand('setContext', 'readout.hasPressReleases', this.corpus.size > 0);
    this.changed.fire();
  }

  private timers = new Map<string, NodeJS.Timeout>();

  /** Re-analyses an open document after typing pauses. */
  private scheduleSoon(document: vscode.TextDocument): void {
    const uri = document.uri;
    const key = uri.toString();
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.schedule(uri);
      }, length > LARGE_FILE ? REINDEX_DELAY_LARGE_MS : REINDEX_DELAY_MS),
    );
  }

  private schedule(uri: vscode.Uri): void {
    this.pending.add(uri.toString());
    this.draining ??= this.drain().finally(() => (this.draining = undefined));
  }

  private async drain(): Promise<void> {
    let changed = false;
    while (this.pending.size > 0) {
      const [key] = this.pending;
      this.pending.delete(key as string);
      changed = (await this.update(vscode.Uri.parse(key as string))) || changed;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (changed) {
      await vscode.commands.executeCommand('setContext', 'readout.hasPressReleases', this.corpus.size > 0);
      this.changed.fire();
    }
  }

  /** Reads and analyses one file (from the editor when it is open); true when the index changed. */
  private async update(uri: vscode.Uri): Promise<boolean> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    let text: string;
    try {
      text = open ? open.getText() : new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return this.remove(uri);
    }
    const print = fingerprint(text);
    if (this.fingerprints.get(key) === print) return false;
    this.fingerprints.set(key, print);
    const knowledge = this.knowledge;
    const analysis = await this.analyze(uri, text);
    // Replaced meanwhile by a newer version of the file, or a new knowledge base: that run counts.
    if (!analysis || this.fingerprints.get(key) !== print || this.knowledge !== knowledge) return false;
    this.corpus.update(key, analysis);
    return true;
  }

  private async analyze(uri: vscode.Uri, text: string): Promise<Analysis | undefined> {
    if (!this.worker || text.length <= LARGE_FILE) return analyzeUri(uri, text, this.knowledge);
    const result = await this.worker.analyze({ key: `index:${uri.toString()}`, path: uri.path, text, knowledge: this.knowledge });
    return result?.analysis();
  }

  private remove(uri: vscode.Uri): boolean {
    const key = uri.toString();
    // An update still waiting would read the file's last text from its editor and bring it back.
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.pending.delete(key);
    this.fingerprints.delete(key);
    const removed = this.corpus.remove(key);
    if (removed) this.changed.fire();
    return removed;
  }

  dispose(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.folderWatcher?.dispose();
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
