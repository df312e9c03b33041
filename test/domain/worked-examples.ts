// The worked deadline examples of SPEC §5.3, shared by the engine's tests and the CLI's.
// SPEC §5.3, each row: [from, days, unit, actor, extend, expected due, expected act_by]
export const WORKED: [string, number, 'workday' | 'calendar', 'organ' | 'petitioner', number, string, string][] = [
  ['2025-09-29', 3, 'workday', 'organ', 0, '2025-10-10', '2025-10-10'], // DL-08 across National Day
  ['2025-09-29', 30, 'calendar', 'organ', 0, '2025-10-29', '2025-10-29'], // DL-10
  ['2026-01-05', 60, 'calendar', 'organ', 0, '2026-03-06', '2026-03-06'], // DL-05
  ['2026-01-05', 60, 'calendar', 'organ', 30, '2026-04-05', '2026-04-03'], // DL-05 + DL-06: 清明, act by Friday
  ['2026-09-01', 30, 'calendar', 'petitioner', 0, '2026-10-08', '2026-10-08'], // DL-07 rolls past 国庆
  ['2026-02-10', 10, 'workday', 'petitioner', 0, '2026-03-02', '2026-03-02'], // DL-09 with two 调休 Saturdays
  ['2026-09-28', 5, 'workday', 'organ', 0, '2026-10-10', '2026-10-10'], // DL-04 ends on a 调休 Saturday
];
