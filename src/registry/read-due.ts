// `xf case list --overdue|--due-within --json` of a SQLite register, read straight from its file
// with SQLite writing the JSON (issue 16). A module of its own, importing only what it runs: the
// command loads it before, and instead of, the register's code.
import Database from 'better-sqlite3';
import { LIST_MASKING, type ListMasking } from '../domain/disclosure.js';
import { dueCasesQuery, type DueQuery } from './queries/due-cases.js';

export type { DueQuery } from './queries/due-cases.js';

// A CaseSummary's fields in its key order (SqliteRegisterStore.listCases builds the same objects),
// each as its JSON text from the clocks' column of that name: one format() per row prints what
// JSON.stringify(list, null, 2) prints of it.
const SUMMARY_JSON: readonly (readonly [key: string, kind: 'text' | 'flag' | 'null'])[] = [
  ['case_no', 'text'],
  ['status', 'text'],
  ['proxy_status', 'text'],
  ['category', 'text'],
  ['channel', 'text'],
  ['via_agent', 'flag'],
  ['confidential', 'flag'],
  ['received_date', 'text'],
  ['accepted_date', 'text'],
  ['closed_date', 'null'],
  ['petitioner_name', 'text'],
  ['slip_no', 'text'],
];

/** The JSON of one listed case, as SQL: the disclosure rule `rule` (domain/disclosure.ts) applied to
 *  its field, so that the listing's masking is defined once, there. */
export function summaryJsonSql(rule: ListMasking = LIST_MASKING): string {
  if (!SUMMARY_JSON.some(([k, kind]) => k === rule.when && kind === 'flag') || !SUMMARY_JSON.some(([k, kind]) => k === rule.field && kind === 'text'))
    throw new Error(`list masking ${rule.field} when ${rule.when}: not a listed text field and flag`);
  const value = (key: string, kind: 'text' | 'flag' | 'null'): string => {
    if (kind === 'null') return "'null'";
    if (kind === 'flag') return `CASE WHEN ${key} = 1 THEN 'true' ELSE 'false' END`;
    return key === rule.field ? `json_quote(CASE WHEN ${rule.when} = 1 THEN @mask ELSE ${key} END)` : `json_quote(${key})`;
  };
  const template = `  {\n${SUMMARY_JSON.map(([k]) => `    "${k}": %s`).join(',\n')}\n  }`; // holds no quote to escape
  return `format('${template}', ${SUMMARY_JSON.map(([k, kind]) => value(k, kind)).join(', ')})`;
}

/**
 * The whole JSON text of the due cases (dueCasesQuery: the register's listCases lists the same, in
 * the same order) as UTF-8 bytes, before the terminal escaping (cli/output.ts), each listed case
 * masked by `rule`, with no JS value per row. Undefined for a register not yet migrated to every id
 * in `migrations` (the register's own open migrates it first).
 */
export function dueCasesJson(file: string, q: DueQuery, migrations: readonly string[], rule: ListMasking = LIST_MASKING): Buffer | undefined {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get()) return undefined;
    const applied = new Set(db.prepare('SELECT id FROM schema_migrations').pluck().all() as string[]);
    if (!migrations.every((id) => applied.has(id))) return undefined;
    const { sql, args } = dueCasesQuery(q, `case_no, ${summaryJsonSql(rule)} AS row`);
    // A BLOB: the bytes go to stdout as SQLite made them, never a JS string.
    const body = db
      .prepare(`SELECT CAST(group_concat(row, ',' || char(10) ORDER BY first, case_no) AS BLOB) FROM (${sql})`)
      .pluck()
      .get({ ...args, mask: rule.mask }) as Buffer | null;
    return body === null ? Buffer.from('[]') : Buffer.concat([Buffer.from('[\n'), body, Buffer.from('\n]')]);
  } finally {
    db.close();
  }
}
