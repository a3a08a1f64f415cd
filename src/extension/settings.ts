import * as vscode from 'vscode';

/** Every Readout setting, typed, read in one place. */
export interface ReadoutSettings {
  /** Extra glob patterns of files to treat as press releases in the index (besides .press/.readout). */
  extraGlobs: string[];
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
    exclude: config.get<string[]>('index.exclude', ['**/node_modules/**', '**/.git/**']),
    semanticHighlighting: config.get<boolean>('semanticHighlighting.enabled', true),
    knowledgeBasePath: config.get<string>('knowledgeBase.path', '.readout/entities.json'),
  };
}

/** Calls `listener` with fresh settings whenever a Readout setting changes. */
export function onDidChangeSettings(listener: (settings: ReadoutSettings) => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('readout')) listener(readSettings());
  });
}
