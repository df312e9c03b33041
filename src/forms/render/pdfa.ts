// PDF/A-1b (GB/T 23286.1 = ISO 19005-1) finishing step, shared by every writer of an archival PDF:
// the renderer (forms, finding aids), the archive's overlays (归档章, page numbers) and the scan
// wrapper. It sets the Info dictionary and an equivalent XMP packet (dc, xmp, pdf, pdfaid and the
// archival elements of DA/T 46 in an extension schema declared as PDF/A-1 requires), an sRGB
// OutputIntent (the sRGB IEC61966-2.1 ICC v2 profile bundled with @cantoo/pdf-lib, MIT) and a trailer
// /ID that is a digest of the file itself, so the same document gives the same bytes.
// What the content must already be (embedded fonts with CIDSet, no transparency, colours in RGB)
// is the writers' part; Preflight checks the whole in test/archive/pdfa.test.ts.
import { createHash } from 'node:crypto';
import { deflateSync, inflateSync } from 'node:zlib';
import type { PDFDocument } from '@cantoo/pdf-lib';

type PdfLib = typeof import('@cantoo/pdf-lib');

/** The archival description of a filed document (DA/T 46 core elements that a dossier knows). */
export interface ArchivalXmp {
  /** 档号 (the year's 归档文件目录 has none) */
  archivalCode?: string;
  /** 全宗号 */
  fondsNo?: string;
  /** 立档单位名称 (全宗名称) */
  fondsName?: string;
  /** 年度 */
  year?: number;
  /** 保管期限 code (Y, D30, D10) */
  retention?: string;
  /** 密级 */
  classification?: string;
}

export interface PdfAInfo {
  title: string;
  author?: string;
  subject?: string;
  /** The document's own date (never the clock): CreationDate, ModDate and the XMP dates. */
  when: Date;
  archival?: ArchivalXmp;
}

export const PDFA_PRODUCER = 'xf';
/** The OutputIntent's OutputConditionIdentifier and Info. */
export const OUTPUT_CONDITION = 'sRGB IEC61966-2.1';
/** Namespace of xf's archival properties; declared in the packet's pdfaExtension:schemas. */
export const ARCHIVAL_NS = 'urn:xf:ns:archival:1.0#';
const ARCHIVAL_PREFIX = 'xfda';
const ARCHIVAL_PROPS: { key: keyof ArchivalXmp; name: string; type: 'Text' | 'Integer'; zh: string }[] = [
  { key: 'archivalCode', name: 'archivalCode', type: 'Text', zh: '档号' },
  { key: 'fondsNo', name: 'fondsNo', type: 'Text', zh: '全宗号' },
  { key: 'fondsName', name: 'fondsName', type: 'Text', zh: '立档单位名称' },
  { key: 'year', name: 'year', type: 'Integer', zh: '年度' },
  { key: 'retention', name: 'retentionPeriod', type: 'Text', zh: '保管期限' },
  { key: 'classification', name: 'securityClassification', type: 'Text', zh: '密级' },
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Second precision, UTC: what the Info dictionary's D:YYYYMMDDHHmmSSZ holds. */
const xmpDate = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;

export function xmpPacket(info: PdfAInfo): string {
  const when = xmpDate(info.when);
  const dc = [
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${esc(info.title)}</rdf:li></rdf:Alt></dc:title>`,
    ...(info.author ? [`<dc:creator><rdf:Seq><rdf:li>${esc(info.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    ...(info.subject ? [`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${esc(info.subject)}</rdf:li></rdf:Alt></dc:description>`] : []),
    ...(info.archival?.archivalCode ? [`<dc:identifier>${esc(info.archival.archivalCode)}</dc:identifier>`] : []),
    '<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>',
  ];
  const d = (ns: string, body: string) => `<rdf:Description rdf:about="" ${ns}>${body}</rdf:Description>`;
  const parts = [
    d('xmlns:dc="http://purl.org/dc/elements/1.1/"', dc.join('')),
    d(
      'xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
      `<xmp:CreatorTool>${PDFA_PRODUCER}</xmp:CreatorTool><xmp:CreateDate>${when}</xmp:CreateDate><xmp:ModifyDate>${when}</xmp:ModifyDate><xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    ),
    d('xmlns:pdf="http://ns.adobe.com/pdf/1.3/"', `<pdf:Producer>${PDFA_PRODUCER}</pdf:Producer>`),
    d('xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"', '<pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>'),
  ];
  const a = info.archival;
  const props = a ? ARCHIVAL_PROPS.filter((p) => a[p.key] !== undefined && a[p.key] !== '') : [];
  if (a && props.length) {
    // PDF/A-1 (6.7.8): properties outside the predefined schemas are described in the packet itself
    parts.push(
      d(
        'xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#"',
        '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">' +
          '<pdfaSchema:schema>xf archival description (DA/T 46 core elements)</pdfaSchema:schema>' +
          `<pdfaSchema:namespaceURI>${ARCHIVAL_NS}</pdfaSchema:namespaceURI><pdfaSchema:prefix>${ARCHIVAL_PREFIX}</pdfaSchema:prefix>` +
          '<pdfaSchema:property><rdf:Seq>' +
          props
            .map(
              (p) =>
                `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${p.name}</pdfaProperty:name><pdfaProperty:valueType>${p.type}</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${p.zh}</pdfaProperty:description></rdf:li>`,
            )
            .join('') +
          '</rdf:Seq></pdfaSchema:property></rdf:li></rdf:Bag></pdfaExtension:schemas>',
      ),
    );
    parts.push(d(`xmlns:${ARCHIVAL_PREFIX}="${ARCHIVAL_NS}"`, props.map((p) => `<${ARCHIVAL_PREFIX}:${p.name}>${esc(String(a[p.key]))}</${ARCHIVAL_PREFIX}:${p.name}>`).join('')));
  }
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n<x:xmpmeta xmlns:x="adobe:ns:meta/">\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n${parts.join('\n')}\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="w"?>`;
}

/**
 * Make `doc` a PDF/A-1b document described by `info` (in place; save it with savePdfA). Run again
 * on a loaded PDF/A file it replaces the metadata and keeps the OutputIntent.
 */
export function markPdfA(lib: PdfLib, doc: PDFDocument, info: PdfAInfo): void {
  const { PDFName, PDFHeader, PDFString, PDFArray } = lib;
  const ctx = doc.context;
  ctx.header = PDFHeader.forVersion(1, 4);
  // Info and XMP say the same (PDF/A-1 6.7.3)
  doc.setTitle(info.title);
  const infoDict = ctx.lookup(ctx.trailerInfo.Info, lib.PDFDict);
  for (const k of ['Author', 'Subject', 'Keywords']) infoDict.delete(PDFName.of(k));
  if (info.author) doc.setAuthor(info.author);
  if (info.subject) doc.setSubject(info.subject);
  doc.setCreator(PDFA_PRODUCER);
  doc.setProducer(PDFA_PRODUCER);
  doc.setCreationDate(info.when);
  doc.setModificationDate(info.when);
  doc.setLanguage('zh-CN');

  // the packet is not compressed: PDF/A-1 6.7.2 wants it readable by tools that know no PDF filters
  const xmp = ctx.stream(Buffer.from(xmpPacket(info), 'utf8'), { Type: 'Metadata', Subtype: 'XML' });
  const old = doc.catalog.get(PDFName.of('Metadata'));
  if (old instanceof lib.PDFRef) ctx.assign(old, xmp);
  else doc.catalog.set(PDFName.of('Metadata'), ctx.register(xmp));

  if (!(doc.catalog.lookup(PDFName.of('OutputIntents')) instanceof PDFArray)) {
    const icc = ctx.stream(iccProfileDeflated(lib), { N: 3, Filter: 'FlateDecode' });
    const intent = ctx.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      OutputConditionIdentifier: PDFString.of(OUTPUT_CONDITION),
      Info: PDFString.of(OUTPUT_CONDITION),
      DestOutputProfile: ctx.register(icc),
    });
    doc.catalog.set(PDFName.of('OutputIntents'), ctx.obj([ctx.register(intent)]));
  }
  stencilSoftMasks(lib, ctx);
  const id = lib.PDFHexString.of(ID_PLACEHOLDER);
  ctx.trailerInfo.ID = ctx.obj([id, id]);
}

/** The trailer /ID written before the file's digest is known (see withDigestId). */
export const ID_PLACEHOLDER = '0'.repeat(32);
let iccDeflated: Uint8Array | undefined;

/** The sRGB profile, compressed once per process with Node's zlib (pdf-lib's own deflate costs ~20 ms a file). */
export function iccProfileDeflated(lib: PdfLib): Uint8Array {
  iccDeflated ??= deflateSync(lib.getDefaultSRGBProfile(), { level: 9 });
  return iccDeflated;
}

/**
 * PDF/A-1 allows no soft masks (6.4): an image with an alpha channel (a PNG seal) gets a 1-bit
 * explicit /Mask instead, opaque where alpha ≥ 50 %, so what lies under a seal's blank stays visible.
 */
export function stencilSoftMasks(lib: PdfLib, ctx: PDFDocument['context']): void {
  const { PDFName, PDFRawStream, PDFRef, PDFNumber } = lib;
  for (const [, obj] of ctx.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream) || obj.dict.get(PDFName.of('Subtype')) !== PDFName.of('Image')) continue;
    const ref = obj.dict.get(PDFName.of('SMask'));
    if (!(ref instanceof PDFRef)) continue;
    const mask = ctx.lookup(ref);
    if (!(mask instanceof PDFRawStream)) throw new Error('PDF/A: an image has a soft mask xf cannot turn into a stencil');
    const num = (k: string) => mask.dict.lookup(PDFName.of(k), PDFNumber).asNumber();
    const w = num('Width'),
      h = num('Height');
    if (num('BitsPerComponent') !== 8 || mask.dict.get(PDFName.of('Filter')) !== PDFName.of('FlateDecode')) throw new Error('PDF/A: an image has a soft mask xf cannot turn into a stencil');
    const alpha = inflateSync(mask.contents);
    const row = Math.ceil(w / 8);
    const bits = new Uint8Array(row * h);
    // a stencil sample of 1 masks the image out
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (alpha[y * w + x]! < 128) bits[y * row + (x >> 3)] = bits[y * row + (x >> 3)]! | (0x80 >> (x & 7));
    ctx.assign(ref, ctx.stream(deflateSync(bits), { Type: 'XObject', Subtype: 'Image', Width: w, Height: h, ImageMask: true, BitsPerComponent: 1, Filter: 'FlateDecode' }));
    obj.dict.delete(PDFName.of('SMask'));
    obj.dict.set(PDFName.of('Mask'), ref);
  }
}

/**
 * Save a document marked by markPdfA: no object streams (PDF 1.4 has none), and the trailer /ID set
 * to the first 16 bytes of the SHA-256 of the file as written with a zero placeholder there. The
 * placeholder has the ID's length, so no offset moves.
 */
export async function savePdfA(doc: PDFDocument): Promise<Uint8Array> {
  return withDigestId(await doc.save({ useObjectStreams: false }));
}

/** A file written with the ID_PLACEHOLDER pair in its trailer, with its digest put there (in place). */
export function withDigestId(file: Uint8Array): Uint8Array {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.length);
  const marker = Buffer.from(`<${ID_PLACEHOLDER}>`, 'latin1');
  const second = bytes.lastIndexOf(marker);
  const first = second < 0 ? -1 : bytes.lastIndexOf(marker, second - 1);
  if (first < 0) throw new Error('savePdfA: the document was not marked with markPdfA');
  const id = Buffer.from(`<${createHash('sha256').update(bytes).digest('hex').slice(0, 32).toUpperCase()}>`, 'latin1');
  id.copy(bytes, first);
  id.copy(bytes, second);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** Whether a loaded PDF was written by xf (its own forms and aids), so marking it claims nothing false. */
export function madeByXf(doc: PDFDocument): boolean {
  return doc.getProducer() === PDFA_PRODUCER && !doc.isEncrypted;
}

/** What markPdfA needs, read back from a loaded xf PDF's Info dictionary. */
export function infoOf(doc: PDFDocument, archival?: ArchivalXmp): PdfAInfo {
  const author = doc.getAuthor(),
    subject = doc.getSubject();
  return {
    title: doc.getTitle() ?? '',
    ...(author ? { author } : {}),
    ...(subject ? { subject } : {}),
    when: doc.getCreationDate() ?? new Date(0),
    ...(archival ? { archival } : {}),
  };
}
