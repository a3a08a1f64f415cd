/**
 * The analysis worker: a worker thread that analyses large documents so the extension host's main
 * thread stays free for typing. esbuild bundles it as dist/analysisWorker.js; the extension
 * reaches it through AnalysisWorker (analysisWorkerClient.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { AnalysisReply, AnalysisRequest } from './analysisWorkerClient';
import { analyzeText } from './analyzeDocument';
import { absoluteTokens } from './semanticTokenData';

const port = parentPort;
if (!port) throw new Error('analysisWorker runs as a worker thread');

port.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    const analysis = analyzeText(request.path, request.text, request.knowledge);
    const tokens = absoluteTokens(analysis, request.text);
    // JSON rather than the object: one string crosses the thread boundary in a copy, and the main
    // thread parses it only when a hover or a view needs more than the tokens.
    reply = { id: request.id, json: JSON.stringify(analysis), tokens };
    port.postMessage(reply, [tokens.buffer as ArrayBuffer]);
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    port.postMessage(reply);
  }
});
