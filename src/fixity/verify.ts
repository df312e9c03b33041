// The verification engine: plan every bag and year bundle, hash each file once in the worker pool
// (skipping files a resumed run already did), compare, and return every fault. No printing here.
import { readBagOnDisk, type Algorithm } from '../bagit/index.js';
import { type Expectation, type HashResult, type HashTask, type Warning, compare, planBag } from './check-bag.js';
import { planYear } from './check-year.js';
import { type Fault, sortFaults } from './faults.js';
import { runPool } from './pool.js';
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
  onProgress?: (p: Progress) => void;
  /** Called once planning is finished, before hashing starts. */
  onPlanned?: (p: Progress) => void;
  signal?: AbortSignal;
  /** What the register filed (its archive events), to name lost dossiers and changed seals. */
  register?: RegisterView;
  /** Folders discovery could not list. */
  unreadable?: readonly { path: string; errno: string }[];
  /** Hidden leftovers of an interrupted archive run. */
  partial?: readonly string[];
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
  bags: BagOutcome[];
  years: string[];
  /** Files whose digests were checked, and their bytes (resumed ones included). */
  files: number;
  bytes: number;
  /** Of those, how many were taken from the interrupted run instead of being hashed again. */
  resumedFiles: number;
  resumedBytes: number;
  interrupted: boolean;
}

export async function verifyTargets(input: VerifyInput): Promise<VerifyOutcome> {
  const selected = input.algorithms ? new Set<string>(input.algorithms) : undefined;
  const faults: Fault[] = [];
  const warnings: Warning[] = [];
  const tasks = new Map<string, HashTask>();
  const expectations = new Map<string, Expectation[]>();
  const bagOf = new Map<string, BagOutcome>();
  const addTasks = (ts: HashTask[], xs: Expectation[]) => {
    for (const t of ts) {
      const prior = tasks.get(t.abs);
      if (prior) for (const a of t.algorithms) prior.algorithms.add(a);
      else tasks.set(t.abs, { ...t, algorithms: new Set(t.algorithms) });
    }
    for (const x of xs) (expectations.get(x.abs) ?? expectations.set(x.abs, []).get(x.abs)!).push(x);
  };

  for (const bag of input.bags) {
    const plan = planBag(readBagOnDisk(bag), selected);
    faults.push(...plan.faults);
    warnings.push(...plan.warnings);
    addTasks(plan.tasks, plan.expectations);
    bagOf.set(bag, { bag, externalIdentifier: plan.externalIdentifier, ok: true, faults: 0, files: plan.tasks.length, bytes: plan.tasks.reduce((s, t) => s + t.size, 0) });
  }
  for (const year of input.years) {
    const plan = planYear(year);
    faults.push(...plan.faults);
    addTasks(plan.tasks, plan.expectations);
    if (input.register) faults.push(...checkYearAgainstRegister(year, readYearManifest(year).manifest?.bundle, input.register));
  }
  if (input.register) for (const bag of input.bags) faults.push(...checkBagAgainstRegister(bag, input.register));
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

  // Resume: reuse a result only if the file still has the size and mtime it had when hashed.
  const toHash: HashTask[] = [];
  let resumedFiles = 0,
    resumedBytes = 0;
  for (const task of tasks.values()) {
    const d = input.done?.get(task.abs);
    // mtime compared to within 2 ms: utimes() and some copies keep only milliseconds (and round).
    const usable =
      d && d.size === task.size && Math.abs(d.mtimeMs - task.mtimeMs) < 2 && ('error' in d.result || [...task.algorithms].every((a) => 'digests' in d.result && d.result.digests[a] !== undefined));
    if (usable) {
      faults.push(...compare(expectations.get(task.abs) ?? [], d.result));
      resumedFiles++;
      resumedBytes += task.size;
    } else toHash.push(task);
  }

  const progress: Progress = { bytesDone: 0, bytesTotal: toHash.reduce((s, t) => s + t.size, 0), filesDone: 0, filesTotal: toHash.length };
  input.onPlanned?.({ ...progress });
  const completed = await runPool(
    toHash.map((t) => ({ abs: t.abs, size: t.size, algorithms: [...t.algorithms] })),
    input.jobs,
    {
      onBytes: (n) => {
        progress.bytesDone += n;
        input.onProgress?.(progress);
      },
      onResult: (task, result) => {
        progress.filesDone++;
        const t = tasks.get(task.abs)!;
        input.onFileDone?.({ abs: task.abs, size: t.size, mtimeMs: t.mtimeMs, result });
        faults.push(...compare(expectations.get(task.abs) ?? [], result));
        input.onProgress?.(progress);
      },
    },
    input.signal,
  );

  for (const f of faults) {
    const b = bagOf.get(f.bag);
    if (b) {
      b.ok = false;
      b.faults++;
    }
  }
  let bytes = 0;
  for (const t of tasks.values()) bytes += t.size;
  return {
    faults: sortFaults(faults),
    warnings,
    bags: [...bagOf.values()],
    years: [...input.years],
    files: tasks.size,
    bytes,
    resumedFiles,
    resumedBytes,
    interrupted: !completed,
  };
}
