// The corruption matrix again, over dossiers made by the real archiver (`xf demo` files the closed
// sample cases into demo-out/archive): each fault reported with the right code and exit code.
import { describe, it, expect, beforeAll } from 'vitest';
import { appendFileSync, cpSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { xf } from '../helpers/xf.js';
import { tmp } from './fixture.js';

let year: string;
let code: string;
let home: string;

beforeAll(() => {
  home = tmp('xf-real-home-');
  const out = join(home, 'out');
  const r = xf(['demo', '--out', out], { cwd: home, env: { XF_HOME: home } });
  if (r.code !== 0) throw new Error(`xf demo failed (${r.code}): ${r.stderr}`);
  const archive = join(out, 'archive');
  year = join(archive, readdirSync(archive).filter((n) => n.includes('·2026'))[0]!);
  code = readdirSync(year)
    .filter((n) => /-\d{4}$/.test(n))
    .sort()[0]!;
}, 300_000);

function copy(): { bundle: string; bag: string } {
  const bundle = join(tmp('xf-real-'), 'bundle');
  cpSync(year, bundle, { recursive: true });
  return { bundle, bag: join(bundle, code) };
}
function first(bag: string, sub: string, ext: string): string {
  return join(
    bag,
    'data',
    sub,
    readdirSync(join(bag, 'data', sub))
      .filter((n) => n.endsWith(ext))
      .sort()[0]!,
  );
}
function verify(dir: string): { code: number; codes: string[] } {
  const r = xf(['verify', '--quiet', '--format', 'json', '--audit', join(dir, '..', 'a.jsonl'), dir], { env: { XF_HOME: home } });
  const rep = JSON.parse(r.stdout) as { faults: { code: string }[] };
  return { code: r.code, codes: [...new Set(rep.faults.map((f) => f.code))].sort() };
}

describe('xf verify over dossiers made by xf archive', () => {
  it('the year bundle as filed is valid', () => {
    expect(verify(copy().bundle)).toEqual({ code: 0, codes: [] });
  });

  const cases: [string, (bag: string) => void, string[], number][] = [
    [
      'one flipped bit in a PDF',
      (bag) => {
        const f = first(bag, 'pdf', '.pdf');
        const b = readFileSync(f);
        b[b.length >> 1] = b[b.length >> 1]! ^ 1;
        writeFileSync(f, b);
      },
      ['E-DIGEST'],
      1,
    ],
    ['a truncated DOCX', (bag) => truncateSync(first(bag, 'docx', '.docx'), 64), ['E-DIGEST', 'E-OXUM'], 1],
    ['a deleted index workbook', (bag) => rmSync(first(bag, 'index', '.xlsx')), ['E-MISSING', 'E-OXUM'], 2],
    ['a stray file', (bag) => writeFileSync(join(bag, 'data', 'pdf', 'stray.pdf'), '%PDF-1.4'), ['E-EXTRA', 'E-OXUM'], 2],
    [
      'a renamed file',
      (bag) => {
        const f = first(bag, 'pdf', '.pdf');
        renameSync(f, f + '.bak');
      },
      ['E-EXTRA', 'E-MISSING'],
      2,
    ],
    [
      'an edited manifest-sha512.txt line',
      (bag) => {
        const f = join(bag, 'manifest-sha512.txt');
        const t = readFileSync(f, 'utf8');
        writeFileSync(f, (t[0] === 'a' ? 'b' : 'a') + t.slice(1));
      },
      ['E-DIGEST', 'E-TAGDIGEST'],
      1,
    ],
    [
      'an edited payload line of sm3-digests.txt',
      (bag) => {
        const f = join(bag, 'sm3-digests.txt');
        const lines = readFileSync(f, 'utf8').split('\n');
        const i = lines.findIndex((l) => l.includes('  data/'));
        lines[i] = (lines[i]![0] === 'a' ? 'b' : 'a') + lines[i]!.slice(1);
        writeFileSync(f, lines.join('\n'));
      },
      ['E-DIGEST', 'E-TAGDIGEST'],
      1,
    ],
    [
      'an edited tag manifest',
      (bag) => {
        const f = join(bag, 'tagmanifest-sha256.txt');
        const t = readFileSync(f, 'utf8');
        writeFileSync(f, (t[0] === 'a' ? 'b' : 'a') + t.slice(1));
      },
      ['E-TAGDIGEST'],
      1,
    ],
    ['an edited bag-info.txt', (bag) => appendFileSync(join(bag, 'bag-info.txt'), 'Contact-Name: x\n'), ['E-TAGDIGEST'], 1],
    [
      'dossier.json broken',
      (bag) => {
        const f = join(bag, 'data', 'dossier.json');
        writeFileSync(f, readFileSync(f, 'utf8').replace('"schema_version"', '"schema_versio"'));
      },
      ['E-DIGEST', 'E-OXUM', 'E-SCHEMA'],
      1,
    ],
    ['bagit.txt removed', (bag) => rmSync(join(bag, 'bagit.txt')), ['E-BAGIT'], 3],
  ];
  for (const [name, corrupt, codes, exit] of cases) {
    it(`${name}: ${codes.join(' + ')}, exit ${exit}`, () => {
      const { bag } = copy();
      corrupt(bag);
      expect(verify(bag)).toEqual({ code: exit, codes });
    });
  }

  it('the year bundle after a dossier was re-sealed differently: E-YEAR', () => {
    const { bundle, bag } = copy();
    const f = join(bag, 'tagmanifest-sha256.txt');
    writeFileSync(f, readFileSync(f, 'utf8') + '\n');
    const r = verify(bundle);
    expect(r.codes).toContain('E-YEAR');
    expect(r.code).toBe(1);
  });
});
