// Fault codes of `xf verify` and how they turn into exit codes. Codes are stable and English;
// messages follow XF_LANG.

export const FAULT_CODES = ['E-MISSING', 'E-EXTRA', 'E-DIGEST', 'E-UNREADABLE', 'E-OXUM', 'E-TAGDIGEST', 'E-SCHEMA', 'E-BAGIT', 'E-YEAR'] as const;
export type FaultCode = (typeof FAULT_CODES)[number];

/** Exit codes (issue 5): precedence is 130, 64, then the lowest non-zero. */
export const VERIFY_EXIT = { OK: 0, DIGEST: 1, INCOMPLETE: 2, MALFORMED: 3, IO: 4, USAGE: 64, INTERRUPTED: 130 } as const;

export interface Fault {
  code: FaultCode;
  /** The bag (or year bundle) folder, as given on the command line or found below it. */
  bag: string;
  /** Full path on disk of the file concerned, when there is one. */
  path?: string;
  /** Bag-relative path as on disk (decoded). */
  rel?: string;
  /** Path as written in the manifest (percent-encoded per RFC 8493 §2.1.3). */
  encoded?: string;
  /** The manifest or list the fault was found against. */
  manifest?: string;
  algorithm?: string;
  expected?: string;
  actual?: string;
  /** OS error code for E-UNREADABLE (EACCES, EISDIR, EIO…). */
  errno?: string;
  /** For E-YEAR: what kind of disagreement; decides its exit code. */
  kind?: 'digest' | 'missing' | 'extra' | 'malformed';
  message: string;
  exit: number;
}

export function exitFor(code: FaultCode, kind?: Fault['kind']): number {
  switch (code) {
    case 'E-DIGEST': case 'E-TAGDIGEST': return VERIFY_EXIT.DIGEST;
    case 'E-MISSING': case 'E-EXTRA': case 'E-OXUM': return VERIFY_EXIT.INCOMPLETE;
    case 'E-BAGIT': case 'E-SCHEMA': return VERIFY_EXIT.MALFORMED;
    case 'E-UNREADABLE': return VERIFY_EXIT.IO;
    case 'E-YEAR':
      return kind === 'missing' || kind === 'extra' ? VERIFY_EXIT.INCOMPLETE : kind === 'malformed' ? VERIFY_EXIT.MALFORMED : VERIFY_EXIT.DIGEST;
  }
}

export function fault(f: Omit<Fault, 'exit'>): Fault {
  return { ...f, exit: exitFor(f.code, f.kind) };
}

/** The run's exit code: interrupted beats usage beats the lowest non-zero fault exit. */
export function overallExit(faults: readonly Fault[], opts: { interrupted?: boolean; usage?: boolean } = {}): number {
  if (opts.interrupted) return VERIFY_EXIT.INTERRUPTED;
  if (opts.usage) return VERIFY_EXIT.USAGE;
  let best = 0;
  for (const f of faults) if (f.exit !== 0 && (best === 0 || f.exit < best)) best = f.exit;
  return best;
}

/** Stable order for reports: by bag, then path, then code. */
export function sortFaults(faults: Fault[]): Fault[] {
  const key = (f: Fault) => [f.bag, f.rel ?? '', f.code, f.algorithm ?? '', f.manifest ?? ''];
  return faults.sort((a, b) => {
    const ka = key(a), kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i]! !== kb[i]!) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}
