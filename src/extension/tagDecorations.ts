import * as vscode from 'vscode';
import { codeColor } from '../annotations/codebook';
import type { CodebookStore } from './codebookStore';
import type { TagStore } from './tagStore';

/** `#rgb` or `#rrggbb` with an alpha channel added, for a background that keeps text readable. */
function translucent(color: string, alpha: string): string {
  const hex = color.length === 4 ? `#${color[1]}${color[1]}${color[2]}${color[2]}${color[3]}${color[3]}` : color;
  return `${hex}${alpha}`;
}

/**
 * Tagged passages in every visible editor: a background and underline per code (the codebook's
 * colour, or the theme colour `readout.tag.background` for codes without one) and a mark in the
 * overview ruler. Redrawn shortly after tags, the codebook or the visible editors change.
 */
export class TagDecorations implements vscode.Disposable {
  private readonly types = new Map<string, vscode.TextEditorDecorationType>();
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: TagStore,
    private readonly codebook: CodebookStore,
  ) {
    this.disposables.push(
      store.onDidChange(() => this.schedule()),
      codebook.onDidChange(() => {
        this.clearTypes();
        this.schedule();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.schedule()),
    );
    this.schedule();
  }

  private typeFor(codeId: string): vscode.TextEditorDecorationType {
    let type = this.types.get(codeId);
    if (type) return type;
    const color = codeColor(this.codebook.codebook, codeId);
    type = vscode.window.createTextEditorDecorationType({
      backgroundColor: color ? translucent(color, '33') : new vscode.ThemeColor('readout.tag.background'),
      borderStyle: 'none none solid none',
      borderWidth: '0 0 2px 0',
      borderColor: color ?? new vscode.ThemeColor('readout.tag.border'),
      overviewRulerColor: color ?? new vscode.ThemeColor('readout.tag.overviewRuler'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    this.types.set(codeId, type);
    return type;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, 30);
  }

  /** Draws the tags of every visible editor now. */
  render(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const byCode = new Map<string, vscode.Range[]>();
      for (const annotation of this.store.annotations(editor.document.uri)) {
        if (annotation.orphaned || annotation.position.end > editor.document.getText().length) continue;
        const range = new vscode.Range(editor.document.positionAt(annotation.position.start), editor.document.positionAt(annotation.position.end));
        for (const code of annotation.codes) byCode.set(code, [...(byCode.get(code) ?? []), range]);
      }
      for (const code of byCode.keys()) this.typeFor(code);
      for (const [code, type] of this.types) editor.setDecorations(type, byCode.get(code) ?? []);
    }
  }

  /** The ranges drawn for a code in an editor, for tests. */
  rangesOf(editor: vscode.TextEditor, codeId: string): vscode.Range[] {
    return this.store
      .annotations(editor.document.uri)
      .filter((annotation) => !annotation.orphaned && annotation.codes.includes(codeId))
      .map((annotation) => new vscode.Range(editor.document.positionAt(annotation.position.start), editor.document.positionAt(annotation.position.end)));
  }

  private clearTypes(): void {
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.clearTypes();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
