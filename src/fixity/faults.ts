// Fault codes of `xf verify` and how they turn into exit codes. Codes are stable and English;
// messages follow XF_LANG.
import { t } from '../domain/i18n.js';

export const FAULT_CODES = [
  'E-MISSING',
  'E-EXTRA',
  'E-DIGEST',
  'E-UNREADABLE',
  'E-OXUM',
  'E-TAGDIGEST',
  'E-SCHEMA',
  'E-BAGIT',
  'E-YEAR',
  // A dossier checked as a whole and against what outlives it (issue 12):
  /** dossier.json disagrees with the payload (a listed file absent, an unlisted file, size or digest drift). */
  'E-DOSSIER',
  /** The 档号 differs between bag-info, dossier.json and the 归档章 fields (or the bag's bundle). */
  'E-CODE',
  /** The dossier disagrees with the register's archive event (its seal differs). */
  'E-REGISTER',
  /** A hidden folder left by an interrupted archive run. */
  'E-PARTIAL',
  /** A signed anchor is invalid, or contradicts what is on disk or in the register. */
  'E-ANCHOR',
  /** Fewer events or audit records than a signed anchor saw. */
  'E-TRUNCATED',
] as const;
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
  /** 档号 concerned, when known (register and year checks name the dossier). */
  archival_code?: string;
  message: string;
  exit: number;
}

export function exitFor(code: FaultCode, kind?: Fault['kind']): number {
  switch (code) {
    case 'E-DIGEST':
    case 'E-TAGDIGEST':
    case 'E-CODE':
    case 'E-REGISTER':
    case 'E-ANCHOR':
      return VERIFY_EXIT.DIGEST;
    case 'E-MISSING':
    case 'E-EXTRA':
    case 'E-OXUM':
    case 'E-PARTIAL':
    case 'E-TRUNCATED':
      return VERIFY_EXIT.INCOMPLETE;
    case 'E-BAGIT':
    case 'E-SCHEMA':
      return VERIFY_EXIT.MALFORMED;
    case 'E-UNREADABLE':
      return VERIFY_EXIT.IO;
    case 'E-YEAR':
    case 'E-DOSSIER':
      return kind === 'missing' || kind === 'extra' ? VERIFY_EXIT.INCOMPLETE : kind === 'malformed' ? VERIFY_EXIT.MALFORMED : VERIFY_EXIT.DIGEST;
  }
}

/** One line per code: what the records room should do about it. */
export function hintFor(code: FaultCode): string {
  switch (code) {
    case 'E-MISSING':
      return t(
        '从另一份副本恢复缺失的文件或卷宗；登记簿在时可用 xf archive case <编号> 重建（须与登记的摘要相符）',
        'restore the missing file or dossier from the other copy; with the register, xf archive case <no> rebuilds it (it must match the recorded seal)',
      );
    case 'E-EXTRA':
      return t('查明多出的文件从何而来；不属于卷宗的移出，卷宗本身不要改动', 'find where the extra file came from and move it out; do not change the dossier itself');
    case 'E-DIGEST':
    case 'E-TAGDIGEST':
    case 'E-OXUM':
      return t('文件已被改动：从另一份副本恢复整个卷宗，并查明改动原因', 'a file was changed: restore the whole dossier from the other copy and find out why');
    case 'E-UNREADABLE':
      return t('检查权限、介质与读写错误（ls -l、dmesg）后重新校验；这不等于文件丢失', 'check permissions, the medium and I/O errors (ls -l, dmesg), then verify again; this is not a lost file');
    case 'E-SCHEMA':
    case 'E-BAGIT':
      return t('卷宗结构已损坏：从另一份副本恢复，或用 xf archive case <编号> 重建', 'the dossier is malformed: restore it from the other copy, or rebuild it with xf archive case <no>');
    case 'E-YEAR':
      return t(
        '年度包与年度清单不符：恢复年度包，或在核实卷宗完好后用 xf archive year <年度> 重写清单',
        'the year bundle disagrees with its manifest: restore it, or once its dossiers are verified rewrite it with xf archive year <year>',
      );
    case 'E-DOSSIER':
      return t('dossier.json 与载荷不符：卷宗被改动或重新封包，从另一份副本恢复', 'dossier.json disagrees with the payload: the dossier was changed or resealed; restore it from the other copy');
    case 'E-CODE':
      return t('档号前后不一：卷宗被改动，从另一份副本恢复，并与登记簿核对', 'the 档号 is not the same everywhere: the dossier was changed; restore it and check it against the register');
    case 'E-REGISTER':
      return t(
        '卷宗与登记簿记录的归档摘要不符：从另一份副本恢复，或查明登记簿是否被改写',
        'the dossier does not match the seal the register recorded: restore it, or find out whether the register was rewritten',
      );
    case 'E-PARTIAL':
      return t(
        '一次归档运行被中断：重新运行同一条 xf archive 命令即可完成（会清除残留的临时目录）',
        'an archive run was interrupted: run the same xf archive command again to finish it (it removes the leftover folder)',
      );
    case 'E-ANCHOR':
      return t(
        '签名锚点与现状矛盾：用机关公钥核对锚点来源，按锚点所记从副本恢复卷宗或登记簿',
        'a signed anchor contradicts what is here: check the anchor with the office public key and restore the dossier or register it describes',
      );
    case 'E-TRUNCATED':
      return t('登记簿或审计历史比已签名的锚点短：有记录被删除，从备份恢复', 'the register or audit history is shorter than a signed anchor saw: records were deleted; restore from a backup');
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
    const ka = key(a),
      kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i]! !== kb[i]!) return ka[i]! < kb[i]! ? -1 : 1;
    return 0;
  });
}
