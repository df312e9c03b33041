// A quarterly report is as of the quarter's last day (or --as-of): only events dated by then count,
// so the report on a past quarter run on 10-01 and again on 10-31 (after later events, a late
// registration and a late answer) gives the same figures and the same workbook and PDF bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// each test runs xf (and LibreOffice) several times: minutes on a loaded machine
const SLOW = { timeout: 300_000 };
import { freshHome, type Home } from '../helpers/home.js';
import { xf } from '../helpers/xf.js';

const ANSWER = `doc_no: 某信复字〔2026〕30号
requests:
  - { seq: 1, text: 督促供热公司整改 }
petitioner_facts_reasons: 信访人反映室温长期低于18℃，要求整改。
findings: 经入户测温，室温低于标准，供热公司已完成整改，复测室温为19℃。
outcomes:
  - { request_seq: 1, outcome: support, reasoning: 室温不达标属实，已完成整改。 }
legal_basis:
  - { instrument: 《信访工作条例》, article: 第三十二条 }
`;

function caseFile(no: string, received: string, registered: string, history: string): string {
  return `case_no: ${no}
channel: letter
via_agent: false
received_date: ${received}
registered_date: ${registered}
category: claim
claim_route: xf_opinion
title: 关于小区供暖不达标的信访事项
request_text: 请求督促供热公司整改。
facts_text: 室温长期在12℃左右。
reasons_text: 供热单位应保证室温不低于18℃。
respondent: 某市热力有限公司
confidential: false
petitioners:
  - { name: 王秀兰, party_type: natural, gender: female, phone: '13905310001', address: 某市历下区幸福里小区3号楼 }
handler: { handler_name: 李明, handling_org_name: 某市某区住房和城乡建设局 }
${history ? `history:\n${history}` : 'history: []\n'}`;
}
const answer = (date: string) => `  - event: answer\n    date: ${date}\n    details:\n${ANSWER.replace(/^/gm, '      ').trimEnd()}\n`;

let home: Home;
const on = (today: string, args: string[]) => xf(args, { cwd: home.dir, env: { XF_HOME: home.dir, XF_TODAY: today } });
const ok = (r: { code: number; stderr: string; stdout: string }) => {
  expect(r.code, r.stderr + r.stdout).toBe(0);
  return r;
};
function register(today: string, name: string, text: string): void {
  const f = join(home.dir, `${name}.yaml`);
  writeFileSync(f, text);
  ok(on(today, ['case', 'new', '--file', f]));
}
const report = (today: string, out: string, extra: string[] = []) => {
  const r = ok(on(today, ['report', 'quarterly', '--year', '2026', '--quarter', '3', '--xlsx', '--pdf', '--out', join(home.dir, out), '--json', ...extra]));
  return JSON.parse(r.stdout) as { figures: { as_of: string; current: Record<string, any> }; files: string[] };
};

beforeAll(() => {
  home = freshHome(undefined, '2026-10-01');
  // A: answered and served in time, rated at service
  register(
    '2026-10-01',
    'a',
    caseFile(
      '2026-0701',
      '2026-07-01',
      '2026-07-01',
      `  - { event: accept, date: 2026-07-03, details: { doc_no: 某信受字〔2026〕71号 } }\n  - { event: start, date: 2026-07-03 }\n${answer('2026-08-20')}  - { event: serve, date: 2026-08-25, details: { service_method: in_person, addressee: 王秀兰, satisfaction: satisfied } }\n`,
    ),
  );
  // B: accepted in August, its handling deadline falls in October and nothing is done
  register(
    '2026-10-01',
    'b',
    caseFile('2026-0702', '2026-08-06', '2026-08-06', `  - { event: accept, date: 2026-08-10, details: { doc_no: 某信受字〔2026〕72号 } }\n  - { event: start, date: 2026-08-10 }\n`),
  );
  // C: accepted early in August, answered late in October (recorded after the first run)
  register(
    '2026-10-01',
    'c',
    caseFile('2026-0703', '2026-07-30', '2026-07-30', `  - { event: accept, date: 2026-08-03, details: { doc_no: 某信受字〔2026〕73号 } }\n  - { event: start, date: 2026-08-03 }\n`),
  );
}, 300_000);
afterAll(() => home?.cleanup());

describe('xf report quarterly --as-of', SLOW, () => {
  it('a past quarter gives the same figures and bytes on 10-01 and on 10-31', () => {
    const first = report('2026-10-01', 'oct01');
    expect(first.figures.as_of).toBe('2026-09-30');
    const bytes1 = first.files.map((f) => readFileSync(f));

    // October: C answered (late) and served dissatisfied, a September letter registered late
    const f = join(home.dir, 'answer.yaml');
    writeFileSync(f, ANSWER);
    ok(on('2026-10-31', ['case', 'event', '2026-0703', 'answer', '--date', '2026-10-20', '--file', f]));
    ok(on('2026-10-31', ['case', 'event', '2026-0703', 'serve', '--date', '2026-10-25', '--set', 'service_method=in_person', '--set', 'addressee=王秀兰', '--set', 'satisfaction=dissatisfied']));
    register('2026-10-31', 'd', caseFile('2026-0704', '2026-09-28', '2026-10-05', ''));

    const again = report('2026-10-31', 'oct31');
    expect(again.figures).toEqual(first.figures);
    expect(again.files.map((x) => x.replace('oct31', 'oct01'))).toEqual(first.files);
    again.files.forEach((x, i) => expect(readFileSync(x).equals(bytes1[i]!), x).toBe(true));

    const c = first.figures.current;
    expect(c.received).toBe(3); // D was registered after the as-of day
    expect(c.on_time).toMatchObject({ n: 1, of: 1, late: 0, overdue: 0 }); // B and C still within their deadline on 09-30
    expect(c.satisfaction).toMatchObject({ n: 1, of: 1, satisfied: 1, dissatisfied: 0 });
  });

  it('a later as-of day counts what happened by then, and nothing after it', () => {
    const late = report('2026-10-31', 'late', ['--as-of', '2026-10-31']).figures;
    expect(late.as_of).toBe('2026-10-31');
    expect(late.current.received).toBe(4);
    // A in time; C answered after its deadline; B open past its act-by day
    expect(late.current.on_time).toMatchObject({ n: 1, of: 3, late: 1, overdue: 1 });
    expect(late.current.satisfaction).toMatchObject({ n: 1, of: 2, dissatisfied: 1 });

    // as of 10-15 C's answer (10-20) and service (10-25) have not happened: C is overdue, not late
    const mid = report('2026-10-31', 'mid', ['--as-of', '2026-10-15']).figures;
    expect(mid.current.on_time).toMatchObject({ late: 0 });
    expect(mid.current.on_time.overdue).toBeGreaterThanOrEqual(1);
    expect(mid.current.satisfaction).toMatchObject({ n: 1, of: 1 });
    expect(mid.current.received).toBe(4); // D registered on 10-05
  });

  it('refuses an as-of day after today or before the quarter', () => {
    for (const d of ['2026-11-01', '2026-06-30']) {
      const r = on('2026-10-31', ['report', 'quarterly', '--year', '2026', '--quarter', '3', '--as-of', d]);
      expect(r.code, d).toBe(64);
      expect(r.stderr).toMatch(/--as-of/);
    }
  });
});
