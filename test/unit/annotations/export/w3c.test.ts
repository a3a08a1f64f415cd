import * as assert from 'node:assert/strict';
import { exportW3c, type W3cCollection } from '../../../../src/annotations/export/w3c';
import { seedInput } from './fixtures';

describe('export: W3C Web Annotation collection', () => {
  const input = seedInput();
  const collection = JSON.parse(exportW3c(input)) as W3cCollection;

  it('is an AnnotationCollection with the standard context first and one page of items', () => {
    assert.equal(collection['@context'][0], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.label, 'SCO readouts');
    assert.equal(collection.total, 4);
    assert.equal(collection.generated, input.now);
    assert.equal(collection.first.type, 'AnnotationPage');
    assert.equal(collection.first.items.length, 4);
  });

  it('shapes each item like the sidecar: id, dates, creator, tagging bodies with names, selectors', () => {
    const item = collection.first.items.find((i) => i.body.some((b) => b.value === 'cooperation.security'))!;
    const source = input.sources[0]!.annotations.find((a) => a.id === item.id)!;
    assert.equal(item.type, 'Annotation');
    assert.equal(item.motivation, 'tagging');
    assert.deepEqual(item.creator, { type: 'Person', name: 'Analyst' });
    assert.equal(item.created, source.created);
    assert.deepEqual(item.body, [
      { type: 'TextualBody', purpose: 'tagging', value: 'cooperation', label: 'Cooperation' },
      { type: 'TextualBody', purpose: 'tagging', value: 'cooperation.security', label: 'Security' },
    ]);
    assert.equal(item.target.source, 'releases/sco-2019-11-12.press');
    assert.deepEqual(item.target.selector, [source.quote, source.position]);
    assert.equal(item.orphaned, undefined);
  });

  it('adds the note as a commenting body and marks orphans', () => {
    const noted = collection.first.items.find((i) => i.body.some((b) => b.purpose === 'commenting'))!;
    assert.deepEqual(noted.body[1], { type: 'TextualBody', purpose: 'commenting', value: '=HYPERLINK("x") <b>&"', format: 'text/plain' });
    const orphans = collection.first.items.filter((i) => i.orphaned);
    assert.equal(orphans.length, 1);
    assert.equal(orphans[0]!.target.selector[0].exact, 'a passage that was deleted');
  });
});
