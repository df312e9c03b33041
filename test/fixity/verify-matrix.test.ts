// The corruption matrix (issue 5): one realistic dossier, one fault at a time, each reported with the
// right code and exit code; a clean dossier passes; a year bundle with a changed dossier gives E-YEAR.
import { describe, it, expect, beforeAll } from 'vitest';
import { appendFileSync, chmodSync, cpSync, mkdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { XF, xf } from '../helpers/xf.js';
import { archivalCode, buildDossier, buildYear, tmp } from './fixture.js';

interface Report {
  ok: boolean;
  exit: number;
  faults: { code: string; rel?: string; path?: string; algorithm?: string; expected?: string; actual?: string; encoded?: string; errno?: string; manifest?: string }[];
  problems: number;
  files: number;
  bytes: number;
  dossiers: number;
}

let pristine: string;
let home: string;
const code1 = archivalCode(1);
const pdf = `data/pdf/${code1}.pdf`;
const docx = `data/docx/${code1}.docx`;
const scan = `data/scans/${archivalCode(3)}-信封.jpg`;

function run(dir: string, extra: string[] = []): { code: number; report: Report; stderr: string } {
  const r = xf(['verify', '--format', 'json', '--quiet', ...extra, dir], { env: { XF_HOME: home } });
  let report: Report;
  try {
    report = JSON.parse(r.stdout) as Report;
  } catch {
    throw new Error(`not JSON (exit ${r.code}): ${r.stdout}\n${r.stderr}`);
  }
  return { code: r.code, report, stderr: r.stderr };
}

function fresh(): string {
  const root = tmp('xf-matrix-');
  const dir = join(root, code1);
  cpSync(pristine, dir, { recursive: true });
  return dir;
}

function codes(r: Report): string[] {
  return [...new Set(r.faults.map((f) => f.code))].sort();
}

function editLine(file: string, lineNo: number): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const l = lines[lineNo]!;
  lines[lineNo] = (l[0] === '0' ? '1' : '0') + l.slice(1);
  writeFileSync(file, lines.join('\n'));
}

beforeAll(async () => {
  home = tmp('xf-home-');
  const root = tmp('xf-pristine-');
  pristine = join(root, code1);
  await buildDossier(pristine, { caseNo: 'XX-2026-0001', itemFrom: 1 });
});

describe('xf verify: corruption matrix', () => {
  it('a clean dossier passes with exit 0', () => {
    const { code, report } = run(fresh());
    expect(report.faults).toEqual([]);
    expect(report.ok).toBe(true);
    expect(code).toBe(0);
    expect(report.dossiers).toBe(1);
    expect(report.files).toBeGreaterThan(10);
  });

  it('one flipped bit in a PDF: E-DIGEST for sha256, sha512 and sm3 (sm3-digests.txt), one problem, exit 1', () => {
    const dir = fresh();
    const f = join(dir, pdf);
    const b = readFileSync(f);
    b[1000] = b[1000]! ^ 0x01;
    writeFileSync(f, b);
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-DIGEST']);
    expect(report.faults.map((x) => x.algorithm).sort()).toEqual(['sha256', 'sha512', 'sm3']);
    expect(report.faults.find((x) => x.algorithm === 'sm3')!.manifest).toBe('sm3-digests.txt');
    // one damaged file is one problem, however many digests flag it (issue 12)
    expect(report.problems).toBe(1);
    const fault = report.faults[0]!;
    expect(fault.rel).toBe(pdf);
    expect(fault.path).toBe(join(dir, pdf));
    expect(fault.expected).toMatch(/^[0-9a-f]{64}$/);
    expect(fault.actual).toMatch(/^[0-9a-f]{64}$/);
    expect(fault.actual).not.toBe(fault.expected);
    expect(code).toBe(1);
  });

  it('a truncated DOCX: E-DIGEST and E-OXUM (the Oxum never hides the per-file detail), exit 1', () => {
    const dir = fresh();
    truncateSync(join(dir, docx), 100);
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-DIGEST', 'E-OXUM']);
    expect(report.faults.find((f) => f.code === 'E-DIGEST')!.rel).toBe(docx);
    expect(code).toBe(1);
  });

  it('a deleted scan: E-MISSING and E-OXUM, exit 2', () => {
    const dir = fresh();
    rmSync(join(dir, scan));
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-MISSING', 'E-OXUM']);
    expect(report.faults.find((f) => f.code === 'E-MISSING')!.rel).toBe(scan);
    expect(code).toBe(2);
  });

  it('a stray file: E-EXTRA and E-OXUM, exit 2', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'data/pdf/stray.pdf'), '%PDF-1.4 stray');
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-EXTRA', 'E-OXUM']);
    expect(report.faults.find((f) => f.code === 'E-EXTRA')!.rel).toBe('data/pdf/stray.pdf');
    expect(code).toBe(2);
  });

  it('a renamed file: E-MISSING for the old name and E-EXTRA for the new, exit 2', () => {
    const dir = fresh();
    renameSync(join(dir, pdf), join(dir, 'data/pdf/renamed.pdf'));
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-EXTRA', 'E-MISSING']);
    expect(report.faults.find((f) => f.code === 'E-MISSING')!.rel).toBe(pdf);
    expect(report.faults.find((f) => f.code === 'E-EXTRA')!.rel).toBe('data/pdf/renamed.pdf');
    expect(code).toBe(2);
  });

  for (const manifest of ['manifest-sha256.txt', 'manifest-sha512.txt', 'sm3-digests.txt']) {
    it(`an edited line of ${manifest}: E-DIGEST for that file and E-TAGDIGEST for the manifest, exit 1`, () => {
      const dir = fresh();
      // a payload line (sm3-digests.txt lists the tag files too, bag-info.txt and bagit.txt first)
      const lines = readFileSync(join(dir, manifest), 'utf8').split('\n');
      editLine(join(dir, manifest), lines.findIndex((l) => l.includes('  data/')) + 2);
      const { code, report } = run(dir);
      expect(codes(report)).toEqual(['E-DIGEST', 'E-TAGDIGEST']);
      expect(report.faults.find((f) => f.code === 'E-TAGDIGEST')!.rel).toBe(manifest);
      expect(report.faults.filter((f) => f.code === 'E-DIGEST')).toHaveLength(1);
      expect(code).toBe(1);
    });
  }

  it('an edited tag manifest: E-TAGDIGEST, exit 1', () => {
    const dir = fresh();
    editLine(join(dir, 'tagmanifest-sha256.txt'), 0);
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-TAGDIGEST']);
    expect(code).toBe(1);
  });

  it('an edited bag-info.txt: E-TAGDIGEST, exit 1', () => {
    const dir = fresh();
    appendFileSync(join(dir, 'bag-info.txt'), 'Contact-Name: 王五\n');
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-TAGDIGEST']);
    expect(report.faults[0]!.rel).toBe('bag-info.txt');
    expect(code).toBe(1);
  });

  it('an edited dossier.json that still fits the schema: E-DIGEST, exit 1', () => {
    const dir = fresh();
    const f = join(dir, 'data/dossier.json');
    writeFileSync(f, readFileSync(f, 'utf8').replace('李四', '赵六'));
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-DIGEST']);
    expect(report.faults[0]!.rel).toBe('data/dossier.json');
    expect(code).toBe(1);
  });

  it('an edited dossier.json that breaks the schema: E-SCHEMA beside E-DIGEST; digest wins, exit 1', () => {
    const dir = fresh();
    const f = join(dir, 'data/dossier.json');
    writeFileSync(f, readFileSync(f, 'utf8').replace('"retention": "D30"', '"retention": "D20"'));
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-DIGEST', 'E-SCHEMA']);
    expect(report.faults.find((x) => x.code === 'E-SCHEMA')!.actual).toBe('/archive/retention');
    expect(code).toBe(1);
  });

  it('a dossier.json breaking the schema in a consistently re-sealed bag: E-SCHEMA alone, exit 3', async () => {
    // Not a corruption but a writer bug: the bag is internally consistent, only the schema fails.
    const { BagWriter } = await import('../../src/bagit/index.js');
    const root = tmp('xf-schema-');
    const w = new BagWriter(join(root, 'bag'), { fsync: false });
    w.addPayload({ path: 'dossier.json', content: '{"schema_version":"1.0.0"}\n' });
    w.seal({ sourceOrganization: 'x', baggingDate: '2027-01-15' });
    const { code, report } = run(join(root, 'bag'));
    expect(codes(report)).toEqual(['E-SCHEMA']);
    expect(code).toBe(3);
  });

  it('bagit.txt removed: E-BAGIT only (not also E-MISSING from the tag manifest), exit 3', () => {
    const dir = fresh();
    rmSync(join(dir, 'bagit.txt'));
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-BAGIT']);
    expect(report.faults[0]!.rel).toBe('bagit.txt');
    expect(code).toBe(3);
  });

  it('a folder where a file is expected: E-UNREADABLE (EISDIR) beside E-OXUM, exit 2', () => {
    const dir = fresh();
    rmSync(join(dir, pdf));
    mkdirSync(join(dir, pdf));
    const { code, report } = run(dir);
    expect(report.faults.find((f) => f.code === 'E-UNREADABLE')).toMatchObject({ rel: pdf, errno: 'EISDIR' });
    // The Oxum also differs (one file fewer); 2 < 4, so the lowest non-zero wins.
    expect(codes(report)).toEqual(['E-OXUM', 'E-UNREADABLE']);
    expect(code).toBe(2);
  });

  it('a folder where bag-info.txt should be: E-UNREADABLE once, exit 4', () => {
    const dir = fresh();
    rmSync(join(dir, 'bag-info.txt'));
    mkdirSync(join(dir, 'bag-info.txt'));
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-UNREADABLE']);
    expect(report.faults).toHaveLength(1);
    expect(report.faults[0]).toMatchObject({ rel: 'bag-info.txt', errno: 'EISDIR' });
    expect(code).toBe(4);
  });

  // As root, chmod 000 changes nothing: run xf as "nobody" instead (runuser), when we can.
  const asRoot = process.getuid?.() === 0;
  const canDrop = asRoot && spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status === 0;
  it.skipIf(asRoot && !canDrop)('chmod 000 on a PDF: E-UNREADABLE (EACCES), exit 4', () => {
    const dir = fresh();
    chmodSync(join(dir, '..'), 0o755);
    chmodSync(join(dir, pdf), 0o000);
    const nobodyHome = tmp('xf-nobody-');
    chmodSync(nobodyHome, 0o777);
    try {
      const r = canDrop
        ? spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, XF, 'verify', '--format', 'json', '--quiet', dir], { encoding: 'utf8', env: { ...process.env, XF_HOME: nobodyHome } })
        : spawnSync(process.execPath, [XF, 'verify', '--format', 'json', '--quiet', dir], { encoding: 'utf8', env: { ...process.env, XF_HOME: nobodyHome } });
      const code = r.status;
      const report = JSON.parse(r.stdout) as Report;
      expect(codes(report)).toEqual(['E-UNREADABLE']);
      expect(report.faults[0]!.errno).toBe('EACCES');
      expect(code).toBe(4);
    } finally {
      chmodSync(join(dir, pdf), 0o644);
    }
  });

  it('several faults at once: all reported, lowest exit wins', () => {
    const dir = fresh();
    rmSync(join(dir, scan));
    const f = join(dir, pdf);
    const b = readFileSync(f);
    b[10] = b[10]! ^ 0x80;
    writeFileSync(f, b);
    writeFileSync(join(dir, 'data/extra.txt'), 'x');
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-DIGEST', 'E-EXTRA', 'E-MISSING', 'E-OXUM']);
    expect(code).toBe(1);
  });

  it('text output names the code, the path and the digests, in Chinese', () => {
    const dir = fresh();
    truncateSync(join(dir, pdf), 10);
    const r = xf(['verify', '--quiet', dir], { env: { XF_HOME: home } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[E-DIGEST]');
    expect(r.stdout).toContain(join(dir, pdf));
    expect(r.stdout).toContain('摘要不符');
    expect(r.stdout).toMatch(/应为：[0-9a-f]{64}/);
  });

  it('usage errors exit 64', () => {
    expect(xf(['verify', '--jobs', 'x', pristine], { env: { XF_HOME: home } }).code).toBe(64);
    expect(xf(['verify', '/no/such/folder'], { env: { XF_HOME: home } }).code).toBe(64);
    expect(xf(['verify', '--bogus'], { env: { XF_HOME: home } }).code).toBe(64);
    expect(xf(['verify', '--algorithms', 'crc32', pristine], { env: { XF_HOME: home } }).code).toBe(64);
  });

  it('--report writes the JSON as well; --algorithms sha256 checks fewer digests', () => {
    const dir = fresh();
    const b = readFileSync(join(dir, pdf));
    b[5] = b[5]! ^ 1;
    writeFileSync(join(dir, pdf), b);
    const reportFile = join(dir, '..', 'r.json');
    const { code, report } = run(dir, ['--algorithms', 'sha256', '--report', reportFile]);
    expect(code).toBe(1);
    expect(report.faults.map((f) => f.algorithm)).toEqual(['sha256']);
    expect(JSON.parse(readFileSync(reportFile, 'utf8')).faults).toHaveLength(1);
  });
});

describe('xf verify: year bundles', () => {
  let year: string;
  beforeAll(async () => {
    year = join(tmp('xf-year-'), '2026');
    await buildYear(year, 3);
  });

  function freshYear(): string {
    const dir = join(tmp('xf-yearcopy-'), '2026');
    cpSync(year, dir, { recursive: true });
    return dir;
  }

  it('a clean year bundle passes', () => {
    const { code, report } = run(freshYear());
    expect(report.faults).toEqual([]);
    expect(report.dossiers).toBe(3);
    expect(code).toBe(0);
  });

  it('a dossier re-sealed after a change (internally consistent): E-YEAR, exit 1', async () => {
    const dir = freshYear();
    const code2 = archivalCode(4);
    rmSync(join(dir, code2), { recursive: true });
    await buildDossier(join(dir, code2), { caseNo: 'XX-2026-9999', itemFrom: 4 });
    const { code, report } = run(dir);
    expect(codes(report)).toEqual(['E-YEAR']);
    expect(report.faults[0]!.rel).toBe(`${code2}/tagmanifest-sha256.txt`);
    expect(code).toBe(1);
  });

  it('a removed dossier: E-YEAR (missing), exit 2; an edited year manifest: E-YEAR, exit 1', () => {
    const dir = freshYear();
    rmSync(join(dir, archivalCode(7)), { recursive: true });
    const r1 = run(dir);
    expect(codes(r1.report)).toEqual(['E-YEAR']);
    expect(r1.code).toBe(2);
    const dir2 = freshYear();
    const m = join(dir2, 'year-manifest.json');
    writeFileSync(m, readFileSync(m, 'utf8').replace('"created": "2027-01-20"', '"created": "2027-01-21"'));
    const r2 = run(dir2);
    expect(codes(r2.report)).toEqual(['E-YEAR']);
    expect(r2.report.faults.map((f) => f.algorithm).sort()).toEqual(['sha256', 'sm3']);
    expect(r2.code).toBe(1);
  });

  it('a changed dossier inside a year bundle: E-DIGEST in the bag, exit 1; an archive root finds every bag', () => {
    const dir = freshYear();
    const f = join(dir, archivalCode(1), pdf);
    const b = readFileSync(f);
    b[0] = b[0]! ^ 1;
    writeFileSync(f, b);
    const { code, report } = run(join(dir, '..'));
    expect(report.dossiers).toBe(3);
    expect(codes(report)).toEqual(['E-DIGEST']);
    expect(code).toBe(1);
    expect(readdirSync(join(dir, '..'))).toContain('.xf-audit.jsonl');
  });
});
