// replayLog (lifecycle.ts): its warnings are the events' own, and a correction merges only an object
// into an object — a value of another kind (text, list, null) replaces the logged one whole, so the
// replayed event is refused naming that field with the corrected value, never a blend of the two.
import { describe, expect, it } from 'vitest';
import type { Violation } from '../../src/domain/errors.js';
import { applyEvent, type LoggedEvent, replayLog } from '../../src/domain/lifecycle.js';
import { ctx, record, refusal, TO_ANSWER_SERVED } from './fixture.js';

const log = (): LoggedEvent[] => TO_ANSWER_SERVED.map(([event, date, details], i) => ({ seq: i + 2, event, date, details: structuredClone(details ?? {}) }));
const correct = (seq: number, target: LoggedEvent, set: Record<string, unknown>): LoggedEvent => ({
  seq,
  event: 'correct',
  date: '2026-03-01',
  details: { target_seq: target.seq, target_event: target.event, set, reason: '笔误', approved_by: '王主任' },
});
const fieldsFound = (vs: readonly Violation[]) => vs.map((v) => [v.rule, v.field, v.found]);

describe('replayLog warnings', () => {
  it('are the warnings each event gave, in order', () => {
    // the service without the remedy notice warns (R9); replayed, the same warnings come back
    const entries = log();
    entries[3]!.details = { service_method: 'in_person', remedy_notice_included: false };
    let rec = record();
    const expected: Violation[] = [];
    for (const e of entries) {
      const a = applyEvent(rec, { event: e.event, date: e.date, details: e.details }, ctx());
      rec = a.record;
      expected.push(...a.warnings);
    }
    expect(expected.length).toBeGreaterThan(0);
    const { warnings } = replayLog(record(), entries, ctx());
    expect(warnings).toEqual(expected);
  });
  it('a clean log replays without warnings', () => {
    expect(replayLog(record(), log().slice(0, 2), ctx()).warnings).toEqual([]);
  });
});

describe('a correction of another kind replaces the value whole', () => {
  const accept: LoggedEvent = { seq: 2, event: 'accept', date: '2026-01-06', details: { handler: { handler_name: '李明' }, procedure_text: '依程序' } };
  const cases: [string, LoggedEvent[], LoggedEvent, Record<string, unknown>, string][] = [
    ['text onto an object', [accept], accept, { handler: '王五' }, 'handler'],
    ['null onto an object', [accept], accept, { handler: null }, 'handler'],
    ['a list onto an object', [accept], accept, { handler: ['王五'] }, 'handler'],
    ['an object onto text', [accept], accept, { procedure_text: { a: 1 } }, 'procedure_text'],
    ['an object onto a list', log(), log()[2]!, { requests: { seq: 1, text: 'x' } }, 'requests'],
  ];
  it.each(cases)('%s: refused as SCHEMA on that field, found the corrected value', (_, entries, target, set, field) => {
    const e = refusal(() => replayLog(record(), [...entries, correct(20, target, set)], ctx()));
    expect(e.code).toBe('VALIDATION');
    expect(e.details.seq).toBe(target.seq);
    expect(fieldsFound(e.violations)).toEqual([['SCHEMA', field, set[field]]]);
  });
});
