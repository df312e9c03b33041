// The rule registry (src/domain/rules/): every rule defined once, each enforced rule with a passing
// and a failing example, the catalogue complete in both languages, and no rule defined elsewhere.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStructuredText } from '../../src/domain/case-file.js';
import type { CaseFile } from '../../src/domain/case-schema.js';
import type { Violation } from '../../src/domain/errors.js';
import { setLang } from '../../src/domain/i18n.js';
import { resolveRulePack } from '../../src/domain/rulepacks.js';
import { AREAS, catalogue, check, RULES, violate, type RuleId } from '../../src/domain/rules/index.js';
import { ROOT } from '../helpers/xf.js';

const national = resolveRulePack(['national_2022']).limits;
const proxyPack = resolveRulePack(['national_2022', 'shandong_2015', 's000_fengcheng_proxy']).limits;
const sample = (name: string): CaseFile => {
  const { history: _h, ...rest } = parseStructuredText(readFileSync(join(ROOT, 'samples', name), 'utf8'), name).value as CaseFile;
  return structuredClone(rest) as CaseFile;
};
/** The agent sample passes every registration rule under its packs; each failing example breaks one thing. */
const agentCase = (patch: (c: CaseFile) => void = () => {}): { c: CaseFile; limits: typeof proxyPack } => {
  const c = sample('03-agent-proxy-fengcheng.yaml');
  patch(c);
  return { c, limits: proxyPack };
};
const au = () => agentCase().c.authorization!;
const hearing = (h: Record<string, unknown>) => ({ hearing: h as never, complete: true });

type Example = { pass: () => Violation[]; fail: () => Violation[] };
import { respondentKeys } from '../../src/domain/disclosure.js';
const ex = (pass: () => Violation[], fail: () => Violation[]): Example => ({ pass, fail });

/** One passing and one failing example per enforced rule, through the rule's own checks. */
const EXAMPLES: Partial<Record<RuleId, Example>> = {
  'V-CASE-1': ex(
    () => check('V-CASE-1', 'file', agentCase()),
    () =>
      check(
        'V-CASE-1',
        'file',
        agentCase((c) => {
          delete c.petitioners[0]!.address;
          delete c.petitioners[0]!.phone;
        }),
      ),
  ),
  'V-CASE-2': ex(
    () => check('V-CASE-2', 'file', agentCase()),
    () => check('V-CASE-2', 'order', { key: 'accepted_before_base', field: 'accepted_date', date: '2026-01-01', min: '2026-01-02' }),
  ),
  'V-CASE-3': ex(
    () => check('V-CASE-3', 'file', agentCase()),
    () =>
      check(
        'V-CASE-3',
        'file',
        agentCase((c) => {
          c.petitioner_count = 8;
          delete c.representatives;
        }),
      ),
  ),
  'V-CASE-4': ex(
    () => check('V-CASE-4', 'file', agentCase()),
    () =>
      check(
        'V-CASE-4',
        'file',
        agentCase((c) => {
          c.category = 'accusation';
          c.confidential = false;
        }),
      ),
  ),
  'V-CASE-5': ex(
    () => check('V-CASE-5', 'handler', { handler: agentCase().c.handler, at: 'accept' }),
    () => check('V-CASE-5', 'handler', { handler: { ...agentCase().c.handler!, conflict_declared: true }, at: 'accept' }),
  ),
  'V-CASE-6': ex(
    () => check('V-CASE-6', 'event', { event: 'answer', category: 'claim', claim_route: 'xf_opinion' }),
    () => check('V-CASE-6', 'event', { event: 'answer', category: 'claim', claim_route: 'litigation' }),
  ),
  'V-CASE-7': ex(
    () => check('V-CASE-7', 'duplicates', { dups: [] }),
    () => check('V-CASE-7', 'duplicates', { dups: ['2026-0001'] }),
  ),
  'V-CASE-8': ex(
    () => check('V-CASE-8', 'file', agentCase()),
    () =>
      check(
        'V-CASE-8',
        'file',
        agentCase((c) => {
          c.channel = 'online';
          delete c.online_type;
        }),
      ),
  ),
  'V-ID-1': ex(
    () => check('V-ID-1', 'file', agentCase()),
    () =>
      check(
        'V-ID-1',
        'file',
        agentCase((c) => {
          c.agents![0]!.agent_id_doc_no = '370112197804160260';
        }),
      ),
  ),
  'V-ID-2': ex(
    () => check('V-ID-2', 'file', agentCase()),
    () =>
      check(
        'V-ID-2',
        'file',
        agentCase((c) => {
          c.petitioners[0]!.birth_month = '1901-01';
        }),
      ),
  ),
  'V-AG-1': ex(
    () => check('V-AG-1', 'file', agentCase()),
    () =>
      check(
        'V-AG-1',
        'file',
        agentCase((c) => {
          c.agents = [c.agents![0]!, c.agents![0]!, c.agents![0]!];
        }),
      ),
  ),
  'V-AG-2': ex(
    () => check('V-AG-2', 'authorization', { authorization: au(), limits: proxyPack }),
    () => check('V-AG-2', 'authorization', { authorization: { ...au(), accompanying_persons: Array.from({ length: 5 }, (_, i) => ({ name: `p${i}` })) as never }, limits: proxyPack }),
  ),
  'V-AG-3': ex(
    () => check('V-AG-3', 'act', { authorization: au(), revoked: false, date: au().proxy_term_from, power: 'apply_review' }),
    () => check('V-AG-3', 'act', { authorization: au(), revoked: false, date: au().proxy_term_from, power: 'withdraw' }),
  ),
  'V-AG-4': ex(
    () => check('V-AG-4', 'raw', { raw: agentCase().c }),
    () => check('V-AG-4', 'raw', { raw: { authorization: { service_fee: 100 } } }),
  ),
  'V-AG-5': ex(
    () => check('V-AG-5', 'file', agentCase()),
    () =>
      check(
        'V-AG-5',
        'file',
        agentCase((c) => {
          c.agents![0]!.appointment_valid_to = '2000-01-01';
        }),
      ),
  ),
  'V-AG-6': ex(
    () => check('V-AG-6', 'request', { proxy_request: agentCase().c.proxy_request }),
    () => check('V-AG-6', 'request', { proxy_request: { ...agentCase().c.proxy_request!, petitioner_signed: false } }),
  ),
  'V-SLIP-1': ex(
    () => check('V-SLIP-1', 'serial', { slip_no: 'FC-LXD-2026-000007' }),
    () => check('V-SLIP-1', 'serial', { slip_no: 'FC-2026-7' }),
  ),
  'V-SLIP-2': ex(
    () => check('V-SLIP-2', 'due', { has_clock: true }),
    () => check('V-SLIP-2', 'due', { has_clock: false }),
  ),
  'V-DOC-1': ex(
    () => check('V-DOC-1', 'seal', { is_png: true }),
    () => check('V-DOC-1', 'seal', { is_png: false }),
  ),
  'V-DOC-2': ex(
    () => check('V-DOC-2', 'recipients', { confidential: true, respondent: respondentKeys({ respondent: '某区水务局副局长钱贪官' }), recipients: [{ field: 'copy_to[0]', name: '某区信访局' }] }),
    () =>
      check('V-DOC-2', 'recipients', {
        confidential: true,
        respondent: respondentKeys({ respondent: '某区水务局副局长钱贪官' }),
        recipients: [{ field: 'copy_to[0]', name: '某区水 务局（钱贪官同志）' }],
      }),
  ),
  'V-DOC-3': ex(
    () => check('V-DOC-3', 'text', { org: '某市人民政府', review: false, text: '如不服，可以自收到本意见书之日起30日内向某市人民政府申请复查，并提交相关材料。' }),
    () => check('V-DOC-3', 'text', { org: '某市人民政府', review: false, text: '如不服，可以申请复查。' }),
  ),
  'V-DOC-4': ex(
    () => check('V-DOC-4', 'outcomes', { requests: [{ seq: 1, text: 'a' }], outcomes: [{ request_seq: 1, outcome: 'support', reasoning: 'r' }] }),
    () =>
      check('V-DOC-4', 'outcomes', {
        requests: [
          { seq: 1, text: 'a' },
          { seq: 2, text: 'b' },
        ],
        outcomes: [{ request_seq: 1, outcome: 'support', reasoning: 'r' }],
      }),
  ),
  'V-DOC-5': ex(
    () => check('V-DOC-5', 'text', { text: '信访人以同一事实和理由提出的投诉请求，不再受理。' }),
    () => check('V-DOC-5', 'text', { text: '特此答复。' }),
  ),
  'V-DOC-6': ex(
    () => check('V-DOC-6', 'org', { org: '某市某区某街道办事处' }),
    () => check('V-DOC-6', 'org', { org: '某区信访局办公室' }),
  ),
  'V-DOC-7': ex(
    () => check('V-DOC-7', 'doc_no', { doc_no: '某信受字〔2026〕1号', field: 'doc_no' }),
    () => check('V-DOC-7', 'doc_no', { doc_no: '某信受字[2026]第01号', field: 'doc_no' }),
  ),
  'V-DOC-8': ex(
    () => check('V-DOC-8', 'timely', { key: 'notice_late', field: 'issue_date', date: '2026-01-19', due: '2026-01-19' }),
    () => check('V-DOC-8', 'timely', { key: 'notice_late', field: 'issue_date', date: '2026-01-20', due: '2026-01-19' }),
  ),
  'V-DOC-9': ex(
    () => check('V-DOC-9', 'extension', { extension: { extension_days: 30, extension_reason: 'r', approved_by: '局长', notice_date: '2026-03-06' }, original_due: '2026-03-07', limits: national }),
    () => check('V-DOC-9', 'extension', { extension: { extension_days: 30, extension_reason: 'r', approved_by: '局长', notice_date: '2026-03-07' }, original_due: '2026-03-07', limits: national }),
  ),
  'V-DOC-10': ex(
    () => check('V-DOC-10', 'basis', { basis: [{ instrument: '《信访工作条例》', article: '第二十三条第一款' }], uncovered: [] }),
    () => check('V-DOC-10', 'basis', { basis: [], uncovered: ['NA13'] }),
  ),
  'V-HEAR-1': ex(
    () => check('V-HEAR-1', 'hearing', hearing({ chair: '甲', investigators: ['乙'], recorder: '丙', attendees: [{ role: 'petitioner' }, { role: 'handling_org_rep' }] })),
    () => check('V-HEAR-1', 'hearing', hearing({ chair: '乙', investigators: ['乙'], recorder: '丙' })),
  ),
  'V-HEAR-2': ex(
    () => check('V-HEAR-2', 'publicity', { hearing: { public: true }, confidential: false }),
    () => check('V-HEAR-2', 'publicity', { hearing: { public: true }, confidential: true }),
  ),
  'V-NA-1': ex(
    () => [...check('V-NA-1', 'late', { late: true, codes: ['NA10'] }), ...check('V-NA-1', 'present', { codes: ['NA10'] })],
    () => [...check('V-NA-1', 'late', { late: true, codes: ['NA01'] }), ...check('V-NA-1', 'present', { codes: [] }), ...check('V-NA-1', 'present', {})],
  ),
  'V-REV-1': ex(
    () => check('V-REV-1', 'window', { received: '2026-03-01', due: '2026-03-01' }),
    () => check('V-REV-1', 'window', { received: '2026-03-02', due: '2026-03-01' }),
  ),
  'V-REV-2': ex(
    () => check('V-REV-2', 'requests', { requests: [{ seq: 1 }], original: [{ seq: 1 }, { seq: 2 }] }),
    () => check('V-REV-2', 'requests', { requests: [{ seq: 3 }], original: [{ seq: 1 }] }),
  ),
  'SD15-45': ex(
    () => check('SD15-45', 'outcome', { outcome: 'modify', defects: ['d'] }),
    () => check('SD15-45', 'outcome', { outcome: 'revoke_and_redo', defects: ['d'] }),
  ),
  'XFGZ-32': ex(
    () => check('XFGZ-32', 'enforcement', { outcomes: [{ outcome: 'support' }], enforcement_text: '督促落实' }),
    () => check('XFGZ-32', 'enforcement', { outcomes: [{ outcome: 'support' }] }),
  ),
  'XFGZ-36': ex(
    () => check('XFGZ-36', 'publication', { stage: 'rereview', publication_allowed: true, heard: true }),
    () => check('XFGZ-36', 'publication', { stage: 'rereview', publication_allowed: true, heard: false }),
  ),
  'S004-§16': ex(
    () => check('S004-§16', 'appeal', { appeal_text: '可向某市人民政府申诉' }),
    () => check('S004-§16', 'appeal', {}),
  ),
  'S004-§17': ex(
    () => check('S004-§17', 'approval', { approved: true }),
    () => check('S004-§17', 'approval', { approved: false }),
  ),
  DATE: ex(
    () => check('DATE', 'date', { date: '2026-01-05', today: '2026-01-05' }),
    () => check('DATE', 'date', { date: '2026-01-06', today: '2026-01-05' }),
  ),
  T3: ex(
    () => check('T3', 'transferred', { transfer_from_org: '某区信访局' }),
    () => check('T3', 'transferred', {}),
  ),
  T14: ex(
    () => check('T14', 'window', { date: '2026-03-02', due: '2026-03-01' }),
    () => check('T14', 'window', { date: '2026-03-01', due: '2026-03-01' }),
  ),
  T16: ex(
    () => check('T16', 'decided', { outcome: 'uphold' }),
    () => check('T16', 'decided', {}),
  ),
  R9: ex(
    () => check('R9', 'service', { remedy_notice_included: false, final: true }),
    () => check('R9', 'service', { remedy_notice_included: false, final: false }),
  ),
  'V-CAL-2': ex(
    () => check('V-CAL-2', 'confirm', { provisional: true, due: '2027-01-11', confirmed: true }),
    () => check('V-CAL-2', 'confirm', { provisional: true, due: '2027-01-11' }),
  ),
  'V-COR-1': ex(
    () => check('V-COR-1', 'correct', { case_no: '2026-0001', status: 'answer_served', correctable: true, event: 'serve', seq: 5, changes: 1, reason: '录入错误', approved_by: '张局长' }),
    () => check('V-COR-1', 'correct', { case_no: '2026-0001', status: 'archived', correctable: true, event: 'serve', seq: 5, changes: 1, reason: '录入错误', approved_by: '张局长' }),
  ),
  'V-CAL-1': ex(
    () => check('V-CAL-1', 'clock', { provisional: false, due: '2026-12-31', until: '2026-12-31', field: 'handling' }),
    () => check('V-CAL-1', 'clock', { provisional: true, due: '2027-01-04', until: '2026-12-31', field: 'handling' }),
  ),
  'V-ARC-1': ex(
    () => check('V-ARC-1', 'checklist', { missing: [] }),
    () => check('V-ARC-1', 'checklist', { missing: [{ entry: '3', zh: '受理告知书', en: 'the acceptance notice' }] }),
  ),
  SYNTAX: ex(
    () => check('SYNTAX', 'json', { text: '{"a":1}' }),
    () => check('SYNTAX', 'json', { text: '{"a":' }),
  ),
  SCHEMA: ex(
    () => check('SCHEMA', 'object', { value: {} }),
    () => check('SCHEMA', 'object', { value: [] }),
  ),
  'E-SCHEMA': ex(
    () => check('E-SCHEMA', 'problems', { problems: [] }),
    () => check('E-SCHEMA', 'problems', { problems: [{ field: '/items', detail: 'required' }] }),
  ),
  'R-CAL-2': ex(
    () => check('R-CAL-2', 'problems', { problems: [] }),
    () => check('R-CAL-2', 'problems', { problems: [{ field: 'calendar_overrides', detail: 'bad date' }] }),
  ),
  TEMPLATE: ex(
    () => check('TEMPLATE', 'rules', { ids: ['V-DOC-7'], known: () => true }),
    () => check('TEMPLATE', 'rules', { ids: ['V-NOPE'], known: () => false }),
  ),
  STAGE: ex(
    () => check('STAGE', 'reached', { reached: true, field: 'progress.acceptance', title: '受理告知书', id: 'acceptance_notice', status: 'accepted' }),
    () => check('STAGE', 'reached', { reached: false, field: 'progress.acceptance', title: '受理告知书', id: 'acceptance_notice', status: 'registered' }),
  ),
  FIELD: ex(
    () => check('FIELD', 'present', { present: true, field: 'doc_no', title: 't', id: 'x' }),
    () => check('FIELD', 'present', { present: false, field: 'doc_no', title: 't', id: 'x' }),
  ),
  FONT: ex(
    () => check('FONT', 'glyphs', { text: '信访', has: () => true }),
    () => check('FONT', 'glyphs', { text: '𠀀', has: (ch) => ch !== '𠀀' }),
  ),
  'V-PATH-1': ex(
    () => [...check('V-PATH-1', 'case_no', { value: '2026-0001' }), ...check('V-PATH-1', 'segment', { name: 'acceptance_notice', field: 'form' })],
    () => [...check('V-PATH-1', 'case_no', { value: '../../evil' }), ...check('V-PATH-1', 'segment', { name: '..', field: 'form' })],
  ),
  'V-ATT-1': ex(
    () => check('V-ATT-1', 'relative', { path: 'scans/letter.pdf', field: 'attachments[0].path' }),
    () => check('V-ATT-1', 'relative', { path: '../../etc/passwd', field: 'attachments[0].path' }),
  ),
  'V-DATE-1': ex(
    () => check('V-DATE-1', 'range', { date: '2026-01-05', field: 'received_date', min: 1949, max: 2099 }),
    () => check('V-DATE-1', 'range', { date: '1066-10-14', field: 'received_date', min: 1949, max: 2099 }),
  ),
  'V-DATE-2': ex(
    () => check('V-DATE-2', 'received', { received: '2026-01-05', today: '2026-01-05' }),
    () => check('V-DATE-2', 'received', { received: '2026-01-06', today: '2026-01-05' }),
  ),
  'V-TEXT-1': ex(
    () => [...check('V-TEXT-1', 'name', { value: '张三', field: 'petitioners[0].name', label: '姓名（名称）' }), ...check('V-TEXT-1', 'controls', { text: '张三', field: 'x', controls: () => [] })],
    () => [
      ...check('V-TEXT-1', 'name', { value: '  ', field: 'petitioners[0].name', label: '姓名（名称）' }),
      ...check('V-TEXT-1', 'controls', { text: 'a\u202eb', field: 'x', controls: () => ['U+202E'] }),
    ],
  ),
  'V-TEXT-2': ex(
    () => check('V-TEXT-2', 'printable', { value: '张三', field: 'petitioners[0].name', label: '姓名（名称）', missing: [] }),
    () => check('V-TEXT-2', 'printable', { value: '张𠀀', field: 'petitioners[0].name', label: '姓名（名称）', missing: ['𠀀'] }),
  ),
  'V-INPUT-1': ex(
    () => check('V-INPUT-1', 'keys', { keys: ['close', 'reason'], field: 'close.reason', forbidden: new Set(['__proto__']) }),
    () => [
      ...check('V-INPUT-1', 'keys', { keys: ['__proto__', 'reason'], field: '__proto__.reason', forbidden: new Set(['__proto__']) }),
      ...check('V-INPUT-1', 'keys', { keys: ['a', ''], field: 'a.', forbidden: new Set<string>() }),
    ],
  ),
  'V-INPUT-2': ex(
    () => check('V-INPUT-2', 'node', { cyclic: false, depth: 3, max: 32, field: 'a' }),
    () => [...check('V-INPUT-2', 'node', { cyclic: true, depth: 3, max: 32, field: 'a' }), ...check('V-INPUT-2', 'node', { cyclic: false, depth: 32, max: 32, field: 'a' })],
  ),
  'V-ENC-1': ex(
    () => check('V-ENC-1', 'utf8', { offset: -1 }),
    () => check('V-ENC-1', 'utf8', { offset: 7 }),
  ),
  'V-EVT-1': ex(
    () => check('V-EVT-1', 'complete', { event: 'answer', label: '答复' }),
    () => check('V-EVT-1', 'complete', { error: 'x is undefined', event: 'answer', label: '答复' }),
  ),
};
// Every deadline rule shares the "late" check: on the due date is on time, the day after is late.
for (const id of Object.keys(AREAS.deadline).filter((k) => k.startsWith('DL-')) as RuleId[]) {
  EXAMPLES[id] = ex(
    () => check(id as 'DL-04', 'late', { date: '2026-03-01', due: '2026-03-01' }),
    () => check(id as 'DL-04', 'late', { date: '2026-03-02', due: '2026-03-01' }),
  );
}

const ids = Object.keys(RULES) as RuleId[];
const enforced = ids.filter((id) => (RULES[id] as { enforced?: boolean }).enforced !== false);

describe('rule registry: a passing and a failing example per rule', () => {
  it('every enforced rule has examples and checks; a rule SPEC lists but xf does not check has neither', () => {
    expect(enforced.filter((id) => !EXAMPLES[id])).toEqual([]);
    expect(enforced.filter((id) => !('checks' in RULES[id]))).toEqual([]);
    const unchecked = ids.filter((id) => (RULES[id] as { enforced?: boolean }).enforced === false);
    expect(unchecked.sort()).toEqual(['V-ARC-2', 'V-ARC-3', 'V-REV-3']);
    for (const id of unchecked) {
      expect('checks' in RULES[id]).toBe(false);
      expect(EXAMPLES[id]).toBeUndefined();
    }
  });
  it.each(enforced)('%s', (id) => {
    const { pass, fail } = EXAMPLES[id]!;
    expect(pass().filter((v) => v.rule === id)).toEqual([]);
    const found = fail();
    expect(found.length).toBeGreaterThan(0);
    for (const v of found) {
      expect(v.rule).toBe(id);
      expect(v.message).not.toMatch(/\{\w+\}/); // every parameter filled
      expect(v.field).not.toBe('');
    }
  });
});

describe('rule registry: the catalogue', () => {
  it('no rule id is defined in two areas', () => {
    const all = Object.values(AREAS).flatMap((a) => Object.keys(a));
    expect(all.length).toBe(new Set(all).size);
    expect(all.length).toBe(ids.length);
  });
  it('every rule has labels, a source and where it applies; every message exists in both languages with the same parameters', () => {
    // A parameter may come in a form for each language (stage / stage_en); a form's Chinese title and
    // its English id are the same parameter for this purpose.
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/_(en|zh)$/, '').replace(/^id$/, 'title')).sort();
    for (const e of catalogue()) {
      expect(e.label_zh && e.label_en && e.source, e.id).toBeTruthy();
      expect(e.applies.length, e.id).toBeGreaterThan(0);
      if (e.enforced) expect(Object.keys(e.messages).length, e.id).toBeGreaterThan(0);
      for (const [k, m] of Object.entries(e.messages)) {
        expect(m.zh && m.en, `${e.id}.${k}`).toBeTruthy();
        expect(params(m.en), `${e.id}.${k}`).toEqual(params(m.zh));
      }
    }
  });
  it('violate() picks the language, the label and the severity from the catalogue', () => {
    try {
      const zh = violate('V-DOC-9', 'too_long', { field: 'extension_days', found: 45, params: { max: 30 } });
      expect(zh).toEqual({ rule: 'V-DOC-9', field: 'extension_days', label: '延长天数', severity: 'error', message: '延长期限不得超过30日', found: 45 });
      setLang('en');
      expect(violate('V-CASE-6', 'legal_route_on_accept', { field: 'claim_route' })).toMatchObject({ severity: 'warning', message: expect.stringMatching(/legal procedure/) });
    } finally {
      setLang('zh');
    }
    expect(() => violate('V-DOC-9', 'nope' as 'once', { field: 'x' })).toThrow(/no message nope/);
  });
  it('V-DOC-9 in the lifecycle and on the form is one check: a notice on the original due date is late in both', async () => {
    const { runRules } = await import('../../src/forms/rules.js');
    const view = { clocks: { handling: { base_due: '2026-03-07' } }, case: { progress: { extension: { extension_days: 10, extension_reason: 'r', approved_by: '局长', notice_date: '2026-03-07' } } } };
    const form = runRules(['V-DOC-9'], { formId: 'extension_notice', tree: { blocks: [] } as never, limits: national, view: view as never });
    expect(form.map((v) => [v.rule, v.field])).toEqual([['V-DOC-9', 'case.progress.extension.notice_date']]);
    // the register's extend event: accepted 2026-01-06, DL-05 due 60 days later (2026-03-07)
    const { applyEvent, registerCase } = await import('../../src/domain/lifecycle.js');
    const { defaultCalendar } = await import('../../src/domain/calendar.js');
    const ctx = { pack: resolveRulePack(['national_2022']), calendar: defaultCalendar(), isXfBureau: false, today: '2026-03-10', reviewOrgName: '某市人民政府' };
    let rec = registerCase(sample('01-letter-answered.yaml'), '2026-0001');
    for (const ev of [
      { event: 'accept', date: '2026-01-06' },
      { event: 'start', date: '2026-01-06' },
    ])
      rec = applyEvent(rec, ev, ctx).record;
    const extend = (notice_date: string) => {
      try {
        applyEvent(rec, { event: 'extend', date: notice_date, details: { extension_days: 10, extension_reason: '情况复杂', approved_by: '局长' } }, ctx);
        return [];
      } catch (e) {
        return (e as { violations: Violation[] }).violations.map((v) => [v.rule, v.field]);
      }
    };
    expect(extend('2026-03-06')).toEqual([]);
    expect(extend('2026-03-07')).toEqual([['V-DOC-9', 'notice_date']]);
  });
});

/** Every .ts file under src/, outside the registry. */
function sources(dir = join(ROOT, 'src')): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return p.endsWith(join('domain', 'rules')) ? [] : sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

// These read the source text. Under Stryker (STRYKER_MUTATOR_WORKER is set in its test runners) the
// sources are instrumented, so the text is not ours and the check would fail or "kill" every mutant
// for the wrong reason: they run in the ordinary suite only.
describe.skipIf(process.env.STRYKER_MUTATOR_WORKER !== undefined)('each rule id is defined once', () => {
  const registry = readdirSync(join(ROOT, 'src', 'domain', 'rules'))
    .map((n) => readFileSync(join(ROOT, 'src', 'domain', 'rules', n), 'utf8'))
    .join('\n');
  it('each id is a registry key exactly once', () => {
    for (const id of ids) {
      const esc = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const keys = registry.match(new RegExp(`^\\s*(?:'${esc}'|${/^[A-Z][A-Z0-9]*$/.test(id) ? esc : '(?!)'}):\\s*(?:\\{|dl\\()`, 'gm')) ?? [];
      expect(keys.length, id).toBe(1);
    }
  });
  it("outside src/domain/rules/ a rule id is only used (violate, check, a pack's deadline, a form's entry), never given a message", () => {
    // what precedes the id literal on its line: a call that raises or runs it, a pack's deadline, a comparison
    const uses = /(?:violate|check|rule)\(\s*$|\.rule\s*===\s*$/;
    const bad: string[] = [];
    for (const f of sources()) {
      const text = readFileSync(f, 'utf8');
      const where = relative(ROOT, f);
      if (/\brule:\s*['"`]/.test(text)) bad.push(`${where}: a rule: '…' violation literal`);
      if (/\.(error|warn)\(\s*['"`][A-Z]/.test(text)) bad.push(`${where}: an inline .error/.warn with a rule id`);
      for (const m of text.matchAll(/'([^'\n]+)'/g)) {
        if (!(ids as string[]).includes(m[1]!)) continue;
        // fixity's fault codes (src/fixity/faults.ts) are their own catalogue; E-SCHEMA there is the
        // same fault (dossier.json against its schema) reported by a verifier, not a second definition
        if (m[1] === 'E-SCHEMA' && where.startsWith(join('src', 'fixity'))) continue;
        const line = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
        const formEntry = where === join('src', 'forms', 'rules.ts') && /^\s*$/.test(line) && text.slice(m.index + m[0].length).startsWith(': (');
        // the formatter may put the id on the line after the call's parenthesis
        const before = text.slice(Math.max(0, m.index - 200), m.index);
        if (!uses.test(before) && !formEntry) bad.push(`${where}: ${m[0]} after «${line.trim()}»`);
      }
    }
    expect(bad).toEqual([]);
  });
});
