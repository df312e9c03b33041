// Lays a document tree out into pages of positioned glyph runs, rules, circles and images: the
// PDF renderer only paints what this module decides. Coordinates are points, y grows downward.
import type { Block, DocumentTree, Align, Part, Table, Signature, Signers, Field, Paragraph, Heading, Cut, Qr, Image } from '../model.js';
import type { FontRole, FontSet } from '../fonts/fontset.js';
import type { TrueTypeFont } from '../fonts/truetype.js';
import { A4, GB9704, SLIP, SIZE, mm, pageGeometry, type Frame } from './geometry.js';
import { breakLines, toUnits, type Line } from './linebreak.js';
import { qrMatrix } from '../qr.js';
import { keepChains, isSignature, type Keep } from './keep.js';
import { needsShaping } from '../fonts/shape.js';

export type Color = [number, number, number];
export const BLACK: Color = [0, 0, 0];
export const RED: Color = [0.8, 0.05, 0.05];
export const GREY: Color = [0.6, 0.6, 0.6];

export interface TextItem {
  kind: 'text';
  font: TrueTypeFont;
  size: number;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  /** Character spacing (Tc) in points. */
  tc: number;
  gids: number[];
  /** The characters each glyph stands for (ToUnicode). */
  chars: string[];
  color: Color;
  /** Rotation in degrees, counter-clockwise, about (x, y). */
  rotate?: number;
}
export interface RuleItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  dash?: number[];
  color: Color;
}
export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: Color;
  stroke?: Color;
  width?: number;
}
export interface CircleItem {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  width: number;
  dash?: number[];
  color: Color;
}
export interface ImageItem {
  kind: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
  png: Uint8Array;
}
export type Item = TextItem | RuleItem | RectItem | CircleItem | ImageItem;
export interface PageOut {
  width: number;
  height: number;
  items: Item[];
}

const BODY = SIZE.san;
/** Widest letter-spacing a justified line may get, as a fraction of the type size. */
const MAX_JUSTIFY = 0.25;

interface Placed {
  block: number;
  kind: 'line' | 'row';
  /** The first line of its paragraph (orphan control). */
  first: boolean;
  items: Item[];
  top: number;
  height: number;
}
/** Tracking that makes 28 three-point-size characters fill the 156 mm line. */
const GRID_TC = GB9704.charPitch - BODY;

function parseColor(c?: string): Color {
  if (!c) return BLACK;
  if (c === 'red') return RED;
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
  return m ? [parseInt(m[1]!, 16) / 255, parseInt(m[2]!, 16) / 255, parseInt(m[3]!, 16) / 255] : BLACK;
}

export class Composer {
  readonly pages: PageOut[] = [];
  private page!: PageOut;
  private frame: Frame;
  /** The sheet (portrait or landscape) and its type area. */
  private readonly sheet: ReturnType<typeof pageGeometry>;
  private y = 0;
  /** Which half of a slip sheet the next part goes to (0 top, 1 bottom, 2 = sheet full). */
  private slipHalf = 0;
  /** Text lines and table rows laid out on the current page, by block: what a signature carries over. */
  private placed: Placed[] = [];
  /** The block being laid out (index into the tree's blocks; -1 inside a part). */
  private bi = -1;
  private keep: Keep = { withNext: new Set(), chainStart: new Map() };
  private readonly gridded: boolean;
  private inPart = false;
  /** Shrink factor for the default sizes inside a slip part (fit to the half sheet). */
  private partScale = 1;
  /** The shrink factor each part was set at, in order: the DOCX sets its parts the same. */
  readonly partScales: number[] = [];
  /** Every line and row placed (a carried one again): which pages each block ends up on. */
  private readonly allPlaced: Placed[] = [];
  /** Blocks whose last lines went over to a signature's page (keepSignature). */
  private readonly carried = new Set<number>();

  constructor(
    private readonly tree: DocumentTree,
    private readonly fonts: FontSet,
  ) {
    this.sheet = pageGeometry(tree.layout === 'slip' ? 'portrait' : tree.orientation);
    this.frame = this.sheet.frame;
    // the 22-line grid belongs to the portrait type area (as in the DOCX)
    this.gridded = tree.layout !== 'slip' && tree.orientation !== 'landscape';
    this.newPage();
  }

  compose(): PageOut[] {
    const blocks = this.tree.blocks;
    this.keep = keepChains(blocks);
    blocks.forEach((b, i) => {
      this.bi = i;
      // a signature chain (spacers, then the signature) that does not fit takes its text along
      if ((b.type === 'spacer' || isSignature(b)) && (i === 0 || (blocks[i - 1]!.type !== 'spacer' && !isSignature(blocks[i - 1]!)))) this.keepSignature(i);
      this.block(b);
    });
    this.bi = -1;
    if (this.tree.page_numbers) this.pageNumbers();
    return this.pages;
  }

  // ── pages and frames ────────────────────────────────────────────────
  private newPage(): void {
    this.page = { width: this.sheet.width, height: this.sheet.height, items: [] };
    this.pages.push(this.page);
    this.y = this.frame.top;
    this.slipHalf = 0;
    this.placed = [];
  }

  /** Height of the signature block at `i` (with its space before), 0 when it is not one. */
  private signatureHeight(b: Block): number {
    if (b.type === 'signature') {
      const pitch = this.pitchFor(b.size ?? (this.tree.layout === 'slip' ? SIZE.wu : BODY));
      return ((b.space_before ?? (b.seal ? 2 : 1)) + 2) * pitch;
    }
    if (b.type === 'signers') return 3 * this.pitchFor(b.size ?? (this.tree.layout === 'slip' ? SIZE.wu : BODY));
    return 0;
  }

  /**
   * GB/T 9704 §7.3.5: never leave the signature alone on a page. When the spacers and signature
   * starting at block `i` do not fit, move the text of its chain (keep.ts) to the next page: the
   * chain's first block gives its last two lines (all of them when fewer would stay behind: widow
   * and orphan control), or its last table row; the later blocks go whole.
   */
  private keepSignature(i: number): void {
    const blocks = this.tree.blocks;
    let s = i,
      need = 0;
    // the group: spacers and signature blocks in a row (signers, then the organ's signature)
    let last = -1;
    for (; s < blocks.length; s++) {
      const g = blocks[s]!;
      if (g.type === 'spacer') need += (g.lines ?? 1) * this.pitchFor(BODY);
      else if (isSignature(g)) {
        need += this.signatureHeight(g);
        last = s;
      } else break;
    }
    if (last < 0 || this.inPart) return;
    s = last;
    if (this.y + need <= this.frame.bottom + 0.5 || this.y <= this.frame.top + 0.5) return;
    const start = this.keep.chainStart.get(s) ?? s;
    const mine = this.placed.filter((p) => p.block >= start && p.block < i);
    const first = mine.filter((p) => p.block === mine[0]?.block);
    let take = mine.length - first.length;
    if (first.length) {
      if (first[0]!.kind === 'row') take += 1;
      else {
        const k = first.length,
          started = first[0]!.first;
        take += k - 2 >= 2 || (!started && k - 2 >= 1) ? 2 : k;
      }
    }
    const carry = mine.slice(mine.length - take);
    if (carry.length >= this.placed.length) {
      // the whole page is the chain: nothing to gain by moving it
      this.newPage();
      return;
    }
    const prev = this.page;
    this.newPage();
    for (const l of carry) {
      for (const it of l.items) {
        prev.items.splice(prev.items.indexOf(it), 1);
        shiftItem(it, this.y - l.top);
        this.page.items.push(it);
      }
      this.placed.push({ ...l, top: this.y });
      this.carried.add(l.block);
      this.y += l.height;
    }
  }

  private place(p: Placed): void {
    this.placed.push(p);
    this.allPlaced.push(p);
  }

  /**
   * Top-level blocks that run over a page end by themselves (not carried to a signature): the DOCX
   * gives them no keep-with-next, which LibreOffice honours by moving the whole paragraph.
   */
  naturalSplits(): Set<number> {
    const pageOf = new Map<Item, number>();
    this.pages.forEach((pg, i) => {
      for (const it of pg.items) pageOf.set(it, i);
    });
    const pages = new Map<number, Set<number>>();
    for (const p of this.allPlaced) {
      const at = p.items.length ? pageOf.get(p.items[0]!) : undefined;
      if (at === undefined) continue;
      if (!pages.has(p.block)) pages.set(p.block, new Set());
      pages.get(p.block)!.add(at);
    }
    return new Set([...pages].filter(([b, s]) => s.size > 1 && !this.carried.has(b)).map(([b]) => b));
  }

  private ensure(height: number): void {
    // a slip part is a fixed half sheet: it never breaks (overflow is reported after layout)
    if (this.inPart) return;
    if (this.y + height > this.frame.bottom + 0.5 && this.y > this.frame.top + 0.5) this.newPage();
  }

  private pitchFor(size: number): number {
    return this.gridded && size === BODY ? GB9704.linePitch : size * 1.55;
  }

  // ── text primitives ─────────────────────────────────────────────────
  private measureFn(role: FontRole, size: number, tc: number): (ch: string) => number {
    return (ch: string) => {
      const cp = ch.codePointAt(0)!;
      const f = this.fonts.fontFor(role, cp);
      if (!f) return size + tc;
      return (f.advance(f.glyphFor(cp)) * size) / f.unitsPerEm + tc;
    };
  }

  /** Paint one line of text starting at x (baseline y). Returns the advance. */
  private paintText(text: string, role: FontRole, size: number, x: number, y: number, tc: number, color: Color, rotate?: number): number {
    // one character that needs no shaping (every unit of a CJK line): the loop below, without its
    // arrays and objects per glyph; the same numbers, computed in the same order
    const cp0 = text.codePointAt(0);
    if (cp0 !== undefined && text.length === (cp0 > 0xffff ? 2 : 1) && !needsShaping(cp0)) {
      const f = this.fonts.fontFor(role, cp0) ?? this.fonts.primary(role);
      const gid = f.glyphFor(cp0);
      this.page.items.push({ kind: 'text', font: f, size, x, y, tc, gids: [gid], chars: [text], color, ...(rotate ? { rotate } : {}) });
      const cx = x + (f.advance(gid) * (size / f.unitsPerEm) + tc);
      return cx - x;
    }
    let run: TextItem | undefined;
    let cx = x;
    const r = ((rotate ?? 0) * Math.PI) / 180;
    // a point d along the (rotated) baseline from x, raised by h
    const at = (d: number, h: number) => ({ x: x + d * Math.cos(r) - h * Math.sin(r), y: y - d * Math.sin(r) - h * Math.cos(r) });
    // character spacing owed by a shaped word, added after it: spacing inside would break its joins
    let owed = 0;
    for (const g of this.fonts.glyphs(role, text)) {
      const f = g.font;
      const k = size / f.unitsPerEm;
      if (g.shaped) {
        // shaped glyphs (joining forms, stacked marks) are placed one by one, at their own offsets
        const p = at(cx - x + g.dx * k, g.dy * k);
        this.page.items.push({ kind: 'text', font: f, size, x: p.x, y: p.y, tc: 0, gids: [g.gid], chars: [g.chars], color, ...(rotate ? { rotate } : {}) });
        run = undefined;
        cx += g.advance * k;
        owed += [...g.chars].length * tc;
        continue;
      }
      cx += owed;
      owed = 0;
      if (!run || run.font !== f) {
        const p = at(cx - x, 0);
        run = { kind: 'text', font: f, size, x: p.x, y: p.y, tc, gids: [], chars: [], color, ...(rotate ? { rotate } : {}) };
        this.page.items.push(run);
      }
      run.gids.push(g.gid);
      run.chars.push(g.chars);
      cx += g.advance * k + tc;
    }
    return cx + owed - x;
  }

  private textWidth(text: string, role: FontRole, size: number, tc = 0): number {
    const m = this.measureFn(role, size, tc);
    let w = 0;
    for (const ch of text) w += m(ch);
    return w;
  }

  /**
   * Set text in the frame as wrapped lines. Returns the laid-out lines' boxes. `segments` lets a
   * field line underline its value.
   */
  private flow(opts: {
    segments: string[];
    role: FontRole;
    size: number;
    color: Color;
    align: Align;
    x: number;
    width: number;
    indent?: number; // first line, points
    hang?: number; // every line, points
    tc?: number;
    underlineSeg?: number;
    pitch?: number;
    noBreak?: boolean;
  }): void {
    const tc = opts.tc ?? (this.gridded && opts.size === BODY ? GRID_TC : 0);
    const pitch = opts.pitch ?? this.pitchFor(opts.size);
    const hang = opts.hang ?? 0;
    const units = toUnits(opts.segments, this.measureFn(opts.role, opts.size, tc));
    const lines: Line[] = breakLines(units, (i) => opts.width - hang - (i === 0 ? (opts.indent ?? 0) : 0));
    // widow and orphan control (two lines), as the DOCX asks of Word and LibreOffice: the page
    // break before line `breakAt[i]` is decided before the paragraph is set
    const breakBefore = new Set<number>();
    if (!opts.noBreak && !this.inPart) {
      const top = this.frame.top;
      let y = this.y,
        i = 0;
      for (;;) {
        const fit = Math.floor((this.frame.bottom + 0.5 - y) / pitch);
        const left = lines.length - i;
        if (fit >= left) break;
        let take = fit;
        if (left - take < 2) take = left - 2; // widow: two lines at the top of the next page
        if (i === 0 && take < 2) take = 0; // orphan: never one line alone before the break
        if (y <= top + 0.5 && take < 1) take = Math.max(1, fit); // a whole page cannot hold it: fill it
        i += take;
        breakBefore.add(i);
        y = top;
      }
    }
    lines.forEach((line, i) => {
      if (breakBefore.has(i) && this.y > this.frame.top + 0.5) this.newPage();
      else if (!opts.noBreak) this.ensure(pitch);
      const top = this.y;
      const baseline = top + pitch / 2 + 0.36 * opts.size;
      const start = this.page.items.length;
      const lead = hang + (i === 0 ? (opts.indent ?? 0) : 0);
      const avail = opts.width - lead;
      let x = opts.x + lead;
      let extra = 0;
      let glyphs = 0;
      for (const u of line.units) glyphs += codePoints(u.text);
      if (opts.align === 'center') x += (avail - line.width) / 2;
      else if (opts.align === 'right') x += avail - line.width;
      else if (opts.align === 'justify' && !line.last && glyphs > 1) {
        extra = (avail - line.width) / (glyphs - 1);
        // an unbreakable run pushed to the next line would spread this one letter by letter: past a
        // quarter of a character per gap, leave the line ragged instead
        if (extra > MAX_JUSTIFY * opts.size) extra = 0;
      }
      let ulStart: number | undefined;
      let ulEnd = 0;
      for (const u of line.units) {
        const w = this.paintText(u.text, opts.role, opts.size, x, baseline, tc + extra, opts.color);
        if (opts.underlineSeg !== undefined && u.seg === opts.underlineSeg) {
          if (ulStart === undefined) ulStart = x;
          ulEnd = x + w;
        }
        x += w;
      }
      if (opts.underlineSeg !== undefined) {
        // a form line: underline the value, to the right edge on the last line
        const from = ulStart ?? x;
        const to = line.last ? opts.x + opts.width : Math.max(ulEnd, from);
        if (to > from) this.page.items.push({ kind: 'line', x1: from, y1: baseline + 0.18 * opts.size, x2: to, y2: baseline + 0.18 * opts.size, width: 0.5, color: BLACK });
      }
      if (this.bi >= 0 && !this.inPart) this.place({ block: this.bi, kind: 'line', first: i === 0, items: this.page.items.slice(start), top, height: pitch });
      this.y += pitch;
    });
  }

  // ── blocks ──────────────────────────────────────────────────────────
  private block(b: Block): void {
    switch (b.type) {
      case 'heading':
        return this.heading(b);
      case 'paragraph':
        return this.paragraph(b);
      case 'field':
        return this.field(b);
      case 'table':
        return this.table(b);
      case 'signature':
        return this.signature(b);
      case 'signers':
        return this.signers(b);
      case 'part':
        return this.part(b);
      case 'cut':
        return this.cut(b);
      case 'page_break':
        this.newPage();
        return;
      case 'spacer':
        this.y += (b.lines ?? 1) * this.pitchFor(BODY);
        return;
      case 'image':
        return this.image(b);
      case 'qr':
        return this.qr(b);
    }
  }

  private heading(b: Heading): void {
    const level = b.level ?? 1;
    if (level === 1) {
      const size = b.size ?? (this.tree.layout === 'slip' ? SIZE.xiaoer : SIZE.er);
      this.flow({
        segments: [b.text],
        role: b.font ?? 'title',
        size,
        color: parseColor(b.color),
        align: b.align ?? 'center',
        x: this.frame.x,
        width: this.frame.width,
        tc: 0,
        pitch: this.tree.layout === 'slip' ? size * 1.5 : GB9704.linePitch * (size > 24 ? 1.5 : 1),
      });
      if (this.tree.layout !== 'slip') this.y += this.pitchFor(BODY) * 0.5;
      return;
    }
    const size = b.size ?? BODY;
    this.flow({
      segments: [b.text],
      role: b.font ?? (level === 2 ? 'hei' : 'kai'),
      size,
      color: parseColor(b.color),
      align: b.align ?? 'left',
      x: this.frame.x,
      width: this.frame.width,
      indent: 2 * size,
    });
  }

  private paragraph(b: Paragraph): void {
    const size = b.size ?? (this.tree.layout === 'slip' ? SIZE.wu : BODY);
    const charW = this.gridded && size === BODY ? GB9704.charPitch : size;
    const startPage = this.page,
      startItem = this.page.items.length;
    if (b.rule_above) this.rule(this.y, 0.7);
    this.flow({
      segments: [b.text],
      role: b.font ?? 'fang',
      size,
      color: parseColor(b.color),
      align: b.align ?? 'justify',
      x: this.frame.x,
      width: this.frame.width,
      indent: (b.indent ?? (b.align && b.align !== 'justify' && b.align !== 'left' ? 0 : 2)) * charW,
      hang: (b.hang ?? 0) * charW,
    });
    if (b.rule_below) this.rule(this.y, 0.7);
    if (b.bottom && this.page === startPage) {
      // pin to the bottom edge of the type area: move what was just laid out down
      const dy = this.frame.bottom - this.y;
      if (dy > 0) for (const it of this.page.items.slice(startItem)) shiftItem(it, dy);
      this.y = this.frame.bottom;
    }
  }

  private rule(y: number, width: number): void {
    this.page.items.push({ kind: 'line', x1: this.frame.x, y1: y, x2: this.frame.x + this.frame.width, y2: y, width, color: BLACK });
  }

  private field(b: Field): void {
    const size = b.size ?? (this.tree.layout === 'slip' ? SIZE.wu : BODY);
    this.flow({
      segments: [b.label + '：', b.value || ' '],
      role: b.font ?? 'fang',
      size,
      color: parseColor(b.color),
      align: 'left',
      x: this.frame.x,
      width: this.frame.width,
      underlineSeg: b.underline === false ? undefined : 1,
    });
  }

  private table(t: Table): void {
    const size = (t.size ?? (this.tree.layout === 'slip' ? SIZE.wu : SIZE.xiaosi)) * this.partScale;
    const role: FontRole = t.font ?? 'fang';
    const total = t.columns.reduce((s, c) => s + c, 0);
    const scale = mm(total) > this.frame.width ? this.frame.width / mm(total) : 1;
    const cols = t.columns.map((c) => mm(c) * scale);
    const slip = this.tree.layout === 'slip';
    const padX = mm(1.5),
      padY = mm(slip ? 0.6 : 1) * this.partScale;
    const lh = size * (slip ? 1.3 : 1.45);
    const measure = (row: Table['rows'][number]) => {
      let ci = 0;
      const cells = row.cells.map((c) => {
        const span = Math.max(1, c.span ?? 1);
        const x = this.frame.x + cols.slice(0, ci).reduce((s, w) => s + w, 0);
        const w = cols.slice(ci, ci + span).reduce((s, v) => s + v, 0);
        ci += span;
        const units = toUnits([c.text], this.measureFn(c.font ?? role, c.size ? c.size * this.partScale : size, 0));
        const lines = breakLines(units, () => w - 2 * padX);
        return { c, x, w, lines };
      });
      const h = Math.max(row.height ? mm(row.height) * this.partScale : 0, ...cells.map((c) => Math.max(1, c.lines.length) * lh + 2 * padY));
      return { cells, h };
    };
    const paint = ({ cells, h }: ReturnType<typeof measure>) => {
      const top = this.y,
        start = this.page.items.length;
      for (const { c, x, w, lines } of cells) {
        this.page.items.push({ kind: 'rect', x, y: top, w, h, stroke: BLACK, width: 0.5 });
        const sz = c.size ? c.size * this.partScale : size;
        const block = lines.length * lh;
        let ly = top + (c.header || lines.length <= 1 ? (h - block) / 2 : padY);
        for (const line of lines) {
          const baseline = ly + lh / 2 + 0.36 * sz;
          const align = c.align ?? (c.header ? 'center' : 'left');
          let lx = x + padX;
          if (align === 'center') lx = x + (w - line.width) / 2;
          else if (align === 'right') lx = x + w - padX - line.width;
          for (const u of line.units) lx += this.paintText(u.text, c.font ?? role, sz, lx, baseline, 0, parseColor(c.color ?? t.color));
          ly += lh;
        }
      }
      if (this.bi >= 0 && !this.inPart) this.place({ block: this.bi, kind: 'row', first: false, items: this.page.items.slice(start), top, height: h });
      this.y += h;
    };
    // the head rows go with the first body row, and again at the top of every page the table runs onto
    const headCount = Math.min(t.header_rows ?? 0, t.rows.length);
    const head = t.rows.slice(0, headCount).map(measure);
    const body = t.rows.slice(headCount);
    const first = body[0] ? measure(body[0]) : undefined;
    const headH = head.reduce((s, r) => s + r.h, 0);
    if (head.length) {
      this.ensure(headH + (first?.h ?? 0));
      for (const r of head) paint(r);
    }
    const room = this.frame.bottom - this.frame.top;
    body.forEach((row, i) => {
      const m = i === 0 ? first! : measure(row);
      const before = this.page;
      this.ensure(m.h);
      // a head too tall to share a page with the row is not repeated (it would run off the page)
      if (this.page !== before && headH + m.h <= room) for (const r of head) paint(r);
      paint(m);
    });
  }

  private signature(b: Signature): void {
    const size = b.size ?? (this.tree.layout === 'slip' ? SIZE.wu : BODY);
    const pitch = this.pitchFor(size);
    const before = (b.space_before ?? (b.seal ? 2 : 1)) * pitch;
    const need = before + 2 * pitch;
    // keepSignature has made room, carrying text along when it had to
    this.ensure(need);
    this.y += before;
    const charW = this.gridded && size === BODY ? GB9704.charPitch : size;
    const tc = this.gridded && size === BODY ? GRID_TC : 0;
    const role = b.font ?? 'fang';
    const right = this.frame.x + this.frame.width;
    const dateW = this.textWidth(b.date, role, size, tc);
    // 成文日期 4 characters in from the right; the organ name centred on the date.
    const dateX = right - 4 * charW - dateW;
    const centre = dateX + dateW / 2;
    const orgW = this.textWidth(b.org, role, size, tc);
    const orgX = Math.min(centre - orgW / 2, right - orgW);
    const orgTop = this.y;
    this.paintText(b.org, role, size, orgX, orgTop + pitch / 2 + 0.36 * size, tc, BLACK);
    this.y += pitch;
    this.paintText(b.date, role, size, dateX, this.y + pitch / 2 + 0.36 * size, tc, BLACK);
    this.y += pitch;
    if (b.seal) {
      // Reserved seal zone (V-DOC-1: never a seal image unless the office supplies one).
      const r = mm(b.seal) / 2;
      if (b.seal_png) this.page.items.push({ kind: 'image', x: centre - r, y: orgTop + pitch * 0.6 - r, w: 2 * r, h: 2 * r, png: Buffer.from(b.seal_png, 'base64') });
      else this.page.items.push({ kind: 'circle', cx: centre, cy: orgTop + pitch * 0.6, r, width: 0.4, dash: [2, 3], color: GREY });
    }
  }

  private signers(b: Signers): void {
    const size = b.size ?? (this.tree.layout === 'slip' ? SIZE.wu : BODY);
    const pitch = this.pitchFor(size);
    const n = Math.max(1, b.items.length);
    const colW = this.frame.width / n;
    this.ensure(3 * pitch);
    const top = this.y;
    const role = b.font ?? 'fang';
    b.items.forEach((it, i) => {
      const x = this.frame.x + i * colW;
      this.paintText(it.label, role, size, x, top + pitch / 2 + 0.36 * size, 0, BLACK);
      const date = it.date ?? '年    月    日';
      const dw = this.textWidth(date, role, size);
      this.paintText(date, role, size, x + colW - dw - size, top + 2 * pitch + pitch / 2 + 0.36 * size, 0, BLACK);
    });
    this.y = top + 3 * pitch;
  }

  private part(p: Part): void {
    if (this.slipHalf >= 2) this.newPage();
    const half = this.slipHalf++;
    const top = half * SLIP.partHeight + SLIP.top;
    const bottom = (half + 1) * SLIP.partHeight - SLIP.bottom;
    const left = SLIP.left;
    const right = A4.width - SLIP.right;
    const stripX = right - SLIP.strip;
    // box and the vertical strip with the part label (联单 convention)
    this.page.items.push({ kind: 'rect', x: left, y: top, w: right - left, h: bottom - top, stroke: BLACK, width: 0.5 });
    this.page.items.push({ kind: 'line', x1: stripX, y1: top, x2: stripX, y2: bottom, width: 0.5, color: BLACK });
    const stripChars = [...p.strip.replace(/\s+/g, '')];
    const sSize = Math.min(SIZE.wu, (bottom - top - mm(6)) / Math.max(1, stripChars.length) / 1.1);
    let sy = top + (bottom - top - stripChars.length * sSize * 1.1) / 2;
    for (const ch of stripChars) {
      const w = this.textWidth(ch, 'hei', sSize);
      this.paintText(ch, 'hei', sSize, stripX + (SLIP.strip - w) / 2, sy + sSize * 0.9, 0, BLACK);
      sy += sSize * 1.1;
    }
    const inner: Frame = { x: left + mm(4), top: top + mm(3), width: stripX - left - mm(8), bottom: bottom - mm(2) };
    const saved = this.frame;
    this.frame = inner;
    this.y = inner.top;
    // header: serial top right (red, bold), title centred with the part label beside it
    const serial = `№ ${p.serial}`;
    const serW = this.textWidth(serial, 'hei', SIZE.si);
    this.paintText(serial, 'hei', SIZE.si, inner.x + inner.width - serW, this.y + SIZE.si, 0, RED);
    this.y += SIZE.si * 1.15;
    const tSize = SIZE.xiaoer;
    const labelSize = SIZE.xiaosi;
    const label = p.void ? `（${p.label} 作废）` : `（${p.label}）`;
    const tw = this.textWidth(p.title, 'title', tSize);
    const lw = this.textWidth(label, 'hei', labelSize);
    const tx = inner.x + (inner.width - tw - lw) / 2;
    this.paintText(p.title, 'title', tSize, tx, this.y + tSize, 0, BLACK);
    this.paintText(label, 'hei', labelSize, tx + tw, this.y + tSize, 0, p.void ? RED : BLACK);
    this.y += tSize * 1.45;
    // A part is a fixed half sheet: when the case's texts are long, set the part smaller until it fits.
    const startItems = this.page.items.length,
      startY = this.y;
    this.inPart = true;
    try {
      for (const scale of [1, 0.92, 0.85, 0.78, 0.72]) {
        this.page.items.length = startItems;
        this.y = startY;
        this.partScale = scale;
        for (const c of p.children) this.block(c);
        if (this.y <= inner.bottom + 1) break;
      }
      this.partScales.push(this.partScale);
    } finally {
      this.inPart = false;
      this.partScale = 1;
    }
    if (this.y > inner.bottom + 1) throw new Error(`四联单「${p.label}」内容超出半页（${Math.round(this.y - inner.bottom)} pt）`);
    if (p.void) {
      const vSize = 72;
      const word = '作废';
      const w = this.textWidth(word, 'hei', vSize);
      const cx = inner.x + inner.width / 2,
        cy = (top + bottom) / 2;
      const ang = 20,
        r = (ang * Math.PI) / 180;
      this.paintText(word, 'hei', vSize, cx - (w / 2) * Math.cos(r) - 0.3 * vSize * Math.sin(r), cy + (w / 2) * Math.sin(r) + 0.3 * vSize * Math.cos(r), 0, RED, ang);
    }
    this.frame = saved;
    this.y = (half + 1) * SLIP.partHeight;
  }

  private cut(c: Cut): void {
    // The cut runs along the middle of the sheet; the serial straddles it (骑缝号).
    const y = SLIP.partHeight;
    this.page.items.push({ kind: 'line', x1: mm(4), y1: y, x2: A4.width - mm(4), y2: y, width: 0.6, dash: [4, 3], color: BLACK });
    const text = c.text ?? '沿此线裁开';
    this.paintText(text, 'song', SIZE.wu, mm(8), y - 2.5, 0, BLACK);
    const size = SIZE.si;
    const w = this.textWidth(c.serial, 'hei', size);
    const x = A4.width / 2 - w / 2;
    this.paintText(c.serial, 'hei', size, x, y + 0.36 * size, 0, RED);
    if (c.seal_zone) this.page.items.push({ kind: 'circle', cx: A4.width * 0.75, cy: y, r: mm(20), width: 0.4, dash: [2, 3], color: GREY });
  }

  private image(b: Image): void {
    const w = mm(b.width),
      h = mm(b.height);
    this.ensure(h);
    const x = alignX(this.frame, w, b.align);
    this.page.items.push({ kind: 'image', x, y: this.y, w, h, png: Buffer.from(b.png, 'base64') });
    this.y += h;
  }

  private qr(b: Qr): void {
    const side = mm(b.size ?? 20);
    const capH = b.caption ? SIZE.wu * 1.5 : 0;
    this.ensure(side + capH);
    const x = alignX(this.frame, side, b.align ?? 'left');
    this.qrAt(b.data, x, this.y, side);
    this.y += side;
    if (b.caption) {
      this.paintText(b.caption, 'song', SIZE.wu, x, this.y + SIZE.wu * 1.1, 0, BLACK);
      this.y += capH;
    }
  }

  /** Draw a QR code as filled rectangles (one per horizontal run of dark modules). */
  qrAt(data: string, x: number, y: number, side: number, page = this.page): void {
    const m = qrMatrix(data);
    const n = m.length + 8; // quiet zone of 4 modules
    const s = side / n;
    for (let r = 0; r < m.length; r++) {
      let c = 0;
      while (c < m.length) {
        if (!m[r]![c]) {
          c++;
          continue;
        }
        let e = c;
        while (e < m.length && m[r]![e]) e++;
        page.items.push({ kind: 'rect', x: x + (c + 4) * s, y: y + (r + 4) * s, w: (e - c) * s, h: s, fill: BLACK });
        c = e;
      }
    }
  }

  private pageNumbers(): void {
    const size = SIZE.si;
    this.pages.forEach((page, i) => {
      const text = `— ${i + 1} —`;
      const w = this.textWidth(text, 'song', size);
      const f = this.sheet.frame;
      const y = f.bottom + GB9704.pageNumberDrop + 0.36 * size;
      // odd pages right, even pages left, one character in
      const x = (i + 1) % 2 === 1 ? f.x + f.width - size - w : f.x + size;
      const saved = this.page;
      this.page = page;
      this.paintText(text, 'song', size, x, y, 0, BLACK);
      this.page = saved;
    });
  }

  /** A verification QR in the bottom-left margin of the last page. */
  verifyMark(data: string): void {
    const page = this.pages[this.pages.length - 1]!;
    const side = mm(16);
    this.qrAt(data, mm(8), page.height - mm(8) - side, side, page);
  }
}

/** [...s].length without the array: a surrogate pair is one code point, a lone surrogate one too. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

function alignX(f: Frame, w: number, a?: Align): number {
  if (a === 'center') return f.x + (f.width - w) / 2;
  if (a === 'right') return f.x + f.width - w;
  return f.x;
}

function shiftItem(it: Item, dy: number): void {
  switch (it.kind) {
    case 'text':
      it.y += dy;
      break;
    case 'line':
      it.y1 += dy;
      it.y2 += dy;
      break;
    case 'rect':
    case 'image':
      it.y += dy;
      break;
    case 'circle':
      it.cy += dy;
      break;
  }
}

/**
 * What the DOCX takes from the PDF's own layout: the shrink factor of each slip part, in order, and
 * the top-level blocks that run over a page end by themselves.
 */
export function layoutFacts(tree: DocumentTree, fonts: FontSet): { partScales: number[]; naturalSplits: Set<number> } {
  const c = new Composer(tree, fonts);
  c.compose();
  return { partScales: c.partScales, naturalSplits: c.naturalSplits() };
}

export function composeTree(tree: DocumentTree, fonts: FontSet, verifyData?: string): PageOut[] {
  const c = new Composer(tree, fonts);
  const pages = c.compose();
  if (verifyData) c.verifyMark(verifyData);
  return pages;
}
