// Shared checks for the document engine tests: case records from fixtures and samples, and the
// independent readers (mupdf from npm for text and ink, qpdf, LibreOffice).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { spawnSync } from 'node:child_process';
import * as mupdf from 'mupdf';
import { recordFromCaseFile } from '../../src/forms/case-source.js';
import { defaultConfig, type OfficeConfig } from '../../src/domain/config.js';
import type { CaseRecord } from '../../src/domain/case.js';
import { ROOT } from '../helpers/xf.js';

export const FIXTURES = join(ROOT, 'test', 'forms', 'fixtures');
export const SAMPLES = join(ROOT, 'samples');

/** The office the samples are written for (the demo's rule packs). */
export function testOffice(): OfficeConfig {
  return { ...defaultConfig('某市某区人民政府'), org_code: '某信', rule_packs: ['national_2022', 'shandong_2015', 's000_fengcheng_proxy', 's003_online', 's002_town'] };
}

export interface Loaded {
  name: string;
  record: CaseRecord;
}

/** Every fixture and sample case file, replayed into a record (a broken sample fails the test loudly). */
export function loadCases(office = testOffice()): Loaded[] {
  const out: Loaded[] = [];
  for (const dir of [FIXTURES, SAMPLES]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((n) => /\.(ya?ml|json)$/.test(n))
      .sort()) {
      const path = join(dir, f);
      const record = recordFromCaseFile(readFileSync(path, 'utf8'), f, office).record;
      // the register allocates the 四联单 serial at acceptance; stand in for it as the register would
      if (record.via_agent && record.progress.acceptance && !record.slip_no)
        record.slip_no = `${office.org_short}-LXD-${record.progress.acceptance.accepted_date.slice(0, 4)}-${String(out.length + 1).padStart(6, '0')}`;
      out.push({ name: `${basename(dir)}/${f}`, record });
    }
  }
  return out;
}

export interface PdfReport {
  pages: number;
  text: string;
  /** Text lines (from mupdf's structured text) whose box has no ink on the rendered page. */
  blankLines: { page: number; text: string }[];
  fonts: string[];
}

/**
 * Render every page with mupdf (which, unlike poppler, does not hide a broken embedded font by
 * substituting a system font) and check each text line has ink where it claims to be.
 */
export function inspectPdf(bytes: Uint8Array, pngDir?: string): PdfReport {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  const pages = doc.countPages();
  let text = '';
  const blankLines: PdfReport['blankLines'] = [];
  const fonts = new Set<string>();
  const scale = 2;
  for (let i = 0; i < pages; i++) {
    const page = doc.loadPage(i);
    const st = JSON.parse(page.toStructuredText('preserve-whitespace').asJSON()) as {
      blocks: { type: string; lines?: { bbox: { x: number; y: number; w: number; h: number }; text: string; font: { name: string } }[] }[];
    };
    const pix = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceGray, false);
    const w = pix.getWidth(),
      h = pix.getHeight(),
      stride = pix.getStride();
    const px = pix.getPixels();
    if (pngDir) {
      mkdirSync(pngDir, { recursive: true });
      writeFileSync(join(pngDir, `p${i + 1}.png`), pix.asPNG());
    }
    for (const b of st.blocks)
      for (const l of b.lines ?? []) {
        text += l.text + '\n';
        fonts.add(l.font.name);
        if (!l.text.trim()) continue;
        const x0 = Math.max(0, Math.floor(l.bbox.x * scale)),
          y0 = Math.max(0, Math.floor(l.bbox.y * scale));
        const x1 = Math.min(w, Math.ceil((l.bbox.x + l.bbox.w) * scale)),
          y1 = Math.min(h, Math.ceil((l.bbox.y + l.bbox.h) * scale));
        let ink = 0;
        for (let y = y0; y < y1 && ink < 4; y++)
          for (let x = x0; x < x1; x++)
            if (px[y * stride + x]! < 140) {
              ink++;
              if (ink >= 4) break;
            }
        if (ink < 4) blankLines.push({ page: i + 1, text: l.text });
      }
  }
  return { pages, text, blankLines, fonts: [...fonts] };
}

/** Text without the spaces PDF extraction inserts between runs. */
export const squash = (s: string) => s.replace(/\s+/g, '');

export function qpdfCheck(path: string): { ok: boolean; out: string } {
  const r = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  return { ok: r.status === 0, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

/**
 * The machine's own fonts and none of xf's: the DOCX embeds the faces it is set in (仿宋_GB2312 as
 * FandolFang, the fallbacks under their names), so LibreOffice shows what a PC without 仿宋 shows.
 * (Installing xf's fonts beside the embedded copies made LibreOffice mix the two per glyph.)
 */
export function fontconfigForLibreOffice(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xf-fc-'));
  const conf = `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>`;
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, conf);
  return file;
}

/** Convert DOCX files to PDF with LibreOffice headless in one run; returns the PDF paths by input. */
export function libreOfficeToPdf(docx: string[], outDir: string): Map<string, string> {
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'xf-lo-profile-'));
  const env = { ...process.env, FONTCONFIG_FILE: fontconfigForLibreOffice(), HOME: profile };
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docx], {
    encoding: 'utf8',
    env,
    timeout: 600_000,
  });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  const out = new Map<string, string>();
  for (const f of docx) out.set(f, join(outDir, basename(f).replace(/\.docx$/, '.pdf')));
  return out;
}
