// The lifecycle's event-detail catalogue (what `xf case event EVENT --help` and `--set` read) and the
// replay of a case's log with its corrections (更正), src/domain/lifecycle.ts.
import { describe, expect, it } from 'vitest';
import { XfError } from '../../src/domain/errors.js';
import { applyEvent, detailNode, eventFields, eventLabel, isCorrectable, type LoggedEvent, replayLog } from '../../src/domain/lifecycle.js';
import { ANSWER, ctx, record, TO_ANSWER_SERVED, walk } from './fixture.js';

describe('eventFields', () => {
  it('transfer: every top-level field, typed, required as the schema says, the date defaulted from the event', () => {
    expect(eventFields('transfer')).toEqual([
      { id: 'transfer_date', label: '转送日期', type: 'date', required: false, defaults_to_event_date: true },
      { id: 'target_org', label: '转送/交办机关', type: 'string', required: true },
      { id: 'kind', label: '转送或交办', type: 'enum', values: ['forward', 'assign'], required: true },
      { id: 'report_back_by', label: '报告结果期限', type: 'date', required: false },
      { id: 'doc_no', label: '文号', type: 'string', required: false },
    ]);
  });

  it('accept: an object field is opened one level, its fields within it', () => {
    const f = eventFields('accept');
    expect(f.find((x) => x.id === 'handler')).toEqual({ id: 'handler', label: '承办人', type: 'object', required: false });
    expect(f.find((x) => x.id === 'handler.handler_name')).toEqual({ id: 'handler.handler_name', label: '承办人', type: 'string', required: true, within: 'handler' });
    expect(f.find((x) => x.id === 'handler.conflict_declared')?.type).toBe('boolean');
    expect(f.find((x) => x.id === 'procedure_text')?.type).toBe('text'); // a string without minLength is free text
    expect(f.find((x) => x.id === 'issue_date')).toEqual({ id: 'issue_date', label: '告知日期', type: 'date', required: false }); // not a dateField
  });

  it('decline: lists of enums carry their values, lists of objects are opened with []', () => {
    const f = eventFields('decline');
    const grounds = f.find((x) => x.id === 'ground_codes')!;
    expect(grounds.type).toBe('list:enum');
    expect(grounds.values).toHaveLength(15);
    expect(grounds.values![0]).toBe('NA01');
    expect(f.find((x) => x.id === 'legal_basis')).toEqual({ id: 'legal_basis', label: '法律政策依据', type: 'list:object', required: false });
    expect(f.find((x) => x.id === 'legal_basis[].instrument')).toEqual({ id: 'legal_basis[].instrument', label: '法规名称', type: 'string', required: true, within: 'legal_basis' });
  });

  it('answer: list items with integers, and nothing deeper than it opens', () => {
    const f = eventFields('answer');
    expect(f.find((x) => x.id === 'requests[].seq')).toMatchObject({ type: 'integer', required: true, within: 'requests' });
    expect(f.find((x) => x.id === 'requests')).toMatchObject({ type: 'list:object' });
    expect(f.find((x) => x.id === 'issue_date')).toMatchObject({ type: 'date', defaults_to_event_date: true });
    expect(f.every((x) => x.id.split(/\.|\[\]\./).length <= 3)).toBe(true);
  });

  it('an event without details, or no event, has no fields', () => {
    expect(eventFields('start')).toEqual([]);
    expect(eventFields('no_such_event')).toEqual([]);
  });
});

describe('detailNode', () => {
  it('follows a path through the details schema', () => {
    expect(detailNode('answer', ['requests'])).toMatchObject({ type: 'array', items: { type: 'object' } });
    expect(detailNode('accept', ['handler', 'handler_name'])).toMatchObject({ type: 'string' });
    expect(detailNode('serve', ['service_method'])?.anyOf).toHaveLength(5);
    expect(detailNode('serve', [])).toMatchObject({ type: 'object' });
  });
  it('is undefined for an unknown path or event', () => {
    expect(detailNode('accept', ['nope'])).toBeUndefined();
    expect(detailNode('accept', ['handler', 'nope'])).toBeUndefined();
    expect(detailNode('no_such_event', ['x'])).toBeUndefined();
    expect(detailNode('start', ['x'])).toBeUndefined();
  });
});

describe('isCorrectable', () => {
  it.each([
    ['accept', true],
    ['answer', true],
    ['serve', true],
    ['proxy_revoke', true],
    ['correct', false],
    ['register', false],
    ['void', false],
  ])('%s → %s', (e, yes) => {
    expect(isCorrectable(e)).toBe(yes);
  });

  // `event in EVENTS` once found Object.prototype's names (isCorrectable('toString') was true)
  it("Object.prototype's names are not events a correction may target", () => {
    for (const e of ['toString', 'constructor', 'hasOwnProperty', '__proto__']) expect(isCorrectable(e), e).toBe(false);
  });
});

describe('an event named like an Object.prototype member', () => {
  // EVENTS[name] once found Object.prototype's members: `xf case event N constructor` was refused
  // as an illegal step reading "（undefined）" instead of the usage error listing the events
  it('is an unknown event (USAGE), not an illegal step', () => {
    let err: unknown;
    try {
      applyEvent(record(), { event: 'constructor', date: '2026-01-06' }, ctx());
    } catch (e) {
      err = e;
    }
    expect((err as XfError).code).toBe('USAGE');
  });
  it('eventLabel of such a name is the name itself', () => {
    expect(eventLabel('constructor')).toBe('constructor');
  });
  it('an unknown event is a USAGE error naming the events', () => {
    let err: unknown;
    try {
      applyEvent(record(), { event: 'no_such_event', date: '2026-01-06' }, ctx());
    } catch (e) {
      err = e;
    }
    expect((err as XfError).code).toBe('USAGE');
    expect(eventLabel('no_such_event')).toBe('no_such_event');
  });
});

describe('replayLog', () => {
  const log = (): LoggedEvent[] => TO_ANSWER_SERVED.map(([event, date, details], i) => ({ seq: i + 2, event, date, details: structuredClone(details ?? {}) }));

  it('without corrections it gives the state the events gave', () => {
    const start = record();
    const { record: rec } = replayLog(start, log(), ctx());
    const direct = walk(record(), TO_ANSWER_SERVED);
    expect(rec.status).toBe(direct.status);
    expect(rec.progress).toEqual(direct.progress);
    expect('corrections' in rec).toBe(false);
    expect(start.status).toBe('registered'); // the start record is not changed
  });

  it('skips what is not a lifecycle event (a registration, a correction itself)', () => {
    const { record: rec } = replayLog(record(), [{ seq: 1, event: 'register', date: '2026-01-05', details: {} }, ...log()], ctx());
    expect(rec.status).toBe(walk(record(), TO_ANSWER_SERVED).status);
  });

  it('applies every correction to its target, merging nested details and replacing lists, in order', () => {
    const corr = (seq: number, set: Record<string, unknown>, extra: Record<string, unknown> = {}): LoggedEvent => ({
      seq,
      event: 'correct',
      date: '2026-03-01',
      details: { target_seq: 4, target_event: 'answer', set, reason: '笔误', approved_by: '王主任', ...extra },
    });
    const entries = [
      ...log(),
      corr(6, { findings: '部分属实' }),
      corr(7, {
        outcomes: [
          { request_seq: 1, outcome: 'support', reasoning: '已整改' },
          { request_seq: 2, outcome: 'support', reasoning: '已退费' },
        ],
      }),
      corr(8, { findings: '基本属实' }, { event_date: '2026-01-29' }),
    ];
    const { record: rec } = replayLog(record(), entries, ctx());
    const op = rec.progress.handling_opinion as Record<string, unknown>;
    expect(op.findings).toBe('基本属实'); // the later correction wins
    expect((op.outcomes as { outcome: string }[]).map((o) => o.outcome)).toEqual(['support', 'support']);
    expect(op.petitioner_facts_reasons).toBe(ANSWER.petitioner_facts_reasons); // the rest kept
    expect(op.issue_date).toBe('2026-01-29'); // the corrected event date
    expect(rec.corrections!.map((c) => [c.seq, c.target_seq, c.date, c.reason])).toEqual([
      [6, 4, '2026-03-01', '笔误'],
      [7, 4, '2026-03-01', '笔误'],
      [8, 4, '2026-03-01', '笔误'],
    ]);
    expect(rec.corrections![2]!.event_date).toBe('2026-01-29');
  });

  it('a nested object in a correction is merged key by key', () => {
    const entries: LoggedEvent[] = [
      { seq: 2, event: 'accept', date: '2026-01-06', details: { handler: { handler_name: '李明', handler_phone: '1' } } },
      { seq: 3, event: 'correct', date: '2026-01-07', details: { target_seq: 2, target_event: 'accept', set: { handler: { handler_phone: '2' } }, reason: 'r', approved_by: 'a' } },
    ];
    const { record: rec } = replayLog(record(), entries, ctx());
    expect(rec.handler).toMatchObject({ handler_name: '李明', handler_phone: '2' });
  });

  it('an event a correction breaks is named with its number; without corrections the error is passed on as it is', () => {
    const broken: LoggedEvent[] = [
      ...log(),
      { seq: 6, event: 'correct', date: '2026-03-01', details: { target_seq: 2, target_event: 'accept', set: {}, event_date: '2025-12-01', reason: 'r', approved_by: 'a' } },
    ];
    let err: unknown;
    try {
      replayLog(record(), broken, ctx());
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XfError);
    const x = err as XfError;
    expect(x.details.seq).toBe(2);
    expect(x.message).toMatch(/#2/);
    expect(x.violations.length).toBeGreaterThan(0);

    const bad: LoggedEvent[] = [{ seq: 2, event: 'serve', date: '2026-01-06', details: { service_method: 'in_person' } }];
    let plain: unknown;
    try {
      replayLog(record(), bad, ctx());
    } catch (e) {
      plain = e;
    }
    expect(plain).toBeInstanceOf(XfError);
    expect((plain as XfError).details.seq).toBeUndefined();
    expect((plain as XfError).message).not.toMatch(/#2/);
  });
});
