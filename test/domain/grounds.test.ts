// The national article each non-acceptance ground cites by itself (src/domain/grounds.ts, SPEC §6.4.3).
// GROUND_BASIS is a module-level table: read in a fresh module, so the table these assertions see is the
// one the module builds, not a copy another test loaded earlier.
import { describe, expect, it } from 'vitest';
import type { GroundCode } from '../../src/domain/enums.js';
import { freshImport } from './fresh-module.js';

const XFGZ = '《信访工作条例》';

describe('GROUND_BASIS (SPEC §6.4.3)', () => {
  it('each ground with a verified national article cites 《信访工作条例》 and that article', async () => {
    const { GROUND_BASIS, noticeBasis } = await freshImport(() => import('../../src/domain/grounds.js'));
    expect(GROUND_BASIS).toEqual({
      NA01: { instrument: XFGZ, article: '第三十一条' },
      NA03: { instrument: XFGZ, article: '第二十二条第二款' },
      NA04: { instrument: XFGZ, article: '第二十条第二款' },
      NA05: { instrument: XFGZ, article: '第二十三条第一款' },
      NA06: { instrument: XFGZ, article: '第十九条第三款' },
      NA07: { instrument: XFGZ, article: '第三十六条第三款' },
      NA10: { instrument: XFGZ, article: '第三十五条、第三十六条' },
    });
    expect(Object.isFrozen(GROUND_BASIS)).toBe(true);
    const all = ['NA01', 'NA03', 'NA04', 'NA05', 'NA06', 'NA07', 'NA10'] as GroundCode[];
    expect(noticeBasis(all).basis.map((b) => `${b.instrument}${b.article}`)).toEqual([
      '《信访工作条例》第三十一条',
      '《信访工作条例》第二十二条第二款',
      '《信访工作条例》第二十条第二款',
      '《信访工作条例》第二十三条第一款',
      '《信访工作条例》第十九条第三款',
      '《信访工作条例》第三十六条第三款',
      '《信访工作条例》第三十五条、第三十六条',
    ]);
  });
});
