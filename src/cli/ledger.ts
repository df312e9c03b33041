// xf ledger export (the 台账 workbook) and xf report quarterly (the quarterly statistics).
import { ProgressBar } from './progress.js';
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { XfError } from '../domain/errors.js';
import { formatDateZh } from '../domain/format.js';
import { t } from '../domain/i18n.js';
import { cellText, summaryText } from '../ledger/report-tables.js';
import { exportLog } from '../ledger/schema.js';
import { osUser } from '../io/os-user.js';
import type { Registry } from '../registry/registry.js';
import { parseDateOption, parseIntOption, pinnedToday } from './context.js';
import { openRegister } from './modules.js';
import { disclosureWanted } from './disclose.js';
import { EXIT, printJson, terminalSafe } from './output.js';
import { renderTable } from './table.js';

export const MIN_YEAR = 2000,
  MAX_YEAR = 2100;

/** The open register for an async command (withRegistry closes before a promise settles). */
async function withLedgerRegistry<T>(fn: (r: Registry) => Promise<T>): Promise<T> {
  const today = pinnedToday();
  const reg = openRegister(undefined, today ? { today } : {});
  try {
    return await fn(reg);
  } finally {
    reg.close();
  }
}

function parseScope(o: { year?: string; quarter?: string }, quarterRequired: boolean): { year: number; quarter?: number } {
  if (o.year === undefined) throw new XfError('USAGE', t('缺少 --year', 'missing --year'));
  const year = parseIntOption(o.year, '--year', MIN_YEAR, MAX_YEAR);
  if (o.quarter === undefined) {
    if (quarterRequired) throw new XfError('USAGE', t('缺少 --quarter', 'missing --quarter'));
    return { year };
  }
  return { year, quarter: parseIntOption(o.quarter, '--quarter', 1, 4) };
}

function checkExt(path: string, ext: string, option: string): string {
  if (!path.toLowerCase().endsWith(ext)) throw new XfError('USAGE', t(`${option} 应为 ${ext} 文件：${path}`, `${option} must name a ${ext} file: ${path}`));
  return path;
}

/** Interrupts (Ctrl-C, SIGTERM) abort the work; the caller removes its temporary files. */
async function interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
  const ac = new AbortController();
  const onSignal = () => ac.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await work(ac.signal);
  } catch (e) {
    if (!ac.signal.aborted) throw e;
    process.stderr.write(t('xf: 已中断，未写入任何文件\n', 'xf: interrupted; nothing was written\n'));
    process.exitCode = EXIT.INTERRUPTED;
    return undefined;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

export function registerLedger(program: Command): void {
  const ledger = program.command('ledger').description(t('信访登记台账（Excel 工作簿）', 'the register as an Excel workbook (台账)'));
  ledger
    .command('export')
    .description(t('导出某年（或某季度）的登记台账：来信、来访、网上、代理各一张表', 'export a year (or quarter) of the register: one sheet per register'))
    .option('--year <year>', t('年度（按收到日期）', 'year (by received date)'))
    .option('--quarter <q>', t('季度 1–4（省略则全年）', 'quarter 1–4 (default: the whole year)'))
    .option('--out <file.xlsx>', t('输出文件（默认 ledger-年度[Q季度].xlsx）', 'output file (default ledger-YEAR[QN].xlsx)'))
    .option('--include-confidential', t('显示保密件的信访人信息（须 --requested-by，导出记录在登记簿）', 'show confidential petitioners (needs --requested-by; the export is logged in the register)'))
    .option('--requested-by <name>', t('申请导出人（记录在登记簿）', 'who asked for the export (logged)'))
    .option('--quiet', t('不显示进度', 'no progress'))
    .option('--json', t('以 JSON 输出结果', 'print the result as JSON'))
    .action(async (o: { year?: string; quarter?: string; out?: string; includeConfidential?: boolean; requestedBy?: string; quiet?: boolean; json?: boolean }) => {
      // seeing identities is an explicit act with a named requester, logged in the chained export log (SPEC §7.8)
      const shown = disclosureWanted(o);
      const scope = parseScope(o, false);
      const out = resolve(checkExt(o.out ?? `ledger-${scope.year}${scope.quarter ? `Q${scope.quarter}` : ''}.xlsx`, '.xlsx', '--out'));
      // exceljs loads only for an export (it is most of the cost of loading this command group)
      const { exportLedger } = await import('../ledger/ledger-xlsx.js');
      await withLedgerRegistry(async (reg) => {
        const bar = ProgressBar.onTerminal('count', o.quiet || o.json);
        const progress = bar ? (done: number, total: number) => bar.update(done, total, t('导出', 'exporting')) : undefined;
        const res = await interruptible((signal) =>
          exportLedger(reg, {
            ...scope,
            out,
            includeConfidential: shown,
            actor: osUser(),
            signal,
            ...(o.requestedBy ? { requestedBy: o.requestedBy } : {}),
            ...(progress ? { onProgress: progress } : {}),
          }),
        );
        bar?.done();
        if (!res) return;
        if (shown) {
          process.stderr.write(
            terminalSafe(
              t(
                `xf: 已显示保密件信访人信息；本次导出（第 ${res.export_id} 号）已记录：${osUser()}，申请人 ${o.requestedBy}\n`,
                `xf: confidential petitioners included; export #${res.export_id} logged for ${osUser()} (requested by ${o.requestedBy})\n`,
              ),
            ),
          );
        }
        if (o.json) {
          printJson({ ok: true, ...res });
          return;
        }
        process.stdout.write(t(`已导出 ${res.period.label_zh}登记台账：${res.out}\n`, `exported the ${res.period.id} ledger: ${res.out}\n`));
        for (const s of res.sheets) {
          process.stdout.write(
            t(
              `  ${s.sheet} ${s.rows} 件${s.overdue ? `，逾期 ${s.overdue} 件` : ''}${s.masked ? `，保密件 ${s.masked} 件未显示信访人` : ''}\n`,
              `  ${s.sheet} ${s.rows}${s.overdue ? `, ${s.overdue} overdue` : ''}${s.masked ? `, ${s.masked} confidential masked` : ''}\n`,
            ),
          );
        }
        process.stdout.write(t(`  统计截至 ${formatDateZh(res.as_of)}\n`, `  as of ${res.as_of}\n`));
      });
    });

  ledger
    .command('log')
    .description(t('台账和统计报告的导出记录：谁、何时、是否显示保密件信访人', 'the export log: who exported what, when, and whether confidential petitioners were shown'))
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .action(async (o: { json?: boolean }) =>
      withLedgerRegistry(async (reg) => {
        const rows = exportLog(reg);
        if (o.json) {
          printJson({ exports: rows });
          return;
        }
        if (!rows.length) {
          process.stdout.write(t('尚无导出记录\n', 'no exports yet\n'));
          return;
        }
        process.stdout.write(
          renderTable(
            [t('序号', 'id'), t('时间', 'at'), t('操作人', 'actor'), t('申请人', 'requested by'), t('类型', 'kind'), t('范围', 'scope'), t('保密件信访人', 'confidential'), t('文件', 'file')],
            rows.map((r) => [String(r.id), r.requested_at, r.actor, r.requested_by ?? '', r.kind, r.scope, r.include_confidential ? t('显示', 'shown') : t('未显示', 'masked'), r.output]),
          ) + '\n',
        );
      }),
    );

  const report = program.command('report').description(t('信访情况统计报告', 'statistics reports'));
  report
    .command('quarterly')
    .description(t('季度统计：按类别、形式、状态、承办单位计数，按期办结率、满意率、重复信访率，延期、复查、复核，环比与同比，图表', 'quarterly statistics with comparisons and charts'))
    .option('--year <year>', t('年度', 'year'))
    .option('--quarter <q>', t('季度 1–4', 'quarter 1–4'))
    .option('--xlsx', t('写出 Excel 工作簿（含图表）', 'write the workbook (with charts)'))
    .option('--pdf', t('写出 PDF 报告（含图表）', 'write the PDF report (with charts)'))
    .option('--charts', t('另写出图表的 SVG 和 PNG 文件', 'also write the charts as SVG and PNG files'))
    .option('--out <dir>', t('输出目录（默认当前目录）', 'output folder (default: the current folder)'), '.')
    .option('--as-of <date>', t('统计截至日（默认季度最后一天；只计该日及以前的办理事件）', "the day the figures are as of (default: the quarter's last day; only events dated by then count)"))
    .option('--json', t('以 JSON 输出统计数字', 'print the figures as JSON'))
    .action(async (o: { year?: string; quarter?: string; xlsx?: boolean; pdf?: boolean; charts?: boolean; out: string; asOf?: string; json?: boolean }) => {
      const { year, quarter } = parseScope(o, true) as { year: number; quarter: number };
      const { quarterlyReport } = await import('../ledger/report.js'); // exceljs and the charts: only for a report
      const asOf = o.asOf === undefined ? undefined : parseDateOption(o.asOf, '--as-of');
      await withLedgerRegistry(async (reg) => {
        const res = await quarterlyReport(reg, { year, quarter, ...(asOf ? { asOf } : {}), outDir: o.out, xlsx: o.xlsx, pdf: o.pdf, chartFiles: o.charts, actor: osUser() });
        if (o.json) {
          printJson({ ok: true, figures: res.figures, files: res.files });
          return;
        }
        const out: string[] = [`${res.figures.office}${res.figures.current.period.label_zh}信访情况（统计截至 ${formatDateZh(res.figures.as_of)}）`, summaryText(res.figures), ''];
        for (const tb of res.tables)
          out.push(
            tb.title,
            renderTable(
              tb.header,
              tb.rows.map((r) => r.map(cellText)),
            ),
            '',
          );
        for (const f of res.files) out.push(t(`已写出 ${f}`, `wrote ${f}`));
        process.stdout.write(out.join('\n').replace(/\n+$/, '') + '\n');
      });
    });
}
