// Our bags read by an outside reader: the Library of Congress bagit-python (`bagit.py --validate`).
// Found as `bagit.py` on PATH (Debian python3-bagit where the release has it, or pip), or through
// XF_BAGIT_PY=/path/to/bagit.py. Skipped, visibly, when absent, even in CI: Debian 12 (bookworm) does not
// package it, so CI cannot install it there.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBag } from '../../src/bagit/index.js';
import { bagitPy } from '../helpers/tools.js';
import { xf } from '../helpers/xf.js';
import { buildDossier, buildYear, tmp } from '../fixity/fixture.js';

const cmd = bagitPy();

function validate(dir: string): { code: number; out: string } {
  const r = spawnSync(cmd![0]!, [...cmd!.slice(1), '--validate', dir], { encoding: 'utf8' });
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

describe.skipIf(!cmd)(`Library of Congress bagit-python validates our bags${cmd ? '' : ' (skipped: bagit.py is not installed; set XF_BAGIT_PY)'}`, () => {
  it('a realistic dossier (Chinese names, sha256 + sm3 manifests, tag manifest) is valid', async () => {
    const bag = join(tmp('xf-loc-'), 'X001-WS·2026-D30-XFB-0001');
    await buildDossier(bag, { caseNo: 'XX-2026-0001', itemFrom: 1 });
    const r = validate(bag);
    expect(r.out).toContain('is valid');
    expect(r.code).toBe(0);
  });

  it('names with spaces, #, accents and deep folders are valid; a corrupted one is not', async () => {
    const bag = join(tmp('xf-loc-'), 'bag');
    await writeBag(bag, {
      payload: [
        { path: '信访 材料/第一 件#1.pdf', content: 'a' },
        { path: 'café/ünï/çødé/深层/文件.txt', content: 'b' },
        { path: 'empty.txt', content: '' },
      ],
      info: { sourceOrganization: '某市某区人民政府信访局', baggingDate: '2027-01-15', externalDescription: '两行\n说明' },
      tagFiles: [{ path: 'meta/备考表.txt', content: '无\n' }],
      fsync: false,
    });
    expect(validate(bag).code).toBe(0);
    writeFileSync(join(bag, 'data/empty.txt'), 'x');
    const bad = validate(bag);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/Payload-Oxum validation failed/);
  });

  it('every dossier of a year bundle is valid', async () => {
    const year = join(tmp('xf-loc-year-'), '2026');
    const codes = await buildYear(year, 2);
    for (const c of codes) expect(validate(join(year, c)).code).toBe(0);
  });

  it('known divergence (bagit-python #157): a "%" in a name is encoded as RFC 8493 requires, which bagit-python does not decode', async () => {
    const bag = join(tmp('xf-loc-'), 'bag');
    await writeBag(bag, { payload: [{ path: '100%.txt', content: 'x' }], info: { sourceOrganization: 'o', baggingDate: '2027-01-15' }, fsync: false });
    expect(readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8')).toContain('data/100%25.txt');
    expect(xf(['verify', '--quiet', '--audit', join(bag, '..', 'a.jsonl'), bag]).code).toBe(0);
    expect(validate(bag).code).toBe(1);
  });
});
