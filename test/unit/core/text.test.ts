import * as assert from 'node:assert/strict';
import { countFoldedCharacters, normalizeForAnalysis } from '../../../src/core/text';
import { readSeed } from '../../fixtures/seed';

describe('normalizeForAnalysis', () => {
  it('folds Unicode spaces to a plain space', () => {
    assert.equal(normalizeForAnalysis('12\u00a0November\u202f2019\u2009in\u3000Tashkent'), '12 November 2019 in Tashkent');
  });

  it('folds apostrophe forms to an ASCII apostrophe', () => {
    assert.equal(normalizeForAnalysis('Secretary-General\u2019s and Le Yucheng\u02bcs'), "Secretary-General's and Le Yucheng's");
  });

  it('folds hyphen variants but keeps en and em dashes', () => {
    assert.equal(normalizeForAnalysis('Secretary\u2011General \u2013 Vice\u2010Minister \u2014'), 'Secretary-General \u2013 Vice-Minister \u2014');
  });

  it('keeps quotation marks, which carry meaning for quote detection', () => {
    const text = '\u201cA\u201d \u00abB\u00bb \u2018C';
    assert.equal(normalizeForAnalysis(text), text);
  });

  it('keeps the length, so offsets point into the original text', () => {
    const seed = readSeed();
    const normalized = normalizeForAnalysis(seed);
    assert.equal(normalized.length, seed.length);
    const found = normalized.indexOf('Le Yucheng');
    assert.ok(found >= 0, 'the folded seed contains "Le Yucheng" with a plain space');
    assert.equal(seed.slice(found, found + 10).replace(/\u00a0/g, ' '), 'Le Yucheng');
  });

  it('counts what the seed needs folded: 74 non-breaking spaces and its curly apostrophes', () => {
    const counts = countFoldedCharacters(readSeed());
    assert.equal(counts.spaces, 74);
    assert.equal(counts.apostrophes, 2);
    assert.equal(countFoldedCharacters(normalizeForAnalysis(readSeed())).spaces, 0);
  });
});
