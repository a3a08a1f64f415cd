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
  private pending: Set<string> | 'all' = 'all';
  /** Per document, the codes whose decorations are on screen. */
  private readonly drawn = new Map<string, Set<string>>();

  constructor(
    private readonly store: TagStore,
    private readonly codebook: CodebookStore,
  ) {
    this.disposables.push(
      store.onDidChange((uri) => this.schedule(uri)),
      store.onDidMove((uri) => this.schedule(uri)),
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

  /** Redraws soon: the editors of one document, or all of them when `uri` is undefined. */
  private schedule(uri?: string): void {
    if (uri === undefined) this.pending = 'all';
    else if (this.pending !== 'all') this.pending.add(uri);
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const pending = this.pending;
      this.pending = new Set();
      this.render(pending === 'all' ? undefined : pending);
    }, 30);
  }

  /** Draws the tags of the visible editors (of the given documents only, when given) now. */
  render(only?: ReadonlySet<string>): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      if (only && !only.has(key)) continue;
      const byCode = new Map<string, vscode.Range[]>();
      for (const annotation of this.store.annotations(key)) {
        if (annotation.orphaned) continue;
        // positionAt clamps offsets past the end, so a stale tag can never throw here.
        const range = new vscode.Range(editor.document.positionAt(annotation.position.start), editor.document.positionAt(annotation.position.end));
        for (const code of annotation.codes) {
          const ranges = byCode.get(code);
          if (ranges) ranges.push(range);
          else byCode.set(code, [range]);
        }
      }
      for (const code of byCode.keys()) this.typeFor(code);
      for (const [code, type] of this.types) {
        const ranges = byCode.get(code) ?? [];
        // Only tell the editor about codes it shows now or showed before.
        const drawn = this.drawn.get(key) ?? new Set<string>();
        if (ranges.length === 0 && !drawn.has(code)) continue;
        editor.setDecorations(type, ranges);
        if (ranges.length > 0) drawn.add(code);
        else drawn.delete(code);
        this.drawn.set(key, drawn);
      }
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
    this.drawn.clear();
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.clearTypes();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
