// DOCX renderer: the same document tree through the docx package. East Asian run fonts are set
// explicitly (Word otherwise falls back to the theme font), tables carry explicit widths in twips
// (LibreOffice and WPS ignore auto widths), letters get the GB/T 9704 margins, 22 lines of 579 twips
// and "— 1 —" page numbers outside on odd and even pages. Deterministic: docx's random ids are
// seeded from the document id, and the package is re-zipped with fixed dates.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageBreak,
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
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { createHash } from 'node:crypto';
import type { Align, Block, DocumentTree, Part } from '../model.js';
import { DOCX_FONT_NAME, FontSet, type FontRole } from '../fonts/fontset.js';
import { DocxFonts } from '../fonts/docx-fonts.js';
import { pageGeometry, pageMargins } from '../layout/geometry.js';
import { qrPng } from '../qr.js';
import { fixZipTimesInBuffer } from '../../ledger/zip-times.js';

const TW_PER_MM = 1440 / 25.4;
const tw = (mm: number) => Math.round(mm * TW_PER_MM);
const LINE = 579; // 225 mm / 22 lines, in twips
const BODY_PT = 16;
const CHAR_TW = 320; // one 3号 character

type Child = Paragraph | Table;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

function font(role: FontRole) {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: DOCX_FONT_NAME[role], hint: 'eastAsia' as const };
}

function run(text: string, role: FontRole, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: font(role), size: Math.round(size * 2), language: { eastAsia: 'zh-CN' }, ...extra });
}

const colorOf = (c?: string) => (c === 'red' ? 'CC0D0D' : c && /^#?[0-9a-f]{6}$/i.test(c) ? c.replace('#', '') : undefined);

interface Ctx {
  layout: DocumentTree['layout'];
  width: number /* twips */;
}

function lineSpacing(size: number, ctx: Ctx) {
  return ctx.layout !== 'slip' && size === BODY_PT ? { line: LINE, lineRule: LineRuleType.EXACT } : { line: Math.round(size * 20 * 1.45), lineRule: LineRuleType.AT_LEAST };
}

function textRuns(text: string, role: FontRole, size: number, extra: Partial<IRunOptions> = {}): ParagraphChild[] {
  const parts = text.split('\n');
  return parts.map((p, i) => run(p, role, size, { ...extra, ...(i > 0 ? { break: 1 } : {}) }));
}

function blocks(list: Block[], ctx: Ctx): Child[] {
  const out: Child[] = [];
  let partsOnSheet = 0;
  for (const b of list) {
    switch (b.type) {
      case 'heading': {
        const level = b.level ?? 1;
        const size = b.size ?? (level === 1 ? (ctx.layout === 'slip' ? 18 : 22) : BODY_PT);
        const role = b.font ?? (level === 1 ? 'title' : level === 2 ? 'hei' : 'kai');
        out.push(
          new Paragraph({
            alignment: ALIGN[b.align ?? (level === 1 ? 'center' : 'left')],
            spacing: { ...lineSpacing(level === 1 ? size : BODY_PT, ctx), after: level === 1 && ctx.layout !== 'slip' ? Math.round(LINE / 2) : 0 },
            ...(level > 1 ? { indent: { firstLine: 2 * CHAR_TW } } : {}),
            children: textRuns(b.text, role, size, { color: colorOf(b.color) }),
          }),
        );
        break;
      }
      case 'paragraph': {
        const size = b.size ?? (ctx.layout === 'slip' ? 10.5 : BODY_PT);
        const charTw = size * 20;
        const indent = b.indent ?? (b.align && b.align !== 'justify' && b.align !== 'left' ? 0 : 2);
        const rule = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 };
        out.push(
          new Paragraph({
            alignment: ALIGN[b.align ?? 'justify'],
            spacing: lineSpacing(size, ctx),
            indent: { firstLine: Math.round(indent * charTw), left: Math.round((b.hang ?? 0) * charTw) },
            ...(b.rule_above || b.rule_below ? { border: { ...(b.rule_above ? { top: rule } : {}), ...(b.rule_below ? { bottom: rule } : {}) } } : {}),
            children: textRuns(b.text, b.font ?? 'fang', size, { color: colorOf(b.color), bold: b.bold }),
          }),
        );
        break;
      }
      case 'field': {
        const size = b.size ?? (ctx.layout === 'slip' ? 10.5 : BODY_PT);
        out.push(
          new Paragraph({
            spacing: lineSpacing(size, ctx),
            children: [run(`${b.label}：`, b.font ?? 'fang', size), run(b.value || '\u3000\u3000\u3000\u3000', b.font ?? 'fang', size, b.underline === false ? {} : { underline: {} })],
          }),
        );
        break;
      }
      case 'table':
        out.push(table(b, ctx));
        break;
      case 'signature': {
        const size = b.size ?? (ctx.layout === 'slip' ? 10.5 : BODY_PT);
        const charTw = size * 20;
        const before = b.space_before ?? (b.seal ? 2 : 1);
        for (let i = 0; i < before; i++) out.push(new Paragraph({ spacing: lineSpacing(size, ctx), children: [] }));
        // 成文日期 4 characters in from the right; organ name centred on the date (GB/T 9704 7.3.5.1)
        const dateLen = [...b.date].length,
          orgLen = [...b.org].length;
        const orgRight = Math.max(0, 4 + (dateLen - orgLen) / 2);
        if (b.seal_png && b.seal) {
          const px = Math.round((b.seal / 25.4) * 96);
          out.push(
            new Paragraph({
              alignment: AlignmentType.RIGHT,
              indent: { right: Math.round((4 + dateLen / 2) * charTw - (b.seal / 25.4) * 720) },
              children: [new ImageRun({ type: 'png', data: Buffer.from(b.seal_png, 'base64'), transformation: { width: px, height: px } })],
            }),
          );
        }
        out.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: lineSpacing(size, ctx), indent: { right: Math.round(orgRight * charTw) }, children: [run(b.org, b.font ?? 'fang', size)] }));
        out.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: lineSpacing(size, ctx), indent: { right: 4 * charTw }, children: [run(b.date, b.font ?? 'fang', size)] }));
        break;
      }
      case 'signers': {
        const size = b.size ?? (ctx.layout === 'slip' ? 10.5 : BODY_PT);
        const n = Math.max(1, b.items.length);
        const w = Math.floor(ctx.width / n);
        const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
        out.push(
          new Table({
            width: { size: w * n, type: WidthType.DXA },
            columnWidths: b.items.map(() => w),
            layout: TableLayoutType.FIXED,
            borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
            rows: [
              new TableRow({
                children: b.items.map(
                  (it) =>
                    new TableCell({
                      width: { size: w, type: WidthType.DXA },
                      children: [
                        new Paragraph({ spacing: lineSpacing(size, ctx), children: [run(it.label, b.font ?? 'fang', size)] }),
                        new Paragraph({ spacing: lineSpacing(size, ctx), children: [] }),
                        new Paragraph({
                          alignment: AlignmentType.RIGHT,
                          spacing: lineSpacing(size, ctx),
                          indent: { right: Math.round(size * 20) },
                          children: [run(it.date ?? '年    月    日', b.font ?? 'fang', size)],
                        }),
                      ],
                    }),
                ),
              }),
            ],
          }),
        );
        break;
      }
      case 'part':
        if (partsOnSheet === 2) {
          out.push(new Paragraph({ children: [new PageBreak()] }));
          partsOnSheet = 0;
        }
        out.push(part(b, ctx));
        partsOnSheet++;
        break;
      case 'cut':
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 120, after: 120 },
            border: { bottom: { style: BorderStyle.DASHED, size: 6, color: '000000', space: 1 } },
            children: [run(`${b.text ?? '沿此线裁开'}\u3000\u3000`, 'song', 10.5), run(b.serial, 'hei', 14, { color: 'CC0D0D' })],
          }),
        );
        break;
      case 'page_break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        partsOnSheet = 0;
        break;
      case 'spacer':
        for (let i = 0; i < (b.lines ?? 1); i++) out.push(new Paragraph({ spacing: lineSpacing(BODY_PT, ctx), children: [] }));
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
  }
  return out;
}

function table(t: Extract<Block, { type: 'table' }>, ctx: Ctx): Table {
  const size = t.size ?? (ctx.layout === 'slip' ? 10.5 : 12);
  const total = t.columns.reduce((s, c) => s + c, 0);
  const scale = tw(total) > ctx.width ? ctx.width / tw(total) : 1;
  const cols = t.columns.map((c) => Math.floor(tw(c) * scale));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: cols.reduce((s, c) => s + c, 0), type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: t.rows.map((r, ri) => {
      let ci = 0;
      return new TableRow({
        ...(ri < (t.header_rows ?? 0) ? { tableHeader: true } : {}),
        ...(r.height ? { height: { value: tw(r.height), rule: HeightRule.ATLEAST } } : {}),
        children: r.cells.map((c) => {
          const span = Math.max(1, c.span ?? 1);
          const w = cols.slice(ci, ci + span).reduce((s, v) => s + v, 0);
          ci += span;
          return new TableCell({
            width: { size: w, type: WidthType.DXA },
            ...(span > 1 ? { columnSpan: span } : {}),
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: tw(1.5), right: tw(1.5), top: tw(0.8), bottom: tw(0.8) },
            children: [
              new Paragraph({
                alignment: ALIGN[c.align ?? (c.header ? 'center' : 'left')],
                spacing: { line: Math.round((c.size ?? size) * 20 * 1.3), lineRule: LineRuleType.AT_LEAST },
                children: textRuns(c.text, c.font ?? t.font ?? 'fang', c.size ?? size, { color: colorOf(c.color ?? t.color), bold: c.bold }),
              }),
            ],
          });
        }),
      });
    }),
  });
}

/** One part of a multi-part slip: the content beside a narrow vertical strip carrying the part label. */
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

function pageNumberFooter(align: 'left' | 'right'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: 280 } : { left: 280 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('song'), size: 28 })],
      }),
    ],
  });
}

/** docx draws ids from Math.random: seed it for the duration of one build (single-threaded). */
async function withSeededRandom<T>(seed: string, fn: () => Promise<T>): Promise<T> {
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
    return await fn();
  } finally {
    Math.random = orig;
  }
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

/** Fixed timestamps inside the package: dcterms dates from the document, zip entries at that date. */
function normalisePackage(bytes: Uint8Array, isoDate: string, fonts: FontSet): Uint8Array {
  const files = unzipSync(bytes);
  // fallback faces named in the runs, the font table filled, the faces used embedded (fonts/docx-fonts.ts)
  const df = new DocxFonts(fonts);
  for (const name of Object.keys(files).sort()) {
    if (/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) files[name] = strToU8(df.rewriteRuns(strFromU8(files[name]!)));
  }
  df.apply(files);
  const stamp = `${isoDate}T00:00:00Z`;
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`));
  const doc = files['word/document.xml'];
  if (doc) files['word/document.xml'] = strToU8(tableTextOffGrid(strFromU8(doc)));
  // docx numbers drawings with a process-wide counter: renumber them per document
  let docPr = 0;
  for (const name of Object.keys(files).sort()) {
    if (!/^word\/.*\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]!);
    if (xml.includes('<wp:docPr')) files[name] = strToU8(xml.replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++docPr}"`));
  }
  // fflate writes entry times in the machine's local time: stamp the DOS date from the ISO date itself
  const entries: Record<string, [Uint8Array, { level: 6 }]> = {};
  for (const name of Object.keys(files)) entries[name] = [files[name]!, { level: 6 }];
  const zip = zipSync(entries);
  return new Uint8Array(fixZipTimesInBuffer(Buffer.from(zip.buffer, zip.byteOffset, zip.length), isoDate));
}

export async function renderDocx(tree: DocumentTree, opts: { verify?: string; fonts?: FontSet } = {}): Promise<Uint8Array> {
  const letter = tree.layout !== 'slip';
  const landscape = letter && tree.orientation === 'landscape';
  // the GB/T 9704 margins of the PDF's own geometry (points → twips), turned with the sheet
  const g = pageGeometry(landscape ? 'landscape' : 'portrait');
  const m = pageMargins(g);
  const twp = (pt: number) => Math.round(pt * 20);
  const margin = !letter
    ? { top: tw(8), bottom: tw(8), left: tw(14), right: tw(10), header: 400, footer: 400 }
    : { top: twp(m.top), bottom: twp(m.bottom), left: twp(m.left), right: twp(m.right), header: 851, footer: 992 };
  const width = twp(g.width) - margin.left - margin.right;
  const ctx: Ctx = { layout: tree.layout, width };
  const children = blocks(tree.blocks, ctx);
  if (opts.verify) children.push(new Paragraph({ children: [new ImageRun({ type: 'png', data: qrPng(opts.verify), transformation: { width: 60, height: 60 } })] }));
  const bytes = await withSeededRandom(tree.meta.id, async () => {
    const doc = new Document({
      creator: 'xf',
      lastModifiedBy: 'xf',
      title: tree.meta.title,
      ...(tree.meta.subject ? { subject: tree.meta.subject } : {}),
      evenAndOddHeaderAndFooters: !!tree.page_numbers,
      styles: { default: { document: { run: { font: font('fang'), size: BODY_PT * 2, language: { eastAsia: 'zh-CN' } } } } },
      sections: [
        {
          properties: {
            page: { size: { width: 11906, height: 16838, ...(landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) }, margin },
            // the 22-line grid belongs to the portrait type area
            ...(letter && !landscape ? { grid: { linePitch: LINE, type: DocumentGridType.LINES } } : {}),
          },
          ...(tree.page_numbers ? { footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') } } : {}),
          children,
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  });
  return normalisePackage(bytes, tree.meta.date, opts.fonts ?? new FontSet());
}
