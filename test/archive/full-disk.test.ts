// A full disk halfway through a year: exit 4 with a message naming the disk problem, the path and the
// case; no partial dossier; the dossiers already written verify; after room is made the same command
// finishes the year. Needs a small tmpfs (root with mount rights); elsewhere it says so and skips.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Home } from '../helpers/home.js';
import { bags, BUNDLE, samplesHome, TERMINATED_2026 } from './helpers.js';

const mountPoint = mkdtempSync(join(tmpdir(), 'xf-full-'));
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', mountPoint]).status === 0;
if (!mounted) console.warn(`full-disk test skipped: cannot mount a small tmpfs here (needs root with mount rights)`);
let home: Home;

beforeAll(() => {
  if (mounted) home = samplesHome();
}, 300_000);
afterAll(() => {
  home?.cleanup();
  if (mounted) spawnSync('umount', [mountPoint]);
  try {
    rmSync(mountPoint, { recursive: true, force: true });
  } catch {
    /* still mounted: emptied, left */
  }
});

describe.runIf(mounted)('a full disk during xf archive year', () => {
  it('stops with exit 4 naming ENOSPC, the path and the case; leaves only whole dossiers; a rerun with room finishes', () => {
    const bundle = join(mountPoint, BUNDLE);
    const r = home.run(['archive', 'year', '2026', '--out', mountPoint]);
    expect(r.code, r.stderr).toBe(4);
    // the disk may fill while a case is built (the case is named) or while the year's index is written
    expect(r.stderr).toMatch(/磁盘空间不足（ENOSPC）：.*X001-WS·2026/);
    const first = bags(bundle);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(TERMINATED_2026.length);
    expect(readdirSync(bundle).filter((n) => n.startsWith('.'))).toEqual([]); // no half-built dossier left
    // every dossier written is whole; the bundle itself is unfinished (no year manifest yet: E-YEAR, exit 2)
    const v = home.run(['verify', '-q', ...first.map((b) => join(bundle, b))]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const unfinished = home.run(['verify', '-q', bundle]);
    expect(unfinished.code, unfinished.stdout).toBe(2);
    expect(unfinished.stdout).toContain('E-YEAR');

    expect(spawnSync('mount', ['-o', 'remount,size=64m', mountPoint]).status).toBe(0);
    const again = home.run(['archive', 'year', '2026', '--out', mountPoint, '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(bags(bundle)).toHaveLength(TERMINATED_2026.length);
    expect(home.run(['verify', '-q', bundle]).code).toBe(0);
  });
});
