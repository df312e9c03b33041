// Archiving one case: only a terminated case; the V-ARC-1 checklist (or an explicit, recorded reason
// to file it incomplete); 件号/案卷号 reserved in the register; the dossier built in a hidden folder
// beside its place and renamed in whole; then the `archive` event, which locks the case and puts the
// dossier's seal (SHA-256 of its tag manifest) into the hash-chained log. A rerun after a crash at
// any point finishes the job: the reserved number is reused, a dossier already in place is checked
// against a rebuild (same input, same bytes) and kept, and nothing is ever duplicated.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseRecord } from '../domain/case.js';
import { XfError } from '../domain/errors.js';
import { yearOf } from '../domain/dates.js';
import { CASE_STATUS, labelOf } from '../domain/enums.js';
import { t } from '../domain/i18n.js';
import type { FormEngine } from '../forms/engine.js';
import { buildDirAtomic } from '../io/atomic.js';
import { isStorageFailure, storageError } from '../io/errno.js';
import type { Registry } from '../registry/registry.js';
import { buildDossier, type DossierPlan } from './build-dossier.js';
import { bagCaseNo, bagSeal, stagingPath, swapInto, sweepStale, syncDir } from './bundle-dir.js';
import { checkCompleteness, missingAsViolations, missingSummary } from './checklist.js';
import { bundleId, FILE_SERIAL_KIND, fileArchivalCode, itemArchivalCode, itemSerialKind } from './codes.js';
import { collectDocuments } from './documents.js';
import { reserveNumber } from './numbering.js';
import type { RenderPool } from './render-pool.js';
import { orderDocuments } from './order.js';
import { retentionFor, type Retention } from './retention.js';
import { verifyTargets } from '../fixity/verify.js';
import { filingAnchor } from '../anchors/sign.js';
import { resolveHome } from '../registry/home.js';
import { overallExit } from '../fixity/faults.js';
import { archiveSettings, type ArchiveSettings, type FilingMode, type FilingOrder } from './settings.js';

export interface ArchiveOptions {
  /** Archive root: dossiers go to <out>/<bundle>/<档号>/. */
  out: string;
  /** Folder that relative attachment paths are resolved against (the case files' folder). */
  attachmentsDir: string;
  allowIncomplete?: boolean;
  reason?: string;
  /** The archivist's own retention for this case (recorded with its reason in the archive event). */
  retention?: { code: Retention; reason: string };
  /** The office's e-seal (PNG, xf.config.json archive.seal_png): applied to the filed outgoing letters. */
  seal?: Uint8Array;
  mode?: FilingMode;
  order?: FilingOrder;
  /** Also write manifest-sm3.txt and tagmanifest-sm3.txt into each dossier (--sm3-manifest). */
  sm3Manifest?: boolean;
  /** The register's home, where the office key and anchors log are (default: resolveHome()). */
  home?: string;
}

export type ArchiveOutcome =
  /** filed now */
  | 'archived'
  /** already archived and its dossier is in place, unchanged */
  | 'already'
  /** already archived; its missing dossier was rebuilt and matches the recorded seal */
  | 'reproduced';

export interface ArchiveResult {
  case_no: string;
  outcome: ArchiveOutcome;
  archival_code: string;
  bundle: string;
  year: number;
  path: string;
  tag_manifest_sha256: string;
  payload_oxum?: string;
  retention: string;
  items?: number;
  pages?: number;
  complete?: boolean;
  missing?: string[];
  /** A dossier left by an interrupted run was found in place and kept. */
  recovered?: boolean;
  /** What filing warned about (a scan below 200 ppi or of no declared resolution). */
  warnings?: string[];
}

interface Numbers {
  code: string;
  itemNo?: number;
  catalogueNo?: string;
  fileNo?: number;
}

export class Archiver {
  readonly settings: ArchiveSettings;
  /** Workers rendering the cases ahead (a year run, render-pool.ts); without it every case is rendered here. */
  pool?: RenderPool;

  constructor(
    readonly reg: Registry,
    readonly engine: FormEngine,
    readonly opts: ArchiveOptions,
  ) {
    this.settings = archiveSettings(reg.config, { ...(opts.mode ? { mode: opts.mode } : {}), ...(opts.order ? { order: opts.order } : {}) });
    if (opts.allowIncomplete && !opts.reason?.trim()) {
      throw new XfError('USAGE', t('--allow-incomplete 须同时用 --reason "…" 说明不完整归档的理由（记入备考表）', '--allow-incomplete needs --reason "…" (it is written into the 备考表)'));
    }
  }

  bundleOf(year: number): string {
    return bundleId(this.settings.fondsNo, this.settings.categoryCode, year);
  }
  bundleDir(year: number): string {
    return join(this.opts.out, this.bundleOf(year));
  }

  async archiveCase(caseNo: string): Promise<ArchiveResult> {
    const rec = this.reg.getCase(caseNo);
    if (rec.status === 'archived') return this.alreadyArchived(rec);
    if (rec.status !== 'terminated' || !rec.progress.termination) {
      throw new XfError(
        'ILLEGAL_STEP',
        t(`只有办理终结的案件才能归档：${caseNo} 当前为${labelOf(CASE_STATUS, rec.status)}（${rec.status}）`, `only terminated cases can be archived: ${caseNo} is ${rec.status}`),
        [],
        { case_no: caseNo, status: rec.status },
      );
    }
    const { plan, numbersReused } = await this.plan(rec, true);
    const target = join(this.bundleDir(plan.year), plan.archivalCode);
    let placed: Awaited<ReturnType<Archiver['place']>>;
    try {
      placed = await this.place(plan, target, numbersReused);
    } catch (e) {
      // the dossier was being built in a hidden folder, now swept: say so, and how to go on. Other
      // system errors (an attachment that cannot be read) are the case's own and pass unchanged.
      if (isStorageFailure(e, this.bundleDir(plan.year)))
        throw storageError(
          e,
          target,
          {
            zh: `${caseNo} 未归档（未完成的卷宗已清除，此前归档的卷宗完整）；处理后重新运行同一命令即可接续。`,
            en: `${caseNo} was not archived (its unfinished dossier was removed; dossiers filed before are whole); fix this and run the same command again to go on.`,
          },
          { case_no: caseNo },
        );
      throw e;
    }
    const { seal, oxum, recovered, warnings } = placed;
    this.reg.recordEvent(caseNo, {
      event: 'archive',
      date: this.reg.today,
      details: {
        archival_code: plan.archivalCode,
        tag_manifest_sha256: seal,
        ...(plan.incompleteReason ? { incomplete_reason: plan.incompleteReason } : {}),
        ...(plan.retention.reason ? { retention: plan.retention.code, retention_reason: plan.retention.reason } : {}),
      },
    });
    return {
      case_no: caseNo,
      outcome: 'archived',
      archival_code: plan.archivalCode,
      bundle: plan.bundle,
      year: plan.year,
      path: target,
      tag_manifest_sha256: seal,
      ...(oxum ? { payload_oxum: oxum } : {}),
      retention: plan.retention.code,
      items: plan.docs.length,
      complete: plan.completeness.missing.length === 0,
      missing: missingSummary(plan.completeness.missing),
      ...(recovered ? { recovered } : {}),
      ...(warnings.length ? { warnings } : {}),
    };
  }

  /** Everything that decides the dossier's bytes. `reserve`: take a number now when none is reserved. */
  private async plan(rec: CaseRecord, reserve: boolean): Promise<{ plan: DossierPlan; numbersReused: boolean }> {
    const term = rec.progress.termination!;
    const year = yearOf(term.terminated_date);
    const docs = (await this.pool?.take(rec)) ?? (await collectDocuments(rec, this.engine, this.opts.attachmentsDir, this.opts.seal ? { seal: this.opts.seal } : {}));
    const completeness = checkCompleteness(rec, docs);
    // A rebuild of an incomplete filing reuses the reason the register recorded with it.
    const reason = this.opts.reason?.trim() || rec.progress.archived?.incomplete_reason;
    if (completeness.missing.length && !(this.opts.allowIncomplete || rec.progress.archived?.incomplete_reason)) {
      throw new XfError(
        'VALIDATION',
        t(
          `${rec.case_no} 的归档材料不齐全（V-ARC-1），未归档。补齐后再归档，或用 --allow-incomplete --reason "…" 说明理由后归档`,
          `${rec.case_no}: the archive checklist (V-ARC-1) is not complete; nothing was archived. Add what is missing, or file it with --allow-incomplete --reason "…"`,
        ),
        missingAsViolations(completeness.missing),
        { case_no: rec.case_no, missing: missingSummary(completeness.missing) },
      );
    }
    const retention = retentionFor(rec, this.reg.config, this.opts.retention);
    const s = this.settings;
    const kind = s.mode === 'item' ? itemSerialKind(s.categoryCode, retention.code, s.orgCode) : FILE_SERIAL_KIND;
    let n: { number: number; reused: boolean };
    if (reserve) n = reserveNumber(this.reg, rec.case_no, kind, year);
    else {
      const seq = this.reg.archive.reservedNumber(rec.case_no, year, kind);
      if (seq === undefined)
        throw new XfError(
          'NOT_FOUND',
          t(`登记簿中没有 ${rec.case_no} 的${s.mode === 'item' ? '件号' : '案卷号'}（${kind}，${year}）`, `the register holds no ${kind} number of ${rec.case_no} for ${year}`),
        );
      n = { number: seq, reused: true };
    }
    const numbers: Numbers =
      s.mode === 'item'
        ? {
            code: itemArchivalCode({ fondsNo: s.fondsNo, categoryCode: s.categoryCode, year, retention: retention.code, ...(s.orgCode ? { orgCode: s.orgCode } : {}), itemNo: n.number }),
            itemNo: n.number,
          }
        : { code: fileArchivalCode({ fondsNo: s.fondsNo, catalogueNo: String(year), fileNo: n.number }), catalogueNo: String(year), fileNo: n.number };
    const archived = rec.progress.archived !== undefined;
    const target = join(this.bundleDir(year), numbers.code);
    const home = this.opts.home ?? resolveHome();
    const plan: DossierPlan = {
      rec,
      settings: s,
      docs: orderDocuments(docs.documents, s.order),
      completeness,
      retention,
      year,
      // The day of filing (Bagging-Date, 归档日期, 备考表): today when filing, and for a rebuild the date the
      // register's archive event recorded, so the rebuilt dossier has the same bytes.
      filingDate: rec.progress.archived?.archived_date ?? this.reg.today,
      archivalCode: numbers.code,
      bundle: this.bundleOf(year),
      ...(numbers.itemNo !== undefined ? { itemNo: numbers.itemNo } : {}),
      ...(numbers.catalogueNo !== undefined ? { catalogueNo: numbers.catalogueNo, fileNo: numbers.fileNo! } : {}),
      ...(completeness.missing.length ? { incompleteReason: reason! } : {}),
      bagCount: `${this.reg.archive.filedBefore(rec.case_no, { from: `${year}-01-01`, to: `${year}-12-31` }) + 1} of ?`,
      ...(this.opts.sm3Manifest ? { sm3Manifest: true } : {}),
      // a rebuild from the register never signs anew: it reuses the anchor of the first filing
      filingAnchor: (f) => filingAnchor(home, this.reg, f, { inPlace: target, signNew: !archived }),
    };
    return { plan, numbersReused: n.reused };
  }

  /** Build the dossier and put it in place; a dossier already there (an interrupted run) is checked and kept. */
  private async place(plan: DossierPlan, target: string, numbersReused: boolean): Promise<{ seal: string; oxum?: string; recovered: boolean; warnings: string[] }> {
    const dir = join(target, '..');
    sweepStale(dir);
    if (!existsSync(target)) {
      let sealed!: Awaited<ReturnType<typeof buildDossier>>;
      await buildDirAtomic(target, async (tmp) => {
        sealed = await buildDossier(tmp, plan, this.engine);
      });
      syncDir(dir);
      return { seal: sealed.sealSha256, oxum: sealed.payloadOxum, recovered: false, warnings: sealed.warnings };
    }
    const owner = bagCaseNo(target);
    if (owner !== plan.rec.case_no) {
      throw new XfError(
        'CONFLICT',
        t(
          `${target} 已存在，且属于${owner ? `案件 ${owner}` : '其他内容'}：档号冲突，未归档 ${plan.rec.case_no}`,
          `${target} exists and belongs to ${owner ? `case ${owner}` : 'something else'}: 档号 clash; ${plan.rec.case_no} not archived`,
        ),
        [],
        { path: target },
      );
    }
    if (!numbersReused) {
      // a fresh number can never have a dossier already: someone else's register wrote here
      throw new XfError('CONFLICT', t(`${target} 已存在，但该档号刚由本登记簿分配：请核对归档目录`, `${target} exists although its number was only now allocated: check the archive folder`), [], {
        path: target,
      });
    }
    // left by an interrupted run: rebuild beside it and keep whichever is right
    const staging = stagingPath(dir, plan.archivalCode);
    rmSync(staging, { recursive: true, force: true });
    let sealed!: Awaited<ReturnType<typeof buildDossier>>;
    await buildDirAtomic(staging, async (tmp) => {
      sealed = await buildDossier(tmp, plan, this.engine);
    });
    if (bagSeal(target) === sealed.sealSha256) rmSync(staging, { recursive: true, force: true });
    else swapInto(staging, target);
    syncDir(dir);
    return { seal: sealed.sealSha256, oxum: sealed.payloadOxum, recovered: true, warnings: sealed.warnings };
  }

  /** An archived case: its dossier in place is left alone; a missing one is rebuilt and must match the recorded seal. */
  private async alreadyArchived(rec: CaseRecord): Promise<ArchiveResult> {
    const a = rec.progress.archived!;
    const year = yearOf(rec.progress.termination?.terminated_date ?? a.archived_date);
    const code = a.archival_code ?? '';
    const target = join(this.bundleDir(year), code);
    const base = { case_no: rec.case_no, archival_code: code, bundle: this.bundleOf(year), year, path: target, tag_manifest_sha256: a.tag_manifest_sha256 ?? '' };
    if (existsSync(target)) {
      // A dossier in place is verified in full, never taken as intact because its seal still matches:
      // a changed PDF under an untouched tag manifest keeps the seal.
      const v = await verifyTargets({ bags: [target], years: [], jobs: 2 });
      if (v.faults.length) {
        const shown = v.faults
          .slice(0, 8)
          .map((f) => `  [${f.code}] ${f.rel ?? f.path ?? f.bag}：${f.message}`)
          .join('\n');
        throw new XfError(
          'INTEGRITY',
          t(
            `${rec.case_no} 已归档，但 ${target} 已损坏（${v.faults.length} 处问题），未改动：\n${shown}\n请从另一份副本恢复，或移走损坏的卷宗后重新运行本命令按登记簿重建`,
            `${rec.case_no} is archived, but ${target} is damaged (${v.faults.length} fault(s)); nothing changed:\n${shown}\nrestore it from the other copy, or move the damaged dossier away and run this again to rebuild it from the register`,
          ),
          [],
          { path: target, faults: v.faults.map(({ message: _m, ...f }) => f), exit: overallExit(v.faults) },
        );
      }
      const seal = bagSeal(target);
      if (seal !== a.tag_manifest_sha256) {
        throw new XfError(
          'INTEGRITY',
          t(
            `${rec.case_no} 已归档，但 ${target} 的标签清单摘要与登记簿记录不符：请用 xf verify 检查`,
            `${rec.case_no} is archived, but ${target} does not match the seal in the register: run xf verify`,
          ),
          [],
          { path: target, expected: a.tag_manifest_sha256, actual: seal },
        );
      }
      return { ...base, outcome: 'already', retention: dossierRetention(target) };
    }
    const { plan } = await this.plan(rec, false);
    if (plan.archivalCode !== code) {
      throw new XfError(
        'INTEGRITY',
        t(`${rec.case_no} 重建的档号 ${plan.archivalCode} 与登记簿记录的 ${code} 不符`, `${rec.case_no}: rebuilt 档号 ${plan.archivalCode} differs from the recorded ${code}`),
      );
    }
    const dir = join(target, '..');
    sweepStale(dir);
    const staging = stagingPath(dir, code);
    rmSync(staging, { recursive: true, force: true });
    let sealed!: Awaited<ReturnType<typeof buildDossier>>;
    await buildDirAtomic(staging, async (tmp) => {
      sealed = await buildDossier(tmp, plan, this.engine);
    });
    if (sealed.sealSha256 !== a.tag_manifest_sha256) {
      rmSync(staging, { recursive: true, force: true });
      throw new XfError(
        'INTEGRITY',
        t(
          `${rec.case_no} 的卷宗不在 ${target}，重建结果与登记簿记录的摘要不符（模板或程序版本已变？不完整归档须给出原理由），未写入`,
          `${rec.case_no}: the dossier is not at ${target} and a rebuild does not match the recorded seal (templates or version changed? an incomplete filing needs its original --reason); nothing written`,
        ),
        [],
        { expected: a.tag_manifest_sha256, actual: sealed.sealSha256 },
      );
    }
    renameSync(staging, target);
    syncDir(dir);
    return { ...base, outcome: 'reproduced', retention: plan.retention.code, payload_oxum: sealed.payloadOxum, items: plan.docs.length };
  }
}

function dossierRetention(bagDir: string): string {
  try {
    return (JSON.parse(readFileSync(join(bagDir, 'data', 'dossier.json'), 'utf8')) as { archive: { retention: string } }).archive.retention;
  } catch {
    return '';
  }
}
