// DOCX renderer: the same document tree through the docx package. East Asian run fonts are set
// explicitly (Word otherwise falls back to the theme font), tables carry explicit widths in twips
// (LibreOffice and WPS ignore auto widths), letters get the GB/T 9704 margins, 22 lines of 579 twips
// and "— 1 —" page numbers outside on odd and even pages. Every pitch, indent, cell metric and keep
// decision mirrors the PDF composer (layout/compose.ts, layout/keep.ts), so LibreOffice breaks the
// pages where xf's PDF does (test/forms/page-parity.test.ts). Deterministic: docx's random ids are
// seeded from the document id, and the package is zipped once, with fixed dates (render/docx-zip.ts).
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlign,
  WidthType,
  DocumentGridType,
  HeightRule,
  FrameAnchorType,
  FrameWrap,
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  VerticalPositionAlign,
  VerticalPositionRelativeFrom,
  TextWrappingType,
  Tab,
  TabStopType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { strFromU8 } from 'fflate';
import { createHash } from 'node:crypto';
import type { Align, Block, DocumentTree, Part } from '../model.js';
import { DOCX_FONT_NAME, FontSet, type FontRole } from '../fonts/fontset.js';
import { DocxFonts } from '../fonts/docx-fonts.js';
import { GB9704, SLIP, pageGeometry, pageMargins } from '../layout/geometry.js';
import { keepChains, type Keep } from '../layout/keep.js';
import { NO_END, NO_START } from '../layout/linebreak.js';
import { layoutFacts } from '../layout/compose.js';
import { qrPng } from '../qr.js';
import { zipPackage } from './docx-zip.js';

const TW_PER_MM = 1440 / 25.4;
const tw = (mm: number) => Math.round(mm * TW_PER_MM);
const LINE = 579; // 225 mm / 22 lines, in twips
const BODY_PT = 16;
/** The paragraph style of text set off the line grid (titles, 版记, small type): its own exact pitch, as in the PDF. */
const OFF_GRID = 'XfOffGrid';
const EMU_PER_PT = 12700;
/** The page number's line (exact) and the footer distance that puts its 一字线 7 mm below the type area. */
const FOOTER_LINE = 400;
const FOOTER_DISTANCE = tw(24.5);

type Child = Paragraph | Table;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

function font(role: FontRole) {
  // digits and Latin in the body face too, as the PDF sets them (仿宋's half-width digits, not Times)
  const f = DOCX_FONT_NAME[role];
  return { ascii: f, hAnsi: f, cs: f, eastAsia: f, hint: 'eastAsia' as const };
}

const ASIAN = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}\uFF00-\uFFEF]/u;
const LETTER = /[\p{L}\p{N}]/u;
const LATIN_ALNUM = /[A-Za-z0-9]/;
/** Chinese closing and opening punctuation (full width): where the PDF breaks before or after a Latin word. */
const isCjkPunct = (ch: string, set: Set<number>) => ch.codePointAt(0)! >= 0x3000 && set.has(ch.codePointAt(0)!);

/**
 * Zero-width spaces (no advance, in 仿宋's cmap) where LibreOffice would otherwise set a line
 * differently from the PDF:
 * - LibreOffice puts a fifth of the type size between a Chinese character and a Latin letter or
 *   digit beside it whatever the DOCX says (writerfilter ignores w:autoSpaceDE/DN in paragraphs,
 *   styles and docDefaults alike; nothing in OOXML reaches its ParaIsCharacterDistance), so a line
 *   with dates ends a character early; it leaves the space out where a neighbour is not a letter.
 * - its line breaking (ICU's) does not break between closing punctuation and a number, or a number
 *   and opening punctuation (「。2026」「9（」), where the PDF's does (layout/linebreak.ts).
 * Both are break opportunities in Word and in the PDF already; Word honours autoSpaceDE/DN="0".
 */
export function forLibreOffice(text: string): string {
  let out = '',
    prev = 0,
    last = '';
  for (const ch of text) {
    const side = !LETTER.test(ch) ? 0 : ASIAN.test(ch) ? 1 : 2;
    if ((prev && side && prev !== side) || (isCjkPunct(last, NO_START) && LATIN_ALNUM.test(ch)) || (LATIN_ALNUM.test(last) && isCjkPunct(ch, NO_END))) out += '\u200B';
    out += ch;
    prev = side;
    last = ch;
  }
  return out;
}

function run(text: string, role: FontRole, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text: forLibreOffice(text), font: font(role), size: Math.round(size * 2), language: { eastAsia: 'zh-CN' }, ...extra });
}

const colorOf = (c?: string) => (c === 'red' ? 'CC0D0D' : c && /^#?[0-9a-f]{6}$/i.test(c) ? c.replace('#', '') : undefined);

interface Ctx {
  layout: DocumentTree['layout'];
  /** The 22-line grid of the portrait type area (letters and forms; not slips, not landscape). */
  grid: boolean;
  width: number /* twips */;
  /** Blocks kept with the next one (signature chains, layout/keep.ts); only for the top-level blocks. */
  keep?: Keep;
  /** The shrink factor of each slip part, as the PDF composer chose it to fit the half sheet (top level). */
  partScales?: number[];
  /** Top-level blocks the PDF splits over a page end by themselves (layout/compose.ts naturalSplits). */
  splits?: Set<number>;
  /** Inside a part: its shrink factor, applied to the tables' type, padding and row heights as in the PDF. */
  scale?: number;
}

/**
 * The line pitch of the PDF composer (layout/compose.ts pitchFor), as exact line spacing: 3号 text
 * of a letter or form on the 22-line grid, anything else off the grid at 1.55 × its size (on the
 * grid LibreOffice would round each of its lines up to a whole grid line).
 */
function lineSpacing(size: number, ctx: Ctx): { spacing: { line: number; lineRule: typeof LineRuleType.EXACT }; style?: string } {
  if (ctx.grid && size === BODY_PT) return { spacing: { line: LINE, lineRule: LineRuleType.EXACT } };
  return { spacing: { line: Math.round(size * 20 * 1.55), lineRule: LineRuleType.EXACT }, ...(ctx.grid ? { style: OFF_GRID } : {}) };
}

function textRuns(text: string, role: FontRole, size: number, extra: Partial<IRunOptions> = {}): ParagraphChild[] {
  const parts = text.split('\n');
  return parts.map((p, i) => run(p, role, size, { ...extra, ...(i > 0 ? { break: 1 } : {}) }));
}

/** The section's character pitch (twips): 28 characters to the line of the type area (GB/T 9704). */
function charPitch(ctx: Ctx): number {
  return ctx.width / GB9704.chars;
}

/** One character of indent at `size`: the grid's pitch for 3号 text on the grid, the size otherwise. */
function charTwips(size: number, ctx: Ctx): number {
  return ctx.grid && size === BODY_PT ? charPitch(ctx) : size * 20;
}

/**
 * 28 characters to the 156 mm line (GB/T 9704 §5.2.2): 3号 text on the grid is set 0.25 pt tight
 * (紧缩), as the PDF sets it 0.21 pt tight. Not a linesAndChars grid: below the type size its pitch
 * makes LibreOffice give every character two cells (16 to the line, tried with LibreOffice 7).
 */
const GRID_SPACING = -5;
function tight(size: number, ctx: Ctx): Partial<IRunOptions> {
  return ctx.grid && size === BODY_PT ? { characterSpacing: GRID_SPACING } : {};
}

/**
 * Closing punctuation is pulled back to the line, never hung in the margin, as the PDF composer sets
 * it. LibreOffice reads w:overflowPunct the wrong way round (writerfilter: hanging = val is 0) and,
 * hanging, prints no comma at all; with the element on it pulls back like the PDF (Word would hang it).
 */
const NO_HANG = { overflowPunctuation: true } as const;

/** Paragraph options at a size: the PDF's pitch, and keep-with-next for a signature chain. */
function at(size: number, ctx: Ctx, keepNext = false) {
  const { spacing, style } = lineSpacing(size, ctx);
  return { spacing, ...(style ? { style } : {}), ...(keepNext ? { keepNext: true } : {}), ...NO_HANG };
}

function blocks(list: Block[], ctx: Ctx): Child[] {
  const out: Child[] = [];
  let partsOnSheet = 0;
  const inner: Ctx = { layout: ctx.layout, grid: ctx.grid, width: ctx.width, ...(ctx.scale ? { scale: ctx.scale } : {}) };
  list.forEach((b, bi) => {
    // a block the PDF splits over a page end by itself is not kept with the next: LibreOffice carries
    // a kept paragraph over whole where the PDF (and Word) leave its first lines behind
    const keep = (ctx.keep?.withNext.has(bi) ?? false) && !ctx.splits?.has(bi);
    switch (b.type) {
      case 'heading': {
        const level = b.level ?? 1;
        const size = b.size ?? (level === 1 ? (ctx.layout === 'slip' ? 18 : 22) : BODY_PT);
        const role = b.font ?? (level === 1 ? 'title' : level === 2 ? 'hei' : 'kai');
        // the title's pitch as in the PDF: one grid line (1.5 for a title over 24 pt), then half a line
        const title =
          ctx.layout === 'slip'
            ? { spacing: { line: Math.round(size * 30), lineRule: LineRuleType.EXACT } }
            : { spacing: { line: Math.round(LINE * (size > 24 ? 1.5 : 1)), lineRule: LineRuleType.EXACT, after: Math.round(LINE / 2) }, style: OFF_GRID, ...NO_HANG };
        out.push(
          new Paragraph({
            alignment: ALIGN[b.align ?? (level === 1 ? 'center' : 'left')],
            ...(level === 1 ? title : at(BODY_PT, ctx)),
            ...(keep ? { keepNext: true } : {}),
            ...(level > 1 ? { indent: { firstLine: Math.round(2 * charTwips(size, ctx)) } } : {}),
            children: textRuns(b.text, role, size, { color: colorOf(b.color), ...(level > 1 ? tight(size, ctx) : {}) }),
          }),
        );
        break;
      }
      case 'paragraph': {
        const size = b.size ?? (ctx.layout === 'slip' ? 10.5 : BODY_PT);
        const charTw = charTwips(size, ctx);
        const indent = b.indent ?? (b.align && b.align !== 'justify' && b.align !== 'left' ? 0 : 2);
        const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
        out.push(
          new Paragraph({
            alignment: ALIGN[b.align ?? 'justify'],
            ...at(size, ctx, keep),
            // floor: an indent a hair wider than the PDF's would cost the first line a character
            indent: { firstLine: Math.floor(indent * charTw), left: Math.floor((b.hang ?? 0) * charTw) },
            ...(b.rule_above || b.rule_below ? { border: { ...(b.rule_above ? { top: rule } : {}), ...(b.rule_below ? { bottom: rule } : {}) } } : {}),
            // the 版记 sits on the bottom edge of the type area (GB/T 9704 §7.4), as in the PDF
            ...(b.bottom && ctx.layout !== 'slip'
              ? {
                  frame: {
                    type: 'alignment' as const,
                    width: Math.round(ctx.width),
                    anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.MARGIN },
                    alignment: { x: HorizontalPositionAlign.LEFT, y: VerticalPositionAlign.BOTTOM },
                    wrap: FrameWrap.AROUND,
                  },
                }
              : {}),
            children: textRuns(b.text, b.font ?? 'fang', size, { color: colorOf(b.color), bold: b.bold, ...tight(size, ctx) }),
          }),
        );
        break;
      }
      case 'field': {
        const size = b.size ?? (ctx.layout === 'slip' ? 10.5 : BODY_PT);
        out.push(
          new Paragraph({
            ...at(size, ctx, keep),
            children: [
              run(`${b.label}：`, b.font ?? 'fang', size, tight(size, ctx)),
              run(b.value || '\u3000\u3000\u3000\u3000', b.font ?? 'fang', size, { ...tight(size, ctx), ...(b.underline === false ? {} : { underline: {} }) }),
            ],
          }),
        );
        break;
      }
      case 'table':
        out.push(table(b, ctx, keep));
        break;
      case 'signature': {
        const size = b.size ?? (ctx.layout === 'slip' ? 10.5 : BODY_PT);
        const charTw = charTwips(size, ctx);
        const before = b.space_before ?? (b.seal ? 2 : 1);
        // the block holds together (the PDF sets it as one piece)
        for (let i = 0; i < before; i++) out.push(new Paragraph({ ...at(size, ctx, true), children: [] }));
        // 成文日期 4 characters in from the right; organ name centred on the date (GB/T 9704 7.3.5.1)
        const dateLen = [...b.date].length,
          orgLen = [...b.org].length;
        const orgRight = Math.max(0, 4 + (dateLen - orgLen) / 2);
        // the e-seal floats over organ and date, centred on the date, as the PDF draws it: it takes no room of its own
        const seal: ParagraphChild[] = [];
        if (b.seal_png && b.seal) {
          const d = (b.seal / 25.4) * 72; // points
          const pitch = lineSpacing(size, ctx).spacing.line / 20;
          const centreX = ctx.width / 20 - (4 + dateLen / 2) * (charTw / 20);
          seal.push(
            new ImageRun({
              type: 'png',
              data: Buffer.from(b.seal_png, 'base64'),
              transformation: { width: Math.round((d / 72) * 96), height: Math.round((d / 72) * 96) },
              floating: {
                horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, offset: Math.round((centreX - d / 2) * EMU_PER_PT) },
                verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: Math.round((pitch * 0.6 - d / 2) * EMU_PER_PT) },
                allowOverlap: true,
                wrap: { type: TextWrappingType.NONE },
              },
            }),
          );
        }
        out.push(
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            ...at(size, ctx, true),
            indent: { right: Math.round(orgRight * charTw) },
            children: [...seal, run(b.org, b.font ?? 'fang', size, tight(size, ctx))],
          }),
        );
        out.push(new Paragraph({ alignment: AlignmentType.RIGHT, ...at(size, ctx), indent: { right: Math.round(4 * charTw) }, children: [run(b.date, b.font ?? 'fang', size, tight(size, ctx))] }));
        break;
      }
      case 'signers': {
        // paragraphs on tab stops, not a table: Word and LibreOffice keep paragraphs with the next
        // one (the organ's signature after the signers), a table they let go
        const size = b.size ?? (ctx.layout === 'slip' ? 10.5 : BODY_PT);
        const role = b.font ?? 'fang';
        const n = Math.max(1, b.items.length);
        const colW = Math.floor(ctx.width / n);
        const left = b.items.slice(1).map((_, i) => ({ type: TabStopType.LEFT, position: (i + 1) * colW }));
        const right = b.items.map((_, i) => ({ type: TabStopType.RIGHT, position: (i + 1) * colW - Math.round(size * 20) }));
        const line = (cells: string[], lead: boolean): ParagraphChild[] => cells.flatMap((t, i) => [...(i > 0 || lead ? [new TextRun({ children: [new Tab()] })] : []), run(t, role, size)]);
        // docx writes w:overflowPunct before w:tabs, out of CT_PPrBase's order: short labels never hang anyway
        const sat = (keepNext: boolean) => ({ ...at(size, ctx, keepNext), overflowPunctuation: undefined });
        out.push(
          new Paragraph({
            ...sat(true),
            tabStops: left,
            children: line(
              b.items.map((it) => it.label),
              false,
            ),
          }),
        );
        out.push(new Paragraph({ ...at(size, ctx, true), children: [] }));
        out.push(
          new Paragraph({
            ...sat(keep),
            tabStops: right,
            children: line(
              b.items.map((it) => it.date ?? '年    月    日'),
              true,
            ),
          }),
        );
        break;
      }
      case 'part':
        if (partsOnSheet === 2) {
          out.push(sheetBreak());
          partsOnSheet = 0;
        } else if (partsOnSheet === 1 && list[bi - 1]?.type !== 'cut') out.push(partGap(false));
        out.push(part(b, { ...inner, scale: ctx.partScales?.[list.slice(0, bi).filter((x) => x.type === 'part').length] ?? 1 }));
        partsOnSheet++;
        break;
      case 'cut':
        // the cut runs along the middle of the sheet (148.5 mm): the part above ends SLIP.bottom above it
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { line: tw(SLIP.bottom / MM_PT), lineRule: LineRuleType.EXACT },
            border: { bottom: { style: BorderStyle.DASHED, size: 6, color: '000000', space: 0 } },
            children: [run(`${b.text ?? '沿此线裁开'}\u3000\u3000`, 'song', 10.5), run(b.serial, 'hei', 14, { color: 'CC0D0D' })],
          }),
          partGap(true),
        );
        break;
      case 'page_break':
        out.push(sheetBreak(ctx));
        partsOnSheet = 0;
        break;
      case 'spacer':
        for (let i = 0; i < (b.lines ?? 1); i++) out.push(new Paragraph({ ...at(BODY_PT, ctx, keep), children: [] }));
        break;
      case 'image':
        out.push(
          new Paragraph({
            alignment: ALIGN[b.align ?? 'left'],
            children: [new ImageRun({ type: 'png', data: Buffer.from(b.png, 'base64'), transformation: { width: Math.round((b.width / 25.4) * 96), height: Math.round((b.height / 25.4) * 96) } })],
          }),
        );
        break;
      case 'qr': {
        const side = Math.round(((b.size ?? 20) / 25.4) * 96);
        out.push(new Paragraph({ alignment: ALIGN[b.align ?? 'left'], children: [new ImageRun({ type: 'png', data: qrPng(b.data), transformation: { width: side, height: side } })] }));
        if (b.caption) out.push(new Paragraph({ alignment: ALIGN[b.align ?? 'left'], children: [run(b.caption, 'song', 10.5)] }));
        break;
      }
    }
  });
  return out;
}

/** Points per millimetre. */
const MM_PT = 72 / 25.4;

/**
 * A new page without a blank line on it: a paragraph that starts the page and is one point tall
 * (a page-break character leaves its paragraph's empty line at the top of the next page).
 */
function sheetBreak(ctx?: Ctx): Paragraph {
  return new Paragraph({ pageBreakBefore: true, spacing: { line: 20, lineRule: LineRuleType.EXACT }, ...(ctx && ctx.layout !== 'slip' ? { style: OFF_GRID } : {}), children: [] });
}

/** The gap between the cut (or the sheet's top part) and the next part: the part's top margin, as in the PDF. */
function partGap(afterCut: boolean): Paragraph {
  // after a cut: SLIP.top below the cut line; without one, the two half-sheet margins
  const mm = afterCut ? SLIP.top / MM_PT : (SLIP.top + SLIP.bottom) / MM_PT;
  return new Paragraph({ spacing: { line: tw(mm), lineRule: LineRuleType.EXACT }, children: [] });
}

function table(t: Extract<Block, { type: 'table' }>, ctx: Ctx, keepLast = false): Table {
  const k = ctx.scale ?? 1;
  const size = (t.size ?? (ctx.layout === 'slip' ? 10.5 : 12)) * k;
  const total = t.columns.reduce((s, c) => s + c, 0);
  const scale = tw(total) > ctx.width ? ctx.width / tw(total) : 1;
  const cols = t.columns.map((c) => Math.floor(tw(c) * scale));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  // the PDF composer's cell metrics: lines at 1.45 × the size (1.3 on a slip), 1 mm above and below (0.6 on a slip)
  const slip = ctx.layout === 'slip';
  const lh = slip ? 1.3 : 1.45;
  // LibreOffice counts a row's border (0.5 pt) into its height, the PDF draws it on the row's edge:
  // the cell's top and bottom margins give it back (the PDF's 2 × padding less one border)
  const padTotal = Math.round(2 * (slip ? 0.6 : 1) * k * TW_PER_MM - 10);
  const padTop = Math.ceil(padTotal / 2),
    padBottom = padTotal - padTop;
  return new Table({
    width: { size: cols.reduce((s, c) => s + c, 0), type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: t.rows.map((r, ri) => {
      let ci = 0;
      return new TableRow({
        // rows never split in the PDF either; the last row goes with a signature that follows
        cantSplit: true,
        ...(keepLast && ri === t.rows.length - 1 ? { keepNext: true } : {}),
        ...(ri < (t.header_rows ?? 0) ? { tableHeader: true } : {}),
        ...(r.height ? { height: { value: tw(r.height * k), rule: HeightRule.ATLEAST } } : {}),
        children: r.cells.map((c) => {
          const span = Math.max(1, c.span ?? 1);
          const w = cols.slice(ci, ci + span).reduce((s, v) => s + v, 0);
          ci += span;
          return new TableCell({
            width: { size: w, type: WidthType.DXA },
            ...(span > 1 ? { columnSpan: span } : {}),
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: tw(1.5), right: tw(1.5), top: padTop, bottom: padBottom },
            children: [
              new Paragraph({
                ...NO_HANG,
                alignment: ALIGN[c.align ?? (c.header ? 'center' : 'left')],
                spacing: { line: Math.round((c.size ? c.size * k : size) * 20 * lh), lineRule: LineRuleType.EXACT },
                children: textRuns(c.text, c.font ?? t.font ?? 'fang', c.size ? c.size * k : size, { color: colorOf(c.color ?? t.color), bold: c.bold }),
              }),
            ],
          });
        }),
      });
    }),
  });
}

/**
 * One part of a multi-part slip: the content beside a narrow vertical strip carrying the part label.
 * Its row is exactly the PDF's half-sheet box (148.5 mm less the margins above and below it), so the
 * cut falls on the middle of the sheet.
 */
function part(p: Part, ctx: Ctx): Table {
  const strip = tw(10);
  const main = ctx.width - strip;
  const inner: Ctx = { ...ctx, width: main - tw(4) };
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const header: Child[] = [
    new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(`№ ${p.serial}`, 'hei', 14, { color: 'CC0D0D', bold: true })] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [run(p.title, 'title', 18), run(`（${p.label}）`, 'hei', 12, p.void ? { color: 'CC0D0D' } : {})],
    }),
  ];
  if (p.void) header.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run('作  废', 'hei', 36, { color: 'CC0D0D' })] }));
  return new Table({
    width: { size: ctx.width, type: WidthType.DXA },
    columnWidths: [main, strip],
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: tw((SLIP.partHeight - SLIP.top - SLIP.bottom) / MM_PT), rule: HeightRule.EXACT },
        children: [
          new TableCell({
            width: { size: main, type: WidthType.DXA },
            margins: { left: tw(2), right: tw(2), top: tw(1), bottom: tw(1) },
            children: [...header, ...blocks(p.children, inner), new Paragraph({ children: [] })],
          }),
          new TableCell({
            width: { size: strip, type: WidthType.DXA },
            textDirection: TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT,
            verticalAlign: VerticalAlign.CENTER,
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(p.strip, 'hei', 10.5)] })],
          }),
        ],
      }),
    ],
  });
}

/**
 * "— n —" in 4号: its 一字线 7 mm below the type area (GB/T 9704 §7.5), as the PDF sets it. The
 * footer distance puts the line's box where the PDF's baseline and dash are; outside 1 character.
 */
function pageNumberFooter(align: 'left' | 'right'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { line: FOOTER_LINE, lineRule: LineRuleType.EXACT },
        indent: align === 'right' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('song'), size: 28 })],
      }),
    ],
  });
}

/**
 * docx draws ids from Math.random: seed it for the duration of one build. The build is synchronous
 * (the document made and its parts compiled), so nothing else can draw from the seeded generator.
 */
function withSeededRandom<T>(seed: string, fn: () => T): T {
  const h = createHash('sha256').update(seed).digest();
  let s = h.readUInt32LE(0) || 1;
  const orig = Math.random;
  Math.random = () => {
    // mulberry32
    s = (s + 0x6d2b79f5) | 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = orig;
  }
}

/** The package's parts by path, in zip order, as docx's compiler gives them before zipping. */
type Parts = Map<string, string | Uint8Array>;
interface Compiler {
  compile(file: Document): Parts;
  formatter: { format(component: unknown, context: unknown): unknown };
}

/**
 * docx's compiler (Packer.toBuffer would zip its parts, and xf unzip them to patch), an instance of
 * xf's own. Its theme and styles are the same in every document xf writes (they follow from the
 * Document options, not from the text), yet formatting them is a third of docx's work: the XML
 * of the first document is kept and reused, the compiler given a stub to format in their place.
 */
const compiler: Compiler = new ((Packer as unknown as { compiler: Compiler }).compiler.constructor as new () => Compiler)();
const STUB = { 'xf:reused': {} };
const stubbed = new Set<unknown>();
const formatPart = compiler.formatter.format.bind(compiler.formatter);
compiler.formatter.format = (component, context) => (stubbed.has(component) ? STUB : formatPart(component, context));
const reusedParts = new Map<string, string | Uint8Array>();

/** Compile the document; the parts named in `reuse` (path → the component it is made from, and what decides it) come from the first document compiled. */
function compileParts(doc: Document, reuse: { path: string; component: unknown; key: string }[]): Parts {
  const known = reuse.filter((r) => reusedParts.has(`${r.path}\u0000${r.key}`));
  for (const r of known) stubbed.add(r.component);
  let parts: Parts;
  try {
    parts = compiler.compile(doc);
  } finally {
    stubbed.clear();
  }
  for (const r of reuse) {
    const k = `${r.path}\u0000${r.key}`;
    if (known.includes(r)) parts.set(r.path, reusedParts.get(k)!);
    else if (parts.has(r.path)) reusedParts.set(k, parts.get(r.path)!);
  }
  return parts;
}

/** pPr children that come after snapToGrid in CT_PPrBase's sequence: the element goes before the first. */
const AFTER_SNAP = /<w:(spacing|ind|contextualSpacing|mirrorIndents|suppressOverlap|jc|textDirection|textAlignment|textboxTightWrap|outlineLvl|divId|cnfStyle|rPr|sectPr|pPrChange)\b|<\/w:pPr>/;

/**
 * Text in table cells does not snap to the section's line grid: LibreOffice and Word otherwise set
 * every cell line on a full 28.95 pt grid line, and a 送达回证's or 登记表's table grows by a third
 * (the PDF sets cell text at 1.3 × its size). docx has no paragraph-level snapToGrid, so it is
 * written here, into each pPr inside a w:tc.
 */
export function tableTextOffGrid(xml: string): string {
  let depth = 0;
  return xml.replace(/<w:tc>|<\/w:tc>|<w:pPr>([\s\S]*?)<\/w:pPr>/g, (m, body: string | undefined) => {
    if (m === '<w:tc>') {
      depth++;
      return m;
    }
    if (m === '</w:tc>') {
      depth--;
      return m;
    }
    if (depth === 0 || body!.includes('<w:snapToGrid')) return m;
    const inner = `${body!}</w:pPr>`;
    const at = inner.search(AFTER_SNAP);
    return `<w:pPr>${inner.slice(0, at)}<w:snapToGrid w:val="0"/>${inner.slice(at)}`;
  });
}

/**
 * Paragraph defaults that make Word and LibreOffice break lines and pages as the PDF composer does:
 * widow and orphan control (two lines), no extra space between Chinese and Latin/digits, closing
 * punctuation pulled back rather than hung in the margin; the Normal style at 3号 (the grid's
 * character pitch is counted from its size); the off-grid style of titles and small type.
 */
export function gridStyles(xml: string): string {
  const ppr = '<w:pPrDefault><w:pPr><w:widowControl/><w:overflowPunct w:val="0"/><w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/></w:pPr></w:pPrDefault>';
  const normal = `<w:rPr><w:sz w:val="${BODY_PT * 2}"/><w:szCs w:val="${BODY_PT * 2}"/></w:rPr>`;
  const offGrid = `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${OFF_GRID}"><w:name w:val="xf off grid"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>`;
  return xml
    .replace(/<w:pPrDefault\/>|<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/, ppr)
    .replace(/(<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"\/><w:qFormat\/>)(<\/w:style>)/, `$1${normal}$2`)
    .replace('</w:styles>', `${offGrid}</w:styles>`);
}

/**
 * The package patched and zipped in one pass: fixed timestamps (dcterms dates from the document,
 * zip entries at that date), the fonts (fonts/docx-fonts.ts), the grid styles and table text off
 * the grid, drawings numbered per document.
 */
function packageParts(files: Parts, isoDate: string, fonts: FontSet): Uint8Array {
  const text = (name: string): string | undefined => {
    const v = files.get(name);
    return v === undefined ? undefined : typeof v === 'string' ? v : strFromU8(v);
  };
  // fallback faces named in the runs, the font table filled, the faces used embedded (fonts/docx-fonts.ts)
  const df = new DocxFonts(fonts);
  for (const name of [...files.keys()].sort()) {
    if (/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) files.set(name, df.rewriteRuns(text(name)!));
  }
  df.apply(files);
  const stamp = `${isoDate}T00:00:00Z`;
  const core = text('docProps/core.xml');
  if (core !== undefined) files.set('docProps/core.xml', core.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`));
  const doc = text('word/document.xml');
  if (doc !== undefined) files.set('word/document.xml', tableTextOffGrid(doc));
  const styles = text('word/styles.xml');
  if (styles !== undefined) files.set('word/styles.xml', gridStyles(styles));
  // docx numbers drawings with a process-wide counter: renumber them per document
  let docPr = 0;
  for (const name of [...files.keys()].sort()) {
    if (!/^word\/.*\.xml$/.test(name)) continue;
    const xml = text(name)!;
    if (xml.includes('<wp:docPr'))
      files.set(
        name,
        xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++docPr}"`),
      );
  }
  return zipPackage(files, isoDate);
}

export async function renderDocx(tree: DocumentTree, opts: { verify?: string; fonts?: FontSet } = {}): Promise<Uint8Array> {
  const letter = tree.layout !== 'slip';
  const landscape = letter && tree.orientation === 'landscape';
  // the GB/T 9704 margins of the PDF's own geometry (points → twips), turned with the sheet
  const g = pageGeometry(landscape ? 'landscape' : 'portrait');
  const m = pageMargins(g);
  const twp = (pt: number) => Math.round(pt * 20);
  const margin = !letter
    ? { top: tw(SLIP.top / MM_PT), bottom: tw(8), left: tw(SLIP.left / MM_PT), right: tw(SLIP.right / MM_PT), header: 400, footer: 400 }
    : { top: twp(m.top), bottom: twp(m.bottom), left: twp(m.left), right: twp(m.right), header: 851, footer: FOOTER_DISTANCE };
  const width = twp(g.width) - margin.left - margin.right;
  const fonts = opts.fonts ?? new FontSet();
  const facts = layoutFacts(tree, fonts);
  const ctx: Ctx = { layout: tree.layout, grid: letter && !landscape, width, keep: keepChains(tree.blocks), partScales: facts.partScales, splits: facts.naturalSplits };
  const children = blocks(tree.blocks, ctx);
  if (opts.verify) children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: qrPng(opts.verify), transformation: { width: 60, height: 60 } })] }));
  const styles = { default: { document: { run: { font: font('fang'), size: BODY_PT * 2, language: { eastAsia: 'zh-CN' } } } } };
  const parts = withSeededRandom(tree.meta.id, () => {
    const doc = new Document({
      creator: 'xf',
      lastModifiedBy: 'xf',
      title: tree.meta.title,
      ...(tree.meta.subject ? { subject: tree.meta.subject } : {}),
      evenAndOddHeaderAndFooters: !!tree.page_numbers,
      styles,
      sections: [
        {
          properties: {
            page: { size: { width: 11906, height: 16838, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) }, margin },
            // the 22-line grid belongs to the portrait type area; its 28 characters come from GRID_SPACING
            ...(ctx.grid ? { grid: { linePitch: LINE, type: DocumentGridType.LINES } } : {}),
          },
          ...(tree.page_numbers ? { footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') } } : {}),
          children,
        },
      ],
    });
    return compileParts(doc, [
      { path: 'word/theme/theme1.xml', component: doc.Theme, key: '' },
      { path: 'word/styles.xml', component: doc.Styles, key: JSON.stringify(styles) },
    ]);
  });
  return packageParts(parts, tree.meta.date, fonts);
}
