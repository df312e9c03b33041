#!/usr/bin/env node
// Makes the sample cases' scanned attachments: the letters and envelopes of the letter cases, the
// mediation agreement of 2025-0047 (a multi-page TIFF) and a site photo of 2026-0005 stored sideways
// with an EXIF orientation, as a scanner and a phone would deliver them. The images are committed;
// this script is kept so they can be remade (`npm run build && node samples/attachments/make-scans.mjs`).
// The text is laid out by xf's own document engine, rasterised by mupdf and "scanned" with sharp
// (paper tone, a slight skew, JPEG), so the archiver meets realistic, non-trivial images.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as mupdf from 'mupdf';
import sharp from 'sharp';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const { renderPdf } = await import(join(root, 'dist', 'forms', 'render', 'pdf.js'));
const { FontSet } = await import(join(root, 'dist', 'forms', 'fonts', 'fontset.js'));
const { parseStructuredText } = await import(join(root, 'dist', 'domain', 'case-file.js'));
const { formatDateZh } = await import(join(root, 'dist', 'domain', 'format.js'));
const fonts = new FontSet();
const PAPER = '#f2eee3';
const DPI = 96;

const sample = (file) => parseStructuredText(readFileSync(join(root, 'samples', file), 'utf8'), file).value;
const tree = (id, blocks, extra = {}) => ({ layout: 'letter', meta: { id: `sample-scan/${id}`, title: id, date: '2026-01-01' }, blocks, ...extra });

/** Rasterise page `i` of a PDF to a grey PNG at DPI. */
function raster(pdf, i, crop) {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  const pix = doc.loadPage(i).toPixmap(mupdf.Matrix.scale(DPI / 72, DPI / 72), mupdf.ColorSpace.DeviceGray, false);
  return { png: Buffer.from(pix.asPNG()), pages: doc.countPages(), crop };
}

/** Grey raster → a scan: printed on toned paper, skewed a little, optional overlays (stamps). */
async function scan(png, { skew = 0.6, overlays = [], crop } = {}) {
  let base = sharp(png);
  if (crop) base = base.extract(crop);
  const ink = await base.toColourspace('srgb').png().toBuffer();
  const { width, height } = await sharp(ink).metadata();
  const paper = sharp({ create: { width, height, channels: 3, background: PAPER } })
    .composite([{ input: ink, blend: 'multiply' }, ...overlays]);
  return sharp(await paper.png().toBuffer()).rotate(skew, { background: PAPER });
}

function letterTree(c, id) {
  const p = c.petitioners[0];
  const sent = c.received_date; // dated by the writer a few days before receipt; the day of receipt is close enough
  const body = [c.facts_text, c.reasons_text, `为此，${c.request_text}`].filter(Boolean);
  return tree(id, [
    { type: 'heading', text: '信访信', size: 22 },
    { type: 'paragraph', text: `${c.office_name ?? '某区人民政府信访局'}：`, indent: 0 },
    ...body.map((text) => ({ type: 'paragraph', text })),
    { type: 'paragraph', text: '恳请领导重视，早日解决为盼。' },
    { type: 'signature', org: `信访人：${p.name}　电话：${p.phone ?? ''}`, date: formatDateZh(sent), seal: 0 },
    { type: 'paragraph', text: `通信地址：${p.address ?? ''}`, indent: 0, size: 14 },
  ]);
}

function envelopeTree(c, id) {
  const p = c.petitioners[0];
  return tree(id, [
    { type: 'table', columns: [9, 9, 9, 9, 9, 9], size: 16, rows: [{ height: 10, cells: [...'250100'].map((d) => ({ text: d, align: 'center' })) }] },
    { type: 'spacer', lines: 1 },
    { type: 'paragraph', text: '某市某区人民政府信访局', size: 22, indent: 4 },
    { type: 'paragraph', text: '信访接待室　收', size: 22, indent: 8 },
    { type: 'spacer', lines: 1 },
    { type: 'paragraph', text: `${p.address ?? ''}　${p.name}寄`, size: 12, align: 'right', indent: 0 },
  ], { layout: 'form', orientation: 'landscape' });
}

function mediationTree(c, id) {
  const m = c.history.find((h) => h.event === 'mediate');
  const terms = String(m.details.terms).split(/(?=[一二三四五六七八九]、)/);
  return tree(id, [
    { type: 'heading', text: '人民调解协议书', size: 22 },
    { type: 'paragraph', text: '文化东路街道人民调解委员会　文东调字〔2025〕31号', align: 'center', indent: 0, size: 14 },
    { type: 'paragraph', text: `当事人：${c.petitioners[0].name}，住${c.petitioners[0].address}。`, indent: 0 },
    { type: 'paragraph', text: `当事人：${c.respondent}。`, indent: 0 },
    { type: 'paragraph', text: `纠纷简要情况：${c.facts_text}` },
    { type: 'paragraph', text: '经调解，双方自愿达成如下协议：' },
    ...terms.map((text) => ({ type: 'paragraph', text })),
    { type: 'paragraph', text: '本协议一式三份，双方当事人、人民调解委员会各持一份，自双方签字之日起生效。' },
    { type: 'page_break' },
    { type: 'paragraph', text: '履行方式、时限：按上列各条约定的方式和时限履行。' },
    { type: 'signers', items: [{ label: '当事人（签名）：' }, { label: '当事人（签名）：' }] },
    { type: 'signers', items: [{ label: '调解员（签名）：' }, { label: '记录人（签名）：' }] },
    { type: 'signature', org: '文化东路街道人民调解委员会（印）', date: formatDateZh(m.date), seal: 0 },
  ]);
}

const stamp = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="110" height="130"><rect x="5" y="5" width="100" height="120" fill="none" stroke="#c0392b" stroke-width="4" stroke-dasharray="6 3"/><rect x="18" y="18" width="74" height="94" fill="#e8b4a8"/></svg>`);
const postmark = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="150" height="150"><circle cx="75" cy="75" r="62" fill="none" stroke="#333" stroke-width="3" opacity="0.55"/><circle cx="75" cy="75" r="44" fill="none" stroke="#333" stroke-width="2" opacity="0.5"/><path d="M0 60 Q40 45 80 60 T160 60 M0 90 Q40 75 80 90 T160 90" stroke="#333" stroke-width="2" fill="none" opacity="0.45"/></svg>`);

async function write(rel, img) {
  const path = join(here, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await img);
  process.stdout.write(`${rel}\n`);
}

for (const file of ['01-letter-answered.yaml', '02-letter-declined.yaml', '05-review-upheld.yaml', '08-accusation-confidential.yaml']) {
  const c = sample(file);
  const letter = await renderPdf(letterTree(c, `${c.case_no}/letter`), fonts);
  const { pages } = raster(letter, 0);
  for (let i = 0; i < pages; i++) {
    const s = await scan(raster(letter, i).png, { skew: i % 2 ? -0.4 : 0.6 });
    await write(`${c.case_no}/letter-${i + 1}.jpg`, s.jpeg({ quality: 70, mozjpeg: true }).toBuffer());
  }
  const env = await renderPdf(envelopeTree(c, `${c.case_no}/envelope`), fonts);
  const mmpx = (x) => Math.round((x / 25.4) * DPI);
  const crop = { left: mmpx(30), top: mmpx(20), width: mmpx(240), height: mmpx(115) };
  const s = await scan(raster(env, 0).png, { skew: -0.8, crop, overlays: [{ input: stamp, top: 12, left: crop.width - 125 }, { input: postmark, top: 30, left: crop.width - 230 }] });
  await write(`${c.case_no}/envelope.jpg`, s.jpeg({ quality: 70, mozjpeg: true }).toBuffer());
}

{ // 2025-0047: the signed agreement as a two-page TIFF from the office's document scanner
  const c = sample('12-mediation-2025.yaml');
  const pdf = await renderPdf(mediationTree(c, `${c.case_no}/mediation`), fonts);
  const { pages } = raster(pdf, 0);
  const pageBufs = [];
  for (let i = 0; i < pages; i++) pageBufs.push(await (await scan(raster(pdf, i).png, { skew: 0.3 * (i ? -1 : 1) })).resize(794, 1123, { fit: 'fill' }).png().toBuffer());
  await write(`${c.case_no}/mediation-agreement.tif`, sharp(pageBufs, { join: { animated: true } }).tiff({ compression: 'jpeg', quality: 70 }).toBuffer());
}

{ // 2026-0005: a site photo taken with the phone on its side: pixels stored turned, EXIF says 6
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc3e6"/><stop offset="1" stop-color="#dfe9f2"/></linearGradient></defs>
  <rect width="1200" height="900" fill="url(#sky)"/>
  <rect x="120" y="230" width="420" height="600" fill="#b9a58c"/><rect x="620" y="300" width="460" height="530" fill="#a8927a"/>
  ${Array.from({ length: 6 }, (_, r) => Array.from({ length: 4 }, (_, k) => `<rect x="${150 + k * 95}" y="${260 + r * 92}" width="55" height="60" fill="#56687a"/>`).join('')).join('')}
  ${Array.from({ length: 5 }, (_, r) => Array.from({ length: 4 }, (_, k) => `<rect x="${655 + k * 105}" y="${330 + r * 95}" width="60" height="62" fill="#4d5f70"/>`).join('')).join('')}
  <path d="M640 300 L660 420 L640 520 L665 640" stroke="#5b4a3a" stroke-width="7" fill="none"/>
  <ellipse cx="840" cy="330" rx="120" ry="26" fill="#6f6152" opacity="0.6"/>
  <rect y="830" width="1200" height="70" fill="#7d7d78"/></svg>`;
  const upright = await sharp(Buffer.from(svg)).png().toBuffer();
  await write('2026-0005/site-photo.jpg', sharp(upright).rotate(270).jpeg({ quality: 75, mozjpeg: true }).withMetadata({ orientation: 6 }).toBuffer());
}
