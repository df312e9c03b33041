// The verification engine: plan the bags one after another while the worker pool hashes, compare
// each file as its digests come back, and return every fault. Memory follows the bags being worked
// on, not the archive: a bag's files are held from its planning until their results are compared,
// and a run of a million files keeps only the per-bag outcomes and the faults. No printing here.
import { readBagOnDisk, type Algorithm, type BagOnDisk } from '../bagit/index.js';
import { type BagPlan, type Expectation, type HashResult, type HashTask, type Warning, compare, planBag } from './check-bag.js';
import { planYear } from './check-year.js';
import { type Fault, sortFaults } from './faults.js';
import { type PoolTask, runPool } from './pool.js';
import { type RegisterView, checkBagAgainstRegister, checkYearAgainstRegister } from './register-view.js';
import { fault } from './faults.js';
import { t } from '../domain/i18n.js';
import { readYearManifest } from '../bagit/index.js';

export interface DoneEntry {
  abs: string;
  size: number;
  mtimeMs: number;
  result: HashResult;
}

export interface Progress {
  bytesDone: number;
  bytesTotal: number;
  filesDone: number;
  filesTotal: number;
}

export interface VerifyInput {
  bags: readonly string[];
  years: readonly string[];
  jobs: number;
  /** Check only these algorithms' manifests (default: every algorithm a manifest names). */
  algorithms?: readonly Algorithm[];
  /** Results of files already hashed by an interrupted run (--resume), by absolute path. */
  done?: ReadonlyMap<string, DoneEntry>;
  /** Called for each file hashed, for the resume checkpoint. */
  onFileDone?: (e: DoneEntry) => void;
  /** Totals grow as bags are planned (planning runs alongside hashing). */
  onProgress?: (p: Progress) => void;
  /** Called once every bag is planned, with the final totals. */
  onPlanned?: (p: Progress) => void;
  signal?: AbortSignal;
  /** What the register filed (its archive events), to name lost dossiers and changed seals. */
  register?: RegisterView;
  /** Folders discovery could not list. */
  unreadable?: readonly { path: string; errno: string }[];
  /** Hidden leftovers of an interrupted archive run. */
  partial?: readonly string[];
  /** How many files to plan ahead of the hashing (tests make it small). */
  planAhead?: number;
  /** Reads a bag's structure (tests count the calls). */
  readBag?: (dir: string) => BagOnDisk;
}

export interface BagOutcome {
  bag: string;
  externalIdentifier?: string;
  ok: boolean;
  faults: number;
  files: number;
  bytes: number;
}

export interface VerifyOutcome {
  faults: Fault[];
  warnings: Warning[];
  /** The bags planned (all of them, unless the run was interrupted). */
  bags: BagOutcome[];
  /** Bags the run was given. */
  dossiers: number;
  years: string[];
  /** Files whose digests were checked, and their bytes (resumed ones included). */
  files: number;
  bytes: number;
  /** Of those, how many were taken from the interrupted run instead of being hashed again. */
  resumedFiles: number;
  resumedBytes: number;
  interrupted: boolean;
}

/**
 * Files planned per round (at least one bag): the pool asks for a round while it still has a few
 * batches queued. Small on purpose: a planned file waits in old space until hashed, and at 4096 the
 * heap grew to 110 MB of garbage over 50k files, against 60 MB at 128 (live data about 25 MB).
 */
export const PLAN_AHEAD = 256;

/** The bags' plans, one at a time, read only when asked for. */
export function* planBags(bags: readonly string[], selected?: ReadonlySet<string>, read: (dir: string) => BagOnDisk = readBagOnDisk): Generator<BagPlan> {
  for (const bag of bags) yield planBag(read(bag), selected);
}

/** A file waiting for its digests, with what it must match. */
interface Pending extends PoolTask {
  mtimeMs: number;
  expectations: Expectation[];
}

export async function verifyTargets(input: VerifyInput): Promise<VerifyOutcome> {
  const selected = input.algorithms ? new Set<string>(input.algorithms) : undefined;
  // Kept apart, then joined in this order, so that faults tied under sortFaults keep the order they always had.
  const planFaults: Fault[] = [];
  const yearFaults: Fault[] = [];
  const registerFaults: Fault[] = [];
  const hashFaults: Fault[] = [];
  const warnings: Warning[] = [];
  const bagOf = new Map<string, BagOutcome>();
  let files = 0,
    bytes = 0,
    resumedFiles = 0,
    resumedBytes = 0;
  const progress: Progress = { bytesDone: 0, bytesTotal: 0, filesDone: 0, filesTotal: 0 };

  const toPending = (t: HashTask, xs: Expectation[]): Pending => ({ abs: t.abs, size: t.size, mtimeMs: t.mtimeMs, algorithms: [...t.algorithms], expectations: xs });
  const byFile = (xs: readonly Expectation[]) => {
    const m = new Map<string, Expectation[]>();
    for (const x of xs) (m.get(x.abs) ?? m.set(x.abs, []).get(x.abs)!).push(x);
    return m;
  };

  // Year bundles first (a few files each): a bag file a year manifest also lists is hashed once, with the year's files at the end.
  const yearFiles = new Map<string, Pending>();
  for (const year of input.years) {
    const plan = planYear(year);
    yearFaults.push(...plan.faults);
    const xs = byFile(plan.expectations);
    for (const task of plan.tasks) {
      const prior = yearFiles.get(task.abs);
      if (prior) {
        for (const a of task.algorithms) if (!prior.algorithms.includes(a)) prior.algorithms.push(a);
        prior.expectations.push(...(xs.get(task.abs) ?? []));
      } else yearFiles.set(task.abs, toPending(task, xs.get(task.abs) ?? []));
    }
    if (input.register) yearFaults.push(...checkYearAgainstRegister(year, readYearManifest(year).manifest?.bundle, input.register));
  }

  // Resume: reuse a result only if the file still has the size and mtime it had when hashed.
  const resumed = (p: Pending): boolean => {
    const d = input.done?.get(p.abs);
    // mtime compared to within 2 ms: utimes() and some copies keep only milliseconds (and round).
    const usable = d && d.size === p.size && Math.abs(d.mtimeMs - p.mtimeMs) < 2 && ('error' in d.result || p.algorithms.every((a) => 'digests' in d.result && d.result.digests[a] !== undefined));
    if (!usable) return false;
    hashFaults.push(...compare(p.expectations, d.result));
    resumedFiles++;
    resumedBytes += p.size;
    return true;
  };
  const counted = (p: Pending) => {
    files++;
    bytes += p.size;
  };
  const queued = (p: Pending): Pending => {
    progress.filesTotal++;
    progress.bytesTotal += p.size;
    return p;
  };

  const plans = planBags(input.bags, selected, input.readBag);
  const ahead = Math.max(1, input.planAhead ?? PLAN_AHEAD);
  let yearsQueued = false;
  const more = (): PoolTask[] | undefined => {
    const out: Pending[] = [];
    while (out.length < ahead) {
      const next = plans.next();
      if (next.done) break;
      const plan = next.value;
      planFaults.push(...plan.faults);
      warnings.push(...plan.warnings);
      if (input.register) registerFaults.push(...checkBagAgainstRegister(plan.bag, input.register));
      let bagBytes = 0;
      const xs = byFile(plan.expectations);
      for (const task of plan.tasks) {
        bagBytes += task.size;
        const y = yearFiles.get(task.abs);
        if (y) {
          for (const a of task.algorithms) if (!y.algorithms.includes(a)) y.algorithms.push(a);
          y.expectations.push(...(xs.get(task.abs) ?? []));
          continue;
        }
        const p = toPending(task, xs.get(task.abs) ?? []);
        counted(p);
        if (!resumed(p)) out.push(queued(p));
      }
      bagOf.set(plan.bag, { bag: plan.bag, externalIdentifier: plan.externalIdentifier, ok: true, faults: 0, files: plan.tasks.length, bytes: bagBytes });
    }
    if (out.length > 0) return out;
    if (!yearsQueued) {
      yearsQueued = true;
      for (const p of yearFiles.values()) {
        counted(p);
        if (!resumed(p)) out.push(queued(p));
      }
      yearFiles.clear();
      input.onPlanned?.({ ...progress });
      if (out.length > 0) return out;
    }
    return undefined;
  };

  const completed = await runPool(
    more,
    input.jobs,
    {
      onBytes: (n) => {
        progress.bytesDone += n;
        input.onProgress?.(progress);
      },
      onResult: (task, result) => {
        const p = task as Pending;
        progress.filesDone++;
        input.onFileDone?.({ abs: p.abs, size: p.size, mtimeMs: p.mtimeMs, result });
        hashFaults.push(...compare(p.expectations, result));
        input.onProgress?.(progress);
      },
    },
    input.signal,
  );

  const faults = [...planFaults, ...yearFaults, ...registerFaults];
  for (const u of input.unreadable ?? []) {
    // A folder named in a year manifest is reported there already.
    if (faults.some((f) => f.code === 'E-UNREADABLE' && f.path === u.path)) continue;
    faults.push(
      fault({
        code: 'E-UNREADABLE',
        bag: u.path,
        path: u.path,
        errno: u.errno,
        message: t(`目录无法读取（${u.errno}）：其中的卷宗未能校验（不是卷宗丢失）`, `folder cannot be read (${u.errno}): the dossiers in it were not checked (not a lost dossier)`),
      }),
    );
  }
  for (const p of input.partial ?? []) {
    faults.push(fault({ code: 'E-PARTIAL', bag: p, path: p, message: t(`未完成的归档运行留下的临时目录：${p}`, `temporary folder left by an unfinished archive run: ${p}`) }));
  }
  faults.push(...hashFaults);

  for (const f of faults) {
    const b = bagOf.get(f.bag);
    if (b) {
      b.ok = false;
      b.faults++;
    }
  }
  return {
    faults: sortFaults(faults),
    warnings,
    bags: [...bagOf.values()],
    dossiers: input.bags.length,
    years: [...input.years],
    files,
    bytes,
    resumedFiles,
    resumedBytes,
    interrupted: !completed,
  };
}
