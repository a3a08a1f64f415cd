import * as vscode from 'vscode';
import { addCode, DEFAULT_CODEBOOK, flattenCodebook, parseCodebook, serializeCodebook } from '../annotations/codebook';
import type { Codebook, FlatCode } from '../annotations/model';
import { readFileRecovering, readText, writeFileAtomically } from './atomicWrite';

export const CODEBOOK_PATH = '.readout/codebook.json';

/**
 * The codebook, `.readout/codebook.json` in the first workspace folder. Until the file exists the
 * default codebook is used; it is written the first time a tag is saved, so a workspace nobody
 * tags stays untouched. A malformed file gets a message naming the line and is never written to;
 * the last good codebook stays in use.
 */
export class CodebookStore implements vscode.Disposable {
  private current: Codebook = DEFAULT_CODEBOOK;
  private flat: FlatCode[] = flattenCodebook(DEFAULT_CODEBOOK);
  private malformed: string | undefined;
  private readonly changed = new vscode.EventEmitter<Codebook>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Resolves once the file has been read the first time. */
  readonly ready: Promise<void>;

  constructor() {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, CODEBOOK_PATH));
      this.disposables.push(
        watcher,
        watcher.onDidCreate(() => void this.reload()),
        watcher.onDidChange(() => void this.reload()),
        watcher.onDidDelete(() => void this.reload()),
      );
    }
    this.ready = this.reload(true).then(() => undefined);
  }

  get codebook(): Codebook {
    return this.current;
  }

  get codes(): readonly FlatCode[] {
    return this.flat;
  }

  code(id: string): FlatCode | undefined {
    return this.flat.find((code) => code.id === id);
  }

  fileUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, ...CODEBOOK_PATH.split('/')) : undefined;
  }

  /**
   * Reads the file again; returns false when it is malformed. `initial`, when a window starts:
   * a write that was interrupted is recovered from its temporary file.
   */
  async reload(initial = false): Promise<boolean> {
    const uri = this.fileUri();
    if (!uri) return true;
    const text = initial ? await readFileRecovering(uri, (candidate) => parseCodebook(candidate).ok, !this.whyNotWritable()) : await readText(uri);
    if (text === undefined) {
      this.malformed = undefined;
      this.set(DEFAULT_CODEBOOK);
      return true;
    }
    const parsed = parseCodebook(text);
    if (!parsed.ok) {
      this.malformed = `${vscode.workspace.asRelativePath(uri)}:${parsed.line}:${parsed.column}: ${parsed.message}`;
      void vscode.window.showErrorMessage(`Readout: ${this.malformed}. The last good codebook stays in use and the file is left as it is.`);
      return false;
    }
    this.malformed = undefined;
    this.set(parsed.value);
    return true;
  }

  private set(codebook: Codebook): void {
    if (JSON.stringify(codebook) === JSON.stringify(this.current)) return;
    this.current = codebook;
    this.flat = flattenCodebook(codebook);
    this.changed.fire(codebook);
  }

  /** Why the codebook cannot be written here, or undefined when it can. */
  whyNotWritable(): string | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) return 'open a folder to keep a codebook in it.';
    if (!vscode.workspace.isTrusted) return 'Readout writes no files in Restricted Mode, so the codebook cannot be created or changed. Trust this workspace to tag passages.';
    if (vscode.workspace.fs.isWritableFileSystem(folder.uri.scheme) === false) return `the workspace folder "${folder.name}" is on a read-only file system.`;
    return undefined;
  }

  /**
   * Writes the default codebook when the folder has none yet. Undefined, after telling the user
   * why, when it cannot be written.
   */
  async ensureFile(): Promise<vscode.Uri | undefined> {
    const uri = this.fileUri();
    if (!uri) return undefined;
    try {
      await vscode.workspace.fs.stat(uri);
      return uri;
    } catch {
      const reason = this.whyNotWritable();
      if (reason) {
        void vscode.window.showWarningMessage(`Readout: ${reason}`);
        return undefined;
      }
      try {
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
        await writeFileAtomically(uri, serializeCodebook(this.current));
      } catch (error) {
        void vscode.window.showErrorMessage(`Readout: the codebook could not be created at ${vscode.workspace.asRelativePath(uri)}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
      return uri;
    }
  }

  /** Adds a code and saves the codebook; refuses with a message when the file is malformed. */
  async add(name: string, parentId?: string): Promise<FlatCode | undefined> {
    const uri = this.fileUri();
    const reason = this.whyNotWritable();
    if (!uri || reason) {
      void vscode.window.showWarningMessage(`Readout: ${reason ?? 'open a folder to keep a codebook in it.'}`);
      return undefined;
    }
    if (!(await this.reload())) {
      void vscode.window.showErrorMessage(`Readout: fix ${this.malformed ?? CODEBOOK_PATH} before adding codes; Readout does not change a file it cannot read.`);
      return undefined;
    }
    const { codebook, code } = addCode(this.current, name, parentId);
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await writeFileAtomically(uri, serializeCodebook(codebook));
    } catch (error) {
      void vscode.window.showErrorMessage(`Readout: the codebook could not be saved: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    this.set(codebook);
    return code;
  }

  /** Opens the codebook for editing, creating it from the default first. */
  async edit(): Promise<void> {
    if (!this.fileUri()) {
      void vscode.window.showWarningMessage('Readout: open a folder to keep a codebook in it.');
      return;
    }
    const uri = await this.ensureFile();
    if (!uri) return;
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
