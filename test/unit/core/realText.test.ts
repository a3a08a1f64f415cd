/**
 * Error classes that real releases showed and our own samples did not (see bench/real): each test
 * is a small text of ours written to the pattern, so a regression fails here in milliseconds.
 */
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';

const speakers = (text: string) => analyze(text).quotes.map((q) => [q.text.slice(0, 12), q.speakerName, q.speakerKind]);

describe('real-text patterns', () => {
  it('keeps middle initials and initials first in names', () => {
    const names = analyze('Talks\n\nGENEVA, 3 May 2024 – Foreign Minister Anna K. Lindqvist met with Ambassador M. Rahman of Bangladesh. Later Lindqvist spoke.').officials.map((o) => o.name);
    assert.deepEqual(names, ['Anna K. Lindqvist', 'M. Rahman']);
  });

  it('gives quotes of seats of government no person: they are bodies of their country', () => {
    const analysis = analyze('Talks\n\nWASHINGTON, 3 May 2024 – "We will not accept this outcome under any circumstances," the White House said. Downing Street said that the Prime Minister would travel.');
    assert.deepEqual(analysis.officials, []);
    assert.deepEqual(speakers('Talks\n\n"We will not accept this outcome under any circumstances," the White House said.'), [['We will not ', 'White House', 'organization']]);
    assert.equal(analysis.organizations.find((o) => o.id === 'white-house')?.country, 'us');
  });

  it('attributes posts on social media, and a cue ending on a colon to the quote after it', () => {
    assert.deepEqual(speakers('Post\n\nKYIV, 3 May 2024 – Foreign Minister Dmytro Kuleba wrote on X: "Ukraine will never give up its land to anyone." Josep Borrell tweeted: "The EU stands with Ukraine today and always."'), [
      ['Ukraine will', 'Dmytro Kuleba', 'official'],
      ['The EU stand', 'Josep Borrell', 'official'],
    ]);
  });

  it('goes on with a speaker through first-person quotes while nobody else is named', () => {
    const text = [
      'Talks',
      '',
      'TOKYO, 3 May 2024 – Prime Minister Fumio Kishida met President Joe Biden.',
      '',
      '"We are stronger together than ever before," Biden said.',
      '',
      'The two leaders discussed trade and security at length.',
      '',
      '"We will keep working on supply chains for years to come."',
      '',
      'Kishida thanked Biden.',
      '',
      '"Our alliance has never been closer in all its history."',
    ].join('\n');
    assert.deepEqual(speakers(text), [
      ['We are stron', 'Joe Biden', 'official'],
      ['We will keep', 'Joe Biden', 'official'],
      ['Our alliance', null, null],
    ]);
  });

  it('gives a counterpart the office of the official it is the counterpart of, and the country before it', () => {
    const wang = analyze('Talks\n\nMOSCOW, 3 May 2024 – Foreign Minister Sergey Lavrov held talks with his Chinese counterpart Wang Yi.').officials.find((o) => o.name === 'Wang Yi');
    assert.deepEqual([wang?.titles, wang?.affiliation], [['Foreign Minister'], 'China']);
  });

  it('finds the country of "Title Name of Country", of a list one country opens, and of the document', () => {
    const affiliations = (text: string) => analyze(text).officials.map((o) => [o.name, o.affiliation]);
    assert.deepEqual(affiliations('Call\n\nBERLIN, 3 May 2024 – Chancellor Olaf Scholz spoke by phone with President Emmanuel Macron of France.')[1], ['Emmanuel Macron', 'France']);
    assert.deepEqual(affiliations('Talks\n\nANKARA\nTurkish Foreign Minister Hakan Fidan met with Syrian Foreign Minister Asaad Hassan Al-Shaibani, Defense Minister Murhef Abu Kasra and Intelligence Chief Hussein Salameh.').slice(1), [
      ['Asaad Hassan Al-Shaibani', 'Syria'],
      ['Murhef Abu Kasra', 'Syria'],
      ['Hussein Salameh', 'Syria'],
    ]);
    const japan = 'Meeting\n\nMay 1, 2017\nMr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with Mr. Kairat Abdrakhmanov, Minister for Foreign Affairs of the Republic of Kazakhstan. Kishida expressed Japan’s intention to strengthen relations between Japan and Kazakhstan, and recalled the visit to Japan in 2016.';
    assert.deepEqual(affiliations(japan)[0], ['Fumio Kishida', 'Japan']);
  });

  it('gives no country where the dateline alone suggests one: datelines name venues', () => {
    const retno = analyze('Talks\n\nNEW YORK, 3 May 2024 – Foreign Minister Retno Marsudi met Foreign Minister Penny Wong on the sidelines.').officials[0];
    assert.equal(retno?.affiliation, null);
  });

  it('reads office abbreviations as titles and envoys listed by country', () => {
    const lee = analyze('Talks\n\nROME, 1 November 2021 – PM Lee met Australian PM Scott Morrison and British PM Boris Johnson.').officials.map((o) => [o.name, o.titles, o.affiliation]);
    const eam = analyze('Talks\n\nNEW YORK, 21 September 2021 – External Affairs Minister (EAM) S Jaishankar has arrived in New York for talks.').officials;
    assert.deepEqual(eam.map((o) => [o.name, o.titles]), [['S Jaishankar', ['External Affairs Minister (EAM)']]]);
    assert.deepEqual(lee.slice(1), [
      ['Scott Morrison', ['Australian PM'], 'Australia'],
      ['Boris Johnson', ['British PM'], 'United Kingdom'],
    ]);
    const envoys = analyze('Credentials\n\nLUANDA, 6 July 2023 – President João Lourenço received the credentials of the new ambassadors of Uruguay, Nester Navarro, Chile, Julio Fiol, and Australia, Tegan Brink. The Nuncio of the Holy See to Angola – Ivan Jurkovic – attended.').officials;
    assert.deepEqual(envoys.slice(1, 4).map((o) => [o.name, o.titles, o.affiliation]), [
      ['Nester Navarro', ['ambassador'], 'Uruguay'],
      ['Julio Fiol', ['ambassador'], 'Chile'],
      ['Tegan Brink', ['ambassador'], 'Australia'],
    ]);
    assert.ok(!envoys.some((o) => o.affiliation === 'Angola' && o.name === 'Ivan Jurkovic'), 'the country an envoy is sent to is not theirs');
  });

  it('splits "bilateral talks with A, B and C" into one meeting with each, and merges a ceremony told twice', () => {
    const talks = analyze('Talks\n\nSAMARKAND, 16 September 2022 – Prime Minister Narendra Modi held bilateral talks with President Vladimir Putin of Russia, President Ebrahim Raisi of Iran and President Shavkat Mirziyoyev of Uzbekistan.').meetings;
    assert.deepEqual(talks.map((m) => m.participants), [
      ['narendra-modi', 'vladimir-putin'],
      ['narendra-modi', 'ebrahim-raisi'],
      ['narendra-modi', 'shavkat-mirziyoyev'],
    ]);
    const ceremony = analyze('Credentials\n\nNEW DELHI, 2 July 2016 – Envoys of two states presented their credentials to President Pranab Mukherjee today.\nThe envoys who presented their credentials were Ambassador of France Alexandre Ziegler and Ambassador of Ethiopia Asfaw Dingamo Kame.').meetings;
    assert.deepEqual(ceremony.map((m) => [m.date, [...m.participants].sort()]), [['2016-07-02', ['alexandre-ziegler', 'asfaw-dingamo-kame', 'pranab-mukherjee']]]);
  });

  it('dates a same-day report\'s own meeting by its dateline, and never reads initials alone as a name', () => {
    const analysis = analyze('Readout\n\nNEW YORK, 25 September 2018 – The Secretary-General met with H.E. Mr. Workineh Gebeyehu, Minister for Foreign Affairs of Ethiopia.');
    assert.deepEqual(analysis.officials.map((o) => o.name), ['Workineh Gebeyehu']);
    assert.deepEqual(analysis.meetings.map((m) => m.date), ['2018-09-25']);
  });

  it('names nobody for words two people said together, and goes on with no speaker from a quoted phrase', () => {
    assert.deepEqual(speakers('Talks\n\nNEW YORK, 26 September 2013 – Foreign Minister Mohammad Javad Zarif met Secretary of State John Kerry. He and Kerry had stressed "the need to continue these discussions at every level."'), [['the need to ', null, null]]);
    const text = [
      'Talks',
      '',
      'ANTALYA, 14 May 2025 – Foreign Minister Andrii Sybiha met Secretary of State Marco Rubio. President Donald Trump called the talks "strong and consistent" in a post.',
      '',
      '"We are ready to advance our cooperation in a constructive manner."',
    ].join('\n');
    // The phrase is Trump's; the paragraph after it, in the first person, is not said to be.
    assert.deepEqual(speakers(text), [
      ['strong and c', 'Donald Trump', 'official'],
      ['We are ready', null, null],
    ]);
  });

  it('takes a person a country\'s possessive names in a sentence about a meeting for that country\'s official', () => {
    const analysis = analyze("Talks\n\nTHIMPHU, 6 February 2011 – India's Nirupama Rao and Pakistan's Salman Bashir met in the capital. Russia's Gazprom Neft is a company.");
    assert.deepEqual(analysis.officials.map((o) => [o.name, o.affiliation]), [
      ['Nirupama Rao', 'India'],
      ['Salman Bashir', 'Pakistan'],
    ]);
    assert.deepEqual(analysis.meetings.map((m) => m.participants), [['nirupama-rao', 'salman-bashir']]);
  });
});
