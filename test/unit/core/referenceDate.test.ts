import * as assert from 'node:assert/strict';
import { referenceDateFromFileName } from '../../../src/core/referenceDate';

describe('reference date from a file name', () => {
  it('reads the day a release file is named after', () => {
    assert.equal(referenceDateFromFileName('/corpus/sco-secretary-general-meets-le-yucheng-2019-11-12.txt'), '2019-11-12');
    assert.equal(referenceDateFromFileName('C:\\corpus\\2024-02-29 readout.press'), '2024-02-29');
  });

  it('takes only a day that exists', () => {
    assert.equal(referenceDateFromFileName('report-2024-00-10.press'), undefined);
    assert.equal(referenceDateFromFileName('report-2023-02-29.press'), undefined);
    assert.equal(referenceDateFromFileName('batch-9999-99-99-then-2024-06-11.press'), '2024-06-11');
    assert.equal(referenceDateFromFileName('12024-06-11.press'), '2024-06-11');
  });

  it('reads the name, not the folders', () => {
    assert.equal(referenceDateFromFileName('/archive/2019-11-12/readout.press'), undefined);
  });
});
