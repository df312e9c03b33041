// xf rules list and xf deadline --extend through the CLI: the rule registry seen from outside. (Kept out
// of test/domain, which runs without dist/ — under Stryker each mutant runs the domain tests only.)
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/domain/rules/index.js';
import { xf } from '../helpers/xf.js';

describe('the CLI uses the registry', () => {
  it('xf rules list --json lists every rule with the forms that name it; the table speaks English with XF_LANG=en', () => {
    const r = xf(['rules', 'list', '--json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { id: string; applies: string[]; source: string }[];
    expect(list.map((e) => e.id)).toEqual(catalogue().map((e) => e.id));
    expect(list.find((e) => e.id === 'V-DOC-9')!.applies).toEqual(['event:extend', 'form:extension_notice', 'deadline']);
    const en = xf(['rules', 'list'], { env: { XF_LANG: 'en' } });
    expect(en.stdout).toMatch(/^V-DOC-9\s+extension of the handling period\s+XFGZ §34/m);
    expect(xf(['rules', 'list']).stdout).toMatch(/^V-DOC-9\s+延期办理/m);
  });
  it('xf deadline --extend follows the rule pack: 45 days refused nationally, allowed under zhejiang_2016', () => {
    const args = ['deadline', '--from', '2026-01-05', '--days', '30', '--extend', '45'];
    const nat = xf([...args, '--rule-packs', 'national_2022']);
    expect(nat.code).toBe(64);
    expect(nat.stderr).toMatch(/V-DOC-9 --extend「延长天数」：延长期限不得超过30日/);
    const zj = xf([...args, '--rule-packs', 'zhejiang_2016', '--json']);
    expect(zj.code).toBe(0);
    expect(JSON.parse(zj.stdout)).toMatchObject({ extended_by: 45, base_due: '2026-02-04' });
  });
});
