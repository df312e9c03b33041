// `xf deadline` end to end: the same answers as the engine (test/domain/deadlines.test.ts), through
// the real executable, whatever the machine's time zone, and usage errors that name the option.
import { describe, expect, it } from 'vitest';
import { WORKED } from '../domain/worked-examples.js';
import { xf } from '../helpers/xf.js';

describe('xf deadline', () => {
  it("gives the same answers through `xf deadline --json`, whatever the machine's time zone", () => {
    for (const tz of ['Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati']) {
      for (const [from, days, unit, actor, extend, due, actBy] of WORKED) {
        const args = ['deadline', '--from', from, '--days', String(days), '--unit', unit, '--actor', actor, '--json'];
        if (extend) args.push('--extend', String(extend));
        const r = xf(args, { env: { TZ: tz } });
        expect(r.code, r.stderr).toBe(0);
        const j = JSON.parse(r.stdout) as { due: string; act_by: string; provisional: boolean };
        expect([j.due, j.act_by, j.provisional], `${tz} ${from}`).toEqual([due, actBy, false]);
      }
    }
  }, 120_000);

  it('the CLI refuses bad input with a usage error and names the option', () => {
    const cases: [string[], RegExp][] = [
      [['deadline', '--from', '2026-02-30', '--days', '3'], /--from/],
      [['deadline', '--from', '2026-02-10', '--days', 'x'], /--days/],
      [['deadline', '--from', '2026-02-10', '--days', '3', '--unit', 'weeks'], /--unit/],
      [['deadline', '--from', '2026-02-10', '--days', '3', '--extend', '31'], /30/],
      [['deadline', '--from', '2026-02-10', '--days', '3', '--pause', '2026-03-05:2026-03-01'], /--pause/],
    ];
    for (const [args, re] of cases) {
      const r = xf(args);
      expect(r.code).toBe(64);
      expect(r.stderr).toMatch(re);
    }
  });
});
