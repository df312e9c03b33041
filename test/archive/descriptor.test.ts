// Adding a form is adding a folder: an office's templates_dir gains a 调解协议书 form with its
// descriptor, and a mediated case that lacked the agreement's scan is archived with the new form at
// its filing rank, satisfying checklist item 9 — no code changed. A descriptor with a missing key
// or an unknown value is refused, naming the form, the file and the key, with nothing written.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshHome, type Home } from '../helpers/home.js';
import { bags, readDossier, SAMPLES } from './helpers.js';

const CASE = '2025-0047';
const BUNDLE_2025 = 'X001-WS·2025';

const FIELDS = `# 调解协议书 (SPEC §6.9 doc.mediation_agreement): an office's own form.
id: mediation_agreement
title: 调解协议书
doc_type: doc.mediation_agreement
layout: letter
available_when: [case.progress.mediation]
fields:
  - case.progress.mediation.terms
rules: [V-DOC-6]
doc_no: none
issuer: organ
checklist: 9
filing_rank: 35
copies: one
audience: [petitioner, respondent_unit]
`;

const TEMPLATE = `{{#with case.progress.mediation as |m|}}
layout: letter
page_numbers: true
meta:
  id: "{{@root.case.case_no}}/mediation_agreement"
  date: "{{m.agreed_date}}"
  title: "调解协议书"
  author: "{{@root.issuing_org}}"
blocks:
  - type: heading
    text: "调解协议书"
  - type: paragraph
    text: "当事人：{{join m.parties "、"}}"
  - type: paragraph
    text: "{{m.terms}}"
  - type: signature
    org: "{{@root.issuing_org}}"
    date: "{{date m.agreed_date}}"
    seal: 42
{{/with}}
`;

let home: Home;
const own = () => join(home.dir, 'office-templates');
const form = () => join(own(), 'mediation_agreement');
const bundle = () => join(home.dir, 'archive', BUNDLE_2025);

function writeForm(fields: string): void {
  mkdirSync(form(), { recursive: true });
  writeFileSync(join(form(), 'fields.yaml'), fields);
  writeFileSync(join(form(), 'form.yaml.hbs'), TEMPLATE);
}

interface JsonError {
  error: { code: string; message: string; missing?: string[]; violations: { rule: string; field: string; message: string }[] };
}

beforeAll(() => {
  home = freshHome();
  // sample 12 (a mediated visit) without its scanned agreement: item 9 has nothing to show
  const text = readFileSync(join(SAMPLES, '12-mediation-2025.yaml'), 'utf8').replace(/^attachments:\n(?: .*\n)*/m, '');
  expect(text).not.toMatch(/^attachments:/m);
  writeFileSync(join(home.dir, 'case.yaml'), text);
  const r = home.run(['case', 'import', join(home.dir, 'case.yaml')]);
  expect(r.code, r.stderr).toBe(0);
  const cfgPath = join(home.dir, 'xf.config.json');
  writeFileSync(cfgPath, JSON.stringify({ ...JSON.parse(readFileSync(cfgPath, 'utf8')), templates_dir: 'office-templates' }, null, 2));
  mkdirSync(own(), { recursive: true });
}, 120_000);

afterAll(() => home?.cleanup());

describe('a new form is a new folder', () => {
  it('without the form, the mediated case lacks checklist item 9 and is not archived', () => {
    const r = home.run(['archive', 'case', CASE, '--json']);
    expect(r.code).toBe(1);
    const err = (JSON.parse(r.stdout) as JsonError).error;
    expect(err.missing).toEqual([expect.stringMatching(/^9\. 调解协议或和解协议：调解（和解）协议书/)]);
    expect(existsSync(bundle()) ? bags(bundle()) : []).toEqual([]);
  });

  it('a descriptor missing a key is refused by templates check and by the archive, naming form, file and key; nothing is written', () => {
    writeForm(FIELDS.replace(/^audience: .*\n/m, ''));
    const file = join(form(), 'fields.yaml');
    const chk = home.run(['templates', 'check', form(), '--json']);
    expect(chk.code).toBe(1);
    const v = (JSON.parse(chk.stdout) as { templates: { violations: { field: string; message: string }[] }[] }).templates[0]!.violations;
    expect(v).toEqual([expect.objectContaining({ field: `${file}:audience`, message: expect.stringContaining('mediation_agreement') })]);
    const r = home.run(['archive', 'case', CASE, '--json']);
    expect(r.code).toBe(1);
    const err = (JSON.parse(r.stdout) as JsonError).error;
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('mediation_agreement');
    expect(err.message).toContain(file);
    expect(err.violations.map((x) => x.field)).toEqual([`${file}:audience`]);
    expect(existsSync(bundle()) ? bags(bundle()) : []).toEqual([]);
  });

  it('an unknown value is refused, naming the key and the value; xf form refuses too', () => {
    writeForm(FIELDS.replace('copies: one', 'copies: per_party').replace('[petitioner, respondent_unit]', '[petitioner, press]'));
    const file = join(form(), 'fields.yaml');
    const chk = home.run(['templates', 'check', form(), '--json']);
    expect(chk.code).toBe(1);
    const v = (JSON.parse(chk.stdout) as { templates: { violations: { field: string; found?: unknown }[] }[] }).templates[0]!.violations;
    expect(v.map((x) => [x.field, x.found])).toEqual([
      [`${file}:copies`, 'per_party'],
      [`${file}:audience[1]`, 'press'],
    ]);
    const out = join(home.dir, 'form-out');
    const r = home.run(['form', 'mediation_agreement', '--case', CASE, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('mediation_agreement');
    expect(r.stderr).toMatch(/copies/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('with the folder added, the case is archived: the new form files first (rank 35) and satisfies item 9', () => {
    writeForm(FIELDS);
    const chk = home.run(['templates', 'check', form()]);
    expect(chk.code, chk.stdout + chk.stderr).toBe(0);
    const r = home.run(['archive', 'case', CASE, '--json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const [bag] = bags(bundle());
    const d = readDossier(join(bundle(), bag!));
    expect(d.archive.complete).toBe(true);
    const items = d.items as unknown as { seq: number; title: string; creator: string; doc_type?: string }[];
    // rank 35 (the new form) < 45 termination < 47 acceptance < 80 intake record
    expect(items.map((i) => i.doc_type)).toEqual(['doc.mediation_agreement', 'doc.termination_notice', 'doc.acceptance_notice', 'doc.intake_record']);
    expect(items[0]).toMatchObject({ seq: 1, title: '调解协议书', creator: '某市某区文化东路街道办事处' });
    // and xf form makes it on its own, from the office's folder
    const out = join(home.dir, 'form-ok');
    const f = home.run(['form', 'mediation_agreement', '--case', CASE, '--out', out]);
    expect(f.code, f.stderr).toBe(0);
    expect(readdirSync(out)).toEqual([`${CASE}-mediation_agreement.pdf`]);
  });
});

describe('the bundled descriptors', () => {
  it('every bundled form passes templates check with its descriptor', () => {
    const copy = join(home.dir, 'bundled-copy');
    cpSync(join(SAMPLES, '..', 'templates'), copy, { recursive: true });
    const r = home.run(['templates', 'check', copy, '--json']);
    const report = JSON.parse(r.stdout) as { ok: boolean; templates: { dir: string; violations: unknown[] }[] };
    expect(report.templates.filter((t) => t.violations.length)).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
