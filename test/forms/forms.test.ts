// Every form for every fixture and sample case that reaches it, in both formats, checked by
// independent readers: mupdf text + ink on every text line, qpdf --check, LibreOffice for DOCX.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { FormEngine } from '../../src/forms/engine.js';
import { listFormIds } from '../../src/forms/templates.js';
import { treeTexts, type DocumentTree } from '../../src/forms/model.js';
import { requireTools } from '../helpers/tools.js';
import { ROOT } from '../helpers/xf.js';
import { inspectPdf, libreOfficeToPdf, loadCases, qpdfCheck, squash, testOffice } from './helpers.js';

const OUT = join(ROOT, 'test', 'forms', '.out');
const office = testOffice();
const engine = new FormEngine({ office });
const cases = loadCases(office);

interface Rendered {
  form: string;
  caseName: string;
  caseNo: string;
  tree: DocumentTree;
  pdf: Uint8Array;
  pdfPath: string;
  docxPath: string;
}
// Rendered once per pair and shared, but every test asks for what it checks (no test relies on
// another having run first: `-t LibreOffice` alone still renders and converts everything).
const renders = new Map<string, Promise<Rendered>>();
function renderPair(p: { form: string; name: string; idx: number }): Promise<Rendered> {
  const k = `${p.form}\0${p.idx}`;
  let r = renders.get(k);
  if (!r) {
    r = (async () => {
      const rec = cases[p.idx]!.record;
      const out = await engine.render(p.form, rec, { pdf: true, docx: true });
      mkdirSync(OUT, { recursive: true });
      const base = join(OUT, `${rec.case_no}-${p.form}`);
      writeFileSync(`${base}.pdf`, out.pdf!);
      writeFileSync(`${base}.docx`, out.docx!);
      return { form: p.form, caseName: p.name, caseNo: rec.case_no, tree: out.tree, pdf: out.pdf!, pdfPath: `${base}.pdf`, docxPath: `${base}.docx` };
    })();
    renders.set(k, r);
  }
  return r;
}

/** What must be readable in the output: the tree's texts, without whitespace and page numbers. */
function expectedTexts(tree: DocumentTree): string[] {
  const strips = new Set<string>();
  for (const b of tree.blocks) if (b.type === 'part') strips.add(b.strip);
  return treeTexts(tree.blocks)
    .filter((s) => s.trim() && !strips.has(s))
    .map(squash)
    .filter((s) => s.length > 0);
}
const clean = (s: string) => squash(s).replace(/—\d+—/g, '');

describe('every form × every case that reaches it', () => {
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });

  const pairs: { form: string; name: string; idx: number }[] = [];
  for (const form of listFormIds())
    cases.forEach((c, idx) => {
      if (engine.reaches(form, c.record)) pairs.push({ form, name: c.name, idx });
    });

  it('each form is reached by at least one case', () => {
    const reached = new Set(pairs.map((p) => p.form));
    expect(listFormIds().filter((f) => !reached.has(f))).toEqual([]);
  });

  for (const p of pairs) {
    it(`${p.form} · ${p.name}`, async (ctx) => {
      const r = await renderPair(p);
      // subset fonts: a form is tens of KB
      expect(r.pdf.length).toBeLessThan(400_000);
      const rep = inspectPdf(r.pdf);
      expect(rep.blankLines, 'text lines without ink').toEqual([]);
      const text = clean(rep.text);
      const missing = expectedTexts(r.tree).filter((s) => !text.includes(s));
      expect(missing, 'tree texts missing from the PDF text').toEqual([]);
      requireTools(ctx, 'qpdf');
      const q = qpdfCheck(r.pdfPath);
      expect(q.ok, q.out).toBe(true);
    });
  }

  it('DOCX files open in LibreOffice and carry the same text', async (ctx) => {
    requireTools(ctx, 'soffice', 'pdftotext');
    expect(pairs.length).toBeGreaterThan(0);
    const rendered: Rendered[] = [];
    for (const p of pairs) rendered.push(await renderPair(p));
    const pdfs = libreOfficeToPdf(
      rendered.map((r) => r.docxPath),
      join(OUT, 'lo'),
    );
    const problems: string[] = [];
    for (const r of rendered) {
      const pdf = pdfs.get(r.docxPath)!;
      if (!existsSync(pdf)) {
        problems.push(`${r.form}/${r.caseNo}: LibreOffice produced nothing`);
        continue;
      }
      const rep = inspectPdf(readFileSync(pdf));
      // LibreOffice splits runs by fallback font: take poppler's reading order for the text check
      const text = clean(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout);
      // key values must survive Word-processing layout
      const keys = expectedTexts(r.tree).filter((s) => s.length <= 30);
      const text2 = clean(rep.text); // mupdf keeps a table cell's lines together
      const miss = keys.filter((k) => !text.includes(k) && !text2.includes(k));
      if (miss.length) problems.push(`${r.form}/${r.caseNo}: missing ${miss.slice(0, 5).join(' | ')}`);
      if (rep.blankLines.length) problems.push(`${r.form}/${r.caseNo}: ${rep.blankLines.length} blank lines, e.g. ${rep.blankLines[0]!.text}`);
    }
    expect(problems).toEqual([]);
  }, 600_000);
});

describe('looking at the pages', () => {
  it('writes PNGs of a letter and the 四联单 for a person to look at', async () => {
    const agent = cases.find((c) => c.name.endsWith('agent-full.yaml'))!.record;
    for (const form of ['handling_opinion', 'proxy_contact_slip']) {
      const r = await engine.render(form, agent, { pdf: true });
      const rep = inspectPdf(r.pdf!, join(OUT, 'png', form));
      expect(rep.pages).toBeGreaterThan(0);
    }
  });
});
