// One case's dossier, written into an empty folder as a sealed BagIt bag: the filed PDFs (归档章 or
// volume page numbers drawn on), DOCX and source JSON of every form, the attachments as received
// plus their archival images and filed PDF, the finding aids (目录 as XLSX and PDF, 备考表, 案卷封面 in
// file mode) and dossier.json, validated against the published schema before the bag is sealed.
// Everything here is a function of the case and its reserved numbers: same input, same bytes.
import { readFileSync } from 'node:fs';
import type { PDFDocument } from '@cantoo/pdf-lib';
import { join } from 'node:path';
import type { CaseRecord } from '../domain/case.js';
import { validationError, XfError } from '../domain/errors.js';
import { formatDateZh } from '../domain/format.js';
import { t } from '../domain/i18n.js';
import { TERMINATION_REASON, labelOf } from '../domain/enums.js';
import { EVENTS } from '../domain/lifecycle.js';
import type { FormEngine } from '../forms/engine.js';
import type { Anchor } from '../anchors/anchor.js';
import type { FilingFacts } from '../anchors/sign.js';
import { FILING_ANCHOR, formatAnchorFile } from '../anchors/store.js';
import { BagWriter, hashBytes, DOSSIER_FILE, DOSSIER_SCHEMA_VERSION, validateDossier, type PayloadRecord, type SealedBag } from '../bagit/index.js';
import { renderAid } from './aid-render.js';
import type { Completeness } from './checklist.js';
import { missingSummary } from './checklist.js';
import { caseTitle, confidentialReason, isConfidential, scrub } from './confidential.js';
import type { CaseDocument } from './documents.js';
import { formatOf, pdfFormat, readHead } from './formats.js';
import { IMAGE_EXTENSIONS, MIN_PPI, imagesToPdf, normaliseImage, type ArchivalImage } from './images.js';
import { applyPageNumbers, applyStamp, loadPdf } from './overlay.js';
import { RETENTION_ZH, type RetentionDecision } from './retention.js';
import type { ArchiveSettings } from './settings.js';
import { xfVersion } from './version.js';
import { listBytes, type ListColumn } from './xlsx.js';
import { check } from '../domain/rules/index.js';

export interface DossierPlan {
  rec: CaseRecord;
  settings: ArchiveSettings;
  /** In filing order. */
  docs: CaseDocument[];
  completeness: Completeness;
  retention: RetentionDecision;
  year: number;
  /** 归档日期 = Bagging-Date: the case's termination date (never "today": reproducible). */
  filingDate: string;
  archivalCode: string;
  bundle: string;
  /** 件号 (item mode). */
  itemNo?: number;
  /** 目录号 and 案卷号 (file mode). */
  catalogueNo?: string;
  fileNo?: number;
  incompleteReason?: string;
  /** bag-info Bag-Count, "N of ?": the filing's order in its year (the total is known only when the year is done). */
  bagCount?: string;
  /** Also write manifest-sm3.txt and tagmanifest-sm3.txt (sm3-digests.txt is always written). */
  sm3Manifest?: boolean;
  /** The signed filing anchor for what is about to be sealed (undefined: none is written). */
  filingAnchor?: (facts: FilingFacts) => Anchor | undefined;
}

type Role = 'filed' | 'editable' | 'source' | 'original' | 'normalised' | 'thumbnail' | 'index' | 'backnote' | 'cover' | 'other';
interface FileEntry {
  path: string;
  role: Role;
  format: ReturnType<typeof formatOf>;
  size: number;
  digests: { sha256: string; sm3?: string };
  /** An archival image: its pixels and the resolution its original declared (DA/T 31: ≥ 200 ppi). */
  image?: { width: number; height: number; ppi?: number };
}

interface Prepared {
  doc: CaseDocument;
  filed?: Uint8Array;
  /** `filed` as parsed to count its pages, kept for the stamp: each PDF is parsed once. */
  parsed?: PDFDocument;
  layout: string;
  pages: number;
  images?: ArchivalImage[];
  pageRef?: string;
}

export const CLASSIFICATION = { open: '内部', confidential: '保密' } as const;

function date8(d: string): string {
  return d.replace(/-/g, '');
}

export async function buildDossier(dir: string, plan: DossierPlan, engine: FormEngine): Promise<SealedBag & { dossier: Record<string, unknown>; warnings: string[] }> {
  const { rec, settings } = plan;
  const confidential = isConfidential(rec);
  const classification = confidential ? CLASSIFICATION.confidential : CLASSIFICATION.open;
  const prepared = await prepareFiled(plan, engine);
  const totalPages = prepared.reduce((s, p) => s + p.pages, 0);
  const xmp = { archivalCode: plan.archivalCode, fondsNo: settings.fondsNo, fondsName: settings.fondsName, year: plan.year, retention: plan.retention.code, classification };

  if (settings.mode === 'item') {
    const stamp = await renderAid(engine, 'archive_stamp', {
      stamp: { fonds_no: settings.fondsNo, year: plan.year, item_no: plan.itemNo, org: settings.orgCode ?? '', retention: plan.retention.code, pages: totalPages },
      date_iso: plan.filingDate,
    });
    const stampDoc = await loadPdf(stamp.pdf);
    for (const p of prepared) if (p.filed) p.filed = await applyStamp(p.parsed ?? p.filed, stampDoc, p.layout, xmp);
  } else if (totalPages > 0) {
    const numbers = await renderAid(engine, 'page_numbers', { numbers: Array.from({ length: totalPages }, (_, i) => i + 1), date_iso: plan.filingDate });
    const numbersDoc = await loadPdf(numbers.pdf);
    let first = 1;
    for (const p of prepared) {
      if (!p.filed || p.pages === 0) continue;
      p.filed = await applyPageNumbers(p.parsed ?? p.filed, numbersDoc, first, xmp);
      p.pageRef = p.pages === 1 ? String(first) : `${first}-${first + p.pages - 1}`;
      first += p.pages;
    }
  }

  // files are fsynced together once the bag is sealed (BagWriter.flush), before the caller renames
  // the hidden folder into place: one journal commit for the dossier rather than one per file
  const w = new BagWriter(dir, { fsync: 'batch', ...(plan.sm3Manifest ? { sm3Manifest: true } : {}) });
  try {
    const width = Math.max(2, String(prepared.length).length);
    const base = plan.archivalCode;
    const add = (path: string, role: Role, ext: string, content: Uint8Array | string | { source: string }, received = false): FileEntry => {
      const rec2: PayloadRecord = typeof content === 'object' && 'source' in content ? w.addPayload({ path, source: content.source }) : w.addPayload({ path, content: content as Uint8Array | string });
      // a received file is identified from its bytes (as copied into the bag)
      const head = received ? readHead(join(dir, 'data', ...path.split('/'))) : undefined;
      const format = !received && ext === 'pdf' && content instanceof Uint8Array ? pdfFormat(content) : formatOf(ext, received, head);
      return { path, role, format, size: rec2.size, digests: { sha256: rec2.digests.sha256!, ...(rec2.digests.sm3 ? { sm3: rec2.digests.sm3 } : {}) } };
    };
    const warnings: string[] = [];

    const items: Record<string, unknown>[] = [];
    for (const [i, p] of prepared.entries()) {
      const nn = String(i + 1).padStart(width, '0');
      const stem = `${base}-${nn}`;
      const files: FileEntry[] = [];
      const d = p.doc;
      if (p.filed) files.push(add(`pdf/${stem}.pdf`, 'filed', 'pdf', p.filed));
      if (d.kind === 'form') {
        files.push(add(`docx/${stem}.docx`, 'editable', 'docx', d.docx));
        files.push(add(`source/${stem}.json`, 'source', 'json', d.source));
      } else {
        files.push(add(`originals/${stem}.${d.ext || 'bin'}`, 'original', d.ext, { source: d.abs }, true));
        (p.images ?? []).forEach((im, k) => {
          const sfx = p.images!.length > 1 ? `-${k + 1}` : '';
          files.push({ ...add(`images/${stem}${sfx}.jpg`, 'normalised', 'jpg', im.jpeg), image: { width: im.width, height: im.height, ...(im.ppi ? { ppi: im.ppi } : {}) } });
          const page = p.images!.length > 1 ? t(`第 ${k + 1} 页`, ` page ${k + 1}`) : '';
          if (im.ppi === undefined)
            warnings.push(
              t(
                `附件「${d.title}」${page}未声明分辨率（${im.width}×${im.height} 像素，按 A4 约 ${a4ppi(im)} ppi）；DA/T 31 要求不低于 ${MIN_PPI} ppi`,
                `attachment "${d.title}"${page} declares no resolution (${im.width}×${im.height} px, about ${a4ppi(im)} ppi as A4); DA/T 31 asks for at least ${MIN_PPI} ppi`,
              ),
            );
          else if (im.ppi < MIN_PPI)
            warnings.push(
              t(`附件「${d.title}」${page}分辨率 ${im.ppi} ppi，低于 DA/T 31 要求的 ${MIN_PPI} ppi`, `attachment "${d.title}"${page} is ${im.ppi} ppi, below the ${MIN_PPI} ppi DA/T 31 asks for`),
            );
          // thumbnails are for browsing the index: none for a confidential case
          if (!confidential) files.push(add(`thumbnails/${stem}${sfx}.jpg`, 'thumbnail', 'jpg', im.thumb));
        });
      }
      const remarks = remarksOf(d, p);
      items.push({
        seq: i + 1,
        ...(d.kind === 'form' && d.docType ? { doc_type: d.docType } : {}),
        ...(d.kind === 'form' && d.docNo ? { doc_no: d.docNo } : {}),
        title: scrub(rec, d.title),
        creator: d.creator,
        date: d.date,
        pages: p.pages,
        ...(p.pageRef ? { page_ref: p.pageRef } : {}),
        classification,
        retention: plan.retention.code,
        ...(remarks ? { remarks } : {}),
        files,
      });
    }

    // finding aids
    const notes = backnoteLines(plan, prepared.length, totalPages);
    const aidsDate = plan.filingDate;
    const rows = items.map((it) => ({
      seq: it.seq as number,
      doc_no: (it.doc_no as string | undefined) ?? '',
      creator: it.creator as string,
      title: it.title as string,
      date8: date8(it.date as string),
      classification,
      pages: it.pages as number,
      page_ref: (it.page_ref as string | undefined) ?? '',
      remarks: (it.remarks as string | undefined) ?? '',
    }));
    // registered material kept on paper (V-ARC-1 counts it): listed, marked, with no pages in the bag
    for (const pi of plan.completeness.paper)
      rows.push({
        seq: rows.length + 1,
        doc_no: '',
        creator: pi.creator ?? '',
        title: scrub(rec, pi.title),
        date8: date8(pi.date),
        classification,
        pages: '' as unknown as number,
        page_ref: '',
        remarks: '纸质件另存',
      });
    const listTitle = settings.mode === 'file' ? '卷内文件目录' : '归档文件目录';
    const title = caseTitle(rec);
    const findingAids: FileEntry[] = [];
    const indexView = { mode: settings.mode, title: listTitle, archival_code: base, fonds_name: settings.fondsName, case_title: title, confidential, date_iso: aidsDate, rows };
    if (settings.mode === 'file') {
      const cover = await renderAid(engine, 'file_cover', coverView(plan, title, prepared, totalPages, classification, confidential));
      findingAids.push(add('index/cover.pdf', 'cover', 'pdf', cover.pdf));
    }
    findingAids.push(add('index/file-index.pdf', 'index', 'pdf', (await renderAid(engine, 'file_inner_index', indexView)).pdf));
    const columns: ListColumn[] =
      settings.mode === 'file'
        ? [
            { header: '顺序号', key: 'seq', width: 8 },
            { header: '文号', key: 'doc_no', width: 22 },
            { header: '责任者', key: 'creator', width: 24 },
            { header: '题名', key: 'title', width: 48 },
            { header: '日期', key: 'date8', width: 11 },
            { header: '页号', key: 'page_ref', width: 8 },
            { header: '备注', key: 'remarks', width: 16 },
          ]
        : [
            { header: '序号', key: 'seq', width: 6 },
            { header: '文号', key: 'doc_no', width: 22 },
            { header: '责任者', key: 'creator', width: 24 },
            { header: '题名', key: 'title', width: 48 },
            { header: '日期', key: 'date8', width: 11 },
            { header: '密级', key: 'classification', width: 7 },
            { header: '页数', key: 'pages', width: 6 },
            { header: '备注', key: 'remarks', width: 16 },
          ];
    const xlsx = await listBytes({ sheetName: listTitle, title: listTitle, subtitle: [`档号：${base}`, title], columns, date: aidsDate }, rows);
    findingAids.push(add('index/file-index.xlsx', 'index', 'xlsx', xlsx));
    const backnote = await renderAid(engine, 'file_backnote', {
      mode: settings.mode,
      title: settings.mode === 'file' ? '卷内备考表' : '备考表',
      archival_code: base,
      notes,
      filed_date: formatDateZh(plan.filingDate),
      date_iso: aidsDate,
    });
    findingAids.push(add('index/backnote.pdf', 'backnote', 'pdf', backnote.pdf));

    const dossier = dossierJson(plan, title, items, findingAids, notes, totalPages, classification, confidential);
    const problems = validateDossier(dossier);
    if (problems.length) {
      throw validationError(
        t(`${rec.case_no} 的 dossier.json`, `dossier.json of ${rec.case_no}`),
        check('E-SCHEMA', 'problems', { problems: problems.map((p) => ({ field: p.pointer || '/', detail: p.message })) }, { label: 'dossier.json' }),
      );
    }
    add(DOSSIER_FILE, 'other', 'json', JSON.stringify(dossier, null, 2) + '\n');
    const sealed = w.seal(
      {
        sourceOrganization: settings.fondsName,
        baggingDate: plan.filingDate,
        externalIdentifier: base,
        bagGroupIdentifier: plan.bundle,
        ...(plan.bagCount ? { bagCount: plan.bagCount } : {}),
        externalDescription: title,
        internalSenderIdentifier: rec.case_no,
      },
      (written) => {
        // signed over the payload manifest and bag-info, then covered by the tag manifests
        const sha = (name: string) => hashBytes(written.get(name)!, ['sha256']).sha256!;
        const a = plan.filingAnchor?.({ archival_code: base, manifest_sha256: sha('manifest-sha256.txt'), bag_info_sha256: sha('bag-info.txt') });
        return a ? [[FILING_ANCHOR, formatAnchorFile(a)]] : [];
      },
    );
    await w.flush();
    return { ...sealed, dossier, warnings };
  } catch (e) {
    w.discard();
    throw e;
  }
}

/** The resolution an image would have printed on A4 (its long side over 297 mm): a hint when none is declared. */
function a4ppi(im: ArchivalImage): number {
  return Math.round(Math.max(im.width, im.height) / (297 / 25.4));
}

async function prepareFiled(plan: DossierPlan, engine: FormEngine): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for (const d of plan.docs) {
    if (d.kind === 'form') {
      const parsed = await loadPdf(d.pdf);
      out.push({ doc: d, filed: d.pdf, parsed, layout: engine.template(d.formId).spec.layout, pages: parsed.getPageCount() });
    } else if (d.ext === 'pdf') {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(d.abs));
      } catch (e) {
        throw new XfError(
          'IO',
          t(
            `附件「${d.title}」无法读取：${d.abs}（${(e as NodeJS.ErrnoException).code ?? (e as Error).message}）`,
            `attachment "${d.title}" cannot be read: ${d.abs} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
          ),
          [],
          { path: d.abs },
        );
      }
      let parsed: PDFDocument;
      try {
        parsed = await loadPdf(bytes);
      } catch (e) {
        throw new XfError('IO', t(`附件「${d.title}」不是可读的 PDF（${(e as Error).message}）：${d.abs}`, `attachment "${d.title}" is not a readable PDF (${(e as Error).message}): ${d.abs}`), [], {
          path: d.abs,
        });
      }
      out.push({ doc: d, filed: bytes, parsed, layout: 'letter', pages: parsed.getPageCount() });
    } else if (IMAGE_EXTENSIONS.has(d.ext)) {
      const images = await normaliseImage(d.abs, d.title);
      const filed = await imagesToPdf(images, { title: d.title, date: d.date });
      out.push({ doc: d, filed, layout: 'letter', pages: images.length, images });
    } else {
      out.push({ doc: d, layout: 'letter', pages: 0 });
    }
  }
  return out;
}

function remarksOf(d: CaseDocument, p: Prepared): string | undefined {
  // one 送达回证 per service (copies: per_service), rendered blank: the signed return is its scan
  if (d.kind === 'form') return d.serves ? '送达回证底稿（空白，签收件另附）' : d.draft ? '底稿（未加盖印章）' : undefined;
  if (d.class === 'sealed_original') return '盖章原件扫描件（发文件）';
  if (d.class === 'service_return') return '签收的送达回证扫描件';
  if (!p.filed) return '非版式文件，原样保存';
  return p.images ? '扫描件' : '原件电子版';
}

function backnoteLines(plan: DossierPlan, items: number, pages: number): string[] {
  const { rec, completeness } = plan;
  const lines: string[] = [];
  const unit = plan.settings.mode === 'file' ? '卷' : '件';
  lines.push(`本${unit}共有文件 ${items} 份，${pages} 页。`);
  const term = rec.progress.termination;
  if (term) lines.push(`本信访事项于${formatDateZh(term.terminated_date)}办理终结（${labelOf(TERMINATION_REASON, term.reason)}）。`);
  lines.push(`保管期限：${RETENTION_ZH[plan.retention.code]}（${plan.retention.criterion_zh}）。`);
  if (isConfidential(rec))
    lines.push(
      `本${unit}为保密${unit}（${confidentialReason(rec) === 'accusation' ? '检举控告事项' : '信访人申请保密'}），目录与封面不载信访人身份信息；借阅须持单位介绍信并经分管信访工作的领导批准。`,
    );
  if (completeness.missing.length) {
    lines.push(`归档时经检查，本${unit}缺少：${missingSummary(completeness.missing).join('；')}。`);
    lines.push(`不完整归档的理由：${plan.incompleteReason ?? ''}`);
  }
  lines.push(...completeness.notes);
  // 更正: the log is append-only; each correction is recorded here with its reason and approver.
  for (const c of rec.corrections ?? []) {
    const what = [...Object.entries(c.set).map(([k, v]) => `${k} 改为 ${typeof v === 'string' ? v : JSON.stringify(v)}`), ...(c.event_date ? [`事件日期改为 ${c.event_date}`] : [])].join('，');
    lines.push(`更正：${formatDateZh(c.date)}更正办理经过第 #${c.target_seq} 项「${EVENTS[c.target_event]?.label_zh ?? c.target_event}」：${what}；理由：${c.reason}；批准人：${c.approved_by}。`);
  }
  // notes quote titles and reasons (an investigation titled 与某某谈话笔录): through the policy
  return lines.map((l) => scrub(rec, l));
}

function coverView(plan: DossierPlan, title: string, prepared: Prepared[], pages: number, classification: string, confidential: boolean): object {
  const dates = prepared.map((p) => p.doc.date).sort();
  return {
    fonds_name: plan.settings.fondsName,
    class_name: '信访工作',
    file_title: title,
    date_from: formatDateZh(dates[0] ?? plan.filingDate),
    date_to: formatDateZh(dates[dates.length - 1] ?? plan.filingDate),
    retention_zh: RETENTION_ZH[plan.retention.code],
    item_count: prepared.length,
    page_count: pages,
    filing_no: plan.rec.case_no,
    fonds_no: plan.settings.fondsNo,
    catalogue_no: plan.catalogueNo ?? '',
    file_no: plan.fileNo === undefined ? '' : String(plan.fileNo).padStart(4, '0'),
    classification,
    confidential,
    date_iso: plan.filingDate,
  };
}

function dossierJson(
  plan: DossierPlan,
  title: string,
  items: Record<string, unknown>[],
  findingAids: FileEntry[],
  notes: string[],
  pages: number,
  classification: string,
  confidential: boolean,
): Record<string, unknown> {
  const { rec, settings } = plan;
  const term = rec.progress.termination!;
  const complete = plan.completeness.missing.length === 0;
  return {
    schema_version: DOSSIER_SCHEMA_VERSION,
    generator: { name: 'xf', version: xfVersion() },
    case: {
      case_no: rec.case_no,
      ...(rec.system_ref_no ? { system_ref_no: rec.system_ref_no } : {}),
      title,
      category: rec.category,
      channel: rec.channel,
      received_date: rec.received_date,
      registered_date: rec.registered_date,
      terminated_date: term.terminated_date,
      termination_reason: term.reason,
      petitioner_count: Math.max(rec.petitioner_count ?? 0, rec.petitioners.length),
      via_agent: rec.via_agent,
    },
    archive: {
      mode: settings.mode,
      fonds_no: settings.fondsNo,
      fonds_name: settings.fondsName,
      category_code: settings.categoryCode,
      ...(settings.orgCode ? { org_or_issue_code: settings.orgCode } : {}),
      year: plan.year,
      retention: plan.retention.code,
      archival_code: plan.archivalCode,
      ...(settings.mode === 'file' ? { catalogue_no: plan.catalogueNo!, file_no: String(plan.fileNo!).padStart(4, '0') } : {}),
      bundle: plan.bundle,
      filing_date: plan.filingDate,
      order: settings.order,
      item_count: items.length,
      page_count: pages,
      complete,
      ...(complete ? {} : { incomplete_reason: plan.incompleteReason!, missing: missingSummary(plan.completeness.missing) }),
    },
    confidentiality: {
      confidential,
      classification,
      ...(confidential ? { reason: confidentialReason(rec) } : {}),
      access: confidential ? 'restricted' : 'internal',
      redacted_copies: false,
    },
    items,
    finding_aids: findingAids,
    notes: notes.join('\n'),
  };
}
