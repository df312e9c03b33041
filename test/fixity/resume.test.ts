// Interrupt a run part-way (SIGINT), then --resume it: files finished before the interruption are not
// hashed again (proved by altering one of them behind the checkpoint's back: size and mtime kept).
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XF, xf } from '../helpers/xf.js';
import { writeBag } from '../../src/bagit/index.js';
import { bytes, tmp } from './fixture.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('xf verify --resume', () => {
  it('continues an interrupted run without re-hashing what was done', async () => {
    const root = tmp('xf-resume-');
    const bag = join(root, 'bag');
    const chunk = bytes('resume', 4 << 20);
    const payload = Array.from({ length: 80 }, (_, i) => ({ path: `scans/${String(i).padStart(3, '0')}.tif`, content: Buffer.concat([Buffer.from(String(i)), chunk]) }));
    await writeBag(bag, { payload, info: { sourceOrganization: 'o', baggingDate: '2027-01-15' }, fsync: false });
    const store = join(root, 'audit.jsonl');
    const runs = join(root, '.xf-audit-runs');

    const child = spawn(process.execPath, [XF, 'verify', '--jobs', '1', '--format', 'json', '--audit', store, bag], { env: { ...process.env, XF_HOME: root } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const exited = new Promise<number>((r) => child.on('exit', (code) => r(code ?? -1)));
    // Wait until the checkpoint holds a few finished files, then interrupt.
    let cp: string | undefined;
    for (let i = 0; i < 600; i++) {
      await sleep(50);
      const f = existsSync(runs) ? readdirSync(runs)[0] : undefined;
      if (
        f &&
        readFileSync(join(runs, f), 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('{"done"')).length >= 3
      ) {
        cp = join(runs, f);
        break;
      }
    }
    expect(cp).toBeDefined();
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const first = JSON.parse(out) as { interrupted: boolean; run: string };
    expect(first.interrupted).toBe(true);
    const done = readFileSync(cp!, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('{"done"'))
      .map((l) => (JSON.parse(l) as { done: { abs: string } }).done.abs);
    expect(done.length).toBeGreaterThanOrEqual(3);
    expect(done.length).toBeLessThan(80 + 5);

    // Alter a file already checked, keeping its size and mtime: a resumed run must not look at it again.
    const victim = done.find((p) => p.includes('/data/'))!;
    const st = statSync(victim);
    const b = readFileSync(victim);
    b[100] = b[100]! ^ 1;
    writeFileSync(victim, b);
    utimesSync(victim, st.atime, st.mtime);

    const second = xf(['verify', '--format', 'json', '--quiet', '--audit', store, '--resume', first.run], { env: { XF_HOME: root } });
    const report = JSON.parse(second.stdout) as { ok: boolean; resumed_files: number; files: number; faults: unknown[]; run: string };
    expect(report.run).toBe(first.run);
    expect(report.resumed_files).toBe(new Set(done).size);
    expect(report.files).toBe(80 + 5); // the payload, and bagit.txt, bag-info.txt, two manifests and sm3-digests.txt
    expect(report.faults).toEqual([]);
    expect(second.code).toBe(0);
    expect(existsSync(cp!)).toBe(false);

    // A fresh run does see the change.
    expect(xf(['verify', '--quiet', '--audit', store, bag], { env: { XF_HOME: root } }).code).toBe(1);
    const log = JSON.parse(xf(['audit', 'log', '--json', '--audit', store]).stdout) as { runs: { run: string; status: string; resumes: number }[] };
    expect(log.runs[0]).toMatchObject({ run: first.run, status: 'passed', resumes: 1 });
    expect(log.runs[1]!.status).toBe('failed');
    expect(xf(['audit', 'verify', '--audit', store]).code).toBe(0);
    expect(xf(['verify', '--resume', 'no-such-run', '--audit', store]).code).toBe(64);
  });
});
