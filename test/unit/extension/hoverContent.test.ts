import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { ADD_TO_KNOWLEDGE_BASE_COMMAND, hoverAt, REVEAL_COMMAND, SHOW_MENTIONS_COMMAND } from '../../../src/extension/hoverContent';
import { escapeMarkdown } from '../../../src/extension/markdown';
import { readSeed } from '../../fixtures/seed';

/** Every `command:` link target in a Markdown string. */
function commandLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(command:([^?)]+)/g)].map((match) => match[1] as string);
}

describe('hover cards', () => {
  const text = readSeed();
  const analysis = analyze(text);
  const at = (needle: string, delta = 1) => hoverAt(analysis, text.indexOf(needle) + delta, 'file:///seed.press');

  it('shows an official with titles, affiliation, counts, quotes and meetings', () => {
    const card = at('Vladimir Norov met');
    assert.ok(card);
    assert.match(card.markdown, /\*\*Vladimir Norov\*\*/);
    assert.match(card.markdown, /SCO Secretary\\-General/);
    assert.match(card.markdown, /Affiliation: SCO/);
    assert.match(card.markdown, /\d+ mentions in this document/);
    assert.match(card.markdown, /\*\*Quotes\*\* \(1\)/);
    assert.match(card.markdown, /\*\*Meetings\*\* \(1\)/);
    assert.match(card.markdown, /2019\\-11\\-12 meeting with Le Yucheng at Ministry of Foreign Affairs of China/);
    assert.deepEqual([...new Set(commandLinks(card.markdown))].sort(), [ADD_TO_KNOWLEDGE_BASE_COMMAND, REVEAL_COMMAND, SHOW_MENTIONS_COMMAND].sort());
    assert.equal(text.slice(card.start, card.end), 'Vladimir Norov');
  });

  it('explains a role reference', () => {
    const card = at('the Secretary-General added');
    assert.ok(card);
    assert.match(card.markdown, /\*\*Vladimir Norov\*\*/);
    assert.match(card.markdown, /refers to Vladimir Norov/);
  });

  it('says who spoke a quote and why', () => {
    const card = at('has consistently pursued', 5);
    assert.ok(card);
    assert.match(card.markdown, /\*\*Quote\*\* by \*\*Vladimir Norov\*\*/);
    assert.match(card.markdown, /Cue: “added”/);
  });

  it('adds the speaker when a name is hovered inside a quote', () => {
    const card = at('China has consistently', 1);
    assert.ok(card);
    assert.match(card.markdown, /\*\*China\*\*/);
    assert.match(card.markdown, /\*\*Quote\*\* by \*\*Vladimir Norov\*\*/);
  });

  it('shows organisations with their acronym', () => {
    const card = at('SCO Secretary-General Vladimir', 0);
    assert.ok(card);
    assert.match(card.markdown, /\*\*Shanghai Cooperation Organisation\*\*/);
    assert.match(card.markdown, /Acronym: SCO/);
  });

  it('escapes document text so a crafted release cannot add links or commands', () => {
    const crafted = [
      'Crafted',
      '',
      'On 1 May 2024, SCO Secretary-General Vladimir Norov met with Foreign Minister of China Le Yucheng.',
      '',
      '"Click [here](command:workbench.action.quit) or <img src=x onerror=alert(1)> now, *please*," Vladimir Norov said.',
    ].join('\n');
    const craftedAnalysis = analyze(crafted);
    const card = hoverAt(craftedAnalysis, crafted.indexOf('Vladimir Norov said') + 1, 'file:///crafted.press');
    assert.ok(card);
    assert.deepEqual([...new Set(commandLinks(card.markdown))].sort(), [ADD_TO_KNOWLEDGE_BASE_COMMAND, REVEAL_COMMAND, SHOW_MENTIONS_COMMAND].sort());
    assert.doesNotMatch(card.markdown, /(^|[^\\])<img/, 'no raw HTML');
    assert.doesNotMatch(card.markdown, /(^|[^\\])\[here(\\)?\]/, 'no link from the text');
    assert.match(card.markdown, /\\\[here\\\]\\\(command\\:workbench/);
  });

  it('escapes every Markdown character', () => {
    assert.equal(escapeMarkdown('[a](command:x) *b* <c>'), '\\[a\\]\\(command\\:x\\) \\*b\\* \\<c\\>');
  });
});
