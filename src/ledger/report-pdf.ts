// The quarterly report as a PDF through the forms' document engine (same tree, fonts and renderer as
// every form): title, summary, tables, the three charts and the definitions.
import { formatDateZh } from '../domain/format.js';
import { FontSet } from '../forms/fonts/fontset.js';
import type { Block, DocumentTree, Row } from '../forms/model.js';
import { renderPdf } from '../forms/render/pdf.js';
import { composeTree } from '../forms/layout/compose.js';
import { GB9704, mm } from '../forms/layout/geometry.js';
import type { OfficeConfig } from '../domain/config.js';
import { cellText, DEFINITIONS, reportTitle, summaryText, type ReportTable } from './report-tables.js';
import type { QuarterlyFigures } from './quarterly.js';
import type { ChartImage } from './report-xlsx.js';

const NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const CHART_WIDTH_MM = 150;

function table(t: ReportTable): Block {
  const rows: Row[] = [
    { cells: t.header.map((h) => ({ text: h, header: true, bold: true })) },
    ...t.rows.map((r) => ({ cells: r.map((c, i) => ({ text: cellText(c), align: i === 0 ? ('left' as const) : ('right' as const) })) })),
  ];
  return { type: 'table', columns: t.widths, rows, header_rows: 1, size: 10.5, font: 'song' };
}

export function quarterlyTree(q: QuarterlyFigures, tables: ReportTable[], charts: ChartImage[]): DocumentTree {
  const blocks: Block[] = [
    { type: 'heading', level: 1, text: reportTitle(q), size: 18 },
    { type: 'paragraph', text: `统计期间：${formatDateZh(q.current.period.from)}至${formatDateZh(q.current.period.to)}　统计截至：${formatDateZh(q.as_of)}`, align: 'center', size: 12 },
    { type: 'heading', level: 2, text: '一、总体情况' },
    { type: 'paragraph', text: summaryText(q) },
  ];
  let n = 1;
  for (const t of tables) {
    blocks.push({ type: 'heading', level: 2, text: `${NUM[n++]}、${t.title}` });
    blocks.push(table(t));
    const chart = charts.find((c) => c.id === t.id);
    if (chart) {
      blocks.push({ type: 'spacer', lines: 0.3 });
      blocks.push({ type: 'image', png: chart.png.toString('base64'), width: CHART_WIDTH_MM, height: (CHART_WIDTH_MM * chart.height) / chart.width, align: 'center' });
    }
  }
  blocks.push({ type: 'heading', level: 2, text: `${NUM[n++]}、统计口径` });
  for (const d of DEFINITIONS) blocks.push({ type: 'paragraph', text: d, size: 12 });
  return {
    layout: 'form',
    page_numbers: true,
    blocks,
    meta: { title: reportTitle(q), date: q.as_of, id: `quarterly/${q.current.period.id}`, subject: '信访情况季度统计', author: q.office },
  };
}

/** A section heading this close to the bottom of the type area would be cut off from its table. */
const KEEP_WITH_NEXT = mm(50);

/**
 * Move a section to the next page when its heading lands too near the bottom of a page: lay the
 * tree out with the engine's own composer, find each heading's line, insert a page break, repeat.
 */
export function keepSectionsTogether(tree: DocumentTree, fonts: FontSet): DocumentTree {
  const limit = GB9704.top + GB9704.height - KEEP_WITH_NEXT;
  for (let pass = 0; pass < 20; pass++) {
    const pages = composeTree(tree, fonts);
    // the composer paints glyph runs; join the runs on one baseline into the line's text
    const lines = pages.flatMap((p) => {
      const byY = new Map<number, { x: number; s: string }[]>();
      for (const it of p.items)
        if (it.kind === 'text') {
          const y = Math.round(it.y * 10) / 10;
          byY.set(y, [...(byY.get(y) ?? []), { x: it.x, s: it.chars.join('') }]);
        }
      return [...byY].map(([y, runs]) => ({
        y,
        text: runs
          .sort((a, b) => a.x - b.x)
          .map((r) => r.s)
          .join(''),
      }));
    });
    const at = tree.blocks.findIndex(
      (b, i) => b.type === 'heading' && b.level === 2 && tree.blocks[i - 1]?.type !== 'page_break' && lines.some((l) => l.text.startsWith(b.text.slice(0, 4)) && l.y > limit),
    );
    if (at < 0) break;
    tree.blocks.splice(at, 0, { type: 'page_break' });
  }
  return tree;
}

export async function quarterlyPdf(q: QuarterlyFigures, tables: ReportTable[], charts: ChartImage[], office: OfficeConfig): Promise<Uint8Array> {
  const fonts = new FontSet(office.fonts ?? {}, office.fonts_dir ?? process.cwd());
  return renderPdf(keepSectionsTogether(quarterlyTree(q, tables, charts), fonts), fonts);
}
