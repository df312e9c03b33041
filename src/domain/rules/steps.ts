// Guards of lifecycle transitions (SPEC §4.2 T-numbers) that are not a field rule of §10: which
// step fits the case's state and dates.
import { msg, type Finding, type RuleDef } from './types.js';

type F = Finding[];

export const STEP_RULES = {
  DATE: {
    label: { zh: '事件日期不晚于今天', en: 'no event dated in the future' },
    source: '✎D',
    severity: 'error',
    applies: ['event:*'],
    messages: {
      future: msg('事件日期不得晚于今天（{today}）', 'the event date may not be after today ({today})', { label: '日期' }),
    },
    checks: {
      date: ({ date, today }: { date: string; today: string }): F => (date > today ? [{ key: 'future', field: 'date', found: date, params: { today } }] : []),
    },
  },
  T3: {
    label: { zh: '只有转送、交办的事项可提出异议', en: 'only a transferred matter can be objected to' },
    source: 'XFGZ §23 ¶3; SPEC §4.2 T3',
    severity: 'error',
    applies: ['event:object'],
    messages: {
      not_transferred: msg('只有经转送、交办的事项才能提出异议', 'only a transferred matter can be objected to', { label: '转送/交办机关' }),
    },
    checks: {
      transferred: ({ transfer_from_org }: { transfer_from_org?: string }): F => (transfer_from_org ? [] : [{ key: 'not_transferred', field: 'transfer_from_org' }]),
    },
  },
  T14: {
    label: { zh: '终结原因与状态、期限相符', en: 'termination reason fits the state and the window' },
    source: 'XFGZ §35–36; SPEC §4.3 T14',
    severity: 'error',
    applies: ['event:terminate'],
    messages: {
      wrong_state: msg('终结原因「{reason}」只适用于状态：{states}', 'reason "{reason}" applies only in: {states_en}', { label: '终结原因' }),
      window_open: msg('申请期限至{due}届满，届满前不能以期限届满终结', 'the window runs until {due}; it has not lapsed', { label: '终结日期' }),
    },
    checks: {
      state: ({ reason, status, states }: { reason: string; status: string; states?: readonly string[] }): F =>
        states && !states.includes(status) ? [{ key: 'wrong_state', field: 'reason', found: status, params: { reason, states: states.join('、'), states_en: states.join(', ') } }] : [],
      /** A window has lapsed only the day after its due date. */
      window: ({ date, due }: { date: string; due?: string }): F => (due && date <= due ? [{ key: 'window_open', field: 'date', found: date, params: { due } }] : []),
    },
  },
  T16: {
    label: { zh: '先作出意见再送达', en: 'the opinion is recorded before it is served' },
    source: 'SPEC §4.2 T16',
    severity: 'error',
    applies: ['event:serve'],
    messages: {
      no_outcome: msg('送达前须先记录意见（decide 事件）', 'record the opinion (decide) before serving it', { label: '复查（复核）意见' }),
    },
    checks: {
      decided: ({ outcome }: { outcome?: string }): F => (outcome ? [] : [{ key: 'no_outcome', field: 'outcome' }]),
    },
  },
  'V-COR-1': {
    label: { zh: '更正只替代详情并留痕，已归档案件不能更正', en: 'a correction supersedes details on the record; an archived case cannot be corrected' },
    source: '✎D (SPEC §4: the event log is append-only; an archived case is locked)',
    severity: 'error',
    applies: ['event:correct'],
    messages: {
      locked: msg(
        '案件 {case_no} 已归档并锁定，不能更正；请按档案管理规定在备考表中说明',
        'case {case_no} is archived and locked: it cannot be corrected (note it in the 备考表 as the archives rules say)',
        { label: '案件状态' },
      ),
      not_correctable: msg(
        '第 #{seq} 项不是本案可更正的办理事件（{event}）：只能更正受理、送达等办理事件的详情',
        '#{seq} is not a lifecycle event of this case ({event}): only lifecycle events can be corrected',
        { label: '被更正事件' },
      ),
      nothing_set: msg('未给出更正内容：用 --set 字段=值、--file 或 --event-date', 'nothing to correct: give --set key=value, --file or --event-date', { label: '更正内容' }),
      no_reason: msg('更正须写明理由和批准人', 'a correction needs a reason and who approved it', { label: '更正理由' }),
    },
    checks: {
      correct: ({
        case_no,
        status,
        correctable,
        event,
        seq,
        changes,
        reason,
        approved_by,
      }: {
        case_no: string;
        status: string;
        correctable: boolean;
        event: string;
        seq: number;
        changes: number;
        reason?: string;
        approved_by?: string;
      }): F => [
        ...(status === 'archived' ? [{ key: 'locked', field: 'status', found: status, params: { case_no } }] : []),
        ...(!correctable ? [{ key: 'not_correctable', field: 'event', found: seq, params: { seq, event } }] : []),
        ...(changes === 0 ? [{ key: 'nothing_set', field: 'set' }] : []),
        ...(!reason?.trim() ? [{ key: 'no_reason', field: 'reason' }] : !approved_by?.trim() ? [{ key: 'no_reason', field: 'approved_by', label: '批准人' }] : []),
      ],
    },
  },
} satisfies Record<string, RuleDef>;
