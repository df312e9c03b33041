// The year bundle manifest: one bag per case in a folder, plus year-manifest.json listing each
// dossier's 档号 and the SHA-256 of its tagmanifest-sha256.txt (which pins every byte of the bag),
// and the year's own finding aids. The manifest is itself digested in sha256sum-style sidecars
// (year-manifest.json.sha256, .sm3), so `sha256sum -c` alone can check it.
import { readFileSync, existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/atomic.js';
import { isIsoDate } from '../domain/dates.js';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { Algorithm } from './algorithms.js';
import { comparePaths, pathProblem } from './encoding.js';
import { hashBytes, hashFileSync } from './hash.js';

export const YEAR_MANIFEST = 'year-manifest.json';
export const YEAR_MANIFEST_FORMAT = 'xf-year-manifest';
export const YEAR_MANIFEST_VERSION = '1.0';
export const YEAR_SIDECAR_ALGORITHMS: Algorithm[] = ['sha256', 'sm3'];

export interface YearDossierEntry {
  /** 档号 of the dossier (its bag's External-Identifier). */
  archival_code: string;
  /** Folder of the bag, relative to the bundle. */
  path: string;
  /** SHA-256 of the bag's tagmanifest-sha256.txt. */
  tagmanifest_sha256: string;
  payload_oxum: string;
}

export interface YearFileEntry {
  path: string;
  size: number;
  sha256: string;
  sm3?: string;
}

export interface YearManifest {
  format: typeof YEAR_MANIFEST_FORMAT;
  version: string;
  year: number;
  /** Bag-Group-Identifier shared by the year's bags, e.g. X001-WS·2026. */
  bundle: string;
  source_organization: string;
  /** YYYY-MM-DD, from the caller. */
  created: string;
  dossiers: YearDossierEntry[];
  files: YearFileEntry[];
}

export interface YearManifestInput {
  year: number;
  bundle: string;
  sourceOrganization: string;
  created: string;
  /** Each dossier's bag, already sealed inside the bundle folder. */
  dossiers: { archivalCode: string; path: string; payloadOxum: string }[];
  /** Other files of the bundle (归档文件目录 XLSX/PDF), relative to the bundle. */
  files?: string[];
}

/** Deterministic serialisation: fixed key order, sorted lists, 2-space indent, final newline. */
export function formatYearManifest(m: YearManifest): string {
  const ordered: YearManifest = {
    format: m.format,
    version: m.version,
    year: m.year,
    bundle: m.bundle,
    source_organization: m.source_organization,
    created: m.created,
    dossiers: [...m.dossiers]
      .sort((a, b) => comparePaths(a.archival_code, b.archival_code) || comparePaths(a.path, b.path))
      .map((d) => ({ archival_code: d.archival_code, path: d.path, tagmanifest_sha256: d.tagmanifest_sha256, payload_oxum: d.payload_oxum })),
    files: [...m.files].sort((a, b) => comparePaths(a.path, b.path)).map((f) => ({ path: f.path, size: f.size, sha256: f.sha256, ...(f.sm3 ? { sm3: f.sm3 } : {}) })),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

export function sidecarName(alg: Algorithm): string {
  return `${YEAR_MANIFEST}.${alg}`;
}
export function formatSidecar(text: string, alg: Algorithm): string {
  return `${hashBytes(text, [alg])[alg]}  ${YEAR_MANIFEST}\n`;
}

/** Build year-manifest.json (and its sidecars) for bags already in `bundleDir`. Returns the manifest. */
export function writeYearManifest(bundleDir: string, input: YearManifestInput): YearManifest {
  if (!isIsoDate(input.created)) throw new XfError('VALIDATION', t('年度清单日期须为有效日期 YYYY-MM-DD', 'year manifest date must be a real date YYYY-MM-DD'));
  const seen = new Set<string>();
  const dossiers: YearDossierEntry[] = input.dossiers.map((d) => {
    if (seen.has(d.archivalCode)) throw new XfError('VALIDATION', t(`档号重复：${d.archivalCode}`, `duplicate 档号: ${d.archivalCode}`));
    seen.add(d.archivalCode);
    const p = pathProblem(d.path);
    if (p) throw new XfError('VALIDATION', t(`卷宗目录名不可用（${p}）：${d.path}`, `unusable dossier folder (${p}): ${d.path}`));
    const tm = readFileSync(join(bundleDir, d.path, 'tagmanifest-sha256.txt'));
    return { archival_code: d.archivalCode, path: d.path, tagmanifest_sha256: hashBytes(tm, ['sha256']).sha256!, payload_oxum: d.payloadOxum };
  });
  const files: YearFileEntry[] = (input.files ?? []).map((rel) => {
    const p = pathProblem(rel);
    if (p) throw new XfError('VALIDATION', t(`文件名不可用（${p}）：${rel}`, `unusable file name (${p}): ${rel}`));
    if (lstatSync(join(bundleDir, rel)).isSymbolicLink()) throw new XfError('VALIDATION', t(`拒绝符号链接：${rel}`, `symbolic links are refused: ${rel}`));
    const h = hashFileSync(join(bundleDir, rel), ['sha256', 'sm3']);
    return { path: rel, size: h.size, sha256: h.digests.sha256!, sm3: h.digests.sm3! };
  });
  const manifest: YearManifest = {
    format: YEAR_MANIFEST_FORMAT,
    version: YEAR_MANIFEST_VERSION,
    year: input.year,
    bundle: input.bundle,
    source_organization: input.sourceOrganization,
    created: input.created,
    dossiers,
    files,
  };
  const text = formatYearManifest(manifest);
  // Sidecars first: a crash before the manifest leaves no manifest, never a manifest without sidecar.
  for (const alg of YEAR_SIDECAR_ALGORITHMS) writeFileAtomic(join(bundleDir, sidecarName(alg)), formatSidecar(text, alg));
  writeFileAtomic(join(bundleDir, YEAR_MANIFEST), text);
  return manifest;
}

export interface ReadYearManifest {
  manifest?: YearManifest;
  /** Structural problems: unreadable, not JSON, wrong shape. */
  problems: string[];
  /** Sidecars whose digest does not match the manifest's bytes. */
  sidecarMismatches: { algorithm: Algorithm; expected: string; actual: string }[];
  missingSidecars: Algorithm[];
  /** The manifest itself is not there (ENOENT). */
  absent?: boolean;
  /** Why it could not be read, when it could not. */
  readError?: string;
}

export function isYearBundle(dir: string): boolean {
  return existsSync(join(dir, YEAR_MANIFEST));
}

export function readYearManifest(bundleDir: string): ReadYearManifest {
  const out: ReadYearManifest = { problems: [], sidecarMismatches: [], missingSidecars: [] };
  let text: string;
  try {
    text = readFileSync(join(bundleDir, YEAR_MANIFEST), 'utf8');
  } catch (e) {
    out.readError = (e as NodeJS.ErrnoException).code ?? String(e);
    out.absent = out.readError === 'ENOENT';
    out.problems.push(`${YEAR_MANIFEST}: ${out.readError}`);
    return out;
  }
  for (const alg of YEAR_SIDECAR_ALGORITHMS) {
    let side: string;
    try {
      side = readFileSync(join(bundleDir, sidecarName(alg)), 'utf8');
    } catch {
      out.missingSidecars.push(alg);
      continue;
    }
    const expected = (/^([0-9a-fA-F]+)\s/.exec(side)?.[1] ?? '').toLowerCase();
    const actual = hashBytes(text, [alg])[alg]!;
    if (expected !== actual) out.sidecarMismatches.push({ algorithm: alg, expected, actual });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    out.problems.push(`${YEAR_MANIFEST}: not JSON: ${(e as Error).message}`);
    return out;
  }
  const problems = checkYearShape(doc);
  if (problems.length) {
    out.problems.push(...problems);
    return out;
  }
  out.manifest = doc as YearManifest;
  return out;
}

function checkYearShape(doc: unknown): string[] {
  const p: string[] = [];
  const d = doc as Partial<YearManifest> | null;
  if (!d || typeof d !== 'object') return ['not an object'];
  if (d.format !== YEAR_MANIFEST_FORMAT) p.push(`format must be "${YEAR_MANIFEST_FORMAT}"`);
  if (typeof d.version !== 'string' || !/^1\.\d+$/.test(d.version)) p.push('version must be 1.x');
  if (!Array.isArray(d.dossiers)) p.push('dossiers must be a list');
  else
    d.dossiers.forEach((x, i) => {
      if (typeof x?.archival_code !== 'string' || typeof x?.path !== 'string' || pathProblem(x.path) || !/^[0-9a-f]{64}$/.test(String(x?.tagmanifest_sha256))) {
        p.push(`dossiers[${i}] is malformed`);
      }
    });
  if (!Array.isArray(d.files)) p.push('files must be a list');
  else
    d.files.forEach((x, i) => {
      if (typeof x?.path !== 'string' || pathProblem(x.path) || !/^[0-9a-f]{64}$/.test(String(x?.sha256))) p.push(`files[${i}] is malformed`);
    });
  return p;
}
