// Each element of the document tree alone, through both renderers: the PDF has its text with ink
// and passes qpdf; the DOCX holds the text and opens in LibreOffice.
import { describe, it, expect } from 'vitest';
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Block, DocumentTree, Layout } from '../../src/forms/model.js';
import { BLOCK_TYPES } from '../../src/forms/model.js';
import { FontSet } from '../../src/forms/fonts/fontset.js';
import { renderPdf } from '../../src/forms/render/pdf.js';
import { renderDocx } from '../../src/forms/render/docx.js';
import { qrPng } from '../../src/forms/qr.js';
import { requireTools } from '../helpers/tools.js';
import { ROOT } from '../helpers/xf.js';
import { inspectPdf, libreOfficeToPdf, qpdfCheck, squash } from './helpers.js';
import * as mupdf from 'mupdf';

const OUT = join(ROOT, 'test', 'forms', '.out', 'conformance');
const fonts = new FontSet();
const png = Buffer.from(qrPng('图像元素', 4)).toString('base64');

/** One sample of every element, the text each must show (empty: nothing textual), and its layout. */
const SAMPLES: { type: Block['type']; block: Block; texts: string[]; layout?: Layout }[] = [
  { type: 'heading', block: { type: 'heading', text: '关于某某信访事项的处理意见' }, texts: ['关于某某信访事项的处理意见'] },
  {
    type: 'paragraph',
    block: { type: 'paragraph', text: '经调查核实：信访人反映的问题属实（见附件），本机关已督促整改。' },
    texts: ['经调查核实：信访人反映的问题属实（见附件），本机关已督促整改。'],
  },
  { type: 'field', block: { type: 'field', label: '信访人', value: '王秀兰' }, texts: ['信访人：王秀兰'] },
  {
    type: 'table',
    block: {
      type: 'table',
      columns: [30, 60, 30, 36],
      rows: [
        { cells: [{ text: '承办人', header: true }, { text: '李明' }, { text: '电话', header: true }, { text: '0531-86001234' }] },
        {
          cells: [
            { text: '住址', header: true },
            { text: '某市历下区幸福里小区3号楼', span: 3 },
          ],
        },
      ],
    },
    texts: ['承办人', '李明', '0531-86001234', '某市历下区幸福里小区3号楼'],
  },
  { type: 'signature', block: { type: 'signature', org: '某市某区人民政府', date: '2026年2月14日', seal: 42 }, texts: ['某市某区人民政府', '2026年2月14日'] },
  {
    type: 'signers',
    block: { type: 'signers', items: [{ label: '委托人（签名或盖章）：' }, { label: '受托人（签名）：', date: '2026年1月5日' }] },
    texts: ['委托人（签名或盖章）：', '受托人（签名）：', '2026年1月5日'],
  },
  {
    type: 'part',
    layout: 'slip',
    block: {
      type: 'part',
      label: '第一联 存根',
      strip: '第一联 存根 留底备查',
      title: '信访代理事项处理联系单',
      serial: 'XX-LXD-2026-000123',
      children: [{ type: 'paragraph', text: '承办单位：某区自然资源局' }],
    },
    texts: ['信访代理事项处理联系单', 'XX-LXD-2026-000123', '第一联存根', '承办单位：某区自然资源局'],
  },
  { type: 'cut', layout: 'slip', block: { type: 'cut', serial: 'XX-LXD-2026-000123', text: '✂ 沿此线裁开', seal_zone: true }, texts: ['沿此线裁开', 'XX-LXD-2026-000123'] },
  { type: 'page_break', block: { type: 'page_break' }, texts: [] },
  { type: 'spacer', block: { type: 'spacer', lines: 2 }, texts: [] },
  { type: 'image', block: { type: 'image', png, width: 20, height: 20 }, texts: [] },
  { type: 'qr', block: { type: 'qr', data: 'XF1|2026-0001|handling_opinion|sha256:00', size: 20, caption: '扫码核验' }, texts: ['扫码核验'] },
];

function treeOf(s: (typeof SAMPLES)[number]): DocumentTree {
  const blocks: Block[] = s.type === 'page_break' || s.type === 'spacer' ? [{ type: 'paragraph', text: '前' }, s.block, { type: 'paragraph', text: '后' }] : [s.block];
  return { layout: s.layout ?? 'letter', page_numbers: s.layout !== 'slip', meta: { title: s.type, date: '2026-02-14', id: `conformance/${s.type}` }, blocks };
}

function pageHasInk(bytes: Uint8Array, page: number): boolean {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  const pix = doc.loadPage(page).toPixmap(mupdf.Matrix.scale(1, 1), mupdf.ColorSpace.DeviceGray, false);
  return pix.getPixels().some((v) => v < 128);
}

describe('every element alone in both renderers', () => {
  it('the samples cover every element type', () => {
    expect(SAMPLES.map((s) => s.type).sort()).toEqual([...BLOCK_TYPES].sort());
  });

  // Each test renders what it checks: the LibreOffice test must not rely on files the others left behind.
  const docxOf = async (s: (typeof SAMPLES)[number]) => {
    const docx = await renderDocx(treeOf(s));
    mkdirSync(OUT, { recursive: true });
    const path = join(OUT, `${s.type}.docx`);
    writeFileSync(path, docx);
    return { docx, path };
  };
  for (const s of SAMPLES) {
    it(`${s.type}: PDF and DOCX`, async (ctx) => {
      mkdirSync(OUT, { recursive: true });
      const tree = treeOf(s);
      const pdf = await renderPdf(tree, fonts);
      const pdfPath = join(OUT, `${s.type}.pdf`);
      writeFileSync(pdfPath, pdf);
      const rep = inspectPdf(pdf);
      expect(rep.blankLines).toEqual([]);
      for (const tx of s.texts) expect(squash(rep.text)).toContain(squash(tx));
      if (s.type === 'page_break') expect(rep.pages).toBe(2);
      if (s.type === 'image' || s.type === 'qr' || s.type === 'signature') expect(pageHasInk(pdf, 0)).toBe(true);

      const { docx } = await docxOf(s);
      const files = unzipSync(docx);
      const xml = strFromU8(files['word/document.xml']!);
      // less the zero-width spaces set for LibreOffice's line breaking (render/docx.ts forLibreOffice)
      for (const tx of s.texts) expect(squash(xml.replace(/<[^>]+>/g, '').replace(/\u200B/g, ''))).toContain(squash(tx).replace('✂', '✂'));
      if (s.texts.length) expect(xml).toContain('w:eastAsia=');
      expect(strFromU8(files['word/styles.xml']!)).toContain('w:eastAsia="仿宋_GB2312"');
      if (s.type === 'table') expect(xml).toMatch(/<w:gridCol w:w="1701"\/>/); // 30 mm in twips, explicit
      if (s.type === 'image' || s.type === 'qr') expect(Object.keys(files).some((f) => f.startsWith('word/media/'))).toBe(true);
      requireTools(ctx, 'qpdf');
      expect(qpdfCheck(pdfPath).ok).toBe(true);
    });
  }

  it('LibreOffice opens every element DOCX', async (ctx) => {
    requireTools(ctx, 'soffice');
    const docxFiles = await Promise.all(SAMPLES.map(async (s) => ({ type: s.type, texts: s.texts, path: (await docxOf(s)).path })));
    expect(docxFiles).toHaveLength(BLOCK_TYPES.length);
    const out = libreOfficeToPdf(
      docxFiles.map((d) => d.path),
      join(OUT, 'lo'),
    );
    for (const d of docxFiles) {
      const pdf = out.get(d.path)!;
      expect(existsSync(pdf), d.type).toBe(true);
      const rep = inspectPdf(readFileSync(pdf));
      for (const tx of d.texts) expect(squash(rep.text), d.type).toContain(squash(tx).replace('✂', '').trim() || squash(tx));
    }
  }, 300_000);
});

describe('GB/T 9704 geometry of a letter', () => {
  it('A4, text block 28 mm from the left and 37 mm from the top, 22 lines per page, page numbers "— n —"', async () => {
    const para = '信'.repeat(28 * 30);
    const tree: DocumentTree = { layout: 'letter', page_numbers: true, meta: { title: 'g', date: '2026-02-14', id: 'g' }, blocks: [{ type: 'paragraph', text: para, indent: 0 }] };
    const pdf = await renderPdf(tree, fonts);
    const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
    const page = doc.loadPage(0);
    const [x0, y0, x1, y1] = page.getBounds();
    expect(Math.round(x1 - x0)).toBe(595);
    expect(Math.round(y1 - y0)).toBe(842);
    const st = JSON.parse(page.toStructuredText('preserve-whitespace').asJSON()) as { blocks: { lines: { bbox: { x: number; y: number; w: number; h: number }; text: string }[] }[] };
    const lines = st.blocks.flatMap((b) => b.lines).filter((l) => /^信+$/.test(l.text.replace(/\s/g, '')));
    expect(lines.length).toBe(22);
    const mm = (pt: number) => (pt * 25.4) / 72;
    expect(mm(lines[0]!.bbox.x)).toBeCloseTo(28, 0);
    expect(Math.abs(mm(lines[0]!.bbox.y) - 37)).toBeLessThan(4); // the first line box starts within the first grid line
    expect(lines[0]!.text.replace(/\s/g, '').length).toBe(28);
    expect(mm(lines[0]!.bbox.x + lines[0]!.bbox.w)).toBeCloseTo(28 + 156, 0);
    const num = st.blocks.flatMap((b) => b.lines).find((l) => /—\s*1\s*—/.test(l.text));
    expect(num).toBeDefined();
  });
});

describe('landscape pages and table heads that repeat', () => {
  // a long list as the 归档文件目录 prints it: one head row, 90 body rows, on turned A4 sheets
  const rows = [
    { cells: ['序号', '档号', '题名'].map((text) => ({ text, header: true })) },
    ...Array.from({ length: 90 }, (_, i) => ({ cells: [{ text: String(i + 1) }, { text: `X001-WS·2026-D30-XFB-${String(i + 1).padStart(4, '0')}` }, { text: `第${i + 1}件的题名` }] })),
  ];
  const tree: DocumentTree = {
    layout: 'form',
    orientation: 'landscape',
    page_numbers: true,
    meta: { title: 'landscape', date: '2026-02-14', id: 'conformance/landscape' },
    blocks: [
      { type: 'heading', text: '归档文件目录' },
      { type: 'table', columns: [20, 85, 120], header_rows: 1, rows },
    ],
  };
  const mm = (pt: number) => (pt * 25.4) / 72;

  function pagesOf(pdf: Uint8Array) {
    const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
    return Array.from({ length: doc.countPages() }, (_, i) => {
      const page = doc.loadPage(i);
      const [x0, y0, x1, y1] = page.getBounds();
      const st = JSON.parse(page.toStructuredText('preserve-whitespace').asJSON()) as { blocks: { lines?: { bbox: { x: number; y: number }; text: string }[] }[] };
      const lines = st.blocks.flatMap((b) => b.lines ?? []).filter((l) => l.text.trim());
      return { w: x1 - x0, h: y1 - y0, lines };
    });
  }

  it('PDF: every page is A4 landscape, the head row opens every page, no row is lost', async () => {
    const pdf = await renderPdf(tree, fonts);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'landscape.pdf'), pdf);
    const pages = pagesOf(pdf);
    expect(pages.length).toBeGreaterThan(2);
    for (const [i, p] of pages.entries()) {
      expect([Math.round(p.w), Math.round(p.h)], `page ${i + 1}`).toEqual([842, 595]);
      const head = p.lines.find((l) => squash(l.text) === '档号');
      expect(head, `page ${i + 1} has the head row`).toBeDefined();
      // the head is the first table row: no body row above it
      const body = p.lines.filter((l) => /^X001/.test(squash(l.text)));
      expect(body.length).toBeGreaterThan(0);
      expect(Math.min(...body.map((l) => l.bbox.y))).toBeGreaterThan(head!.bbox.y);
      // the type area turned with the sheet: 37 mm from the left edge
      expect(mm(Math.min(...body.map((l) => l.bbox.x)))).toBeGreaterThan(37);
      expect(pageHasInk(pdf, i)).toBe(true);
    }
    const codes = pages.flatMap((p) => p.lines.map((l) => squash(l.text)).filter((t) => t.startsWith('X001')));
    expect(codes.length).toBe(90);
    expect(new Set(codes).size).toBe(90);
  });

  it('DOCX: landscape section, head row marked to repeat; LibreOffice lays it out the same way', async (ctx) => {
    const docx = await renderDocx(tree);
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="16838"[^>]*w:h="11906"[^>]*w:orient="landscape"/);
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(1);
    requireTools(ctx, 'soffice');
    const path = join(OUT, 'landscape.docx');
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path, docx);
    const pdf = readFileSync(libreOfficeToPdf([path], join(OUT, 'lo-landscape')).get(path)!);
    const pages = pagesOf(pdf);
    expect(pages.length).toBeGreaterThan(2);
    for (const [i, p] of pages.entries()) {
      expect(p.w, `page ${i + 1} is landscape`).toBeGreaterThan(p.h);
      expect(
        p.lines.some((l) => squash(l.text) === '档号'),
        `page ${i + 1} repeats the head row`,
      ).toBe(true);
    }
  }, 300_000);

  it('a head too tall to share a page with a row is not repeated: nothing runs past the type area', async () => {
    // landscape type area: 156 mm high; a 110 mm head and 60 mm rows cannot go together on one page
    const tall: DocumentTree = {
      layout: 'form',
      orientation: 'landscape',
      meta: { title: 'tall', date: '2026-02-14', id: 'conformance/tall-head' },
      blocks: [
        {
          type: 'table',
          columns: [60, 165],
          header_rows: 1,
          rows: [
            {
              height: 110,
              cells: [
                { text: '表头', header: true },
                { text: '很高的表头', header: true },
              ],
            },
            ...Array.from({ length: 5 }, (_, i) => ({ height: 60, cells: [{ text: `第${i + 1}行` }, { text: '内容' }] })),
          ],
        },
      ],
    };
    const pages = pagesOf(await renderPdf(tall, fonts));
    expect(pages.flatMap((p) => p.lines.map((l) => squash(l.text))).filter((t) => t.startsWith('第'))).toHaveLength(5);
    expect(pages.flatMap((p) => p.lines).filter((l) => squash(l.text) === '表头')).toHaveLength(1);
    const doc = mupdf.Document.openDocument(await renderPdf(tall, fonts), 'application/pdf');
    for (let i = 0; i < doc.countPages(); i++) {
      // every ruled cell ends inside the sheet's type area (28 + 156 mm from the top)
      const pix = doc.loadPage(i).toPixmap(mupdf.Matrix.scale(1, 1), mupdf.ColorSpace.DeviceGray, false);
      const w = pix.getWidth(),
        px = pix.getPixels(),
        limit = Math.ceil(((28 + 156 + 1) * 72) / 25.4);
      for (let y = limit; y < pix.getHeight(); y++) for (let x = 0; x < w; x++) expect(px[y * pix.getStride() + x], `page ${i + 1} ink at y=${y}`).toBeGreaterThan(127);
    }
  });
});
