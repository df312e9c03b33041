// Marks drawn onto filed PDFs after rendering: the 归档章 on the top right of the first page (item
// mode, SPEC §7.4: "stamp the rendered first page as an overlay") and the volume's continuous page
// numbers at the bottom right of every page (file mode, GB/T 9705). The marks themselves are pages
// rendered by the document engine from archive templates (fonts embedded as subsets); a corner of
// such a page is embedded as a form XObject and drawn where it belongs. A PDF that xf wrote comes out
// PDF/A-1b with the dossier's archival description (render/pdfa.ts); a PDF received as an attachment
// is stamped but claims nothing. Deterministic: metadata from the document, the /ID from its bytes.
import type { PDFDocument, PDFEmbeddedPage, PDFPage } from '@cantoo/pdf-lib';
import { pdfLib } from './pdf-lib.js';
import { mm } from '../forms/layout/geometry.js';
import { infoOf, madeByXf, markPdfA, savePdfA, type ArchivalXmp } from '../forms/render/pdfa.js';

/** Where the archive templates put their mark: the type area's top-left / top-right (GB/T 9704 frame). */
const FRAME_LEFT = 28,
  FRAME_TOP = 37,
  FRAME_RIGHT = 28 + 156,
  PAGE_H = 297;
/** 归档章 is 45 × 16 mm (SPEC §7.4); the border stroke is 0.5 pt, hence the 1 pt margin. */
export const STAMP_W = 45,
  STAMP_H = 16;
/** The stamp sits in the blank head of the page: right edge on the type area's, 10 mm below the top edge. */
const STAMP_RIGHT = FRAME_RIGHT,
  STAMP_TOP = 10;
const SLIP_STAMP_SCALE = 0.75,
  SLIP_STAMP_LEFT = 15.5,
  SLIP_STAMP_TOP = 12;
/** A page number is at most 5 digits of 12 pt: a 25 × 10 mm box ending at the frame's right edge. */
const NUMBER_W = 25,
  NUMBER_H = 10;
/** Page numbers: bottom right, 20 mm from the right edge and 8 mm from the bottom. */
const NUMBER_RIGHT_GAP = 20,
  NUMBER_BOTTOM = 8;

export interface PageBox {
  left: number;
  bottom: number;
  right: number;
  top: number;
}

export function stampSourceBox(): PageBox {
  return { left: mm(FRAME_LEFT) - 1, bottom: mm(PAGE_H - FRAME_TOP - STAMP_H) - 1, right: mm(FRAME_LEFT + STAMP_W) + 1, top: mm(PAGE_H - FRAME_TOP) + 1 };
}

/**
 * Where the stamp goes on a page of the given size (for tests that look for its ink). A slip (the
 * 四联单, two parts per sheet) has no blank head: there the stamp is drawn at 3/4 size in the blank
 * left end of the first part's title row (10–27 mm from the top, 15–50 mm from the left).
 */
export function stampTargetBox(pageWidth: number, pageHeight: number, layout: string = 'letter'): PageBox & { scale: number } {
  if (layout === 'slip') {
    const scale = SLIP_STAMP_SCALE;
    const left = mm(SLIP_STAMP_LEFT),
      top = pageHeight - mm(SLIP_STAMP_TOP);
    return { left, bottom: top - mm(STAMP_H) * scale - 2, right: left + mm(STAMP_W) * scale + 2, top, scale };
  }
  const right = mm(STAMP_RIGHT) * (pageWidth / mm(210));
  const top = pageHeight - mm(STAMP_TOP);
  return { left: right - mm(STAMP_W) - 2, bottom: top - mm(STAMP_H) - 2, right, top, scale: 1 };
}

function numberSourceBox(): PageBox {
  return { left: mm(FRAME_RIGHT - NUMBER_W), bottom: mm(PAGE_H - FRAME_TOP - NUMBER_H), right: mm(FRAME_RIGHT) + 1, top: mm(PAGE_H - FRAME_TOP) + 1 };
}

async function load(bytes: Uint8Array): Promise<PDFDocument> {
  return (await pdfLib()).PDFDocument.load(bytes, { updateMetadata: false });
}

async function save(doc: PDFDocument, archival?: ArchivalXmp): Promise<Uint8Array> {
  if (!madeByXf(doc)) return doc.save({ useObjectStreams: false });
  markPdfA(await pdfLib(), doc, infoOf(doc, archival));
  return savePdfA(doc);
}

/** A filed PDF as bytes, or already parsed (to count its pages): parsed once, stamped, saved. */
type Filed = Uint8Array | PDFDocument;
const parsed = async (pdf: Filed): Promise<PDFDocument> => (pdf instanceof Uint8Array ? load(pdf) : pdf);

function placeStamp(page: PDFPage, stamp: PDFEmbeddedPage, layout: string): void {
  const { width, height } = page.getSize();
  const box = stampTargetBox(width, height, layout);
  const w = stamp.width * box.scale,
    h = stamp.height * box.scale;
  const x = layout === 'slip' ? box.left : box.right - w + 1;
  page.drawPage(stamp, { x, y: box.top - h + 1, width: w, height: h });
}

/** Draw the 归档章 (page 1 of `stampPdf`, its table corner) on the first page of `pdf`. */
export async function applyStamp(pdf: Filed, stampPdf: PDFDocument, layout = 'letter', archival?: ArchivalXmp): Promise<Uint8Array> {
  const doc = await parsed(pdf);
  const [stamp] = await doc.embedPages([stampPdf.getPage(0)], [stampSourceBox()]);
  placeStamp(doc.getPage(0), stamp!, layout);
  return save(doc, archival);
}

/** Draw volume page numbers first..first+n-1 (pages of `numbersPdf`, one number each) on every page. */
export async function applyPageNumbers(pdf: Filed, numbersPdf: PDFDocument, first: number, archival?: ArchivalXmp): Promise<Uint8Array> {
  const doc = await parsed(pdf);
  const n = doc.getPageCount();
  const src = Array.from({ length: n }, (_, i) => numbersPdf.getPage(first - 1 + i));
  const marks = await doc.embedPages(
    src,
    src.map(() => numberSourceBox()),
  );
  marks.forEach((mark, i) => {
    const page = doc.getPage(i);
    const { width } = page.getSize();
    page.drawPage(mark, { x: width - mm(NUMBER_RIGHT_GAP) - mark.width, y: mm(NUMBER_BOTTOM) });
  });
  return save(doc, archival);
}

export async function loadPdf(bytes: Uint8Array): Promise<PDFDocument> {
  return load(bytes);
}
