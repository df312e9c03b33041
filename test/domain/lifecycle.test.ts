// The lifecycle (SPEC §4), event by event: where each event may start, each guard at its boundary
// (rule id and field raised, or not), each warning, and what the event writes into the record.
// Messages are not asserted: rule ids, fields and states are the stable interface.
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/domain/calendar.js';
import type { CaseRecord } from '../../src/domain/case.js';
import { CASE_STATUS, enumKeys, PROXY_STATUS, type CaseStatus, type ProxyStatus } from '../../src/domain/enums.js';
import { setLang } from '../../src/domain/i18n.js';
import { allEventNames, allowedEvents, applyEvent, EVENTS, eventLabel, PROXY_EVENTS, registerCase } from '../../src/domain/lifecycle.js';
import { agentFile, ANSWER, AUTH, caseFile, ctx, errorsOf, record, refusal, step, TO_ANSWER_SERVED, TO_REVIEW_SERVED, walk, warningsOf } from './fixture.js';

const REVIEW = ['review_received', 'review_awaiting_materials', 'review_in_progress'] as const;
const REREVIEW = ['rereview_received', 'rereview_awaiting_materials', 'rereview_in_progress'] as const;
const OPEN = enumKeys(CASE_STATUS).filter((s) => s !== 'terminated' && s !== 'archived');

/** SPEC §4.2: the states each event may start from. */
const FROM: Record<string, readonly CaseStatus[]> = {
  request_materials: ['registered', 'review_received', 'rereview_received'],
  materials_cured: ['awaiting_materials', 'review_awaiting_materials', 'rereview_awaiting_materials'],
  transfer: ['registered'],
  object: ['registered'],
  objection_accepted: ['objection_pending'],
  objection_rejected: ['objection_pending'],
  decline: ['registered', 'review_received', 'rereview_received'],
  route_legal: ['registered', 'accepted', 'in_progress'],
  accept: ['registered', 'review_received', 'rereview_received'],
  start: ['accepted'],
  extend: ['accepted', 'in_progress'],
  hearing: ['accepted', 'in_progress', 'review_in_progress', 'rereview_in_progress'],
  hearing_end: ['hearing'],
  mediate: ['accepted', 'in_progress'],
  answer: ['accepted', 'in_progress'],
  decide: ['review_in_progress', 'rereview_in_progress'],
  serve: ['answered', 'review_in_progress', 'rereview_in_progress'],
  request_review: ['answer_served'],
  request_rereview: ['review_served'],
  withdraw: [...REVIEW, ...REREVIEW],
  terminate: OPEN,
  archive: ['terminated'],
};
const PROXY_FROM: Record<string, readonly ProxyStatus[]> = {
  proxy_close: ['proxy_submitted', 'proxy_tracking', 'proxy_review_assist'],
  proxy_archive: ['proxy_closed'],
  proxy_revoke: ['proxy_entrusted', 'proxy_verified', 'proxy_submitted', 'proxy_tracking', 'proxy_review_assist'],
};

const at = (status: CaseStatus, proxy?: ProxyStatus): CaseRecord => ({ ...record(), status, ...(proxy ? { proxy_status: proxy } : {}) });
const answered = () => walk(record(), TO_ANSWER_SERVED.slice(0, 3));
const answerServed = () => walk(record(), TO_ANSWER_SERVED);
const reviewReceived = () => walk(record(), [...TO_ANSWER_SERVED, TO_REVIEW_SERVED[4]!]);
const reviewInProgress = () => walk(record(), TO_REVIEW_SERVED.slice(0, 6));
const reviewServed = () => walk(record(), TO_REVIEW_SERVED);
const rereviewInProgress = () =>
  walk(reviewServed(), [
    ['request_rereview', '2026-03-05'],
    ['accept', '2026-03-06'],
  ]);

describe('which events each state allows', () => {
  it('matches SPEC §4.2 for every state, with and without an agent overlay', () => {
    expect(Object.keys(EVENTS).sort()).toEqual(Object.keys(FROM).sort());
    expect(Object.keys(PROXY_EVENTS).sort()).toEqual(Object.keys(PROXY_FROM).sort());
    for (const s of enumKeys(CASE_STATUS)) {
      const want = s === 'archived' ? [] : Object.keys(FROM).filter((e) => FROM[e]!.includes(s));
      expect(allowedEvents({ status: s }).sort(), s).toEqual(want.sort());
      for (const p of enumKeys(PROXY_STATUS)) {
        const proxy = s === 'archived' ? [] : Object.keys(PROXY_FROM).filter((e) => PROXY_FROM[e]!.includes(p));
        expect(allowedEvents({ status: s, proxy_status: p }).sort(), `${s}/${p}`).toEqual([...want, ...proxy].sort());
      }
    }
  });

  it('refuses every event from a state outside its list, with ILLEGAL_STEP naming the state and what is allowed', () => {
    for (const [event, from] of Object.entries(FROM)) {
      const wrong = enumKeys(CASE_STATUS).find((s) => !from.includes(s) && s !== 'archived')!;
      const e = refusal(() => step(at(wrong), event, '2026-02-01'));
      expect([e.code, e.details.status, e.details.allowed], event).toEqual(['ILLEGAL_STEP', wrong, allowedEvents({ status: wrong })]);
    }
    for (const [event, from] of Object.entries(PROXY_FROM)) {
      const wrong = enumKeys(PROXY_STATUS).find((s) => !from.includes(s))!;
      const e = refusal(() => step(at('registered', wrong), event, '2026-02-01'));
      expect([e.code, e.details.proxy_status], event).toEqual(['ILLEGAL_STEP', wrong]);
      expect(refusal(() => step(at('registered'), event, '2026-02-01')).code, `${event} without an agent`).toBe('ILLEGAL_STEP');
    }
  });

  it('locks an archived case: no event at all, not even a proxy step', () => {
    expect(allowedEvents({ status: 'archived', proxy_status: 'proxy_closed' })).toEqual([]);
    for (const event of ['terminate', 'proxy_archive']) {
      const e = refusal(() => step(at('archived', 'proxy_closed'), event, '2026-02-01'));
      expect([e.code, e.details.status, e.details.allowed]).toEqual(['ILLEGAL_STEP', 'archived', []]);
    }
  });

  it('answers an unknown event with USAGE, and names every event', () => {
    expect(refusal(() => step(record(), 'reopen', '2026-02-01')).code).toBe('USAGE');
    expect(allEventNames()).toEqual([...Object.keys(FROM), ...Object.keys(PROXY_FROM)]);
  });

  it('labels events in the current language and passes unknown names through', () => {
    expect(eventLabel('accept')).toBe('受理');
    expect(eventLabel('proxy_revoke')).toBe('撤销委托');
    expect(eventLabel('register')).toBe('登记');
    expect(eventLabel('void_serial')).toBe('作废编号');
    expect(eventLabel('nonsense')).toBe('nonsense');
    setLang('en');
    try {
      expect([eventLabel('accept'), eventLabel('proxy_close'), eventLabel('register')]).toEqual(['accept', 'close the agency', 'registered']);
    } finally {
      setLang('zh');
    }
  });
});

describe('applyEvent: what every event shares', () => {
  it('refuses a date after today (DATE) and before the receipt (V-CASE-2), accepting both boundaries', () => {
    expect(errorsOf(() => step(record(), 'accept', '2026-11-22'))).toEqual(['DATE:date']);
    expect(errorsOf(() => step(record(), 'accept', '2026-11-21'))).toEqual([]);
    expect(errorsOf(() => step(record(), 'transfer', '2026-01-04', { target_org: '某局', kind: 'forward' }))).toEqual(['V-CASE-2:date']);
    expect(errorsOf(() => step(record(), 'transfer', '2026-01-05', { target_org: '某局', kind: 'forward' }))).toEqual([]);
  });

  it('never changes the record it is given; inPlace does, for import replay', () => {
    const rec = record();
    const before = structuredClone(rec);
    const a = applyEvent(rec, { event: 'accept', date: '2026-01-06' }, ctx());
    expect(rec).toEqual(before);
    expect(a.record.status).toBe('accepted');
    const b = applyEvent(rec, { event: 'accept', date: '2026-01-06' }, ctx(), { inPlace: true });
    expect(b.record).toBe(rec);
    expect(rec.status).toBe('accepted');
  });

  it("checks details against the event's schema, and refuses details for an event that takes none", () => {
    const e = refusal(() => step(record(), 'transfer', '2026-01-06', { target_org: '某局', kind: 'sideways' }));
    expect(e.code).toBe('VALIDATION');
    expect(e.violations.map((v) => v.rule)).toContain('SCHEMA');
    expect(refusal(() => step(record(), 'transfer', '2026-01-06', { target_org: '某局', kind: 'forward', extra: 1 })).code).toBe('VALIDATION');
    const none = refusal(() => step(walk(record(), [['accept', '2026-01-06']]), 'start', '2026-01-06', { x: 1 }));
    expect(none.violations.map((v) => `${v.rule}:${v.field}`)).toEqual(['SCHEMA:details']);
    expect(step(walk(record(), [['accept', '2026-01-06']]), 'start', '2026-01-06', {}).record.status).toBe('in_progress');
  });

  // Once a bug: DetailsOf made the keys meant to stay required optional, so these were all accepted.
  it('refuses an event whose required details are missing (VALIDATION, SCHEMA)', () => {
    const accepted = walk(record({ transfer_from_org: '某市信访局', org_received_date: '2026-01-05' }), [['accept', '2026-01-06']]);
    const cases: [CaseRecord, string][] = [
      [record(), 'transfer'],
      [record(), 'request_materials'],
      [record(), 'decline'],
      [record({ transfer_from_org: '某市信访局', org_received_date: '2026-01-05' }), 'object'],
      [accepted, 'extend'],
      [accepted, 'mediate'],
      [accepted, 'answer'],
    ];
    for (const [rec, event] of cases) {
      const e = refusal(() => step(rec, event, '2026-01-07', {}));
      expect([event, e.code, e.violations.some((v) => v.rule === 'SCHEMA')]).toEqual([event, 'VALIDATION', true]);
    }
  });

  it('warns V-CAL-1 for an open clock that runs past the calendar data, naming the clock', () => {
    const late = record({ received_date: '2026-11-20', registered_date: '2026-11-20' });
    // handling: 60 days from 2026-11-20 is 2027-01-19
    const to2026 = ctx({ calendar: buildCalendar({}, {}, { from: 2025, until: 2026 }, 'test') });
    const to2027 = ctx({ calendar: buildCalendar({}, {}, { from: 2025, until: 2027 }, 'test') });
    expect(warningsOf(step(late, 'accept', '2026-11-20', undefined, to2026))).toEqual(['V-CAL-1:handling']);
    expect(warningsOf(step(late, 'accept', '2026-11-20', undefined, to2027))).toEqual([]);
    // a clock that is already closed is not reported
    const closed = walk(
      late,
      [
        ['accept', '2026-11-20'],
        ['mediate', '2026-11-21', { terms: 'x' }],
      ],
      to2026,
    );
    expect(warningsOf(step(closed, 'terminate', '2026-11-21', { reason: 'mediated' }, to2026))).toEqual([]);
  });
});

describe('intake: materials, transfer, objection, decline, routing', () => {
  it('request_materials: registered → awaiting_materials, notice dated by default, completion not taken from details', () => {
    const a = step(record(), 'request_materials', '2026-01-07', { missing_items: ['身份证复印件'], completed_date: '2026-01-08' });
    expect(a.record.status).toBe('awaiting_materials');
    expect(a.record.progress.materials_cure).toEqual({ notice_date: '2026-01-07', missing_items: ['身份证复印件'] });
    expect(refusal(() => step(record(), 'request_materials', '2026-01-07', { missing_items: [] })).code).toBe('VALIDATION');
  });

  it('request_materials in a review or re-review goes into that stage', () => {
    const r = step(reviewReceived(), 'request_materials', '2026-02-11', { missing_items: ['原处理意见书'] }).record;
    expect(r.status).toBe('review_awaiting_materials');
    expect(r.progress.review!.materials).toEqual({ notice_date: '2026-02-11', missing_items: ['原处理意见书'] });
    expect(r.progress.materials_cure).toBeUndefined();
    const rr = step(walk(reviewServed(), [['request_rereview', '2026-03-05']]), 'request_materials', '2026-03-06', { missing_items: ['复查意见书'] }).record;
    expect(rr.status).toBe('rereview_awaiting_materials');
    expect(rr.progress.rereview!.materials!.notice_date).toBe('2026-03-06');
  });

  it("materials_cured: back to the stage's received state, completion dated; V-CASE-2 before the notice; DL-09 after 10 working days", () => {
    // notice Monday 2026-03-02: 10 working days end Monday 2026-03-16
    const waiting = walk(record(), [['request_materials', '2026-03-02', { missing_items: ['材料'] }]]);
    const ok = step(waiting, 'materials_cured', '2026-03-16');
    expect(ok.record.status).toBe('registered');
    expect(ok.record.progress.materials_cure!.completed_date).toBe('2026-03-16');
    expect(warningsOf(ok)).toEqual([]);
    expect(warningsOf(step(waiting, 'materials_cured', '2026-03-17'))).toEqual(['DL-09:date']);
    expect(errorsOf(() => step(waiting, 'materials_cured', '2026-03-01'))).toEqual(['V-CASE-2:date']);
    expect(errorsOf(() => step(waiting, 'materials_cured', '2026-03-02'))).toEqual([]);
    const rev = walk(reviewReceived(), [
      ['request_materials', '2026-02-11', { missing_items: ['x'] }],
      ['materials_cured', '2026-02-13'],
    ]);
    expect(rev.status).toBe('review_received');
    expect(rev.progress.review!.materials!.completed_date).toBe('2026-02-13');
    expect(
      errorsOf(() =>
        walk(reviewReceived(), [
          ['request_materials', '2026-02-12', { missing_items: ['x'] }],
          ['materials_cured', '2026-02-11'],
        ]),
      ),
    ).toEqual(['V-CASE-2:date']);
    const rr = walk(reviewServed(), [
      ['request_rereview', '2026-03-05'],
      ['request_materials', '2026-03-06', { missing_items: ['x'] }],
      ['materials_cured', '2026-03-09'],
    ]);
    expect(rr.status).toBe('rereview_received');
    expect(rr.progress.rereview!.materials!.completed_date).toBe('2026-03-09');
  });

  it('transfer: registered → transferred_out, recorded with its date', () => {
    const r = step(record(), 'transfer', '2026-01-08', { target_org: '某区住建局', kind: 'assign' }).record;
    expect(r.status).toBe('transferred_out');
    expect(r.progress.transfer).toEqual({ target_org: '某区住建局', kind: 'assign', transfer_date: '2026-01-08' });
  });

  it('object: only a transferred matter (T3); DL-04 warns after 5 working days from its receipt', () => {
    expect(errorsOf(() => step(record(), 'object', '2026-01-07', { reasons: '不属本机关职权' }))).toEqual(['T3:transfer_from_org']);
    // received from the transferring organ Monday 2026-01-05: the 5th working day after it is Monday 2026-01-12
    const tr = record({ transfer_from_org: '某市信访局', org_received_date: '2026-01-05' });
    const a = step(tr, 'object', '2026-01-12', { reasons: '不属本机关职权' });
    expect(a.record.status).toBe('objection_pending');
    expect(a.record.progress.objection).toEqual({ reasons: '不属本机关职权', objection_date: '2026-01-12' });
    expect(warningsOf(a)).toEqual([]);
    expect(warningsOf(step(tr, 'object', '2026-01-13', { reasons: 'x' }))).toEqual(['DL-04:date']);
    // without the date the transferred matter reached this organ there is no objection clock
    expect(warningsOf(step(record({ transfer_from_org: '某市信访局' }), 'object', '2026-03-01', { reasons: 'x' }))).toEqual([]);
  });

  it('objection_accepted → transferred_out; objection_rejected → registered and the objection is dropped', () => {
    const pending = walk(record({ transfer_from_org: '某市信访局', org_received_date: '2026-01-05' }), [['object', '2026-01-07', { reasons: 'x' }]]);
    expect(step(pending, 'objection_accepted', '2026-01-08').record.status).toBe('transferred_out');
    const back = step(pending, 'objection_rejected', '2026-01-08').record;
    expect(back.status).toBe('registered');
    expect(back.progress.objection).toBeUndefined();
  });

  it('decline: registered → not_accepted; V-NA-1 refuses a review-only ground; NA14 only with an agent', () => {
    const a = step(record(), 'decline', '2026-01-08', { ground_codes: ['NA05'], appeal_text: 'x' });
    expect(a.record.status).toBe('not_accepted');
    expect(a.record.progress.non_acceptance).toEqual({ ground_codes: ['NA05'], appeal_text: 'x', decided_date: '2026-01-08' });
    expect(warningsOf(a)).toEqual([]);
    expect(errorsOf(() => step(record(), 'decline', '2026-01-08', { ground_codes: ['NA05', 'NA10'] }))).toEqual(['V-NA-1:ground_codes[1]']);
    expect(errorsOf(() => step(record(), 'decline', '2026-01-08', { ground_codes: ['NA07', 'NA13'] }))).toEqual([]);
    expect(errorsOf(() => step(record(), 'decline', '2026-01-08', { ground_codes: ['NA14'] }))).toEqual(['V-NA-1:ground_codes[0]']);
    expect(errorsOf(() => step(registerCase(agentFile(), '2026-0002'), 'decline', '2026-01-08', { ground_codes: ['NA14'] }))).toEqual([]);
  });

  it('decline of a review: review_not_accepted in the stage; initial grounds refused; S004-§16 and the NA10 warning', () => {
    // the review-stage appeal clause is an error at the event (S004-§16)
    expect(errorsOf(() => step(reviewReceived(), 'decline', '2026-02-11', { ground_codes: ['NA12'] }))).toEqual(['S004-§16:appeal_text']);
    const a = step(reviewReceived(), 'decline', '2026-02-11', { ground_codes: ['NA12'], appeal_text: '可申请复核' });
    expect(a.record.status).toBe('review_not_accepted');
    expect(a.record.progress.review!.non_acceptance!.ground_codes).toEqual(['NA12']);
    expect(a.record.progress.non_acceptance).toBeUndefined();
    expect(warningsOf(a)).toEqual([]);
    expect(warningsOf(step(reviewReceived(), 'decline', '2026-02-11', { ground_codes: ['NA12'], appeal_text: '可申请复核' }))).toEqual([]);
    expect(errorsOf(() => step(reviewReceived(), 'decline', '2026-02-11', { ground_codes: ['NA01'], appeal_text: 'x' }))).toEqual(['V-NA-1:ground_codes[0]']);
    // served 2026-02-02: the 30-day window ends 2026-03-04; received 2026-03-05 is late
    const late = walk(answerServed(), [['request_review', '2026-03-05']]);
    expect(warningsOf(step(late, 'decline', '2026-03-06', { ground_codes: ['NA12'], appeal_text: 'x' }))).toEqual(['V-NA-1:ground_codes']);
    expect(warningsOf(step(late, 'decline', '2026-03-06', { ground_codes: ['NA10'], appeal_text: 'x' }))).toEqual([]);
    const excused = walk(answerServed(), [['request_review', '2026-03-05', { late_reason: '住院' }]]);
    expect(warningsOf(step(excused, 'decline', '2026-03-06', { ground_codes: ['NA12'], appeal_text: 'x' }))).toEqual([]);
    const onTime = walk(answerServed(), [['request_review', '2026-03-04']]);
    expect(warningsOf(step(onTime, 'decline', '2026-03-06', { ground_codes: ['NA12'], appeal_text: 'x' }))).toEqual([]);
    const rr = step(walk(reviewServed(), [['request_rereview', '2026-03-05']]), 'decline', '2026-03-06', { ground_codes: ['NA10'], appeal_text: 'x' }).record;
    expect(rr.status).toBe('rereview_not_accepted');
    expect(rr.progress.rereview!.non_acceptance!.decided_date).toBe('2026-03-06');
  });

  it('route_legal: from registered, accepted or in progress; V-CASE-6 refuses a matter routed to xf_opinion', () => {
    const arb = record({ claim_route: 'arbitration' });
    for (const rec of [
      arb,
      walk(arb, [['accept', '2026-01-06']]),
      walk(arb, [
        ['accept', '2026-01-06'],
        ['start', '2026-01-06'],
      ]),
    ]) {
      const r = step(rec, 'route_legal', '2026-01-08', { route: 'arbitration', redirect_org: '劳动人事争议仲裁委员会' }).record;
      expect(r.status).toBe('routed_to_legal_procedure');
      expect(r.progress.routing).toEqual({ routed_date: '2026-01-08', route: 'arbitration', redirect_org: '劳动人事争议仲裁委员会' });
    }
    expect(errorsOf(() => step(record(), 'route_legal', '2026-01-08', { route: 'litigation' }))).toEqual(['V-CASE-6:claim_route']);
    expect(errorsOf(() => step(record({ category: 'suggestion', claim_route: undefined }), 'route_legal', '2026-01-08', { route: 'litigation' }))).toEqual([]);
  });
});

describe('accept', () => {
  it('registered → accepted, dated; no slip for a case without an agent', () => {
    const a = step(record(), 'accept', '2026-01-06', { doc_no: '某信受字〔2026〕1号' });
    expect(a.record.status).toBe('accepted');
    expect(a.record.progress.acceptance).toEqual({ doc_no: '某信受字〔2026〕1号', accepted_date: '2026-01-06' });
    expect(a.effects).toEqual({});
    expect(a.record.proxy_status).toBeUndefined();
  });

  it('V-CASE-5: a declared conflict needs both the recusal decision and who decided it', () => {
    const conflict = { handler_name: '李明', conflict_declared: true };
    expect(errorsOf(() => step(record({ handler: conflict }), 'accept', '2026-01-06'))).toEqual(['V-CASE-5:handler.recusal_decision']);
    expect(errorsOf(() => step(record({ handler: { ...conflict, recusal_decision: '更换承办人' } }), 'accept', '2026-01-06'))).toEqual(['V-CASE-5:handler.recusal_decision']);
    expect(errorsOf(() => step(record({ handler: { ...conflict, recusal_decided_by: '局长' } }), 'accept', '2026-01-06'))).toEqual(['V-CASE-5:handler.recusal_decision']);
    expect(errorsOf(() => step(record({ handler: { ...conflict, recusal_decision: '更换承办人', recusal_decided_by: '局长' } }), 'accept', '2026-01-06'))).toEqual([]);
    // a new handler given with the event replaces the conflicted one, and is checked the same way
    const replaced = step(record({ handler: conflict }), 'accept', '2026-01-06', { handler: { handler_name: '张华' } }).record;
    expect(replaced.handler).toEqual({ handler_name: '张华' });
    expect(errorsOf(() => step(record(), 'accept', '2026-01-06', { handler: conflict }))).toEqual(['V-CASE-5:handler.recusal_decision']);
    expect(errorsOf(() => step(record({ handler: undefined }), 'accept', '2026-01-06'))).toEqual([]);
  });

  it('V-CASE-2: not before the materials were completed', () => {
    const cured = walk(record(), [
      ['request_materials', '2026-01-06', { missing_items: ['x'] }],
      ['materials_cured', '2026-01-09'],
    ]);
    expect(errorsOf(() => step(cured, 'accept', '2026-01-08'))).toEqual(['V-CASE-2:date']);
    expect(step(cured, 'accept', '2026-01-09').record.status).toBe('accepted');
  });

  it('V-CASE-6 warns when a claim belongs to a legal procedure; not for other categories', () => {
    expect(warningsOf(step(record({ claim_route: 'arbitration' }), 'accept', '2026-01-06'))).toEqual(['V-CASE-6:claim_route']);
    expect(warningsOf(step(record({ claim_route: undefined }), 'accept', '2026-01-06'))).toEqual([]);
    expect(warningsOf(step(record({ category: 'suggestion', claim_route: 'arbitration' }), 'accept', '2026-01-06'))).toEqual([]);
  });

  it("V-DOC-8 warns when the written notice is later than 15 days from receipt (or from the transferred matter's receipt)", () => {
    // received 2026-01-05: notice due 2026-01-20
    expect(warningsOf(step(record(), 'accept', '2026-01-20'))).toEqual([]);
    expect(warningsOf(step(record(), 'accept', '2026-01-21'))).toEqual(['V-DOC-8:issue_date']);
    expect(warningsOf(step(record(), 'accept', '2026-01-10', { issue_date: '2026-01-21' }))).toEqual(['V-DOC-8:issue_date']);
    expect(warningsOf(step(record(), 'accept', '2026-01-21', { issue_date: '2026-01-20' }))).toEqual([]);
    const tr = record({ transfer_from_org: '某市信访局', org_received_date: '2026-01-10' });
    expect(warningsOf(step(tr, 'accept', '2026-01-25'))).toEqual([]);
    expect(warningsOf(step(tr, 'accept', '2026-01-26'))).toEqual(['V-DOC-8:issue_date']);
  });

  it('an agent case moves the overlay to proxy_tracking and asks the register for a slip once', () => {
    const rec = registerCase(agentFile(), '2026-0002');
    expect(rec.proxy_status).toBe('proxy_submitted');
    const a = step(rec, 'accept', '2026-01-06');
    expect(a.record.proxy_status).toBe('proxy_tracking');
    expect(a.effects).toEqual({ allocateSlip: true });
    expect(step({ ...rec, slip_no: 'XX-LXD-2026-000001' }, 'accept', '2026-01-06').effects).toEqual({});
    const revoked = step({ ...rec, proxy_status: 'authorization_revoked' }, 'accept', '2026-01-06').record;
    expect(revoked.proxy_status).toBe('authorization_revoked');
  });

  it('in a review: review_in_progress, dated in the stage; V-DOC-8 after 3 working days; the agent assists', () => {
    // received Tuesday 2026-02-10: the decision is due by Friday 2026-02-13
    const a = step(reviewReceived(), 'accept', '2026-02-13');
    expect(a.record.status).toBe('review_in_progress');
    expect(a.record.progress.review!.accepted_date).toBe('2026-02-13');
    expect(a.record.progress.acceptance!.accepted_date).toBe('2026-01-06');
    expect(warningsOf(a)).toEqual([]);
    expect(warningsOf(step(reviewReceived(), 'accept', '2026-02-16'))).toContain('V-DOC-8:date');
    const rrReceived = walk(reviewServed(), [['request_rereview', '2026-03-05']]);
    const rrA = step(rrReceived, 'accept', '2026-03-06');
    const rr = rrA.record;
    expect(warningsOf(rrA)).toEqual([]);
    // re-review received Thursday 2026-03-05: its own 3 working days end Tuesday 2026-03-10
    expect(warningsOf(step(rrReceived, 'accept', '2026-03-10'))).toEqual([]);
    expect(warningsOf(step(rrReceived, 'accept', '2026-03-11'))).toEqual(['V-DOC-8:date']);
    expect(rr.status).toBe('rereview_in_progress');
    expect(rr.progress.rereview!.accepted_date).toBe('2026-03-06');
    const agent = walk(registerCase(agentFile(), '2026-0002'), [...TO_ANSWER_SERVED, TO_REVIEW_SERVED[4]!]);
    expect(step(agent, 'accept', '2026-02-11').record.proxy_status).toBe('proxy_review_assist');
    expect(step({ ...agent, proxy_status: 'authorization_revoked' }, 'accept', '2026-02-11').record.proxy_status).toBe('authorization_revoked');
    expect(step(agent, 'accept', '2026-02-11').effects).toEqual({});
  });
});

describe('handling: start, extend, hearing, mediation', () => {
  const accepted = () => walk(record(), [['accept', '2026-01-06']]);
  const EXT = { extension_days: 30, extension_reason: '需调查', approved_by: '局长' };

  it('start: accepted → in_progress', () => {
    expect(step(accepted(), 'start', '2026-01-07').record.status).toBe('in_progress');
  });

  it("extend: → in_progress with the extension; V-DOC-9 once, at most the pack's days, by the head, before the due date", () => {
    // accepted 2026-01-06: handling due 2026-03-07
    const a = step(accepted(), 'extend', '2026-03-06', EXT);
    expect(a.record.status).toBe('in_progress');
    expect(a.record.progress.extension).toEqual({ ...EXT, notice_date: '2026-03-06' });
    expect(errorsOf(() => step(accepted(), 'extend', '2026-03-07', EXT))).toEqual(['V-DOC-9:notice_date']);
    expect(errorsOf(() => step(accepted(), 'extend', '2026-02-01', { ...EXT, notice_date: '2026-03-07' }))).toEqual(['V-DOC-9:notice_date']);
    expect(errorsOf(() => step(accepted(), 'extend', '2026-02-01', { ...EXT, extension_days: 31 }))).toEqual(['V-DOC-9:extension_days']);
    expect(errorsOf(() => step(accepted(), 'extend', '2026-02-01', { ...EXT, extension_days: 31 }, ctx({}, ['national_2022', 'zhejiang_2016'])))).toEqual([]);
    expect(errorsOf(() => step(accepted(), 'extend', '2026-02-01', { ...EXT, approved_by_is_head: false }))).toEqual(['V-DOC-9:approved_by']);
    expect(errorsOf(() => step(accepted(), 'extend', '2026-02-01', { ...EXT, approved_by_is_head: true }))).toEqual([]);
    const once = walk(accepted(), [['extend', '2026-02-01', EXT]]);
    expect(errorsOf(() => step(once, 'extend', '2026-02-02', { ...EXT, extension_days: 1 }))).toEqual(['V-DOC-9:extension']);
  });

  it('hearing: → hearing, appended with its stage; V-HEAR-1 chair among investigators; V-HEAR-2 on confidential matters', () => {
    const h = { chair: '王主任', investigators: ['李明'] };
    const a = step(accepted(), 'hearing', '2026-01-20', h);
    expect(a.record.status).toBe('hearing');
    expect(a.record.progress.hearings).toEqual([{ ...h, decided_date: '2026-01-20', stage: 'handling' }]);
    expect(warningsOf(a)).toEqual([]);
    expect(errorsOf(() => step(accepted(), 'hearing', '2026-01-20', { chair: '李明', investigators: ['李明'] }))).toEqual(['V-HEAR-1:chair']);
    expect(errorsOf(() => step(accepted(), 'hearing', '2026-01-20', { investigators: ['李明'] }))).toEqual([]);
    expect(warningsOf(step(walk(record({ category: 'accusation', claim_route: undefined }), [['accept', '2026-01-06']]), 'hearing', '2026-01-20'))).toEqual(['V-HEAR-2:hearing']);
    expect(warningsOf(step(walk(record({ confidentiality_requested: true }), [['accept', '2026-01-06']]), 'hearing', '2026-01-20'))).toEqual(['V-HEAR-2:hearing']);
    expect(step(reviewInProgress(), 'hearing', '2026-02-15').record.progress.hearings!.at(-1)!.stage).toBe('review');
    expect(step(rereviewInProgress(), 'hearing', '2026-03-10').record.progress.hearings!.at(-1)!.stage).toBe('rereview');
  });

  it("hearing_end: back to the hearing stage's state, concluded on the event date; V-HEAR-1 checked again", () => {
    const inH = walk(accepted(), [['hearing', '2026-01-20', { chair: '王主任' }]]);
    const a = step(inH, 'hearing_end', '2026-01-28', { conclusion: '维持' });
    expect(a.record.status).toBe('in_progress');
    expect(a.record.progress.hearings).toEqual([{ chair: '王主任', decided_date: '2026-01-20', stage: 'handling', conclusion: '维持', concluded_date: '2026-01-28' }]);
    expect(errorsOf(() => step(inH, 'hearing_end', '2026-01-28', { investigators: ['王主任'] }))).toEqual(['V-HEAR-1:chair']);
    expect(errorsOf(() => step(inH, 'hearing_end', '2026-01-28', { investigators: ['李明'] }))).toEqual([]);
    expect(
      walk(reviewInProgress(), [
        ['hearing', '2026-02-15'],
        ['hearing_end', '2026-02-18'],
      ]).status,
    ).toBe('review_in_progress');
    expect(
      walk(rereviewInProgress(), [
        ['hearing', '2026-03-10'],
        ['hearing_end', '2026-03-12'],
      ]).status,
    ).toBe('rereview_in_progress');
  });

  it('mediate: → mediated with the agreement', () => {
    const r = step(accepted(), 'mediate', '2026-01-30', { terms: '退还供暖费' }).record;
    expect(r.status).toBe('mediated');
    expect(r.progress.mediation).toEqual({ terms: '退还供暖费', agreed_date: '2026-01-30' });
  });
});

describe('answer', () => {
  const inProgress = () =>
    walk(record(), [
      ['accept', '2026-01-06'],
      ['start', '2026-01-06'],
    ]);

  it('→ answered with the opinion, dated, the review organ from the office config', () => {
    const a = step(inProgress(), 'answer', '2026-01-30', ANSWER);
    expect(a.record.status).toBe('answered');
    expect(a.record.progress.handling_opinion).toEqual({ ...ANSWER, issue_date: '2026-01-30', review_org_name: '某市人民政府' });
    expect(warningsOf(a)).toEqual([]);
    expect(step(inProgress(), 'answer', '2026-01-30', { ...ANSWER, review_org_name: '某县政府' }).record.progress.handling_opinion!.review_org_name).toBe('某县政府');
  });

  it('V-DOC-3: the remedy paragraph needs a review organ, from the details or the config', () => {
    expect(errorsOf(() => step(inProgress(), 'answer', '2026-01-30', ANSWER, ctx({ reviewOrgName: undefined })))).toEqual(['V-DOC-3:review_org_name']);
    expect(errorsOf(() => step(inProgress(), 'answer', '2026-01-30', { ...ANSWER, review_org_name: '某县政府' }, ctx({ reviewOrgName: undefined })))).toEqual([]);
  });

  it('V-CASE-6: a claim gets a handling opinion only when routed to xf_opinion', () => {
    const arb = walk(record({ claim_route: 'arbitration' }), [['accept', '2026-01-06']]);
    expect(errorsOf(() => step(arb, 'answer', '2026-01-30', ANSWER))).toEqual(['V-CASE-6:claim_route']);
    const sug = walk(record({ category: 'suggestion', claim_route: undefined }), [['accept', '2026-01-06']]);
    expect(errorsOf(() => step(sug, 'answer', '2026-01-30', ANSWER))).toEqual([]);
  });

  it('V-DOC-4: exactly one outcome per request, none for a request that does not exist', () => {
    const [o1, o2] = ANSWER.outcomes;
    expect(errorsOf(() => step(inProgress(), 'answer', '2026-01-30', { ...ANSWER, outcomes: [o1] }))).toEqual(['V-DOC-4:outcomes']);
    expect(errorsOf(() => step(inProgress(), 'answer', '2026-01-30', { ...ANSWER, outcomes: [o1, o2, o1] }))).toEqual(['V-DOC-4:outcomes']);
    expect(errorsOf(() => step(inProgress(), 'answer', '2026-01-30', { ...ANSWER, outcomes: [o1, o2, { ...o1!, request_seq: 3 }] }))).toEqual(['V-DOC-4:outcomes[2].request_seq']);
  });

  it('XFGZ-32 warns when a supporting opinion says nothing of enforcement', () => {
    const { enforcement_text: _e, ...bare } = ANSWER;
    expect(warningsOf(step(inProgress(), 'answer', '2026-01-30', bare))).toEqual(['XFGZ-32:enforcement_text']);
    const explainOnly = { ...bare, outcomes: ANSWER.outcomes.map((o) => ({ ...o, outcome: 'explain' })) };
    expect(warningsOf(step(inProgress(), 'answer', '2026-01-30', explainOnly))).toEqual([]);
  });

  it('V-DOC-2: a confidential matter is not copied to the respondent (either name containing the other)', () => {
    const conf = walk(record({ confidential: true, respondent: '某市热力有限公司' }), [['accept', '2026-01-06']]);
    expect(errorsOf(() => step(conf, 'answer', '2026-01-30', { ...ANSWER, copy_to: ['某市信访局', '某市热力有限公司第三分公司'] }))).toEqual(['V-DOC-2:copy_to[1]']);
    expect(errorsOf(() => step(conf, 'answer', '2026-01-30', { ...ANSWER, copy_to: ['热力有限公司'] }))).toEqual(['V-DOC-2:copy_to[0]']);
    expect(errorsOf(() => step(conf, 'answer', '2026-01-30', { ...ANSWER, copy_to: ['某市信访局'] }))).toEqual([]);
    expect(errorsOf(() => step(conf, 'answer', '2026-01-30', ANSWER))).toEqual([]);
    const open = walk(record({ respondent: '某市热力有限公司' }), [['accept', '2026-01-06']]);
    expect(errorsOf(() => step(open, 'answer', '2026-01-30', { ...ANSWER, copy_to: ['某市热力有限公司'] }))).toEqual([]);
    const noResp = walk(record({ confidential: true, respondent: undefined }), [['accept', '2026-01-06']]);
    expect(errorsOf(() => step(noResp, 'answer', '2026-01-30', { ...ANSWER, copy_to: ['某市热力有限公司'] }))).toEqual([]);
  });
});

describe('review opinions: decide', () => {
  it('records the outcome in the stage and keeps the state; the re-review organ comes from the config', () => {
    const a = step(reviewInProgress(), 'decide', '2026-02-25', { outcome: 'modify', defects: ['wrong_basis'], findings: 'x' });
    expect(a.record.status).toBe('review_in_progress');
    expect(a.record.progress.review).toMatchObject({ outcome: 'modify', defects: ['wrong_basis'], findings: 'x', issue_date: '2026-02-25', next_org_name: '某省人民政府' });
    expect(step(reviewInProgress(), 'decide', '2026-02-25', { outcome: 'uphold', next_org_name: '某市政府' }).record.progress.review!.next_org_name).toBe('某市政府');
  });

  it('SCHEMA without an outcome; SD15-45 defects for revoke/modify, and a redo deadline for revoke_and_redo', () => {
    expect(errorsOf(() => step(reviewInProgress(), 'decide', '2026-02-25', {}))).toEqual(['SCHEMA:outcome']);
    expect(errorsOf(() => step(reviewInProgress(), 'decide', '2026-02-25', { outcome: 'uphold' }))).toEqual([]);
    expect(errorsOf(() => step(reviewInProgress(), 'decide', '2026-02-25', { outcome: 'modify' }))).toEqual(['SD15-45:defects']);
    expect(errorsOf(() => step(reviewInProgress(), 'decide', '2026-02-25', { outcome: 'modify', defects: [] }))).toEqual(['SD15-45:defects']);
    expect(errorsOf(() => step(reviewInProgress(), 'decide', '2026-02-25', { outcome: 'revoke_and_redo' }))).toEqual(['SD15-45:defects', 'SD15-45:redo_deadline']);
    expect(errorsOf(() => step(reviewInProgress(), 'decide', '2026-02-25', { outcome: 'revoke_and_redo', defects: ['facts_unclear'] }))).toEqual(['SD15-45:redo_deadline']);
    expect(errorsOf(() => step(reviewInProgress(), 'decide', '2026-02-25', { outcome: 'revoke_and_redo', defects: ['facts_unclear'], redo_deadline: '2026-04-30' }))).toEqual([]);
    expect(errorsOf(() => step(reviewInProgress(), 'decide', '2026-02-25', { outcome: 'modify', defects: ['wrong_basis'] }))).toEqual([]);
  });

  it('V-DOC-3: a review opinion names the re-review organ; a re-review opinion needs none', () => {
    expect(errorsOf(() => step(reviewInProgress(), 'decide', '2026-02-25', { outcome: 'uphold' }, ctx({ rereviewOrgName: undefined })))).toEqual(['V-DOC-3:next_org_name']);
    expect(errorsOf(() => step(rereviewInProgress(), 'decide', '2026-03-20', { outcome: 'uphold' }, ctx({ rereviewOrgName: undefined })))).toEqual([]);
  });

  it('XFGZ-36: a re-review opinion is published only after a re-review hearing', () => {
    expect(errorsOf(() => step(rereviewInProgress(), 'decide', '2026-03-20', { outcome: 'uphold', publication_allowed: true }))).toEqual(['XFGZ-36:publication_allowed']);
    expect(errorsOf(() => step(rereviewInProgress(), 'decide', '2026-03-20', { outcome: 'uphold', publication_allowed: false }))).toEqual([]);
    const heard = walk(rereviewInProgress(), [
      ['hearing', '2026-03-10'],
      ['hearing_end', '2026-03-12'],
    ]);
    expect(errorsOf(() => step(heard, 'decide', '2026-03-20', { outcome: 'uphold', publication_allowed: true }))).toEqual([]);
    // a hearing held in the review stage does not count for the re-review
    const reviewHeard = walk(reviewInProgress(), [
      ['hearing', '2026-02-15'],
      ['hearing_end', '2026-02-18'],
      ['decide', '2026-02-25', { outcome: 'uphold' }],
      ['serve', '2026-03-02', { service_method: 'in_person' }],
      ['request_rereview', '2026-03-05'],
      ['accept', '2026-03-06'],
    ]);
    expect(errorsOf(() => step(reviewHeard, 'decide', '2026-03-20', { outcome: 'uphold', publication_allowed: true }))).toEqual(['XFGZ-36:publication_allowed']);
    // the review stage may publish without a hearing rule
    expect(errorsOf(() => step(reviewInProgress(), 'decide', '2026-02-25', { outcome: 'uphold', publication_allowed: true }))).toEqual([]);
  });
});

describe('serve', () => {
  it('answered → answer_served; a service record with the document type and date', () => {
    const a = step(answered(), 'serve', '2026-02-02', { service_method: 'registered_mail', tracking_no: 'EMS1' });
    expect(a.record.status).toBe('answer_served');
    expect(a.record.progress.services).toEqual([{ service_method: 'registered_mail', tracking_no: 'EMS1', doc_type: 'handling_opinion', served_date: '2026-02-02' }]);
    expect(warningsOf(a)).toEqual([]);
  });

  it('a review or re-review opinion: T16 until it is decided; then review_served / rereview_served, appended', () => {
    expect(errorsOf(() => step(walk(record(), TO_REVIEW_SERVED.slice(0, 6)), 'serve', '2026-03-02', { service_method: 'in_person' }))).toEqual(['T16:outcome']);
    const rs = reviewServed();
    expect(rs.status).toBe('review_served');
    expect(rs.progress.services!.map((s) => [s.doc_type, s.served_date])).toEqual([
      ['handling_opinion', '2026-02-02'],
      ['review_opinion', '2026-03-02'],
    ]);
    expect(errorsOf(() => step(rereviewInProgress(), 'serve', '2026-03-20', { service_method: 'in_person' }))).toEqual(['T16:outcome']);
    const rr = walk(rereviewInProgress(), [
      ['decide', '2026-03-20', { outcome: 'uphold' }],
      ['serve', '2026-03-23', { service_method: 'in_person', remedy_notice_included: false }],
    ]);
    expect(rr.status).toBe('rereview_served');
    expect(rr.progress.services!.at(-1)).toMatchObject({ doc_type: 'rereview_opinion', served_date: '2026-03-23' });
  });

  it('R9 warns when the remedy notice was left out, except on the final re-review opinion', () => {
    expect(warningsOf(step(answered(), 'serve', '2026-02-02', { service_method: 'in_person', remedy_notice_included: false }))).toContain('R9:remedy_notice_included');
    expect(warningsOf(step(answered(), 'serve', '2026-02-02', { service_method: 'in_person', remedy_notice_included: true }))).toEqual([]);
    const decided = walk(rereviewInProgress(), [['decide', '2026-03-20', { outcome: 'uphold' }]]);
    expect(warningsOf(step(decided, 'serve', '2026-03-23', { service_method: 'in_person', remedy_notice_included: false }))).toEqual([]);
  });

  it('V-AG-3: service through the agent needs the receive_documents power, unrevoked, within the term', () => {
    const agent = (auth?: Partial<typeof AUTH> | null, proxy?: 'authorization_revoked') => {
      const file = agentFile(auth === null ? { authorization: undefined } : { authorization: { ...structuredClone(AUTH), ...auth } });
      const r = walk(registerCase(file, '2026-0002'), TO_ANSWER_SERVED.slice(0, 3));
      return proxy ? { ...r, proxy_status: proxy } : r;
    };
    const via = { service_method: 'via_agent' };
    expect(errorsOf(() => step(agent(), 'serve', '2026-02-02', via))).toEqual([]);
    expect(errorsOf(() => step(agent(), 'serve', '2026-02-02', { service_method: 'in_person', by_agent: true }))).toEqual([]);
    expect(errorsOf(() => step(agent(null), 'serve', '2026-02-02', via))).toEqual(['V-AG-3:authorization']);
    expect(errorsOf(() => step(agent({ proxy_powers: ['submit', 'track'] }), 'serve', '2026-02-02', via))).toEqual(['V-AG-3:authorization.proxy_powers']);
    expect(errorsOf(() => step(agent({ proxy_powers: ['submit'] }), 'serve', '2026-02-02', { service_method: 'in_person', by_agent: true }))).toEqual(['V-AG-3:authorization.proxy_powers']);
    expect(errorsOf(() => step(agent({ proxy_powers: ['submit'] }), 'serve', '2026-02-02', { service_method: 'in_person' }))).toEqual([]);
    expect(errorsOf(() => step(agent(undefined, 'authorization_revoked'), 'serve', '2026-02-02', via))).toEqual(['V-AG-3:authorization.revoked_date']);
    expect(errorsOf(() => step(agent({ revoked_date: '2026-02-02' }), 'serve', '2026-02-02', via))).toEqual(['V-AG-3:authorization.revoked_date']);
    expect(errorsOf(() => step(agent({ revoked_date: '2026-02-03' }), 'serve', '2026-02-02', via))).toEqual([]);
    expect(errorsOf(() => step(agent({ proxy_term_to: '2026-02-01' }), 'serve', '2026-02-02', via))).toEqual(['V-AG-3:authorization.proxy_term_to']);
    expect(errorsOf(() => step(agent({ proxy_term_to: '2026-02-02' }), 'serve', '2026-02-02', via))).toEqual([]);
    expect(errorsOf(() => step(agent({ proxy_term_to: '2026-02-01', until_case_terminated: true }), 'serve', '2026-02-02', via))).toEqual([]);
    expect(errorsOf(() => step(agent({ proxy_term_to: undefined }), 'serve', '2026-02-02', via))).toEqual([]);
    expect(errorsOf(() => step(agent({ proxy_term_from: '2026-02-03' }), 'serve', '2026-02-02', via))).toEqual(['V-AG-3:authorization.proxy_term_to']);
    expect(errorsOf(() => step(agent({ proxy_term_from: '2026-02-02' }), 'serve', '2026-02-02', via))).toEqual([]);
    // what was found is shown with the violation
    const found = (f: () => unknown) => refusal(f).violations.map((v) => v.found);
    expect(found(() => step(agent({ proxy_term_from: '2026-02-03', proxy_term_to: undefined }), 'serve', '2026-02-02', via))).toEqual(['2026-02-03–']);
    expect(found(() => step(agent({ proxy_term_to: '2026-02-01' }), 'serve', '2026-02-02', via))).toEqual(['2026-01-05–2026-02-01']);
    expect(found(() => step(agent({ proxy_powers: ['submit'] }), 'serve', '2026-02-02', via))).toEqual([['submit']]);
    expect(found(() => step(agent({ revoked_date: '2026-02-01' }), 'serve', '2026-02-02', via))).toEqual(['2026-02-01']);
  });
});

describe('review and re-review applications', () => {
  it('request_review: answer_served → review_received, application dated by default', () => {
    const a = step(answerServed(), 'request_review', '2026-02-10', { reviewing_org_name: '某市人民政府', review_requests: [{ seq: 2, text: '退费' }] });
    expect(a.record.status).toBe('review_received');
    expect(a.record.progress.review).toEqual({
      application_date: '2026-02-10',
      application_received_date: '2026-02-10',
      reviewing_org_name: '某市人民政府',
      review_requests: [{ seq: 2, text: '退费' }],
    });
    expect(warningsOf(a)).toEqual([]);
    const mailed = step(answerServed(), 'request_review', '2026-02-10', { application_date: '2026-02-08' }).record.progress.review!;
    expect([mailed.application_date, mailed.application_received_date]).toEqual(['2026-02-08', '2026-02-10']);
  });

  it('V-CASE-2: the application is not dated after its receipt', () => {
    expect(errorsOf(() => step(answerServed(), 'request_review', '2026-02-10', { application_date: '2026-02-11' }))).toEqual(['V-CASE-2:application_date']);
  });

  it("V-REV-2: review requests stay within the original requests; a re-review within the review's", () => {
    expect(
      errorsOf(() =>
        step(answerServed(), 'request_review', '2026-02-10', {
          review_requests: [
            { seq: 1, text: 'a' },
            { seq: 3, text: 'c' },
          ],
        }),
      ),
    ).toEqual(['V-REV-2:review_requests[1]']);
    // the review asked only about request 1
    expect(errorsOf(() => step(reviewServed(), 'request_rereview', '2026-03-05', { review_requests: [{ seq: 2, text: 'b' }] }))).toEqual(['V-REV-2:review_requests[0]']);
    expect(errorsOf(() => step(reviewServed(), 'request_rereview', '2026-03-05', { review_requests: [{ seq: 1, text: 'a' }] }))).toEqual([]);
    // a review that named no requests leaves the original ones as the bound
    const wide = walk(answerServed(), [
      ['request_review', '2026-02-10'],
      ['accept', '2026-02-11'],
      ['decide', '2026-02-25', { outcome: 'uphold' }],
      ['serve', '2026-03-02', { service_method: 'in_person' }],
    ]);
    expect(errorsOf(() => step(wide, 'request_rereview', '2026-03-05', { review_requests: [{ seq: 2, text: 'b' }] }))).toEqual([]);
    expect(errorsOf(() => step(wide, 'request_rereview', '2026-03-05', { review_requests: [{ seq: 3, text: 'c' }] }))).toEqual(['V-REV-2:review_requests[0]']);
    expect(refusal(() => step(wide, 'request_rereview', '2026-03-05', { review_requests: [{ seq: 3, text: 'c' }] })).violations[0]!.found).toBe(3);
    // a record with no requests at all bounds every request
    expect(errorsOf(() => step(at('answer_served'), 'request_review', '2026-02-10', { review_requests: [{ seq: 1, text: 'a' }] }))).toEqual(['V-REV-2:review_requests[0]']);
  });

  it('V-REV-1 warns after the 30-day window unless a late reason is recorded; V-CAL-1 when the window is provisional', () => {
    // served 2026-02-02: the window ends 2026-03-04
    expect(warningsOf(step(answerServed(), 'request_review', '2026-03-04'))).toEqual([]);
    expect(warningsOf(step(answerServed(), 'request_review', '2026-03-05'))).toEqual(['V-REV-1:date']);
    expect(warningsOf(step(answerServed(), 'request_review', '2026-03-05', { late_reason: '住院' }))).toEqual([]);
    const noNotice = walk(record(), [...TO_ANSWER_SERVED.slice(0, 3), ['serve', '2026-02-02', { service_method: 'in_person', remedy_notice_included: false }]]);
    expect(warningsOf(step(noNotice, 'request_review', '2026-02-10'))).toEqual(['V-CAL-1:date']);
    // review served 2026-03-02: the re-review window ends 2026-04-01
    expect(warningsOf(step(reviewServed(), 'request_rereview', '2026-04-01'))).toEqual([]);
    expect(warningsOf(step(reviewServed(), 'request_rereview', '2026-04-02'))).toEqual(['V-REV-1:date']);
  });

  it('request_rereview: review_served → rereview_received in its own stage', () => {
    const r = step(reviewServed(), 'request_rereview', '2026-03-05', { reviewing_org_name: '某省人民政府' }).record;
    expect(r.status).toBe('rereview_received');
    expect(r.progress.rereview).toEqual({ application_date: '2026-03-05', application_received_date: '2026-03-05', reviewing_org_name: '某省人民政府' });
    expect(r.progress.review!.outcome).toBe('uphold');
  });

  it('V-AG-3: an application by the agent needs apply_review / apply_rereview', () => {
    const agent = (powers: string[]) => walk(registerCase(agentFile({ authorization: { ...structuredClone(AUTH), proxy_powers: powers as typeof AUTH.proxy_powers } }), '2026-0002'), TO_ANSWER_SERVED);
    expect(errorsOf(() => step(agent(['submit', 'apply_rereview']), 'request_review', '2026-02-10', { by_agent: true }))).toEqual(['V-AG-3:authorization.proxy_powers']);
    expect(errorsOf(() => step(agent(['submit', 'apply_review']), 'request_review', '2026-02-10', { by_agent: true }))).toEqual([]);
    expect(errorsOf(() => step(agent(['submit']), 'request_review', '2026-02-10'))).toEqual([]);
    const rs = (powers: string[]) => walk(agent(powers), TO_REVIEW_SERVED.slice(4));
    expect(errorsOf(() => step(rs(['submit', 'apply_review']), 'request_rereview', '2026-03-05', { by_agent: true }))).toEqual(['V-AG-3:authorization.proxy_powers']);
    expect(errorsOf(() => step(rs(['submit', 'apply_rereview']), 'request_rereview', '2026-03-05', { by_agent: true }))).toEqual([]);
    // by_agent is an instruction, not part of the recorded application
    expect(step(agent(['apply_review']), 'request_review', '2026-02-10', { by_agent: true }).record.progress.review).not.toHaveProperty('by_agent');
  });
});

describe('withdraw', () => {
  it('from every review and re-review state → withdrawn, recorded as approved', () => {
    const states: [() => CaseRecord, string][] = [
      [reviewReceived, 'review_received'],
      [() => walk(reviewReceived(), [['request_materials', '2026-02-11', { missing_items: ['x'] }]]), 'review_awaiting_materials'],
      [reviewInProgress, 'review_in_progress'],
      [rereviewInProgress, 'rereview_in_progress'],
    ];
    for (const [make, status] of states) {
      const rec = make();
      expect(rec.status).toBe(status);
      const r = step(rec, 'withdraw', '2026-03-10', { reason: '已和解' }).record;
      expect(r.status).toBe('withdrawn');
      expect(r.progress.withdrawal).toEqual({ withdrawn_date: '2026-03-10', reason: '已和解', approved: true });
    }
    expect(step(reviewReceived(), 'withdraw', '2026-03-10').record.progress.withdrawal).toEqual({ withdrawn_date: '2026-03-10', approved: true });
  });

  it('S004-§17 refuses a withdrawal that was not permitted; V-AG-3 by the agent needs the withdraw power', () => {
    expect(errorsOf(() => step(reviewReceived(), 'withdraw', '2026-03-10', { approved: false }))).toEqual(['S004-§17:approved']);
    expect(errorsOf(() => step(reviewReceived(), 'withdraw', '2026-03-10', { approved: true }))).toEqual([]);
    const agent = (powers: string[]) =>
      walk(registerCase(agentFile({ authorization: { ...structuredClone(AUTH), proxy_powers: powers as typeof AUTH.proxy_powers } }), '2026-0002'), [...TO_ANSWER_SERVED, TO_REVIEW_SERVED[4]!]);
    expect(errorsOf(() => step(agent(['submit', 'apply_review']), 'withdraw', '2026-03-10', { by_agent: true }))).toEqual(['V-AG-3:authorization.proxy_powers']);
    expect(errorsOf(() => step(agent(['submit', 'withdraw']), 'withdraw', '2026-03-10', { by_agent: true }))).toEqual([]);
    expect(errorsOf(() => step(agent(['submit']), 'withdraw', '2026-03-10'))).toEqual([]);
  });
});

describe('terminate and archive', () => {
  it('T14: each reason only in its states; reasons without a state list apply anywhere open', () => {
    const cases: [string, () => CaseRecord, string][] = [
      [
        'mediated',
        () =>
          walk(record(), [
            ['accept', '2026-01-06'],
            ['mediate', '2026-01-30', { terms: 'x' }],
          ]),
        'accepted',
      ],
      ['withdrawn', () => walk(reviewReceived(), [['withdraw', '2026-02-12']]), 'review_received'],
      ['not_accepted', () => walk(record(), [['decline', '2026-01-08', { ground_codes: ['NA05'] }]]), 'registered'],
      ['not_accepted', () => walk(reviewReceived(), [['decline', '2026-02-11', { ground_codes: ['NA12'], appeal_text: 'x' }]]), 'registered'],
      [
        'not_accepted',
        () =>
          walk(reviewServed(), [
            ['request_rereview', '2026-03-05'],
            ['decline', '2026-03-06', { ground_codes: ['NA12'], appeal_text: 'x' }],
          ]),
        'registered',
      ],
      ['transferred_out', () => walk(record(), [['transfer', '2026-01-08', { target_org: 'x', kind: 'forward' }]]), 'registered'],
      ['routed_to_legal_procedure', () => walk(record({ claim_route: 'arbitration' }), [['route_legal', '2026-01-08', { route: 'arbitration' }]]), 'registered'],
      [
        'rereview_served',
        () =>
          walk(rereviewInProgress(), [
            ['decide', '2026-03-20', { outcome: 'uphold' }],
            ['serve', '2026-03-23', { service_method: 'in_person' }],
          ]),
        'review_served',
      ],
      ['answer_window_lapsed', answerServed, 'answered'],
      ['review_window_lapsed', reviewServed, 'answer_served'],
    ];
    for (const [reason, right, wrong] of cases) {
      const ok = step(right(), 'terminate', '2026-11-20', { reason });
      expect(ok.record.status, reason).toBe('terminated');
      expect(ok.record.progress.termination).toEqual({ terminated_date: '2026-11-20', reason });
      const bad =
        wrong === 'answered' ? answered() : wrong === 'answer_served' ? answerServed() : wrong === 'review_served' ? reviewServed() : wrong === 'review_received' ? reviewReceived() : record();
      expect(
        errorsOf(() => step(bad, 'terminate', '2026-11-20', { reason })),
        `${reason} from ${wrong}`,
      ).toContain('T14:reason');
    }
    for (const reason of ['no_successor', 'other_law']) {
      expect(step(record(), 'terminate', '2026-02-01', { reason, note: 'x' }).record.progress.termination).toEqual({ terminated_date: '2026-02-01', reason, note: 'x' });
    }
  });

  it('T14: a window-lapsed closure only after the window has run out; R9 warns when that window is provisional', () => {
    // served 2026-02-02: window ends 2026-03-04, so the first day to close is 2026-03-05
    expect(errorsOf(() => step(answerServed(), 'terminate', '2026-03-04', { reason: 'answer_window_lapsed' }))).toEqual(['T14:date']);
    expect(errorsOf(() => step(answerServed(), 'terminate', '2026-03-05', { reason: 'answer_window_lapsed' }))).toEqual([]);
    expect(warningsOf(step(answerServed(), 'terminate', '2026-03-05', { reason: 'answer_window_lapsed' }))).toEqual([]);
    // review opinion served 2026-03-02: the re-review window ends 2026-04-01
    expect(errorsOf(() => step(reviewServed(), 'terminate', '2026-04-01', { reason: 'review_window_lapsed' }))).toEqual(['T14:date']);
    expect(errorsOf(() => step(reviewServed(), 'terminate', '2026-04-02', { reason: 'review_window_lapsed' }))).toEqual([]);
    const noNotice = walk(record(), [...TO_ANSWER_SERVED.slice(0, 3), ['serve', '2026-02-02', { service_method: 'in_person', remedy_notice_included: false }]]);
    expect(warningsOf(step(noNotice, 'terminate', '2026-03-05', { reason: 'answer_window_lapsed' }))).toEqual(['R9:date']);
    const known = walk(record(), [...TO_ANSWER_SERVED.slice(0, 3), ['serve', '2026-02-02', { service_method: 'in_person', remedy_notice_included: false, known_date: '2026-02-10' }]]);
    expect(errorsOf(() => step(known, 'terminate', '2026-03-12', { reason: 'answer_window_lapsed' }))).toEqual(['T14:date']);
    expect(warningsOf(step(known, 'terminate', '2026-03-13', { reason: 'answer_window_lapsed' }))).toEqual([]);
  });

  it('closes the agency with the case, unless the authorization was revoked', () => {
    const rec = registerCase(agentFile(), '2026-0002');
    expect(step(rec, 'terminate', '2026-02-01', { reason: 'no_successor' }).record.proxy_status).toBe('proxy_closed');
    expect(step({ ...rec, proxy_status: 'authorization_revoked' }, 'terminate', '2026-02-01', { reason: 'no_successor' }).record.proxy_status).toBe('authorization_revoked');
    const noOverlay: CaseRecord = { ...rec };
    delete noOverlay.proxy_status;
    expect(step(noOverlay, 'terminate', '2026-02-01', { reason: 'no_successor' }).record.proxy_status).toBeUndefined();
    expect(step(record(), 'terminate', '2026-02-01', { reason: 'no_successor' }).record.proxy_status).toBeUndefined();
  });

  it('archive: terminated → archived with the archival details; then locked', () => {
    const done = walk(record(), [['terminate', '2026-02-01', { reason: 'no_successor' }]]);
    const a = step(done, 'archive', '2026-02-05', { archival_code: 'X-2026-1', incomplete_reason: '缺送达回证' });
    expect(a.record.status).toBe('archived');
    expect(a.record.progress.archived).toEqual({ archived_date: '2026-02-05', archival_code: 'X-2026-1', incomplete_reason: '缺送达回证' });
    expect(refusal(() => step(done, 'archive', '2026-02-05', { tag_manifest_sha256: 'abc' })).code).toBe('VALIDATION');
    expect(refusal(() => step(a.record, 'archive', '2026-02-06')).code).toBe('ILLEGAL_STEP');
  });
});

describe('the agent overlay (SPEC §4.4)', () => {
  it('proxy_close, proxy_archive, proxy_revoke move only the overlay; revocation dates the authorization once', () => {
    const rec = registerCase(agentFile(), '2026-0002');
    const closed = step(rec, 'proxy_close', '2026-02-01').record;
    expect([closed.status, closed.proxy_status]).toEqual(['registered', 'proxy_closed']);
    expect(step(closed, 'proxy_archive', '2026-02-02').record.proxy_status).toBe('proxy_archived');
    const rv = step(rec, 'proxy_revoke', '2026-02-03').record;
    expect([rv.status, rv.proxy_status, rv.authorization!.revoked_date]).toEqual(['registered', 'authorization_revoked', '2026-02-03']);
    const earlier = step({ ...rec, authorization: { ...AUTH, revoked_date: '2026-01-20' } }, 'proxy_revoke', '2026-02-03').record;
    expect(earlier.authorization!.revoked_date).toBe('2026-01-20');
    const noAuth = step({ ...rec, authorization: undefined }, 'proxy_revoke', '2026-02-03').record;
    expect([noAuth.proxy_status, noAuth.authorization]).toEqual(['authorization_revoked', undefined]);
    expect(step({ ...rec, proxy_status: 'proxy_review_assist' }, 'proxy_close', '2026-02-01').record.authorization!.revoked_date).toBeUndefined();
  });

  it('a proxy step is still dated within receipt and today', () => {
    const rec = registerCase(agentFile(), '2026-0002');
    expect(errorsOf(() => step(rec, 'proxy_close', '2026-11-22'))).toEqual(['DATE:date']);
    expect(errorsOf(() => step(rec, 'proxy_close', '2026-01-04'))).toEqual(['V-CASE-2:date']);
  });
});

describe('registerCase (T1)', () => {
  it('starts registered with no progress, drops history and $schema, and opens the overlay for an agent', () => {
    const file = { ...caseFile(), $schema: '../schema/case.schema.json', history: [{ event: 'accept', date: '2026-01-06' }] };
    const rec = registerCase(file, '2026-0009');
    expect(rec).toEqual({ ...caseFile(), case_no: '2026-0009', status: 'registered', progress: {} });
    expect(registerCase(agentFile(), '2026-0002').proxy_status).toBe('proxy_submitted');
    file.petitioners[0]!.name = '改过';
    expect(rec.petitioners[0]!.name).toBe('王秀兰');
  });
});
