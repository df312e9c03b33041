// xf demo: the main job on the bundled samples, written under demo-out/. Each part of xf adds its
// step here; the demo prints a short summary of what it did.
import type { Command } from 'commander';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultConfig } from '../domain/config.js';
import { CASE_STATUS, labelOf, type CaseStatus } from '../domain/enums.js';
import { t } from '../domain/i18n.js';
import { writeFileAtomic } from '../io/atomic.js';
import { dbPath } from '../registry/home.js';
import { importCases } from '../registry/import.js';
import type { Registry } from '../registry/registry.js';
import { pinnedToday, readInput } from './context.js';
import { initRegister, registerAt } from './modules.js';

export const PACKAGE_ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
export const DEMO_RULE_PACKS = ['national_2022', 'shandong_2015', 's000_fengcheng_proxy', 's003_online', 's002_town'];

export interface DemoContext {
  out: string;
  registry: Registry;
  say(line: string): void;
}
export type DemoStep = (ctx: DemoContext) => Promise<void> | void;

/** Steps added by the other parts of xf, run in this order (loaded only when the demo runs). */
export const DEMO_STEPS: (() => Promise<DemoStep>)[] = [
  async () => (await import('./form.js')).formsDemoStep,
  async () => (await import('./demo-archive.js')).archiveDemoStep,
  async () => (await import('./demo-ledger.js')).ledgerDemoStep,
];

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(t('演示：用 samples/ 中的示例案件新建登记簿，并把全部产出写到 demo-out/', 'demo: a fresh register from samples/, everything written under demo-out/'))
    .option('--out <dir>', t('输出目录', 'output folder'), 'demo-out')
    .action(async (o: { out: string }) => {
      const out = resolve(o.out);
      const home = join(out, 'register');
      // a fresh register has a fresh signing key and hands out the same 档号 again: an earlier run's
      // dossiers, forms and ledger belong to another register, so the demo's own folders go (only these)
      for (const part of ['register', 'archive', 'forms', 'ledger']) rmSync(join(out, part), { recursive: true, force: true });
      const cfg = { ...defaultConfig('某市某区人民政府'), org_code: '某信', rule_packs: DEMO_RULE_PACKS };
      initRegister(home, cfg);
      const today = pinnedToday();
      const registry = registerAt(dbPath(home), cfg, today ? { today } : {});
      const say = (line: string) => process.stdout.write(line + '\n');
      try {
        const started = Date.now();
        const res = importCases(registry, join(PACKAGE_ROOT, 'samples'), readInput);
        const byStatus = new Map<string, number>();
        for (const c of registry.listCases()) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
        const overdue = registry.listCases({ overdue: true });
        const clocks = registry.openClocks();
        say(t(`登记簿：${home}`, `register: ${home}`));
        say(
          t(`  导入示例案件 ${res.imported} 件（${Date.now() - started} ms）：`, `  imported ${res.imported} sample cases (${Date.now() - started} ms):`) +
            [...byStatus].map(([s, n]) => `${labelOf(CASE_STATUS, s as CaseStatus)} ${n}`).join('，'),
        );
        say(
          t(
            `  未完成期限 ${clocks.length} 个，逾期 ${overdue.length} 件${overdue.length ? '：' + overdue.map((c) => c.case_no).join('、') : ''}`,
            `  ${clocks.length} open deadlines, ${overdue.length} overdue${overdue.length ? ': ' + overdue.map((c) => c.case_no).join(', ') : ''}`,
          ),
        );
        const chain = registry.verifyChain();
        say(t(`  事件日志哈希链：${chain.ok ? '完整' : '被破坏'}（${chain.events} 个事件）`, `  event log chain: ${chain.ok ? 'holds' : 'BROKEN'} (${chain.events} events)`));
        writeFileAtomic(join(out, 'register', 'deadlines.json'), JSON.stringify({ as_of: registry.today, clocks }, null, 2) + '\n');
        for (const load of DEMO_STEPS) await (await load())({ out, registry, say });
        say(t(`全部产出在 ${out}`, `everything is under ${out}`));
      } finally {
        registry.close();
      }
    });
}
