// One recorded verification run: pick the bags, open the audit history, keep the resume checkpoint,
// verify, and append the result. The CLI adds argument parsing, printing, progress and signals.
import { prestartWorkers, releaseWarmWorkers } from './pool.js';
import { existsSync, rmSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { Algorithm } from '../bagit/index.js';
import { type AuditBody, type AuditRecord, newRunId } from './audit.js';
import { CheckpointWriter, type RunPlan, checkpointFile, readCheckpoint } from './checkpoint.js';
import { discover } from './discover.js';
import { overallExit } from './faults.js';
import { openStore, resolveStore, type StoreLocation } from './location.js';
import { type VerifyReport, buildReport } from './report.js';
import { notCheckedSince, sampleBags } from './select.js';
import { type Progress, verifyTargets } from './verify.js';
import { readExportRows, readRegisterView } from './register-view.js';
import { isPgPointer, registerFileOf } from '../registry/database.js';
import { basename, join as joinPath } from 'node:path';
import { readFileSync } from 'node:fs';
import { YEAR_MANIFEST, hashBytes, parseTagFile, readYearManifest, tagValue } from '../bagit/index.js';
import { type Fault, sortFaults } from './faults.js';
import { checkAnchors } from '../anchors/check.js';
import { type FoundAnchor, FILING_ANCHOR, YEAR_ANCHOR, publicKeyPath, readAnchors, readPublicKey } from '../anchors/store.js';
import { anchorAudit, hasOfficeKey } from '../anchors/sign.js';

export interface RunOptions {
  paths: string[];
  jobs: number;
  algorithms?: Algorithm[];
  /** --audit FILE|DIR|X.db */
  audit?: string;
  resume?: string;
  sample?: { fraction: number; text: string; seed: string };
  notCheckedSince?: { ms: number; text: string };
  onPlanned?: (p: Progress) => void;
  onProgress?: (p: Progress) => void;
  signal?: AbortSignal;
  now?: () => Date;
  /** --register FILE: the register whose archive events the archive must match (default: the register's own place, when it exists). */
  register?: string;
  /** --anchors FILE|DIR: signed anchors to hold the archive, register and audit history to. */
  anchors?: string;
  /** --public-key FILE (default: xf.sign.pub in the register's home). */
  publicKey?: string;
}

import { osUser } from '../io/os-user.js';

/** When each bag (by absolute path) last passed a check, from the run-end records. */
export function lastPassed(records: unknown[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of records as Partial<AuditRecord & { bags: { bag: string; ok: boolean }[] }>[]) {
    if (r?.kind !== 'run-end' || !Array.isArray(r.bags)) continue;
    const ts = Date.parse(String(r.ts));
    for (const b of r.bags) if (b.ok && !(m.get(b.bag)! >= ts)) m.set(b.bag, ts);
  }
  return m;
}

/** Signed anchors (in each year bundle, and --anchors) against what this run found. */
function anchorFaults(o: RunOptions, plan: RunPlan, home: string, storeFile: string, records: () => unknown[]): Fault[] {
  const found: FoundAnchor[] = [];
  for (const y of plan.years) if (existsSync(joinPath(y, YEAR_ANCHOR))) found.push(...readAnchors(joinPath(y, YEAR_ANCHOR)));
  // each dossier's own filing anchor (a tag file: its presence and bytes are the tag manifest's to check)
  for (const b of plan.bags) if (existsSync(joinPath(b, FILING_ANCHOR))) found.push(...readAnchors(joinPath(b, FILING_ANCHOR)));
  if (o.anchors) {
    if (!existsSync(o.anchors)) throw new XfError('USAGE', t(`找不到锚点：${o.anchors}`, `no anchors at ${o.anchors}`));
    found.push(...readAnchors(o.anchors));
  }
  if (!found.length) return [];
  const keyFile = o.publicKey ? resolve(o.publicKey) : publicKeyPath(home);
  const pub = readPublicKey(keyFile);
  if (!pub) {
    if (o.anchors || o.publicKey) throw new XfError('USAGE', t(`找不到机关公钥：${keyFile}（用 --public-key 指定）`, `no office public key at ${keyFile} (give it with --public-key)`));
    return [];
  }
  const view = plan.register ? readRegisterView(plan.register) : undefined;
  const bags = new Map<string, { dir: string; seal?: string; manifestSha256?: string; bagInfoSha256?: string }>();
  const sha = (f: string) => {
    try {
      return hashBytes(readFileSync(f), ['sha256']).sha256;
    } catch {
      return undefined; /* reported by the bag check */
    }
  };
  for (const b of plan.bags) {
    let code: string | undefined;
    try {
      code = tagValue(parseTagFile(readFileSync(joinPath(b, 'bag-info.txt'), 'utf8')).entries, 'External-Identifier');
    } catch {
      /* reported by the bag check */
    }
    let seal: string | undefined;
    try {
      seal = hashBytes(readFileSync(joinPath(b, 'tagmanifest-sha256.txt')), ['sha256']).sha256;
    } catch {
      /* idem */
    }
    if (code) bags.set(code, { dir: b, seal, manifestSha256: sha(joinPath(b, 'manifest-sha256.txt')), bagInfoSha256: sha(joinPath(b, 'bag-info.txt')) });
  }
  const years = new Map<string, { dir: string; manifestSha256?: string }>();
  for (const y of plan.years) {
    let sha: string | undefined;
    try {
      sha = hashBytes(readFileSync(joinPath(y, YEAR_MANIFEST)), ['sha256']).sha256;
    } catch {
      /* E-YEAR says so */
    }
    years.set(readYearManifest(y).manifest?.bundle ?? basename(y), { dir: y, manifestSha256: sha });
  }
  const hashes = (records() as { hash?: string }[]).map((r) => String(r?.hash ?? ''));
  const exports = storeFile.endsWith('.db') || storeFile.endsWith('.sqlite') || isPgPointer(storeFile) ? readExportRows(storeFile) : undefined;
  return checkAnchors(found, pub, { register: view, audit: { store: storeFile, hashes, ...(exports ? { exports } : {}) }, years, bags }).faults;
}

export async function runVerify(o: RunOptions): Promise<{ report: VerifyReport; store: StoreLocation }> {
  const now = o.now ?? (() => new Date());
  const started = now();
  for (const p of o.paths) {
    if (!existsSync(p) || !statSync(p).isDirectory()) throw new XfError('USAGE', t(`不是目录：${p}`, `not a folder: ${p}`));
  }
  prestartWorkers(o.jobs);
  const loc = resolveStore(o.audit, o.paths[0]);
  const store = openStore(loc);
  try {
    const who = { user: osUser(), host: hostname() };
    let plan: RunPlan;
    let done;
    let selection: VerifyReport['selection'];
    if (o.resume) {
      const file = checkpointFile(store.checkpointDir, o.resume);
      const cp = readCheckpoint(file);
      if (!cp.plan) throw new XfError('USAGE', t(`找不到可继续的校验：${o.resume}（${file}）`, `no interrupted run to resume: ${o.resume} (${file})`));
      plan = cp.plan;
      done = cp.done;
      store.append({ kind: 'run-resume', run: plan.run, ts: started.toISOString(), ...who, resumed_files: done.size } satisfies AuditBody);
    } else {
      const found = discover(o.paths);
      if (found.bags.length === 0 && found.years.length === 0 && found.unreadable.length === 0 && found.partial.length === 0) {
        throw new XfError('USAGE', t(`在 ${o.paths.join('、')} 下没有找到卷宗（BagIt 包）`, `no dossier (BagIt bag) found below ${o.paths.join(', ')}`));
      }
      let bags = found.bags;
      if (o.notCheckedSince) {
        const last = lastPassed(store.records());
        bags = notCheckedSince(bags, (b) => last.get(b), started.getTime() - o.notCheckedSince.ms);
      }
      if (o.sample) bags = sampleBags(bags, o.sample.fraction, o.sample.seed);
      if (o.sample || o.notCheckedSince) {
        selection = { candidates: found.bags.length, ...(o.sample ? { sample: o.sample.text, seed: o.sample.seed } : {}), ...(o.notCheckedSince ? { not_checked_since: o.notCheckedSince.text } : {}) };
      }
      const register = o.register ? resolve(o.register) : registerFileOf(resolve(process.env.XF_HOME ?? process.cwd()), joinPath(resolve(process.env.XF_HOME ?? process.cwd()), 'xf.db'));
      if (o.register && !existsSync(register)) throw new XfError('USAGE', t(`找不到登记簿：${register}`, `no register at ${register}`));
      plan = {
        run: newRunId(started),
        paths: o.paths.map((p) => resolve(p)),
        bags,
        years: found.years,
        algorithms: o.algorithms,
        started: started.toISOString(),
        unreadable: found.unreadable,
        partial: found.partial,
        ...(existsSync(register) ? { register } : {}),
      };
      store.append({
        kind: 'run-start',
        run: plan.run,
        ts: plan.started,
        ...who,
        paths: plan.paths,
        options: { jobs: o.jobs, algorithms: o.algorithms ?? 'all', ...(selection ? { selection } : {}) },
        dossiers: bags.length,
        year_bundles: found.years.length,
      } satisfies AuditBody);
    }
    const cpFile = checkpointFile(store.checkpointDir, plan.run);
    const cp = new CheckpointWriter(cpFile, o.resume ? undefined : plan);
    let outcome;
    try {
      outcome = await verifyTargets({
        bags: plan.bags,
        years: plan.years,
        jobs: o.jobs,
        algorithms: plan.algorithms,
        done,
        unreadable: plan.unreadable,
        partial: plan.partial,
        register: plan.register ? readRegisterView(plan.register) : undefined,
        onFileDone: (e) => cp.add(e),
        onPlanned: o.onPlanned,
        onProgress: o.onProgress,
        signal: o.signal,
      });
    } catch (e) {
      // Record that the run died (the checkpoint stays, so --resume can still continue it).
      store.append({ kind: 'run-end', run: plan.run, ts: now().toISOString(), ...who, status: 'error', error: String((e as Error)?.message ?? e), bags: [], faults: [] } satisfies AuditBody);
      throw e;
    } finally {
      cp.close();
    }
    const home = resolve(process.env.XF_HOME ?? process.cwd());
    if (!outcome.interrupted) {
      // the history is read only when there is an anchor to hold it to (it grows with every run)
      const af = anchorFaults(o, plan, home, loc.file, () => store.records());
      if (af.length) outcome.faults = sortFaults([...outcome.faults, ...af]);
    }
    const finished = now();
    const exit = overallExit(outcome.faults, { interrupted: outcome.interrupted });
    const report = buildReport(outcome, {
      exit,
      run: plan.run,
      started: plan.started,
      finished: finished.toISOString(),
      duration_ms: finished.getTime() - started.getTime(),
      paths: plan.paths,
      algorithms: plan.algorithms ?? 'all',
      jobs: o.jobs,
      ...(selection ? { selection } : {}),
      audit: { store: loc.file, run: plan.run },
    });
    store.append({
      kind: 'run-end',
      run: plan.run,
      ts: finished.toISOString(),
      ...who,
      status: outcome.interrupted ? 'interrupted' : report.ok ? 'passed' : 'failed',
      exit,
      files: report.files,
      bytes: report.bytes,
      resumed_files: report.resumed_files,
      duration_ms: report.duration_ms,
      counts: report.counts,
      // An interrupted run proves nothing about its bags: list them only once the run is complete.
      bags: outcome.interrupted ? [] : outcome.bags.map((b) => ({ bag: b.bag, id: b.externalIdentifier ?? null, ok: b.ok, faults: b.faults })),
      years: plan.years,
      faults: outcome.faults.map(({ message: _m, exit: _e, ...f }) => f),
    } satisfies AuditBody);
    if (!outcome.interrupted) rmSync(cpFile, { force: true });
    // The audit history's head, signed outside the store: deleting the last runs is then visible.
    if (hasOfficeKey(home)) anchorAudit(home, loc.file, store.records(), loc.kind === 'sqlite' ? readExportRows(loc.file) : undefined);
    return { report, store: loc };
  } finally {
    releaseWarmWorkers();
    store.close();
  }
}
