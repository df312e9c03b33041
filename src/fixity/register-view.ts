// What the register says was filed, read straight from its event log (never from the case tables,
// which are derived and easier to edit): each `archive` event's 档号 and seal (SHA-256 of the
// dossier's tag manifest). Verify uses it to name a dossier the register filed and the disk has lost,
// and a dossier whose seal is not the one recorded. Read-only (the register's read-only queries,
// src/registry/read-only.ts: the file is never opened as a register, so never migrated).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readEventLog, readExportLog } from '../registry/read-only.js';
import { t } from '../domain/i18n.js';
import { hashBytes, parseTagFile, tagValue } from '../bagit/index.js';
import { type Fault, fault } from './faults.js';

export interface FiledDossier {
  case_no: string;
  archival_code: string;
  seal: string;
  seq: number;
}

export interface RegisterView {
  file: string;
  filed: FiledDossier[];
  /** Every event's hash by seq, and the last seq: what signed anchors are compared against. */
  hashes: Map<number, string>;
  last: number;
}

/** Read the archive events of the register at `file`; undefined when there is no such register. */
export function readRegisterView(file: string): RegisterView | undefined {
  const log = readEventLog(file);
  if (!log) return undefined;
  const byCode = new Map<string, FiledDossier>();
  for (const r of log.archiveEvents) {
    let d: { archival_code?: unknown; tag_manifest_sha256?: unknown };
    try {
      d = JSON.parse(r.details) as typeof d;
    } catch {
      continue;
    }
    if (typeof d.archival_code !== 'string' || typeof d.tag_manifest_sha256 !== 'string') continue;
    byCode.set(d.archival_code, { case_no: r.case_no, archival_code: d.archival_code, seal: d.tag_manifest_sha256, seq: r.seq });
  }
  return { file, filed: [...byCode.values()], hashes: log.hashes, last: log.last };
}

/** The year bundle a 档号 belongs to: item mode X001-WS·2026-…; file mode X001-2026-0001 → fonds and year. */
function inBundle(code: string, bundle: string): boolean {
  if (code.startsWith(bundle + '-')) return true;
  const m = /^([A-Z0-9]{4})-.*·(\d{4})$/.exec(bundle);
  return !!m && new RegExp(`^${m[1]}-${m[2]}-\\d{4}$`).test(code);
}

function seal(bagDir: string): string | undefined {
  try {
    return hashBytes(readFileSync(join(bagDir, 'tagmanifest-sha256.txt')), ['sha256']).sha256;
  } catch {
    return undefined;
  }
}

/** A year bundle against the register: every dossier it filed into this bundle is here, with its seal. */
export function checkYearAgainstRegister(dir: string, bundleName: string | undefined, view: RegisterView): Fault[] {
  const out: Fault[] = [];
  const bundle = (bundleName ?? basename(dir)).normalize('NFC');
  for (const f of view.filed) {
    if (!inBundle(f.archival_code, bundle)) continue;
    const bag = join(dir, f.archival_code);
    if (!existsSync(bag)) {
      out.push(
        fault({
          code: 'E-MISSING',
          bag: dir,
          rel: f.archival_code,
          path: bag,
          manifest: view.file,
          archival_code: f.archival_code,
          expected: f.seal,
          message: t(
            `登记簿记载已归档的卷宗不在年度包中：${f.archival_code}（${f.case_no}，事件 #${f.seq}）`,
            `the register filed this dossier and it is not in the year bundle: ${f.archival_code} (${f.case_no}, event #${f.seq})`,
          ),
        }),
      );
    }
  }
  return out;
}

/** One dossier against the register's seal for its 档号 (bag-info External-Identifier). */
export function checkBagAgainstRegister(bagDir: string, view: RegisterView): Fault[] {
  let code: string | undefined;
  try {
    code = tagValue(parseTagFile(readFileSync(join(bagDir, 'bag-info.txt'), 'utf8')).entries, 'External-Identifier');
  } catch {
    return [];
  }
  const f = code ? view.filed.find((x) => x.archival_code === code) : undefined;
  if (!f) return [];
  const actual = seal(bagDir);
  if (actual === undefined || actual === f.seal) return [];
  return [
    fault({
      code: 'E-REGISTER',
      bag: bagDir,
      rel: 'tagmanifest-sha256.txt',
      path: join(bagDir, 'tagmanifest-sha256.txt'),
      manifest: view.file,
      archival_code: code,
      algorithm: 'sha256',
      expected: f.seal,
      actual,
      message: t(
        `卷宗 ${code} 的封印与登记簿归档事件 #${f.seq} 记录的不符（卷宗被改动或重新封包）`,
        `dossier ${code}: its seal is not the one the register's archive event #${f.seq} recorded (changed or resealed)`,
      ),
    }),
  ];
}

/** The ledger's export log rows (chained, src/registry/export-chain.ts), when the database has one. */
export function readExportRows(file: string): Record<string, unknown>[] | undefined {
  return readExportLog(file);
}
