// xf case new | import | show | list | event
import { ProgressBar } from './progress.js';
import type { Command } from 'commander';
import type { CaseRecord } from '../domain/case.js';
import { caseViewFor, identityStrings, isConfidential, MASK, maskListed } from '../domain/disclosure.js';
import { clockState, daysLeft, type Clock } from '../domain/clocks.js';
import { CASE_STATUS, CATEGORY, CHANNEL, labelOf, PROXY_STATUS, type CaseStatus } from '../domain/enums.js';
import { XfError, validationError, type Violation } from '../domain/errors.js';
import { formatDateZh } from '../domain/format.js';
import { t } from '../domain/i18n.js';
import { check } from '../domain/rules/index.js';
import { allEventNames, allowedEvents, detailNode, eventFields, eventLabel, EVENTS, isCaseEvent, type DetailField } from '../domain/lifecycle.js';
import type { ImportFailure } from '../registry/import.js';
import { dueOf, type CaseSummary, type ListFilter, type Registry } from '../registry/registry.js';
import { dueCasesJson } from '../registry/read-due.js';
import { todayInShanghai } from '../domain/dates.js';
import { registerFileToRead } from './modules.js';
import { parseDateOption, parseIntOption, pinnedToday, readInput, withRegistry } from './context.js';
import { FORBIDDEN_KEYS, structureViolations, textViolations } from '../domain/input-guard.js';
import { parseEncoding } from '../io/text-input.js';
import { registrationOptions } from './input-options.js';
import { dirname } from 'node:path';

// The case-file reader (and the YAML parser under it, 160 KB of code to compile) and the importer
// load only in the commands that read a file: `case list` and `case show` start without them (issue 16).
const caseFiles = () => import('../domain/case-file.js');
const importer = () => import('../registry/import.js');

const ENCODING_HELP = () => t('文件编码：utf-8（默认，可带 BOM）、gb18030、gbk、big5', 'file encoding: utf-8 (default, BOM accepted), gb18030, gbk, big5');
const checksOf = (reg: Registry, encoding?: string) => registrationOptions(reg.config, dirname(reg.path), reg.today, encoding);
import { formatViolation, guardIdentities, policyText, policyViolations, printJson, printJsonBytes, terminalSafe } from './output.js';
import { renderTable } from './table.js';
import { disclosureWanted, logDisclosure, type DisclosureOpts } from './disclose.js';

function printWarnings(ws: Violation[]): void {
  for (const w of ws) process.stderr.write(formatViolation(w) + '\n');
}

export function clockLine(c: Clock, asOf: string): string {
  const state = clockState(c, asOf);
  const left = daysLeft(c, asOf);
  const when =
    state === 'met'
      ? t(`已于${formatDateZh(c.closed_date)}完成`, `done ${c.closed_date}`)
      : state === 'late'
        ? t(`逾期完成（${formatDateZh(c.closed_date)}）`, `done late (${c.closed_date})`)
        : state === 'ended'
          ? t('案件已结束', 'case ended')
          : state === 'paused'
            ? t('听证中，暂停计算', 'paused for a hearing')
            : state === 'lapsed'
              ? t('已届满，未申请', 'lapsed unused')
              : state === 'overdue'
                ? t(`已逾期${-left}天`, `${-left} day(s) overdue`)
                : t(`剩${left}天`, `${left} day(s) left`);
  const actBy = c.deadline.act_by !== c.deadline.due ? t(`（最迟${formatDateZh(c.deadline.act_by)}办理）`, ` (act by ${c.deadline.act_by})`) : '';
  const prov = c.open && c.deadline.provisional ? t(' [临时]', ' [provisional]') : '';
  return `${c.rule.id} ${t(c.rule.label_zh, c.rule.label_en)}：${formatDateZh(c.deadline.due)}${actBy} ${when}${prov}`;
}

/** An event row as the internal audience may see it: identities scrubbed out of its details. */
function eventView(rec: CaseRecord, shown: boolean) {
  const ids = shown || !isConfidential(rec) ? [] : identityStrings(rec);
  return <E extends { details: string }>(e: E): E => {
    let d = e.details;
    for (const x of ids) d = d.split(x).join(MASK);
    return { ...e, details: d };
  };
}

function showCase(reg: Registry, rec: CaseRecord): string {
  const lines = [
    `${t('信访件编号', 'case')} ${rec.case_no}  ${labelOf(CASE_STATUS, rec.status)}（${rec.status}）${rec.proxy_status ? `  ${t('代理', 'agency')}：${labelOf(PROXY_STATUS, rec.proxy_status)}` : ''}${rec.confidential ? t('  【保密】', '  [confidential]') : ''}`,
    `${t('信访人', 'petitioner')}：${rec.petitioners.map((p) => p.name).join('、')}${(rec.petitioner_count ?? 0) > rec.petitioners.length ? t(`等${rec.petitioner_count}人`, ` (${rec.petitioner_count} in all)`) : ''}`,
    `${t('形式/类别', 'channel/category')}：${labelOf(CHANNEL, rec.channel)} / ${labelOf(CATEGORY, rec.category)}    ${t('收到', 'received')}：${formatDateZh(rec.received_date)}`,
    `${t('请求', 'request')}：${rec.request_text}`,
  ];
  if (rec.slip_no) lines.push(`${t('四联单编号', 'contact slip')}：${rec.slip_no}`);
  const clocks = reg.clocksOf(rec);
  if (clocks.length) {
    lines.push(t('期限：', 'deadlines:'));
    for (const c of clocks) lines.push('  ' + clockLine(c, reg.today));
  }
  const events = reg.events(rec.case_no);
  lines.push(t('办理经过：', 'history:'));
  const fixes = rec.corrections ?? [];
  for (const e of events) {
    if (e.event === 'correct') {
      const c = fixes.find((x) => x.seq === e.seq);
      const what = c ? [...Object.keys(c.set), ...(c.event_date ? [t(`日期→${c.event_date}`, `date→${c.event_date}`)] : [])].join('、') : '';
      lines.push(
        `  #${e.seq} ${e.event_date} ${t('更正', 'correct')} #${c?.target_seq ?? '?'} ${c?.target_event ?? ''}：${what}；${t('理由', 'reason')}：${c?.reason ?? ''}；${t('批准人', 'approved by')}：${c?.approved_by ?? ''}`,
      );
      continue;
    }
    const by = fixes.filter((x) => x.target_seq === e.seq).map((x) => `#${x.seq}`);
    lines.push(`  #${e.seq} ${e.event_date} ${e.event}（${eventLabel(e.event)}）${by.length ? t(`（已更正，见 ${by.join('、')}）`, ` (corrected by ${by.join(', ')})`) : ''}`);
  }
  const next = allowedEvents(rec);
  lines.push(`${t('可执行的事件', 'allowed events')}：${next.join(', ') || t('无（已归档锁定）', 'none (archived and locked)')}`);
  return lines.join('\n') + '\n';
}

function summaryRows(list: CaseSummary[]): string[][] {
  return list.map((c) => [
    c.case_no,
    labelOf(CASE_STATUS, c.status as CaseStatus),
    c.received_date,
    c.petitioner_name === MASK ? t('（保密）', '(confidential)') : c.petitioner_name,
    labelOf(CATEGORY, c.category as 'claim'),
    labelOf(CHANNEL, c.channel as 'letter'),
  ]);
}

const TYPE_LABEL: Record<string, [string, string]> = {
  string: ['文字', 'text'],
  text: ['文字（可为空）', 'text (may be empty)'],
  date: ['日期', 'date'],
  integer: ['整数', 'integer'],
  boolean: ['true/false', 'true/false'],
  enum: ['取值之一', 'one of'],
  object: ['对象', 'object'],
  list: ['列表', 'list'],
};

function typeText(f: DetailField): string {
  const [base, item] = f.type.split(':') as [string, string | undefined];
  const name = (k: string) => t(...(TYPE_LABEL[k] ?? [k, k]));
  return item ? t(`列表（${name(item)}）`, `list of ${name(item)}`) : name(base);
}

/** The detail fields of one event, from its schema: what `xf case event EVENT --help` adds. */
export function eventFieldsHelp(event: string): string {
  const fields = eventFields(event);
  const head = t(`\n事件 ${event}（${eventLabel(event)}）的详情字段：`, `\nDetails of ${event} (${eventLabel(event)}):`);
  if (!fields.length) return `${head}\n  ${t('无（该事件不带详情）', 'none (this event takes no details)')}\n`;
  const rows = fields.map((f) => [
    f.id,
    f.label,
    typeText(f),
    f.required
      ? f.within
        ? t(`必填（填写 ${f.within} 时）`, `required (within ${f.within})`)
        : t('必填', 'required')
      : f.defaults_to_event_date
        ? t('可选（默认事件日期）', 'optional (defaults to the event date)')
        : t('可选', 'optional'),
    f.values?.join(' / ') ?? '',
  ]);
  return (
    `${head}\n${renderTable([t('字段', 'field'), t('中文名称', 'label'), t('类型', 'type'), t('必填', 'required'), t('取值', 'values')], rows)}\n` +
    t('列表字段：--set k=a,b 或重复 --set k=a --set k=b；对象列表请用 --file。\n', 'lists: --set k=a,b or repeat --set k=a --set k=b; lists of objects need --file.\n')
  );
}

/**
 * The README's table of events and their details (between `<!-- events:begin -->` and
 * `<!-- events:end -->`), generated from the same schemas; a test keeps the README in step.
 */
export function eventDetailsMarkdown(): string {
  const cell = (fs: DetailField[]) => fs.map((f) => `\`${f.id}\` ${f.label}${f.defaults_to_event_date ? ' †' : ''}`).join('；') || '—';
  const rows = Object.entries(EVENTS).map(([name, e]) => {
    const top = eventFields(name).filter((f) => !f.within);
    return `| \`${name}\` | ${e.label_zh} | ${cell(top.filter((f) => f.required))} | ${cell(top.filter((f) => !f.required))} |`;
  });
  return [
    '| 事件 event | 中文 | 必填详情 required | 可选详情 optional |',
    '|---|---|---|---|',
    ...rows,
    '',
    '† defaults to the event date. Fields inside objects and lists (e.g. `requests[].seq`): `xf case event NO EVENT --help`.',
  ].join('\n');
}

/** The event named on the command line, for `xf case event [NO] EVENT --help`. */
function eventInArgv(): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('event');
  return i < 0 ? undefined : argv.slice(i + 1).find((a) => isCaseEvent(a));
}

function typedScalar(raw: string, key: string, node: { type?: string } | undefined): unknown {
  if (node?.type === 'string') return raw;
  if (node?.type === 'integer' || node?.type === 'number') return /^-?\d+$/.test(raw) ? Number(raw) : raw;
  if (node?.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  if (node) return raw; // an enum: text
  const textual = /(_no|phone|_id)$/.test(key);
  return textual ? raw : raw === 'true' ? true : raw === 'false' ? false : /^-?\d+$/.test(raw) && raw.length < 10 ? Number(raw) : raw;
}

/**
 * `--set a=b --set c.d=3` → { a: 'b', c: { d: 3 } }, typed by the event's schema (numbers and
 * booleans guessed where the schema does not say). A list field takes `k=a,b` or repeated `--set`;
 * a list of objects needs `--file`.
 */
export function parseSets(sets: string[], event?: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of sets) {
    const i = s.indexOf('=');
    if (i < 1) throw new XfError('USAGE', t(`--set 应为 键=值：${s}`, `--set must be key=value: ${s}`));
    const keys = s.slice(0, i).split('.');
    // --set __proto__.reason=… once closed a case with no reason: such keys never reach an object
    const bad = check('V-INPUT-1', 'keys', { keys, field: s.slice(0, i), forbidden: FORBIDDEN_KEYS }, { label: '--set' });
    if (bad.length)
      throw validationError(
        '--set',
        bad.map((v) => ({ ...v, found: s.slice(0, i) })),
      );
    const raw = s.slice(i + 1);
    const last = keys[keys.length - 1]!;
    const node = event ? detailNode(event, keys) : undefined;
    let o = out;
    for (const k of keys.slice(0, -1)) {
      const next = Object.hasOwn(o, k) ? o[k] : undefined;
      if (next !== undefined && (typeof next !== 'object' || next === null || Array.isArray(next))) {
        throw new XfError('USAGE', t(`--set ${s}：${k} 已设为一个值，不能再设其下的字段`, `--set ${s}: ${k} already holds a value`));
      }
      o = (next ?? (o[k] = {})) as Record<string, unknown>;
    }
    if (node?.type === 'array') {
      if (node.items?.type === 'object') {
        throw new XfError(
          'USAGE',
          t(
            `${keys.join('.')} 是对象列表，不能用 --set 填写：请用 --file 提供详情文件（见 xf case event ${event} --help）`,
            `${keys.join('.')} is a list of objects and cannot be given with --set: use --file (see xf case event ${event} --help)`,
          ),
        );
      }
      const items = raw
        .split(/[,，]/)
        .map((x) => x.trim())
        .filter((x) => x !== '')
        .map((x) => typedScalar(x, last, node.items));
      o[last] = [...(Array.isArray(o[last]) ? (o[last] as unknown[]) : []), ...items];
      continue;
    }
    o[last] = typedScalar(raw, last, node);
  }
  return out;
}

/** A few warnings in full, then a count per rule: a bulk import must not bury the summary. */
function printImportWarnings(list: { name: string; violations: Violation[] }[]): void {
  const byRule = new Map<string, number>();
  for (const w of list) for (const v of w.violations) byRule.set(v.rule, (byRule.get(v.rule) ?? 0) + 1);
  for (const w of list.slice(0, 5)) {
    process.stderr.write(`${w.name}:\n`);
    printWarnings(w.violations);
  }
  if (list.length > 5) process.stderr.write(t(`警告合计：${[...byRule].map(([r, n]) => `${r} ${n} 处`).join('，')}\n`, `warnings in all: ${[...byRule].map(([r, n]) => `${r} ×${n}`).join(', ')}\n`));
}

function printFailures(failures: ImportFailure[]): void {
  const shown = failures.slice(0, 50);
  for (const f of shown) {
    process.stderr.write(`xf: ${policyText(f.message)}\n`);
    for (const v of f.violations) process.stderr.write(formatViolation(v) + '\n');
  }
  if (failures.length > shown.length) process.stderr.write(t(`……另有 ${failures.length - shown.length} 个文件有错误\n`, `… and ${failures.length - shown.length} more files with errors\n`));
}

export function registerCase(program: Command): void {
  const cmd = program.command('case').description(t('信访事项登记与办理：登记、导入、查看、列表、记录办理事件、更正', 'register and handle cases: new, import, show, list, event, correct'));

  cmd
    .command('new')
    .description(t('从案件文件（YAML 或 JSON）登记一件信访事项', 'register one case from a case file (YAML or JSON)'))
    .requiredOption('-f, --file <path>', t('案件文件；- 表示标准输入', 'case file; - for standard input'))
    .option('--encoding <enc>', ENCODING_HELP())
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .addHelpText(
      'after',
      t(
        '\n案件文件的字段见 schema/case.schema.json 和 README。文件有错时列出全部错误（字段、规则、实际值），不写入任何内容，退出码 1。\n示例：\n  xf case new --file samples/01-letter-answered.yaml',
        '\nFields: see schema/case.schema.json and the README. A bad file lists every error (field, rule, value found), writes nothing and exits 1.\nExample:\n  xf case new --file samples/01-letter-answered.yaml',
      ),
    )
    .action(async (o: { file: string; encoding?: string; json?: boolean }) => {
      const { parseCaseFile, parseStructuredText } = await caseFiles();
      return withRegistry((reg) => {
        const check = checksOf(reg, o.encoding);
        const text = readInput(o.file, check.encoding);
        guardText(text, o.file, parseStructuredText);
        const parsed = parseCaseFile(text, o.file === '-' ? 'stdin' : o.file, reg.pack.limits, check);
        const { record, warnings } = reg.createCase(parsed.file, o.file);
        const all = [...parsed.warnings, ...warnings];
        if (o.json) {
          printJson({ ok: true, case_no: record.case_no, status: record.status, warnings: policyViolations(all), clocks: reg.clocksOf(record).map(clockJson(reg.today)) });
          return;
        }
        printWarnings(all);
        process.stdout.write(t(`已登记 ${record.case_no}（${labelOf(CASE_STATUS, record.status)}）\n`, `registered ${record.case_no} (${record.status})\n`));
        for (const c of reg.clocksOf(record).filter((x) => x.open)) process.stdout.write('  ' + clockLine(c, reg.today) + '\n');
      });
    });

  cmd
    .command('import')
    .description(t('批量导入：一个目录中的全部 .yaml/.yml/.json 案件文件，或一个 .jsonl 文件（每行一件）', 'import a folder of .yaml/.yml/.json case files, or one .jsonl file (one case per line)'))
    .argument('<path>', t('目录或 .jsonl 文件', 'folder or .jsonl file'))
    .option('--encoding <enc>', ENCODING_HELP())
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .addHelpText(
      'after',
      t('\n整批为一个事务：任何一个文件有错，列出全部有错的文件，不导入任何案件（退出码 1）。', '\nOne transaction: if any file is bad, every bad file is listed and nothing is imported (exit 1).'),
    )
    .action(async (path: string, o: { encoding?: string; json?: boolean }) => {
      const { importCases } = await importer();
      const { parseStructuredText } = await caseFiles();
      return withRegistry((reg) => {
        const check = checksOf(reg, o.encoding);
        const started = Date.now();
        const bar = ProgressBar.onTerminal('count', o.json);
        try {
          // a JSON Lines file is streamed: the count and rate, without a total
          const res = importCases(reg, path, (p) => guardText(readInput(p, check.encoding), p, parseStructuredText), bar ? (n) => bar.update(n, 0, t('已处理', 'processed')) : undefined, check);
          bar?.done();
          if (o.json) {
            printJson({ ok: true, imported: res.imported, case_nos: res.case_nos, warnings: policyViolations(res.warnings) });
            return;
          }
          printImportWarnings(res.warnings);
          process.stdout.write(
            t(`已导入 ${res.imported} 件，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒\n`, `imported ${res.imported} case(s) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`),
          );
        } catch (e) {
          bar?.done();
          if (e instanceof XfError && Array.isArray(e.details.failures) && !o.json) {
            printFailures(e.details.failures as ImportFailure[]);
            throw new XfError(e.code, e.message);
          }
          throw e;
        }
      });
    });

  cmd
    .command('show')
    .description(t('查看一件信访事项：状态、期限、办理经过、下一步可执行的事件', 'show a case: status, deadlines, history, allowed next events'))
    .argument('<case_no>', t('信访件编号', 'case number'))
    .option('--json', t('以 JSON 输出完整记录', 'print the full record as JSON'))
    .option('--include-confidential', t('显示保密件信访人身份信息（须 --requested-by，记录在登记簿）', "show a confidential case's petitioner identities (needs --requested-by; logged)"))
    .option('--requested-by <name>', t('申请查看人（记录在登记簿）', 'who asked to see them (logged)'))
    .action((no: string, o: { json?: boolean } & DisclosureOpts) =>
      withRegistry((reg) => {
        const shown = disclosureWanted(o);
        const full = reg.getCase(no);
        if (!shown) guardIdentities(full);
        if (shown && isConfidential(full)) logDisclosure(reg, 'case show', no, o.requestedBy!, [no]);
        const rec = caseViewFor(full, 'internal', shown);
        if (o.json) {
          printJson({ ...rec, clocks: reg.clocksOf(full).map(clockJson(reg.today)), events: reg.events(no).map(eventView(full, shown)), allowed_events: allowedEvents(full) });
          return;
        }
        process.stdout.write(terminalSafe(showCase(reg, rec)));
      }),
    );

  cmd
    .command('list')
    .description(t('列出信访事项，可按状态、逾期、临近期限筛选', 'list cases, by status, overdue or due soon'))
    .option('--status <status>', t(`状态（${Object.keys(CASE_STATUS).join(', ')}）`, `status (${Object.keys(CASE_STATUS).join(', ')})`))
    .option('--overdue', t('只列出本机关期限已逾期的事项（按最迟办理日）', 'only cases with an organ deadline overdue (by act-by date)'))
    .option('--due-within <days>', t('只列出N天内到期的事项', 'only cases due within N days'))
    .option('--year <year>', t('收到年度', 'year received'))
    .option('--limit <n>', t('最多列出N件', 'list at most N'))
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .option('--include-confidential', t('显示保密件信访人姓名（须 --requested-by，记录在登记簿）', "show confidential petitioners' names (needs --requested-by; logged)"))
    .option('--requested-by <name>', t('申请查看人（记录在登记簿）', 'who asked to see them (logged)'))
    .action((o: { status?: string; overdue?: boolean; dueWithin?: string; year?: string; limit?: string; json?: boolean } & DisclosureOpts) => {
      const filter = (): ListFilter => {
        if (o.status && !(o.status in CASE_STATUS))
          throw new XfError('USAGE', t(`未知状态「${o.status}」；可用：${Object.keys(CASE_STATUS).join(', ')}`, `unknown status "${o.status}"; known: ${Object.keys(CASE_STATUS).join(', ')}`));
        return {
          status: o.status,
          overdue: o.overdue,
          dueWithin: o.dueWithin !== undefined ? parseIntOption(o.dueWithin, '--due-within', 0, 3650) : undefined,
          year: o.year !== undefined ? parseIntOption(o.year, '--year', 1990, 2200) : undefined,
          limit: o.limit !== undefined ? parseIntOption(o.limit, '--limit', 1, 10_000_000) : undefined,
        };
      };
      // the read-only fast path (issue 16): overdue or due-soon cases as JSON, nobody's identities
      // asked for, straight from the register's file as SQLite writes the JSON; a register that
      // is PostgreSQL or needs a migration takes the register's own way below
      if (o.json && (o.overdue || o.dueWithin !== undefined) && !o.includeConfidential) {
        const read = registerFileToRead();
        if (read) {
          const f = filter();
          const due = dueOf(f, pinnedToday() ?? todayInShanghai())!;
          const text = dueCasesJson(read.file, { ...due, status: f.status, year: f.year, limit: f.limit }, read.migrations);
          if (text !== undefined) {
            printJsonBytes(text);
            return;
          }
        }
      }
      return withRegistry((reg) => {
        const shown = disclosureWanted(o);
        const list = reg.listCases(filter());
        if (shown)
          logDisclosure(
            reg,
            'case list',
            'list',
            o.requestedBy!,
            list.filter((c) => c.confidential).map((c) => c.case_no),
          );
        else for (const c of list) maskListed(c);
        if (o.json) {
          printJson(list);
          return;
        }
        if (!list.length) {
          process.stdout.write(t('没有符合条件的信访事项\n', 'no matching cases\n'));
          return;
        }
        process.stdout.write(
          terminalSafe(renderTable([t('编号', 'case'), t('状态', 'status'), t('收到日期', 'received'), t('信访人', 'petitioner'), t('类别', 'category'), t('形式', 'channel')], summaryRows(list))) +
            '\n',
        );
        process.stdout.write(t(`共 ${list.length} 件\n`, `${list.length} case(s)\n`));
      });
    });

  registerCorrect(cmd);

  cmd
    .command('event')
    .description(
      t(
        '记录一个办理事件（受理、不予受理、延期、听证、送达、复查、终结……），按状态机检查',
        'record a lifecycle event (accept, decline, extend, hearing, serve, review, terminate…), checked by the state machine',
      ),
    )
    .argument('<case_no>', t('信访件编号', 'case number'))
    .argument('<event>', t(`事件：${allEventNames().join(', ')}`, `event: ${allEventNames().join(', ')}`))
    .option('--date <date>', t('事件日期 YYYY-MM-DD（默认今天）', 'event date YYYY-MM-DD (default today)'))
    .option('-f, --file <path>', t('事件详情文件（YAML 或 JSON）', 'details file (YAML or JSON)'))
    .option('--encoding <enc>', ENCODING_HELP())
    .option(
      '--set <key=value>',
      t('事件详情的单个字段，可重复（如 --set reason=answer_window_lapsed）', 'one details field, repeatable (e.g. --set reason=answer_window_lapsed)'),
      (v: string, prev: string[]) => [...prev, v],
      [] as string[],
    )
    .option(
      '--confirm-calendar',
      t(
        '以期限届满终结而期限超出日历数据（临时）时，确认已核实节假日（记入事件详情 confirm_calendar）',
        'when closing on a lapsed window past the calendar data (provisional), confirm the holidays were checked (recorded as confirm_calendar)',
      ),
    )
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .addHelpText(
      'after',
      t(
        `\n事件：\n${allEventNames()
          .map((e) => `  ${e.padEnd(20)}${eventLabel(e)}`)
          .join(
            '\n',
          )}\n\n示例：\n  xf case event 2026-0001 accept --date 2026-01-05 --set handler.handler_name=李明\n  xf case event 2026-0001 decline --file decline.yaml\n  xf case event 2026-0001 terminate --set reason=answer_window_lapsed`,
        `\nEvents:\n${allEventNames()
          .map((e) => `  ${e.padEnd(20)}${eventLabel(e)}`)
          .join('\n')}\n\nExamples:\n  xf case event 2026-0001 accept --date 2026-01-05 --set handler.handler_name=Li\n  xf case event 2026-0001 terminate --set reason=answer_window_lapsed`,
      ),
    )
    .addHelpText('after', () => {
      const e = eventInArgv();
      return e ? eventFieldsHelp(e) : t('\n某一事件的详情字段：xf case event 编号 事件 --help', "\nOne event's detail fields: xf case event NO EVENT --help");
    })
    .action(async (no: string, event: string, o: { date?: string; file?: string; encoding?: string; set: string[]; confirmCalendar?: boolean; json?: boolean }) => {
      const { parseStructuredText } = await caseFiles();
      return withRegistry((reg) => {
        guardCase(reg, no);
        const date = o.date ? parseDateOption(o.date, '--date') : reg.today;
        const enc = parseEncoding(o.encoding);
        let details: Record<string, unknown> = {};
        if (o.file) {
          const { value, violations } = parseStructuredText(readInput(o.file, enc), o.file);
          if (violations.length) throw validationError(o.file, violations);
          if (!value || typeof value !== 'object' || Array.isArray(value)) throw new XfError('VALIDATION', t(`${o.file} 应为一个对象（键: 值）`, `${o.file} must be one object`));
          details = value as Record<string, unknown>;
        }
        details = deepMerge(details, parseSets(o.set, event));
        if (o.confirmCalendar) details.confirm_calendar = true;
        const hostile = [...structureViolations(details, 'details'), ...textViolations(details)];
        if (hostile.length) throw validationError(t(`${no} 的事件详情`, `${no}: the event details`), hostile);
        let res: ReturnType<Registry['recordEvent']>;
        try {
          res = reg.recordEvent(no, { event, date, details });
        } catch (e) {
          // a missing or unknown detail: say where the event's fields are listed
          if (e instanceof XfError && e.violations.some((v) => v.rule === 'SCHEMA') && isCaseEvent(event)) {
            throw new XfError(e.code, e.message + t(`（详情字段见 xf case event ${no} ${event} --help）`, ` (the detail fields: xf case event ${no} ${event} --help)`), e.violations, e.details);
          }
          throw e;
        }
        if (o.json) {
          printJson({
            ok: true,
            case_no: no,
            seq: res.seq,
            status: res.record.status,
            proxy_status: res.record.proxy_status,
            slip_no: res.record.slip_no,
            warnings: policyViolations(res.warnings),
            clocks: reg.clocksOf(res.record).map(clockJson(reg.today)),
          });
          return;
        }
        printWarnings(res.warnings);
        process.stdout.write(
          t(
            `${no}：已记录「${eventLabel(event)}」（#${res.seq}），当前状态：${labelOf(CASE_STATUS, res.record.status)}（${res.record.status}）\n`,
            `${no}: recorded "${event}" (#${res.seq}); status now ${res.record.status}\n`,
          ),
        );
        if (res.record.slip_no) process.stdout.write(t(`四联单编号：${res.record.slip_no}\n`, `contact slip: ${res.record.slip_no}\n`));
        for (const c of reg.clocksOf(res.record).filter((x) => x.open)) process.stdout.write('  ' + clockLine(c, reg.today) + '\n');
      });
    });
}

export function registerCorrect(cmd: Command): void {
  cmd
    .command('correct')
    .description(
      t(
        '更正一项已记录事件的详情（追加「更正」事件，写明理由和批准人；不改事件类型，已归档案件不能更正）',
        'correct the details of a recorded event (appends a "correct" event with reason and approver; never its type; an archived case cannot be corrected)',
      ),
    )
    .argument('<case_no>', t('信访件编号', 'case number'))
    .requiredOption('--event <seq>', t('被更正事件的序号（xf case show 中的 #N）', 'sequence number of the event to correct (#N in xf case show)'))
    .option('--set <key=value>', t('更正后的字段值，可重复；列表字段 k=a,b', 'a corrected field, repeatable; lists k=a,b'), (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('-f, --file <path>', t('更正内容文件（YAML 或 JSON），与 --set 合并', 'corrected fields from a file (YAML or JSON), merged with --set'))
    .option('--event-date <date>', t('更正被更正事件本身的日期', 'the corrected date of the event itself'))
    .option('--reason <text>', t('更正理由（必填）', 'why (required)'))
    .option('--approved-by <name>', t('批准人（必填）', 'who approved it (required)'))
    .option('--date <date>', t('更正日期（默认今天）', 'date of the correction (default today)'))
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .addHelpText(
      'after',
      t(
        '\n更正后按状态机重放本案全部事件，状态与期限随之重算；重放不成立（例如日期先后不符）则不写入。\n示例：\n  xf case correct 2026-0001 --event 5 --set service_method=by_post --reason 录入错误 --approved-by 张局长',
        '\nThe case is replayed through the state machine with the correction; state and clocks follow. If the replay fails nothing is written.\nExample:\n  xf case correct 2026-0001 --event 5 --set service_method=by_post --reason "typing error" --approved-by Zhang',
      ),
    )
    .action(async (no: string, o: { event: string; set: string[]; file?: string; eventDate?: string; reason?: string; approvedBy?: string; date?: string; json?: boolean }) => {
      const { parseStructuredText } = await caseFiles();
      return withRegistry((reg) => {
        guardCase(reg, no);
        const seq = parseIntOption(o.event, '--event', 1, Number.MAX_SAFE_INTEGER);
        const target = reg.events(no).find((e) => e.seq === seq);
        let set: Record<string, unknown> = {};
        if (o.file) {
          const { value, violations } = parseStructuredText(readInput(o.file), o.file);
          if (violations.length) throw validationError(o.file, violations);
          if (!value || typeof value !== 'object' || Array.isArray(value)) throw new XfError('VALIDATION', t(`${o.file} 应为一个对象（键: 值）`, `${o.file} must be one object`));
          set = value as Record<string, unknown>;
        }
        set = deepMerge(set, parseSets(o.set, target?.event));
        // the same guard as an event's details: a correction is input too (it reaches the register and the forms)
        const hostile = [...structureViolations(set, 'set'), ...textViolations({ set, reason: o.reason, approved_by: o.approvedBy })];
        if (hostile.length) throw validationError(t(`${no} 的更正`, `${no}: the correction`), hostile);
        const res = reg.correctEvent(no, {
          target_seq: seq,
          set,
          ...(o.eventDate ? { event_date: parseDateOption(o.eventDate, '--event-date') } : {}),
          reason: o.reason ?? '',
          approved_by: o.approvedBy ?? '',
          date: o.date ? parseDateOption(o.date, '--date') : reg.today,
        });
        if (o.json) {
          printJson({
            ok: true,
            case_no: no,
            seq: res.seq,
            corrected: seq,
            status: res.record.status,
            warnings: policyViolations(res.warnings),
            clocks: reg.clocksOf(res.record).map(clockJson(reg.today)),
          });
          return;
        }
        printWarnings(res.warnings);
        process.stdout.write(
          t(
            `${no}：已记录更正（#${res.seq}，更正 #${seq} ${target?.event ?? ''}），当前状态：${labelOf(CASE_STATUS, res.record.status)}（${res.record.status}）\n`,
            `${no}: correction recorded (#${res.seq}, corrects #${seq} ${target?.event ?? ''}); status now ${res.record.status}\n`,
          ),
        );
        for (const c of reg.clocksOf(res.record).filter((x) => x.open)) process.stdout.write('  ' + clockLine(c, reg.today) + '\n');
      });
    });
}

/** The case an event or correction is for: its identities stay out of the errors and warnings (SPEC §7.8). */
function guardCase(reg: Registry, no: string): void {
  try {
    guardIdentities(reg.getCase(no));
  } catch {
    // an unknown case number is reported by the command itself
  }
}

/** A case file's identities, when it is confidential, stay out of the errors about it (even before it parses as a case). */
function guardText(text: string, source: string, parseStructuredText: typeof import('../domain/case-file.js')['parseStructuredText']): string {
  try {
    if (source.toLowerCase().endsWith('.jsonl')) {
      for (const line of text.split('\n')) {
        try {
          guardIdentities(JSON.parse(line));
        } catch {
          // a bad line is reported by the import
        }
      }
      return text;
    }
    const { value } = parseStructuredText(text, source);
    if (Array.isArray(value)) for (const v of value) guardIdentities(v);
    else guardIdentities(value);
  } catch {
    // what does not parse is reported by the case reader
  }
  return text;
}

function deepMerge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (FORBIDDEN_KEYS.has(k)) continue; // refused before: parseSets and the details file's check
    const cur = Object.hasOwn(out, k) ? out[k] : undefined;
    out[k] = cur && typeof cur === 'object' && !Array.isArray(cur) && v && typeof v === 'object' && !Array.isArray(v) ? deepMerge(cur as Record<string, unknown>, v as Record<string, unknown>) : v;
  }
  return out;
}

export function clockJson(asOf: string) {
  return (c: Clock) => ({
    id: c.rule.id,
    rule_id: c.rule.rule_id,
    slot: c.slot,
    label: c.rule.label_zh,
    actor: c.rule.actor,
    unit: c.rule.unit,
    length: c.rule.length,
    anchor_event: c.anchor_event,
    anchor_date: c.anchor_date,
    reset: c.reset,
    pauses: c.pauses,
    due: c.deadline.due,
    act_by: c.deadline.act_by,
    provisional: c.deadline.provisional,
    extended_by: c.deadline.extended_by,
    state: clockState(c, asOf),
    days_left: daysLeft(c, asOf),
    open: c.open,
    closed_date: c.closed_date ?? null,
    met: c.met ?? null,
    source: c.rule.source,
  });
}
