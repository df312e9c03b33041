// The legal basis each non-acceptance ground (SPEC §6.4.3) carries by itself: the 不予受理告知书 cites it
// when the decline details give none. Only the grounds whose national article SPEC §6.4.3 verified are
// listed; the others (provincial or procedural rules, NA13's "other legal ground") must be typed into the
// decline details (`legal_basis`), and V-DOC-10 refuses a notice without one.
import type { GroundCode } from './enums.js';

export interface GroundBasis {
  instrument: string;
  article: string;
}

const XFGZ = '《信访工作条例》';

export const GROUND_BASIS: Readonly<Partial<Record<GroundCode, GroundBasis>>> = Object.freeze({
  NA01: { instrument: XFGZ, article: '第三十一条' },
  NA03: { instrument: XFGZ, article: '第二十二条第二款' },
  NA04: { instrument: XFGZ, article: '第二十条第二款' },
  NA05: { instrument: XFGZ, article: '第二十三条第一款' },
  NA06: { instrument: XFGZ, article: '第十九条第三款' },
  NA07: { instrument: XFGZ, article: '第三十六条第三款' },
  NA10: { instrument: XFGZ, article: '第三十五条、第三十六条' },
});

/** The basis a notice prints: the one given in the details, else the grounds' own (one entry per article). */
export function noticeBasis(codes: readonly GroundCode[], given?: readonly { instrument: string; article?: string }[]): { basis: { instrument: string; article?: string }[]; uncovered: GroundCode[] } {
  if (given?.length) return { basis: [...given], uncovered: [] };
  const basis: GroundBasis[] = [];
  const uncovered: GroundCode[] = [];
  for (const c of codes) {
    const b = GROUND_BASIS[c];
    if (!b) {
      uncovered.push(c);
      continue;
    }
    if (!basis.some((x) => x.instrument === b.instrument && x.article === b.article)) basis.push(b);
  }
  return { basis, uncovered };
}
