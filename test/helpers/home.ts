// A fresh register in a temporary folder, driven through the real CLI.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xf, type XfRun } from './xf.js';

export const DEMO_PACKS = 'national_2022,shandong_2015,s000_fengcheng_proxy,s003_online,s002_town';

export interface Home {
  dir: string;
  run(args: string[], input?: string): XfRun;
  cleanup(): void;
}

export function freshHome(packs = DEMO_PACKS, today = '2026-11-21'): Home {
  const dir = mkdtempSync(join(tmpdir(), 'xf-test-'));
  const env = { XF_HOME: dir, XF_TODAY: today };
  const run = (args: string[], input?: string) => xf(args, { cwd: dir, env, input });
  // the review bodies an office sets at init (the demo's; without them the remedy clauses refuse to print)
  const r = run([
    'init',
    '--rule-packs',
    packs,
    '--review-org',
    '某市人民政府',
    '--review-address',
    '某市人民大道1号',
    '--rereview-org',
    '某省人民政府信访局',
    '--rereview-address',
    '某省某市政务大道100号',
  ]);
  if (r.code !== 0) throw new Error(`xf init failed: ${r.stderr}`);
  return { dir, run, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
