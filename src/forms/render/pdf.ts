// PDF renderer: paints composed pages into a file written directly (render/pdf-file.ts, the syntax
// and object order pdf-lib wrote, so the bytes are the ones it gave); pdf-lib (@cantoo/pdf-lib) only
// decodes PNG images, gives the sRGB profile and converts loaded files (toPdfA). Fonts are embedded
// as CIDFontType2 subsets made by our own TrueType subsetter (fonts/truetype.ts), with a ToUnicode
// map so the text can be searched and extracted. Output is deterministic: fixed metadata dates from
// the document, subset tags derived from the glyph set, no random ids; the per-process caches below
// hold what their key always gives, so a file never depends on what was rendered before it.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentTree } from '../model.js';
import type { FontSet } from '../fonts/fontset.js';
import type { TrueTypeFont } from '../fonts/truetype.js';
import { composeTree, type PageOut, type Color, type TextItem } from '../layout/compose.js';
import { deflateSubset } from '../fonts/deflate-subset.js';
import { ID_PLACEHOLDER, OUTPUT_CONDITION, PDFA_PRODUCER, iccProfileDeflated, infoOf, madeByXf, markPdfA, savePdfA, stencilSoftMasks, withDigestId, xmpPacket, type ArchivalXmp } from './pdfa.js';
import { ContentBytes, PdfFile, arr, date, dict, hexText, lit, name, num, ref, type Pdf } from './pdf-file.js';

/**
 * A number for a content stream: two decimals at most, no trailing zeros (deterministic, compact).
 * The same text as String(Math.round(x * 100) / 100), written from the integer: a content stream
 * has thousands of numbers and the shortest-double formatting was a tenth of painting it.
 */
const n = (x: number): string => {
  const k = Math.round(x * 100);
  if (k === 0) return '0';
  if (k % 100 === 0 || !(k > -1e15 && k < 1e15)) return String(k / 100);
  const a = k < 0 ? -k : k;
  const f = a % 100;
  return `${k < 0 ? '-' : ''}${(a - f) / 100}.${f % 10 === 0 ? f / 10 : f < 10 ? `0${f}` : f}`;
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
  /** glyph ids in order of first use */
  gids: number[];
  chars: Map<number, string>;
  name: string;
  /** this document's mark in the font's `seen` and `named` arrays */
  mark: number;
  seen: Uint32Array;
  named: Uint32Array;
}

/**
 * Per font, which glyphs the document being painted uses (and has a character for), marked with
 * the document's number: a typed-array test per glyph instead of a Set and a Map. Only marks; what a
 * file contains never depends on them.
 */
const glyphMarks = new WeakMap<TrueTypeFont, { seen: Uint32Array; named: Uint32Array }>();
let paintMark = 0;

/** A font's objects that depend only on its glyph set and their characters, ready to number and write. */
interface EmbeddedFont {
  /** Each glyph's characters, in glyph id order: the ToUnicode map is made from them. */
  chars: string[];
  baseName: string;
  newGid: Map<number, number>;
  length1: number;
  fontFile: Uint8Array;
  cidSet: Uint8Array;
  toUnicode: Uint8Array;
  widths: Pdf;
}

/**
 * Embedded fonts by glyph set and characters, per font: the title face and the number face set the
 * same glyphs in every letter of a batch of one form, and its body repeats many. An entry is what
 * those glyphs always give, so a file's bytes never depend on what was rendered before it; the
 * oldest entries go first.
 */
const EMBED_CACHE_SIZE = 48;
const embedCache = new WeakMap<TrueTypeFont, Map<string, EmbeddedFont[]>>();

async function paint(tree: DocumentTree, pages: PageOut[], pdfa: PdfOptions['pdfa']): Promise<Uint8Array> {
  const file = new PdfFile(pdfa ? '1.4' : '1.7');
  // objects are numbered in the order pdf-lib numbered them when it wrote these files (same bytes)
  const pagesObj = file.alloc();
  const catalog = file.alloc();
  const info = file.alloc();
  // the document date at 00:00 UTC, so the metadata shows the same calendar day as the document
  const when = new Date(`${tree.meta.date}T00:00:00Z`);
  const { title, subject, author } = tree.meta;
  const authorE: [string, Pdf | undefined] = ['Author', author ? hexText(author) : undefined];
  const subjectE: [string, Pdf | undefined] = ['Subject', subject ? hexText(subject) : undefined];
  const fixed: [string, Pdf][] = [
    ['Creator', hexText(PDFA_PRODUCER)],
    ['Producer', hexText(PDFA_PRODUCER)],
    ['CreationDate', date(when)],
    ['ModDate', date(when)],
  ];
  // markPdfA sets Author and Subject again after the fixed entries
  file.set(info, dict(pdfa ? [['Title', hexText(title)], ...fixed, authorE, subjectE] : [['Title', hexText(title)], subjectE, authorE, ...fixed]));

  // 1. which glyphs each font needs, in order of first use
  const uses = new Map<TrueTypeFont, FontUse>();
  for (const p of pages)
    for (const it of p.items) {
      if (it.kind !== 'text') continue;
      let u = uses.get(it.font);
      if (!u) {
        let m = glyphMarks.get(it.font);
        if (!m) glyphMarks.set(it.font, (m = { seen: new Uint32Array(65536), named: new Uint32Array(65536) }));
        paintMark = (paintMark % 0xfffffffe) + 1;
        u = { font: it.font, gids: [], chars: new Map(), name: `F${uses.size + 1}`, mark: paintMark, ...m };
        uses.set(it.font, u);
      }
      const { gids, chars, seen, named, mark } = u;
      for (let i = 0; i < it.gids.length; i++) {
        const g = it.gids[i]!;
        if (seen[g] !== mark) {
          seen[g] = mark;
          gids.push(g);
        }
        // a mark split off a letter by shaping stands for no character of its own
        if (named[g] !== mark && it.chars[i]) {
          named[g] = mark;
          chars.set(g, it.chars[i]!);
        }
      }
    }
  // 2. subset and embed each font
  const newGids = new Map<TrueTypeFont, Uint16Array>();
  const fontRefs = new Map<string, number>();
  for (const u of uses.values()) {
    const e = embedded(u);
    newGids.set(u.font, codesFor(u.font, e.newGid));
    fontRefs.set(u.name, writeFont(file, u.font, e));
  }
  // 3. images: numbered here, their soft masks after everything else (pdf-lib embedded them on save)
  const images = new Map<Uint8Array, { name: string; n: number }>();
  for (const p of pages)
    for (const it of p.items) {
      if (it.kind === 'image' && !images.has(it.png)) images.set(it.png, { name: `Im${images.size + 1}`, n: file.alloc() });
    }
  // 4. pages
  const kids: number[] = [];
  for (const p of pages) {
    const leaf = file.alloc();
    kids.push(leaf);
    const H = p.height;
    const ops = new ContentBytes();
    /** operators one a line */
    const op = (text: string) => ops.s(ops.length ? `\n${text}` : text);
    const usedFonts = new Set<string>();
    const usedImages = new Set<string>();
    for (const it of p.items) {
      switch (it.kind) {
        case 'text': {
          const u = uses.get(it.font)!;
          usedFonts.add(u.name);
          if (ops.length) ops.s('\n');
          textOps(ops, it, u.name, newGids.get(it.font)!, H);
          break;
        }
        case 'line':
          op(`q ${n(it.width)} w ${it.dash ? `[${it.dash.map(n).join(' ')}] 0 d ` : ''}${rgb(it.color, true)} ${n(it.x1)} ${n(H - it.y1)} m ${n(it.x2)} ${n(H - it.y2)} l S Q`);
          break;
        case 'rect':
          if (it.fill) op(`${rgb(it.fill, false)} ${n(it.x)} ${n(H - it.y - it.h)} ${n(it.w)} ${n(it.h)} re f`);
          if (it.stroke) op(`q ${n(it.width ?? 0.5)} w ${rgb(it.stroke, true)} ${n(it.x)} ${n(H - it.y - it.h)} ${n(it.w)} ${n(it.h)} re S Q`);
          break;
        case 'circle':
          op(`q ${n(it.width)} w ${it.dash ? `[${it.dash.map(n).join(' ')}] 0 d ` : ''}${rgb(it.color, true)} ${circlePath(it.cx, H - it.cy, it.r)} S Q`);
          break;
        case 'image': {
          const im = images.get(it.png)!;
          usedImages.add(im.name);
          op(`q ${n(it.w)} 0 0 ${n(it.h)} ${n(it.x)} ${n(H - it.y - it.h)} cm /${im.name} Do Q`);
          break;
        }
      }
    }
    const fonts: [string, Pdf][] = [...usedFonts].map((f) => [f, ref(fontRefs.get(f)!)]);
    const xobjects: [string, Pdf][] = [...images.values()].filter((im) => usedImages.has(im.name)).map((im) => [im.name, ref(im.n)]);
    const content = file.alloc();
    file.set(
      leaf,
      dict([
        ['Type', '/Page'],
        ['Parent', ref(pagesObj)],
        [
          'Resources',
          dict([
            ['Font', dict(fonts)],
            ['XObject', dict(xobjects)],
            ['ExtGState', dict([])],
          ]),
        ],
        ['MediaBox', arr(['0', '0', num(p.width), num(p.height)])],
        ['Annots', arr([])],
        ['Contents', arr([ref(content)])],
      ]),
    );
    file.setStream(content, [['Filter', '/FlateDecode']], deflateContent(ops.view()));
    ops.release();
  }
  file.set(
    pagesObj,
    dict([
      ['Type', '/Pages'],
      ['Kids', arr(kids.map(ref))],
      ['Count', String(kids.length)],
    ]),
  );

  const catalogEntries: [string, Pdf][] = [
    ['Type', '/Catalog'],
    ['Pages', ref(pagesObj)],
    ['Lang', lit('zh-CN')],
  ];
  // pdf-lib is loaded only for what it still does here: the sRGB profile and PNG decoding
  const l = pdfa || images.size ? await pdfLib() : undefined;
  if (pdfa) {
    const archival = typeof pdfa === 'object' ? pdfa.archival : undefined;
    // what markPdfA gives a file pdf-lib loaded (render/pdfa.ts)
    const packet = xmpPacket({ title, ...(author ? { author } : {}), ...(subject ? { subject } : {}), when, ...(archival ? { archival } : {}) });
    const meta = file.alloc();
    // the packet is not compressed: PDF/A-1 6.7.2 wants it readable by tools that know no PDF filters
    file.setStream(
      meta,
      [
        ['Type', '/Metadata'],
        ['Subtype', '/XML'],
      ],
      Buffer.from(packet, 'utf8'),
    );
    const icc = file.alloc();
    file.setStream(
      icc,
      [
        ['N', '3'],
        ['Filter', '/FlateDecode'],
      ],
      iccProfileDeflated(l!),
    );
    const intent = file.alloc();
    file.set(
      intent,
      dict([
        ['Type', '/OutputIntent'],
        ['S', '/GTS_PDFA1'],
        ['OutputConditionIdentifier', lit(OUTPUT_CONDITION)],
        ['Info', lit(OUTPUT_CONDITION)],
        ['DestOutputProfile', ref(icc)],
      ]),
    );
    catalogEntries.push(['Metadata', ref(meta)], ['OutputIntents', arr([ref(intent)])]);
  }
  for (const [png, im] of images) {
    const o = await pngObjects(l!, png, !!pdfa);
    const mask = o.mask ? file.alloc() : 0;
    if (o.mask) file.setStream(mask, o.mask.entries, o.mask.data);
    file.setStream(
      im.n,
      o.image.entries.map(([k, v]) => [k, v === MASK_REF ? ref(mask) : v]),
      o.image.data,
    );
  }
  file.set(catalog, dict(catalogEntries));
  return pdfa ? withDigestId(file.bytes(catalog, info, ID_PLACEHOLDER)) : file.bytes(catalog, info);
}

/**
 * Compressed page contents by their text: a page that names nothing of the case (a letter's
 * second page, a form's fixed sheet) is the same in every document of a batch. Bytes are what the
 * text always gives, whatever came before.
 */
const contentCache = new Map<string, Uint8Array>();

function deflateContent(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  let d = contentCache.get(text);
  if (!d) {
    d = deflateSync(bytes, { level: 6 });
    if (contentCache.size >= 32) contentCache.delete(contentCache.keys().next().value!);
    contentCache.set(text, d);
  }
  return d;
}

function embedded(u: FontUse): EmbeddedFont {
  const f = u.font;
  const order = new Uint16Array(u.gids).sort();
  // keyed by the glyph set (one UTF-16 unit per glyph id); the entries of a key are told apart by
  // their glyphs' characters (almost always one entry: a glyph nearly always stands for the same)
  let key = '';
  for (let i = 0; i < order.length; i += 4096) key += String.fromCharCode.apply(null, order.subarray(i, i + 4096) as unknown as number[]);
  const chars = new Array<string>(order.length);
  for (let i = 0; i < order.length; i++) chars[i] = u.chars.get(order[i]!) ?? '';
  let byKey = embedCache.get(f);
  if (!byKey) embedCache.set(f, (byKey = new Map()));
  const same = byKey.get(key);
  if (same) for (const e of same) if (e.chars.every((c, i) => c === chars[i])) return e;
  const sub = f.subset(order);
  const scale = 1000 / f.unitsPerEm;
  const e: EmbeddedFont = {
    chars,
    baseName: `${subsetTag(sub.newGid.keys(), f.postscriptName)}+${f.postscriptName}`,
    newGid: sub.newGid,
    length1: sub.bytes.length,
    // font programs are most of a form's bytes and of its compression time: glyph segments are
    // compressed once per process (fonts/deflate-subset.ts)
    fontFile: deflateSubset(f, sub),
    // which CIDs the subset holds (PDF/A-1 6.3.5): all of 0..n-1, the subsetter renumbers densely
    cidSet: deflateSync(cidSet(sub.advances.length), { level: 6 }),
    toUnicode: deflateSync(Buffer.from(toUnicodeCMap(u, sub.newGid), 'latin1'), { level: 6 }),
    widths: arr(['0', arr(sub.advances.map((a) => String(Math.round(a * scale))))]),
  };
  if (same) same.push(e);
  else {
    if (byKey.size >= EMBED_CACHE_SIZE) byKey.delete(byKey.keys().next().value!);
    byKey.set(key, [e]);
  }
  return e;
}

/** A font's six objects (font file, CIDSet, descriptor, CIDFont, ToUnicode, Type0); returns the Type0's number. */
function writeFont(file: PdfFile, f: TrueTypeFont, e: EmbeddedFont): number {
  const scale = 1000 / f.unitsPerEm;
  const fontFile = file.alloc();
  file.setStream(
    fontFile,
    [
      ['Filter', '/FlateDecode'],
      ['Length1', String(e.length1)],
    ],
    e.fontFile,
  );
  const cidSetObj = file.alloc();
  file.setStream(cidSetObj, [['Filter', '/FlateDecode']], e.cidSet);
  const descriptor = file.alloc();
  const base = name(e.baseName);
  file.set(
    descriptor,
    dict([
      ['Type', '/FontDescriptor'],
      ['FontName', base],
      ['Flags', '4'],
      ['FontBBox', arr(f.bbox.map((v) => num(Math.round(v * scale))))],
      ['ItalicAngle', '0'],
      ['Ascent', num(Math.round(f.ascent * scale))],
      ['Descent', num(Math.round(f.descent * scale))],
      ['CapHeight', num(Math.round(f.ascent * scale))],
      ['StemV', '80'],
      ['CIDSet', ref(cidSetObj)],
      ['FontFile2', ref(fontFile)],
    ]),
  );
  const cidFont = file.alloc();
  file.set(
    cidFont,
    dict([
      ['Type', '/Font'],
      ['Subtype', '/CIDFontType2'],
      ['BaseFont', base],
      [
        'CIDSystemInfo',
        dict([
          ['Registry', lit('Adobe')],
          ['Ordering', lit('Identity')],
          ['Supplement', '0'],
        ]),
      ],
      ['FontDescriptor', ref(descriptor)],
      ['W', e.widths],
      ['CIDToGIDMap', '/Identity'],
    ]),
  );
  const toUnicode = file.alloc();
  file.setStream(toUnicode, [['Filter', '/FlateDecode']], e.toUnicode);
  const type0 = file.alloc();
  file.set(
    type0,
    dict([
      ['Type', '/Font'],
      ['Subtype', '/Type0'],
      ['BaseFont', base],
      ['Encoding', '/Identity-H'],
      ['DescendantFonts', arr([ref(cidFont)])],
      ['ToUnicode', ref(toUnicode)],
    ]),
  );
  return type0;
}

/** Stands for the number of an image's mask in a cached image dictionary (the number is the document's). */
const MASK_REF = '\u0000mask';
interface PngObjects {
  image: { entries: [string, Pdf][]; data: Uint8Array };
  mask?: { entries: [string, Pdf][]; data: Uint8Array };
}
/** PNGs decoded and compressed once per process, by content (a seal repeats in every document of a batch). */
const pngCache = new Map<string, Promise<PngObjects>>();

/**
 * An image as pdf-lib's PNG embedder makes it (RGB and an alpha soft mask); for PDF/A the soft mask
 * becomes a stencil (render/pdfa.ts).
 */
function pngObjects(l: PdfLib, png: Uint8Array, pdfa: boolean): Promise<PngObjects> {
  const key = `${pdfa ? 'a' : 'p'}${createHash('sha256').update(png).digest('hex')}`;
  let p = pngCache.get(key);
  if (!p) {
    p = (async () => {
      const ctx = l.PDFContext.create();
      const imRef = ctx.nextRef();
      await (await l.PngEmbedder.for(png)).embedIntoContext(ctx, imRef);
      if (pdfa) stencilSoftMasks(l, ctx);
      const stream = (o: unknown) => {
        if (!(o instanceof l.PDFRawStream)) throw new Error('PNG image: pdf-lib made an unexpected object');
        const entries: [string, Pdf][] = [];
        let mask: unknown;
        for (const [k, v] of o.dict.entries()) {
          if (v instanceof l.PDFRef) {
            mask = ctx.lookup(v);
            entries.push([k.decodeText(), MASK_REF]);
          } else entries.push([k.decodeText(), v.toString()]);
        }
        return { entries, data: o.getContents(), mask };
      };
      const im = stream(ctx.lookup(imRef));
      const out: PngObjects = { image: { entries: im.entries, data: im.data } };
      if (im.mask) {
        const m = stream(im.mask);
        out.mask = { entries: m.entries, data: m.data };
      }
      return out;
    })();
    if (pngCache.size >= 16) pngCache.delete(pngCache.keys().next().value!);
    pngCache.set(key, p);
  }
  return p;
}

/**
 * A font's glyph codes for the document being painted, old glyph id → new, in a table of the font's
 * own (filled for this document's subset: every glyph its text uses is in it) instead of a Map
 * lookup per glyph.
 */
const codeTables = new WeakMap<TrueTypeFont, Uint16Array>();
function codesFor(font: TrueTypeFont, newGid: Map<number, number>): Uint16Array {
  let t = codeTables.get(font);
  if (!t) codeTables.set(font, (t = new Uint16Array(65536)));
  for (const [old, g] of newGid) t[old] = g;
  return t;
}

/** `BT /F1 16 Tf 0 Tc 0 0 0 rg 1 0 0 1 x y Tm <glyphs> Tj ET` */
function textOps(out: ContentBytes, it: TextItem, fontName: string, map: Uint16Array, H: number): void {
  out.s(`BT /${fontName} `).n(it.size).s('Tf ').n(it.tc).s('Tc ').n(it.color[0]).n(it.color[1]).n(it.color[2]).s('rg ');
  const y = H - it.y;
  if (it.rotate) {
    const r = (it.rotate * Math.PI) / 180;
    const c = Math.cos(r),
      s = Math.sin(r);
    out.n(c).n(s).n(-s).n(c);
  } else out.s('1 0 0 1 ');
  out.n(it.x).n(y).s('Tm <');
  for (const g of it.gids) out.hex4(map[g]!);
  out.s('> Tj ET');
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
  // by new glyph id (looked up once per glyph, not in the comparator; the sort is stable as before)
  const byNew: [number, string][] = [];
  for (const [old, ch] of u.chars) byNew.push([newGid.get(old) ?? 0, ch]);
  byNew.sort((a, b) => a[0] - b[0]);
  const entries = byNew.map(([g, ch]) => `<${hex4(g)}> <${utf16hex(ch)}>`);
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
