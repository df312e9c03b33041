// xf form --pdfa: one form as PDF/A-1b, judged by PDFBox Preflight; every form of the engine (the
// first case that reaches it) through the same finishing step; the plain PDF stays as it was.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FormEngine } from '../../src/forms/engine.js';
import { toPdfA } from '../../src/forms/render/pdf.js';
import { listFormIds } from '../../src/forms/templates.js';
import { failures, preflight, preflightMissing } from '../helpers/preflight.js';
import { xf, ROOT } from '../helpers/xf.js';
import { inspectPdf, loadCases, testOffice } from './helpers.js';
import * as mupdf from 'mupdf';
import sharp from 'sharp';

/** Pixels (of every page, gray, 1 px = 1 pt) that differ by more than a quarter of the range. */
function pixelDiff(a: Uint8Array, b: Uint8Array): { pages: number; pixels: number; differ: number } {
  const da = mupdf.Document.openDocument(a, 'application/pdf'),
    db = mupdf.Document.openDocument(b, 'application/pdf');
  let pixels = 0,
    differ = 0;
  for (let i = 0; i < da.countPages(); i++) {
    const pa = da.loadPage(i).toPixmap(mupdf.Matrix.identity, mupdf.ColorSpace.DeviceGray, false).getPixels();
    const pb = db.loadPage(i).toPixmap(mupdf.Matrix.identity, mupdf.ColorSpace.DeviceGray, false).getPixels();
    pixels += pa.length;
    for (let k = 0; k < pa.length; k++) if (Math.abs(pa[k]! - pb[k]!) > 64) differ++;
  }
  return { pages: da.countPages(), pixels, differ };
}

const missing = preflightMissing();
const sample = join(ROOT, 'samples', '01-letter-answered.yaml');
const office = testOffice();
const engine = new FormEngine({ office });
const cases = loadCases(office);
const dir = mkdtempSync(join(tmpdir(), 'xf-pdfa-'));
const files: { form: string; plain: string; pdfa: string }[] = [];

beforeAll(async () => {
  for (const form of listFormIds()) {
    const c = cases.find((x) => engine.reaches(form, x.record));
    if (!c) continue;
    const r = await engine.render(form, c.record, { pdf: true, qr: true });
    const plain = join(dir, `${form}.pdf`),
      pdfa = join(dir, `${form}-a.pdf`);
    writeFileSync(plain, r.pdf!);
    writeFileSync(pdfa, await toPdfA(r.pdf!));
    files.push({ form, plain, pdfa });
  }
}, 300_000);

describe('xf form --pdfa', () => {
  it('writes a PDF/A-1b file (XMP with pdfaid part 1 B, sRGB OutputIntent, trailer /ID)', () => {
    const out = mkdtempSync(join(tmpdir(), 'xf-form-pdfa-'));
    const r = xf(['form', 'handling_opinion', '--file', sample, '--pdfa', '--out', out, '--json'], { cwd: out });
    expect(r.code, r.stderr).toBe(0);
    const path = (JSON.parse(r.stdout) as { files: string[] }).files[0]!;
    const s = readFileSync(path).toString('latin1');
    expect(s.startsWith('%PDF-1.4')).toBe(true);
    expect(s).toContain('<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>');
    expect(s).toContain('/S /GTS_PDFA1');
    expect(s).toMatch(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/);
    // the document's own date, not the clock
    expect(s).toContain('<xmp:CreateDate>2026-');
    // same input, same bytes
    const again = xf(['form', 'handling_opinion', '--file', sample, '--pdfa', '--out', out, '--json'], { cwd: out });
    expect(again.code).toBe(0);
    expect(readFileSync(path).toString('latin1')).toBe(s);
    if (!missing) expect(failures(preflight([path]))).toEqual([]);
  });

  it('without --pdfa the PDF claims no PDF/A conformance', () => {
    const s = readFileSync(files[0]!.plain).toString('latin1');
    expect(s).not.toContain('pdfaid:part');
  });

  it.skipIf(!!missing)(
    `every form, converted, passes Preflight${missing ? ` (skipped: ${missing})` : ''}`,
    () => {
      expect(files.length).toBe(listFormIds().length);
      expect(failures(preflight(files.map((f) => f.pdfa)))).toEqual([]);
    },
    300_000,
  );

  it('the PDF/A copy shows the same text on the same pages, pixel for pixel', () => {
    for (const f of files) {
      const pa = readFileSync(f.plain),
        pb = readFileSync(f.pdfa);
      const a = inspectPdf(pa),
        b = inspectPdf(pb);
      expect(b.pages, f.form).toBe(a.pages);
      expect(b.text, f.form).toBe(a.text);
      expect(b.blankLines, f.form).toEqual([]);
      expect(pixelDiff(pa, pb).differ, f.form).toBe(0);
    }
  });

  it('a seal PNG with transparency becomes a 1-bit /Mask (no soft mask in PDF/A-1), looking the same', async () => {
    // a red ring with a transparent inside, as an office's e-seal image is
    const seal = await sharp(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><circle cx="100" cy="100" r="88" fill="none" stroke="#d00" stroke-width="12"/></svg>'))
      .png()
      .toBuffer();
    const rec = cases.find((c) => engine.reaches('handling_opinion', c.record))!.record;
    const r = await engine.render('handling_opinion', rec, { pdf: true, seal });
    expect(Buffer.from(r.pdf!).toString('latin1')).toContain('/SMask');
    const a = await toPdfA(r.pdf!);
    const s = Buffer.from(a).toString('latin1');
    expect(s).not.toContain('/SMask');
    expect(s).toMatch(/\/ImageMask true/);
    const d = pixelDiff(r.pdf!, a);
    // only anti-aliased edge pixels of the ring may differ
    expect(d.differ).toBeLessThan(d.pixels * 0.001);
    if (!missing) {
      const path = join(dir, 'sealed-a.pdf');
      writeFileSync(path, a);
      expect(failures(preflight([path]))).toEqual([]);
    }
  });
});
