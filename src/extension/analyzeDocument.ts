import type * as vscode from 'vscode';
import { analyze } from '../core/analyze';
import type { Analysis, KnowledgeBase } from '../core/model';
import { referenceDateFromFileName } from '../core/referenceDate';

/** Analyses a release's text with the knowledge base and the date its file name carries. */
export function analyzeUri(uri: vscode.Uri, text: string, knowledge: KnowledgeBase = {}): Analysis {
  return analyzeText(uri.path, text, knowledge);
}

/** The same, from the path of the file (what the analysis worker receives). */
export function analyzeText(path: string, text: string, knowledge: KnowledgeBase = {}): Analysis {
  const referenceDate = referenceDateFromFileName(path);
  return analyze(text, referenceDate ? { referenceDate, knowledge } : { knowledge });
}
