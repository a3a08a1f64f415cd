import * as assert from 'node:assert/strict';
import { bratBaseName, bratType, exportBrat, lineFragments } from '../../../../src/annotations/export/brat';
import { astralInput, CODEBOOK, seedInput, source } from './fixtures';

/** Text-bound annotations of an .ann file: id → type, fragments (code points) and text. */
function entities(ann: string): Map<string, { type: string; fragments: Array<[number, number]>; text: string }> {
  const result = new Map<string, { type: string; fragments: Array<[number, number]>; text: string }>();
  for (const line of ann.split('\n')) {
    const match = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/.exec(line);
    if (!match) continue;
    const fragments = match[3]!.split(';').map((f) => f.split(' ').map(Number) as [number, number]);
    result.set(match[1]!, { type: match[2]!, fragments, text: match[4]! });
  }
  return result;
}

describe('export: brat standoff', () => {
  it('names files after the document path and keeps the text as is', () => {
    assert.equal(bratBaseName('releases/sco-2019-11-12.press'), 'releases__sco-2019-11-12');
    assert.equal(bratBaseName('notes/astral.readout'), 'notes__astral');
    const input = seedInput();
    const { files, skipped } = exportBrat(input);
    assert.equal(skipped, 1, 'the orphan is left out');
    assert.deepEqual([...files.keys()], ['annotation.conf', 'visual.conf', 'releases__sco-2019-11-12.txt', 'releases__sco-2019-11-12.ann']);
    assert.equal(files.get('releases__sco-2019-11-12.txt'), input.sources[0]!.text);
  });

  it('keeps two documents that would share a name apart', () => {
    const text = 'A note.\n';
    const input = { ...seedInput(), sources: [source('a/b.press', text, () => []), source('a/b.readout', text, () => [])] };
    const names = [...exportBrat(input).files.keys()].filter((name) => name.endsWith('.txt'));
    assert.deepEqual(names, ['a__b.txt', 'a__b_readout.txt']);
  });

  it('turns code ids into brat type names', () => {
    assert.equal(bratType('cooperation.security'), 'cooperation_security');
    assert.equal(bratType('praise'), 'praise');
    assert.equal(bratType('9-lives'), 'code_9-lives');
  });

  it('writes one entity per code, notes as AnnotatorNotes, and offsets that slice the text', () => {
    const input = seedInput();
    const text = input.sources[0]!.text;
    const ann = exportBrat(input).files.get('releases__sco-2019-11-12.ann')!;
    const all = [...entities(ann).entries()];
    const codes = all.filter(([, e]) => e.type !== 'Official' && e.type !== 'Quote');
    assert.deepEqual(
      codes.map(([, e]) => e.type),
      ['cooperation', 'cooperation_security', 'cooperation_economic', 'praise'],
    );
    for (const [, e] of all) {
      assert.equal(e.fragments.map(([s, t]) => text.slice(s, t)).join(' '), e.text, 'no astral characters: code points are UTF-16 units');
    }
    const praise = codes.find(([, e]) => e.type === 'praise')![0];
    assert.ok(ann.includes(`\tAnnotatorNotes ${praise}\t=HYPERLINK("x") <b>&"\n`));
  });

  it('adds officials, quotes and who said them', () => {
    const ann = exportBrat(seedInput()).files.get('releases__sco-2019-11-12.ann')!;
    const all = entities(ann);
    const officials = [...all.values()].filter((e) => e.type === 'Official');
    const quotes = [...all.entries()].filter(([, e]) => e.type === 'Quote');
    assert.equal(officials.length, 13);
    assert.equal(quotes.length, 3);
    const relations = [...ann.matchAll(/^R\d+\tSpeaker Arg1:(T\d+) Arg2:(T\d+)$/gm)];
    assert.equal(relations.length, 3);
    for (const [, quote, official] of relations) {
      assert.equal(all.get(quote!)!.type, 'Quote');
      assert.equal(all.get(official!)!.type, 'Official');
    }
    assert.match(ann, /AnnotatorNotes T\d+\tLe Yucheng\n/);
  });

  it('counts code points and splits passages at line breaks', () => {
    const input = astralInput();
    const text = input.sources[0]!.text;
    const points = Array.from(text);
    const ann = exportBrat(input).files.get('notes__astral.ann')!;
    const all = [...entities(ann).values()];
    const praise = all.find((e) => e.type === 'praise')!;
    const utf16 = text.indexOf('praised the outcome');
    assert.deepEqual(praise.fragments, [[utf16 - 2, utf16 - 2 + 19]]);
    for (const e of all) assert.equal(e.fragments.map(([s, t]) => points.slice(s, t).join('')).join(' '), e.text);
    const security = all.find((e) => e.type === 'cooperation_security')!;
    assert.equal(security.fragments.length, 2);
    assert.equal(security.text, 'agreed to cooperate');
    assert.ok(all.some((e) => e.type === 'retired-code'));
    assert.match(ann, /AnnotatorNotes T\d+\ttwo lines\n/);
  });

  it('lists the codes as a hierarchy in annotation.conf and their names and colours in visual.conf', () => {
    const { files } = exportBrat({ ...seedInput(), codebook: CODEBOOK });
    const conf = files.get('annotation.conf')!;
    assert.match(conf, /\[entities\]\npraise\ncooperation\n\tcooperation_economic\n\tcooperation_security\nOfficial\nQuote\n\[relations\]\nSpeaker\tArg1:Quote, Arg2:Official\n/);
    const visual = files.get('visual.conf')!;
    assert.match(visual, /^cooperation_economic \| Economic & trade$/m);
    assert.match(visual, /^praise\tbgColor:#2ca02c$/m);
  });

  it('splits a range into line fragments', () => {
    assert.deepEqual(lineFragments('ab\ncd\r\nef', 0, 9), [[0, 2], [3, 5], [7, 9]]);
    assert.deepEqual(lineFragments('ab\n\ncd', 2, 4), []);
  });
});
