import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT, xf, type XfRun } from '../helpers/xf.js';

// The import is done here, not by the first test, so that every test can run alone (-t).
let home: Home;
let imported: XfRun;
beforeAll(() => {
  home = freshHome();
  imported = home.run(['case', 'import', join(ROOT, 'samples'), '--json']);
});
afterAll(() => home.cleanup());

describe('the bundled samples', () => {
  it('import cleanly under the demo rule packs', () => {
    expect(imported.code, imported.stderr).toBe(0);
    const j = JSON.parse(imported.stdout);
    expect(j.imported).toBe(readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.yaml')).length);
    expect(j.imported).toBeGreaterThanOrEqual(8);
  });

  it('together walk every lifecycle path the register issue names', () => {
    const events = (no: string) => (JSON.parse(home.run(['case', 'show', no, '--json']).stdout).events as { event: string }[]).map((e) => e.event);
    const all = JSON.parse(home.run(['case', 'list', '--json']).stdout) as { case_no: string; status: string; via_agent: boolean; confidential: boolean; channel: string; category: string }[];
    const walked = new Set(all.flatMap((c) => events(c.case_no)));
    for (const e of [
      'accept',
      'decline',
      'extend',
      'answer',
      'serve',
      'request_review',
      'request_rereview',
      'hearing',
      'hearing_end',
      'decide',
      'terminate',
      'mediate',
      'route_legal',
      'request_materials',
      'materials_cured',
    ]) {
      expect(walked, e).toContain(e);
    }
    expect(all.some((c) => c.via_agent)).toBe(true);
    expect(all.some((c) => c.category === 'accusation' && c.confidential)).toBe(true);
    expect(all.filter((c) => c.channel === 'online').length).toBeGreaterThanOrEqual(2);
    const group = all.map((c) => JSON.parse(home.run(['case', 'show', c.case_no, '--json']).stdout)).find((r) => (r.petitioner_count ?? 0) > 5);
    expect(group?.representatives?.length).toBeGreaterThanOrEqual(1);
    const agent = all.find((c) => c.via_agent)!;
    expect(JSON.parse(home.run(['case', 'show', agent.case_no, '--json']).stdout).slip_no).toMatch(/^XX-LXD-\d{4}-\d{6}$/);
  }, 240_000); // some 30 runs of xf: over a minute on a loaded machine

  it('show the open and overdue work, overdue first', () => {
    const overdue = JSON.parse(home.run(['case', 'list', '--overdue', '--json']).stdout) as { case_no: string }[];
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    const d = JSON.parse(home.run(['deadlines', '--json']).stdout) as { clocks: { state: string; case_no: string }[] };
    expect(d.clocks.length).toBeGreaterThan(overdue.length);
    expect(d.clocks[0]!.state).toBe('overdue');
    expect(overdue.map((c) => c.case_no)).toContain(d.clocks[0]!.case_no);
    const text = home.run(['deadlines']);
    expect(text.stdout).toMatch(/逾期\d+天/);
    expect(home.run(['registry', 'verify']).code).toBe(0);
  });

  it('English messages with XF_LANG=en, identifiers unchanged', () => {
    // 2026-0001 ends terminated: archiving is its only step
    const r = home.run(['case', 'event', '2026-0001', 'accept'], undefined);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/「accept」/);
    expect(r.stderr).toMatch(/archive/);
    const en = xf(['case', 'event', '2026-0001', 'accept'], { cwd: home.dir, env: { XF_HOME: home.dir, XF_LANG: 'en', XF_TODAY: '2026-11-21' } });
    expect(en.code, en.stderr).toBe(1);
    expect(en.stderr).toMatch(/"accept" is not allowed\. Allowed: archive/);
  });
});
