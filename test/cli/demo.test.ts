// `npm run demo` run twice: the second run starts a fresh register and must not trip over the first
// run's dossiers (same 档号, another register's key), nor touch anything else in its folder.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xf } from '../helpers/xf.js';

describe('xf demo', () => {
  it('runs again over its own output, and leaves the rest of the folder alone', () => {
    const home = mkdtempSync(join(tmpdir(), 'xf-demo-twice-'));
    const out = join(home, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine\n');
    for (const run of [1, 2]) {
      const r = xf(['demo', '--out', out], { cwd: home, env: { XF_HOME: home } });
      expect([run, r.code, r.stderr]).toEqual([run, 0, '']);
      expect(r.stdout).toContain('全部完好');
    }
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(out, 'archive'))).toBe(true);
    expect(xf(['verify', join(out, 'archive')], { cwd: home, env: { XF_HOME: home } }).code).toBe(0);
  }, 120_000);
});
