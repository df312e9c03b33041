// V-CASE-2 date dependencies (lifecycle.ts DEPENDS_ON): each event's date may not precede the date
// of the event it follows. One row per entry and stage: dated the day before its dependency the
// event is refused with V-CASE-2 on `date`, naming that dependency (event, label, date) and no other;
// dated the same day it passes that check. Messages are read only for the names and dates they carry.
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/case.js';
import { CASE_STATUS, type CaseStatus, enumKeys } from '../../src/domain/enums.js';
import { prevDate } from '../../src/domain/dates.js';
import type { XfError } from '../../src/domain/errors.js';
import { setLang } from '../../src/domain/i18n.js';
import { DEPENDS_ON, EVENTS } from '../../src/domain/lifecycle.js';
import { ANSWER, record, refusal, step, type Step, TO_ANSWER_SERVED, TO_REVIEW_SERVED, walk } from './fixture.js';

const EXT = { extension_days: 30, extension_reason: '需调查', approved_by: '局长' };
const CURED: Step[] = [
  ['request_materials', '2026-01-07', { missing_items: ['x'] }],
  ['materials_cured', '2026-01-09'],
];
const ACCEPTED: Step[] = [['accept', '2026-01-08']];
const HEARD: Step[] = [...ACCEPTED, ['hearing', '2026-01-20'], ['hearing_end', '2026-01-28']];
const TWICE_HEARD: Step[] = [...ACCEPTED, ['hearing', '2026-01-20'], ['hearing_end', '2026-01-22'], ['hearing', '2026-01-24'], ['hearing_end', '2026-01-28']];
const REVIEW_RECEIVED: Step[] = [...TO_ANSWER_SERVED, TO_REVIEW_SERVED[4]!]; // received 2026-02-10
const REVIEW_IN_PROGRESS: Step[] = TO_REVIEW_SERVED.slice(0, 6); // accepted 2026-02-11
const REREVIEW_RECEIVED: Step[] = [...TO_REVIEW_SERVED, ['request_rereview', '2026-03-05']];
const REREVIEW_IN_PROGRESS: Step[] = [...REREVIEW_RECEIVED, ['accept', '2026-03-06']];
const TRANSFERRED = { transfer_from_org: '某市信访局', org_received_date: '2026-01-08' };
const OBJECTED: Step[] = [['object', '2026-01-09', { reasons: 'x' }]];

interface Row {
  name: string;
  steps: Step[];
  file?: Parameters<typeof record>[0];
  event: string;
  details?: Record<string, unknown>;
  dep: string;
  date: string;
}

const ROWS: Row[] = [
  { name: 'request_materials in a review: its application', steps: REVIEW_RECEIVED, event: 'request_materials', details: { missing_items: ['x'] }, dep: 'request_review', date: '2026-02-10' },
  { name: 'request_materials in a re-review: its application', steps: REREVIEW_RECEIVED, event: 'request_materials', details: { missing_items: ['x'] }, dep: 'request_rereview', date: '2026-03-05' },
  { name: 'materials_cured: the notice', steps: [['request_materials', '2026-01-07', { missing_items: ['x'] }]], event: 'materials_cured', dep: 'request_materials', date: '2026-01-07' },
  {
    name: "materials_cured in a review: the review's notice",
    steps: [...REVIEW_RECEIVED, ['request_materials', '2026-02-12', { missing_items: ['x'] }]],
    event: 'materials_cured',
    dep: 'request_materials',
    date: '2026-02-12',
  },
  {
    name: "materials_cured in a re-review: the re-review's notice",
    steps: [...REREVIEW_RECEIVED, ['request_materials', '2026-03-09', { missing_items: ['x'] }]],
    event: 'materials_cured',
    dep: 'request_materials',
    date: '2026-03-09',
  },
  { name: 'transfer: the completed materials', steps: CURED, event: 'transfer', details: { target_org: '某区住建局', kind: 'assign' }, dep: 'materials_cured', date: '2026-01-09' },
  { name: 'object: this organ’s receipt of the transferred matter', steps: [], file: TRANSFERRED, event: 'object', details: { reasons: 'x' }, dep: 'register', date: '2026-01-08' },
  { name: 'objection_accepted: the objection', steps: OBJECTED, file: TRANSFERRED, event: 'objection_accepted', dep: 'object', date: '2026-01-09' },
  { name: 'objection_rejected: the objection', steps: OBJECTED, file: TRANSFERRED, event: 'objection_rejected', dep: 'object', date: '2026-01-09' },
  { name: 'decline: the completed materials', steps: CURED, event: 'decline', details: { ground_codes: ['NA05'] }, dep: 'materials_cured', date: '2026-01-09' },
  { name: 'decline in a review: its application', steps: REVIEW_RECEIVED, event: 'decline', details: { ground_codes: ['NA12'], appeal_text: 'x' }, dep: 'request_review', date: '2026-02-10' },
  {
    name: "decline in a review: the review's completed materials",
    steps: [...REVIEW_RECEIVED, ['request_materials', '2026-02-11', { missing_items: ['x'] }], ['materials_cured', '2026-02-13']],
    event: 'decline',
    details: { ground_codes: ['NA12'], appeal_text: 'x' },
    dep: 'materials_cured',
    date: '2026-02-13',
  },
  { name: 'decline in a re-review: its application', steps: REREVIEW_RECEIVED, event: 'decline', details: { ground_codes: ['NA12'], appeal_text: 'x' }, dep: 'request_rereview', date: '2026-03-05' },
  {
    name: 'route_legal after acceptance: the acceptance',
    steps: ACCEPTED,
    file: { claim_route: 'arbitration' },
    event: 'route_legal',
    details: { route: 'arbitration' },
    dep: 'accept',
    date: '2026-01-08',
  },
  { name: 'accept: the completed materials', steps: CURED, event: 'accept', dep: 'materials_cured', date: '2026-01-09' },
  { name: 'accept in a review: its application', steps: REVIEW_RECEIVED, event: 'accept', dep: 'request_review', date: '2026-02-10' },
  {
    name: "accept in a review: the review's completed materials",
    steps: [...REVIEW_RECEIVED, ['request_materials', '2026-02-11', { missing_items: ['x'] }], ['materials_cured', '2026-02-13']],
    event: 'accept',
    dep: 'materials_cured',
    date: '2026-02-13',
  },
  { name: 'accept in a re-review: its application', steps: REREVIEW_RECEIVED, event: 'accept', dep: 'request_rereview', date: '2026-03-05' },
  { name: 'start: the acceptance', steps: ACCEPTED, event: 'start', dep: 'accept', date: '2026-01-08' },
  { name: 'extend: the acceptance', steps: ACCEPTED, event: 'extend', details: EXT, dep: 'accept', date: '2026-01-08' },
  { name: 'hearing: the acceptance', steps: ACCEPTED, event: 'hearing', dep: 'accept', date: '2026-01-08' },
  { name: 'hearing: the end of the last hearing', steps: TWICE_HEARD, event: 'hearing', dep: 'hearing_end', date: '2026-01-28' },
  { name: "hearing in a review: the review's acceptance", steps: REVIEW_IN_PROGRESS, event: 'hearing', dep: 'accept', date: '2026-02-11' },
  { name: "hearing in a re-review: the re-review's acceptance", steps: REREVIEW_IN_PROGRESS, event: 'hearing', dep: 'accept', date: '2026-03-06' },
  { name: 'hearing_end: the decision to hold the last hearing', steps: [...TWICE_HEARD.slice(0, 3), ['hearing', '2026-01-26']], event: 'hearing_end', dep: 'hearing', date: '2026-01-26' },
  { name: 'mediate: the acceptance', steps: ACCEPTED, event: 'mediate', details: { terms: 'x' }, dep: 'accept', date: '2026-01-08' },
  { name: 'mediate: the end of the last hearing', steps: TWICE_HEARD, event: 'mediate', details: { terms: 'x' }, dep: 'hearing_end', date: '2026-01-28' },
  { name: 'answer: the acceptance', steps: ACCEPTED, event: 'answer', details: ANSWER, dep: 'accept', date: '2026-01-08' },
  { name: 'answer: the end of the last hearing', steps: TWICE_HEARD, event: 'answer', details: ANSWER, dep: 'hearing_end', date: '2026-01-28' },
  { name: "decide in a review: the review's acceptance", steps: REVIEW_IN_PROGRESS, event: 'decide', details: { outcome: 'uphold' }, dep: 'accept', date: '2026-02-11' },
  {
    name: "decide in a review: the end of the review's last hearing",
    steps: [...REVIEW_IN_PROGRESS, ['hearing', '2026-02-12'], ['hearing_end', '2026-02-13'], ['hearing', '2026-02-15'], ['hearing_end', '2026-02-18']],
    event: 'decide',
    details: { outcome: 'uphold' },
    dep: 'hearing_end',
    date: '2026-02-18',
  },
  { name: "decide in a re-review: the re-review's acceptance", steps: REREVIEW_IN_PROGRESS, event: 'decide', details: { outcome: 'uphold' }, dep: 'accept', date: '2026-03-06' },
  { name: 'serve: the handling opinion', steps: TO_ANSWER_SERVED.slice(0, 3), event: 'serve', details: { service_method: 'in_person' }, dep: 'answer', date: '2026-01-30' },
  { name: 'serve in a review: the review decision', steps: TO_REVIEW_SERVED.slice(0, 7), event: 'serve', details: { service_method: 'in_person' }, dep: 'decide', date: '2026-02-25' },
  { name: 'request_review: the service of the handling opinion', steps: TO_ANSWER_SERVED, event: 'request_review', dep: 'serve', date: '2026-02-02' },
  { name: 'request_rereview: the service of the review opinion', steps: TO_REVIEW_SERVED, event: 'request_rereview', dep: 'serve', date: '2026-03-02' },
  { name: 'withdraw in a review: its application', steps: REVIEW_RECEIVED, event: 'withdraw', dep: 'request_review', date: '2026-02-10' },
  { name: 'withdraw in a re-review: its application', steps: REREVIEW_RECEIVED, event: 'withdraw', dep: 'request_rereview', date: '2026-03-05' },
  { name: 'terminate answer_served: the service', steps: TO_ANSWER_SERVED, event: 'terminate', details: { reason: 'no_successor' }, dep: 'serve', date: '2026-02-02' },
  { name: 'terminate review_served: the last service', steps: TO_REVIEW_SERVED, event: 'terminate', details: { reason: 'no_successor' }, dep: 'serve', date: '2026-03-02' },
  {
    name: 'terminate rereview_served: the last service',
    steps: [...REREVIEW_IN_PROGRESS, ['decide', '2026-03-20', { outcome: 'uphold' }], ['serve', '2026-03-23', { service_method: 'in_person' }]],
    event: 'terminate',
    details: { reason: 'rereview_served' },
    dep: 'serve',
    date: '2026-03-23',
  },
  {
    name: 'terminate mediated: the agreement',
    steps: [...ACCEPTED, ['mediate', '2026-01-30', { terms: 'x' }]],
    event: 'terminate',
    details: { reason: 'mediated' },
    dep: 'mediate',
    date: '2026-01-30',
  },
  { name: 'terminate withdrawn: the withdrawal', steps: [...REVIEW_RECEIVED, ['withdraw', '2026-02-12']], event: 'terminate', details: { reason: 'withdrawn' }, dep: 'withdraw', date: '2026-02-12' },
  {
    name: 'terminate not_accepted: the decline',
    steps: [['decline', '2026-01-08', { ground_codes: ['NA05'] }]],
    event: 'terminate',
    details: { reason: 'not_accepted' },
    dep: 'decline',
    date: '2026-01-08',
  },
  {
    name: "terminate review_not_accepted: the review's decline",
    steps: [...REVIEW_RECEIVED, ['decline', '2026-02-11', { ground_codes: ['NA12'], appeal_text: 'x' }]],
    event: 'terminate',
    details: { reason: 'not_accepted' },
    dep: 'decline',
    date: '2026-02-11',
  },
  {
    name: "terminate rereview_not_accepted: the re-review's decline",
    steps: [...REREVIEW_RECEIVED, ['decline', '2026-03-06', { ground_codes: ['NA12'], appeal_text: 'x' }]],
    event: 'terminate',
    details: { reason: 'not_accepted' },
    dep: 'decline',
    date: '2026-03-06',
  },
  {
    name: 'terminate transferred_out: the transfer',
    steps: [['transfer', '2026-01-08', { target_org: '某区住建局', kind: 'forward' }]],
    event: 'terminate',
    details: { reason: 'transferred_out' },
    dep: 'transfer',
    date: '2026-01-08',
  },
  {
    name: 'terminate routed_to_legal_procedure: the routing',
    steps: [['route_legal', '2026-01-08', { route: 'arbitration' }]],
    file: { claim_route: 'arbitration' },
    event: 'terminate',
    details: { reason: 'routed_to_legal_procedure' },
    dep: 'route_legal',
    date: '2026-01-08',
  },
  { name: 'archive: the closure', steps: [['terminate', '2026-02-01', { reason: 'no_successor' }]], event: 'archive', dep: 'terminate', date: '2026-02-01' },
];

/** The label V-CASE-2 gives a dependency: the event's own, or the receipt for a registration. */
function depLabel(dep: string, lang: 'zh' | 'en'): string {
  if (dep === 'register') return lang === 'zh' ? '本机关收到转交办' : 'receipt of the transfer';
  const e = EVENTS[dep]!;
  return lang === 'zh' ? e.label_zh : e.label_en;
}

const before = (r: Row) => walk(record(r.file), r.steps);
const v2 = (e: XfError) => e.violations.filter((v) => v.rule === 'V-CASE-2');

afterEach(() => setLang('zh'));

describe('DEPENDS_ON: one row per entry and stage', () => {
  it('covers every lifecycle event', () => {
    expect(Object.keys(DEPENDS_ON).sort()).toEqual(Object.keys(EVENTS).sort());
    expect(new Set(ROWS.map((r) => r.event))).toEqual(new Set(Object.keys(EVENTS)));
  });

  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_, r) => {
    const rec = before(r);
    // the table names the dependency with its date, read from the record as it stands
    expect(DEPENDS_ON[r.event]!(rec).filter(([, d]) => d)).toContainEqual([r.dep, r.date]);

    const dayBefore = prevDate(r.date);
    const err = refusal(() => step(rec, r.event, dayBefore, r.details));
    expect(err.code).toBe('VALIDATION');
    const [v, ...more] = v2(err);
    expect(more).toEqual([]); // only this dependency, no other one (nor the receipt date)
    expect(v).toMatchObject({ rule: 'V-CASE-2', field: 'date', found: dayBefore, severity: 'error' });
    for (const part of [r.dep, r.date, depLabel(r.dep, 'zh')]) expect(v!.message).toContain(part);
    setLang('en');
    const en = v2(refusal(() => step(rec, r.event, dayBefore, r.details)))[0]!;
    for (const part of [r.dep, r.date, depLabel(r.dep, 'en')]) expect(en.message).toContain(part);
    setLang('zh');

    // the same day: the event is applied
    expect(() => step(rec, r.event, r.date, r.details)).not.toThrow();
  });
});

describe('events with nothing to follow', () => {
  const none: [string, string, () => CaseRecord][] = [
    ['request_materials on a registered case', 'request_materials', () => record()],
    ['accept on a registered case without a materials request', 'accept', () => record()],
    ['decline on a registered case without a materials request', 'decline', () => record()],
    ['route_legal before acceptance', 'route_legal', () => record({ claim_route: 'arbitration' })],
    ['transfer without a materials request', 'transfer', () => record()],
    ['object on a case without its receipt date', 'object', () => record({ transfer_from_org: '某市信访局' })],
    ['serve in a review before the decision', 'serve', () => walk(record(), REVIEW_IN_PROGRESS)],
    ['terminate a registered case', 'terminate', () => record()],
    ['terminate an accepted case', 'terminate', () => walk(record(), ACCEPTED)],
  ];
  it.each(none)('%s: no dated dependency', (_, event, make) => {
    expect(DEPENDS_ON[event]!(make()).filter(([, d]) => d)).toEqual([]);
  });

  it('a registered case may be closed on its receipt date', () => {
    expect(step(record(), 'terminate', '2026-01-05', { reason: 'no_successor' }).record.status).toBe('terminated');
  });
});

describe('a hearing of another stage is not a dependency', () => {
  // a handling-stage hearing ended 2026-01-28; the review accepted 2026-02-11
  const withHandlingHearing = (): CaseRecord =>
    walk(record(), [...HEARD, ['answer', '2026-01-30', ANSWER], ['serve', '2026-02-02', { service_method: 'in_person' }], ['request_review', '2026-02-10'], ['accept', '2026-02-11']]);

  it("decide dated before both names only the review's acceptance", () => {
    const err = refusal(() => step(withHandlingHearing(), 'decide', '2026-01-27', { outcome: 'uphold' }));
    const deps = v2(err);
    expect(deps).toHaveLength(1);
    expect(deps[0]!.message).toContain('2026-02-11');
  });

  it('answer reads only handling-stage hearings (the only ones before an answer)', () => {
    const rec = walk(record(), HEARD);
    expect(DEPENDS_ON.answer!(rec)).toContainEqual(['hearing_end', '2026-01-28']);
  });
});

describe('request_rereview follows the service of the review opinion, not the handling opinion', () => {
  it('refused the day before the review opinion was served (the handling opinion was served earlier)', () => {
    const rec = walk(record(), TO_REVIEW_SERVED);
    expect(DEPENDS_ON.request_rereview!(rec)).toEqual([['serve', '2026-03-02']]);
    expect(DEPENDS_ON.request_review!(walk(record(), TO_ANSWER_SERVED))).toEqual([['serve', '2026-02-02']]);
  });
});

describe('DEPENDS_ON reads any record without failing', () => {
  // the table is read before the step runs: a record short of the progress a state implies (a
  // hand-made or damaged one) yields no dated dependency rather than a TypeError
  const OPEN = enumKeys(CASE_STATUS).filter((s) => s !== 'terminated' && s !== 'archived');
  it.each(Object.keys(EVENTS))('%s, from each state it may start in, on a record without progress', (event) => {
    const from = EVENTS[event]!.from;
    const states: readonly CaseStatus[] = from === 'any_open' ? OPEN : from;
    for (const status of states) {
      const bare: CaseRecord = { ...record(), status, progress: {} };
      expect(
        DEPENDS_ON[event]!(bare).filter(([, d]) => d),
        status,
      ).toEqual([]);
    }
  });
});
