// The quarterly workbook and the printed ledger as an auditor's programs see them: openpyxl reads
// the page setup (A4, fit to width, print titles), the formulas and their cached values; the
// drawing has no editAs on a one-cell anchor; LibreOffice prints A4 pages with text of at least 8 pt.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// each test runs xf (and LibreOffice) several times: minutes on a loaded machine
const SLOW = { timeout: 300_000 };
import { freshHome, type Home } from '../helpers/home.js';
import { needs, requireTools } from '../helpers/tools.js';
import { ROOT } from '../helpers/xf.js';

const PYTHON = ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0);

const READ = `
import json, re, sys, zipfile, openpyxl
f = sys.argv[1]
wb = openpyxl.load_workbook(f)
cached = openpyxl.load_workbook(f, data_only=True)
out = {"sheets": {}, "anchors": [], "cells": {}}
for ws in wb.worksheets:
    ps = ws.page_setup
    pr = ws.sheet_properties.pageSetUpPr
    out["sheets"][ws.title] = {"paper": ps.paperSize, "orientation": ps.orientation, "fit": bool(pr and pr.fitToPage),
        "wide": ps.fitToWidth, "tall": ps.fitToHeight, "rows": ws.print_title_rows, "cols": ws.print_title_cols}
    out["cells"][ws.title] = [[c.value if not isinstance(c.value, (int, float)) or isinstance(c.value, bool) else c.value for c in r] for r in ws.iter_rows(max_row=20)]
    out["cells"][ws.title + "#cached"] = [[c.value for c in r] for r in cached[ws.title].iter_rows(max_row=20)]
z = zipfile.ZipFile(f)
for n in z.namelist():
    if n.startswith("xl/drawings/drawing"):
        out["anchors"] += re.findall(r"<xdr:(?:oneCellAnchor|twoCellAnchor)[^>]*>", z.read(n).decode())
print(json.dumps(out, ensure_ascii=False, default=str))
`;

interface Read {
  sheets: Record<string, { paper: number; orientation: string; fit: boolean; wide: number; tall: number; rows: string | null; cols: string | null }>;
  anchors: string[];
  cells: Record<string, unknown[][]>;
}
function readXlsx(file: string): Read {
  const r = spawnSync(PYTHON!, ['-c', READ, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Read;
}

/** LibreOffice's PDF of a workbook: page count, page sizes and the height of every word (pt). */
function printed(file: string): { pages: number; sizes: string[]; heights: number[] } {
  const out = mkdtempSync(join(tmpdir(), 'xf-print-'));
  const profile = mkdtempSync(join(tmpdir(), 'xf-lo-profile-'));
  try {
    const c = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file], { encoding: 'utf8', timeout: 180_000 });
    expect(c.status, c.stderr).toBe(0);
    const pdf = join(out, readdirSync(out).find((f) => f.endsWith('.pdf'))!);
    const info = spawnSync('pdfinfo', ['-l', '999', pdf], { encoding: 'utf8' }).stdout;
    const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/g)].map((m) => m[1]!);
    const bbox = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
    const heights = [...bbox.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
    // a page to look at (kept under test/ledger/.out/)
    spawnSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, join(ROOT, 'test', 'ledger', '.out', `print-${file.split('/').at(-1)}`)]);
    return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), sizes, heights };
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
const A4 = /^(595\.\d+ x 841\.\d+|841\.\d+ x 595\.\d+)$/;

let home: Home;
let quarterly: string, ledger: string;
beforeAll(() => {
  home = freshHome();
  expect(home.run(['case', 'import', join(ROOT, 'samples')]).code).toBe(0);
  const q = home.run(['report', 'quarterly', '--year', '2026', '--quarter', '1', '--xlsx', '--out', join(home.dir, 'r'), '--json']);
  expect(q.code, q.stderr).toBe(0);
  quarterly = JSON.parse(q.stdout).files[0];
  ledger = join(home.dir, 'ledger-2026.xlsx');
  expect(home.run(['ledger', 'export', '--year', '2026', '--out', ledger]).code).toBe(0);
  spawnSync('mkdir', ['-p', join(ROOT, 'test', 'ledger', '.out')]);
}, 300_000);
afterAll(() => home?.cleanup());

describe('the quarterly workbook', SLOW, () => {
  it('prints on A4 fit to width with print titles; rates are formulas with cached values; no editAs on one-cell anchors', (ctx) => {
    needs(ctx, !!PYTHON, 'python3-openpyxl');
    const x = readXlsx(quarterly);
    for (const [name, s] of Object.entries(x.sheets)) {
      expect(s, name).toMatchObject({ paper: 9, fit: true, wide: 1, tall: 0 });
      if (name !== '报告' && name !== '图表') expect(s.rows, name).toBe('$1:$2');
    }
    expect(x.anchors).toHaveLength(3);
    for (const a of x.anchors) expect(a).not.toMatch(/oneCellAnchor[^>]*editAs/);
    const rows = x.cells['主要指标']!,
      cached = x.cells['主要指标#cached']!;
    const at = (label: string) => rows.findIndex((r) => r[0] === label);
    const rate = at('按期办结率'),
      n = at('　按期办结（件）'),
      of = at('　应办结（件）');
    expect(rows[rate]![1]).toBe(`=IF(N(B${of + 1})=0,"—",B${n + 1}/B${of + 1})`);
    expect(cached[rate]![1]).toBeCloseTo((cached[n]![1] as number) / (cached[of]![1] as number), 9);
    const sat = at('满意率（满意＋基本满意）');
    expect(String(rows[sat]![1])).toMatch(/^=IF\(N\(B\d+\)=0,"—",B\d+\/B\d+\)$/);
    expect(String(rows[at('收到信访事项（件）')]![3])).toMatch(/^=IF\(N\(C3\)=0,"—",\(B3-C3\)\/C3\)$/);
    // the shares of a breakdown over its total row
    const cat = x.cells['按类别']!;
    expect(String(cat[2]![2])).toMatch(/^=IF\(N\(B\d+\)=0,"—",B3\/B\d+\)$/);
  });

  it('LibreOffice prints it on A4 pages, one per sheet, charts whole', (ctx) => {
    requireTools(ctx, 'soffice', 'pdfinfo', 'pdftotext');
    const p = printed(quarterly);
    expect(p.pages).toBe(9); // 19 Letter pages before
    for (const s of p.sizes) expect(s).toMatch(A4);
    expect(Math.min(...p.heights)).toBeGreaterThanOrEqual(7.5);
  });
});

describe('the printed ledger', SLOW, () => {
  it('A4 landscape, as many pages across as keep the text readable, header rows and key columns repeated', (ctx) => {
    needs(ctx, !!PYTHON, 'python3-openpyxl');
    const x = readXlsx(ledger);
    for (const name of ['来信', '来访', '网上', '代理']) {
      expect(x.sheets[name], name).toMatchObject({ paper: 9, orientation: 'landscape', fit: true, tall: 0, rows: '$1:$2', cols: '$A:$B' });
      expect(x.sheets[name]!.wide, name).toBeGreaterThan(1);
    }
  });

  it('LibreOffice prints A4 pages whose text is at least 8 pt (it was ~3 pt)', (ctx) => {
    requireTools(ctx, 'soffice', 'pdfinfo', 'pdftotext');
    const p = printed(ledger);
    for (const s of p.sizes) expect(s).toMatch(A4);
    const sorted = [...p.heights].sort((a, b) => a - b);
    // word boxes are the font's height: the smallest line of text is 8 pt or more
    expect(sorted[Math.floor(sorted.length * 0.02)]!).toBeGreaterThanOrEqual(8);
    expect(p.pages).toBeLessThan(30);
  });
});
