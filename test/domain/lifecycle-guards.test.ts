// Guards of lifecycle.ts the event-by-event tests leave open: the closing checks of terminate (T14
// window, V-CAL-2 only past the calendar data), lateness of a review application at its decline
// (V-NA-1), the agent slip effect (accept only), and refusals that carry no violations.
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/domain/calendar.js';
import type { CaseRecord } from '../../src/domain/case.js';
import { allowedEvents, detailNode, isCaseEvent, registerCase } from '../../src/domain/lifecycle.js';
import { agentFile, ANSWER, ctx, errorsOf, record, refusal, step, TO_ANSWER_SERVED, TO_REVIEW_SERVED, walk, warningsOf } from './fixture.js';

const answerServed = () => walk(record(), TO_ANSWER_SERVED); // served 2026-02-02: review window ends 2026-03-04
const reviewServed = () => walk(record(), TO_REVIEW_SERVED); // served 2026-03-02: re-review window ends 2026-04-01

describe('terminate: the window checks belong to the window-lapsed reasons only', () => {
  it('another reason closes a served case while its window is still open', () => {
    expect(errorsOf(() => step(answerServed(), 'terminate', '2026-02-10', { reason: 'no_successor' }))).toEqual([]);
    expect(errorsOf(() => step(reviewServed(), 'terminate', '2026-03-10', { reason: 'no_successor' }))).toEqual([]);
    expect(errorsOf(() => step(answerServed(), 'terminate', '2026-02-10', { reason: 'answer_window_lapsed' }))).toEqual(['T14:date']);
  });

  it('V-CAL-2: a window ending past the holiday data needs the calendar confirmed; confirm_calendar is not recorded', () => {
    const c = ctx({ calendar: buildCalendar({}, {}, { from: 2025, until: 2025 }, 'test') });
    const served = walk(record(), TO_ANSWER_SERVED, c);
    expect(errorsOf(() => step(served, 'terminate', '2026-03-05', { reason: 'answer_window_lapsed' }, c))).toEqual(['V-CAL-2:confirm_calendar']);
    const ok = step(served, 'terminate', '2026-03-05', { reason: 'answer_window_lapsed', confirm_calendar: true }, c);
    expect(ok.record.progress.termination).toEqual({ terminated_date: '2026-03-05', reason: 'answer_window_lapsed' });
    const rs = walk(record(), TO_REVIEW_SERVED, c);
    expect(errorsOf(() => step(rs, 'terminate', '2026-04-02', { reason: 'review_window_lapsed' }, c))).toEqual(['V-CAL-2:confirm_calendar']);
  });

  it('V-CAL-2: a provisional window that ends on the last day of the data needs no confirmation (R9 warns)', () => {
    // served 2026-12-01 without the remedy notice: the window ends 2026-12-31, the data's last day
    const c = ctx({ today: '2027-02-01', calendar: buildCalendar({}, {}, { from: 2025, until: 2026 }, 'test') });
    const rec = walk(
      record({ received_date: '2026-11-02', registered_date: '2026-11-02' }),
      [
        ['accept', '2026-11-02'],
        ['answer', '2026-11-30', ANSWER],
        ['serve', '2026-12-01', { service_method: 'in_person', remedy_notice_included: false }],
      ],
      c,
    );
    const a = step(rec, 'terminate', '2027-01-05', { reason: 'answer_window_lapsed' }, c);
    expect(a.record.status).toBe('terminated');
    expect(warningsOf(a)).toContain('R9:date');
  });
});

describe('decline of a review application: V-NA-1 warns when it came in late without a reason', () => {
  const declined = (rec: CaseRecord, date: string, codes = ['NA12']) => warningsOf(step(rec, 'decline', date, { ground_codes: codes, appeal_text: 'x' }));
  const v = (w: string[]) => w.filter((x) => x.startsWith('V-NA-1'));

  it('review: on time no warning; late → V-NA-1 unless NA10 is the ground or a late reason was recorded', () => {
    expect(v(declined(walk(record(), [...TO_ANSWER_SERVED, ['request_review', '2026-03-04']]), '2026-03-05'))).toEqual([]);
    const late = walk(record(), [...TO_ANSWER_SERVED, ['request_review', '2026-03-05']]);
    expect(v(declined(late, '2026-03-06'))).toEqual(['V-NA-1:ground_codes']);
    expect(v(declined(late, '2026-03-06', ['NA10']))).toEqual([]);
    const excused = walk(record(), [...TO_ANSWER_SERVED, ['request_review', '2026-03-05', { late_reason: '住院' }]]);
    expect(v(declined(excused, '2026-03-06'))).toEqual([]);
  });

  it("re-review: measured against the re-review window, not the review's", () => {
    // received 2026-03-05: after the review window (03-04), within the re-review window (04-01)
    expect(v(declined(walk(reviewServed(), [['request_rereview', '2026-03-05']]), '2026-03-06'))).toEqual([]);
    expect(v(declined(walk(reviewServed(), [['request_rereview', '2026-04-01']]), '2026-04-02'))).toEqual([]);
    expect(v(declined(walk(reviewServed(), [['request_rereview', '2026-04-02']]), '2026-04-03'))).toEqual(['V-NA-1:ground_codes']);
  });
});

describe('effects', () => {
  const agentAccepted = () => walk(registerCase(agentFile(), '2026-0002'), [['accept', '2026-01-06']]);
  it('only the acceptance of an agent case without a slip asks for a slip number', () => {
    expect(step(registerCase(agentFile(), '2026-0002'), 'accept', '2026-01-06').effects).toEqual({ allocateSlip: true });
    const rec = agentAccepted();
    expect(rec.status).toBe('accepted');
    // a proxy step leaves the case accepted: no new slip
    const revoked = step(rec, 'proxy_revoke', '2026-01-07');
    expect(revoked.record.status).toBe('accepted');
    expect(revoked.effects).toEqual({});
    expect(step(record(), 'accept', '2026-01-06').effects).toEqual({});
  });
});

describe('refusals of a step carry no violations', () => {
  it('an archived case: ILLEGAL_STEP, nothing allowed, no violations', () => {
    const archived = walk(record(), [
      ['terminate', '2026-02-01', { reason: 'no_successor' }],
      ['archive', '2026-02-05'],
    ]);
    const e = refusal(() => step(archived, 'terminate', '2026-02-06', { reason: 'no_successor' }));
    expect(e.code).toBe('ILLEGAL_STEP');
    expect(e.violations).toEqual([]);
    expect(e.details).toMatchObject({ status: 'archived', allowed: [] });
  });
  it('an event not allowed in the state: ILLEGAL_STEP listing what is allowed, no violations', () => {
    const e = refusal(() => step(record(), 'serve', '2026-01-06', { service_method: 'in_person' }));
    expect(e.code).toBe('ILLEGAL_STEP');
    expect(e.violations).toEqual([]);
    expect(e.details).toMatchObject({ status: 'registered', allowed: allowedEvents(record()) });
  });
});

describe('detailNode', () => {
  it('a path through a leaf field is not a node', () => {
    expect(detailNode('transfer', ['target_org', 'x'])).toBeUndefined();
    expect(detailNode('answer', ['requests', 'seq'])).toBeUndefined(); // a list's items are not its properties
  });
});

describe('V-DOC-2 on each outgoing recipient of a confidential case', () => {
  const conf = (over = {}) => record({ confidential: true, respondent: '某市热力有限公司', ...over });
  const accepted = () => walk(conf(), [['accept', '2026-01-06']]);

  it('transfer: the target organ', () => {
    expect(errorsOf(() => step(conf(), 'transfer', '2026-01-08', { target_org: '某市热力有限公司', kind: 'assign' }))).toEqual(['V-DOC-2:target_org']);
    expect(errorsOf(() => step(conf(), 'transfer', '2026-01-08', { target_org: '某区住建局', kind: 'assign' }))).toEqual([]);
  });

  it('a discipline body of the configuration may receive it even when it is the respondent', () => {
    const c = ctx({ disciplineBodies: ['某区纪委监委'] });
    const rec = record({ confidential: true, respondent: '某区纪委监委' });
    expect(errorsOf(() => step(rec, 'transfer', '2026-01-08', { target_org: '某区纪委监委', kind: 'assign' }, c))).toEqual([]);
    expect(errorsOf(() => step(rec, 'transfer', '2026-01-08', { target_org: '某区纪委监委', kind: 'assign' }))).toEqual(['V-DOC-2:target_org']);
  });

  it("hearing and hearing_end: each attendee's name and organ; an attendee without an organ is fine", () => {
    expect(errorsOf(() => step(accepted(), 'hearing', '2026-01-20', { attendees: [{ name: '张三', role: 'handling_org_rep', org: '某市热力有限公司' }] }))).toEqual(['V-DOC-2:attendees[0].org']);
    expect(
      errorsOf(() =>
        step(accepted(), 'hearing', '2026-01-20', {
          attendees: [
            { name: '李四', role: 'petitioner' },
            { name: '某市热力有限公司', role: 'handling_org_rep' },
          ],
        }),
      ),
    ).toEqual(['V-DOC-2:attendees[1].name']);
    expect(errorsOf(() => step(accepted(), 'hearing', '2026-01-20', { attendees: [{ name: '李四', role: 'petitioner' }] }))).toEqual([]);
    const inHearing = walk(accepted(), [['hearing', '2026-01-20', { attendees: [{ name: '李四', role: 'petitioner' }] }]]);
    expect(errorsOf(() => step(inHearing, 'hearing_end', '2026-01-28', { attendees: [{ name: '李四', role: 'petitioner', org: '某市热力有限公司' }] }))).toEqual(['V-DOC-2:attendees[0].org']);
  });

  it('serve: the addressee; a service without one is fine', () => {
    const answered = walk(accepted(), [['answer', '2026-01-30', ANSWER]]);
    expect(errorsOf(() => step(answered, 'serve', '2026-02-02', { service_method: 'in_person', addressee: '某市热力有限公司' }))).toEqual(['V-DOC-2:addressee']);
    expect(errorsOf(() => step(answered, 'serve', '2026-02-02', { service_method: 'in_person', addressee: '王秀兰' }))).toEqual([]);
    expect(errorsOf(() => step(answered, 'serve', '2026-02-02', { service_method: 'in_person' }))).toEqual([]);
  });
});

describe('details the step itself fixes', () => {
  it('hearing_end: the hearing is concluded on the event date, whatever the details say', () => {
    const inH = walk(record(), [
      ['accept', '2026-01-06'],
      ['hearing', '2026-01-20'],
    ]);
    const r = step(inH, 'hearing_end', '2026-01-28', { concluded_date: '2026-01-27', conclusion: '维持' }).record;
    expect(r.progress.hearings!.at(-1)).toMatchObject({ concluded_date: '2026-01-28', conclusion: '维持' });
  });
});

describe('isCaseEvent', () => {
  it.each([
    ['accept', true],
    ['archive', true],
    ['proxy_close', false],
    ['register', false],
    ['correct', false],
    ['toString', false],
  ])('%s → %s', (e, yes) => {
    expect(isCaseEvent(e)).toBe(yes);
  });
});

describe('a step that cannot read what it needs', () => {
  // a record whose stage data is missing (a damaged register): refused by name, not a crash
  it('is refused with V-EVT-1 on details, the error it met as found', () => {
    const damaged: CaseRecord = { ...record(), status: 'review_received' };
    const e = refusal(() => step(damaged, 'accept', '2026-02-11'));
    expect(e.code).toBe('VALIDATION');
    expect(e.violations.map((v) => [v.rule, v.field, typeof v.found])).toEqual([['V-EVT-1', 'details', 'string']]);
  });
});
