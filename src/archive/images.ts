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
}

export async function normaliseImage(abs: string, title: string): Promise<ArchivalImage[]> {
  const sharp = await sharpLib();
  let pages: number;
  try {
    pages = (await sharp(abs).metadata()).pages ?? 1;
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
    out.push({ jpeg: new Uint8Array(data), width: info.width, height: info.height, thumb: new Uint8Array(thumb) });
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
