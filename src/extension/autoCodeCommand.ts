import * as vscode from 'vscode';
import { resolveCode } from '../annotations/codebook';
import type { TextRange } from '../annotations/model';
import { addTags, findQuotesBy, findRegexMatches, findTextMatches } from '../annotations/passages';
import { analyzeUri } from './analyzeDocument';
import { currentAuthor } from './author';
import type { CodebookStore } from './codebookStore';
import { CommandId } from './ids';
import type { KnowledgeBaseStore } from './knowledgeBase';
import { excerpt } from './markdown';
import { sourceText } from './sourceText';
import { pickCodes, plainLabel } from './tagCommands';
import type { TagStore } from './tagStore';
import type { WorkspaceIndex } from './workspaceIndex';

type Mode = 'text' | 'match' | 'quotesBy';

/** Arguments for scripts and tests; without them the command asks. */
interface AutoCodeArgs {
  mode?: Mode;
  query?: string;
  codes?: string[];
  /** Skip the preview and tag every match. */
  confirm?: boolean;
}

interface Hit {
  uri: vscode.Uri;
  range: TextRange;
  text: string;
}

/** Every match across the workspace's press releases. */
async function findHits(index: WorkspaceIndex, knowledge: KnowledgeBaseStore, mode: Mode, query: string): Promise<Hit[]> {
  await index.whenReady();
  const hits: Hit[] = [];
  for (const doc of index.corpus.documents().sort((a, b) => a.uri.localeCompare(b.uri))) {
    const uri = vscode.Uri.parse(doc.uri, true);
    let text: string;
    try {
      text = await sourceText(uri);
    } catch {
      continue;
    }
    const ranges = mode === 'text' ? findTextMatches(text, query) : mode === 'match' ? findRegexMatches(text, query) : findQuotesBy(analyzeUri(uri, text, knowledge.knowledge), query);
    for (const range of ranges) hits.push({ uri, range, text: text.slice(range.start, range.end) });
  }
  return hits;
}

/**
 * "Readout: Auto-Code Matches…": tags every passage in the workspace that matches a text, a
 * regular expression or is a quote by a speaker, after a preview in which the user can untick
 * matches. Passages already tagged with the code are left as they are.
 */
export function registerAutoCode(store: TagStore, codebook: CodebookStore, index: WorkspaceIndex, knowledge: KnowledgeBaseStore): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.AutoCode, async (args?: AutoCodeArgs) => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const reason = folder ? store.whyNotWritable(folder.uri) : 'open a folder to tag its press releases.';
    if (reason) {
      void vscode.window.showWarningMessage(`Readout: ${reason}`);
      return 0;
    }
    let mode = args?.mode;
    if (!mode) {
      const picked = await vscode.window.showQuickPick(
        [
          { label: 'Text', description: 'every occurrence of some words (case-insensitive)', mode: 'text' as const },
          { label: 'Regular expression', description: 'every match of a JavaScript regular expression', mode: 'match' as const },
          { label: 'Quotes by speaker', description: 'every quote a person or organisation is reported to have said', mode: 'quotesBy' as const },
        ],
        { title: 'Auto-code: what to tag' },
      );
      if (!picked) return 0;
      mode = picked.mode;
    }
    const query =
      args?.query ??
      (await vscode.window.showInputBox({
        title: 'Auto-code',
        prompt: mode === 'text' ? 'Words to find' : mode === 'match' ? 'Regular expression (JavaScript syntax)' : 'Speaker (name, surname or organisation)',
        validateInput: (value) => {
          if (!value.trim()) return 'Type something to find.';
          if (mode !== 'match') return undefined;
          try {
            findRegexMatches('', value);
            return undefined;
          } catch (error) {
            return error instanceof Error ? error.message : String(error);
          }
        },
      }));
    if (!query) return 0;
    let hits: Hit[];
    try {
      hits = await findHits(index, knowledge, mode, query);
    } catch (error) {
      void vscode.window.showErrorMessage(`Readout: ${error instanceof Error ? error.message : String(error)}`);
      return 0;
    }
    if (hits.length === 0) {
      void vscode.window.showInformationMessage(`Readout: nothing in the workspace matches "${query}".`);
      return 0;
    }
    const codes = args?.codes ? args.codes.map((name) => resolveCode(codebook.codebook, name)?.id).filter((id): id is string => id !== undefined) : await pickCodes(codebook, `Code for ${hits.length} match${hits.length === 1 ? '' : 'es'}`);
    if (!codes || codes.length === 0) return 0;
    let chosen = hits;
    if (!args?.confirm) {
      const picked = await vscode.window.showQuickPick(
        hits.map((hit) => ({ label: plainLabel(excerpt(hit.text, 80)), description: vscode.workspace.asRelativePath(hit.uri), picked: true, hit })),
        { title: `Tag these ${hits.length} passages?`, canPickMany: true, placeHolder: 'Untick the passages that should not be tagged' },
      );
      if (!picked || picked.length === 0) return 0;
      chosen = picked.map((item) => item.hit);
    }
    if (!(await codebook.ensureFile())) return 0;
    let tagged = 0;
    let unchanged = 0;
    const failed: string[] = [];
    const byDocument = new Map<string, Hit[]>();
    for (const hit of chosen) byDocument.set(hit.uri.toString(), [...(byDocument.get(hit.uri.toString()) ?? []), hit]);
    for (const documentHits of byDocument.values()) {
      const document = await vscode.workspace.openTextDocument(documentHits[0]!.uri);
      const author = await currentAuthor(vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath);
      const text = document.getText();
      // The preview may have stayed open while the file changed: tag only what is still there.
      const ranges = documentHits.filter((hit) => text.slice(hit.range.start, hit.range.end) === hit.text).map((hit) => hit.range);
      if (ranges.length < documentHits.length) failed.push(`${vscode.workspace.asRelativePath(document.uri)} (changed during the preview)`);
      if (ranges.length === 0) continue;
      let count = 0;
      const ok = await store.update(document, (annotations) => {
        const result = addTags(annotations, text, ranges, codes, { author, now: new Date().toISOString() });
        count = result.added.length + result.updated.length;
        return result.annotations;
      });
      if (!ok) {
        failed.push(vscode.workspace.asRelativePath(document.uri));
        continue;
      }
      tagged += count;
      unchanged += ranges.length - count;
    }
    if (failed.length > 0) void vscode.window.showWarningMessage(`Readout: some passages were not tagged: ${failed.join(', ')}.`);
    void vscode.window.showInformationMessage(`Readout: tagged ${tagged} passage${tagged === 1 ? '' : 's'} in ${byDocument.size} document${byDocument.size === 1 ? '' : 's'}${unchanged > 0 ? ` (${unchanged} already had the code)` : ''}.`);
    return tagged;
  });
}
