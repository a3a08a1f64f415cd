import * as vscode from 'vscode';
import type { Annotation, Codebook } from '../annotations/model';
import { flattenCodebook } from '../annotations/codebook';
import type { CodebookStore } from './codebookStore';
import { CommandId } from './ids';
import { commandLink, escapeMarkdown } from './markdown';
import type { TagStore } from './tagStore';

/** The card for the tags at a point: codes, note, author, time, and links to edit them. Pure. */
export function tagHoverMarkdown(uri: string, annotations: readonly Annotation[], codebook: Codebook): string {
  const names = new Map(flattenCodebook(codebook).map((code) => [code.id, code.path.join(' › ')]));
  return annotations
    .map((annotation) => {
      const codes = annotation.codes.map((id) => `**${escapeMarkdown(names.get(id) ?? id)}**`).join(', ');
      const when = `${annotation.modified.slice(0, 16).replace('T', ' ')} UTC`;
      const lines = [`$(tag) ${codes}`];
      if (annotation.note) lines.push(`> ${escapeMarkdown(annotation.note)}`);
      lines.push(`*${escapeMarkdown(annotation.author)}, ${escapeMarkdown(when)}*`);
      const ref = { uri, id: annotation.id };
      lines.push(`${commandLink('Edit Note', CommandId.EditNote, [ref])} · ${commandLink('Remove Tag', CommandId.RemoveTag, [ref])}`);
      return lines.join('\n\n');
    })
    .join('\n\n---\n\n');
}

/** Hovering a tagged passage shows its tags. */
export function registerTagHover(store: TagStore, codebook: CodebookStore): vscode.Disposable {
  return vscode.languages.registerHoverProvider('*', {
    provideHover(document, position) {
      const offset = document.offsetAt(position);
      const here = store.annotations(document.uri).filter((annotation) => !annotation.orphaned && annotation.position.start <= offset && offset < annotation.position.end);
      if (here.length === 0) return undefined;
      const markdown = new vscode.MarkdownString(tagHoverMarkdown(document.uri.toString(), here, codebook.codebook), true);
      // Links may run the two tag commands and nothing else; the note and author are escaped.
      markdown.isTrusted = { enabledCommands: [CommandId.EditNote, CommandId.RemoveTag] };
      const start = Math.max(...here.map((annotation) => annotation.position.start));
      const end = Math.min(...here.map((annotation) => annotation.position.end));
      return new vscode.Hover(markdown, new vscode.Range(document.positionAt(start), document.positionAt(end)));
    },
  });
}
