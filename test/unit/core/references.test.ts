import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

/** Who the mention starting at the n-th occurrence of `needle` refers to. */
function whoIs(text: string, needle: string, occurrence = 0): string | undefined {
  const analysis = analyze(text);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `the text contains ${needle}`);
  return analysis.officials.find((o) => o.mentions.some((m) => m.start === at))?.id;
}

describe('references to officials', () => {
  const call = [
    'Call',
    '',
    'TEHRAN, 5 March 2024 – Foreign Minister of Iran Reza Karimi held a telephone conversation with his Turkish counterpart Selim Aydin.',
    '',
    "Türkiye's Foreign Minister, for his part, described his visit to Tehran in February.",
  ].join('\n');

  it('gives a counterpart the country of the demonym', () => {
    const aydin = analyze(call).officials.find((o) => o.id === 'selim-aydin');
    assert.ok(aydin);
    assert.equal(aydin.affiliation, 'Türkiye');
  });

  it('resolves a possessive role without "the" to the official of that country', () => {
    assert.equal(whoIs(call, "Türkiye's Foreign Minister"), 'selim-aydin');
    assert.equal(whoIs(call, 'his part'), 'selim-aydin');
  });

  it('reads "his" before a counterpart as the subject', () => {
    assert.equal(whoIs(call, 'his Turkish'), 'reza-karimi');
  });

  it('never gives an object pronoun to the subject of its own sentence', () => {
    const text = 'Note\n\nTASHKENT, 3 March 2021 – SCO Secretary-General Vladimir Norov received the Ambassador of Kazakhstan Erlan Sultanov. Norov welcomed him.\n';
    assert.equal(whoIs(text, 'him'), 'erlan-sultanov');
  });
});
