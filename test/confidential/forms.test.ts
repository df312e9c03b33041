// Forms and the disclosure policy outside the canary's walk (issue 11): xf form batch writes each
// case's files as one set, as `xf form --pdf --docx` does — when the DOCX cannot be written the PDF is
// not left behind, the failure is named (exit 4) and the other cases are written; an internal form
// printed from a case file (--file) is held to the same policy as one printed from the register.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT, xf } from '../helpers/xf.js';

const FILE = join(ROOT, 'test', 'confidential', 'canary.yaml');
let home: Home;

beforeAll(() => {
  home = freshHome('national_2022');
  for (const no of ['2026-0777', '2026-0778']) {
    writeFileSync(join(home.dir, `${no}.yaml`), readFileSync(FILE, 'utf8').replace('case_no: 2026-0777', `case_no: ${no}`));
    expect(home.run(['case', 'new', '--file', `${no}.yaml`]).code).toBe(0);
  }
}, 60_000);
afterAll(() => home?.cleanup());

describe('form batch: both files or neither', () => {
  it('a case whose DOCX cannot be written leaves no PDF; the other case is written whole', () => {
    const out = join(home.dir, 'out');
    // a folder where the first case's DOCX should go: its rename fails
    mkdirSync(join(out, '2026-0777-intake_record.docx'), { recursive: true });
    const r = home.run(['form', 'batch', '--form', 'intake_record', '--cases', '2026-0777,2026-0778', '--pdf', '--docx', '--out', 'out', '--workers', '1']);
    expect(r.code, r.stderr).toBe(4);
    expect(r.stderr).toContain('2026-0777');
    expect(r.stderr).not.toMatch(/\n\s+at \S+/);
    expect(r.stdout).toMatch(/已生成 1 份.*失败 1 份/);
    expect(readdirSync(out).sort()).toEqual(['2026-0777-intake_record.docx', '2026-0778-intake_record.docx', '2026-0778-intake_record.pdf']);
    expect(existsSync(join(out, '2026-0777-intake_record.pdf'))).toBe(false);
  }, 120_000);

  it('--workers must be a number from 1', () => {
    const r = home.run(['form', 'batch', '--form', 'intake_record', '--cases', '2026-0777', '--workers', '0']);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain('--workers');
  }, 60_000);
});

async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

describe('form --file: an internal form of a confidential case', () => {
  it('prints （保密） without a logged request; with one, the identities, logged in the register', async () => {
    const file = join(home.dir, '2026-0777.yaml');
    const masked = home.run(['form', 'intake_record', '--file', file, '--docx', '--out', 'file-masked']);
    expect(masked.code, masked.stderr).toBe(0);
    const m = await docxText(join(home.dir, 'file-masked', '2026-0777-intake_record.docx'));
    expect(m).toContain('（保密）');
    expect(m).not.toContain('庹霁雯');
    expect(home.run(['form', 'intake_record', '--file', file, '--docx', '--out', 'file-shown', '--include-confidential']).code).toBe(64);
    const shown = home.run(['form', 'intake_record', '--file', file, '--docx', '--out', 'file-shown', '--include-confidential', '--requested-by', '纪检组王某']);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stderr).toContain('已记录');
    expect(await docxText(join(home.dir, 'file-shown', '2026-0777-intake_record.docx'))).toContain('庹霁雯');
    expect(home.run(['ledger', 'log']).stdout).toContain(`--file ${file}`);
    // no register to log in: refused, nothing written
    const bare = join(home.dir, 'bare');
    mkdirSync(bare);
    const r = xf(['form', 'intake_record', '--file', file, '--docx', '--out', 'x', '--include-confidential', '--requested-by', '纪检组王某'], { cwd: bare, env: { XF_HOME: bare } });
    expect(r.code, r.stderr).toBe(64);
    expect(readdirSync(bare)).toEqual([]);
  }, 120_000);
});
