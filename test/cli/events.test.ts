// Issue 13, first section: the register records only complete events, keeps their dates in the
// case's order, and corrects without erasing. Everything through the real CLI.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT } from '../helpers/xf.js';

const CASE = `channel: letter
via_agent: false
received_date: 2026-03-02
registered_date: 2026-03-02
category: claim
claim_route: xf_opinion
title: 关于小区供暖不达标的信访事项
request_text: 请求督促供热公司整改
facts_text: 室温长期在12℃左右
reasons_text: 供热单位应保证室温不低于18℃
petitioners:
  - { name: 王秀兰, party_type: natural, phone: "13905310001", address: 某市历下区幸福里小区3号楼 }
handler: { handler_name: 李明, handling_org_name: 某市某区住房和城乡建设局 }
`;
const ANSWER = `requests: [{ seq: 1, text: 督促整改 }]
petitioner_facts_reasons: 信访人反映室温不达标。
findings: 经入户测温，室温不达标属实。
outcomes: [{ request_seq: 1, outcome: support, reasoning: 属实，已督促整改。 }]
legal_basis: [{ instrument: 《信访工作条例》, article: 第三十二条 }]
enforcement_text: 区住建局将督促落实。
`;

let home: Home | undefined;
afterEach(() => {
  home?.cleanup();
  home = undefined;
});

function setup(today = '2026-11-21'): Home & { ok(args: string[]): string; show(): Record<string, unknown> } {
  const h = freshHome('national_2022', today);
  home = h;
  writeFileSync(join(h.dir, 'case.yaml'), CASE);
  writeFileSync(join(h.dir, 'answer.yaml'), ANSWER);
  const ok = (args: string[]) => {
    const r = h.run(args);
    expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
    return r.stdout;
  };
  ok(['case', 'new', '--file', 'case.yaml']);
  return Object.assign(h, { ok, show: () => JSON.parse(ok(['case', 'show', '2026-0001', '--json'])) as Record<string, unknown> });
}
const events = (h: ReturnType<typeof setup>) => (h.show().events as unknown[]).length;

describe('every event records its required details', () => {
  it.each([
    ['extend', ['accept'], ['extension_days', 'extension_reason', 'approved_by']],
    ['transfer', [], ['target_org', 'kind']],
    ['request_materials', [], ['missing_items']],
    ['mediate', ['accept'], ['terms']],
    ['answer', ['accept'], ['requests', 'petitioner_facts_reasons', 'findings', 'outcomes', 'legal_basis']],
    ['decline', [], ['ground_codes']],
  ] as const)('%s without details is refused, naming each missing field; nothing is written', (event, before, fields) => {
    const h = setup();
    for (const e of before) h.ok(['case', 'event', '2026-0001', e, '--date', '2026-03-03']);
    const n = events(h);
    const r = h.run(['case', 'event', '2026-0001', event, '--date', '2026-03-05']);
    expect(r.code, r.stderr).toBe(1);
    for (const f of fields) expect(r.stderr).toMatch(new RegExp(`错误 SCHEMA ${f}「[^」]+」：必填项缺失`));
    expect(r.stderr).not.toMatch(/内部错误|at .*\.js:\d+/);
    expect(events(h)).toBe(n);
  });

  it('a complete extension is recorded, and the date that defaults to the event date may be left out', () => {
    const h = setup();
    h.ok(['case', 'event', '2026-0001', 'accept', '--date', '2026-03-03']);
    h.ok(['case', 'event', '2026-0001', 'extend', '--date', '2026-03-20', '--set', 'extension_days=30', '--set', 'extension_reason=需会同供热公司核查', '--set', 'approved_by=张局长']);
    expect((h.show().progress as { extension: { notice_date: string } }).extension.notice_date).toBe('2026-03-20');
  });
});

describe("event dates keep the case's order (V-CASE-2)", () => {
  it('refuses a service dated before the opinion it serves, and an answer before the acceptance', () => {
    const h = setup();
    h.ok(['case', 'event', '2026-0001', 'accept', '--date', '2026-03-03']);
    let r = h.run(['case', 'event', '2026-0001', 'answer', '--date', '2026-03-02', '--file', 'answer.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/V-CASE-2 date「日期」：不得早于其所依据的「受理」（accept，2026-03-03）/);
    h.ok(['case', 'event', '2026-0001', 'answer', '--date', '2026-03-20', '--file', 'answer.yaml']);
    const n = events(h);
    r = h.run(['case', 'event', '2026-0001', 'serve', '--date', '2026-03-19', '--set', 'service_method=in_person']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/V-CASE-2 .*「出具处理意见书」（answer，2026-03-20）/);
    expect(events(h)).toBe(n);
    h.ok(['case', 'event', '2026-0001', 'serve', '--date', '2026-03-20', '--set', 'service_method=in_person']);
  });

  it('refuses materials_cured dated before the notice', () => {
    const h = setup();
    h.ok(['case', 'event', '2026-0001', 'request_materials', '--date', '2026-03-05', '--set', 'missing_items=身份证复印件']);
    const r = h.run(['case', 'event', '2026-0001', 'materials_cured', '--date', '2026-03-04']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/V-CASE-2 .*「通知补齐材料」（request_materials，2026-03-05）/);
  });
});

describe('--help and --set', () => {
  it("xf case event EVENT --help lists the event's detail fields with label, type and required", () => {
    const out = spawnSync(process.execPath, [join(ROOT, 'bin', 'xf'), 'case', 'event', 'extend', '--help'], { encoding: 'utf8', env: { ...process.env, XF_LANG: 'zh' } }).stdout;
    expect(out).toMatch(/事件 extend（延期办理）的详情字段/);
    expect(out).toMatch(/extension_days\s+延长天数\s+整数\s+必填/);
    expect(out).toMatch(/approved_by\s+批准人（本机关负责人）\s+文字\s+必填/);
    expect(out).toMatch(/notice_date\s+延期告知日期\s+日期\s+可选（默认事件日期）/);
    const en = spawnSync(process.execPath, [join(ROOT, 'bin', 'xf'), 'case', 'event', '2026-0001', 'decline', '--help'], { encoding: 'utf8', env: { ...process.env, XF_LANG: 'en' } }).stdout;
    expect(en).toMatch(/ground_codes\s+不予受理理由\s+list of one of\s+required\s+NA01 \/ NA02/);
  });

  it('--set takes a list as a,b or repeated, and sends a list of objects to --file', () => {
    const h = setup();
    h.ok(['case', 'event', '2026-0001', 'request_materials', '--date', '2026-03-05', '--set', 'missing_items=身份证复印件,房产证', '--set', 'missing_items=测温记录']);
    expect((h.show().progress as { materials_cure: { missing_items: string[] } }).materials_cure.missing_items).toEqual(['身份证复印件', '房产证', '测温记录']);
    const r = h.run(['case', 'event', '2026-0001', 'decline', '--set', 'ground_codes=NA01', '--set', 'legal_basis=x']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/legal_basis 是对象列表.*--file/);
  });

  it('the README table of events is generated from the schemas', async () => {
    const { eventDetailsMarkdown } = await import('../../src/cli/case.js');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = /<!-- events:begin -->\n([\s\S]*?)\n<!-- events:end -->/.exec(readme);
    expect(m?.[1]).toBe(eventDetailsMarkdown());
  });
});

describe('xf case correct', () => {
  function served(h: ReturnType<typeof setup>): void {
    h.ok(['case', 'event', '2026-0001', 'accept', '--date', '2026-03-03']);
    h.ok(['case', 'event', '2026-0001', 'extend', '--date', '2026-03-20', '--set', 'extension_days=30', '--set', 'extension_reason=需会同供热公司核查测温', '--set', 'approved_by=张局长']);
    h.ok(['case', 'event', '2026-0001', 'answer', '--date', '2026-04-20', '--file', 'answer.yaml']);
    h.ok(['case', 'event', '2026-0001', 'serve', '--date', '2026-04-25', '--set', 'service_method=in_person']);
  }
  const clock = (h: ReturnType<typeof setup>, slot: string) => (h.show().clocks as { slot: string; due: string }[]).find((c) => c.slot === slot)!;

  it("supersedes an earlier event's details and date, replays the case, shows 更正, and the replay check passes", () => {
    const h = setup();
    served(h);
    const before = clock(h, 'review_window').due;
    h.ok([
      'case',
      'correct',
      '2026-0001',
      '--event',
      '5',
      '--set',
      'service_method=registered_mail',
      '--set',
      'tracking_no=1181234567890',
      '--event-date',
      '2026-04-28',
      '--reason',
      '送达回证日期误录',
      '--approved-by',
      '张局长',
    ]);
    const rec = h.show() as { progress: { services: { service_method: string; served_date: string; tracking_no: string }[] }; corrections: unknown[]; events: { event: string }[] };
    expect(rec.progress.services).toEqual([expect.objectContaining({ service_method: 'registered_mail', served_date: '2026-04-28', tracking_no: '1181234567890' })]);
    expect(rec.corrections).toEqual([expect.objectContaining({ seq: 6, target_seq: 5, target_event: 'serve', reason: '送达回证日期误录', approved_by: '张局长' })]);
    expect(rec.events.map((e) => e.event)).toEqual(['register', 'accept', 'extend', 'answer', 'serve', 'correct']);
    expect(clock(h, 'review_window').due > before).toBe(true); // the window runs from the corrected date
    const shown = h.ok(['case', 'show', '2026-0001']);
    expect(shown).toMatch(/#5 2026-04-25 serve（送达）（已更正，见 #6）/);
    expect(shown).toMatch(/#6 \S+ 更正 #5 serve：service_method、tracking_no、日期→2026-04-28；理由：送达回证日期误录；批准人：张局长/);
    const v = h.run(['registry', 'verify', '--replay']);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    expect(v.stdout).toMatch(/重演 \d+ 件案件：案件表、期限与编号与重演结果一致/);
    expect(v.stdout).toMatch(/哈希链完整：6 个事件/);
  });

  it('forms print the corrected values', () => {
    const h = setup();
    served(h);
    h.ok(['case', 'correct', '2026-0001', '--event', '3', '--set', 'extension_reason=需会同供热公司入户复测', '--reason', '延期理由录入有误', '--approved-by', '张局长']);
    h.ok(['form', 'extension_notice', '--case', '2026-0001', '--out', 'out']);
    const pdf = spawnSync('pdftotext', [join(h.dir, 'out', readdirSync(join(h.dir, 'out')).find((f) => f.endsWith('.pdf'))!), '-'], { encoding: 'utf8' });
    if (pdf.error) {
      if (process.env.CI === 'true') throw pdf.error;
      return;
    }
    const text = pdf.stdout.replace(/\s+/g, '');
    expect(text).toContain('需会同供热公司入户复测');
    expect(text).not.toContain('核查测温');
  });

  it('refuses a correction the replay cannot hold, a registration, a missing reason, and any correction of an archived case', () => {
    const h = setup();
    served(h);
    const n = events(h);
    let r = h.run(['case', 'correct', '2026-0001', '--event', '5', '--event-date', '2026-04-19', '--reason', 'r', '--approved-by', '张局长']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/更正后，第 #5 项事件「送达」.*不再成立/);
    expect(r.stderr).toMatch(/V-CASE-2/);
    r = h.run(['case', 'correct', '2026-0001', '--event', '1', '--set', 'title=x', '--reason', 'r']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/V-COR-1 event「被更正事件」：第 #1 项不是本案可更正的办理事件（register）/);
    expect(r.stderr).toMatch(/V-COR-1 approved_by「批准人」/);
    expect(events(h)).toBe(n);
    h.ok(['case', 'correct', '2026-0001', '--event', '5', '--set', 'service_method=registered_mail', '--reason', '送达方式录入有误', '--approved-by', '张局长']);
    h.ok(['case', 'event', '2026-0001', 'terminate', '--date', '2026-06-30', '--set', 'reason=answer_window_lapsed']);
    // the dossier's 备考表 records the correction (this bare case lacks its scans: filed as incomplete)
    const arc = JSON.parse(h.ok(['archive', 'case', '2026-0001', '--allow-incomplete', '--reason', '测试用例无原件扫描', '--json'])) as { dossier?: string };
    const dossier = readdirRec(join(h.dir, 'archive')).find((f) => f.endsWith('dossier.json'))!;
    expect(arc).toBeTruthy();
    expect(JSON.parse(readFileSync(dossier, 'utf8')).notes).toMatch(
      /更正：\d{4}年\d+月\d+日更正办理经过第 #5 项「送达」：service_method 改为 registered_mail；理由：送达方式录入有误；批准人：张局长。/,
    );
    expect(h.show().status).toBe('archived');
    r = h.run(['case', 'correct', '2026-0001', '--event', '5', '--set', 'service_method=registered_mail', '--reason', 'r', '--approved-by', '张局长']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/V-COR-1 status「案件状态」：案件 2026-0001 已归档并锁定，不能更正/);
  });
});

describe('--confirm-calendar (V-CAL-2)', () => {
  it('closing on a lapsed window that ends past the holiday data needs it, and records it', () => {
    const h = setup('2027-03-01');
    h.ok(['case', 'event', '2026-0001', 'accept', '--date', '2026-03-03']);
    h.ok(['case', 'event', '2026-0001', 'answer', '--date', '2026-04-20', '--file', 'answer.yaml']);
    h.ok(['case', 'event', '2026-0001', 'serve', '--date', '2026-12-10', '--set', 'service_method=in_person']);
    const due = (h.show().clocks as { slot: string; due: string; provisional: boolean }[]).find((c) => c.slot === 'review_window')!;
    expect(due.due.startsWith('2027-')).toBe(true);
    expect(due.provisional).toBe(true);
    const r = h.run(['case', 'event', '2026-0001', 'terminate', '--date', '2027-02-20', '--set', 'reason=answer_window_lapsed']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/错误 V-CAL-2 confirm_calendar「已核实日历」：申请期限 2027-\d\d-\d\d 超出日历数据覆盖范围/);
    h.ok(['case', 'event', '2026-0001', 'terminate', '--date', '2027-02-20', '--set', 'reason=answer_window_lapsed', '--confirm-calendar']);
    const rec = h.show() as { status: string; events: { event: string; details: string }[] };
    expect(rec.status).toBe('terminated');
    expect(JSON.parse(rec.events.at(-1)!.details)).toEqual(expect.objectContaining({ confirm_calendar: true }));
  });
});

function readdirRec(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? readdirRec(join(d, e.name)) : [join(d, e.name)]));
}
