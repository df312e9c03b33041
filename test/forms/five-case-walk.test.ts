// The five-case walk of issue 13: a letter claim with an extension, a group visit taken through
// review and re-review with hearings, an accusation, an agent case with its 四联单 (and a void), a
// declined case, registered through the CLI from the samples. Every form each case reaches is
// printed by the CLI in PDF and DOCX (the DOCX also with --seal); per page (pdftotext on xf's PDF
// and on LibreOffice's rendering of the DOCX) no page holds only signature rows (GB/T 9704 §7.3.5).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FormEngine } from '../../src/forms/engine.js';
import { listFormIds } from '../../src/forms/templates.js';
import { qrPng } from '../../src/forms/qr.js';
import type { DocumentTree } from '../../src/forms/model.js';
import { freshHome, type Home } from '../helpers/home.js';
import { requireTools } from '../helpers/tools.js';
import { libreOfficeToPdf, loadCases, SAMPLES, testOffice } from './helpers.js';
import { pageLines, signatureOnlyPages } from './pages.js';

/** The five cases, by sample: claim with extension, group through review/re-review with a hearing, accusation, agent, declined. */
const WALK = [
  '04-phone-extended.yaml',
  '06-rereview-hearing.yaml',
  '07-group-visit-review-pending.yaml',
  '08-accusation-confidential.yaml',
  '03-agent-proxy-fengcheng.yaml',
  '02-letter-declined.yaml',
];

let home: Home;
const office = testOffice();
const engine = new FormEngine({ office });
const rendered: { caseNo: string; form: string; pdf: string; docx: string; sealed?: string; tree: DocumentTree }[] = [];

beforeAll(() => {
  home = freshHome();
  const src = join(home.dir, 'walk');
  mkdirSync(src);
  for (const f of WALK) copyFileSync(join(SAMPLES, f), join(src, f));
  const imp = home.run(['case', 'import', src]);
  if (imp.code !== 0) throw new Error(`case import: ${imp.stderr}`);
  const seal = join(home.dir, 'seal.png');
  writeFileSync(seal, qrPng('某市某区人民政府'));
  const cases = loadCases(office).filter((c) => WALK.some((w) => c.name.endsWith(w)));
  const registered = new Set((JSON.parse(home.run(['case', 'list', '--json']).stdout) as { case_no: string }[]).map((l) => l.case_no));
  for (const c of cases) if (!registered.has(c.record.case_no)) throw new Error(`${c.name} (${c.record.case_no}) is not in the register`);
  const nos = cases.map((c) => c.record.case_no).join(',');
  const out = join(home.dir, 'out');
  for (const form of listFormIds()) {
    const reached = cases.filter((c) => engine.reaches(form, c.record));
    if (!reached.length) continue;
    // one process per form: the batch prints it for every case that has reached it
    const r = home.run(['form', 'batch', '--form', form, '--cases', nos, '--pdf', '--docx', '--out', out]);
    if (r.code !== 0) throw new Error(`xf form batch --form ${form}: ${r.stderr}`);
    for (const c of reached) {
      const no = c.record.case_no;
      const tree = engine.prepare(form, c.record).tree!;
      // the e-seal changes the DOCX (an image over the signature): print those once more with --seal
      let sealed: string | undefined;
      if (tree.blocks.some((b) => b.type === 'signature' && b.seal)) {
        const dir = join(home.dir, 'sealed', no);
        const s = home.run(['form', form, '--case', no, '--docx', '--seal', seal, '--out', dir]);
        if (s.code !== 0) throw new Error(`xf form ${form} --case ${no} --seal: ${s.stderr}`);
        sealed = join(dir, readdirSync(dir).find((n) => n.startsWith(`${no}-${form}`) && n.endsWith('.docx'))!);
      }
      rendered.push({ caseNo: no, form, pdf: join(out, `${no}-${form}.pdf`), docx: join(out, `${no}-${form}.docx`), sealed, tree });
    }
  }
}, 1_200_000);

afterAll(() => home?.cleanup());

describe('five cases walked through every form', () => {
  it('covers the forms of every stage, the 四联单 included', () => {
    const forms = new Set(rendered.map((r) => r.form));
    for (const f of [
      'extension_notice',
      'hearing_notice',
      'hearing_minutes',
      'hearing_report',
      'review_opinion',
      'rereview_opinion',
      'service_certificate',
      'intake_record',
      'non_acceptance_notice',
      'proxy_contact_slip',
      'proxy_authorization',
    ])
      expect(forms.has(f), f).toBe(true);
  });

  it('the 四联单 can be voided through the CLI', () => {
    const agent = rendered.find((r) => r.form === 'proxy_contact_slip')!;
    const out = join(home.dir, 'void');
    const r = home.run(['form', 'proxy_contact_slip', '--case', agent.caseNo, '--void', '--void-reason', '填写错误', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).some((n) => n.endsWith('.pdf'))).toBe(true);
  });

  it('no page holds only signature rows: PDF, DOCX and sealed DOCX (LibreOffice)', (ctx) => {
    requireTools(ctx, 'soffice', 'pdftotext');
    const lo = libreOfficeToPdf(
      rendered.map((r) => r.docx),
      join(home.dir, 'lo'),
    );
    const loSealed = libreOfficeToPdf(
      rendered.flatMap((r) => (r.sealed ? [r.sealed] : [])),
      join(home.dir, 'lo-sealed'),
    );
    const alone: string[] = [];
    for (const r of rendered) {
      for (const [what, pdf] of [['PDF', r.pdf], ['DOCX', lo.get(r.docx)!], ...(r.sealed ? ([['DOCX --seal', loSealed.get(r.sealed)!]] as const) : [])] as const) {
        expect(existsSync(pdf), `${r.caseNo} ${r.form} ${what}`).toBe(true);
        const pages = signatureOnlyPages(r.tree, pageLines(pdf));
        if (pages.length) alone.push(`${r.caseNo} ${r.form} ${what}: p${pages}`);
      }
    }
    expect(rendered.length).toBeGreaterThan(30);
    expect(alone).toEqual([]);
  }, 900_000);
});
