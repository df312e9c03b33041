// Demo step: file the sample cases that are closed, year by year, into demo-out/archive/, then
// verify what was written. The letters among the samples come without scans of the letter and
// envelope (and the mediation without its signed agreement), so the demo files those incomplete,
// with that reason in their 备考表 — exactly what an archivist would do and record.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../domain/i18n.js';
import { Archiver } from '../archive/archiver.js';
import { archiveYear } from '../archive/year.js';
import { FormEngine } from '../forms/engine.js';
import { discover } from '../fixity/discover.js';
import { verifyTargets } from '../fixity/verify.js';
import type { DemoStep } from './demo.js';

/** The samples folder (dist/cli → ../../samples); not imported from demo.ts, which imports this step. */
const SAMPLES = resolve(fileURLToPath(import.meta.url), '..', '..', '..', 'samples');

export const archiveDemoStep: DemoStep = async ({ out, registry, say }) => {
  const root = join(out, 'archive');
  const engine = new FormEngine({ office: registry.config });
  // the demo register's own home: never the office key and anchors log of the XF_HOME it runs in
  const archiver = new Archiver(registry, engine, { out: root, attachmentsDir: SAMPLES, home: join(out, 'register') });
  const years = registry.archive.closedYears();
  say(t(`立卷归档：${root}`, `archive: ${root}`));
  for (const year of years) {
    const started = Date.now();
    const r = await archiveYear(archiver, year);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    say(
      t(
        `  ${year} 年度：归档 ${r.archived} 件${r.incomplete ? `（不完整归档 ${r.incomplete} 件，理由记入备考表）` : '，材料齐全'}，卷宗 ${r.aids?.dossiers ?? 0} 个，用时 ${secs} 秒`,
        `  ${year}: ${r.archived} archived${r.incomplete ? ` (${r.incomplete} incomplete, reason in the 备考表)` : ', all complete'}, ${r.aids?.dossiers ?? 0} dossiers, ${secs} s`,
      ),
    );
    for (const f of r.failures) say(t(`    未归档 ${f.case_no}：${f.message}`, `    not archived ${f.case_no}: ${f.message}`));
  }
  const found = discover([root]);
  const v = await verifyTargets({ bags: found.bags, years: found.years, jobs: 2 });
  say(
    t(
      `  校验：${found.bags.length} 个卷宗、${found.years.length} 个年度包，${v.files} 个文件，${v.faults.length ? `发现 ${v.faults.length} 处问题` : '全部完好'}（xf verify ${root}）`,
      `  verify: ${found.bags.length} dossiers, ${found.years.length} year bundles, ${v.files} files, ${v.faults.length ? `${v.faults.length} fault(s)` : 'all valid'} (xf verify ${root})`,
    ),
  );
  if (v.faults.length) throw new Error(`demo archive failed verification: ${v.faults.map((f) => f.message).join('; ')}`);
};
