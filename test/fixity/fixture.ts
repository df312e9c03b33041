// A realistic dossier built with the bag writer (until the archiver exists): filed PDFs, DOCX,
// source JSON, a scanned letter (JPEG), a photo, and a dossier.json valid against the schema.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { BagWriter, type SealedBag, type Dossier, type DossierFile, dossierFile, writeYearManifest, DOSSIER_SCHEMA_VERSION, validateDossier } from '../../src/bagit/index.js';
import { buildDirAtomic } from '../../src/io/atomic.js';

/** Deterministic pseudo-random bytes (so digests are stable across runs). */
export function bytes(seed: string, n: number): Buffer {
  const out = Buffer.alloc(n);
  let block = createHash('sha256').update(seed).digest();
  for (let off = 0; off < n; off += block.length) {
    block.copy(out, off, 0, Math.min(block.length, n - off));
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

function fakePdf(seed: string, n: number): Buffer {
  return Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n', 'latin1'), bytes(seed, n), Buffer.from('\nendstream\n%%EOF\n')]);
}
function fakeDocx(seed: string, n: number): Buffer {
  return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('[Content_Types].xml'), bytes(seed, n)]);
}
function fakeJpeg(seed: string, n: number): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF\0'), bytes(seed, n), Buffer.from([0xff, 0xd9])]);
}

export interface DossierSpec {
  caseNo: string;
  itemFrom: number;
  year?: number;
  scale?: number;
}

export function tmp(prefix = 'xf-fix-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function archivalCode(n: number, year = 2026): string {
  return `X001-WS·${year}-D30-XFB-${String(n).padStart(4, '0')}`;
}

/** Build one dossier bag at `target` (atomically) and return what the writer reported. */
export async function buildDossier(target: string, spec: DossierSpec): Promise<SealedBag> {
  const year = spec.year ?? 2026;
  const scale = spec.scale ?? 1;
  let sealed: SealedBag | undefined;
  await buildDirAtomic(target, (tmpDir) => {
    const w = new BagWriter(tmpDir, { fsync: false });
    const docs = [
      { doc_type: 'doc.handling_opinion', title: '信访处理意见书', date: `${year}-03-20`, pages: 3 },
      { doc_type: 'doc.acceptance_notice', title: '受理告知书', date: `${year}-02-10`, pages: 1 },
      { doc_type: 'doc.petition', title: '[信访人来信]', date: `${year}-02-01`, pages: 2 },
    ];
    const items = docs
      .map((d, i) => {
        const no = spec.itemFrom + i;
        const code = archivalCode(no, year);
        const seed = `${spec.caseNo}-${i}`;
        const files: DossierFile[] = [];
        const pdf = w.addPayload({ path: `pdf/${code}.pdf`, content: fakePdf(seed + 'pdf', 20_000 * scale) });
        files.push(dossierFile(pdf, 'filed', { media_type: 'application/pdf', puid: 'fmt/354' }));
        if (d.doc_type !== 'doc.petition') {
          const docx = w.addPayload({ path: `docx/${code}.docx`, content: fakeDocx(seed + 'docx', 8_000 * scale) });
          files.push(dossierFile(docx, 'editable', { media_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', puid: 'fmt/412' }));
          const src = w.addPayload({ path: `source/${code}.json`, content: JSON.stringify({ doc_type: d.doc_type, case_no: spec.caseNo }) + '\n' });
          files.push(dossierFile(src, 'source', { media_type: 'application/json' }));
        } else {
          const scan = w.addPayload({ path: `scans/${code}-信封.jpg`, content: fakeJpeg(seed + 'scan', 50_000 * scale) });
          files.push(dossierFile(scan, 'original', { media_type: 'image/jpeg', puid: 'fmt/43' }));
          const photo = w.addPayload({ path: `scans/${code}-现场照片.jpg`, content: fakeJpeg(seed + 'photo', 30_000 * scale) });
          files.push(dossierFile(photo, 'original', { media_type: 'image/jpeg', puid: 'fmt/43' }));
        }
        return {
          seq: i + 1,
          archival_code: code,
          item_no: no,
          doc_type: d.doc_type,
          doc_no: i === 2 ? undefined : `某信〔${year}〕${no}号`,
          title: d.title,
          creator: '某市某区人民政府信访局',
          date: d.date,
          pages: d.pages,
          classification: '内部',
          retention: 'D30',
          files,
        };
      })
      .map((it) => JSON.parse(JSON.stringify(it)) as object);
    const dossier: Dossier = {
      schema_version: DOSSIER_SCHEMA_VERSION,
      generator: { name: 'xf', version: '0.1.0' },
      case: {
        case_no: spec.caseNo,
        title: `张三关于征地补偿的信访事项（${spec.caseNo}）`,
        category: 'claim',
        channel: 'letter',
        received_date: `${year}-02-01`,
        registered_date: `${year}-02-02`,
        terminated_date: `${year}-06-30`,
        termination_reason: 'answer_window_lapsed',
        petitioner_count: 1,
        via_agent: false,
      },
      archive: {
        mode: 'item',
        fonds_no: 'X001',
        fonds_name: '某市某区人民政府信访局',
        category_code: 'WS',
        org_or_issue_code: 'XFB',
        year,
        retention: 'D30',
        archival_code: archivalCode(spec.itemFrom, year),
        bundle: `X001-WS·${year}`,
        filing_date: `${year + 1}-01-15`,
        filed_by: '李四',
        order: 'conclusion_first',
        item_count: 3,
        page_count: 6,
        complete: true,
      },
      confidentiality: { confidential: false, classification: '内部', access: 'internal' },
      items: items as Dossier['items'],
    };
    const problems = validateDossier(dossier);
    if (problems.length) throw new Error('fixture dossier.json invalid: ' + JSON.stringify(problems));
    w.addPayload({ path: 'dossier.json', content: JSON.stringify(dossier, null, 2) + '\n' });
    sealed = w.seal({
      sourceOrganization: '某市某区人民政府信访局',
      baggingDate: `${year + 1}-01-15`,
      externalIdentifier: archivalCode(spec.itemFrom, year),
      bagGroupIdentifier: `X001-WS·${year}`,
      externalDescription: `张三关于征地补偿的信访事项（${spec.caseNo}）`,
    });
  });
  return { ...sealed!, dir: target };
}

/** A year bundle with `n` dossiers and a finding aid, plus its year manifest. */
export async function buildYear(dir: string, n: number, year = 2026, scale = 1): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const codes: string[] = [];
  const dossiers = [];
  for (let i = 0; i < n; i++) {
    const code = archivalCode(1 + i * 3, year);
    const sealed = await buildDossier(join(dir, code), { caseNo: `XX-${year}-${String(i + 1).padStart(4, '0')}`, itemFrom: 1 + i * 3, year, scale });
    dossiers.push({ archivalCode: code, path: code, payloadOxum: sealed.payloadOxum });
    codes.push(code);
  }
  const { writeFileSync } = await import('node:fs');
  writeFileSync(join(dir, '归档文件目录.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), bytes('index' + year, 4000)]));
  writeYearManifest(dir, { year, bundle: `X001-WS·${year}`, sourceOrganization: '某市某区人民政府信访局', created: `${year + 1}-01-20`, dossiers, files: ['归档文件目录.pdf'] });
  return codes;
}
