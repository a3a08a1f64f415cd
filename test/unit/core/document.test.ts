import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

const datelineOf = (text: string) => {
  const d = analyze(text).document.dateline;
  return d && { place: d.place, date: d.date, text: text.slice(d.start, d.end) };
};

describe('datelines', () => {
  it('reads the classic dateline after the headline', () => {
    assert.deepEqual(datelineOf('Ministers meet\n\nMOSCOW, December 2, 2016 – Foreign Minister Sergey Lavrov met John Kerry.'), {
      place: 'Moscow',
      date: '2016-12-02',
      text: 'MOSCOW, December 2, 2016',
    });
  });

  it('finds a place in capitals below a subtitle, alone on its line or before a byline, and a date line at the top', () => {
    assert.deepEqual(datelineOf('Ministers meet\nThey discuss ties, says ministry\n\nANKARA\nTurkish Foreign Minister Hakan Fidan met his counterpart.'), { place: 'Ankara', date: null, text: 'ANKARA' });
    assert.deepEqual(datelineOf(' date 2024-03-22 FM meets UK ministers\n\nLONDON (A Reporter) – Foreign Minister Ishaq Dar met two ministers on Friday.'), {
      place: 'London',
      date: '2024-03-22',
      text: 'LONDON',
    });
    assert.deepEqual(datelineOf('Summit planned\n\n21.09.2023 | 22:01 |\nJapan and Kazakhstan agreed to hold a summit.'), { place: null, date: '2023-09-21', text: '21.09.2023' });
  });

  it('takes the place before an agency and the date inside its brackets', () => {
    assert.deepEqual(datelineOf('Call\n\nRIYADH, (Agency / WAM - 02nd Apr, 2020) The minister received a phone call.')?.date, '2020-04-02');
    assert.equal(datelineOf('Talks\n\nASTANA. KAZINFORM – The Foreign Minister met his counterpart.')?.place, 'Astana');
    assert.equal(datelineOf('Talks\n\nST. PETERSBURG – The Foreign Minister met his counterpart.')?.place, 'St. Petersburg');
  });

  it('does not take a line of capitals that is no place and stands alone for a dateline', () => {
    assert.equal(datelineOf('Ministers meet\n\nJOINT STATEMENT\nThe two ministers met in Rome.'), null);
  });

  it('dates a same-day meeting by a date line found at the top', () => {
    const meetings = analyze(' date 2024-03-22 FM meets UK minister\n\nLONDON (A Reporter) – Foreign Minister Ishaq Dar met UK Minister of State Andrew Mitchell in London today.').meetings;
    assert.deepEqual(meetings.map((m) => m.date), ['2024-03-22']);
  });

  it('prefers a dateline with a place to a site\'s own date above it, and reads a date in figures', () => {
    const analysis = analyze('Fri. Jun 2nd, 2023\n\nBrussels, 19/06/2021\n\nOn 18 June, High Representative Josep Borrell met President Vjosa Osmani of Kosovo.');
    assert.deepEqual([analysis.document.dateline?.place, analysis.document.dateline?.date], ['Brussels', '2021-06-19']);
    assert.deepEqual(analysis.meetings.map((m) => m.date), ['2021-06-18']);
  });
});
