import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { AnalysisContext } from '../../../src/core/context';
import { readSeed } from '../../fixtures/seed';

describe('analysis context', () => {
  it('starts with nothing claimed or quoted when it takes the buffer a finished context gave back', () => {
    const first = new AnalysisContext(readSeed());
    first.claims.fill(5);
    first.claimRefs.fill(7);
    first.quoted.fill(1);
    first.release();
    const second = new AnalysisContext('The Secretary-General met the Vice Minister in Beijing. "We agree," he said.');
    assert.ok(second.tokens.length > 0);
    assert.deepEqual([...second.claims], new Array<number>(second.tokens.length).fill(0));
    assert.deepEqual([...second.quoted], new Array<number>(second.tokens.length).fill(0));
    assert.deepEqual([...second.claimRefs], new Array<number>(second.tokens.length).fill(-1));
  });

  it('gives each context arrays as long as its tokens, and separate ones while the first is in use', () => {
    const first = new AnalysisContext('One short text.');
    const second = new AnalysisContext(readSeed());
    assert.equal(first.claims.length, first.tokens.length);
    assert.equal(second.claims.length, second.tokens.length);
    second.claims.fill(3);
    assert.ok([...first.claims].every((claim) => claim === 0));
  });

  it('analyses a text the same way whatever was analysed before it', () => {
    const seed = readSeed();
    const alone = JSON.stringify(analyze(seed));
    analyze('"Nested "quotes" here," the Minister said. '.repeat(50));
    assert.equal(JSON.stringify(analyze(seed)), alone);
  });

  it('gives the buffer away once when released twice, so that two contexts in use never share it', () => {
    const first = new AnalysisContext(readSeed());
    first.release();
    const second = new AnalysisContext('One short text.');
    first.release();
    const third = new AnalysisContext('One short text.');
    third.claims.fill(4);
    third.claimRefs.fill(7);
    assert.ok([...second.claims].every((claim) => claim === 0));
    assert.ok([...second.claimRefs].every((ref) => ref === -1));
  });
});
