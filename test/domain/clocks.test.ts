// The clocks of a case (SPEC §3.6, §4.1, §5.2): which clocks a record has, where each is anchored,
// what closes it, pauses, resets and provisional windows, and the state a clock is in on a day.
import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../src/domain/case.js';
import { caseClocks, clockState, daysLeft, isOverdue, type Clock, type ClockContext } from '../../src/domain/clocks.js';
import { agentFile, ANSWER, ctx, record, TO_ANSWER_SERVED, TO_REVIEW_SERVED, walk } from './fixture.js';
import { registerCase } from '../../src/domain/lifecycle.js';

const cc = (over: Partial<ClockContext> = {}): ClockContext => {
  const c = ctx();
  return { pack: c.pack, calendar: c.calendar, isXfBureau: false, asOf: '2026-11-21', ...over };
};
const clocksOf = (rec: CaseRecord, over: Partial<ClockContext> = {}) => caseClocks(rec, cc(over));
const bySlot = (rec: CaseRecord, over: Partial<ClockContext> = {}) => Object.fromEntries(clocksOf(rec, over).map((c) => [c.slot, c]));
const brief = (c: Clock | undefined) => c && { anchor: c.anchor_date, due: c.deadline.due, open: c.open, closed: c.closed_date, met: c.met };

describe('first-instance clocks', () => {
  it('a registered letter: the 15-day intake notice from receipt, open', () => {
    const k = bySlot(record());
    expect(Object.keys(k)).toEqual(['intake_notice']);
    expect(brief(k.intake_notice)).toEqual({ anchor: '2026-01-05', due: '2026-01-20', open: true, closed: undefined, met: undefined });
    expect(k.intake_notice!).toMatchObject({ anchor_event: 'received', reset: false, paused: false, pauses: [] });
    expect(k.intake_notice!.rule.id).toBe('DL-02');
  });

  it('acceptance closes the notice clock (met) and starts handling: 60 days, extended once by R8', () => {
    const k = bySlot(walk(record(), [['accept', '2026-01-06']]));
    expect(brief(k.intake_notice)).toEqual({ anchor: '2026-01-05', due: '2026-01-20', open: false, closed: '2026-01-06', met: true });
    expect(brief(k.handling)).toEqual({ anchor: '2026-01-06', due: '2026-03-07', open: true, closed: undefined, met: undefined });
    expect(k.proxy_handling).toBeUndefined();
    const late = bySlot(walk(record(), [['accept', '2026-01-21']])).intake_notice!;
    expect([late.met, late.closed_date]).toEqual([false, '2026-01-21']);
    // the notice date counts when it differs from the acceptance
    expect(bySlot(walk(record(), [['accept', '2026-01-06', { issue_date: '2026-01-22' }]])).intake_notice!.met).toBe(false);
    const ext = bySlot(
      walk(record(), [
        ['accept', '2026-01-06'],
        ['extend', '2026-02-01', { extension_days: 30, extension_reason: 'x', approved_by: '局长' }],
      ]),
    ).handling!;
    expect([ext.deadline.base_due, ext.deadline.extended_by, ext.deadline.due]).toEqual(['2026-03-07', 30, '2026-04-06']);
    const answered = bySlot(walk(record(), TO_ANSWER_SERVED.slice(0, 3))).handling!;
    expect(brief(answered)).toEqual({ anchor: '2026-01-06', due: '2026-03-07', open: false, closed: '2026-01-30', met: true });
    const mediated = bySlot(
      walk(record(), [
        ['accept', '2026-01-06'],
        ['mediate', '2026-03-09', { terms: 'x' }],
      ]),
    ).handling!;
    expect([mediated.closed_date, mediated.met, mediated.open]).toEqual(['2026-03-09', false, false]);
  });

  it('a 信访部门 has the dispatch clock instead; notices are waived when no petitioner can be told', () => {
    const k = bySlot(record(), { isXfBureau: true });
    expect(Object.keys(k)).toEqual(['dispatch']);
    expect([k.dispatch!.rule.id, k.dispatch!.anchor_event, k.dispatch!.anchor_date]).toEqual(['DL-01', 'received', '2026-01-05']);
    expect(clocksOf(record({ petitioners: [{ name: '匿名', party_type: 'natural', notice_waived_reason: '地址不详' }] }))).toEqual([]);
    const mixed = record({
      petitioners: [
        { name: '甲', party_type: 'natural', notice_waived_reason: '地址不详' },
        { name: '乙', party_type: 'natural' },
      ],
    });
    expect(Object.keys(bySlot(mixed))).toEqual(['intake_notice']);
  });

  it("a transferred matter: the notice and the 5-working-day objection clock run from this organ's receipt", () => {
    const tr = record({ transfer_from_org: '某市信访局', org_received_date: '2026-01-07' });
    const k = bySlot(tr);
    expect(Object.keys(k)).toEqual(['transfer_notice', 'transfer_objection']);
    expect(brief(k.transfer_notice)).toMatchObject({ anchor: '2026-01-07', due: '2026-01-22', open: true });
    expect(k.transfer_notice!.anchor_event).toBe('org_received');
    expect(brief(k.transfer_objection)).toMatchObject({ anchor: '2026-01-07', due: '2026-01-14', open: true });
    expect([k.transfer_objection!.anchor_event, k.transfer_objection!.rule.id]).toEqual(['org_received', 'DL-04']);
    // an objection is the objection clock's act; accepting the matter only ends it
    const objected = bySlot(walk(tr, [['object', '2026-01-09', { reasons: 'x' }]])).transfer_objection!;
    expect([objected.open, objected.closed_date, objected.met]).toEqual([false, '2026-01-09', true]);
    const accepted = bySlot(walk(tr, [['accept', '2026-01-09']])).transfer_objection!;
    expect([accepted.open, accepted.closed_date, accepted.met]).toEqual([false, '2026-01-09', undefined]);
    expect(clockState(accepted, '2026-11-21')).toBe('ended');
    // without this organ's receipt date: the ordinary notice clock and no objection clock
    expect(Object.keys(bySlot(record({ transfer_from_org: '某市信访局' })))).toEqual(['intake_notice']);
    expect(Object.keys(bySlot(tr, { isXfBureau: true }))).toEqual(['dispatch']);
  });

  it('R7: completing the materials resets the receipt date; the cure clock runs from the notice', () => {
    const waiting = walk(record(), [['request_materials', '2026-01-07', { missing_items: ['x'] }]]);
    const w = bySlot(waiting);
    expect(brief(w.materials_cure)).toMatchObject({ anchor: '2026-01-07', open: true });
    expect(w.materials_cure!.anchor_event).toBe('cure_notice');
    expect(w.intake_notice!.reset).toBe(false);
    const cured = bySlot(walk(waiting, [['materials_cured', '2026-01-12']]));
    expect(brief(cured.intake_notice)).toMatchObject({ anchor: '2026-01-12', due: '2026-01-27', open: true });
    expect(cured.intake_notice!.reset).toBe(true);
    expect(brief(cured.materials_cure)).toMatchObject({ open: false, closed: '2026-01-12', met: true });
    // declined while still waiting: the decision ends the cure clock
    const declined = bySlot({ ...walk(waiting, []), status: 'registered', progress: { ...waiting.progress, non_acceptance: { decided_date: '2026-01-30', ground_codes: ['NA05'] } } });
    expect(declined.materials_cure!.closed_date).toBe('2026-01-30');
  });

  it('online matters reply within the online rule for their type; an agent case has the proxy handling clock', () => {
    const online = record({ channel: 'online', online_type: 'urgent' });
    const o = bySlot(online).online_reply!;
    expect([o.rule.id, o.anchor_event, o.deadline.due, o.open]).toEqual(['DL-14', 'received', '2026-01-06', true]);
    const replied = bySlot(walk(online, [['transfer', '2026-01-06', { target_org: 'x', kind: 'forward' }]])).online_reply!;
    expect([replied.closed_date, replied.met]).toEqual(['2026-01-06', true]);
    expect(bySlot(record({ channel: 'online' })).online_reply).toBeUndefined();
    expect(bySlot(record({ online_type: 'urgent' })).online_reply).toBeUndefined();
    const agent = bySlot(walk(registerCase(agentFile(), '2026-0002'), [['accept', '2026-01-06']]));
    expect(brief(agent.proxy_handling)).toEqual(brief(agent.handling));
    expect([agent.proxy_handling!.rule.id, agent.proxy_handling!.anchor_event]).toEqual(['DL-15', 'accepted']);
    const extended = bySlot(
      walk(registerCase(agentFile(), '2026-0002'), [
        ['accept', '2026-01-06'],
        ['extend', '2026-02-01', { extension_days: 30, extension_reason: 'x', approved_by: '局长' }],
      ]),
    );
    expect([extended.proxy_handling!.deadline.extended_by, extended.proxy_handling!.deadline.due]).toEqual([30, '2026-04-06']);
  });

  it('a final state ends every clock on the day the case ended', () => {
    const done = walk(record(), [
      ['accept', '2026-01-06'],
      ['terminate', '2026-02-01', { reason: 'no_successor' }],
    ]);
    const h = bySlot(done).handling!;
    expect([h.open, h.closed_date, h.met]).toEqual([false, '2026-02-01', undefined]);
    expect(clockState(h, '2026-11-21')).toBe('ended');
    const declined = bySlot(walk(record(), [['decline', '2026-01-08', { ground_codes: ['NA05'] }]])).intake_notice!;
    expect([declined.open, declined.closed_date, declined.met]).toEqual([false, '2026-01-08', true]);
  });
});

describe('review and re-review clocks', () => {
  it('the 30-day review window runs from service of the opinion and closes with the application', () => {
    const served = bySlot(walk(record(), TO_ANSWER_SERVED));
    expect(brief(served.review_window)).toEqual({ anchor: '2026-02-02', due: '2026-03-04', open: true, closed: undefined, met: undefined });
    expect(served.review_window!).toMatchObject({ anchor_event: 'served' });
    expect(served.review_window!.deadline.provisional).toBe(false);
    const applied = bySlot(walk(record(), [...TO_ANSWER_SERVED, TO_REVIEW_SERVED[4]!]));
    expect(brief(applied.review_window)).toMatchObject({ open: false, closed: '2026-02-10', met: true });
    expect(brief(applied.review_acceptance)).toMatchObject({ anchor: '2026-02-10', due: '2026-02-13', open: true });
    expect(brief(applied.review_opinion)).toMatchObject({ anchor: '2026-02-10', due: '2026-03-12', open: true });
    expect(applied.review_opinion!.anchor_event).toBe('review_received');
    expect(applied.review_opinion_town).toBeUndefined();
  });

  it('R9: without the remedy notice the window is provisional, or runs from the known date', () => {
    const steps = TO_ANSWER_SERVED.slice(0, 3);
    const noNotice = bySlot(walk(record(), [...steps, ['serve', '2026-02-02', { service_method: 'in_person', remedy_notice_included: false }]])).review_window!;
    expect([noNotice.anchor_date, noNotice.deadline.provisional]).toEqual(['2026-02-02', true]);
    const known = bySlot(walk(record(), [...steps, ['serve', '2026-02-02', { service_method: 'in_person', remedy_notice_included: false, known_date: '2026-02-10' }]])).review_window!;
    expect([known.anchor_date, known.deadline.due, known.deadline.provisional]).toEqual(['2026-02-10', '2026-03-12', false]);
    const told = bySlot(walk(record(), [...steps, ['serve', '2026-02-02', { service_method: 'in_person', remedy_notice_included: true, known_date: '2026-02-10' }]])).review_window!;
    expect([told.anchor_date, told.deadline.provisional]).toEqual(['2026-02-02', false]);
  });

  it("acceptance and the opinion close their clocks; the town target counts from the review's acceptance", () => {
    const accepted = bySlot(walk(record(), TO_REVIEW_SERVED.slice(0, 6)));
    expect(brief(accepted.review_acceptance)).toMatchObject({ open: false, closed: '2026-02-11', met: true });
    expect(brief(accepted.review_opinion_town)).toMatchObject({ anchor: '2026-02-11', due: '2026-02-26', open: true });
    expect(accepted.review_opinion_town!.anchor_event).toBe('review_accepted');
    const served = bySlot(walk(record(), TO_REVIEW_SERVED));
    expect(brief(served.review_opinion)).toMatchObject({ open: false, closed: '2026-02-25', met: true });
    expect(brief(served.review_opinion_town)).toMatchObject({ closed: '2026-02-25', met: true });
    expect(brief(served.rereview_window)).toMatchObject({ anchor: '2026-03-02', due: '2026-04-01', open: true });
    expect(served.rereview_window!.anchor_event).toBe('review_served');
    const declined = bySlot(walk(record(), [...TO_ANSWER_SERVED, TO_REVIEW_SERVED[4]!, ['decline', '2026-02-12', { ground_codes: ['NA12'], appeal_text: 'x' }]]));
    expect(brief(declined.review_acceptance)).toMatchObject({ closed: '2026-02-12', met: true });
  });

  it('the town target only with the s002 pack, and only for the review stage', () => {
    const national = caseClocks(walk(record(), TO_REVIEW_SERVED.slice(0, 6)), cc({ pack: ctx({}, ['national_2022', 'shandong_2015']).pack }));
    expect(national.map((c) => c.slot)).not.toContain('review_opinion_town');
    expect(national.find((c) => c.slot === 'review_opinion')!.open).toBe(true);
    const rr = clocksOf(walk(record(), [...TO_REVIEW_SERVED, ['request_rereview', '2026-03-05'], ['accept', '2026-03-06']]));
    expect(rr.filter((c) => c.slot === 'review_opinion_town').map((c) => c.anchor_date)).toEqual(['2026-02-11']);
  });

  it('R7 in a review: the acceptance and opinion clocks run from the completed materials', () => {
    const cured = bySlot(walk(record(), [...TO_ANSWER_SERVED, TO_REVIEW_SERVED[4]!, ['request_materials', '2026-02-11', { missing_items: ['x'] }], ['materials_cured', '2026-02-16']]));
    expect(brief(cured.review_acceptance)).toMatchObject({ anchor: '2026-02-16' });
    expect(cured.review_acceptance!.reset).toBe(true);
    expect(cured.review_opinion!.reset).toBe(true);
    expect(brief(cured.materials_cure)).toMatchObject({ anchor: '2026-02-11', closed: '2026-02-16', met: true });
    expect(cured.materials_cure!.anchor_event).toBe('review_cure_notice');
  });

  it('R6: a re-review hearing pauses the re-review opinion clock from the day after the decision to the conclusion', () => {
    const rr = walk(record(), [...TO_REVIEW_SERVED, ['request_rereview', '2026-03-05'], ['accept', '2026-03-06']]);
    const base = bySlot(rr).rereview_opinion!;
    expect(brief(base)).toMatchObject({ anchor: '2026-03-05', due: '2026-04-04', open: true });
    expect([base.pauses, base.paused]).toEqual([[], false]);
    const heard = bySlot(
      walk(rr, [
        ['hearing', '2026-03-10'],
        ['hearing_end', '2026-03-12'],
      ]),
    ).rereview_opinion!;
    expect(heard.pauses).toEqual([{ from: '2026-03-11', to: '2026-03-12' }]);
    expect([heard.paused, heard.deadline.paused_days, heard.deadline.due]).toEqual([false, 2, '2026-04-06']);
    const inHearing = walk(rr, [['hearing', '2026-03-10']]);
    const running = bySlot(inHearing, { asOf: '2026-03-20' }).rereview_opinion!;
    expect([running.paused, running.pauses]).toEqual([true, [{ from: '2026-03-11', to: '2026-03-20' }]]);
    expect(clockState(running, '2026-03-20')).toBe('paused');
    // the first paused day counts; asOf before the pause starts, or absent: nothing counted yet
    expect(bySlot(inHearing, { asOf: '2026-03-11' }).rereview_opinion!.pauses).toEqual([{ from: '2026-03-11', to: '2026-03-11' }]);
    expect(bySlot(inHearing, { asOf: '2026-03-09' }).rereview_opinion!.pauses).toEqual([{ from: '2026-03-11', to: '2026-03-10' }]);
    const noAsOf = bySlot(inHearing, { asOf: undefined }).rereview_opinion!;
    expect([noAsOf.pauses, noAsOf.deadline.paused_days]).toEqual([[{ from: '2026-03-11', to: '2026-03-10' }], 0]);
    // the review opinion (DL-10) is not paused by hearings; handling hearings pause no review clock
    const reviewHeardRec = () => walk(record(), [...TO_REVIEW_SERVED.slice(0, 6), ['hearing', '2026-02-15'], ['hearing_end', '2026-02-18']]);
    const reviewHeard = bySlot(reviewHeardRec());
    expect([reviewHeard.review_opinion!.pauses, reviewHeard.review_opinion!.paused]).toEqual([[], false]);
    expect(reviewHeard.review_opinion_town!.pauses).toEqual([{ from: '2026-02-16', to: '2026-02-18' }]);
    // a review hearing does not pause the later re-review
    const later = bySlot(
      walk(reviewHeardRec(), [
        ['decide', '2026-02-25', { outcome: 'uphold' }],
        ['serve', '2026-03-02', { service_method: 'in_person' }],
        ['request_rereview', '2026-03-05'],
      ]),
    ).rereview_opinion!;
    expect(later.pauses).toEqual([]);
  });
});

describe('clock states', () => {
  const rec = walk(record(), [['accept', '2026-01-06']]);
  const h = () => bySlot(rec).handling!; // due Saturday 2026-03-07, act by Friday 2026-03-06

  it('an organ clock runs until its act-by day, then is overdue', () => {
    expect(h().deadline.act_by).toBe('2026-03-06');
    expect(clockState(h(), '2026-03-06')).toBe('running');
    expect(clockState(h(), '2026-03-07')).toBe('overdue');
    expect([isOverdue(h(), '2026-03-06'), isOverdue(h(), '2026-03-07')]).toEqual([false, true]);
    expect([daysLeft(h(), '2026-03-01'), daysLeft(h(), '2026-03-06'), daysLeft(h(), '2026-03-09')]).toEqual([5, 0, -3]);
  });

  it('a petitioner window runs to its due day, then has lapsed; closed late it stays lapsed', () => {
    const w = bySlot(walk(record(), TO_ANSWER_SERVED)).review_window!;
    expect([clockState(w, '2026-03-04'), clockState(w, '2026-03-05')]).toEqual(['running', 'lapsed']);
    expect(isOverdue(w, '2026-03-05')).toBe(false);
    const lateApp = bySlot(walk(record(), [...TO_ANSWER_SERVED, ['request_review', '2026-03-05']])).review_window!;
    // an application closes the window as its act: met or late
    expect([lateApp.met, clockState(lateApp, '2026-11-21')]).toEqual([false, 'late']);
    const ended: Clock = { ...w, open: false, closed_date: '2026-03-05' };
    expect(clockState(ended, '2026-11-21')).toBe('lapsed');
    expect(clockState({ ...w, open: false, closed_date: '2026-03-04' }, '2026-11-21')).toBe('ended');
    expect(clockState({ ...w, open: false }, '2026-11-21')).toBe('ended');
  });

  it('a closed clock is met or late by its act', () => {
    const closed = bySlot(walk(record(), TO_ANSWER_SERVED.slice(0, 3))).handling!;
    expect(clockState(closed, '2026-11-21')).toBe('met');
    const late = bySlot(
      walk(record(), [
        ['accept', '2026-01-06'],
        ['answer', '2026-03-09', ANSWER],
      ]),
    ).handling!;
    expect([late.met, clockState(late, '2026-11-21'), isOverdue(late, '2026-11-21')]).toEqual([false, 'late', false]);
    expect(clockState({ ...h(), open: false, closed_date: '2026-02-01' }, '2026-11-21')).toBe('ended');
    // an organ clock the case outlived is ended, not lapsed, even after its due date
    expect(clockState({ ...h(), open: false, closed_date: '2026-04-01' }, '2026-11-21')).toBe('ended');
  });
});

describe('the transfer objection clock needs both a transferring organ and its receipt date', () => {
  it.each([
    [{ org_received_date: '2026-01-07' }, false], // received date alone: not a transferred matter
    [{ transfer_from_org: '某市信访局' }, false], // no receipt date: nothing to count from
    [{ transfer_from_org: '某市信访局', org_received_date: '2026-01-07' }, true],
  ])('%j → transfer_objection %s', (over, has) => {
    expect('transfer_objection' in bySlot(record(over))).toBe(has);
    // a 信访部门 never objects to a transfer
    expect('transfer_objection' in bySlot(record(over), { isXfBureau: true })).toBe(false);
  });
});
