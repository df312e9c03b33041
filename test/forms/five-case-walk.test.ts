// The five-case walk of issue 13, done the way a clerk does it: each case is registered with
// `xf case new --file` and walked event by event with `xf case event NO EVENT --date … --file …`
// (fixtures under fixtures/walk/: NAME.case.yaml is the registration, NAME.steps.yaml the events in
// date order). (1) a letter claim with an extension; (2) a group petition of 7 through 复查 and 复核
// with a hearing at each; (3) an accusation (confidential: a transfer to the accused is refused, and
// the filed forms do not show the accuser); (4) an agent case whose 四联单 is voided with a reason and
// reissued; (5) a declined case. Every form each case reaches is printed by `xf form batch` in PDF and
// DOCX (and every hearing and service copy with --hearing/--service); per page (pdftotext on xf's PDF
// and on LibreOffice's rendering of the DOCX) no page holds only signature rows (GB/T 9704 §7.3.5).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { FormEngine } from '../../src/forms/engine.js';
import { pickCopy } from '../../src/forms/copies.js';
import { recordFromCaseFile } from '../../src/forms/case-source.js';
import type { CaseRecord } from '../../src/domain/case.js';
import type { DocumentTree } from '../../src/forms/model.js';
import { defaultConfig, type OfficeConfig } from '../../src/domain/config.js';
import { DEMO_PACKS, freshHome, type Home } from '../helpers/home.js';
import { requireTools } from '../helpers/tools.js';
import { FIXTURES, libreOfficeToPdf } from './helpers.js';
import { pageLines, signatureOnlyPages } from './pages.js';

const WALK_DIR = join(FIXTURES, 'walk');
const CASES = ['1-letter-extended', '2-group-review-rereview', '3-accusation', '4-agent-slip-void', '5-declined'] as const;
type CaseName = (typeof CASES)[number];
interface Step {
  event: string;
  date: string;
  details?: Record<string, unknown>;
}

// the office of freshHome (the demo packs; the review bodies `xf init` was given)
const office: OfficeConfig = {
  ...defaultConfig('某市某区人民政府'),
  rule_packs: DEMO_PACKS.split(','),
  review_org_name: '某市人民政府',
  review_org_address: '某市人民大道1号',
  rereview_org_name: '某省人民政府信访局',
  rereview_org_address: '某省某市政务大道100号',
} as OfficeConfig;
const engine = new FormEngine({ office });

let home: Home;
const no: Record<CaseName, string> = {} as Record<CaseName, string>;
const records: Record<string, CaseRecord> = {};
const walked: Record<string, string[]> = {};
/** One printed copy of a form: its PDF, its DOCX, the tree its signature texts come from. */
interface Printed {
  caseName: CaseName;
  form: string;
  copy: string;
  pdf: string;
  docx: string;
  tree: DocumentTree;
}
const printed: Printed[] = [];
const refusals: Record<string, { code: number; stderr: string }> = {};
let slip: { first?: string; voided?: string; reissued?: string; voidCode?: number; reissueCode?: number; voidErr?: string } = {};
const timing: Record<string, number> = {};

function run(args: string[]): string {
  const r = home.run(args);
  if (r.code !== 0) throw new Error(`xf ${args.join(' ')}: exit ${r.code}\n${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  const t0 = Date.now();
  // the re-review of case 2 runs into 2027: "today" is after its last event
  home = freshHome(DEMO_PACKS, '2027-03-31');
  const tmp = join(home.dir, 'steps');
  mkdirSync(tmp);
  for (const name of CASES) {
    const casePath = join(WALK_DIR, `${name}.case.yaml`);
    const reg = parse(readFileSync(casePath, 'utf8')) as { case_no: string };
    run(['case', 'new', '--file', casePath]);
    no[name] = reg.case_no;
    const steps = parse(readFileSync(join(WALK_DIR, `${name}.steps.yaml`), 'utf8')) as Step[];
    if (name === '3-accusation') {
      // an accusation never goes to the accused's unit: the transfer is refused and nothing is recorded
      const r = home.run(['case', 'event', reg.case_no, 'transfer', '--date', steps[0]!.date, '--set', 'target_org=某区鑫达石材加工厂', '--set', 'kind=forward']);
      refusals.transfer = { code: r.code, stderr: r.stderr };
    }
    walked[name] = [];
    steps.forEach((s, i) => {
      const args = ['case', 'event', reg.case_no, s.event, '--date', s.date];
      if (s.details) {
        const f = join(tmp, `${name}-${i}.json`);
        writeFileSync(f, JSON.stringify(s.details));
        args.push('--file', f);
      }
      run(args);
      walked[name]!.push(`${s.event} ${s.date}`);
    });
    // the record the register replays, rebuilt from the same files for the trees (signature texts)
    const file = stringify({ ...reg, history: steps });
    records[name] = recordFromCaseFile(file, `${name}.yaml`, office).record;
  }
  timing.walk = Date.now() - t0;

  // the 四联单 of the agent case: printed, voided with a reason, reissued under a new serial
  const agent = no['4-agent-slip-void'];
  const slipText = (dir: string) =>
    pageLines(join(dir, `${agent}-proxy_contact_slip.pdf`))
      .flat()
      .join('');
  const serial = (text: string) => /[^\s，。]*-LXD-\d{4}-\d{6}/.exec(text)?.[0];
  const first = join(home.dir, 'slip-first');
  run(['form', 'proxy_contact_slip', '--case', agent, '--out', first]);
  const v = home.run(['form', 'proxy_contact_slip', '--case', agent, '--void', '--void-reason', '信访人姓名填写错误', '--out', join(home.dir, 'slip-void')]);
  const re = home.run(['form', 'proxy_contact_slip', '--case', agent, '--reissue', '--out', join(home.dir, 'slip-reissue')]);
  slip = { first: serial(slipText(first)), voidCode: v.code, reissueCode: re.code, voidErr: v.stderr };
  if (v.code === 0) slip.voided = serial(slipText(join(home.dir, 'slip-void')));
  if (re.code === 0) slip.reissued = serial(slipText(join(home.dir, 'slip-reissue')));

  // every form each case reaches: one batch per form over the five cases (it skips those not there)
  const t1 = Date.now();
  const out = join(home.dir, 'out');
  const nos = CASES.map((c) => no[c]).join(',');
  const forms = (JSON.parse(run(['form', 'list', '--json'])) as { id: string }[]).map((f) => f.id);
  for (const form of forms) {
    const res = JSON.parse(home.run(['form', 'batch', '--form', form, '--cases', nos, '--pdf', '--docx', '--json', '--out', out]).stdout) as {
      rendered: number;
      failed: number;
      failures: string[];
    };
    if (res.failed) throw new Error(`xf form batch --form ${form}: ${res.failures.join('\n')}`);
    if (!res.rendered) continue;
    for (const c of CASES) {
      const pdf = join(out, `${no[c]}-${form}.pdf`);
      if (!existsSync(pdf)) continue;
      const d = engine.descriptor(form);
      const rec = records[c]!;
      const copies = d.copies === 'per_hearing' ? (rec.progress.hearings?.length ?? 0) : d.copies === 'per_service' ? (rec.progress.services?.length ?? 0) : 0;
      const flag = d.copies === 'per_hearing' ? '--hearing' : '--service';
      const tree = (n?: number) => engine.prepare(form, pickCopy(d, rec, n === undefined ? {} : d.copies === 'per_hearing' ? { hearing: n } : { service: n })).tree!;
      // one copy per case: the batch's; several (hearings, services): each printed by number
      if (copies <= 1) {
        printed.push({ caseName: c, form, copy: '', pdf, docx: pdf.replace(/\.pdf$/, '.docx'), tree: tree() });
        continue;
      }
      for (let n = 1; n <= copies; n++) {
        const dir = join(home.dir, 'copies', `${flag.slice(2)}${n}`);
        run(['form', form, '--case', no[c], flag, String(n), '--pdf', '--docx', '--out', dir]);
        const base = join(out, `${no[c]}-${form}-${flag.slice(2)}${n}`);
        renameSync(join(dir, `${no[c]}-${form}.pdf`), `${base}.pdf`);
        renameSync(join(dir, `${no[c]}-${form}.docx`), `${base}.docx`);
        printed.push({ caseName: c, form, copy: `${flag} ${n}`, pdf: `${base}.pdf`, docx: `${base}.docx`, tree: tree(n) });
      }
    }
  }
  timing.forms = Date.now() - t1;
}, 1_200_000);

// XF_WALK_KEEP=dir keeps the printed forms and LibreOffice's PDFs there, to look at them
afterAll(() => {
  if (home && process.env.XF_WALK_KEEP) cpSync(home.dir, process.env.XF_WALK_KEEP, { recursive: true });
  home?.cleanup();
});

const formsOf = (c: CaseName) => new Set(printed.filter((p) => p.caseName === c).map((p) => p.form));

describe('five cases walked through the CLI and every form they reach', () => {
  it('each case reaches the forms of its path', () => {
    const want: Record<CaseName, string[]> = {
      '1-letter-extended': ['intake_record', 'acceptance_notice', 'extension_notice', 'handling_opinion', 'service_certificate', 'termination_notice'],
      '2-group-review-rereview': [
        'acceptance_notice',
        'review_acceptance_notice',
        'rereview_acceptance_notice',
        'handling_opinion',
        'hearing_notice',
        'hearing_minutes',
        'hearing_report',
        'review_opinion',
        'rereview_opinion',
        'service_certificate',
        'termination_notice',
      ],
      '3-accusation': ['intake_record', 'acceptance_notice', 'handling_opinion', 'service_certificate', 'termination_notice'],
      '4-agent-slip-void': ['proxy_authorization', 'proxy_request_form', 'proxy_contact_slip', 'handling_opinion', 'proxy_closure_record'],
      '5-declined': ['intake_record', 'non_acceptance_notice', 'termination_notice'],
    };
    for (const c of CASES) for (const f of want[c]) expect(formsOf(c).has(f), `${c}: ${f}`).toBe(true);
    expect(formsOf('5-declined').has('handling_opinion'), 'a declined case has no 处理意见书').toBe(false);
  });

  it('case 2 is a group of 7 with two hearings (复查, 复核), each hearing form printed for both', () => {
    expect(records['2-group-review-rereview']!.petitioners.length).toBe(7);
    expect(records['2-group-review-rereview']!.progress.hearings?.length).toBe(2);
    for (const f of ['hearing_notice', 'hearing_minutes', 'hearing_report']) {
      const copies = printed.filter((p) => p.caseName === '2-group-review-rereview' && p.form === f).map((p) => p.copy);
      expect(copies.sort(), f).toEqual(['--hearing 1', '--hearing 2']);
    }
    // the 复查 hearing is the district government's, the 复核 one the city's
    const notice = (copy: string) =>
      pageLines(printed.find((p) => p.caseName === '2-group-review-rereview' && p.form === 'hearing_notice' && p.copy === copy)!.pdf)
        .flat()
        .join('');
    expect(notice('--hearing 1')).toContain('某区政听字〔2026〕5号');
    expect(notice('--hearing 2')).toContain('某市信听字〔2027〕1号');
  });

  it('the accusation: a transfer to the accused is refused; the filed forms do not show the accuser', () => {
    expect(refusals.transfer!.code, refusals.transfer!.stderr).not.toBe(0);
    expect(refusals.transfer!.stderr).toContain('V-DOC-2');
    // internal (filed) forms print the accuser masked: no name, ID number, phone or address
    const filed = printed.filter((p) => p.caseName === '3-accusation' && engine.descriptor(p.form).audience.includes('internal'));
    expect(filed.length).toBeGreaterThan(0);
    for (const p of filed) {
      const text = pageLines(p.pdf).flat().join('');
      for (const id of ['林晓燕', '370112198703020480', '15264118375', '北坦村东街18号']) expect(text, `${p.form} shows ${id}`).not.toContain(id);
    }
  });

  it('the 四联单 is voided with a reason and reissued under a new serial', () => {
    expect(slip.voidCode, slip.voidErr).toBe(0);
    expect(slip.reissueCode).toBe(0);
    expect(slip.first).toBeTruthy();
    expect(slip.voided, 'the voided set carries the serial first issued').toBe(slip.first);
    expect(slip.reissued).toBeTruthy();
    expect(slip.reissued).not.toBe(slip.voided);
    // a void without a reason is refused
    const r = home.run(['form', 'proxy_contact_slip', '--case', no['4-agent-slip-void'], '--void', '--out', join(home.dir, 'slip-noreason')]);
    expect(r.code).not.toBe(0);
  });

  it('no page holds only signature rows: xf PDF and LibreOffice rendering of the DOCX', (ctx) => {
    requireTools(ctx, 'soffice', 'pdftotext');
    const t0 = Date.now();
    const lo = libreOfficeToPdf(
      printed.map((p) => p.docx),
      join(home.dir, 'lo'),
    );
    timing.libreoffice = Date.now() - t0;
    const alone: string[] = [];
    let pages = 0;
    for (const p of printed) {
      for (const [what, pdf] of [
        ['PDF', p.pdf],
        ['DOCX', lo.get(p.docx)!],
      ] as const) {
        expect(existsSync(pdf), `${p.caseName} ${p.form} ${p.copy} ${what}`).toBe(true);
        const lines = pageLines(pdf);
        pages += lines.length;
        const bad = signatureOnlyPages(p.tree, lines);
        if (bad.length) alone.push(`${no[p.caseName]} ${p.form}${p.copy ? ` ${p.copy}` : ''} ${what}: p${bad.join(',')}`);
      }
    }
    for (const c of CASES)
      console.log(
        `${no[c]} ${c}: ${walked[c]!.join(' → ')}\n  forms: ${printed
          .filter((p) => p.caseName === c)
          .map((p) => p.form + (p.copy ? `(${p.copy})` : ''))
          .join(' ')}`,
      );
    console.log(`five-case walk: ${printed.length} forms printed, ${pages} pages checked; walk ${timing.walk} ms, forms ${timing.forms} ms, LibreOffice ${timing.libreoffice} ms`);
    expect(printed.length).toBeGreaterThan(30);
    expect(alone).toEqual([]);
  }, 900_000);
});
