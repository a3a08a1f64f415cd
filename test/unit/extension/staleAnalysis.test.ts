import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { hoverAt } from '../../../src/extension/hoverContent';
import { moveOffset, offsetBefore, textChange, touchesChange } from '../../../src/extension/staleAnalysis';
import { readSeed } from '../../fixtures/seed';

describe('answering from the last analysis after an edit', () => {
  it('finds the one region in which two texts differ', () => {
    assert.deepEqual(textChange('abcdef', 'abcdef'), { start: 6, oldEnd: 6, newEnd: 6 });
    assert.deepEqual(textChange('abcdef', 'abXYcdef'), { start: 2, oldEnd: 2, newEnd: 4 });
    assert.deepEqual(textChange('abcdef', 'abef'), { start: 2, oldEnd: 4, newEnd: 2 });
    assert.deepEqual(textChange('abcdef', 'abZZZf'), { start: 2, oldEnd: 5, newEnd: 5 });
    // Repeated letters: the prefix is taken first, and the suffix never overlaps it.
    assert.deepEqual(textChange('aaaa', 'aaaaaa'), { start: 4, oldEnd: 4, newEnd: 6 });
  });

  it('describes every edit exactly: the texts agree outside the region', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.nat(), fc.nat(), fc.string({ maxLength: 10 }), (before, a, b, inserted) => {
        const from = Math.min(a, b) % (before.length + 1);
        const to = Math.min(before.length, from + (Math.max(a, b) % 8));
        const after = before.slice(0, from) + inserted + before.slice(to);
        const change = textChange(before, after);
        assert.equal(before.slice(0, change.start) + after.slice(change.start, change.newEnd) + before.slice(change.oldEnd), after);
        assert.ok(change.start <= change.oldEnd && change.start <= change.newEnd);
      }),
      { numRuns: 2000 },
    );
  });

  it('moves offsets across the change both ways, and has no old place for text that changed', () => {
    const change = { start: 10, oldEnd: 15, newEnd: 12 };
    assert.equal(moveOffset(change, 4), 4);
    assert.equal(moveOffset(change, 12), 10);
    assert.equal(moveOffset(change, 20), 17);
    assert.equal(offsetBefore(change, 4), 4);
    assert.equal(offsetBefore(change, 17), 20);
    assert.equal(offsetBefore(change, 11), undefined);
    assert.equal(offsetBefore(change, 12), undefined, 'right after the change is too close to say');
    assert.ok(touchesChange(change, 8, 11));
    assert.ok(!touchesChange(change, 13, 16));
  });

  describe('on the seed, with a word changed in the middle', () => {
    const before = readSeed();
    const at = before.indexOf('plays an important role');
    const after = `${before.slice(0, at)}plays a most significant role${before.slice(at + 'plays an important role'.length)}`;
    const change = textChange(before, after);
    const old = analyze(before);
    const fresh = analyze(after);
    const uri = 'file:///seed.press';
    const staleCard = (offset: number) => {
      const was = offsetBefore(change, offset);
      return was === undefined ? undefined : hoverAt(old, was, uri, undefined, (o) => moveOffset(change, o));
    };

    it('gives the same cards as a fresh analysis away from the edit, range and links included', () => {
      let compared = 0;
      for (const needle of ['Vladimir Norov met', 'Le Yucheng at', 'the Vice Minister', 'Uzbekistan undertook', 'SCO Secretariat', 'Chinese diplomacy', 'He specifically']) {
        const offset = after.indexOf(needle) + 1;
        const card = staleCard(offset);
        assert.ok(card, needle);
        assert.deepEqual(card, hoverAt(fresh, offset, uri), needle);
        compared++;
      }
      // Every mention after the edit, card for card.
      for (const official of fresh.officials) {
        for (const mention of official.mentions) {
          if (mention.start <= change.newEnd) continue;
          assert.deepEqual(staleCard(mention.start), hoverAt(fresh, mention.start, uri), mention.text);
          compared++;
        }
      }
      assert.ok(compared >= 12, `${compared} cards compared`);
    });

    it('has no card to give inside the changed words', () => {
      assert.equal(staleCard(after.indexOf('most significant') + 3), undefined);
    });
  });
});
