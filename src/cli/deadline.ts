// xf deadline (ad-hoc computation), xf deadlines (every open clock), xf calendar (data coverage).
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { defaultCalendar } from '../domain/calendar.js';
import { configPath, loadCalendar, loadConfig, resolveHome } from '../registry/home.js';
import { daysBetween, nextDate, type IsoDate } from '../domain/dates.js';
import { computeDeadline, type Pause } from '../domain/deadlines.js';
import { resolveRulePack, type ResolvedRulePack } from '../domain/rulepacks.js';
import { check } from '../domain/rules/index.js';
import { XfError } from '../domain/errors.js';
import { formatDateZh, weekdayZh } from '../domain/format.js';
import { t } from '../domain/i18n.js';
import { parseDateOption, parseIntOption, withRegistry } from './context.js';
import { printJson } from './output.js';
import { renderTableShared } from './table.js';
import { CLOCK_STATES, clockLines, type ClockKind, type ClockLine } from '../registry/read-only.js';
import type { OpenClockRow } from '../registry/registry.js';

/** With a register here (or in $XF_HOME), its calendar overrides apply; otherwise the package data. */
function officeCalendar() {
  const home = resolveHome();
  return existsSync(configPath(home)) ? loadCalendar(home, loadConfig(home)) : defaultCalendar();
}

/** The rule packs `--rule-packs` names, else the office's (as `case event extend` uses), else national. */
function officePack(list?: string): ResolvedRulePack {
  if (list)
    return resolveRulePack(
      list
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
  const home = resolveHome();
  return resolveRulePack(existsSync(configPath(home)) ? loadConfig(home).rule_packs : ['national_2022']);
}

type ClockState = ClockKind['state'];
const RANK = Object.fromEntries(CLOCK_STATES.map((s, i) => [s, i])) as Record<ClockState, number>;
// case numbers compared by code unit: the same order on every machine, and far cheaper than localeCompare
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Days left (to the due date for the petitioner, the act-by date for the organ) and the state. */
function clockState(c: OpenClockRow, asOf: IsoDate): { left: number; state: ClockState } {
  const left = daysBetween(asOf, c.actor === 'petitioner' ? c.due : c.act_by);
  return { left, state: c.paused ? 'paused' : left < 0 ? (c.actor === 'petitioner' ? 'lapsed' : 'overdue') : 'running' };
}

function parsePause(s: string): Pause {
  const m = /^(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$/.exec(s);
  if (!m) throw new XfError('USAGE', t(`--pause 应为 起:止（YYYY-MM-DD:YYYY-MM-DD）：${s}`, `--pause must be FROM:TO (YYYY-MM-DD:YYYY-MM-DD): ${s}`));
  const from = parseDateOption(m[1]!, '--pause'),
    to = parseDateOption(m[2]!, '--pause');
  if (to < from) throw new XfError('USAGE', t(`--pause 的终止日不得早于起始日：${s}`, `--pause ends before it starts: ${s}`));
  return { from, to };
}

export function registerDeadline(program: Command): void {
  program
    .command('deadline')
    .description(t('计算一个期限（法定工作日日历；次日起算；期满日计入）', 'compute one deadline on the official working-day calendar'))
    .requiredOption('--from <date>', t('起算事件日期（当日不计入）', 'anchor date (not counted)'))
    .requiredOption('--days <n>', t('天数', 'length in days'))
    .option('--unit <unit>', t('workday（工作日）或 calendar（自然日）', 'workday or calendar'), 'calendar')
    .option(
      '--actor <actor>',
      t('organ（机关办理期限：期满日遇休息日不顺延，提示最迟办理日）或 petitioner（信访人申请期限：期满日遇休息日顺延）', 'organ (no rollover; reports act_by) or petitioner (rolls past rest days)'),
      'organ',
    )
    .option(
      '--extend <days>',
      t(
        '延长天数（自原期满日起按自然日计算，不超过规则包的上限：全国30日，浙江60日）',
        "extension in calendar days from the original due date (at most the rule pack's limit: 30 nationally, 60 in Zhejiang)",
      ),
    )
    .option(
      '--rule-packs <list>',
      t(
        '按这些规则包检查 --extend（默认：本机关 xf.config.json 的规则包，无登记簿时为 national_2022）',
        "rule packs for the --extend limit (default: the office's xf.config.json, or national_2022 without a register)",
      ),
    )
    .option(
      '--pause <from:to>',
      t('不计入期限的期间（如听证），含首尾两日，可重复', 'an excluded interval (e.g. a hearing), both ends included; repeatable'),
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option('--json', t('以 JSON 输出（due、act_by、provisional 等）', 'print JSON (due, act_by, provisional, …)'))
    .addHelpText(
      'after',
      t(
        `
示例：
  xf deadline --from 2025-09-29 --days 3 --unit workday            # 复查受理决定：2025年10月10日
  xf deadline --from 2026-09-01 --days 30 --actor petitioner       # 申请复查期限：遇国庆顺延至2026年10月8日
  xf deadline --from 2026-01-05 --days 60 --extend 30              # 延期后2026年4月5日，最迟4月3日办理
日历数据来自 npm 包 chinese-days；超出其覆盖年度的计算标为“临时”（provisional），仍按《全国年节及纪念日放假办法》的法定节日（含补假）计休息日。`,
        `
Examples:
  xf deadline --from 2025-09-29 --days 3 --unit workday
  xf deadline --from 2026-09-01 --days 30 --actor petitioner
  xf deadline --from 2026-01-05 --days 60 --extend 30
Calendar data: the chinese-days package; results past its years are marked provisional and still skip
the statutory holidays of 《全国年节及纪念日放假办法》 (with make-up days).`,
      ),
    )
    .action((o: { from: string; days: string; unit: string; actor: string; extend?: string; rulePacks?: string; pause: string[]; json?: boolean }) => {
      const from = parseDateOption(o.from, '--from');
      const days = parseIntOption(o.days, '--days', 0, 3650);
      const unit = o.unit === 'workday' || o.unit === 'working_day' ? 'working_day' : o.unit === 'calendar' || o.unit === 'calendar_day' ? 'calendar_day' : undefined;
      if (!unit) throw new XfError('USAGE', t(`--unit 应为 workday 或 calendar：${o.unit}`, `--unit must be workday or calendar: ${o.unit}`));
      if (o.actor !== 'organ' && o.actor !== 'petitioner') throw new XfError('USAGE', t(`--actor 应为 organ 或 petitioner：${o.actor}`, `--actor must be organ or petitioner: ${o.actor}`));
      const extendDays = o.extend !== undefined ? parseIntOption(o.extend, '--extend', 0, 3650) : 0;
      // V-DOC-9 with the same pack limit the register's extend event checks against
      const [tooLong] = extendDays ? check('V-DOC-9', 'days', { days: extendDays, limits: officePack(o.rulePacks).limits }) : [];
      if (tooLong) throw new XfError('USAGE', t('--extend 超出规则包允许的延长期限', "--extend is past the rule pack's extension limit"), [{ ...tooLong, field: '--extend' }]);
      const cal = officeCalendar();
      const r = computeDeadline({ from, days, unit, actor: o.actor, extendDays, pauses: o.pause.map(parsePause) }, cal);
      if (o.json) {
        printJson(r);
        return;
      }
      const lines = [
        t(`期满日：${formatDateZh(r.due)}（${weekdayZh(r.due)}）`, `due: ${r.due} (${weekdayZh(r.due)})`),
        r.act_by !== r.due ? t(`最迟办理日：${formatDateZh(r.act_by)}（${weekdayZh(r.act_by)}）——期满日为休息日，机关应在此前办结`, `act by: ${r.act_by} — the due date is a rest day`) : '',
        r.rolled_over ? t(`原期满日为休息日，顺延至${formatDateZh(r.due)}`, `rolled over to ${r.due}`) : '',
        r.paused_days ? t(`不计入期间：${r.paused_days}${unit === 'working_day' ? '个工作日' : '日'}`, `paused: ${r.paused_days} day(s)`) : '',
        r.extended_by ? t(`延长：${r.extended_by}日（原期满日${formatDateZh(r.base_due)}）`, `extended by ${r.extended_by} (base due ${r.base_due})`) : '',
        r.provisional
          ? t(
              `注意：计算超出日历数据覆盖范围（${r.calendar.covered_from} 至 ${r.calendar.covered_until}），结果为临时`,
              `note: past the calendar data (${r.calendar.covered_from} to ${r.calendar.covered_until}): provisional`,
            )
          : '',
      ].filter(Boolean);
      process.stdout.write(lines.join('\n') + '\n');
    });

  program
    .command('deadlines')
    .description(t('列出所有案件的全部未完成期限：到期日、剩余天数，逾期的排在最前', 'every open clock of every case: due date, days left, overdue first'))
    .option('--as-of <date>', t('以该日为准计算（默认今天）', 'as of this date (default today)'))
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .action((o: { asOf?: string; json?: boolean }) =>
      withRegistry((reg) => {
        const asOf = o.asOf ? parseDateOption(o.asOf, '--as-of') : reg.today;
        // the rule of each clock by its id, looked up once per id rather than once per clock
        const labels = new Map<string, string | undefined>();
        const labelOf = (id: string) => {
          if (!labels.has(id)) {
            const rule = Object.values(reg.pack.deadlines).find((r) => r?.id === id) ?? (reg.pack.online_reply ? Object.values(reg.pack.online_reply).find((r) => r.id === id) : undefined);
            labels.set(id, rule?.label_zh);
          }
          return labels.get(id);
        };
        if (o.json) {
          // each clock with its state, without copying its row until it is printed
          const rows = reg.openClocks().map((c) => {
            const { left, state } = clockState(c, asOf);
            return { c, left, state, rank: RANK[state] };
          });
          rows.sort((a, b) => a.rank - b.rank || a.left - b.left || byCode(a.c.case_no, b.c.case_no));
          printJson({ as_of: asOf, clocks: rows.map(({ c, left, state }) => ({ ...c, label: labelOf(c.dl_id) ?? c.slot, days_left: left, state })) });
          return;
        }
        // the table's columns only, computed and sorted by SQLite; a PostgreSQL register the same way in JS
        const rows =
          clockLines(reg.path, asOf) ??
          reg
            .openClocks()
            .map((c): ClockLine => [c.case_no, { dl_id: c.dl_id, slot: c.slot, due: c.due, act_by: c.act_by, provisional: c.provisional ? 1 : 0, ...clockState(c, asOf) }])
            .sort(([an, a], [bn, b]) => RANK[a.state] - RANK[b.state] || a.left - b.left || byCode(an, bn));
        if (!rows.length) {
          process.stdout.write(t('没有未完成的期限\n', 'no open deadlines\n'));
          return;
        }
        const stateZh = (s: string, left: number) =>
          s === 'overdue' ? t(`逾期${-left}天`, `${-left}d overdue`) : s === 'lapsed' ? t('已届满', 'lapsed') : s === 'paused' ? t('暂停（听证）', 'paused') : t(`剩${left}天`, `${left}d left`);
        const provisional = t('临时', 'provisional');
        // the cells after the case number, made once per kind of line (rows alike share their kind)
        process.stdout.write(
          renderTableShared([t('编号', 'case'), t('期限', 'deadline'), t('期满日', 'due'), t('最迟办理', 'act by'), t('状态', 'state'), ''], rows, (k) => [
            `${k.dl_id} ${labelOf(k.dl_id) ?? k.slot}`,
            k.due,
            k.act_by,
            stateZh(k.state, k.left),
            k.provisional ? provisional : '',
          ]) + '\n',
        );
      }),
    );

  program
    .command('calendar')
    .description(t('显示工作日日历数据的来源和覆盖年度，或列出某月的休息日与调休上班日', "show the calendar data source and covered years, or a month's rest and make-up days"))
    .option('--month <YYYY-MM>', t('列出该月每日类型', 'list the kind of each day of this month'))
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .action((o: { month?: string; json?: boolean }) => {
      const cal = officeCalendar();
      if (o.month) {
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(o.month)) throw new XfError('USAGE', t(`--month 应为 YYYY-MM：${o.month}`, `--month must be YYYY-MM: ${o.month}`));
        const days: ReturnType<typeof cal.dayInfo>[] = [];
        for (let d: IsoDate = `${o.month}-01`; d.startsWith(o.month); d = nextDate(d)) days.push(cal.dayInfo(d));
        if (o.json) {
          printJson({ source: cal.source, days });
          return;
        }
        const kind = { workday: t('工作日', 'workday'), weekend: t('周末', 'weekend'), holiday: t('节假日', 'holiday'), adjusted_workday: t('调休上班', 'make-up workday') };
        process.stdout.write(
          days
            .filter((d) => d.kind !== 'workday')
            .map((d) => `${d.date} ${weekdayZh(d.date)} ${kind[d.kind]}${d.name ? ' ' + d.name : ''}${d.covered ? '' : t('（超出数据范围）', ' (not covered)')}`)
            .join('\n') + '\n',
        );
        return;
      }
      const info = { source: cal.source, covered_from: cal.coveredFrom, covered_until: cal.coveredUntil };
      if (o.json) {
        printJson(info);
        return;
      }
      process.stdout.write(
        t(
          `日历数据：${info.source}\n覆盖：${info.covered_from} 至 ${info.covered_until}\n超出范围的期限计算标为“临时”，按法定节日（元旦、春节除夕至初三、清明、劳动节两日、端午、中秋、国庆三日及补假）计休息日；下一年度的国务院放假通知发布后，请升级 chinese-days 或在 xf.config.json 的 calendar_overrides 中补充。\n`,
          `calendar data: ${info.source}\ncovers ${info.covered_from} to ${info.covered_until}\nresults past that are provisional and skip the statutory holidays (with make-up days); update chinese-days or add calendar_overrides when the next year's notice is out.\n`,
        ),
      );
    });
}
