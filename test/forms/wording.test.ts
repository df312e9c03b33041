// The letters speak to the case in front of them (issue 13, template text): 你 / 你们 / 你单位, no
// "材料材料", no NA11 threat on a first petition, birth months as 1958年4月, the agent and the kind of
// ID document on the visit record. Rendered through the CLI and read back from the PDF.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { freshHome, type Home } from '../helpers/home.js';
import { inspectPdf, SAMPLES, squash } from './helpers.js';

let home: Home;
beforeAll(() => {
  home = freshHome();
});
afterAll(() => home.cleanup());

/** Render one form from a (possibly edited) sample and return its PDF text without whitespace. */
function render(form: string, sample: string, edit?: (c: Record<string, any>) => void): string {
  const c = parse(readFileSync(join(SAMPLES, sample), 'utf8'), { intAsBigInt: true }) as Record<string, any>; // IDs and phones stay exact
  delete c.$schema;
  edit?.(c);
  const file = join(home.dir, `${form}-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, stringify(c));
  const out = join(home.dir, 'out');
  const r = home.run(['form', form, '--file', file, '--pdf', '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  return squash(inspectPdf(readFileSync(join(out, `${c.case_no}-${form}.pdf`))).text);
}

describe('letters address the petitioner as the case has them', () => {
  it('one person: 你; several: 你们; an organisation: 你单位 — never 你（们） or 你（单位）', () => {
    const one = render('acceptance_notice', '01-letter-answered.yaml');
    expect(one).toMatch(/^.*王秀兰：你于/);
    const several = render('acceptance_notice', '01-letter-answered.yaml', (c) => {
      c.petitioners.push({ ...c.petitioners[0], name: '李四', id_doc_no: '11010519491231002X' });
    });
    expect(several).toContain('你们于');
    const org = render('acceptance_notice', '01-letter-answered.yaml', (c) => {
      c.petitioners = [{ name: '某某物业服务有限公司', party_type: 'org', phone: '053186001111', address: '某市历下区幸福里小区' }];
    });
    expect(org).toContain('你单位于');
    for (const s of [one, several, org]) expect(s).not.toMatch(/你（们）|你（单位）/);
    const opinion = render('handling_opinion', '01-letter-answered.yaml');
    expect(opinion).toContain('你于');
    expect(opinion).not.toContain('你（们）');
  });
});

describe('the 补齐材料通知书', () => {
  it('on a first petition lists the materials once and threatens no NA11 refusal', () => {
    const s = render('materials_cure_notice', '11-transfer-materials-overdue.yaml');
    expect(s).toContain('你提交的信访材料不齐全');
    expect(s).not.toContain('材料材料');
    expect(s).not.toContain('不予受理');
    expect(s).toContain('依据现有材料依规处理');
  });
});

describe('personal data as a clerk writes it', () => {
  it('birth months print as 1958年4月 on the 授权委托书', () => {
    const s = render('proxy_authorization', '03-agent-proxy-fengcheng.yaml', (c) => {
      c.petitioners[0].birth_month = '1958-04';
    });
    expect(s).toContain('1958年4月');
    expect(s).not.toContain('1958-04');
  });

  it('the visit record names the agent on an agent visit and the kind of a non-resident ID document', () => {
    const s = render('intake_record', '03-agent-proxy-fengcheng.yaml', (c) => {
      c.petitioners[0].id_doc_type = 'passport';
      c.petitioners[0].id_doc_no = 'E12345678';
      delete c.petitioners[0].birth_month;
      delete c.petitioners[0].gender;
    });
    expect(s).toContain('委托代理人');
    expect(s).toContain('来访代理人（签名）');
    expect(s).toMatch(/护照E12345678/);
  });
});
