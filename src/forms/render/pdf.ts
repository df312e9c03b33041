// PDF renderer: paints composed pages with pdf-lib (@cantoo/pdf-lib). Fonts are embedded as
// CIDFontType2 subsets made by our own TrueType subsetter (fonts/truetype.ts), with a ToUnicode
// map so the text can be searched and extracted. Output is deterministic: fixed metadata dates from
// the document, subset tags derived from the glyph set, no random ids.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PDFDocument, PDFRef } from '@cantoo/pdf-lib';
import type { DocumentTree } from '../model.js';
import type { FontSet } from '../fonts/fontset.js';
import type { TrueTypeFont } from '../fonts/truetype.js';
import { composeTree, type PageOut, type Color, type TextItem } from '../layout/compose.js';
import { deflateSubset } from '../fonts/deflate-subset.js';
import { infoOf, madeByXf, markPdfA, savePdfA, type ArchivalXmp } from './pdfa.js';

/** A number for a content stream: two decimals at most, no trailing zeros (deterministic, compact). */
const n = (x: number) => {
  const r = Math.round(x * 100) / 100;
  return r === 0 ? '0' : String(r);
};
const rgb = (c: Color, stroke: boolean) => `${n(c[0])} ${n(c[1])} ${n(c[2])} ${stroke ? 'RG' : 'rg'}`;
const hex4 = (x: number) => x.toString(16).padStart(4, '0');

type PdfLib = typeof import('@cantoo/pdf-lib');
let lib: PdfLib | undefined;
/**
 * pdf-lib's ES entry is hundreds of small modules (~0.5 s to import); its own single-file bundle
 * loads in ~70 ms, which keeps a single form from a cold start well under half a second.
 */
export async function pdfLib(): Promise<PdfLib> {
  if (!lib) {
    const req = createRequire(import.meta.url);
    const root = dirname(dirname(req.resolve('@cantoo/pdf-lib')));
    lib = (await import(pathToFileURL(join(root, 'dist', 'pdf-lib.esm.min.js')).href)) as PdfLib;
  }
  return lib;
}

export interface PdfOptions {
  /** Data for the verification QR on the last page (case number + digest). */
  verify?: string;
  /** Write PDF/A-1b (render/pdfa.ts), with the archival description when the document is filed. */
  pdfa?: boolean | { archival?: ArchivalXmp };
}

export async function renderPdf(tree: DocumentTree, fonts: FontSet, opts: PdfOptions = {}): Promise<Uint8Array> {
  const pages = composeTree(tree, fonts, opts.verify);
  return paint(tree, pages, opts.pdfa);
}

/** The PDF/A-1b version of a PDF this renderer wrote (xf form --pdfa): same pages, same bytes each run. */
export async function toPdfA(pdf: Uint8Array, archival?: ArchivalXmp): Promise<Uint8Array> {
  const l = await pdfLib();
  const doc = await l.PDFDocument.load(pdf, { updateMetadata: false });
  if (!madeByXf(doc)) throw new Error('toPdfA: not a PDF written by xf');
  markPdfA(l, doc, infoOf(doc, archival));
  return savePdfA(doc);
}

interface FontUse {
  font: TrueTypeFont;
  gids: Set<number>;
  chars: Map<number, string>;
  name: string;
}

async function paint(tree: DocumentTree, pages: PageOut[], pdfa: PdfOptions['pdfa']): Promise<Uint8Array> {
  const { PDFDocument, PDFName } = await pdfLib();
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  // the document date at 00:00 UTC, so the metadata shows the same calendar day as the document
  const when = new Date(`${tree.meta.date}T00:00:00Z`);
  doc.setTitle(tree.meta.title);
  if (tree.meta.subject) doc.setSubject(tree.meta.subject);
  if (tree.meta.author) doc.setAuthor(tree.meta.author);
  doc.setCreator('xf');
  doc.setProducer('xf');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  doc.setLanguage('zh-CN');

  // 1. which glyphs each font needs, in order of first use
  const uses = new Map<TrueTypeFont, FontUse>();
  for (const p of pages)
    for (const it of p.items) {
      if (it.kind !== 'text') continue;
      let u = uses.get(it.font);
      if (!u) {
        u = { font: it.font, gids: new Set(), chars: new Map(), name: `F${uses.size + 1}` };
        uses.set(it.font, u);
      }
      it.gids.forEach((g, i) => {
        u!.gids.add(g);
        // a mark split off a letter by shaping stands for no character of its own
        if (!u!.chars.has(g) && it.chars[i]) u!.chars.set(g, it.chars[i]!);
      });
    }
  // 2. subset and embed each font
  const newGids = new Map<TrueTypeFont, Map<number, number>>();
  const fontRefs = new Map<string, PDFRef>();
  for (const u of uses.values()) {
    const sub = u.font.subset(u.gids);
    newGids.set(u.font, sub.newGid);
    fontRefs.set(u.name, embedFont(ctx, u, sub.bytes, deflateSubset(u.font, sub), sub.newGid, sub.advances, lib!));
  }
  // 3. images
  const imageRefs = new Map<Uint8Array, { name: string; ref: PDFRef }>();
  for (const p of pages)
    for (const it of p.items) {
      if (it.kind === 'image' && !imageRefs.has(it.png)) {
        const img = await doc.embedPng(it.png);
        imageRefs.set(it.png, { name: `Im${imageRefs.size + 1}`, ref: img.ref });
      }
    }
  // 4. pages
  for (const p of pages) {
    const page = doc.addPage([p.width, p.height]);
    const H = p.height;
    const ops: string[] = [];
    const usedFonts = new Set<string>();
    const usedImages = new Set<string>();
    for (const it of p.items) {
      switch (it.kind) {
        case 'text': {
          const u = uses.get(it.font)!;
          usedFonts.add(u.name);
          const map = newGids.get(it.font)!;
          ops.push(textOps(it, u.name, map, H));
          break;
        }
        case 'line':
          ops.push(`q ${n(it.width)} w ${it.dash ? `[${it.dash.map(n).join(' ')}] 0 d ` : ''}${rgb(it.color, true)} ${n(it.x1)} ${n(H - it.y1)} m ${n(it.x2)} ${n(H - it.y2)} l S Q`);
          break;
        case 'rect':
          if (it.fill) ops.push(`${rgb(it.fill, false)} ${n(it.x)} ${n(H - it.y - it.h)} ${n(it.w)} ${n(it.h)} re f`);
          if (it.stroke) ops.push(`q ${n(it.width ?? 0.5)} w ${rgb(it.stroke, true)} ${n(it.x)} ${n(H - it.y - it.h)} ${n(it.w)} ${n(it.h)} re S Q`);
          break;
        case 'circle':
          ops.push(`q ${n(it.width)} w ${it.dash ? `[${it.dash.map(n).join(' ')}] 0 d ` : ''}${rgb(it.color, true)} ${circlePath(it.cx, H - it.cy, it.r)} S Q`);
          break;
        case 'image': {
          const im = imageRefs.get(it.png)!;
          usedImages.add(im.name);
          ops.push(`q ${n(it.w)} 0 0 ${n(it.h)} ${n(it.x)} ${n(H - it.y - it.h)} cm /${im.name} Do Q`);
          break;
        }
      }
    }
    for (const name of usedFonts) page.node.setFontDictionary(PDFName.of(name), fontRefs.get(name)!);
    for (const im of imageRefs.values()) if (usedImages.has(im.name)) page.node.setXObject(PDFName.of(im.name), im.ref);
    page.node.addContentStream(ctx.register(flate(ctx, ops.join('\n'))));
  }
  if (pdfa) {
    const archival = typeof pdfa === 'object' ? pdfa.archival : undefined;
    markPdfA(lib!, doc, {
      title: tree.meta.title,
      ...(tree.meta.author ? { author: tree.meta.author } : {}),
      ...(tree.meta.subject ? { subject: tree.meta.subject } : {}),
      when,
      ...(archival ? { archival } : {}),
    });
    return savePdfA(doc);
  }
  return doc.save({ useObjectStreams: false });
}

/** Node's zlib is several times faster than the pure-JS deflate pdf-lib uses. */
function flate(ctx: PDFDocument['context'], data: string | Uint8Array, dict: Record<string, number> = {}, level = 6) {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  return ctx.stream(deflateSync(bytes, { level }), { Filter: 'FlateDecode', ...dict });
}

function textOps(it: TextItem, fontName: string, map: Map<number, number>, H: number): string {
  const hex = it.gids.map((g) => hex4(map.get(g) ?? 0)).join('');
  const y = H - it.y;
  let tm: string;
  if (it.rotate) {
    const r = (it.rotate * Math.PI) / 180;
    const c = Math.cos(r),
      s = Math.sin(r);
    tm = `${n(c)} ${n(s)} ${n(-s)} ${n(c)} ${n(it.x)} ${n(y)} Tm`;
  } else tm = `1 0 0 1 ${n(it.x)} ${n(y)} Tm`;
  return `BT /${fontName} ${n(it.size)} Tf ${n(it.tc)} Tc ${rgb(it.color, false)} ${tm} <${hex}> Tj ET`;
}

function circlePath(cx: number, cy: number, r: number): string {
  const k = 0.5523 * r;
  return (
    `${n(cx + r)} ${n(cy)} m ` +
    `${n(cx + r)} ${n(cy + k)} ${n(cx + k)} ${n(cy + r)} ${n(cx)} ${n(cy + r)} c ` +
    `${n(cx - k)} ${n(cy + r)} ${n(cx - r)} ${n(cy + k)} ${n(cx - r)} ${n(cy)} c ` +
    `${n(cx - r)} ${n(cy - k)} ${n(cx - k)} ${n(cy - r)} ${n(cx)} ${n(cy - r)} c ` +
    `${n(cx + k)} ${n(cy - r)} ${n(cx + r)} ${n(cy - k)} ${n(cx + r)} ${n(cy)} c`
  );
}

function subsetTag(gids: Iterable<number>, name: string): string {
  const h = createHash('sha256')
    .update(name)
    .update([...gids].join(','))
    .digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (h[i]! % 26));
  return tag;
}

function embedFont(ctx: PDFDocument['context'], u: FontUse, bytes: Uint8Array, deflated: Uint8Array, newGid: Map<number, number>, advances: number[], { PDFString }: PdfLib): PDFRef {
  const f = u.font;
  const scale = 1000 / f.unitsPerEm;
  const baseName = `${subsetTag(newGid.keys(), f.postscriptName)}+${f.postscriptName}`;
  // font programs are most of a form's bytes and of its compression time: glyph segments are
  // compressed once per process (fonts/deflate-subset.ts)
  const fontFile = ctx.register(ctx.stream(deflated, { Filter: 'FlateDecode', Length1: bytes.length }));
  const descriptor = ctx.register(
    ctx.obj({
      Type: 'FontDescriptor',
      FontName: baseName,
      Flags: 4,
      FontBBox: f.bbox.map((v) => Math.round(v * scale)),
      ItalicAngle: 0,
      Ascent: Math.round(f.ascent * scale),
      Descent: Math.round(f.descent * scale),
      CapHeight: Math.round(f.ascent * scale),
      StemV: 80,
      // which CIDs the subset holds (PDF/A-1 6.3.5): all of 0..n-1, the subsetter renumbers densely
      CIDSet: ctx.register(flate(ctx, cidSet(advances.length))),
      FontFile2: fontFile,
    }),
  );
  const widths = advances.map((a) => Math.round(a * scale));
  const cidFont = ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseName,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, widths],
      CIDToGIDMap: 'Identity',
    }),
  );
  const toUnicode = ctx.register(flate(ctx, toUnicodeCMap(u, newGid)));
  return ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: baseName,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );
}

function cidSet(count: number): Uint8Array {
  const bits = new Uint8Array(Math.ceil(count / 8));
  for (let cid = 0; cid < count; cid++) bits[cid >> 3] = bits[cid >> 3]! | (0x80 >> (cid & 7));
  return bits;
}

function utf16hex(s: string): string {
  let h = '';
  for (let i = 0; i < s.length; i++) h += hex4(s.charCodeAt(i));
  return h;
}

function toUnicodeCMap(u: FontUse, newGid: Map<number, number>): string {
  const entries: string[] = [];
  for (const [old, ch] of [...u.chars.entries()].sort((a, b) => (newGid.get(a[0]) ?? 0) - (newGid.get(b[0]) ?? 0))) {
    entries.push(`<${hex4(newGid.get(old) ?? 0)}> <${utf16hex(ch)}>`);
  }
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMapResource defineresource pop',
    'end',
    'end',
  ].join('\n');
}
