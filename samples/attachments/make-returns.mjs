#!/usr/bin/env node
// Makes the scans of the signed 送达回证 of the sample services delivered by hand or through the
// agent (the archive wants the signed return as proof of service, V-ARC-1; services online or by
// EMS with its delivery record carry an electronic receipt instead). Laid out by xf's own document
// engine, rasterised by mupdf and "scanned" with sharp, like make-scans.mjs; the images are committed
// (`npm run build && node samples/attachments/make-returns.mjs` remakes them).
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
const DOC = { handling_opinion: '信访处理意见书', review_opinion: '复查意见书', rereview_opinion: '复核意见书' };
const METHOD = { in_person: '直接送达', via_agent: '经代理员送达' };

function returnTree(c, s, docTitle, id) {
  return {
    layout: 'form',
    meta: { id: `sample-scan/${id}`, title: id, date: s.date },
    blocks: [
      { type: 'heading', text: '送达回证', size: 22 },
      {
        type: 'table',
        columns: [40, 116],
        size: 14,
        rows: [
          ['送达文书', `${docTitle}${s.details.doc_no ? `（${s.details.doc_no}）` : ''}`],
          ['受送达人', s.details.addressee ?? c.petitioners[0].name],
          ['送达地点', s.details.place ?? c.petitioners[0].address ?? ''],
          ['送达方式', METHOD[s.details.service_method] ?? s.details.service_method],
          ['受送达人签名', `${s.details.addressee ?? c.petitioners[0].name}　　${formatDateZh(s.date)}`],
          ['送达人', '李明　张华'],
        ].map(([k, v]) => ({ height: 16, cells: [{ text: k, align: 'center' }, { text: v }] })),
      },
      { type: 'signature', org: '（机关印章）', date: formatDateZh(s.date), seal: 0 },
    ],
  };
}

const ink = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="260" height="70"><path d="M8 50 C40 10 60 60 90 30 S140 55 170 25 S220 50 250 20" stroke="#1f3a93" stroke-width="4" fill="none" opacity="0.8"/></svg>`);

for (const file of ['01-letter-answered.yaml', '03-agent-proxy-fengcheng.yaml', '05-review-upheld.yaml', '06-rereview-hearing.yaml']) {
  const c = sample(file);
  let stage = 'handling_opinion';
  let n = 0;
  for (const h of c.history) {
    if (h.event === 'request_review') stage = 'review_opinion';
    if (h.event === 'request_rereview') stage = 'rereview_opinion';
    if (h.event !== 'serve' || !METHOD[h.details.service_method]) continue;
    n++;
    const id = `${c.case_no}/service-return-${n}`;
    const pdf = await renderPdf(returnTree(c, h, DOC[stage], id), fonts);
    const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
    const pix = doc.loadPage(0).toPixmap(mupdf.Matrix.scale(DPI / 72, DPI / 72), mupdf.ColorSpace.DeviceGray, false);
    const grey = await sharp(Buffer.from(pix.asPNG())).toColourspace('srgb').png().toBuffer();
    const { width, height } = await sharp(grey).metadata();
    const page = sharp({ create: { width, height, channels: 3, background: PAPER } }).composite([
      { input: grey, blend: 'multiply' },
      { input: ink, top: Math.round(height * 0.375), left: Math.round(width * 0.6) },
    ]);
    const out = await sharp(await page.png().toBuffer())
      .rotate(0.5, { background: PAPER })
      .jpeg({ quality: 70, mozjpeg: true })
      .toBuffer();
    const path = join(here, `${id}.jpg`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, out);
    process.stdout.write(`${id}.jpg ${DOC[stage]} ${h.date}\n`);
  }
}
