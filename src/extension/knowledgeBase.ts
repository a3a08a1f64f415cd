import * as vscode from 'vscode';
import { applyEdits, modify } from 'jsonc-parser';
import { parseKnowledgeBase } from '../core/knowledge';
import type { KnowledgeBase, Official } from '../core/model';
import type { ReadoutSettings } from './settings';

/**
 * The user's knowledge base, `.readout/entities.json` in each workspace folder: people, aliases,
 * titles and notes the engine and the views use. Re-read whenever the file changes. A malformed
 * file gets a message naming the file and line, and the last good version stays in use; Readout
 * never writes to a file it cannot parse.
 */
export class KnowledgeBaseStore implements vscode.Disposable {
  private current: KnowledgeBase = { people: [] };
  private readonly changed = new vscode.EventEmitter<KnowledgeBase>();
  readonly onDidChange = this.changed.event;
  private watcher: vscode.FileSystemWatcher | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private version = 0;

  constructor(private settings: ReadoutSettings) {
    this.watch();
  }

  get knowledge(): KnowledgeBase {
    return this.current;
  }

  /** Changes each time the knowledge base changes, for caches keyed on it. */
  get generation(): number {
    return this.version;
  }

  /** The file's location in the first workspace folder. */
  fileUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, ...this.settings.knowledgeBasePath.split('/')) : undefined;
  }

  updateSettings(settings: ReadoutSettings): void {
    if (settings.knowledgeBasePath === this.settings.knowledgeBasePath) return;
    this.settings = settings;
    this.watch();
  }

  private watch(): void {
    this.watcher?.dispose();
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
    const uri = this.fileUri();
    if (!uri) return;
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.workspace.workspaceFolders![0]!, this.settings.knowledgeBasePath));
    this.subscriptions.push(
      this.watcher.onDidCreate(() => void this.reload()),
      this.watcher.onDidChange(() => void this.reload()),
      this.watcher.onDidDelete(() => void this.reload()),
    );
    void this.reload();
  }

  /** Reads the file again; returns false when it is malformed. */
  async reload(): Promise<boolean> {
    const uri = this.fileUri();
    if (!uri) return true;
    let text: string;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.set({ people: [] });
      return true;
    }
    const parsed = parseKnowledgeBase(text);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(
        `Readout: ${vscode.workspace.asRelativePath(uri)}:${parsed.line}:${parsed.column}: ${parsed.message}. The knowledge base is not used until this is fixed; the file is left as it is.`,
      );
      return false;
    }
    this.set(parsed.value);
    return true;
  }

  private set(knowledge: KnowledgeBase): void {
    if (JSON.stringify(knowledge) === JSON.stringify(this.current)) return;
    this.current = knowledge;
    this.version++;
    this.changed.fire(knowledge);
  }

  /**
   * Opens the entry for an official, adding it first when the file has none. Creates the file
   * when it does not exist. Refuses, with a message, to touch a file it cannot parse.
   */
  async addOrOpen(official: Pick<Official, 'name' | 'titles' | 'affiliation'>): Promise<void> {
    const uri = this.fileUri();
    if (!uri) {
      void vscode.window.showWarningMessage('Readout: open a folder to keep a knowledge base in it.');
      return;
    }
    let text = '{\n  "people": []\n}\n';
    let exists = true;
    try {
      text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      exists = false;
    }
    const parsed = parseKnowledgeBase(text);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(`Readout: ${vscode.workspace.asRelativePath(uri)}:${parsed.line}:${parsed.column}: ${parsed.message}. Fix it first; Readout does not change a file it cannot read.`);
      return;
    }
    const existing = parsed.value.people?.findIndex((person) => person.name === official.name || person.aliases?.includes(official.name)) ?? -1;
    if (existing < 0) {
      const entry = { name: official.name, aliases: [], titles: official.titles, ...(official.affiliation ? { affiliation: official.affiliation } : {}), notes: '' };
      const edits = modify(text, ['people', -1], entry, { formattingOptions: { insertSpaces: true, tabSize: 2 } });
      text = applyEdits(text, edits);
      if (!exists) await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      await this.reload();
    }
    const document = await vscode.workspace.openTextDocument(uri);
    const at = document.getText().indexOf(`"name": ${JSON.stringify(official.name)}`);
    const position = document.positionAt(Math.max(0, at));
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
    this.changed.dispose();
  }
}
