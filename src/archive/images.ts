// Scans and photos as received become archival images (sharp): auto-oriented from EXIF, sRGB with
// its ICC profile, baseline JPEG quality 90 without chroma subsampling, metadata stripped; every
// page of a multi-page TIFF separately; a thumbnail for the index. The filed copy is a PDF with one
// image per A4 page, leaving the head of the page blank for the 归档章.
import type SharpNs from 'sharp';
import { pdfLib } from './pdf-lib.js';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { mm } from '../forms/layout/geometry.js';
import { markPdfA, savePdfA } from '../forms/render/pdfa.js';

let sharpFn: typeof SharpNs | undefined;
/** sharp (libvips) loads only when a case has images; its cache off: each image is read once. */
async function sharpLib(): Promise<typeof SharpNs> {
  if (!sharpFn) {
    sharpFn = (await import('sharp')).default;
    sharpFn.cache(false);
    // one libvips worker: scans are small and the archiver is not image-bound; each extra thread
    // keeps its own malloc arena, which would lift the resident set of a long year run
    sharpFn.concurrency(1);
  }
  return sharpFn;
}

export const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'tif', 'tiff']);
const THUMB_SIDE = 256;

export interface ArchivalImage {
  jpeg: Uint8Array;
  width: number;
  height: number;
  thumb: Uint8Array;
  /** Resolution the original declares (pixels per inch), when it declares one. */
  ppi?: number;
}

/** DA/T 31 recommends at least 200 dpi (300 for documents to be read again); below this, filing warns. */
export const MIN_PPI = 200;

/**
 * A JFIF 1.01 APP0 segment right after SOI (libvips writes none beside an ICC profile, so the
 * file was a raw JPEG stream, fmt/41, while dossier.json declared fmt/43): density in dots per inch
 * when known, otherwise aspect ratio 1:1 only.
 */
export function withJfif(jpeg: Uint8Array, ppi?: number): Uint8Array {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error('not a JPEG stream');
  if (jpeg[2] === 0xff && jpeg[3] === 0xe0) return jpeg; // an APP0 already
  const d = ppi && ppi > 0 && ppi < 65536 ? Math.round(ppi) : 1;
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, ppi ? 1 : 0, d >> 8, d & 0xff, d >> 8, d & 0xff, 0x00, 0x00]);
  return new Uint8Array(Buffer.concat([jpeg.subarray(0, 2), app0, jpeg.subarray(2)]));
}

export async function normaliseImage(abs: string, title: string): Promise<ArchivalImage[]> {
  const sharp = await sharpLib();
  let pages: number;
  let ppi: number | undefined;
  try {
    const meta = await sharp(abs).metadata();
    pages = meta.pages ?? 1;
    // sharp reports density in DPI (converted from PNG's pixels per metre); 72 with no unit is no declaration
    ppi = meta.density && meta.resolutionUnit ? Math.round(meta.density) : undefined;
  } catch (e) {
    throw new XfError('IO', t(`附件「${title}」不是可读的图像（${(e as Error).message}）：${abs}`, `attachment "${title}" is not a readable image (${(e as Error).message}): ${abs}`), [], {
      path: abs,
    });
  }
  const out: ArchivalImage[] = [];
  for (let page = 0; page < pages; page++) {
    const { data, info } = await sharp(abs, { page })
      .rotate()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .withIccProfile('srgb')
      .jpeg({ quality: 90, chromaSubsampling: '4:4:4', progressive: false, mozjpeg: false })
      .toBuffer({ resolveWithObject: true });
    const thumb = await sharp(data).resize(THUMB_SIDE, THUMB_SIDE, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer();
    out.push({ jpeg: withJfif(new Uint8Array(data), ppi), width: info.width, height: info.height, thumb: withJfif(new Uint8Array(thumb)), ...(ppi ? { ppi } : {}) });
  }
  return out;
}

/**
 * One A4 page per image, scaled to fit 170 × 245 mm below a 35 mm head (room for the 归档章); PDF/A-1b,
 * the sRGB JPEGs being in the OutputIntent's own space.
 */
export async function imagesToPdf(images: ArchivalImage[], meta: { title: string; date: string }): Promise<Uint8Array> {
  const lib = await pdfLib();
  const doc = await lib.PDFDocument.create({ updateMetadata: false });
  const W = mm(210),
    H = mm(297),
    boxW = mm(170),
    boxH = mm(245),
    top = mm(35);
  for (const im of images) {
    const img = await doc.embedJpg(im.jpeg);
    const s = Math.min(boxW / im.width, boxH / im.height);
    const w = im.width * s,
      h = im.height * s;
    const page = doc.addPage([W, H]);
    page.drawImage(img, { x: (W - w) / 2, y: H - top - h, width: w, height: h });
  }
  // the document's date at 00:00 UTC, as the renderer dates forms
  markPdfA(lib, doc, { title: meta.title, when: new Date(`${meta.date}T00:00:00Z`) });
  return savePdfA(doc);
}
