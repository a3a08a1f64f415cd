import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizeForAnalysis } from '../../../src/core/text';
import { tokenize, tokenizeForAnalysis, type Token } from '../../../src/core/tokens';
import { classifyForm } from '../../../src/core/wordClass';
import { readSeed, SAMPLES_DIR } from '../../fixtures/seed';

function samples(): string[] {
  return fs
    .readdirSync(SAMPLES_DIR)
    .filter((file) => /\.(press|readout)$/.test(file))
    .map((file) => fs.readFileSync(path.join(SAMPLES_DIR, file), 'utf8'));
}

const summary = (tokens: Token[]) => tokens.map((t) => [t.type, t.start, t.end, t.text, t.lower, t.cap, t.allCaps, t.flags]);

describe('tokens', () => {
  it('keeps every word-class set a small integer (bits 0 to 29)', () => {
    // A flags value of 2^30 or more is not a small integer for the engine that runs the
    // extension, and every token's flags field would become a boxed number.
    const texts = [...samples(), readSeed(), 'On 12 November 2019, the 3rd, Monday, today; 2024 Jan. Sept. 1,000.5 12th'];
    let words = 0;
    for (const text of texts) {
      for (const token of tokenizeForAnalysis(text, classifyForm).tokens) {
        assert.ok(Number.isInteger(token.flags) && token.flags >= 0 && token.flags < 2 ** 30, `${token.text}: ${token.flags}`);
        if (token.flags !== 0) words++;
      }
    }
    assert.ok(words > 1000, `${words} tokens with word classes`);
  });

  it('gives each token its slice of the normalised text, on first sight of its words and after', () => {
    // A word never seen before, joined to "Japan": its form is made in this scan.
    const unique = `Zk${Date.now().toString(36)}`;
    const text = `The ${unique}-Japan forum met\u00a0in Tokyo.\n\n${readSeed()}`;
    const first = tokenizeForAnalysis(text, classifyForm);
    const again = tokenizeForAnalysis(text, classifyForm);
    assert.deepEqual(summary(first.tokens), summary(again.tokens));
    const compound = first.tokens.find((token) => token.text === `${unique}-Japan`);
    assert.ok(compound, 'the compound is one token');
    for (const token of first.tokens) assert.equal(token.text, first.normalized.slice(token.start, token.end).replace(/\n[\s\S]*/, '\n'));
  });

  it('keeps its own code units while a classifier tokenises a longer text', () => {
    // Every word here is new, so the classifier runs for each, in the middle of the scan, and
    // tokenises a text longer than this one: were it scanned in the same buffer, the rest of
    // this text would be read from the other.
    const stamp = Date.now().toString(36);
    const words = Array.from({ length: 40 }, (_, n) => `Qv${stamp}w${n}`);
    const other = Array.from({ length: 400 }, (_, n) => `other${n}`).join(' ');
    const text = words.join(' ');
    const classify = () => {
      tokenize(other);
      return 0;
    };
    assert.deepEqual(
      tokenize(text, classify).map((token) => token.text),
      words,
    );
  });

  it('normalises a tab before a word whose classification tokenises too', () => {
    const text = `The\tforum of Zt${Date.now().toString(36)}-China met in Beijing.`;
    assert.equal(tokenizeForAnalysis(text, classifyForm).normalized, normalizeForAnalysis(text));
  });

  it('gives the normalised text, whatever the text holds', () => {
    for (const text of ['\ufeffSCO\u00a0Secretary-General\u2019s visit', 'a lone \ud800 half\u00a0pair \udc00', 'Wang\u00a0Yi 王毅\u2019s talks', 'nothing to fold', '\ttab\u2011hyphen\u00adsoft']) {
      assert.equal(tokenizeForAnalysis(text).normalized, normalizeForAnalysis(text), JSON.stringify(text));
    }
  });

  it('tokenises a text with and without characters to fold alike, at the same offsets', () => {
    const plain = tokenize('H.E. Mr Le Yucheng\'s talks in the U.S. on 2 November 2019. "Yes," he said.');
    const folded = tokenizeForAnalysis('H.E.\u00a0Mr Le\u2009Yucheng\u2019s talks in the U.S. on 2\u00a0November 2019. "Yes," he said.').tokens;
    assert.deepEqual(
      folded.map((t) => [t.type, t.start, t.end, t.text]),
      plain.map((t) => [t.type, t.start, t.end, t.text]),
    );
  });
});
