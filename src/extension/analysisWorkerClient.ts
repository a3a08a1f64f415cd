/**
 * The extension's side of the analysis worker (analysisWorker.ts): one worker thread, started on
 * first use, that analyses one document at a time. Plain Node, without `vscode`, so it is tested
 * in Node.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Analysis, KnowledgeBase } from '../core/model';
import { analyzeText } from './analyzeDocument';
import type { AbsoluteTokens } from './semanticTokenData';
import { absoluteTokens } from './semanticTokenData';

export interface AnalysisRequest {
  id: number;
  path: string;
  text: string;
  knowledge: KnowledgeBase;
}

export type AnalysisReply = { id: number; json: string; tokens: AbsoluteTokens } | { id: number; error: string };

/** What the worker found: the semantic tokens at once, the analysis parsed when first asked for. */
export interface WorkerAnalysis {
  readonly tokens: AbsoluteTokens;
  analysis(): Analysis;
}

export interface AnalysisJob {
  /** The document the job is for: a newer job for the same key replaces one still waiting. */
  key: string;
  /** The file's path, for the date its name may carry. */
  path: string;
  text: string;
  knowledge: KnowledgeBase;
  /** Editor work goes before background indexing. */
  urgent?: boolean;
}

interface Queued extends AnalysisJob {
  resolve(result: WorkerAnalysis | undefined): void;
  reject(error: unknown): void;
  promise: Promise<WorkerAnalysis | undefined>;
}

function parsed(json: string, tokens: AbsoluteTokens): WorkerAnalysis {
  let analysis: Analysis | undefined;
  return {
    tokens,
    analysis: () => (analysis ??= JSON.parse(json) as Analysis),
  };
}

/** Analyses in this thread: the fallback when no worker can be started. */
function inProcess(job: AnalysisJob): WorkerAnalysis {
  const analysis = analyzeText(job.path, job.text, job.knowledge);
  return { tokens: absoluteTokens(analysis, job.text), analysis: () => analysis };
}

/** The same text, path and knowledge base: the same result, whoever asks. */
function sameWork(a: AnalysisJob, b: AnalysisJob): boolean {
  return a.path === b.path && a.text === b.text && (a.knowledge === b.knowledge || JSON.stringify(a.knowledge) === JSON.stringify(b.knowledge));
}

/**
 * Jobs wait in two queues (editor first, then indexing) and run one at a time. A job replaces the
 * job of the same key still waiting, whose promise resolves with undefined, and asking again for
 * the same work shares its run: the last job done and the running job with any key (the editor
 * and the index may both want the document being typed), a waiting job with the same key. A
 * running job is left to finish: its result still serves whoever can use it.
 */
export class AnalysisWorker {
  private worker: Worker | undefined;
  private workerFailed = false;
  private readonly urgent: Queued[] = [];
  private readonly background: Queued[] = [];
  private running: (Queued & { id: number }) | undefined;
  /** The last job done, so the same work asked for just after (by the index, say) is not redone. */
  private last: { job: AnalysisJob; result: WorkerAnalysis } | undefined;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private disposed = false;

  /** `script` is the worker's file; by default analysisWorker.js beside this module (or bundle). */
  constructor(
    private readonly script = path.join(__dirname, 'analysisWorker.js'),
    private readonly idleMs = 5 * 60_000,
  ) {}

  analyze(job: AnalysisJob): Promise<WorkerAnalysis | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    if (this.last && sameWork(this.last.job, job)) return Promise.resolve(this.last.result);
    if (this.running && sameWork(this.running, job)) return this.running.promise;
    for (const queue of [this.urgent, this.background]) {
      const index = queue.findIndex((waiting) => waiting.key === job.key);
      if (index < 0) continue;
      const waiting = queue[index] as Queued;
      if (sameWork(waiting, job)) {
        if (job.urgent && queue === this.background) {
          queue.splice(index, 1);
          this.urgent.push(waiting);
        }
        return waiting.promise;
      }
      queue.splice(index, 1);
      waiting.resolve(undefined);
    }
    let resolve!: (result: WorkerAnalysis | undefined) => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<WorkerAnalysis | undefined>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    (job.urgent ? this.urgent : this.background).push({ ...job, resolve, reject, promise });
    this.pump();
    return promise;
  }

  /** Jobs waiting or running. */
  get pending(): number {
    return this.urgent.length + this.background.length + (this.running ? 1 : 0);
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.urgent.shift() ?? this.background.shift();
    if (!next) {
      this.scheduleIdle();
      return;
    }
    clearTimeout(this.idleTimer);
    const worker = this.start();
    if (!worker) {
      // No worker thread: analyse here, a turn later so callers never run the work synchronously.
      setImmediate(() => {
        try {
          next.resolve(inProcess(next));
        } catch (error) {
          next.reject(error);
        }
        this.pump();
      });
      return;
    }
    const running = { ...next, id: this.nextId++ };
    this.running = running;
    const request: AnalysisRequest = { id: running.id, path: next.path, text: next.text, knowledge: next.knowledge };
    worker.postMessage(request);
  }

  private start(): Worker | undefined {
    if (this.worker || this.workerFailed) return this.worker;
    try {
      const worker = new Worker(this.script);
      worker.on('message', (reply: AnalysisReply) => this.onReply(reply));
      worker.on('error', (error) => this.onCrash(worker, error));
      worker.on('exit', (code) => {
        if (this.worker === worker) this.onCrash(worker, new Error(`the analysis worker exited with code ${code}`));
      });
      this.worker = worker;
    } catch (error) {
      this.workerFailed = true;
      console.error('Readout: cannot start the analysis worker; analysing on the main thread.', error);
    }
    return this.worker;
  }

  private onReply(reply: AnalysisReply): void {
    const running = this.running;
    if (!running || running.id !== reply.id) return;
    this.running = undefined;
    if ('error' in reply) running.reject(new Error(reply.error));
    else {
      const result = parsed(reply.json, reply.tokens);
      this.last = { job: running, result };
      running.resolve(result);
    }
    this.pump();
  }

  /** The worker died: the job it had runs again on a fresh worker, or here if one cannot start. */
  private onCrash(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    void worker.terminate();
    console.error('Readout: the analysis worker stopped.', error);
    if (this.workerFailed || this.disposed) return;
    const running = this.running;
    this.running = undefined;
    if (running) {
      this.workerFailed = true; // A second crash would likely repeat: finish this one here.
      this.urgent.unshift(running);
    }
    this.pump();
  }

  /** An idle worker is stopped after a while (and the last result let go), and started again when needed. */
  private scheduleIdle(): void {
    clearTimeout(this.idleTimer);
    if (!this.worker) return;
    this.idleTimer = setTimeout(() => {
      const worker = this.worker;
      if (!worker || this.running) return;
      this.worker = undefined;
      this.last = undefined;
      void worker.terminate();
    }, this.idleMs);
    this.idleTimer.unref?.();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    for (const job of [...this.urgent, ...this.background, ...(this.running ? [this.running] : [])]) job.resolve(undefined);
    this.urgent.length = 0;
    this.background.length = 0;
    this.running = undefined;
    this.last = undefined;
  }
}
