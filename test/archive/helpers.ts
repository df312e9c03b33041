// Shared by the archive suites: a register of the samples, the archive it produces, and readers for
// what is inside a bag (dossier.json, PDF text and ink through mupdf, XLSX cells).
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import * as mupdf from 'mupdf';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT } from '../helpers/xf.js';

export const SAMPLES = join(ROOT, 'samples');
export const YEAR = '2026';
export const BUNDLE = 'X001-WS·2026';
/** Terminated samples by year (SPEC samples/README.md). */
export const TERMINATED_2026 = ['2026-0001', '2026-0002', '2026-0003', '2026-0004', '2026-0005', '2026-0006', '2026-0008', '2026-0009', '2026-0012'];
/** Letters among them: their scans (letter, envelope) are in samples/attachments. */
export const LETTERS = ['2026-0001', '2026-0002', '2026-0005', '2026-0008'];

/** A register of the samples; their scans copied beside it (attachment paths start at $XF_HOME). */
export function samplesHome(): Home {
  const h = freshHome();
  cpSync(join(SAMPLES, 'attachments'), join(h.dir, 'attachments'), { recursive: true });
  const r = h.run(['case', 'import', SAMPLES]);
  if (r.code !== 0) throw new Error(`import failed: ${r.stderr}`);
  return h;
}

export function bags(bundleDir: string): string[] {
  if (!existsSync(bundleDir)) return [];
  return readdirSync(bundleDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && existsSync(join(bundleDir, d.name, 'bagit.txt')))
    .map((d) => d.name)
    .sort();
}

export interface Dossier {
  archive: {
    archival_code: string;
    retention: string;
    item_count: number;
    page_count: number;
    complete: boolean;
    incomplete_reason?: string;
    missing?: string[];
    mode: string;
    catalogue_no?: string;
    file_no?: string;
  };
  case: { case_no: string; title: string };
  confidentiality: { confidential: boolean; classification: string };
  items: { seq: number; title: string; creator: string; pages: number; page_ref?: string; files: { path: string; role: string; digests: { sha256: string } }[] }[];
  finding_aids: { path: string; role: string }[];
  notes?: string;
}

export function readDossier(bag: string): Dossier {
  return JSON.parse(readFileSync(join(bag, 'data', 'dossier.json'), 'utf8')) as Dossier;
}

export function bagInfo(bag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync(join(bag, 'bag-info.txt'), 'utf8').split('\n')) {
    const m = /^([^:]+):\s?(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

export function pdfText(path: string): string {
  const doc = mupdf.Document.openDocument(readFileSync(path), 'application/pdf');
  let text = '';
  for (let i = 0; i < doc.countPages(); i++) text += doc.loadPage(i).toStructuredText('').asText() + '\n';
  return text;
}

export function pdfPages(path: string): number {
  return mupdf.Document.openDocument(readFileSync(path), 'application/pdf').countPages();
}

/** Dark pixels of page `index` (0-based) inside a box given in PDF points from the page's top-left. */
export function inkIn(path: string, index: number, box: { x0: number; y0: number; x1: number; y1: number }, pngOut?: string): number {
  const doc = mupdf.Document.openDocument(readFileSync(path), 'application/pdf');
  const page = doc.loadPage(index);
  const scale = 2;
  const pix = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceGray, false);
  if (pngOut) writeFileSync(pngOut, pix.asPNG());
  const stride = pix.getStride(),
    px = pix.getPixels();
  let n = 0;
  for (let y = Math.floor(box.y0 * scale); y < Math.ceil(box.y1 * scale); y++) {
    for (let x = Math.floor(box.x0 * scale); x < Math.ceil(box.x1 * scale); x++) if (px[y * stride + x]! < 128) n++;
  }
  return n;
}

/** Every string of an XLSX (sheet XML text). */
export function xlsxText(path: string): string {
  const files = unzipSync(new Uint8Array(readFileSync(path)));
  return Object.entries(files)
    .filter(([n]) => n.endsWith('.xml'))
    .map(([, d]) => strFromU8(d))
    .join('\n');
}

/** Archive events in the register, per case. */
export function archiveEvents(home: Home): Map<string, number> {
  const out = new Map<string, number>();
  const db = new Database(join(home.dir, 'xf.db'), { readonly: true });
  for (const row of db.prepare("SELECT case_no, COUNT(*) AS n FROM events WHERE event = 'archive' GROUP BY case_no").all() as { case_no: string; n: number }[]) out.set(row.case_no, row.n);
  db.close();
  return out;
}
