// Edge cases beyond the matrix: Unicode normalisation, symbolic links, malformed manifests,
// manifests of algorithms we cannot compute, percent-encoded names.
import { describe, it, expect } from 'vitest';
import { appendFileSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBag } from '../../src/bagit/index.js';
import { xf } from '../helpers/xf.js';
import { tmp } from './fixture.js';

async function bag(payload: { path: string; content: string }[]): Promise<string> {
  const dir = join(tmp('xf-edge-'), 'bag');
  await writeBag(dir, { payload, info: { sourceOrganization: 'o', baggingDate: '2027-01-15' }, fsync: false });
  return dir;
}
function run(dir: string) {
  const r = xf(['verify', '--quiet', '--format', 'json', '--audit', join(dir, '..', 'a.jsonl'), dir]);
  const rep = JSON.parse(r.stdout) as { faults: { code: string; rel?: string; encoded?: string }[]; warnings: { message: string }[] };
  return { code: r.code, rep, codes: [...new Set(rep.faults.map((f) => f.code))].sort() };
}

describe('xf verify edge cases', () => {
  it('a bag copied onto a normalising filesystem (names now NFD) still verifies', async () => {
    const dir = await bag([{ path: 'café/résumé.txt', content: 'x' }]);
    renameSync(join(dir, 'data/café/résumé.txt'), join(dir, 'data/café/' + 'résumé.txt'.normalize('NFD')));
    renameSync(join(dir, 'data/café'), join(dir, 'data/' + 'café'.normalize('NFD')));
    const r = run(dir);
    expect(r.rep.faults).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('a file name with % and a newline-free name round-trips through the manifest encoding', async () => {
    const dir = await bag([
      { path: '50%折扣.txt', content: 'x' },
      { path: 'a%0Ab.txt', content: 'y' },
    ]);
    expect(readFileSync(join(dir, 'manifest-sha256.txt'), 'utf8')).toContain('data/a%250Ab.txt');
    expect(run(dir).code).toBe(0);
    writeFileSync(join(dir, 'data/a%0Ab.txt'), 'z');
    const r = run(dir);
    expect(r.rep.faults.find((f) => f.code === 'E-DIGEST')).toMatchObject({ rel: 'data/a%0Ab.txt', encoded: 'data/a%250Ab.txt' });
  });

  it('a symbolic link in the payload is not followed: E-BAGIT', async () => {
    const dir = await bag([{ path: 'a.txt', content: 'x' }]);
    symlinkSync('/etc/passwd', join(dir, 'data/link.txt'));
    const r = run(dir);
    expect(r.codes).toContain('E-BAGIT');
    expect(r.code).toBe(3);
  });

  it('a manifest listing a file twice or with a malformed line: E-BAGIT beside the tag-manifest fault', async () => {
    const dir = await bag([{ path: 'a.txt', content: 'x' }]);
    const m = join(dir, 'manifest-sha256.txt');
    appendFileSync(m, readFileSync(m, 'utf8') + 'garbage\n');
    const r = run(dir);
    expect(r.codes).toEqual(['E-BAGIT', 'E-TAGDIGEST']);
    expect(r.code).toBe(1);
  });

  it('a manifest of an algorithm Node cannot compute is named as a warning, the others still checked', async () => {
    const dir = await bag([{ path: 'a.txt', content: 'x' }]);
    writeFileSync(join(dir, 'manifest-blake3.txt'), `${'0'.repeat(64)}  data/a.txt\n`);
    const r = run(dir);
    expect(r.rep.faults).toEqual([]);
    expect(r.rep.warnings.map((w) => w.message).join(' ')).toMatch(/blake3/);
  });

  it('a manifest that does not list every payload file: E-EXTRA naming that manifest', async () => {
    const dir = await bag([
      { path: 'a.txt', content: 'x' },
      { path: 'b.txt', content: 'y' },
    ]);
    const m = join(dir, 'manifest-sha512.txt');
    writeFileSync(
      m,
      readFileSync(m, 'utf8')
        .split('\n')
        .filter((l) => !l.endsWith('b.txt'))
        .join('\n'),
    );
    const r = run(dir);
    expect(r.rep.faults.find((f) => f.code === 'E-EXTRA')).toMatchObject({ rel: 'data/b.txt', manifest: 'manifest-sha512.txt' });
  });
});
