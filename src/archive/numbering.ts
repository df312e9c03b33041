// 件号 / 案卷号 come from the register's serials (never issued twice, SPEC §7.3): a number is
// reserved for a case in one transaction before its dossier is built, and a rerun after a crash
// finds the reservation and reuses it — so numbers stay continuous without gaps, and re-archiving a
// case reproduces the same 档号 and the same bytes.
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { Registry } from '../registry/registry.js';
import { MAX_SERIAL } from './codes.js';

interface IssueRow {
  seq: number;
  kind: string;
}

/** Numbers already reserved for this case in `year` (any archive kind), oldest first. */
export function reservations(reg: Registry, caseNo: string, year: number, kinds: (kind: string) => boolean): IssueRow[] {
  return reg.archive.reservations(caseNo, year).filter((r) => kinds(r.kind));
}

/** The case's number in this serial kind and year: the reserved one, or a new one reserved now. */
export function reserveNumber(reg: Registry, caseNo: string, kind: string, year: number): { number: number; reused: boolean } {
  return reg.transaction(() => {
    const prior = reservations(reg, caseNo, year, (k) => k === kind)[0];
    if (prior) return { number: prior.seq, reused: true };
    const serial = reg.allocateSerial(kind, year, caseNo);
    const seq = reg.archive.serialNumber(serial)!;
    if (seq > MAX_SERIAL) {
      // rolling back leaves the counter as it was: nothing is consumed
      throw new XfError(
        'VALIDATION',
        t(`${year} 年 ${kind} 类的件号（案卷号）已超过 ${MAX_SERIAL}：请为信访档案设置机构（问题）代码分类`, `${year} ${kind}: numbers exceed ${MAX_SERIAL}; split the class with an org/issue code`),
      );
    }
    return { number: seq, reused: false };
  });
}
