// The register owns its SQL (issue 10): no module outside src/registry/ touches a database handle,
// the folders import each other only downhill, and each module hands its migrations in.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REGISTER_MODULES, registerAt } from '../../src/cli/modules.js';
import { defaultConfig } from '../../src/domain/config.js';
import { orderMigrations } from '../../src/registry/migrations.js';
import { Registry } from '../../src/registry/registry.js';
import { SqliteRegisterStore } from '../../src/registry/sqlite-store.js';
import { verifyChain as verifyAudit } from '../../src/fixity/audit.js';
import { RegisterAuditStore, SqliteAuditStore } from '../../src/fixity/audit-store.js';
import { openStore } from '../../src/fixity/location.js';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function sources(dir = SRC): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.ts$/.test(n) ? [p] : [];
  });
}

const folderOf = (file: string) => relative(SRC, file).split('/')[0]!;

/** Every relative import (static, dynamic, re-export, type-only) of a file, as the src folder it lands in. */
function importedFolders(file: string): { spec: string; folder: string }[] {
  const text = readFileSync(file, 'utf8');
  const out: { spec: string; folder: string }[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), m[1]!);
    const rel = relative(SRC, target);
    out.push({ spec: m[1]!, folder: rel.startsWith('..') ? '(outside src)' : rel.split('/')[0]! });
  }
  return out;
}

describe('import edges between src folders', () => {
  const files = sources();

  it('finds the sources and their imports (the check below is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(importedFolders(join(SRC, 'cli', 'modules.ts')).map((i) => i.folder)).toEqual(expect.arrayContaining(['fixity', 'ledger', 'registry']));
  });

  it('the register imports neither ledger, fixity, archive, forms nor cli', () => {
    const bad = files
      .filter((f) => folderOf(f) === 'registry')
      .flatMap((f) =>
        importedFolders(f)
          .filter((i) => ['ledger', 'fixity', 'archive', 'forms', 'cli'].includes(i.folder))
          .map((i) => `${relative(SRC, f)} → ${i.spec}`),
      );
    expect(bad).toEqual([]);
  });

  it('the domain imports nothing outside src/domain', () => {
    const bad = files
      .filter((f) => folderOf(f) === 'domain')
      .flatMap((f) =>
        importedFolders(f)
          .filter((i) => i.folder !== 'domain')
          .map((i) => `${relative(SRC, f)} → ${i.spec}`),
      );
    expect(bad).toEqual([]);
  });
});

describe('the database handle stays inside src/registry/', () => {
  // The one exception: the fixity audit history in a standalone .db file that is not a register.
  const STANDALONE_AUDIT = join('fixity', 'audit-store.ts');
  const HANDLE = [
    /\.db\s*\.\s*\w+/, // reg.db.prepare, this.db.exec …
    /\bdb\s*\.\s*(prepare|pragma|exec|transaction)\s*\(/,
    /\.prepare\(\s*[`'"]/, // a statement written as SQL text
    /\.pragma\(/,
    /from\s+['"]better-sqlite3['"]/,
  ];
  const offenders = (text: string) =>
    text
      .split('\n')
      .map((l, i) => [i + 1, l] as const)
      .filter(([, l]) => HANDLE.some((re) => re.test(l)));

  it('the patterns catch the forms a handle is used in', () => {
    expect(offenders("const n = reg.db.prepare('SELECT 1').get();\nreg.db.pragma('cache_size = -4096');\nimport Database from 'better-sqlite3';\nthis.db.exec(sql)")).toHaveLength(4);
    expect(offenders("engine.prepare(id, rec); const path = 'xf.db';")).toHaveLength(0);
  });

  it('no module outside src/registry/ prepares a statement, sets a pragma or imports the driver', () => {
    const found = sources()
      .filter((f) => folderOf(f) !== 'registry' && relative(SRC, f) !== STANDALONE_AUDIT)
      .flatMap((f) => offenders(readFileSync(f, 'utf8')).map(([n, l]) => `${relative(SRC, f)}:${n}: ${l.trim()}`));
    expect(found).toEqual([]);
  });

  it('the standalone audit store is the only one that opens its own database, and never on a register', () => {
    const text = readFileSync(join(SRC, STANDALONE_AUDIT), 'utf8');
    expect(text).toMatch(/class RegisterAuditStore[\s\S]*this\.store\.transaction/);
    expect(readFileSync(join(SRC, 'fixity', 'location.ts'), 'utf8')).toMatch(/isRegisterFile\(loc\.file\)/);
  });
});

describe('the register object', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xf-boundary-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exposes no database handle, at any depth its public fields reach', () => {
    const reg = registerAt(join(dir, 'a.db'), defaultConfig('某区信访局'), { today: '2026-03-02' });
    try {
      expect('db' in reg).toBe(false);
      const seen = new Set<unknown>();
      const handles: string[] = [];
      const walk = (v: unknown, path: string, depth: number) => {
        if (!v || typeof v !== 'object' || seen.has(v) || depth > 4) return;
        seen.add(v);
        if (v instanceof Database) {
          handles.push(path);
          return;
        }
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`, depth + 1);
      };
      walk(reg, 'reg', 0);
      expect(handles).toEqual([]);
      expect(seen.size).toBeGreaterThan(3); // the walk did reach store, ledger, archive …
    } finally {
      reg.close();
    }
  });

  it('applies only the migrations handed in: without the modules there is no ledger table', () => {
    const bare = new Registry(join(dir, 'bare.db'), defaultConfig('某区信访局'));
    bare.close();
    const full = registerAt(join(dir, 'full.db'), defaultConfig('某区信访局'));
    full.close();
    const tables = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
      } finally {
        db.close();
      }
    };
    expect(tables(join(dir, 'bare.db'))).not.toContain('ledger_exports');
    expect(tables(join(dir, 'bare.db'))).toContain('events');
    expect(tables(join(dir, 'full.db'))).toEqual(expect.arrayContaining(['ledger_exports', 'fixity_audit', 'events', 'cases']));
  });

  it('refuses a migration id handed in twice', () => {
    expect(() => orderMigrations([...REGISTER_MODULES, { module: 'copy', migrations: REGISTER_MODULES[1]!.migrations }])).toThrow(/ledger-0001-exports of copy is already handed in by ledger/);
    expect(orderMigrations(REGISTER_MODULES).map((m) => m.id)).toEqual(['0001-register', 'fixity-001-audit', 'ledger-0001-exports', 'ledger-0002-export-chain']);
  });

  it('a nested transaction is a savepoint: its throw undoes only its own writes', () => {
    const reg = registerAt(join(dir, 'nested.db'), defaultConfig('某区信访局'), { today: '2026-03-02' });
    try {
      const kept = reg.transaction(() => {
        const first = reg.allocateSerial('LXD', 2026);
        expect(() =>
          reg.transaction(() => {
            reg.allocateSerial('LXD', 2026);
            throw new Error('inner');
          }),
        ).toThrow('inner');
        expect(() =>
          reg.savepoint(() => {
            reg.allocateSerial('LXD', 2026);
            throw new Error('again');
          }),
        ).toThrow('again');
        return [first, reg.allocateSerial('LXD', 2026)];
      });
      // the counter rolled back with each savepoint: the numbers stay gapless
      expect(reg.serialIssues('LXD').map((s) => s.serial)).toEqual(kept);
      expect(kept.map((s) => s.slice(-2))).toEqual(['01', '02']);
      expect(() =>
        reg.transaction(() => {
          reg.allocateSerial('LXD', 2026);
          throw new Error('outer');
        }),
      ).toThrow('outer');
      expect(reg.serialIssues('LXD')).toHaveLength(2);
    } finally {
      reg.close();
    }
  });

  it('runs on any RegisterStore handed in (the seam for a second backend)', () => {
    const store = new SqliteRegisterStore(join(dir, 'seam.db'), { migrations: orderMigrations(REGISTER_MODULES) });
    let calls = 0;
    const counting = new Proxy(store, {
      get(target, key) {
        const v = Reflect.get(target, key, target) as unknown;
        if (typeof v !== 'function') return v;
        return (...args: unknown[]) => {
          calls++;
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const reg = new Registry('seam', defaultConfig('某区信访局'), { store: counting, today: '2026-03-02' });
    try {
      const serial = reg.transaction(() => reg.allocateSerial('LXD', 2026, '2026-0001'));
      expect(serial).toMatch(/-LXD-2026-000001$/);
      expect(reg.serialIssues('LXD').map((s) => s.serial)).toEqual([serial]);
      expect(calls).toBeGreaterThanOrEqual(4); // transaction, nextSerial, recordSerialIssue, serialIssues
    } finally {
      reg.close();
    }
  });
});

describe('the audit history in the register', () => {
  const dir = mkdtempSync(join(tmpdir(), 'xf-boundary-audit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const body = (kind: 'run-start' | 'run-end', run: string) => ({ kind, run, ts: '2026-03-02T01:02:03Z', user: 'clerk', host: 'pc', paths: ['/archive'] });

  it("goes through the register's operations; a standalone .db keeps its own handle", () => {
    const file = join(dir, 'xf.db');
    registerAt(file, defaultConfig('某区信访局')).close();
    const store = openStore({ kind: 'sqlite', file });
    try {
      expect(store).toBeInstanceOf(RegisterAuditStore);
      store.append(body('run-start', 'r1'));
      store.append(body('run-end', 'r1'));
      const recs = store.records();
      expect(recs.map((r) => (r as { seq: number }).seq)).toEqual([1, 2]);
      expect(verifyAudit(recs)).toMatchObject({ ok: true, count: 2 });
    } finally {
      store.close();
    }
    const db = new Database(file, { readonly: true });
    try {
      expect((db.prepare('SELECT COUNT(*) AS n FROM fixity_audit').get() as { n: number }).n).toBe(2);
    } finally {
      db.close();
    }

    const standalone = openStore({ kind: 'sqlite', file: join(dir, 'audit.db') });
    try {
      expect(standalone).toBeInstanceOf(SqliteAuditStore);
      standalone.append(body('run-start', 'r2'));
      expect(standalone.records()).toHaveLength(1);
    } finally {
      standalone.close();
    }
  });
});
