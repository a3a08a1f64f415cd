import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { AnalysisWorker } from '../../../src/extension/analysisWorkerClient';
import { analyzeText } from '../../../src/extension/analyzeDocument';
import { absoluteTokens } from '../../../src/extension/semanticTokenData';
import { readSeed } from '../../fixtures/seed';

const PATH = '/releases/sco-secretary-general-meets-le-yucheng-2019-11-12.press';

describe('the analysis worker', function () {
  this.timeout(20_000);
  const text = readSeed();
  let worker: AnalysisWorker;
  beforeEach(() => {
    worker = new AnalysisWorker();
  });
  afterEach(() => worker.dispose());

  it('gives the same analysis and tokens as analysing in this thread', async () => {
    const result = await worker.analyze({ key: 'a', path: PATH, text, knowledge: {} });
    assert.ok(result);
    const here = analyzeText(PATH, text, {});
    assert.deepEqual(result.analysis(), JSON.parse(JSON.stringify(here)));
    assert.deepEqual(Array.from(result.tokens), Array.from(absoluteTokens(here, text)));
  });

  it('uses the knowledge base it is given', async () => {
    const knowledge = { people: [{ name: 'Vladimir Norov', notes: 'Second Secretary-General' }] };
    const result = await worker.analyze({ key: 'a', path: PATH, text, knowledge });
    assert.deepEqual(result?.analysis(), JSON.parse(JSON.stringify(analyzeText(PATH, text, knowledge))));
  });

  it('replaces a waiting job of the same document, and shares a run asked for twice', async () => {
    const first = worker.analyze({ key: 'a', path: PATH, text, knowledge: {} });
    const waiting = worker.analyze({ key: 'b', path: PATH, text: `${text}\nOne.`, knowledge: {} });
    const newer = worker.analyze({ key: 'b', path: PATH, text: `${text}\nTwo.`, knowledge: {} });
    const again = worker.analyze({ key: 'b', path: PATH, text: `${text}\nTwo.`, knowledge: {} });
    assert.equal(again, newer);
    assert.equal(await waiting, undefined);
    assert.ok(await first);
    assert.ok(await newer);
    assert.equal(worker.pending, 0);
  });

  it('gives the work just done to whoever asks for it next, without running it again', async () => {
    const first = await worker.analyze({ key: 'editor', path: PATH, text, knowledge: {} });
    const again = worker.analyze({ key: 'index', path: PATH, text, knowledge: {} });
    assert.equal(worker.pending, 0, 'nothing queued');
    assert.equal(await again, first);
    assert.notEqual(await worker.analyze({ key: 'index', path: PATH, text, knowledge: { people: [{ name: 'Vladimir Norov' }] } }), first);
  });

  it('puts editor work before background work', async () => {
    const order: string[] = [];
    const track = (name: string, promise: Promise<unknown>) => promise.then(() => order.push(name));
    const running = track('running', worker.analyze({ key: 'r', path: PATH, text, knowledge: {} }));
    const background = track('background', worker.analyze({ key: 'b', path: PATH, text: `${text}\nB.`, knowledge: {} }));
    const urgent = track('urgent', worker.analyze({ key: 'u', path: PATH, text: `${text}\nU.`, knowledge: {}, urgent: true }));
    await Promise.all([running, background, urgent]);
    assert.deepEqual(order, ['running', 'urgent', 'background']);
  });

  it('still answers when its worker cannot start', async () => {
    const broken = new AnalysisWorker(path.join(__dirname, 'no-such-worker.js'));
    const original = console.error;
    console.error = () => undefined;
    try {
      const result = await broken.analyze({ key: 'a', path: PATH, text, knowledge: {} });
      assert.ok(result);
      assert.deepEqual(result.analysis(), analyzeText(PATH, text, {}));
    } finally {
      console.error = original;
      broken.dispose();
    }
  });

  it('resolves waiting jobs with undefined when disposed', async () => {
    const job = worker.analyze({ key: 'a', path: PATH, text, knowledge: {} });
    worker.dispose();
    assert.equal(await job, undefined);
  });
});
