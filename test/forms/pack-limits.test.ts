import { describe, expect, it } from 'vitest';
import { resolveRulePack } from '../../src/domain/rulepacks.js';
import { runRules, type RuleInput } from '../../src/forms/rules.js';

// The form rules read the office's rule pack, so a form and the register never disagree on a limit.
const input = (limits: RuleInput['limits'], extra: { extension_days?: number; accompanying?: number }): RuleInput => ({
  formId: 'x',
  tree: { blocks: [] } as unknown as RuleInput['tree'],
  limits,
  view: {
    clocks: {},
    case: {
      progress: extra.extension_days ? { extension: { extension_days: extra.extension_days, extension_reason: 'r', approved_by: '局长', notice_date: '2026-01-01' } } : {},
      authorization: { accompanying_persons: Array.from({ length: extra.accompanying ?? 0 }, (_, i) => ({ name: `p${i}` })) },
    },
  } as unknown as RuleInput['view'],
});
const rules = (v: { rule: string }[]) => v.map((x) => x.rule);

describe('form rules follow the rule pack', () => {
  it('V-DOC-9: 45 days is refused nationally and allowed under zhejiang_2016 (≤ 60)', () => {
    expect(rules(runRules(['V-DOC-9'], input(resolveRulePack(['national_2022']).limits, { extension_days: 45 })))).toEqual(['V-DOC-9']);
    expect(runRules(['V-DOC-9'], input(resolveRulePack(['national_2022', 'zhejiang_2016']).limits, { extension_days: 45 }))).toEqual([]);
  });
  it('V-AG-2: 3 accompanying persons pass under 篇3 (≤ 4), fail under 篇4 (≤ 2), and national sets no cap', () => {
    expect(runRules(['V-AG-2'], input(resolveRulePack(['s000_fengcheng_proxy']).limits, { accompanying: 3 }))).toEqual([]);
    expect(rules(runRules(['V-AG-2'], input(resolveRulePack(['s000_village_proxy']).limits, { accompanying: 3 })))).toEqual(['V-AG-2']);
    expect(runRules(['V-AG-2'], input(resolveRulePack(['national_2022']).limits, { accompanying: 9 }))).toEqual([]);
  });
});
