import * as vscode from 'vscode';
import { LANGUAGE_ID } from './ids';

/** Every Readout setting, typed, read in one place. */
export interface ReadoutSettings {
  /** Extra glob patterns of files to treat as press releases in the index (besides .press/.readout). */
  extraGlobs: string[];
  /** Globs that `files.associations` maps to the Press Release language, as workspace globs. */
  associatedGlobs: string[];
  /** Glob patterns excluded from the index. */
  exclude: string[];
  /** Semantic highlighting of officials, organisations and countries. */
  semanticHighlighting: boolean;
  /** Path of the knowledge base, relative to each workspace folder. */
  knowledgeBasePath: string;
}

export function readSettings(): ReadoutSettings {
  const config = vscode.workspace.getConfiguration('readout');
  return {
    extraGlobs: config.get<string[]>('index.include', []),
    associatedGlobs: associatedGlobs(vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations', {})),
    exclude: config.get<string[]>('index.exclude', ['**/node_modules/**', '**/.git/**']),
    semanticHighlighting: config.get<boolean>('semanticHighlighting.enabled', true),
    knowledgeBasePath: config.get<string>('knowledgeBase.path', '.readout/entities.json'),
  };
}

/**
 * The patterns of `files.associations` that make files press releases, as globs over the
 * workspace. VS Code matches a pattern without a slash against the file name wherever it is, and
 * one with a slash against the whole path: only those that begin with `**\/` mean the same
 * inside the workspace, so other path patterns give the language but are not indexed.
 */
export function associatedGlobs(associations: Record<string, string> | undefined): string[] {
  return Object.entries(associations ?? {})
    .filter(([pattern, language]) => language === LANGUAGE_ID && pattern.trim() !== '' && (!pattern.includes('/') || pattern.startsWith('**/')))
    .map(([pattern]) => (pattern.includes('/') ? pattern : `**/${pattern}`));
}

/** Calls `listener` with fresh settings whenever a Readout setting or a file association changes. */
export function onDidChangeSettings(listener: (settings: ReadoutSettings) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('readout') || event.affectsConfiguration('files.associations')) listener(readSettings());
  });
}
