// The batched import (issue 16) against the way it used to register, one savepoint per case file:
// the same register byte for byte (every table, the chain head), the same warnings and failures, on
// both backends; an import that fails in its second or third batch leaves nothing; a database error
// in a batch PostgreSQL was sent without waiting still rolls everything back.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REGISTER_MODULES } from '../../src/cli/modules.js';
import { checkCaseFile, parseStructuredText } from '../../src/domain/case-file.js';
import { defaultConfig } from '../../src/domain/config.js';
import { XfError, type Violation } from '../../src/domain/errors.js';
import { type ImportFailure, importCases } from '../../src/registry/import.js';
import { REGISTER_TABLES } from '../../src/registry/pg-migrations.js';
import { Registry } from '../../src/registry/registry.js';
import { ROOT } from '../helpers/xf.js';
import { BACKENDS, type BackendName, needsBackend, pgQuery, schemaUrl } from './backends.js';

const TODAY = '2026-11-21';
// the reference import on PostgreSQL is a few round trips per file: slow on a loaded machine
const SLOW = 300_000;
const PACKS = ['national_2022', 'shandong_2015', 's000_fengcheng_proxy', 's003_online', 's002_town'];
const SAMPLES = readdirSync(join(ROOT, 'samples'))
  .filter((n) => n.endsWith('.yaml'))
  .sort()
  .map((n) => parseStructuredText(readFileSync(join(ROOT, 'samples', n), 'utf8'), n).value as Record<string, unknown>);

/** N case files from the samples: every third numbered by the register, the rest `T-k` (and one
 *  taking a number the register would give, so its numbering must step over it). Copies of a
 *  sample share a fingerprint: a closed one makes the later ones warn V-CASE-7, within a batch (50
 *  case files) and across batches. */
function lines(n: number, edit: (k: number, c: Record<string, unknown>) => void = () => {}): string {
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    const c = structuredClone(SAMPLES[k % SAMPLES.length]!);
    if (k === 1) c.case_no = '2026-0002';
    else if (k % 3 === 0) delete c.case_no;
    else c.case_no = `T-${k}`;
    edit(k, c);
    out.push(JSON.stringify(c));
  }
  return out.join('\n') + '\n';
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const f of cleanups.splice(0)) await f();
});

function open(b: BackendName): Registry {
  const dir = mkdtempSync(join(tmpdir(), `xf-impbatch-${b}-`));
  const config = { ...defaultConfig('某区信访局'), rule_packs: PACKS };
  if (b === 'sqlite') {
    const reg = new Registry(join(dir, 'xf.db'), config, { modules: REGISTER_MODULES, today: TODAY, actor: 'tester' });
    cleanups.push(async () => {
      reg.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return reg;
  }
  const { schema, url } = schemaUrl();
  const reg = new Registry(join(dir, 'xf.database.json'), config, { modules: REGISTER_MODULES, create: true, databaseUrl: url, today: TODAY, actor: 'tester' });
  cleanups.push(async () => {
    reg.close();
    rmSync(dir, { recursive: true, force: true });
    await pgQuery(undefined, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });
  return reg;
}

/** The import as it was before batching: one transaction, a savepoint per case file. */
function importOneByOne(reg: Registry, file: string): { case_nos: string[]; warnings: { name: string; violations: Violation[] }[]; failures: ImportFailure[] } {
  const out = { case_nos: [] as string[], warnings: [] as { name: string; violations: Violation[] }[], failures: [] as ImportFailure[] };
  try {
    reg.transaction(() => {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (!line.trim()) return;
          const name = `${file}:${i + 1}`;
          try {
            const { parsed, record, warnings } = reg.savepoint(() => {
              const parsed = checkCaseFile(JSON.parse(line), name, reg.pack.limits);
              return { parsed, ...reg.registerInTransaction(parsed.file, name) };
            });
            out.case_nos.push(record.case_no);
            const w = [...parsed.warnings, ...warnings];
            if (w.length) out.warnings.push({ name, violations: w });
          } catch (e) {
            if (!(e instanceof XfError)) throw e;
            out.failures.push({ name, message: e.message, violations: e.violations });
          }
        });
      if (out.failures.length) throw new Error('roll back');
    });
  } catch (e) {
    if (!out.failures.length) throw e;
  }
  return out;
}

/** Every table as stored (the chain's bytes among them). */
function dump(reg: Registry): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const t of REGISTER_TABLES) if (reg.store.hasTable(t)) out[t] = [...reg.store.tableRows(t)];
  return out;
}

function tmpFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'xf-impbatch-file-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const p = join(dir, 'cases.jsonl');
  writeFileSync(p, text);
  return p;
}

describe('batched import', () => {
  for (const b of BACKENDS) {
    it(
      `${b}: the same register, warnings and chain head as one case at a time, over 22 batches`,
      async (ctx) => {
        needsBackend(ctx, b);
        vi.useFakeTimers({ toFake: ['Date'] });
        vi.setSystemTime(new Date('2026-11-21T02:00:00Z')); // recorded_at, issued_at: the same in both registers
        const file = tmpFile(lines(1100));
        const fast = open(b);
        const slow = open(b);
        const res = importCases(fast, file, (p) => readFileSync(p, 'utf8'));
        const ref = importOneByOne(slow, file);
        expect(ref.failures).toEqual([]);
        expect(res.imported).toBe(1100);
        expect(res.case_nos).toEqual(ref.case_nos);
        expect(res.case_nos.slice(0, 4)).toEqual(['2026-0001', '2026-0002', 'T-2', '2026-0003']); // stepped over the number taken
        expect(res.warnings).toEqual(ref.warnings);
        const dupWarnings = res.warnings.filter((w) => w.violations.some((v) => v.rule === 'V-CASE-7'));
        expect(dupWarnings.length).toBeGreaterThan(100); // within a batch and across batches
        expect(dupWarnings.some((w) => Number(w.name.split(':').pop()) > 500)).toBe(true);
        const a = dump(fast);
        expect(a.events!.length).toBeGreaterThan(1100);
        expect(a).toEqual(dump(slow));
        expect(fast.store.chainHead()).toEqual(slow.store.chainHead());
        expect(fast.verifyChain().ok).toBe(true);
        // the chain's bytes do not depend on the backend
        if (b === 'postgres') {
          const lite = open('sqlite');
          importCases(lite, file, (p) => readFileSync(p, 'utf8'));
          expect(lite.store.chainHead()).toEqual(fast.store.chainHead());
          expect(dump(lite).events).toEqual(a.events);
        }
      },
      SLOW,
    );

    it(
      `${b}: files failing in the second and third batch: every one reported as before, nothing written`,
      async (ctx) => {
        needsBackend(ctx, b);
        const file = tmpFile(
          lines(1200, (k, c) => {
            if (k === 610) c.received_date = 'someday'; // a field's rule
            if (k === 700) c.case_no = 'T-2'; // taken by an earlier batch
            if (k === 1100) c.history = [{ event: 'archive', date: '2026-05-01' }]; // an illegal step
            if (k === 1101) c.case_no = 'T-1102'; // …and the next file's number: that one conflicts
          }),
        );
        const reg = open(b);
        let err: XfError | undefined;
        try {
          importCases(reg, file, (p) => readFileSync(p, 'utf8'));
        } catch (e) {
          err = e as XfError;
        }
        expect(err).toBeInstanceOf(XfError);
        const failures = err!.details.failures as ImportFailure[];
        expect(failures.map((f) => Number(f.name.split(':').pop()))).toEqual([611, 701, 1101, 1103]);
        expect(failures[0]!.violations.some((v) => v.field.includes('received_date'))).toBe(true);
        expect(failures[1]!.message).toContain('T-2');
        expect(failures[2]!.message).toContain('archive');
        // the messages as the one-at-a-time import gave them
        const ref = importOneByOne(open(b), file);
        expect(failures).toEqual(ref.failures);
        expect(reg.count()).toBe(0);
        expect(reg.events()).toEqual([]);
        expect(reg.store.chainHead()).toBeUndefined();
        expect(reg.storedSerials()).toEqual({ counters: [], issues: [] });
      },
      SLOW,
    );
  }

  it(
    'postgres: a database error in a batch sent without waiting rolls the import back; the connection goes on',
    async (ctx) => {
      needsBackend(ctx, 'postgres');
      const file = tmpFile(lines(30));
      // the last read of the batch is the 四联单 serial of the agent case at line 29 (k = 28): its
      // INSERT is queued and goes with the posted batch. Which serial that is, a SQLite import says.
      const lite = open('sqlite');
      importCases(lite, file, (p) => readFileSync(p, 'utf8'));
      const last = lite.serialIssues('LXD').at(-1)!;
      expect(last.case_no).toBe('T-28');
      const reg = open('postgres');
      // that serial issued already, uncounted: its INSERT fails on the server, in the posted batch
      reg.transaction(() => reg.store.recordSerialIssue(last.serial, 'LXD', 2026, 99, null, 'planted'));
      expect(() => importCases(reg, file, (p) => readFileSync(p, 'utf8'))).toThrow(/duplicate key/);
      expect(reg.count()).toBe(0);
      expect(reg.events()).toEqual([]);
      expect(reg.serialIssues().map((i) => i.serial)).toEqual([last.serial]);
      // the same connection, a new transaction
      const one = checkCaseFile(JSON.parse(lines(2).split('\n')[1]!), 'one', reg.pack.limits);
      reg.createCase(one.file, 'one');
      expect(reg.count()).toBe(1);
      expect(reg.verifyChain().ok).toBe(true);
    },
    SLOW,
  );
});
