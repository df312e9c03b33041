// `xf deadline` end to end: the same answers as the engine (test/domain/deadlines.test.ts), through
// the real executable, whatever the machine's time zone, and usage errors that name the option.
import { describe, expect, it } from 'vitest';
import { xf } from '../helpers/xf.js';

// SPEC §5.3, each row: [from, days, unit, actor, extend, expected due, expected act_by]
const WORKED: [string, number, 'workday' | 'calendar', 'organ' | 'petitioner', number, string, string][] = [
  ['2025-09-29', 3, 'workday', 'organ', 0, '2025-10-10', '2025-10-10'],      // DL-08 across National Day
  ['2025-09-29', 30, 'calendar', 'organ', 0, '2025-10-29', '2025-10-29'],    // DL-10
  ['2026-01-05', 60, 'calendar', 'organ', 0, '2026-03-06', '2026-03-06'],    // DL-05
  ['2026-01-05', 60, 'calendar', 'organ', 30, '2026-04-05', '2026-04-03'],   // DL-05 + DL-06: 清明, act by Friday
  ['2026-09-01', 30, 'calendar', 'petitioner', 0, '2026-10-08', '2026-10-08'], // DL-07 rolls past 国庆
  ['2026-02-10', 10, 'workday', 'petitioner', 0, '2026-03-02', '2026-03-02'], // DL-09 with two 调休 Saturdays
  ['2026-09-28', 5, 'workday', 'organ', 0, '2026-10-10', '2026-10-10'],      // DL-04 ends on a 调休 Saturday
];

describe('xf deadline', () => {
  it('gives the same answers through `xf deadline --json`, whatever the machine\'s time zone', () => {
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
