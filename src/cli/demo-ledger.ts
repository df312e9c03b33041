// The demo's ledger step: the 台账 of the sample year and the quarterly report of its last complete
// quarter (workbook, PDF and the charts as PNG/SVG), written to demo-out/ledger/.
import { osUser } from '../io/os-user.js';
import { join } from 'node:path';
import { t } from '../domain/i18n.js';
import { exportLedger } from '../ledger/ledger-xlsx.js';
import { quarterlyReport } from '../ledger/report.js';
import type { DemoStep } from './demo.js';

/** The sample year: the year most cases were received in; its last quarter ended by "today". */
function sampleYearAndQuarter(years: { y: string; n: number }[], today: string): { year: number; quarter: number } {
  const year = Number([...years].sort((a, b) => b.n - a.n || b.y.localeCompare(a.y))[0]?.y ?? today.slice(0, 4));
  const ty = Number(today.slice(0, 4)),
    tm = Number(today.slice(5, 7));
  const quarter = ty > year ? 4 : Math.max(1, Math.floor((tm - 1) / 3));
  return { year, quarter };
}

export const ledgerDemoStep: DemoStep = async ({ out, registry, say }) => {
  const dir = join(out, 'ledger');
  const years = registry.ledger.yearlyCounts().map((r) => ({ y: String(r.year), n: r.n }));
  const { year, quarter } = sampleYearAndQuarter(years, registry.today);
  const actor = osUser();
  const ledger = await exportLedger(registry, { year, out: join(dir, `ledger-${year}.xlsx`), includeConfidential: false, actor });
  say(t(`台账：${ledger.out}（${ledger.sheets.map((s) => `${s.sheet} ${s.rows} 件`).join('，')}）`, `ledger: ${ledger.out} (${ledger.sheets.map((s) => `${s.sheet} ${s.rows}`).join(', ')})`));
  const rep = await quarterlyReport(registry, { year, quarter, outDir: dir, xlsx: true, pdf: true, chartFiles: true, actor });
  const c = rep.figures.current;
  const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
  say(
    t(
      `季度统计：${c.period.label_zh}收到 ${c.received} 件，按期办结率 ${pct(c.on_time.rate)}，满意率 ${pct(c.satisfaction.rate)}，重复信访率 ${pct(c.repeat.rate)}；${rep.files.filter((f) => /\.(xlsx|pdf)$/.test(f)).join('、')}`,
      `quarterly: ${c.period.id} received ${c.received}, on time ${pct(c.on_time.rate)}, satisfied ${pct(c.satisfaction.rate)}, repeat ${pct(c.repeat.rate)}; ${rep.files.filter((f) => /\.(xlsx|pdf)$/.test(f)).join(', ')}`,
    ),
  );
};
