import * as vscode from 'vscode';
import { anchor, applyEdits, reanchorAll } from '../annotations/anchoring';
import { ANNOTATION_SCHEMA_VERSION, type Annotation, type TextEdit } from '../annotations/model';
import { mergeAnnotations, parseAnnotationFile, serializeAnnotationFile, sidecarPath } from '../annotations/sidecar';
import { writeFileAtomically } from './atomicWrite';

/** Where sidecars live, relative to a workspace folder. */
export const ANNOTATIONS_FOLDER = '.readout/annotations';

/** The tags of one document. */
export interface TaggedDocument {
  /** The document's URI as a string, the key of every map here. */
  uri: string;
  folder: vscode.WorkspaceFolder;
  /** The document's path relative to its workspace folder, with `/` separators. */
  path: string;
  annotations: readonly Annotation[];
  /** Set when the sidecar cannot be read: the message names the file and line. */
  malformed: string | undefined;
}

interface Entry extends TaggedDocument {
  annotations: Annotation[];
  /** The annotations as last read from or written to disk: the base of a three-way merge. */
  base: Annotation[] | undefined;
  /** The exact text last written, so our own writes are not taken for another window's. */
  written: string | undefined;
  /** The version of the open document the offsets refer to; undefined when taken from disk. */
  anchoredVersion: number | undefined;
  /** Offsets changed since the last write (typing moves them; saving the document saves them). */
  moved: boolean;
  /** Writes of this sidecar run one after another. */
  queue: Promise<unknown>;
}

/** What one change did, so "Undo Last Tag" can put things back. */
interface UndoStep {
  uri: string;
  /** Each annotation the change touched, as it was before (undefined: it did not exist). */
  before: Map<string, Annotation | undefined>;
}

function relativePath(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path.replace(/^\/+/, '');
}

function contentEdits(event: vscode.TextDocumentChangeEvent): TextEdit[] {
  // Applied in descending order, each change's offsets are valid in the text left by the previous one.
  return [...event.contentChanges]
    .sort((a, b) => b.rangeOffset - a.rangeOffset)
    .map((change) => ({ start: change.rangeOffset, end: change.rangeOffset + change.rangeLength, text: change.text }));
}

/**
 * Every tag in the workspace. Sidecars (`.readout/annotations/<path>.json`) are read when the
 * workspace opens and whenever another window or tool changes them; open documents carry their
 * tags through every edit, re-anchoring from the quoted text when the file changed outside the
 * editor. Writes are atomic and merged with what is on disk, so two windows tagging the same
 * document keep each other's work. Nothing is written in Restricted Mode, to a read-only file
 * system, or over a sidecar Readout cannot read; the user is told why.
 */
export class TagStore implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly undoSteps: UndoStep[] = [];
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with the URI of the document whose tags changed, or undefined for many at once. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private orphanRetry: ReturnType<typeof setTimeout> | undefined;
  readonly ready: Promise<void>;

  constructor() {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, `${ANNOTATIONS_FOLDER}/**/*.json`));
      this.disposables.push(
        watcher,
        watcher.onDidCreate((uri) => void this.sidecarChanged(folder, uri)),
        watcher.onDidChange((uri) => void this.sidecarChanged(folder, uri)),
        watcher.onDidDelete((uri) => void this.sidecarChanged(folder, uri)),
      );
    }
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => void this.attach(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.detach(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.track(event)),
      vscode.workspace.onDidSaveTextDocument((document) => {
        const entry = this.entries.get(document.uri.toString());
        if (entry?.moved && !this.whyReadOnly(entry)) void this.persist(entry);
      }),
      vscode.workspace.onDidRenameFiles((event) => void this.renamed(event.files)),
    );
    this.ready = this.loadWorkspace();
  }

  /** Every document with tags (or with an unreadable sidecar). */
  documents(): readonly TaggedDocument[] {
    return [...this.entries.values()].filter((entry) => entry.annotations.length > 0 || entry.malformed);
  }

  annotations(uri: vscode.Uri | string): readonly Annotation[] {
    return this.entries.get(uri.toString())?.annotations ?? [];
  }

  document(uri: vscode.Uri | string): TaggedDocument | undefined {
    return this.entries.get(uri.toString());
  }

  /** Why tags of this document cannot be saved, or undefined when they can. */
  whyNotWritable(uri: vscode.Uri): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return 'Readout keeps tags in the workspace folder that holds the document: open that folder to tag this document.';
    const entry = this.entries.get(uri.toString());
    return entry ? this.whyReadOnly(entry) : this.folderReadOnly(folder);
  }

  private whyReadOnly(entry: Entry): string | undefined {
    if (entry.malformed) return `${entry.malformed}. Fix the file first; Readout does not change a file it cannot read.`;
    return this.folderReadOnly(entry.folder);
  }

  private folderReadOnly(folder: vscode.WorkspaceFolder): string | undefined {
    if (!vscode.workspace.isTrusted) return 'tags are not saved in Restricted Mode, where Readout writes no files. Trust this workspace to tag passages.';
    if (vscode.workspace.fs.isWritableFileSystem(folder.uri.scheme) === false) return `the workspace folder "${folder.name}" is on a read-only file system, so tags cannot be saved.`;
    return undefined;
  }

  /**
   * The tags of an open document, anchored in its current text. Loads the sidecar if it was not
   * read yet. Undefined when the document is not in a workspace folder.
   */
  async forDocument(document: vscode.TextDocument): Promise<TaggedDocument | undefined> {
    await this.ready;
    return this.attach(document);
  }

  /**
   * Changes the tags of an open document and saves them. `change` gets the current annotations
   * and returns the new list. Returns false, after telling the user why, when nothing was saved.
   */
  async update(document: vscode.TextDocument, change: (annotations: Annotation[]) => Annotation[], options: { undoable?: boolean } = {}): Promise<boolean> {
    const reason = this.whyNotWritable(document.uri);
    if (reason) {
      void vscode.window.showWarningMessage(`Readout: ${reason}`);
      return false;
    }
    const entry = await this.forDocument(document);
    if (!entry) return false;
    return this.change(entry as Entry, change, options.undoable ?? true);
  }

  private async change(entry: Entry, change: (annotations: Annotation[]) => Annotation[], undoable: boolean): Promise<boolean> {
    const before = entry.annotations;
    const after = change([...before]);
    const previous = new Map(before.map((annotation) => [annotation.id, annotation]));
    const step: UndoStep = { uri: entry.uri, before: new Map() };
    const next = new Map(after.map((annotation) => [annotation.id, annotation]));
    for (const annotation of after) if (previous.get(annotation.id) !== annotation) step.before.set(annotation.id, previous.get(annotation.id));
    for (const annotation of before) if (!next.has(annotation.id)) step.before.set(annotation.id, annotation);
    if (step.before.size === 0) return true;
    entry.annotations = after;
    const saved = await this.persist(entry);
    if (!saved) {
      entry.annotations = before;
      this.changed.fire(entry.uri);
      return false;
    }
    if (undoable) this.undoSteps.push(step);
    if (this.undoSteps.length > 100) this.undoSteps.shift();
    return true;
  }

  /** Reverts the last tagging change in any document; returns what was undone, for the message. */
  async undo(): Promise<{ uri: string; count: number } | undefined> {
    const step = this.undoSteps.pop();
    if (!step) return undefined;
    const entry = this.entries.get(step.uri);
    if (!entry) return undefined;
    const reason = this.whyReadOnly(entry);
    if (reason) {
      this.undoSteps.push(step);
      void vscode.window.showWarningMessage(`Readout: ${reason}`);
      return undefined;
    }
    const text = this.openText(entry);
    const ok = await this.change(
      entry,
      (annotations) => {
        const restored = annotations.filter((annotation) => !step.before.has(annotation.id));
        for (const prior of step.before.values()) {
          if (!prior) continue;
          // The text may have moved since: place the old version by its quote.
          restored.push(text === undefined ? prior : (reanchorAll(text, [prior])[0] ?? prior));
        }
        return restored;
      },
      false,
    );
    return ok ? { uri: step.uri, count: step.before.size } : undefined;
  }

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  private openText(entry: Entry): string | undefined {
    return vscode.workspace.textDocuments.find((document) => document.uri.toString() === entry.uri)?.getText();
  }

  private async loadWorkspace(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `${ANNOTATIONS_FOLDER}/**/*.json`));
      await Promise.all(files.map((uri) => this.sidecarChanged(folder, uri, true)));
    }
    for (const document of vscode.workspace.textDocuments) this.attach(document);
    this.changed.fire(undefined);
  }

  private documentUriOf(folder: vscode.WorkspaceFolder, sidecar: vscode.Uri): { uri: vscode.Uri; path: string } | undefined {
    const relative = relativePath(folder, sidecar);
    const prefix = `${ANNOTATIONS_FOLDER}/`;
    if (!relative.startsWith(prefix) || !relative.endsWith('.json')) return undefined;
    const path = relative.slice(prefix.length, -'.json'.length);
    return { uri: vscode.Uri.joinPath(folder.uri, ...path.split('/')), path };
  }

  private sidecarUri(entry: TaggedDocument): vscode.Uri {
    return vscode.Uri.joinPath(entry.folder.uri, ...sidecarPath(entry.path).split('/'));
  }

  private newEntry(folder: vscode.WorkspaceFolder, uri: vscode.Uri, path: string): Entry {
    const entry: Entry = { uri: uri.toString(), folder, path, annotations: [], base: undefined, written: undefined, anchoredVersion: undefined, moved: false, malformed: undefined, queue: Promise.resolve() };
    this.entries.set(entry.uri, entry);
    return entry;
  }

  /** Reads a sidecar that appeared or changed on disk and merges it with what is in memory. */
  private async sidecarChanged(folder: vscode.WorkspaceFolder, sidecar: vscode.Uri, initial = false): Promise<void> {
    const target = this.documentUriOf(folder, sidecar);
    if (!target) return;
    const entry = this.entries.get(target.uri.toString()) ?? this.newEntry(folder, target.uri, target.path);
    let text: string | undefined;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(sidecar));
    } catch {
      text = undefined;
    }
    if (text !== undefined && text === entry.written) return;
    let theirs: Annotation[] = [];
    if (text !== undefined) {
      const parsed = parseAnnotationFile(text);
      if (!parsed.ok) {
        const message = `${vscode.workspace.asRelativePath(sidecar)}:${parsed.line}:${parsed.column}: ${parsed.message}`;
        if (entry.malformed !== message) void vscode.window.showErrorMessage(`Readout: ${message}. The tags in it are not shown, and Readout will not write to it until it is fixed.`);
        entry.malformed = message;
        this.changed.fire(entry.uri);
        return;
      }
      theirs = parsed.value.annotations;
    }
    entry.malformed = undefined;
    const merged = initial || entry.base === undefined ? theirs : mergeAnnotations(entry.base, entry.annotations, theirs);
    entry.base = theirs;
    entry.written = text;
    const open = this.openText(entry);
    entry.annotations = open === undefined ? merged : reanchorAll(open, merged);
    if (!initial) this.changed.fire(entry.uri);
  }

  /** Places the tags of a document that was opened in its text. */
  private attach(document: vscode.TextDocument): Entry | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return undefined;
    const key = document.uri.toString();
    const entry = this.entries.get(key) ?? this.newEntry(folder, document.uri, relativePath(folder, document.uri));
    if (entry.anchoredVersion === document.version) return entry;
    if (entry.annotations.length > 0) {
      const anchored = reanchorAll(document.getText(), entry.annotations);
      entry.moved ||= anchored.some((annotation, i) => annotation.position.start !== entry.annotations[i]!.position.start || annotation.position.end !== entry.annotations[i]!.position.end || annotation.orphaned !== entry.annotations[i]!.orphaned);
      entry.annotations = anchored;
      this.changed.fire(key);
    }
    entry.anchoredVersion = document.version;
    return entry;
  }

  /** A closed document's unsaved moves are forgotten: the sidecar is read again next time. */
  private detach(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (!entry) return;
    entry.anchoredVersion = undefined;
    if (entry.moved && entry.base) {
      entry.annotations = entry.base;
      entry.moved = false;
    }
  }

  /** Moves tags with the text while the user types. */
  private track(event: vscode.TextDocumentChangeEvent): void {
    const entry = this.entries.get(event.document.uri.toString());
    if (!entry || entry.anchoredVersion === undefined || event.contentChanges.length === 0) return;
    if (entry.annotations.length === 0) {
      entry.anchoredVersion = event.document.version;
      return;
    }
    const text = event.document.getText();
    const before = entry.annotations;
    let after = applyEdits(before, contentEdits(event), text);
    // A passage replaced as a whole (a reload from disk, a paste of the same words) can often be
    // found again by its quote before it is given up as an orphan.
    after = after.map((annotation, i) => {
      if (!annotation.orphaned || before[i]!.orphaned) return annotation;
      const range = anchor(text, before[i]!);
      return range ? (reanchorAll(text, [before[i]!])[0] ?? annotation) : annotation;
    });
    entry.annotations = after;
    entry.anchoredVersion = event.document.version;
    entry.moved = true;
    this.changed.fire(entry.uri);
    if (after.some((annotation) => annotation.orphaned)) this.scheduleOrphanRetry();
  }

  /** After a pause in typing, orphans whose text came back (an undo, a paste) are placed again. */
  private scheduleOrphanRetry(): void {
    if (this.orphanRetry) clearTimeout(this.orphanRetry);
    this.orphanRetry = setTimeout(() => {
      this.orphanRetry = undefined;
      for (const entry of this.entries.values()) {
        if (entry.anchoredVersion === undefined || !entry.annotations.some((annotation) => annotation.orphaned)) continue;
        const text = this.openText(entry);
        if (text === undefined) continue;
        const placed = reanchorAll(text, entry.annotations);
        if (placed.some((annotation, i) => annotation.orphaned !== entry.annotations[i]!.orphaned)) {
          entry.annotations = placed;
          entry.moved = true;
          this.changed.fire(entry.uri);
        }
      }
    }, 400);
  }

  /** Writes a sidecar, merged with what another window may have written since we read it. */
  private persist(entry: Entry): Promise<boolean> {
    const run = entry.queue.then(() => this.write(entry));
    entry.queue = run.catch(() => undefined);
    return run;
  }

  private async write(entry: Entry): Promise<boolean> {
    const uri = this.sidecarUri(entry);
    let onDisk: string | undefined;
    try {
      onDisk = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      onDisk = undefined;
    }
    let merged = entry.annotations;
    if (onDisk !== undefined && onDisk !== entry.written) {
      const parsed = parseAnnotationFile(onDisk);
      if (!parsed.ok) {
        entry.malformed = `${vscode.workspace.asRelativePath(uri)}:${parsed.line}:${parsed.column}: ${parsed.message}`;
        void vscode.window.showErrorMessage(`Readout: ${entry.malformed}. The tags were not saved and the file is left as it is.`);
        return false;
      }
      merged = mergeAnnotations(entry.base, entry.annotations, parsed.value.annotations);
      const text = this.openText(entry);
      if (text !== undefined) merged = reanchorAll(text, merged);
    }
    const serialized = serializeAnnotationFile({ version: ANNOTATION_SCHEMA_VERSION, document: entry.path, annotations: merged });
    try {
      if (serialized !== onDisk) {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
        await writeFileAtomically(uri, serialized);
      }
    } catch (error) {
      const reason = error instanceof vscode.FileSystemError && error.code === 'NoPermissions' ? 'the folder is read-only' : error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(`Readout: the tags of ${entry.path} could not be saved to ${vscode.workspace.asRelativePath(uri)}: ${reason}.`);
      return false;
    }
    entry.written = serialized;
    entry.base = merged;
    entry.annotations = merged;
    entry.moved = false;
    this.changed.fire(entry.uri);
    return true;
  }

  /** Sidecars follow their documents when files or folders are renamed. */
  private async renamed(files: ReadonlyArray<{ readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }>): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const oldKey = oldUri.toString();
      const moved = [...this.entries.values()].filter((entry) => entry.uri === oldKey || entry.uri.startsWith(`${oldKey}/`));
      for (const entry of moved) {
        const documentUri = vscode.Uri.parse(newUri.toString() + entry.uri.slice(oldKey.length), true);
        const folder = vscode.workspace.getWorkspaceFolder(documentUri);
        if (!folder || entry.malformed || this.whyReadOnly(entry)) continue;
        const oldSidecar = this.sidecarUri(entry);
        this.entries.delete(entry.uri);
        const next: Entry = { ...entry, uri: documentUri.toString(), folder, path: relativePath(folder, documentUri), written: undefined, base: undefined, queue: Promise.resolve() };
        this.entries.set(next.uri, next);
        if (await this.persist(next)) await vscode.workspace.fs.delete(oldSidecar).then(undefined, () => undefined);
      }
    }
    this.changed.fire(undefined);
  }

  dispose(): void {
    if (this.orphanRetry) clearTimeout(this.orphanRetry);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
