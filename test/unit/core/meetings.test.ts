import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { Meeting } from '../../../src/core/model';

/** The meetings of a short release, as `date|participants` keys in text order. */
function keys(text: string): string[] {
  return analyze(text).meetings.map(key);
}

function key(m: Meeting): string {
  return `${m.date ?? 'undated'}|${[...m.participants].sort().join(',')}`;
}

function find(text: string, predicate: (m: Meeting) => boolean): Meeting {
  const meetings = analyze(text).meetings;
  const found = meetings.find(predicate);
  assert.ok(found, `meetings: ${JSON.stringify(meetings.map((m) => [m.date, m.kind, m.participants, m.evidence]))}`);
  return found;
}

describe('meetings', () => {
  it('adds people named in follow-up sentences to the meeting just told', () => {
    const text = [
      'ASTANA, 14 March 2024 – Minister of Foreign Affairs of Kazakhstan Daulet Sarsenbayev held talks with a delegation of Oman at the Ministry of Foreign Affairs.',
      '',
      'The Omani delegation was headed by Deputy Foreign Minister Khalid Al-Harthy. Deputy Minister of Foreign Affairs of Kazakhstan Roman Vassilenko also took part in the talks.',
    ].join('\n');
    assert.deepEqual(keys(text), ['2024-03-14|daulet-sarsenbayev,khalid-al-harthy,roman-vassilenko']);
  });

  it('reads "the two ministers" as the people of the current meeting', () => {
    const text = [
      'BEIJING, March 4 (Agency) -- Kazakh Foreign Minister Daulet Sarsenbayev will pay an official visit to China from March 6 to 8 at the invitation of Chinese Foreign Minister Qiao Wenxuan.',
      '',
      'She recalled that the two ministers had held a phone call last month.',
    ].join('\n');
    const call = analyze(text, { referenceDate: '2024-03-04' }).meetings.find((m) => m.kind === 'call');
    assert.ok(call);
    assert.equal(call.date, '2024-02');
    assert.deepEqual([...call.participants].sort(), ['daulet-sarsenbayev', 'qiao-wenxuan']);
    assert.equal(call.reported, true);
  });

  it('dates planned events by month or year, with no participants when only an arrangement is told', () => {
    const text = [
      'Tashkent, 22 January 2024',
      '',
      'On 22 January 2024, Minister of Foreign Affairs of Uzbekistan Akmal Tursunkhodjaev held a telephone conversation with Minister of Foreign Affairs of the Kyrgyz Republic Nurbek Osmonaliev.',
      '',
      'The Uzbek Foreign Minister informed his counterpart about preparations for the Tashkent International Investment Forum, to be held in May.',
      'The ministers agreed to hold the next meeting of the Intergovernmental Commission in Bishkek in the first half of 2024.',
    ].join('\n');
    const { meetings: withPeople, events: meetings } = analyze(text);
    assert.equal(withPeople.length, 1, 'events with nobody named are not meetings');
    const forum = meetings.find((m) => m.kind === 'conference');
    assert.equal(forum?.date, '2024-05', 'a month without a year in a plan is the coming one');
    assert.equal(forum?.reported, true);
    const commission = meetings.find((m) => m.place === 'Bishkek');
    assert.equal(commission?.date, '2024');
    assert.deepEqual(commission?.participants, []);
    assert.equal(commission?.reported, true);
  });

  it('gives "On the same day" and undated follow-up meetings the date of the meeting just told', () => {
    const text = [
      'DUSHANBE, 24 August 2023 – On 24 August, CSTO Secretary General Kanat Zhumabekov met with Minister of Defence of Tajikistan Davlatmand Nazarzoda.',
      '',
      'On the same day, the Secretary General also met with the Minister of Foreign Affairs of Tajikistan, Shohruh Davlatzoda.',
      '',
      'He also met Chairman of the State Committee Rustam Nazarov.',
    ].join('\n');
    assert.deepEqual(keys(text), [
      '2023-08-24|davlatmand-nazarzoda,kanat-zhumabekov',
      '2023-08-24|kanat-zhumabekov,shohruh-davlatzoda',
      '2023-08-24|kanat-zhumabekov,rustam-nazarov',
    ]);
  });

  it('tells a visit in a "who" clause apart from the meeting of the sentence, and finds its destination', () => {
    const text = 'DUSHANBE, 24 August 2023 – On 24 August 2023, Secretary General of the CSTO Kanat Zhumabekov, who is on a working visit to Dushanbe on 24–25 August, met with Minister of Defence of Tajikistan Davlatmand Nazarzoda.';
    const meetings = analyze(text).meetings;
    const visit = meetings.find((m) => m.kind === 'visit');
    assert.equal(visit?.place, 'Dushanbe');
    assert.equal(visit?.endDate, '2023-08-25');
    assert.deepEqual(visit?.participants, ['kanat-zhumabekov']);
    assert.equal(visit?.cameo, '042');
    const meeting = meetings.find((m) => m.kind === 'meeting');
    assert.deepEqual([...(meeting?.participants ?? [])].sort(), ['davlatmand-nazarzoda', 'kanat-zhumabekov']);
  });

  it('includes the visitor in meetings held "within the framework of the visit"', () => {
    const text = [
      'Deputy Foreign Minister Ambassador Ayşe Gülçin Tekin paid a working visit to Baku, Azerbaijan from May 17 to 19, 2023.',
      '',
      'Within the framework of the visit, political consultations between the Ministries of Foreign Affairs of Türkiye and Azerbaijan were held in Baku on May 18. The Azerbaijani delegation was headed by Deputy Minister Elnur Mammadli.',
    ].join('\n');
    assert.deepEqual(keys(text), ['2023-05-17|ayse-gulcin-tekin', '2023-05-18|ayse-gulcin-tekin,elnur-mammadli']);
  });

  it('dates a visit "concluded" after some days from its last day', () => {
    const text = 'VIENNA, 9 June 2023 – OSCE Secretary General Beatrix Vogelsang-Moreau on Friday concluded a four-day visit to Kazakhstan, her first trip to the region since taking office.';
    const meetings = analyze(text).meetings;
    assert.equal(meetings.length, 1, 'the apposition "her first trip" restates the visit');
    assert.equal(meetings[0]?.date, '2023-06-06');
    assert.equal(meetings[0]?.endDate, '2023-06-09');
  });

  it('codes meetings on the sidelines as 044 and counts their people in the event they flank', () => {
    const text = [
      'NIZHNY NOVGOROD, June 11. /Wire/. The meeting of BRICS ministers of foreign affairs, which opened in Nizhny Novgorod on Monday, concluded on Tuesday, Russia\'s Foreign Minister Konstantin Voronov told reporters.',
      '',
      'On Monday, on the sidelines of the meeting, Voronov held bilateral talks with Iran\'s Acting Foreign Minister Hamid-Reza Sadeghpour.',
      '',
      'On Tuesday, Voronov also met with Brazil\'s Foreign Minister Ana Carvalho.',
    ].join('\n');
    const meetings = analyze(`${text}\n`, { referenceDate: '2024-06-11' }).meetings;
    const main = meetings[0] as Meeting;
    assert.equal(main.date, '2024-06-10');
    assert.equal(main.endDate, '2024-06-11');
    assert.deepEqual([...main.participants].sort(), ['ana-carvalho', 'hamid-reza-sadeghpour', 'konstantin-voronov']);
    const bilateral = meetings.filter((m) => m !== main);
    assert.deepEqual(bilateral.map((m) => m.cameo), ['044', '044']);
    assert.deepEqual(bilateral.map(key), ['2024-06-10|hamid-reza-sadeghpour,konstantin-voronov', '2024-06-11|ana-carvalho,konstantin-voronov']);
  });

  it('codes telephone calls 041 and courtesy calls as meetings in person', () => {
    const call = find(
      'VALLETTA, 14 February 2024 – Minister for Foreign Affairs of Malta Elena Borg Camilleri held a telephone conversation today with the Minister of Foreign Affairs of Moldova, Andrei Lupașcu.',
      (m) => m.kind === 'call',
    );
    assert.equal(call.cameo, '041');
    assert.equal(call.date, '2024-02-14');
    assert.equal(call.place, null, 'a call has no place of its own');
    const courtesy = find(
      'Seoul, October 11, 2023\n\nOn October 11, First Vice Minister of Foreign Affairs of Kazakhstan Talgat Nurmagambetov paid a courtesy call on Minister of Foreign Affairs Seo Jae-won at the Ministry of Foreign Affairs.',
      (m) => m.participants.includes('seo-jae-won'),
    );
    assert.equal(courtesy.kind, 'meeting');
    assert.equal(courtesy.cameo, '040');
  });

  it('keeps several events of one sentence apart, each with its own date and place', () => {
    const text = [
      'Minsk, 5 December 2023',
      '',
      'On 5 December, Chairman of the CIS Executive Committee Viktor Golubev received Ambassador of Azerbaijan Ramil Huseynli.',
      '',
      'The parties discussed the results of the meeting of the Council of CIS Heads of State held in Bishkek on 13 October, as well as preparations for the meeting of the Council of CIS Heads of Government to be held in Ashgabat in May 2024.',
    ].join('\n');
    const reported = analyze(text).events.filter((m) => m.reported);
    assert.deepEqual(reported.map((m) => [m.date, m.place, m.participants.length]), [['2023-10-13', 'Bishkek', 0], ['2024-05', 'Ashgabat', 0]]);
  });

  it('leaves out proposals, vague mentions and people who only announce an event', () => {
    const text = [
      'ASTANA, 14 September 2023 – Deputy Minister of Foreign Affairs of Kazakhstan Yerlan Zhaksylykov received Ambassador of Mexico Carlos Ramírez Ochoa.',
      '',
      'The Mexican envoy suggested holding the next round of political consultations in Mexico City. He said Mexico was ready to host a meeting of the working group.',
      '',
      'Foreign Ministry spokesperson Aibek Smadiyarov announced that Deputy Minister Zhaksylykov would visit Mexico City in November.',
    ].join('\n');
    assert.deepEqual(keys(text), ['2023-09-14|carlos-ramirez-ochoa,yerlan-zhaksylykov', '2023-11|yerlan-zhaksylykov']);
  });

  it('takes no anchor from a reference date that is no day, and neither throws nor writes such a date', () => {
    const dates = (text: string, referenceDate?: string) => analyze(text, referenceDate ? { referenceDate } : {}).meetings.map((m) => [m.kind, m.date, m.endDate]);
    const visit = 'Today, Foreign Minister Wang Yi began a three-day official visit to France, where he met with President Emmanuel Macron.\n';
    assert.deepEqual(dates(visit, '2024-00-10'), [['visit', null, null], ['meeting', null, null]]);
    assert.deepEqual(dates(visit, '2024-06-11'), [['visit', '2024-06-11', '2024-06-13'], ['meeting', '2024-06', null]]);
    const ended = 'Foreign Minister Wang Yi today concluded his three-day official visit to France, where he met with President Emmanuel Macron.\n';
    assert.deepEqual(dates(ended, '2024-13-40'), dates(ended));
    const eve = 'Minister of Foreign Affairs Wang Yi met Sergey Lavrov today. On the eve of the meeting, Wang Yi held talks with Lavrov.\n';
    assert.deepEqual(dates(eve, '2024-02-30'), [['meeting', null, null], ['talks', null, null]]);
    assert.deepEqual(dates(eve, '2024-02-29'), [['meeting', '2024-02-29', null], ['talks', '2024-02-28', null]]);
  });
});
