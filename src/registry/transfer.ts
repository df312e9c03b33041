// Moving a register between databases (SQLite ⇄ PostgreSQL): `xf registry export` writes every
// table, row by row as stored, to one JSON Lines file; `xf registry import` loads it into an empty
// register in one transaction and refuses it unless the event chain still verifies against the
// recorded head. Rows are copied as they are, never re-derived: the chain's bytes are the same on
// either backend, and an export of the imported register is byte-identical to the first one.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { ChainReport } from './chain.js';
import { readLines } from './import.js';
import { REGISTER_TABLES, type RegisterTable } from './pg-migrations.js';
import type { Registry } from './registry.js';
import { verifyChain } from './chain.js';

export const EXPORT_FORMAT = 'xf-register-export';

export interface TransferSummary {
  tables: Partial<Record<RegisterTable, number>>;
  chain: ChainReport;
}

/** Write the register to `out` (a temporary file beside it, renamed when complete). */
export function exportRegister(reg: Registry, out: string): TransferSummary {
  const store = reg.store;
  const tmp = `${out}.xf-tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  const tables: Partial<Record<RegisterTable, number>> = {};
  let buf = '';
  const put = (o: unknown) => {
    buf += JSON.stringify(o) + '\n';
    if (buf.length > 1 << 20) {
      writeSync(fd, buf);
      buf = '';
    }
  };
  try {
    const present = REGISTER_TABLES.filter((name) => store.hasTable(name));
    put({ format: EXPORT_FORMAT, version: 1, tables: present });
    // one read transaction: every table as of one moment
    store.transaction(() => {
      for (const table of present) {
        let n = 0;
        for (const row of store.tableRows(table)) {
          put({ t: table, r: row });
          n++;
        }
        tables[table] = n;
      }
    });
    put({ end: true, rows: tables });
    writeSync(fd, buf);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, out);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {}
    rmSync(tmp, { force: true });
    throw e;
  }
  return { tables, chain: reg.verifyChain() };
}

const BATCH = 500;

/** Load an export into this register, which must hold nothing yet; all of it or none. */
export function importRegister(reg: Registry, file: string): TransferSummary {
  const store = reg.store;
  if (store.countCases() > 0 || store.lastEvent() || store.chainHead()) {
    throw new XfError('CONFLICT', t(`登记簿 ${store.location} 不是空的：只能导入到新建的登记簿`, `the register ${store.location} is not empty: import into a new one`));
  }
  const bad = (zh: string, en: string) => new XfError('VALIDATION', t(`${file} 不是完整的登记簿导出：${zh}`, `${file} is not a whole register export: ${en}`));
  const tables: Partial<Record<RegisterTable, number>> = {};
  let chain: ChainReport | undefined;
  reg.transaction(() => {
    let header: { format?: string; tables?: string[] } | undefined;
    let end: { rows?: Record<string, number> } | undefined;
    let pending: { table: RegisterTable; rows: Record<string, unknown>[] } | undefined;
    const flush = () => {
      if (pending?.rows.length) store.insertRows(pending.table, pending.rows);
      if (pending) pending.rows = [];
    };
    let i = 0;
    for (const line of readLines(file)) {
      i++;
      if (!line.trim()) continue;
      if (end) throw bad(`第 ${i} 行在结尾标记之后`, `line ${i} comes after the end mark`);
      let o: { t?: string; r?: Record<string, unknown>; end?: boolean; rows?: Record<string, number>; format?: string; tables?: string[] };
      try {
        o = JSON.parse(line) as typeof o;
      } catch {
        throw bad(`第 ${i} 行不是 JSON`, `line ${i} is not JSON`);
      }
      if (!header) {
        if (o.format !== EXPORT_FORMAT) throw bad('缺少文件头', 'no header');
        header = o;
        for (const name of o.tables ?? []) {
          if (!(REGISTER_TABLES as readonly string[]).includes(name) || !store.hasTable(name)) throw bad(`本登记簿没有表 ${name}`, `this register has no table ${name}`);
        }
        continue;
      }
      if (o.end) {
        end = o;
        continue;
      }
      const table = o.t as RegisterTable;
      if (!header.tables?.includes(table) || !o.r) throw bad(`第 ${i} 行的表 ${String(o.t)} 不在文件头中`, `line ${i}: table ${String(o.t)} is not in the header`);
      if (pending?.table !== table) {
        flush();
        pending = { table, rows: [] };
      }
      pending.rows.push(o.r);
      tables[table] = (tables[table] ?? 0) + 1;
      if (pending.rows.length >= BATCH) flush();
    }
    flush();
    if (!end) throw bad('缺少结尾标记（文件被截断）', 'no end mark (the file is cut short)');
    for (const [name, n] of Object.entries(end.rows ?? {})) {
      if ((tables[name as RegisterTable] ?? 0) !== n)
        throw bad(`表 ${name} 应有 ${n} 行，读到 ${tables[name as RegisterTable] ?? 0} 行`, `table ${name}: ${n} rows recorded, ${tables[name as RegisterTable] ?? 0} read`);
    }
    // the chain as it now stands in this register, before anything is committed
    chain = verifyChain(store.eventStream(), store.chainHead());
    if (!chain.ok) {
      throw new XfError(
        'VALIDATION',
        t(`导入后哈希链不完整（${chain.faults.length} 处），未导入`, `the chain does not verify after the import (${chain.faults.length} fault(s)); nothing was imported`),
        [],
        {
          faults: chain.faults,
        },
      );
    }
  });
  reg.forgetHead();
  return { tables, chain: chain! };
}
