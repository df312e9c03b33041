// A lean TrueType (glyf/loca) reader and subsetter. Why our own: fontkit needs >100 ms to subset a
// 15 MB CJK font, and the batch target is 100 PDFs/s on two cores. Parsing the cmap once per process
// and copying only the used glyph records makes a subset in well under a millisecond.
// Only what a PDF CIDFontType2 needs is written: head, hhea, maxp, hmtx, loca, glyf, post, cmap
// (a tiny one, for strict readers), and the hinting tables when present.

import { fstatSync, openSync, readSync } from 'node:fs';

export interface Subset {
  /** The new font file. */
  bytes: Uint8Array;
  /** Where each kept glyph's (padded) record sits in `bytes`, by old glyph id; composites excluded (remapped per subset). */
  glyphSpans: { gid: number; start: number; end: number }[];
  /** old glyph id → new glyph id (new ids are dense, in the order of the old ones; 0 stays .notdef). */
  newGid: Map<number, number>;
  /** new glyph id → advance width in font units. */
  advances: number[];
}

interface TableRec {
  offset: number;
  length: number;
}

/** Tables read when a font is opened lazily (glyf is read glyph by glyph). */
const NEEDED_TABLES = new Set(['head', 'hhea', 'maxp', 'hmtx', 'loca', 'cmap', 'name', 'post', 'OS/2', 'cvt ', 'fpgm', 'prep']);

const FLAG_ARG_WORDS = 0x0001;
const FLAG_HAVE_SCALE = 0x0008;
const FLAG_MORE = 0x0020;
const FLAG_XY_SCALE = 0x0040;
const FLAG_2X2 = 0x0080;

export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly bbox: [number, number, number, number];
  readonly numGlyphs: number;
  readonly postscriptName: string;
  private readonly view: DataView;
  private readonly tables = new Map<string, TableRec>();
  /** Lookups already made (a document uses a few hundred characters over and over). */
  private readonly cmap = new Map<number, number>();
  private readonly numberOfHMetrics: number;
  private readonly longLoca: boolean;

  /**
   * Open a font file reading only what is needed: every table but glyf at once, glyph records on
   * first use. A CJK font is 7–15 MB; reading it whole is most of a single form's cold start.
   */
  static open(path: string, label: string): TrueTypeFont {
    const fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafe(size); // regions are read before they are looked at
    const head = Buffer.alloc(12);
    readSync(fd, head, 0, 12, 0);
    const n = head.readUInt16BE(4);
    readSync(fd, bytes, 0, 12 + n * 16, 0);
    for (let i = 0; i < n; i++) {
      const r = 12 + i * 16;
      const tag = bytes.toString('latin1', r, r + 4);
      const off = bytes.readUInt32BE(r + 8),
        len = bytes.readUInt32BE(r + 12);
      if (tag === 'glyf' || !NEEDED_TABLES.has(tag)) continue;
      readSync(fd, bytes, off, Math.min(len, size - off), off);
    }
    const font = new TrueTypeFont(new Uint8Array(bytes.buffer, bytes.byteOffset, size), label, fd);
    font.path = path;
    return font;
  }

  /** The file the font was opened from (the shaper and the DOCX embedder read it again). */
  path: string | undefined;

  /** Glyph ids whose glyf records are in `bytes` (all of them when the font was read whole). */
  private readonly loaded: Uint8Array | undefined;

  constructor(
    readonly bytes: Uint8Array,
    readonly label: string,
    private readonly fd?: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const tag = v.getUint32(0);
    if (tag !== 0x00010000 && tag !== 0x74727565) throw new Error(`${label}: not a TrueType (glyf) font; convert CFF/OTF fonts to TTF first`);
    const n = v.getUint16(4);
    for (let i = 0; i < n; i++) {
      const r = 12 + i * 16;
      const name = String.fromCharCode(v.getUint8(r), v.getUint8(r + 1), v.getUint8(r + 2), v.getUint8(r + 3));
      this.tables.set(name, { offset: v.getUint32(r + 8), length: v.getUint32(r + 12) });
    }
    for (const t of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf', 'cmap']) {
      if (!this.tables.has(t)) throw new Error(`${label}: missing table ${t}`);
    }
    const head = this.t('head').offset;
    this.unitsPerEm = v.getUint16(head + 18);
    this.bbox = [v.getInt16(head + 36), v.getInt16(head + 38), v.getInt16(head + 40), v.getInt16(head + 42)];
    this.longLoca = v.getInt16(head + 50) === 1;
    const hhea = this.t('hhea').offset;
    this.ascent = v.getInt16(hhea + 4);
    this.descent = v.getInt16(hhea + 6);
    this.numberOfHMetrics = v.getUint16(hhea + 34);
    this.numGlyphs = v.getUint16(this.t('maxp').offset + 4);
    this.readCmap();
    this.postscriptName = this.readPostscriptName() ?? label.replace(/[^A-Za-z0-9-]/g, '');
    this.loaded = fd === undefined ? undefined : new Uint8Array(this.numGlyphs);
  }

  /** Read a glyph's record from the file when the font was opened lazily. */
  private ensureGlyph(gid: number): void {
    if (!this.loaded || this.fd === undefined || gid >= this.numGlyphs || this.loaded[gid]) return;
    const [a, b] = this.glyphRange(gid);
    const at = this.t('glyf').offset + a;
    if (b > a) readSync(this.fd, this.bytes, at, b - a, at);
    this.loaded[gid] = 1;
  }

  private t(name: string): TableRec {
    const r = this.tables.get(name);
    if (!r) throw new Error(`${this.label}: missing table ${name}`);
    return r;
  }

  /** Glyph for a code point, or 0 when the font does not have it. */
  glyphFor(cp: number): number {
    let g = this.cmap.get(cp);
    if (g === undefined) {
      g = this.lookup(cp);
      this.cmap.set(cp, g);
    }
    return g;
  }

  has(cp: number): boolean {
    return this.glyphFor(cp) !== 0;
  }

  advance(gid: number): number {
    const v = this.view;
    const hmtx = this.t('hmtx').offset;
    const i = gid < this.numberOfHMetrics ? gid : this.numberOfHMetrics - 1;
    return v.getUint16(hmtx + i * 4);
  }

  private glyphRange(gid: number): [number, number] {
    const v = this.view;
    const loca = this.t('loca').offset;
    if (this.longLoca) return [v.getUint32(loca + gid * 4), v.getUint32(loca + gid * 4 + 4)];
    return [v.getUint16(loca + gid * 2) * 2, v.getUint16(loca + gid * 2 + 2) * 2];
  }

  /** Where the chosen Unicode cmap subtable starts, and its format (4 or 12). */
  private cmapAt = 0;
  private cmapFormat = 0;

  /** Pick the best Unicode subtable; lookups binary-search it (no table built at load time). */
  private readCmap(): void {
    const v = this.view;
    const base = this.t('cmap').offset;
    const n = v.getUint16(base + 2);
    for (let i = 0; i < n; i++) {
      const pid = v.getUint16(base + 4 + i * 8);
      const eid = v.getUint16(base + 6 + i * 8);
      const off = base + v.getUint32(base + 8 + i * 8);
      const fmt = v.getUint16(off);
      const unicode = pid === 0 || (pid === 3 && (eid === 1 || eid === 10));
      if (!unicode) continue;
      if (fmt === 12 && this.cmapFormat !== 12) {
        this.cmapAt = off;
        this.cmapFormat = 12;
      } else if (fmt === 4 && this.cmapFormat === 0) {
        this.cmapAt = off;
        this.cmapFormat = 4;
      }
    }
    if (!this.cmapFormat) throw new Error(`${this.label}: no Unicode cmap`);
  }

  private lookup(cp: number): number {
    const v = this.view;
    const at = this.cmapAt;
    if (this.cmapFormat === 12) {
      let lo = 0,
        hi = v.getUint32(at + 12) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const p = at + 16 + mid * 12;
        const start = v.getUint32(p),
          end = v.getUint32(p + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return v.getUint32(p + 8) + cp - start;
      }
      return 0;
    }
    if (cp > 0xffff) return 0;
    const segX2 = v.getUint16(at + 6);
    const ends = at + 14,
      starts = ends + segX2 + 2,
      deltas = starts + segX2,
      ranges = deltas + segX2;
    let lo = 0,
      hi = segX2 / 2 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const end = v.getUint16(ends + mid * 2);
      const start = v.getUint16(starts + mid * 2);
      if (cp > end) lo = mid + 1;
      else if (cp < start) hi = mid - 1;
      else {
        const delta = v.getInt16(deltas + mid * 2),
          ro = v.getUint16(ranges + mid * 2);
        if (ro === 0) return (cp + delta) & 0xffff;
        const g = v.getUint16(ranges + mid * 2 + ro + (cp - start) * 2);
        return g ? (g + delta) & 0xffff : 0;
      }
    }
    return 0;
  }

  private readPostscriptName(): string | undefined {
    return this.nameString(6)?.replace(/[^\x21-\x7e]/g, '');
  }

  /** A name table for a renamed subset: `family` as family and full name; copyright, version and licence kept. */
  private nameTable(family: string): Uint8Array {
    const ps = family.replace(/[^A-Za-z0-9-]/g, '') || 'xfSubset';
    const recs: [number, string][] = [
      [0, this.nameString(0) ?? ''],
      [1, family],
      [2, this.nameString(2) ?? 'Regular'],
      [3, `${ps};xf subset`],
      [4, family],
      [5, this.nameString(5) ?? 'Version 1.0'],
      [6, ps],
      [13, this.nameString(13) ?? ''],
      [14, this.nameString(14) ?? ''],
    ];
    const list = recs.filter(([, str]) => str);
    const data = list.map(([, str]) => {
      const b = new Uint8Array(str.length * 2);
      for (let i = 0; i < str.length; i++) {
        b[i * 2] = str.charCodeAt(i) >> 8;
        b[i * 2 + 1] = str.charCodeAt(i) & 0xff;
      }
      return b;
    });
    const head = 6 + list.length * 12;
    const out = new Uint8Array(head + data.reduce((n, d) => n + d.length, 0));
    const v = new DataView(out.buffer);
    v.setUint16(2, list.length);
    v.setUint16(4, head);
    let off = 0;
    list.forEach(([id], i) => {
      const r = 6 + i * 12;
      v.setUint16(r, 3); // Windows
      v.setUint16(r + 2, 1); // Unicode BMP
      v.setUint16(r + 4, 0x409);
      v.setUint16(r + 6, id);
      v.setUint16(r + 8, data[i]!.length);
      v.setUint16(r + 10, off);
      out.set(data[i]!, head + off);
      off += data[i]!.length;
    });
    return out;
  }

  /** A name record's string (Windows English first, else any). */
  nameString(id: number): string | undefined {
    const rec = this.tables.get('name');
    if (!rec) return undefined;
    const v = this.view;
    const count = v.getUint16(rec.offset + 2);
    const strings = rec.offset + v.getUint16(rec.offset + 4);
    let found: string | undefined;
    for (let i = 0; i < count; i++) {
      const r = rec.offset + 6 + i * 12;
      if (v.getUint16(r + 6) !== id) continue;
      const pid = v.getUint16(r),
        len = v.getUint16(r + 8),
        off = strings + v.getUint16(r + 10);
      let s = '';
      if (pid === 1) for (let k = 0; k < len; k++) s += String.fromCharCode(v.getUint8(off + k));
      else for (let k = 0; k < len; k += 2) s += String.fromCharCode(v.getUint16(off + k));
      if (s && pid === 3 && v.getUint16(r + 4) === 0x409) return s;
      if (s) found ??= s;
    }
    return found;
  }

  /** OS/2 embedding permissions (fsType; 0 = installable). */
  fsType(): number {
    const r = this.tables.get('OS/2');
    return r ? this.view.getUint16(r.offset + 8) : 0;
  }

  /** OS/2 PANOSE classification (10 bytes), or undefined when the font has no OS/2 table. */
  panose(): Uint8Array | undefined {
    const r = this.tables.get('OS/2');
    return r ? this.bytes.slice(r.offset + 32, r.offset + 42) : undefined;
  }

  /** Components of a composite glyph (empty for simple glyphs). */
  private components(gid: number): number[] {
    this.ensureGlyph(gid);
    const [a, b] = this.glyphRange(gid);
    if (b <= a) return [];
    const v = this.view;
    const g = this.t('glyf').offset + a;
    if (v.getInt16(g) >= 0) return [];
    const out: number[] = [];
    let p = g + 10;
    for (;;) {
      const flags = v.getUint16(p);
      out.push(v.getUint16(p + 2));
      p += 4 + (flags & FLAG_ARG_WORDS ? 4 : 2);
      if (flags & FLAG_HAVE_SCALE) p += 2;
      else if (flags & FLAG_XY_SCALE) p += 4;
      else if (flags & FLAG_2X2) p += 8;
      if (!(flags & FLAG_MORE)) break;
    }
    return out;
  }

  /**
   * Build a subset holding .notdef, the given glyphs and every component they use. For a PDF the
   * cmap is a stub (the PDF maps CIDs itself); an `installable` subset (embedded in a DOCX, which
   * Word and LibreOffice install for the document) gets a real cmap for its characters, the
   * original OS/2 table and a name table giving it `family` as its own family name.
   */
  subset(gids: Iterable<number>, installable?: { chars: Iterable<number>; family: string }): Subset {
    const keep = new Set<number>([0]);
    const stack = [...gids];
    while (stack.length) {
      const g = stack.pop()!;
      if (keep.has(g) || g >= this.numGlyphs) continue;
      keep.add(g);
      for (const c of this.components(g)) stack.push(c);
    }
    const order = [...keep].sort((x, y) => x - y);
    const newGid = new Map<number, number>();
    order.forEach((g, i) => newGid.set(g, i));

    const src = this.bytes;
    const glyfBase = this.t('glyf').offset;
    for (const g of order) this.ensureGlyph(g);
    const ranges = order.map((g) => this.glyphRange(g));
    const loca = new Uint32Array(order.length + 1);
    let size = 0;
    ranges.forEach(([a, b], i) => {
      loca[i] = size;
      if (b > a) size += (b - a + 3) & ~3;
    });
    loca[order.length] = size;
    // one buffer, glyph records copied straight in (composites get their component ids remapped)
    const glyf = new Uint8Array(size);
    const advances: number[] = [];
    // the glyf table's checksum is the sum of its records' (each starts on a 4-byte boundary, padded
    // with zeros): a simple glyph's is computed once per process
    let glyfSum = 0;
    for (let i = 0; i < order.length; i++) {
      const g = order[i]!;
      advances.push(this.advance(g));
      const [a, b] = ranges[i]!;
      if (b <= a) continue;
      const rec = glyf.subarray(loca[i]!, loca[i]! + (b - a));
      rec.set(src.subarray(glyfBase + a, glyfBase + b));
      if (this.view.getInt16(glyfBase + a) < 0) glyfSum += checksum(this.remapComposite(rec, newGid));
      else {
        let sum = this.glyphSums.get(g);
        if (sum === undefined) this.glyphSums.set(g, (sum = checksum(rec)));
        glyfSum += sum;
      }
    }

    const n = order.length;
    const locaBytes = new Uint8Array((n + 1) * 4);
    const lv = new DataView(locaBytes.buffer);
    for (let i = 0; i <= n; i++) lv.setUint32(i * 4, loca[i]!);

    const hmtx = new Uint8Array(n * 4);
    const hv = new DataView(hmtx.buffer);
    for (let i = 0; i < n; i++) {
      hv.setUint16(i * 4, advances[i]!);
      hv.setInt16(i * 4 + 2, this.lsb(order[i]!));
    }

    const head = this.copyTable('head');
    const headV = new DataView(head.buffer);
    headV.setUint32(8, 0); // checkSumAdjustment, set below
    headV.setInt16(50, 1); // long loca
    const hhea = this.copyTable('hhea');
    new DataView(hhea.buffer).setUint16(34, n);
    const maxp = this.copyTable('maxp');
    new DataView(maxp.buffer).setUint16(4, n);
    const post = new Uint8Array(32);
    new DataView(post.buffer).setUint32(0, 0x00030000);
    const cps = installable ? [...new Set(installable.chars)].filter((cp) => newGid.has(this.glyphFor(cp)) && this.glyphFor(cp) !== 0) : [];
    const cmap = installable ? fullCmap(new Map(cps.sort((a, b) => a - b).map((cp) => [cp, newGid.get(this.glyphFor(cp))!]))) : minimalCmap();

    const tables: [string, Uint8Array][] = [
      ['cmap', cmap],
      ['glyf', glyf],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', locaBytes],
      ['maxp', maxp],
      ['post', post],
    ];
    for (const opt of ['cvt ', 'fpgm', 'prep']) if (this.tables.has(opt)) tables.push([opt, this.copyTable(opt)]);
    if (installable) {
      if (this.tables.has('OS/2')) tables.push(['OS/2', this.copyTable('OS/2')]);
      tables.push(['name', this.nameTable(installable.family)]);
    }
    tables.sort((x, y) => (x[0] < y[0] ? -1 : 1));
    const { bytes, offsets } = writeSfnt(tables, new Map([['glyf', glyfSum >>> 0]]));
    const glyfAt = offsets.get('glyf')!;
    const glyphSpans: Subset['glyphSpans'] = [];
    for (let i = 0; i < order.length; i++) {
      const [a, b] = ranges[i]!;
      if (b <= a || this.view.getInt16(glyfBase + a) < 0) continue;
      glyphSpans.push({ gid: order[i]!, start: glyfAt + loca[i]!, end: glyfAt + loca[i + 1]! });
    }
    return { bytes, glyphSpans, newGid, advances };
  }

  /** Raw-deflate segments of single glyph records, reused by every subset of this font. */
  readonly deflatedGlyphs = new Map<number, Uint8Array>();
  /** Adler-32 of single (padded) glyph records, for the zlib stream's checksum (fonts/deflate-subset.ts). */
  readonly glyphAdlers = new Map<number, number>();
  /** TrueType checksums of single simple glyph records. */
  private readonly glyphSums = new Map<number, number>();

  private lsb(gid: number): number {
    const v = this.view;
    const hmtx = this.t('hmtx').offset;
    if (gid < this.numberOfHMetrics) return v.getInt16(hmtx + gid * 4 + 2);
    return v.getInt16(hmtx + this.numberOfHMetrics * 4 + (gid - this.numberOfHMetrics) * 2);
  }

  private copyTable(name: string): Uint8Array {
    const r = this.t(name);
    return this.bytes.slice(r.offset, r.offset + r.length);
  }

  private remapComposite(rec: Uint8Array, newGid: Map<number, number>): Uint8Array {
    const v = new DataView(rec.buffer, rec.byteOffset, rec.byteLength);
    let p = 10;
    for (;;) {
      const flags = v.getUint16(p);
      v.setUint16(p + 2, newGid.get(v.getUint16(p + 2)) ?? 0);
      p += 4 + (flags & FLAG_ARG_WORDS ? 4 : 2);
      if (flags & FLAG_HAVE_SCALE) p += 2;
      else if (flags & FLAG_XY_SCALE) p += 4;
      else if (flags & FLAG_2X2) p += 8;
      if (!(flags & FLAG_MORE)) break;
    }
    return rec;
  }
}

/** A real cmap (format 4 for the BMP, format 12 for every character) for an installable subset. */
function fullCmap(map: Map<number, number>): Uint8Array {
  const cps = [...map.keys()];
  // format 12: runs of consecutive characters on consecutive glyphs
  const groups: [number, number, number][] = [];
  for (const cp of cps) {
    const g = map.get(cp)!;
    const last = groups[groups.length - 1];
    if (last && cp === last[1] + 1 && g === last[2] + (cp - last[0])) last[1] = cp;
    else groups.push([cp, cp, g]);
  }
  // format 4: BMP runs of consecutive characters with a constant glyph delta, then the 0xFFFF end
  const segs: [number, number, number][] = [];
  for (const cp of cps) {
    if (cp > 0xfffe) break;
    const d = (map.get(cp)! - cp) & 0xffff;
    const last = segs[segs.length - 1];
    if (last && cp === last[1] + 1 && d === last[2]) last[1] = cp;
    else segs.push([cp, cp, d]);
  }
  segs.push([0xffff, 0xffff, 1]);
  const n = segs.length;
  const f4len = 16 + n * 8;
  const f12len = 16 + groups.length * 12;
  const out = new Uint8Array(4 + 16 + f4len + f12len);
  const v = new DataView(out.buffer);
  v.setUint16(2, 2);
  v.setUint16(4, 3);
  v.setUint16(6, 1);
  v.setUint32(8, 20);
  v.setUint16(12, 3);
  v.setUint16(14, 10);
  v.setUint32(16, 20 + f4len);
  let p = 20;
  v.setUint16(p, 4);
  v.setUint16(p + 2, f4len);
  v.setUint16(p + 6, n * 2);
  let es = 0;
  while (1 << (es + 1) <= n) es++;
  v.setUint16(p + 8, (1 << es) * 2);
  v.setUint16(p + 10, es);
  v.setUint16(p + 12, n * 2 - (1 << es) * 2);
  const ends = p + 14,
    starts = ends + n * 2 + 2,
    deltas = starts + n * 2,
    ranges = deltas + n * 2;
  segs.forEach(([a, b, d], i) => {
    v.setUint16(ends + i * 2, b);
    v.setUint16(starts + i * 2, a);
    v.setUint16(deltas + i * 2, d);
    v.setUint16(ranges + i * 2, 0);
  });
  p = 20 + f4len;
  v.setUint16(p, 12);
  v.setUint32(p + 4, f12len);
  v.setUint32(p + 12, groups.length);
  groups.forEach(([a, b, g], i) => {
    v.setUint32(p + 16 + i * 12, a);
    v.setUint32(p + 20 + i * 12, b);
    v.setUint32(p + 24 + i * 12, g);
  });
  return out;
}

/** A format-4 cmap with the single terminating segment: PDF readers use the CID→GID map instead. */
function minimalCmap(): Uint8Array {
  const b = new Uint8Array(4 + 8 + 24);
  const v = new DataView(b.buffer);
  v.setUint16(2, 1); // one encoding record
  v.setUint16(4, 3);
  v.setUint16(6, 1);
  v.setUint32(8, 12);
  const s = 12;
  v.setUint16(s, 4);
  v.setUint16(s + 2, 24);
  v.setUint16(s + 6, 2); // segCountX2
  v.setUint16(s + 8, 2);
  v.setUint16(s + 10, 0);
  v.setUint16(s + 12, 0);
  v.setUint16(s + 14, 0xffff); // endCode
  v.setUint16(s + 18, 0xffff); // startCode (after reservedPad)
  v.setInt16(s + 20, 1); // idDelta
  return b;
}

function checksum(data: Uint8Array): number {
  const v = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const whole = data.length & ~3;
  let sum = 0;
  for (let i = 0; i < whole; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  if (whole < data.length) {
    let w = 0;
    for (let k = 0; k < 4; k++) w = (w << 8) | (data[whole + k] ?? 0);
    sum = (sum + (w >>> 0)) >>> 0;
  }
  return sum;
}

/** The font file from its tables; `sums` holds checksums already known (the glyf table's). */
function writeSfnt(tables: [string, Uint8Array][], sums: Map<string, number> = new Map()): { bytes: Uint8Array; offsets: Map<string, number> } {
  const n = tables.length;
  let es = 0;
  while (1 << (es + 1) <= n) es++;
  const headerLen = 12 + n * 16;
  let total = headerLen;
  for (const [, d] of tables) total += (d.length + 3) & ~3;
  const out = new Uint8Array(total);
  const v = new DataView(out.buffer);
  v.setUint32(0, 0x00010000);
  v.setUint16(4, n);
  v.setUint16(6, (1 << es) * 16);
  v.setUint16(8, es);
  v.setUint16(10, n * 16 - (1 << es) * 16);
  let off = headerLen;
  let headOff = -1;
  const offsets = new Map<string, number>();
  // the whole file's checksum: the header's plus every table's (each on a 4-byte boundary, zero-padded)
  let fileSum = 0;
  tables.forEach(([tag, d], i) => {
    const r = 12 + i * 16;
    for (let k = 0; k < 4; k++) v.setUint8(r + k, tag.charCodeAt(k));
    const sum = sums.get(tag) ?? checksum(d);
    fileSum += sum;
    v.setUint32(r + 4, sum);
    v.setUint32(r + 8, off);
    v.setUint32(r + 12, d.length);
    out.set(d, off);
    if (tag === 'head') headOff = off;
    offsets.set(tag, off);
    off += (d.length + 3) & ~3;
  });
  fileSum += checksum(out.subarray(0, headerLen));
  if (headOff >= 0) v.setUint32(headOff + 8, (0xb1b0afba - (fileSum >>> 0)) >>> 0);
  return { bytes: out, offsets };
}
