// Signing what was just filed, with the office key in the register's home (nothing when the office
// has no key): the register head, each dossier's seal, the year manifest (also written into the
// bundle as year-manifest.json.anchor) and the audit history head.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { hashBytes, readYearManifest, YEAR_MANIFEST } from '../bagit/index.js';
import type { Registry } from '../registry/registry.js';
import { type Anchor, type RegisterHead, checkAnchor } from './anchor.js';
import { YEAR_ANCHOR, anchorNow, privateKeyPath, publicKeyPath, writeYearAnchor } from './store.js';

export function registerHead(reg: Registry): RegisterHead {
  const c = reg.verifyChain();
  return { seq: c.head_seq, hash: c.head_hash };
}

export function hasOfficeKey(home: string): boolean {
  return existsSync(privateKeyPath(home));
}

export function anchorDossier(home: string, reg: Registry, archivalCode: string, seal: string): Anchor | undefined {
  if (!hasOfficeKey(home)) return undefined;
  return anchorNow(home, { kind: 'dossier', archival_code: archivalCode, tagmanifest_sha256: seal, register: registerHead(reg) });
}

export function anchorYear(home: string, reg: Registry, bundleDir: string): Anchor | undefined {
  if (!hasOfficeKey(home) || !existsSync(join(bundleDir, YEAR_MANIFEST))) return undefined;
  const m = readYearManifest(bundleDir).manifest;
  if (!m) return undefined;
  const sha = hashBytes(readFileSync(join(bundleDir, YEAR_MANIFEST)), ['sha256']).sha256!;
  // A rerun that changed nothing keeps the anchor it finds: the bundle stays byte for byte the same.
  try {
    const prior = JSON.parse(readFileSync(join(bundleDir, YEAR_ANCHOR), 'utf8')) as Anchor;
    const pub = readFileSync(publicKeyPath(home), 'utf8');
    if (prior.kind === 'year' && prior.year_manifest_sha256 === sha && checkAnchor(prior, pub).ok) return prior;
  } catch {
    /* none yet, or unreadable: sign anew */
  }
  const a = anchorNow(home, {
    kind: 'year',
    bundle: m.bundle ?? basename(bundleDir),
    year_manifest_sha256: sha,
    dossiers: m.dossiers.map((d) => ({ archival_code: d.archival_code, tagmanifest_sha256: d.tagmanifest_sha256 })),
    register: registerHead(reg),
  });
  if (a) writeYearAnchor(bundleDir, a);
  return a;
}

export function anchorRegister(home: string, reg: Registry): Anchor | undefined {
  if (!hasOfficeKey(home)) return undefined;
  return anchorNow(home, { kind: 'register', head: registerHead(reg) });
}

/** The audit history's head, and the ledger export log's when the history is kept in the register. */
export function anchorAudit(home: string, store: string, records: readonly unknown[], exports?: readonly Record<string, unknown>[]): Anchor | undefined {
  if (!hasOfficeKey(home)) return undefined;
  const last = records[records.length - 1] as { hash?: string } | undefined;
  const lastExport = exports?.[exports.length - 1];
  return anchorNow(home, {
    kind: 'audit',
    store,
    count: records.length,
    head: last?.hash ?? null,
    ...(exports ? { exports: { count: exports.length, head: lastExport?.hash == null ? null : String(lastExport.hash) } } : {}),
  });
}
