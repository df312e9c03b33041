// Behaviour the mutation run showed no test pinned (test/domain/MUTATION.md, "Survivors"): the edges
// of the holiday data, the dates that close a clock, the state a refused step names, schema paths.
import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/domain/calendar.js';
import { caseClocks } from '../../src/domain/clocks.js';
import type { CaseFile, CaseRecord } from '../../src/domain/case.js';
import { addDays, computeDeadline, lastWorkdayOnOrBefore, rollForward } from '../../src/domain/deadlines.js';
import { formatDateTimeZh } from '../../src/domain/format.js';
import { registerCase } from '../../src/domain/lifecycle.js';
import { resolveRulePack } from '../../src/domain/rulepacks.js';
import { pointerToField, schemaViolations } from '../../src/domain/schema-check.js';
import { caseFileViolations } from '../../src/domain/validate-case.js';
import { agentFile, caseFile, ctx, key, record, refusal, type Step, step, TO_ANSWER_SERVED, walk, warningsOf } from './fixture.js';

// Data for 2026 only and no holidays: every weekday of 2026 is a working day, and so are the
// weekdays just outside it (2025-12-31, 2027-01-04), which the data does not vouch for.
const only2026 = buildCalendar({}, {}, { from: 2026, until: 2026 }, 'test');

describe('deadlines: the first and last day of the data are inside it', () => {
  const organ = (from: string, days: number) => computeDeadline({ from, days, unit: 'calendar_day', actor: 'organ' }, only2026);

  it('a calendar-day clock due on the last or the first covered day is not provisional', () => {
    expect(organ('2026-12-21', 10)).toMatchObject({ due: '2026-12-31', act_by: '2026-12-31', provisional: false });
    expect(organ('2025-12-22', 10)).toMatchObject({ due: '2026-01-01', act_by: '2026-01-01', provisional: false });
    // one day further either way is past the data
    expect(organ('2026-12-21', 14)).toMatchObject({ due: '2027-01-04', provisional: true });
    expect(organ('2025-12-22', 9)).toMatchObject({ due: '2025-12-31', provisional: true });
  });

  it('a working-day walk that starts on the first covered day walks inside the data', () => {
    expect(addDays('2025-12-31', 1, 'working_day', only2026)).toEqual({ date: '2026-01-01', provisional: false });
    expect(addDays('2025-12-30', 2, 'working_day', only2026)).toEqual({ date: '2026-01-01', provisional: true });
  });

  it('rolling forward: a day before the data is provisional, the last covered day is not', () => {
    expect(rollForward('2025-12-31', only2026)).toEqual({ date: '2025-12-31', provisional: true });
    expect(rollForward('2026-12-31', only2026)).toEqual({ date: '2026-12-31', provisional: false });
  });

  it('walking back: a day past the data is provisional, the first and last covered days are not', () => {
    expect(lastWorkdayOnOrBefore('2027-01-04', only2026)).toEqual({ date: '2027-01-04', provisional: true });
    expect(lastWorkdayOnOrBefore('2026-12-31', only2026)).toEqual({ date: '2026-12-31', provisional: false });
    expect(lastWorkdayOnOrBefore('2026-01-01', only2026)).toEqual({ date: '2026-01-01', provisional: false });
  });
});

describe('clocks', () => {
  const clocks = (rec: CaseRecord) => {
    const c = ctx();
    return Object.fromEntries(caseClocks(rec, { pack: c.pack, calendar: c.calendar, isXfBureau: false, asOf: '2026-11-21' }).map((k) => [k.slot, k]));
  };

  it('the handling clock is anchored on the acceptance', () => {
    expect(clocks(walk(record(), [['accept', '2026-01-06']])).handling).toMatchObject({ anchor_event: 'accepted', anchor_date: '2026-01-06' });
  });

  it('a case that ended closes its clocks on the earliest ending: a withdrawal before the termination', () => {
    const rec = walk(record(), [
      ...TO_ANSWER_SERVED,
      ['request_review', '2026-02-10', { review_requests: [{ seq: 1, text: '整改' }] }],
      ['withdraw', '2026-02-12', { approved: true }],
      ['terminate', '2026-02-20', { reason: 'withdrawn' }],
    ]);
    const k = clocks(rec);
    expect(k.review_acceptance).toMatchObject({ open: false, closed_date: '2026-02-12' });
    expect(k.review_opinion).toMatchObject({ open: false, closed_date: '2026-02-12' });
  });
});

describe('materials cured: the cure period of the stage that asked for them (DL-09)', () => {
  // Bug found by the 182 `c?.deadline` survivor: the first materials_cure clock was taken, so a
  // review's cure was checked against a first-instance cure that had ended weeks before.
  const review: Step[] = [
    ['accept', '2026-01-10'],
    ['start', '2026-01-10'],
    ...TO_ANSWER_SERVED.slice(2),
    ['request_review', '2026-02-10', { review_requests: [{ seq: 1, text: '整改' }] }],
    ['request_materials', '2026-02-11', { missing_items: ['复印件'] }],
  ];
  it('a review cure on its due day is not late, though the first-instance cure period ended on 2026-01-19', () => {
    const curedFirst = walk(record(), [['request_materials', '2026-01-05', { missing_items: ['身份证明'] }], ['materials_cured', '2026-01-09'], ...review]);
    expect(warningsOf(step(curedFirst, 'materials_cured', '2026-03-03'))).toEqual([]);
    // its own period: 10 working days from 2026-02-11 across the Spring Festival, due 2026-03-03
    const late = step(curedFirst, 'materials_cured', '2026-03-04');
    expect(warningsOf(late)).toEqual(['DL-09:date']);
    expect(late.warnings[0]!.message).toContain('2026-03-03');
  });
});

describe('accept without a notice clock', () => {
  it('every petitioner waived the written notice: accepted, no notice deadline to check', () => {
    const waived = record({ petitioners: [{ name: '王秀兰', party_type: 'natural', notice_waived_reason: '地址不详' }] });
    const a = step(waived, 'accept', '2026-01-06');
    expect(a.record.status).toBe('accepted');
    expect(a.record.progress.acceptance).toMatchObject({ accepted_date: '2026-01-06' });
  });

  it('a 信访局 (dispatch clock, no intake notice): accepted', () => {
    expect(step(record(), 'accept', '2026-01-06', undefined, ctx({ isXfBureau: true })).record.status).toBe('accepted');
  });
});

describe('a refused step names the state it was refused in', () => {
  it('a lifecycle event: the case state, label and code', () => {
    const e = refusal(() => step(record(), 'serve', '2026-01-06', { service_method: 'in_person' }));
    expect(e.code).toBe('ILLEGAL_STEP');
    expect(e.message).toMatch(/当前状态为\p{Script=Han}+（registered），不能执行「serve」/u);
  });

  it('an agency step: the agency state, or — when the case has no agency', () => {
    const agent = registerCase(agentFile(), '2026-0001');
    const e = refusal(() => step(agent, 'proxy_archive', '2026-01-06'));
    expect(e.code).toBe('ILLEGAL_STEP');
    expect(e.message).toMatch(/当前状态为\p{Script=Han}+（proxy_submitted），不能执行「proxy_archive」/u);
    expect(refusal(() => step(record(), 'proxy_close', '2026-01-06')).message).toContain('（—），不能执行「proxy_close」');
  });

  it('an archived case says it is locked, not merely that the step is not allowed', () => {
    const archived = walk(record(), [
      ['terminate', '2026-02-01', { reason: 'no_successor' }],
      ['archive', '2026-02-05'],
    ]);
    const e = refusal(() => step(archived, 'terminate', '2026-02-06', { reason: 'no_successor' }));
    expect(e.message).toBe('案件 2026-0001 已归档并锁定，不能再记录事件');
    expect(e.details).toEqual({ status: 'archived', allowed: [] });
  });
});

describe('V-CASE-5 on a case file being registered', () => {
  const limits = resolveRulePack(['national_2022']).limits;
  const recusal = (handler: NonNullable<CaseFile['handler']>) => caseFileViolations(caseFile({ handler }), { limits }).filter((x) => x.rule === 'V-CASE-5');
  it('a declared conflict without a recusal: the registration wording, on handler.recusal_decision', () => {
    const v = recusal({ handler_name: '李明', conflict_declared: true });
    expect(v.map(key)).toEqual(['V-CASE-5:handler.recusal_decision']);
    expect(v[0]!.message).toContain('须记录回避决定及决定人');
    expect(recusal({ handler_name: '李明', conflict_declared: true, recusal_decision: '更换', recusal_decided_by: '局长' })).toEqual([]);
  });
});

describe('schema paths and findings', () => {
  it('an index of two digits is an index; a key that starts with digits is a key', () => {
    expect(pointerToField('/petitioners/12/name')).toBe('petitioners[12].name');
    expect(pointerToField('/x/1a')).toBe('x.1a');
  });

  it('one violation per field, however many of its constraints fail', () => {
    const s = Type.Object({ code: Type.String({ minLength: 3, pattern: '^x', title: '代码' }) });
    expect(schemaViolations(s, { code: 'y' }).map((v) => [v.field, v.found])).toEqual([['code', 'y']]);
  });

  it('a fault the table does not word keeps the validator’s own description', () => {
    const v = schemaViolations(Type.Object({ n: Type.Number({ title: '数' }) }), { n: 'x' });
    expect(v.map((x) => [x.field, x.found])).toEqual([['n', 'x']]);
    expect(v[0]!.message).toContain('Expected number');
  });
});

describe('formatDateTimeZh: only a whole date (and time) is formatted', () => {
  it.each([
    ['x2027-01-26', 'x2027-01-26'],
    ['2027-01-26 09:30 起', '2027-01-26 09:30 起'],
    [' 2027-01-26 09:30 ', '2027年1月26日9时30分'],
  ])('%j → %j', (s, out) => {
    expect(formatDateTimeZh(s)).toBe(out);
  });
});
