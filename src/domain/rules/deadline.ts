// The deadline catalogue (SPEC §5.2 DL-*) and the computation rules that raise messages (§5.1 R9,
// R10 as V-CAL-1). Rule packs (../rulepacks.ts) pick a length, unit and actor for each DL id; its
// name and source are here, once.
import { msg, type Finding, type RuleDef } from './types.js';

type F = Finding[];

/** Late is the day after the due date (R3: the N-th day is included). */
const late = ({ date, due }: { date: string; due?: string }): F => (due && date > due ? [{ key: 'late', field: 'date', found: date, params: { due } }] : []);
const lateMsg = msg('期限为{due}，已逾期', 'the deadline was {due}', { severity: 'warning' });

/** One DL entry: `confidence` is SPEC's tag for the source. xf reports a passed deadline as a warning. */
const dl = (zh: string, en: string, source: string, confidence: string, message = lateMsg) =>
  ({
    label: { zh, en },
    source,
    confidence,
    severity: 'warning',
    applies: ['deadline'],
    messages: { late: message },
    checks: { late },
  }) satisfies RuleDef & { confidence: string };

export const DEADLINE_RULES = {
  'DL-01': dl('信访部门登记后转送、交办', 'bureau registers and dispatches', 'XFGZ §22', '✅V'),
  'DL-02': dl('书面告知受理情况', 'written intake notice', 'XFGZ §23 ¶2', '✅V'),
  'DL-03': dl('转交办事项书面告知', 'notice for a transferred matter', 'XFGZ §23 ¶3', '✅V'),
  'DL-03-ZJ': dl('转交办事项书面告知', 'notice for a transferred matter', 'ZJ16 §20', '✅V'),
  'DL-04': dl(
    '对转交办提出异议',
    'objection to a transfer',
    'XFGZ §23 ¶3',
    '✅V',
    msg('异议期限为{due}（5个工作日），已逾期', 'the objection window ended on {due}', { label: '异议日期', severity: 'warning' }),
  ),
  'DL-05': dl('信访事项办结', 'close the matter', 'XFGZ §34', '✅V'),
  'DL-05-ZJ': dl('信访事项办结', 'close the matter', 'ZJ16 §23', '✅V'),
  'DL-07': dl('申请复查期限', 'window to apply for review', 'XFGZ §35', '✅V'),
  'DL-08': dl('决定是否受理复查', 'decide on accepting the review', 'SD15 §43; S004-规程 §14', '✅V'),
  'DL-09': dl(
    '补齐材料',
    'cure incomplete materials',
    'S004-规程 §14',
    '✅S',
    msg('补齐期限已于{due}届满，可依 NA11 不予受理', 'the cure period ended on {due}; NA11 may apply', { label: '补齐日期', severity: 'warning' }),
  ),
  'DL-10': dl('提出复查意见', 'issue the review opinion', 'XFGZ §35', '✅V'),
  'DL-10-TOWN': dl('镇级复查意见（听证时间不计入）', 'town review opinion (hearing excluded)', 'S002', '✅S'),
  'DL-11': dl('申请复核期限', 'window to apply for re-review', 'XFGZ §36', '✅V'),
  'DL-12': dl('决定是否受理复核', 'decide on accepting the re-review', 'SD15 §44; S004-规程 §14', '✅V'),
  'DL-13': dl('提出复核意见（听证时间不计入）', 'issue the re-review opinion (hearing excluded)', 'XFGZ §36', '✅V'),
  'DL-14': dl('网上信访答复', 'online reply', 'S003', '✅S (unit ⚠U)'),
  'DL-15': dl('代理事项办结', 'close an agent-submitted matter', 'S000 篇5 五(四)', '✅S'),
  R9: {
    label: { zh: '未告知救济途径时申请期限自知道之日起算', en: 'without a remedy notice the window runs from when the petitioner knew' },
    source: 'SPEC §5.1 R9; XFGZ §35–36',
    severity: 'warning',
    applies: ['event:serve', 'event:terminate'],
    messages: {
      no_remedy_notice: msg('未告知救济途径和期限：申请期限自知道或者应当知道之日起算，期限暂为临时', 'no remedy notice: the window is provisional until known_date is recorded', {
        label: '已告知救济途径和期限',
      }),
      window_provisional: msg('申请期限为临时计算（未告知救济途径或超出日历数据范围），请核实', 'the window is provisional; check it', { label: '终结日期' }),
    },
    checks: {
      /** A re-review opinion is final: it opens no window, so it needs no remedy notice. */
      service: ({ remedy_notice_included, final }: { remedy_notice_included?: boolean; final: boolean }): F =>
        remedy_notice_included === false && !final ? [{ key: 'no_remedy_notice', field: 'remedy_notice_included' }] : [],
      window: ({ provisional }: { provisional?: boolean }): F => (provisional ? [{ key: 'window_provisional', field: 'date' }] : []),
    },
  },
  'V-CAL-1': {
    label: { zh: '超出日历数据范围的期限为临时', en: 'due dates past the calendar data are provisional' },
    source: 'SPEC §5.1 R10',
    severity: 'warning',
    applies: ['deadline', 'event:request_review', 'event:request_rereview', 'event:*'],
    messages: {
      window_provisional: msg('申请期限为临时计算，请核实', 'the window is provisional; check it', { label: '收到申请日期' }),
      clock_provisional: msg('期限 {due} 超出日历数据覆盖范围（至{until}），为临时计算', 'due {due} is past the calendar data (until {until}): provisional'),
    },
    checks: {
      clock: ({ provisional, due, until, field }: { provisional: boolean; due: string; until: string; field: string }): F =>
        provisional ? [{ key: 'clock_provisional', field, params: { due, until } }] : [],
      window: ({ provisional }: { provisional?: boolean }): F => (provisional ? [{ key: 'window_provisional', field: 'date' }] : []),
    },
  },
  'V-CAL-2': {
    label: { zh: '以临时期限届满终结须确认日历', en: 'closing on a provisional lapsed window needs the calendar confirmed' },
    source: 'SPEC §5.1 R10; XFGZ §35–36',
    severity: 'error',
    applies: ['event:terminate'],
    messages: {
      unconfirmed: msg(
        '申请期限 {due} 超出日历数据覆盖范围，为临时计算：核实节假日后以 --confirm-calendar（详情 confirm_calendar: true）确认，方可以期限届满终结',
        'the window ends {due}, past the calendar data (provisional): check the holidays, then confirm with --confirm-calendar (details confirm_calendar: true)',
        { label: '已核实日历' },
      ),
    },
    checks: {
      confirm: ({ provisional, due, confirmed }: { provisional?: boolean; due?: string; confirmed?: boolean }): F =>
        provisional && !confirmed ? [{ key: 'unconfirmed', field: 'confirm_calendar', params: { due: due ?? '' } }] : [],
    },
  },
} satisfies Record<string, RuleDef>;

export type DeadlineId = { [K in keyof typeof DEADLINE_RULES]: K extends `DL-${string}` ? K : never }[keyof typeof DEADLINE_RULES];
