// Signing what was just filed, with the office key in the register's home (nothing when the office
// has no key): the register head, each dossier's seal, the year manifest (also written into the
// bundle as year-manifest.json.anchor) and the audit history head.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { hashBytes, readYearManifest, YEAR_MANIFEST } from '../bagit/index.js';
import type { Registry } from '../registry/registry.js';
import { type Anchor, type RegisterHead, checkAnchor } from './anchor.js';
import { FILING_ANCHOR, YEAR_ANCHOR, anchorNow, loggedAnchors, privateKeyPath, publicKeyPath, writeYearAnchor } from './store.js';

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

export interface FilingFacts {
  archival_code: string;
  manifest_sha256: string;
  bag_info_sha256: string;
}

/**
 * The signed filing anchor a dossier carries. SM2 signatures are randomised, so a dossier built again
 * (after an interrupted run, or rebuilt from the register) reuses the anchor signed at its first
 * filing — found in the dossier left in place or in the detached anchors log — and keeps its bytes.
 * `signNew`: sign one when none is found (a first filing; a rebuild never signs anew). Undefined:
 * no anchor (the office has no key, or a rebuild of a dossier filed without one).
 */
export function filingAnchor(home: string, reg: Registry, want: FilingFacts, opts: { inPlace?: string; signNew: boolean }): Anchor | undefined {
  const same = (a: Anchor) => a.kind === 'filing' && a.archival_code === want.archival_code && a.manifest_sha256 === want.manifest_sha256 && a.bag_info_sha256 === want.bag_info_sha256;
  const pub = existsSync(publicKeyPath(home)) ? readFileSync(publicKeyPath(home), 'utf8') : undefined;
  if (opts.inPlace && pub) {
    try {
      const a = JSON.parse(readFileSync(join(opts.inPlace, FILING_ANCHOR), 'utf8')) as Anchor;
      if (same(a) && checkAnchor(a, pub).ok) return a;
    } catch {
      /* none there, or unreadable */
    }
  }
  const logged = loggedAnchors(home, same)[0];
  if (logged) return logged;
  if (!opts.signNew || !hasOfficeKey(home)) return undefined;
  const head = reg.archive.lastEvent();
  return anchorNow(home, { kind: 'filing', ...want, ...(head ? { register: { seq: head.seq, hash: head.hash } } : {}) });
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
    /* none yet, or unreadable: the log may hold it (a bundle rebuilt from the register) */
  }
  const sameDossiers = (a: Anchor) =>
    a.kind === 'year' &&
    a.bundle === (m.bundle ?? basename(bundleDir)) &&
    a.year_manifest_sha256 === sha &&
    JSON.stringify(a.dossiers) === JSON.stringify(m.dossiers.map((d) => ({ archival_code: d.archival_code, tagmanifest_sha256: d.tagmanifest_sha256 })));
  const logged = loggedAnchors(home, sameDossiers)[0];
  if (logged) {
    writeYearAnchor(bundleDir, logged);
    return logged;
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
