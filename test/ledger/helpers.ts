// Outside readers for the ledger tests: LibreOffice converts every sheet of a workbook to CSV (as
// shown: the Chinese date format, percentages), and the register is read straight from SQLite.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Every sheet of an .xlsx as rows of cells, keyed by sheet name. */
export function xlsxSheets(file: string): Record<string, string[][]> {
  const out = mkdtempSync(join(tmpdir(), 'xf-lo-out-'));
  const profile = mkdtempSync(join(tmpdir(), 'xf-lo-profile-'));
  try {
    // field sep ",", quote '"', UTF-8, from line 1, cells "as shown", every sheet (-1)
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', out, file],
      { encoding: 'utf8', timeout: 120_000 },
    );
    if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
    const stem = basename(file).replace(/\.xlsx$/, '');
    const sheets: Record<string, string[][]> = {};
    for (const f of readdirSync(out)) {
      if (!f.startsWith(stem + '-') || !f.endsWith('.csv')) continue;
      sheets[f.slice(stem.length + 1, -4)] = parseCsv(readFileSync(join(out, f), 'utf8'));
    }
    return sheets;
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [],
    cell = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Rows of a register sheet as objects keyed by the header (row 2; row 1 is the title). */
export function sheetRecords(rows: string[][]): Record<string, string>[] {
  const header = rows[1] ?? [];
  return rows
    .slice(2)
    .filter((r) => r.some((c) => c !== ''))
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export function openDb(home: string): Database.Database {
  return new Database(join(home, 'xf.db'), { readonly: true });
}

/** 2026-01-04 → 2026年1月4日 (the ledger's date format, as LibreOffice shows it). */
export function zhDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
