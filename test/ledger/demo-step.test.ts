// The demo's ledger step on the samples: the year's ledger and the last complete quarter's report
// land in demo-out/ledger/, and the step says what it wrote.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ledgerDemoStep } from '../../src/cli/demo-ledger.js';
import { loadConfig } from '../../src/registry/home.js';
import { Registry } from '../../src/registry/registry.js';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT } from '../helpers/xf.js';

let home: Home;
beforeAll(() => {
  home = freshHome(undefined, '2026-11-21');
  expect(home.run(['case', 'import', join(ROOT, 'samples')]).code).toBe(0);
});
afterAll(() => home?.cleanup());

it("writes the sample year's ledger and quarterly report under ledger/", async () => {
  const registry = new Registry(join(home.dir, 'xf.db'), loadConfig(home.dir), { today: '2026-11-21' });
  const said: string[] = [];
  const out = join(home.dir, 'demo-out');
  try {
    await ledgerDemoStep({ out, registry, say: (l) => said.push(l) });
  } finally {
    registry.close();
  }
  for (const f of ['ledger-2026.xlsx', 'quarterly-2026Q3.xlsx', 'quarterly-2026Q3.pdf', 'quarterly-2026Q3-category.png', 'quarterly-2026Q3-monthly.svg']) {
    expect(existsSync(join(out, 'ledger', f)), f).toBe(true);
  }
  expect(said.join('\n')).toMatch(/来信 5 件，来访 4 件，网上 2 件，代理 1 件/);
  expect(said.join('\n')).toMatch(/2026年第三季度收到 3 件/);
});
