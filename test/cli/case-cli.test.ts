import Database from 'better-sqlite3';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStructuredText } from '../../src/domain/case-file.js';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT } from '../helpers/xf.js';

let home: Home;
beforeAll(() => {
  home = freshHome();
});
afterAll(() => home.cleanup());

function rows(h: Home): number {
  const db = new Database(join(h.dir, 'xf.db'), { readonly: true });
  try {
    return ['cases', 'events', 'clocks', 'serial_issues'].reduce((n, t) => n + (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n, 0);
  } finally {
    db.close();
  }
}

describe('xf case new on generated malformed files', () => {
  it('answers each with a clear error and exit 1, never a crash, and writes nothing', () => {
    const base = parseStructuredText(readFileSync(join(ROOT, 'samples', '01-letter-answered.yaml'), 'utf8'), 's.yaml').value as Record<string, unknown>;
    const keys = Object.keys(base).filter((k) => k !== '$schema');
    let n = 0,
      refused = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        fc.oneof(fc.constant(undefined), fc.integer(), fc.string({ maxLength: 5 }), fc.constant('2026-13-45'), fc.constant([]), fc.constant({ x: 1 })),
        (key, value) => {
          const c = structuredClone(base);
          c.case_no = `2026-9${String(n++).padStart(3, '0')}`;
          if (value === undefined) delete c[key];
          else c[key] = value;
          const file = join(home.dir, 'gen.yaml');
          writeFileSync(file, stringify(c));
          const before = rows(home);
          const r = home.run(['case', 'new', '--file', file]);
          if (r.code === 0) return; // the mutation happened to be valid
          refused++;
          expect(r.code).toBe(1);
          expect(r.stderr).toMatch(/错误 (SCHEMA|SYNTAX|V-[A-Z]+-\d+) \S+「[^」]*」：/);
          expect(r.stderr).not.toMatch(/内部错误|at .*\.js:\d+/);
          expect(rows(home)).toBe(before);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 20) },
    );
    // the checks above ran: most changes to a valid file make it invalid
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});

describe('calendar overrides from xf.config.json', () => {
  it('extend coverage for the register and for xf deadline; a bad file is named', () => {
    writeFileSync(join(home.dir, 'cal.json'), JSON.stringify({ holidays: { '2027-01-01': '元旦' }, covered_years: [2027] }));
    const cfgPath = join(home.dir, 'xf.config.json');
    const cfg = JSON.parse(readFileSync(cfgPath, 'utf8'));
    writeFileSync(cfgPath, JSON.stringify({ ...cfg, calendar_overrides: 'cal.json' }));
    const r = JSON.parse(home.run(['deadline', '--from', '2026-12-30', '--days', '2', '--unit', 'workday', '--json']).stdout);
    expect([r.due, r.provisional]).toEqual(['2027-01-04', false]);
    writeFileSync(join(home.dir, 'cal.json'), JSON.stringify({ holidays: { '2027-02-30': '元旦' } }));
    const bad = home.run(['calendar']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/R-CAL-2.*2027-02-30/);
    writeFileSync(cfgPath, JSON.stringify(cfg));
  });
});
