// xf report quarterly: figures from the register, then (when asked) the workbook and the PDF with
// their charts. Files are built in memory, written beside their targets and renamed into place
// together with the log entry, so a failed run leaves nothing behind.
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IsoDate } from '../domain/dates.js';
import { CATEGORY, CHANNEL, enumKeys, labelOf } from '../domain/enums.js';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { tempPathFor } from '../io/atomic.js';
import type { Registry } from '../registry/registry.js';
import { barChartSvg, CHART_SIZE, lineChartSvg, SERIES_COLORS, svgToPng, type ChartSpec } from './charts.js';
import { computeQuarterly, quarterlyScope, type QuarterlyFigures } from './quarterly.js';
import { quarterlyPdf } from './report-pdf.js';
import { reportTables, type ReportTable } from './report-tables.js';
import { quarterlyWorkbook, type ChartImage } from './report-xlsx.js';
import { recordExport } from './schema.js';
import { monthlyCounts, quarterlyFacts } from './source.js';
import { fixZipTimesInBuffer } from './zip-times.js';

export interface QuarterlyOptions {
  year: number;
  quarter: number;
  /** The day the figures are as of (default: the quarter's last day, or today while it runs). */
  asOf?: IsoDate;
  outDir: string;
  xlsx?: boolean;
  pdf?: boolean;
  /** Also write the charts as SVG and PNG files (the demo, visual checks). */
  chartFiles?: boolean;
  actor: string;
}

export interface QuarterlyResult {
  figures: QuarterlyFigures;
  tables: ReportTable[];
  files: string[];
}

/**
 * The day a quarterly report is as of: the quarter's last day (today while the quarter runs), or
 * the day asked for, which may not lie before the quarter or after today (nothing is known of it).
 */
export function quarterAsOf(year: number, quarter: number, today: IsoDate, asked?: IsoDate): IsoDate {
  const q = quarterlyScope(year, quarter).current;
  if (asked === undefined) return q.to < today ? q.to : today;
  if (asked < q.from || asked > today)
    throw new XfError('USAGE', t(`--as-of ${asked} 应在 ${q.from} 至今天（${today}）之间`, `--as-of ${asked} must lie between ${q.from} and today (${today})`), [], { as_of: asked });
  return asked;
}

export function quarterlyFigures(reg: Registry, year: number, quarter: number, asked?: IsoDate): QuarterlyFigures {
  const scope = quarterlyScope(year, quarter);
  const asOf = quarterAsOf(year, quarter, reg.today, asked);
  const facts = quarterlyFacts(reg, [scope.current, scope.previous, scope.last_year], asOf);
  const monthCounts = monthlyCounts(reg, scope.from, [scope.to, asOf].sort()[0]!, asOf); // ISO dates: the earlier
  // one pass over the records: a large page cache would only grow the process
  const restoreCache = reg.limitPageCache(4096);
  try {
    return computeQuarterly(facts, { office: reg.config.office_name, year, quarter, asOf, monthCounts });
  } finally {
    restoreCache();
  }
}

export function chartSpecs(q: QuarterlyFigures): { id: string; kind: 'bar' | 'line'; spec: ChartSpec }[] {
  const periods = [q.current, q.previous, q.last_year];
  const names = [q.current.period.label_zh, `上季度（${q.previous.period.label_zh}）`, `去年同期（${q.last_year.period.label_zh}）`];
  const cats = enumKeys(CATEGORY),
    chans = enumKeys(CHANNEL);
  return [
    {
      id: 'category',
      kind: 'bar',
      spec: {
        title: '信访事项类别分布（件）',
        labels: cats.map((k) => labelOf(CATEGORY, k)),
        series: periods.map((p, i) => ({ name: names[i]!, color: SERIES_COLORS[i]!, values: cats.map((k) => p.by_category[k]) })),
      },
    },
    {
      id: 'channel',
      kind: 'bar',
      spec: {
        title: '信访形式分布（件）',
        labels: chans.map((k) => labelOf(CHANNEL, k)),
        series: periods.map((p, i) => ({ name: names[i]!, color: SERIES_COLORS[i]!, values: chans.map((k) => p.by_channel[k]) })),
      },
    },
    {
      id: 'monthly',
      kind: 'line',
      spec: {
        title: '月度收到件数趋势（件）',
        labels: Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
        series: q.monthly.map((m, i) => ({ name: `${m.year}年`, color: SERIES_COLORS[i === 0 ? 0 : 2]!, values: m.counts })),
      },
    },
  ];
}

export async function renderCharts(q: QuarterlyFigures): Promise<(ChartImage & { svg: string })[]> {
  const out: (ChartImage & { svg: string })[] = [];
  for (const c of chartSpecs(q)) {
    const svg = c.kind === 'bar' ? barChartSvg(c.spec) : lineChartSvg(c.spec);
    out.push({ id: c.id, title: c.spec.title, svg, png: await svgToPng(svg), ...CHART_SIZE });
  }
  return out;
}

function writeDurable(path: string, bytes: Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export async function quarterlyReport(reg: Registry, opts: QuarterlyOptions): Promise<QuarterlyResult> {
  const figures = quarterlyFigures(reg, opts.year, opts.quarter, opts.asOf);
  const tables = reportTables(figures);
  if (!opts.xlsx && !opts.pdf && !opts.chartFiles) return { figures, tables, files: [] };

  const dir = resolve(opts.outDir);
  const base = join(dir, `quarterly-${figures.current.period.id}`);
  const charts = await renderCharts(figures);
  const outputs: { path: string; bytes: Uint8Array }[] = [];
  if (opts.xlsx) outputs.push({ path: `${base}.xlsx`, bytes: fixZipTimesInBuffer(await quarterlyWorkbook(figures, tables, charts), figures.as_of) });
  if (opts.pdf) outputs.push({ path: `${base}.pdf`, bytes: await quarterlyPdf(figures, tables, charts, reg.config) });
  if (opts.chartFiles) {
    for (const c of charts) {
      outputs.push({ path: `${base}-${c.id}.svg`, bytes: Buffer.from(c.svg, 'utf8') }, { path: `${base}-${c.id}.png`, bytes: c.png });
    }
  }

  mkdirSync(dir, { recursive: true });
  const staged: { tmp: string; path: string; sha256: string }[] = [];
  try {
    for (const o of outputs) {
      const tmp = tempPathFor(o.path);
      staged.push({ tmp, path: o.path, sha256: createHash('sha256').update(o.bytes).digest('hex') });
      writeDurable(tmp, o.bytes);
    }
    reg.transaction(() => {
      for (const s of staged) {
        recordExport(reg, {
          kind: 'quarterly',
          scope: figures.current.period.id,
          as_of: figures.as_of,
          actor: opts.actor,
          include_confidential: false,
          rows: figures.current.received,
          confidential_rows: figures.current.confidential,
          output: s.path,
          sha256: s.sha256,
        });
      }
      for (const s of staged) renameSync(s.tmp, s.path);
    });
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
  return { figures, tables, files: staged.map((s) => s.path) };
}
