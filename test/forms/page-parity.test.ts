// DOCX that print like the PDF (issue 14): every form × case of the demo's samples is rendered to PDF
// and DOCX; LibreOffice (headless, with a fontconfig that resolves the DOCX font names to xf's own
// fonts, so it sets the same faces) prints the DOCX; the two must have the same page count, each page
// must start with the same line, and no page of either may hold only the signature block (GB/T 9704
// §7.3.5). Also: the 四联单's cut line at 148.5 mm and the page number's 一字线 7 mm below the type
// area in LibreOffice's rendering.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FormEngine } from '../../src/forms/engine.js';
import { listFormIds } from '../../src/forms/templates.js';
import type { DocumentTree } from '../../src/forms/model.js';
import { requireTools } from '../helpers/tools.js';
import { libreOfficeToPdfParallel, loadCases, testOffice } from './helpers.js';
import { pageLinesOf, signatureOnlyPages } from './pages.js';

const office = testOffice();
const engine = new FormEngine({ office });
const dir = mkdtempSync(join(tmpdir(), 'xf-parity-'));
const docs: { name: string; pdf: string; docx: string; tree: DocumentTree }[] = [];

beforeAll(async () => {
  for (const c of loadCases(office))
    for (const form of listFormIds()) {
      if (!engine.reaches(form, c.record)) continue;
      const r = await engine.render(form, c.record, { pdf: true, docx: true });
      const name = `${c.record.case_no}-${form}`;
      const pdf = join(dir, `${name}.pdf`),
        docx = join(dir, `${name}.docx`);
      writeFileSync(pdf, r.pdf!);
      writeFileSync(docx, r.docx!);
      docs.push({ name, pdf, docx, tree: r.tree });
    }
}, 300_000);

/** The first few characters of a page's first line (LibreOffice may end that line a character earlier). */
const head = (p: string[] | undefined) => (p?.[0] ?? '').slice(0, 6);

describe('DOCX ↔ PDF page parity in LibreOffice', () => {
  let lo: Map<string, string> = new Map();
  /** Each PDF's page lines (xf's and LibreOffice's), read once for all the checks. */
  let lines: Map<string, string[][]> = new Map();
  const pagesOf = (pdf: string) => lines.get(pdf)!;
  // two LibreOffice sessions at once, and pdftotext four at a time: the same conversions and reads
  const render = async (ctx: Parameters<typeof requireTools>[0]) => {
    requireTools(ctx, 'soffice', 'pdftotext', 'pdffonts');
    if (lo.size) return;
    lo = await libreOfficeToPdfParallel(
      docs.map((d) => d.docx),
      join(dir, 'lo'),
    );
    lines = await pageLinesOf([...docs.map((d) => d.pdf), ...docs.map((d) => lo.get(d.docx)!).filter((f) => existsSync(f))]);
  };

  it('LibreOffice sets the DOCX in xf’s own faces (fontconfig), not a substitute', async (ctx) => {
    await render(ctx);
    const d = docs.find((x) => x.name.endsWith('handling_opinion'))!;
    const fonts = spawnSync('pdffonts', [lo.get(d.docx)!], { encoding: 'utf8' }).stdout;
    expect(fonts).toContain('FandolFang');
    expect(fonts).not.toMatch(/DejaVu|Noto Sans CJK/);
  }, 600_000);

  it('every form has the same page count, and each page starts with the same line', async (ctx) => {
    await render(ctx);
    expect(docs.length).toBeGreaterThan(60);
    const pages: string[] = [],
      firsts: string[] = [];
    for (const d of docs) {
      const out = lo.get(d.docx)!;
      expect(existsSync(out), d.name).toBe(true);
      const a = pagesOf(d.pdf),
        b = pagesOf(out);
      if (a.length !== b.length) pages.push(`${d.name}: PDF ${a.length} pages, DOCX ${b.length}`);
      a.forEach((p, i) => {
        if (b[i] && head(p) !== head(b[i])) firsts.push(`${d.name} p${i + 1}: PDF「${p[0]}」 DOCX「${b[i]![0]}」`);
      });
    }
    process.stdout.write(`[parity] ${docs.length} forms: ${pages.length} page counts differ, ${firsts.length} page starts differ\n${firsts.join('\n')}\n`);
    expect(pages).toEqual([]);
    expect(firsts).toEqual([]);
  }, 600_000);

  it('no page holds only the signature block, in the PDF or in the DOCX', async (ctx) => {
    await render(ctx);
    const alone: string[] = [];
    for (const d of docs) {
      const a = signatureOnlyPages(d.tree, pagesOf(d.pdf));
      const b = signatureOnlyPages(d.tree, pagesOf(lo.get(d.docx)!));
      if (a.length) alone.push(`${d.name} PDF p${a}`);
      if (b.length) alone.push(`${d.name} DOCX p${b}`);
    }
    expect(alone).toEqual([]);
  }, 600_000);

  it('the 四联单 is cut at 148.5 mm and the page number sits 7 mm below the type area, as in the PDF', async (ctx) => {
    await render(ctx);
    requireTools(ctx, 'mutool');
    const slip = docs.find((x) => x.name.endsWith('proxy_contact_slip'))!;
    const svg = spawnSync('mutool', ['draw', '-F', 'trace', '-o', '-', lo.get(slip.docx)!, '1'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
    // the dashed cut: a stroked path with a dash pattern; its y (PDF points from the top) ≈ 148.5 mm
    const dashed = [...svg.matchAll(/<stroke_path[^>]*dash="[^"]+"[^>]*>[\s\S]*?<moveto x="[\d.]+" y="([\d.]+)"/g)].map((m) => (Number(m[1]) * 25.4) / 72);
    expect(dashed.length, 'a dashed cut line').toBeGreaterThan(0);
    expect(
      dashed.some((y) => Math.abs(y - 148.5) < 1.5),
      `cut at ${dashed.map((y) => y.toFixed(1))} mm`,
    ).toBe(true);

    const letter = docs.find((x) => x.name.endsWith('handling_opinion'))!;
    const dashY = (pdf: string) => {
      const st = spawnSync('mutool', ['draw', '-F', 'stext', '-o', '-', pdf, '1'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
      const m = [...st.matchAll(/<char quad="[\d.]+ ([\d.]+) [\d.]+ [\d.]+ [\d.]+ [\d.]+ [\d.]+ ([\d.]+)"[^>]*c="(?:—|&#x2014;)"/g)].pop();
      return m ? ((Number(m[1]) + Number(m[2])) / 2) * (25.4 / 72) : NaN;
    };
    const xfY = dashY(letter.pdf),
      loY = dashY(lo.get(letter.docx)!);
    expect(Math.abs(xfY - (37 + 225 + 7))).toBeLessThan(2.5);
    expect(Math.abs(loY - xfY), `page number: PDF ${xfY.toFixed(1)} mm, DOCX ${loY.toFixed(1)} mm from the top`).toBeLessThan(1.5);
  }, 600_000);
});
