import * as vscode from 'vscode';
import { applyEdits, reanchorAll } from '../annotations/anchoring';
import { ANNOTATION_SCHEMA_VERSION, type Annotation, type TextEdit } from '../annotations/model';
import { mergeAnnotations, parseAnnotationFile, serializeAnnotationFile, sidecarPath } from '../annotations/sidecar';
import { readFileRecovering, readText, targetOfTemporary, writeFileAtomically } from './atomicWrite';

/** Where sidecars live, relative to a workspace folder. */
export const ANNOTATIONS_FOLDER = '.readout/annotations';

const isAnnotationFile = (text: string) => parseAnnotationFile(text).ok;

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
  /** The document is gone (deleted, or moved outside VS Code); its tags are kept for its return. */
  missing: boolean;
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
  /** While the workspace is read: sidecars with temporary files of unfinished writes beside them. */
  private readonly withTemporaries = new Set<string>();
  private readonly undoSteps: UndoStep[] = [];
  private readonly changed = new vscode.EventEmitter<string | undefined>();
  /** Fires with the URI of the document whose tags changed, or undefined for many at once. */
  readonly onDidChange = this.changed.event;
  private readonly moved = new vscode.EventEmitter<string>();
  /** Fires with the URI of a document whose tags only moved with the text (typing). */
  readonly onDidMove = this.moved.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.moved];
  private orphanRetry: ReturnType<typeof setTimeout> | undefined;
  /** Tags that lost their words while the user typed in this session, by id, with their document. */
  private readonly watchedOrphans = new Map<string, string>();
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
    // Tagged documents that are deleted or come back (a checkout, an undo in the Explorer).
    const documents = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => void this.attach(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.detach(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.track(event)),
      vscode.workspace.onDidSaveTextDocument((document) => {
        const entry = this.entries.get(document.uri.toString());
        if (entry?.moved && !this.whyReadOnly(entry)) void this.persist(entry);
      }),
      vscode.workspace.onDidRenameFiles((event) => void this.renamed(event.files)),
      documents,
      documents.onDidCreate((uri) => this.documentCreated(uri)),
      documents.onDidDelete((uri) => void this.documentDeleted(uri)),
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
    this.changed.fire(entry.uri);
    const saved = await this.persist(entry);
    if (!saved) {
      // Typing may have moved the tags while the write was tried: undo the change on what is there now.
      entry.annotations = revertStep(entry.annotations, step, this.openText(entry));
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
    // Restored versions count as new edits, so a merge with another window keeps the undo.
    const ok = await this.change(entry, (annotations) => revertStep(annotations, step, text, new Date().toISOString()), false);
    if (!ok) this.undoSteps.push(step);
    return ok ? { uri: step.uri, count: step.before.size } : undefined;
  }

  get canUndo(): boolean {
    return this.undoSteps.length > 0;
  }

  private openText(entry: Entry): string | undefined {
    return vscode.workspace.textDocuments.find((document) => document.uri.toString() === entry.uri)?.getText();
  }

  /** Reads every sidecar of the workspace again, as a new window would. */
  reload(): Promise<void> {
    return this.loadWorkspace();
  }

  private async loadWorkspace(): Promise<void> {
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      // `null`: tags are read even when `.readout` is hidden from the Explorer with `files.exclude`.
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `${ANNOTATIONS_FOLDER}/**/*.json`), null);
      // A sidecar whose write was interrupted may exist only as its temporary file.
      const temporaries = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, `${ANNOTATIONS_FOLDER}/**/*.json.*.tmp`), null);
      const known = new Set(files.map((uri) => uri.toString()));
      for (const temporary of temporaries) {
        const target = targetOfTemporary(temporary);
        if (!target) continue;
        this.withTemporaries.add(target.toString());
        if (!known.has(target.toString())) {
          known.add(target.toString());
          files.push(target);
        }
      }
      await Promise.all(files.map((uri) => this.sidecarChanged(folder, uri, true)));
    }
    this.withTemporaries.clear();
    await Promise.all(
      [...this.entries.values()]
        .filter((entry) => entry.annotations.length > 0)
        .map(async (entry) => {
          entry.missing = !(await vscode.workspace.fs.stat(vscode.Uri.parse(entry.uri, true)).then(() => true, () => false));
        }),
    );
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
    const entry: Entry = { uri: uri.toString(), folder, path, annotations: [], base: undefined, written: undefined, anchoredVersion: undefined, moved: false, malformed: undefined, missing: false, queue: Promise.resolve() };
    this.entries.set(entry.uri, entry);
    return entry;
  }

  /**
   * Reads a sidecar that appeared or changed on disk and merges it with what is in memory. Runs in
   * the entry's queue, after any write of ours, so it never reads a version older than our last.
   */
  private sidecarChanged(folder: vscode.WorkspaceFolder, sidecar: vscode.Uri, initial = false): Promise<void> {
    const target = this.documentUriOf(folder, sidecar);
    if (!target) return Promise.resolve();
    const entry = this.entries.get(target.uri.toString()) ?? this.newEntry(folder, target.uri, target.path);
    const run = entry.queue.then(() => this.readSidecar(entry, sidecar, initial));
    entry.queue = run.catch(() => undefined);
    return run;
  }

  private async readSidecar(entry: Entry, sidecar: vscode.Uri, initial: boolean): Promise<void> {
    // At start-up an interrupted write is recovered; later, a missing sidecar was deleted.
    const recover = initial && this.withTemporaries.has(sidecar.toString());
    const text = recover ? await readFileRecovering(sidecar, isAnnotationFile, !this.folderReadOnly(entry.folder)) : await readText(sidecar);
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
    // Annotations we already hold keep their live offsets; only the other side's are placed anew.
    const held = new Set(entry.annotations);
    const fresh = merged.filter((annotation) => !held.has(annotation));
    const placed = open === undefined || fresh.length === 0 ? fresh : reanchorAll(open, fresh);
    const byId = new Map(placed.map((annotation) => [annotation.id, annotation]));
    entry.annotations = merged.map((annotation) => byId.get(annotation.id) ?? annotation);
    if (!initial) this.changed.fire(entry.uri);
  }

  /** Places the tags of a document that was opened in its text. */
  private attach(document: vscode.TextDocument): Entry | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return undefined;
    const key = document.uri.toString();
    const entry = this.entries.get(key) ?? this.newEntry(folder, document.uri, relativePath(folder, document.uri));
    if (entry.missing) {
      entry.missing = false;
      this.changed.fire(key);
    }
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
    const edits = contentEdits(event);
    let after = applyEdits(before, edits, text);
    entry.anchoredVersion = event.document.version;
    if (after.every((annotation, i) => annotation === before[i])) return;
    // A passage replaced by text that contains it again (a reload from disk, a paste of the same
    // words) is found again by its quote; one the user deleted or typed over becomes an orphan.
    let lost = false;
    after = after.map((annotation, i) => {
      const old = before[i]!;
      if (!annotation.orphaned || old.orphaned) return annotation;
      if (edits.some((edit) => edit.text.includes(old.quote.exact))) {
        const placed = reanchorAll(text, [old])[0];
        if (placed && !placed.orphaned) return placed;
      }
      lost = true;
      return annotation;
    });
    entry.annotations = after;
    entry.moved = true;
    if (lost) {
      this.changed.fire(entry.uri);
      this.scheduleOrphanRetry(entry);
    } else {
      this.moved.fire(entry.uri);
    }
  }

  /**
   * Tags lost while typing are watched for a while: when their words come back exactly, with the
   * same context (an undo, a cut and paste back), they are placed again. Nothing approximate here:
   * a deleted sentence must not jump onto a similar one elsewhere.
   */
  private scheduleOrphanRetry(entry: Entry): void {
    const lost = new Set(entry.annotations.filter((annotation) => annotation.orphaned).map((annotation) => annotation.id));
    for (const id of lost) this.watchedOrphans.set(id, entry.uri);
    if (this.orphanRetry) clearTimeout(this.orphanRetry);
    this.orphanRetry = setTimeout(() => {
      this.orphanRetry = undefined;
      for (const uri of new Set(this.watchedOrphans.values())) {
        const target = this.entries.get(uri);
        const text = target && target.anchoredVersion !== undefined ? this.openText(target) : undefined;
        if (!target || text === undefined) continue;
        let changed = false;
        target.annotations = target.annotations.map((annotation) => {
          if (!annotation.orphaned || this.watchedOrphans.get(annotation.id) !== uri) return annotation;
          const range = exactPlace(text, annotation);
          if (!range) return annotation;
          changed = true;
          this.watchedOrphans.delete(annotation.id);
          return { ...annotation, orphaned: false, position: { ...annotation.position, start: range.start, end: range.end } };
        });
        if (changed) {
          target.moved = true;
          this.changed.fire(uri);
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
    const snapshot = entry.annotations;
    const onDisk = await readText(uri);
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
    if (entry.annotations === snapshot) {
      entry.annotations = merged;
      entry.moved = false;
    } else {
      // The user typed while we wrote: keep the moved offsets, and add what the other side added.
      const held = new Set(entry.annotations.map((annotation) => annotation.id));
      const text = this.openText(entry);
      const added = merged.filter((annotation) => !held.has(annotation.id) && !snapshot.some((mine) => mine.id === annotation.id));
      if (added.length > 0) entry.annotations = [...entry.annotations, ...(text === undefined ? added : reanchorAll(text, added))];
      entry.moved = true;
    }
    this.changed.fire(entry.uri);
    return true;
  }

  /** A tagged document that was gone is back. */
  private documentCreated(uri: vscode.Uri): void {
    const entry = this.entries.get(uri.toString());
    if (!entry?.missing) return;
    entry.missing = false;
    this.changed.fire(entry.uri);
  }

  /** A deleted file or folder: the tags of the documents in it are kept, marked as missing. */
  private async documentDeleted(uri: vscode.Uri): Promise<void> {
    // Deletions come by the thousand on a checkout or a clean: most are dismissed by their path.
    if (/\/(?:\.readout|node_modules|\.git)(?:\/|$)/.test(uri.path)) return;
    const key = uri.toString();
    const gone: Entry[] = [];
    for (const entry of this.entries.values()) {
      if (!entry.missing && entry.annotations.length > 0 && (entry.uri === key || entry.uri.startsWith(`${key}/`))) gone.push(entry);
    }
    for (const entry of gone) {
      // A rename reports the old name as deleted: the entry has followed it unless the file is really gone.
      if (this.entries.get(entry.uri) !== entry) continue;
      if (await vscode.workspace.fs.stat(vscode.Uri.parse(entry.uri, true)).then(() => true, () => false)) continue;
      entry.missing = true;
      this.changed.fire(entry.uri);
    }
  }

  /** Sidecars follow their documents when files or folders are renamed. */
  private async renamed(files: ReadonlyArray<{ readonly oldUri: vscode.Uri; readonly newUri: vscode.Uri }>): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const oldKey = oldUri.toString();
      const moved = [...this.entries.values()].filter((entry) => entry.uri === oldKey || entry.uri.startsWith(`${oldKey}/`));
      for (const entry of moved) {
        const documentUri = vscode.Uri.parse(newUri.toString() + entry.uri.slice(oldKey.length), true);
        const folder = vscode.workspace.getWorkspaceFolder(documentUri);
        if (entry.annotations.length === 0 && !entry.malformed) {
          this.entries.delete(entry.uri);
          continue;
        }
        const reason = folder ? this.whyReadOnly(entry) : 'the new place is outside the workspace folders.';
        if (!folder || reason) {
          void vscode.window.showWarningMessage(`Readout: the tags of ${entry.path} stay in ${sidecarPath(entry.path)} and do not follow the renamed file, because ${reason}`);
          continue;
        }
        await entry.queue;
        const oldSidecar = this.sidecarUri(entry);
        this.entries.delete(entry.uri);
        const next: Entry = { ...entry, uri: documentUri.toString(), folder, path: relativePath(folder, documentUri), written: undefined, base: undefined, anchoredVersion: undefined, missing: false, queue: Promise.resolve() };
        this.entries.set(next.uri, next);
        const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === next.uri);
        if (open) this.attach(open);
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

/**
 * Puts back what an undo step recorded: tags it added are removed, tags it changed or removed get
 * their old codes and note at their current place (or placed again by their quote). `modified`
 * is set to `now` when given.
 */
function revertStep(annotations: readonly Annotation[], step: UndoStep, text: string | undefined, now?: string): Annotation[] {
  const current = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const out = annotations.filter((annotation) => !step.before.has(annotation.id));
  for (const [id, prior] of step.before) {
    if (!prior) continue;
    const here = current.get(id);
    let restored: Annotation = here ? { ...prior, quote: here.quote, position: here.position, orphaned: here.orphaned } : text === undefined ? prior : (reanchorAll(text, [prior])[0] ?? prior);
    if (now) restored = { ...restored, modified: now };
    out.push(restored);
  }
  return out.sort((a, b) => a.position.start - b.position.start);
}

/** Where an orphan's words are now, only when they are back with the same context either side. */
function exactPlace(text: string, annotation: Annotation): { start: number; end: number } | undefined {
  const { exact, prefix, suffix } = annotation.quote;
  if (!exact) return undefined;
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
    if (text.slice(Math.max(0, at - prefix.length), at) === prefix && text.slice(at + exact.length, at + exact.length + suffix.length) === suffix) return { start: at, end: at + exact.length };
  }
  return undefined;
}
