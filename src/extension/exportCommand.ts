import * as vscode from 'vscode';
import { reanchorAll } from '../annotations/anchoring';
import { exportBrat, exportCsv, exportMeetings, exportQdpx, exportW3c, type ExportInput, type ExportSource } from '../annotations/export';
import { analyzeUri } from './analyzeDocument';
import { currentAuthor } from './author';
import type { CodebookStore } from './codebookStore';
import { CommandId } from './ids';
import type { KnowledgeBaseStore } from './knowledgeBase';
import { sourceText } from './sourceText';
import type { TagStore } from './tagStore';
import type { WorkspaceIndex } from './workspaceIndex';

type Format = 'csv' | 'w3c' | 'qdpx' | 'brat' | 'meetings';

const FORMATS: Array<{ format: Format; label: string; description: string; extension: string; filter: string }> = [
  { format: 'qdpx', label: 'REFI-QDA project (.qdpx)', description: 'for ATLAS.ti, MAXQDA, NVivo, QualCoder', extension: 'qdpx', filter: 'REFI-QDA project' },
  { format: 'csv', label: 'CSV', description: 'one row per tagged passage, for spreadsheets and R/pandas', extension: 'csv', filter: 'CSV' },
  { format: 'w3c', label: 'W3C Web Annotation (JSON-LD)', description: 'an AnnotationCollection', extension: 'jsonld', filter: 'JSON-LD' },
  { format: 'brat', label: 'brat standoff', description: '.txt and .ann files in a folder', extension: '', filter: '' },
  { format: 'meetings', label: 'Meetings event table (CSV)', description: 'date, place, kind, CAMEO code, pairs of participants', extension: 'csv', filter: 'CSV' },
];

interface ExportArgs {
  format?: Format;
  /** A file URI (a folder for brat). */
  out?: string;
}

/**
 * "Readout: Export Annotations…": writes the workspace's tags (or its meetings) in a format other
 * tools read. Tags are placed again in each document's current text first; passages that cannot be
 * placed are reported, and left out of the formats that only carry positions.
 */
export function registerExport(store: TagStore, codebook: CodebookStore, index: WorkspaceIndex, knowledge: KnowledgeBaseStore): vscode.Disposable {
  return vscode.commands.registerCommand(CommandId.ExportAnnotations, async (args?: ExportArgs) => {
    const choice = args?.format ? FORMATS.find((entry) => entry.format === args.format) : await vscode.window.showQuickPick(FORMATS, { title: 'Export as' });
    if (!choice) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0];
    let out = args?.out ? vscode.Uri.parse(args.out, true) : undefined;
    if (!out) {
      if (choice.format === 'brat') {
        out = (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: 'Folder for the brat files', openLabel: 'Export here', defaultUri: folder?.uri }))?.[0];
      } else {
        const name = choice.format === 'meetings' ? 'meetings.csv' : `annotations.${choice.extension}`;
        out = await vscode.window.showSaveDialog({ title: `Export ${choice.label}`, defaultUri: folder ? vscode.Uri.joinPath(folder.uri, name) : undefined, filters: { [choice.filter]: [choice.extension] } });
      }
    }
    if (!out) return undefined;

    await store.ready;
    await index.whenReady();
    const uris = choice.format === 'meetings' ? index.corpus.documents().map((doc) => doc.uri) : store.documents().filter((doc) => doc.annotations.length > 0).map((doc) => doc.uri);
    const sources: ExportSource[] = [];
    const unreadable: string[] = [];
    for (const key of [...new Set(uris)].sort()) {
      const uri = vscode.Uri.parse(key, true);
      const tagged = store.document(key);
      const path = tagged?.path ?? vscode.workspace.asRelativePath(uri, false);
      const text = tagged?.missing ? undefined : await sourceText(uri).catch(() => undefined);
      if (text === undefined) {
        unreadable.push(path);
        continue;
      }
      sources.push({
        path,
        text,
        analysis: analyzeUri(uri, text, knowledge.knowledge),
        annotations: reanchorAll(text, [...(tagged?.annotations ?? [])]),
      });
    }
    if (sources.length === 0) {
      void vscode.window.showInformationMessage(choice.format === 'meetings' ? 'Readout: there are no press releases to export.' : 'Readout: nothing is tagged yet. Tag passages with "Readout: Tag Selection" first.');
      return undefined;
    }
    const input: ExportInput = {
      sources,
      codebook: codebook.codebook,
      now: new Date().toISOString(),
      author: await currentAuthor(folder?.uri.fsPath),
      projectName: folder?.name ?? 'Readout',
    };
    const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
    let skipped = 0;
    try {
      switch (choice.format) {
        case 'csv':
          await vscode.workspace.fs.writeFile(out, encode(exportCsv(input)));
          break;
        case 'w3c':
          await vscode.workspace.fs.writeFile(out, encode(exportW3c(input)));
          break;
        case 'meetings':
          await vscode.workspace.fs.writeFile(out, encode(exportMeetings(input)));
          break;
        case 'qdpx': {
          const result = exportQdpx(input);
          skipped = result.skipped;
          await vscode.workspace.fs.writeFile(out, result.bytes);
          break;
        }
        case 'brat': {
          const result = exportBrat(input);
          skipped = result.skipped;
          await vscode.workspace.fs.createDirectory(out);
          for (const [name, text] of result.files) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(out, name), encode(text));
          break;
        }
      }
    } catch (error) {
      void vscode.window.showErrorMessage(`Readout: the export could not be written to ${out.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    const orphans = sources.reduce((sum, source) => sum + source.annotations.filter((annotation) => annotation.orphaned).length, 0);
    const passages = sources.reduce((sum, source) => sum + source.annotations.length, 0);
    const documents = count(sources.length, 'document');
    const what = choice.format === 'meetings' ? `the meetings of ${documents}` : `${count(passages - skipped, 'tagged passage')} from ${documents}`;
    const note = skipped > 0 ? ` ${skipped} orphaned passage${skipped === 1 ? ' was' : 's were'} left out: their text is no longer in the document.` : orphans > 0 && choice.format !== 'meetings' ? ` ${orphans} of them orphaned (marked as such).` : '';
    const left = unreadable.length > 0 ? ` ${count(unreadable.length, 'document')} could not be found or read and ${unreadable.length === 1 ? 'was' : 'were'} left out: ${unreadable.slice(0, 3).join(', ')}${unreadable.length > 3 ? ', …' : ''}.` : '';
    void vscode.window.showInformationMessage(`Readout: exported ${what} to ${vscode.workspace.asRelativePath(out)}.${note}${left}`);
    return { out: out.toString(), sources: sources.length, skipped, unreadable };
  });
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
