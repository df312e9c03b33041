// Shared checks for the document engine tests: case records from fixtures and samples, and the
// independent readers (mupdf from npm for text and ink, qpdf, LibreOffice).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { execFile, spawnSync } from 'node:child_process';
import * as mupdf from 'mupdf';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
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
 * A fontconfig setup where the DOCX font names resolve to the bundled fonts, so LibreOffice lays the
 * Chinese out with real glyphs (on a machine without 仿宋_GB2312 it would otherwise draw boxes).
 */
export function fontconfigForLibreOffice(): string {
  const dir = mkdtempSync(join(tmpdir(), 'xf-fc-'));
  const noto = join(ROOT, 'node_modules', '@expo-google-fonts', 'noto-serif-sc');
  // the preferred font first, then the other bundled one for characters it lacks (per-glyph fallback)
  const alias = (from: string, to: string) =>
    `<alias binding="same"><family>${from}</family><prefer><family>${to}</family><family>${to === 'FandolFang' ? 'Noto Serif SC' : 'FandolFang'}</family></prefer></alias>`;
  const conf = `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>${join(ROOT, 'fonts')}</dir><dir>${join(noto, '400Regular')}</dir><dir>${join(noto, '700Bold')}</dir>
<cachedir>${join(dir, 'cache')}</cachedir>
${alias('仿宋_GB2312', 'FandolFang')}${alias('楷体_GB2312', 'FandolFang')}${alias('方正小标宋简体', 'Noto Serif SC')}${alias('黑体', 'Noto Serif SC')}${alias('宋体', 'Noto Serif SC')}
</fontconfig>`;
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, conf);
  return file;
}

/**
 * Copies of the DOCX files without their embedded faces. LibreOffice keeps a document's embedded
 * faces by font name for the whole session: in a batch, the first DOCX's subset of 仿宋_GB2312 would
 * set every later one (boxes for its missing characters). These checks are about layout and text,
 * set with the fonts above (test/forms/fonts.test.ts checks the embedding, one DOCX a session).
 */
function withoutEmbeddedFonts(docx: string[]): string[] {
  const stripDir = mkdtempSync(join(tmpdir(), 'xf-lo-noembed-'));
  return docx.map((f) => {
    const files = unzipSync(readFileSync(f));
    const table = files['word/fontTable.xml'];
    if (table) files['word/fontTable.xml'] = strToU8(strFromU8(table).replace(/<w:embedRegular [^>]*\/>/g, ''));
    const rels = files['word/_rels/fontTable.xml.rels'];
    if (rels) files['word/_rels/fontTable.xml.rels'] = strToU8(strFromU8(rels).replace(/<Relationship [^>]*\/>/g, ''));
    for (const k of Object.keys(files)) if (k.startsWith('word/fonts/')) delete files[k];
    const copy = join(stripDir, basename(f));
    writeFileSync(copy, zipSync(files));
    return copy;
  });
}

/** One headless LibreOffice session (its own profile) converting `files` into outDir. */
function soffice(files: string[], outDir: string, fontconfig: string): { cmd: string; args: string[]; env: NodeJS.ProcessEnv } {
  const profile = mkdtempSync(join(tmpdir(), 'xf-lo-profile-'));
  return {
    cmd: 'soffice',
    args: [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files],
    env: { ...process.env, FONTCONFIG_FILE: fontconfig, HOME: profile },
  };
}

const pdfPaths = (docx: string[], outDir: string) => new Map(docx.map((f) => [f, join(outDir, basename(f).replace(/\.docx$/, '.pdf'))]));

/** Convert DOCX files to PDF with LibreOffice headless in one run; returns the PDF paths by input. */
export function libreOfficeToPdf(docx: string[], outDir: string): Map<string, string> {
  mkdirSync(outDir, { recursive: true });
  const { cmd, args, env } = soffice(withoutEmbeddedFonts(docx), outDir, fontconfigForLibreOffice());
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, timeout: 600_000 });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  return pdfPaths(docx, outDir);
}

/**
 * libreOfficeToPdf for many files: `jobs` LibreOffice sessions at once (separate profiles), each
 * converting its share in one run. The same conversions, in less wall time on more than one core.
 */
export async function libreOfficeToPdfParallel(docx: string[], outDir: string, jobs = 2): Promise<Map<string, string>> {
  mkdirSync(outDir, { recursive: true });
  const copies = withoutEmbeddedFonts(docx);
  const fontconfig = fontconfigForLibreOffice();
  const shares = Array.from({ length: Math.max(1, Math.min(jobs, copies.length)) }, (_, j) => copies.filter((_, i) => i % jobs === j));
  await Promise.all(
    shares.map(
      (files) =>
        new Promise<void>((resolve, reject) => {
          const { cmd, args, env } = soffice(files, outDir, fontconfig);
          execFile(cmd, args, { encoding: 'utf8', env, timeout: 600_000, maxBuffer: 64 << 20 }, (err, _out, stderr) =>
            err ? reject(new Error(`soffice failed: ${stderr || err.message}`)) : resolve(),
          );
        }),
    ),
  );
  return pdfPaths(docx, outDir);
}
