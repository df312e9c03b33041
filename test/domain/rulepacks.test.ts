// Rule-pack resolution (src/domain/rulepacks.ts): national first, overlays in order, a later rule
// replaces an earlier one, the first instrument imposing finality is the one cited.
import { describe, expect, it } from 'vitest';
import { XfError } from '../../src/domain/errors.js';
import { setLang } from '../../src/domain/i18n.js';
import { RULE_PACKS, resolveRulePack } from '../../src/domain/rulepacks.js';

describe('resolveRulePack', () => {
  it('puts national_2022 first when it is not named, and keeps the order given', () => {
    expect(resolveRulePack(['shandong_2015']).ids).toEqual(['national_2022', 'shandong_2015']);
    expect(resolveRulePack(['national_2022', 'zhejiang_2016']).ids).toEqual(['national_2022', 'zhejiang_2016']);
    expect(resolveRulePack([]).ids).toEqual(['national_2022']);
  });

  it('a later pack replaces a deadline and a limit, the rest stays national', () => {
    const national = resolveRulePack(['national_2022']);
    const zj = resolveRulePack(['zhejiang_2016']);
    expect(zj.deadlines.handling!.id).toBe('DL-05-ZJ');
    expect(zj.deadlines.handling!.length).toBe(30);
    expect(zj.limits.max_extension_days).toBe(60);
    expect(national.limits.max_extension_days).toBe(30);
    expect(zj.limits.max_representatives).toBe(national.limits.max_representatives);
    expect(zj.deadlines.review_window).toEqual(national.deadlines.review_window);
    // resolving does not change the packs themselves
    expect(RULE_PACKS.national_2022!.limits).not.toBe(national.limits);
    expect(resolveRulePack(['national_2022']).limits.max_extension_days).toBe(30);
  });

  it('finality: the first instrument that imposes it is cited; national 复核 stays XFGZ §36', () => {
    const sd = resolveRulePack(['shandong_2015', 'zhejiang_2016']);
    expect(sd.finality.rereview_served?.instrument).toBe('《信访工作条例》');
    expect(sd.finality.answer_window_lapsed?.instrument).toBe('《山东省信访条例》');
    expect(sd.finality.mediated?.article).toBe('第四十六条');
    const zj = resolveRulePack(['zhejiang_2016', 'shandong_2015']);
    expect(zj.finality.answer_window_lapsed?.instrument).toBe('《浙江省信访条例》');
    expect(zj.finality.mediated?.instrument).toBe('《山东省信访条例》');
    expect(resolveRulePack(['national_2022']).finality.mediated).toBeUndefined();
  });

  it('online reply windows come only with the pack that has them', () => {
    expect(resolveRulePack(['national_2022']).online_reply).toBeUndefined();
    const on = resolveRulePack(['s003_online']).online_reply!;
    expect([on.urgent.length, on.consultation.length, on.general.length, on.investigation.length]).toEqual([1, 5, 15, 30]);
  });

  it('an unknown pack is a usage error naming it and the known ones', () => {
    setLang('en');
    try {
      let err: unknown;
      try {
        resolveRulePack(['national_2022', 'mars_2030', 'shandong_2015']);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(XfError);
      expect((err as XfError).code).toBe('USAGE');
      expect((err as XfError).message).toContain('mars_2030');
      expect((err as XfError).message).not.toContain('mars_2030, shandong');
      expect((err as XfError).message).toContain('s003_online');
    } finally {
      setLang('zh');
    }
  });
});
