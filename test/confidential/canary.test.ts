// The canary (issue 11, SPEC §7.8; XFGZ §30 ¶3): an accusation whose accuser has a unique name, ID
// number, phone and address is walked through every command and every form it reaches; every byte
// produced — stdout/stderr, PDF text and metadata, DOCX/XLSX XML, JSON, file and folder names — is
// searched, and the canary appears only where the disclosure policy allows. The allowed places are
// listed below; a new place where it appears fails this test until it is judged and listed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshHome, type Home } from '../helpers/home.js';
import { requireTools } from '../helpers/tools.js';
import { ROOT, type XfRun } from '../helpers/xf.js';

const CANARY = ['庹霁雯', '110105198807269131', '13987650421', '青梧巷77号'];
const FILE = join(ROOT, 'test', 'confidential', 'canary.yaml');
const DISCIPLINE = '鹍城街道办事处纪工委';

/** Where the canary may appear: letters to the petitioner, the letter to the discipline body, the
 *  filed originals in the dossier's data/, and the logged --include-confidential views (an internal
 *  form such as the 来信登记 record prints （保密） without one). */
const ALLOWED_FORMS_A = ['acceptance_notice', 'handling_opinion', 'termination_notice'];

let home: Home;
const places = new Map<string, string>();

// spaces, and the zero-width spaces a DOCX carries between Chinese and digits (render/docx.ts forLibreOffice)
function squeeze(s: string): string {
  return s.replace(/[\s\u200B]+/gu, '');
}

function record(name: string, r: XfRun): XfRun {
  places.set(`${name}:stdout`, r.stdout);
  places.set(`${name}:stderr`, r.stderr);
  return r;
}

async function fileText(path: string): Promise<string> {
  const buf = readFileSync(path);
  if (path.endsWith('.pdf')) {
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).stdout;
    const info = spawnSync('pdfinfo', [path], { encoding: 'utf8' }).stdout;
    return `${text}\n${info}\n${buf.toString('latin1')}`;
  }
  if (/\.(docx|xlsx)$/.test(path)) {
    const zip = await JSZip.loadAsync(buf);
    const parts: string[] = [];
    for (const f of Object.values(zip.files)) {
      if (f.dir) continue;
      const x = await f.async('string');
      parts.push(x, x.replace(/<[^>]+>/g, ''));
    }
    return parts.join('\n');
  }
  return buf.toString('utf8');
}

/** Every file under `dir` as a place, and the names of all files and folders as one more. */
async function collect(label: string, dir: string): Promise<void> {
  const names: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      names.push(relative(dir, p));
      if (statSync(p).isDirectory()) await walk(p);
      else places.set(`${label}/${relative(dir, p)}`, await fileText(p));
    }
  };
  await walk(dir);
  places.set(`${label}:names`, names.join('\n'));
}

function leaks(): string[] {
  return [...places]
    .filter(([, text]) => CANARY.some((c) => text.includes(c) || squeeze(text).includes(c)))
    .map(([k]) => k)
    .sort();
}

const caseFile = (no: string) => readFileSync(FILE, 'utf8').replace('case_no: 2026-0777', `case_no: ${no}`);

describe('canary accusation', () => {
  beforeAll(async () => {
    home = freshHome('national_2022');
    const d = home.dir;
    writeFileSync(join(d, 'a.yaml'), caseFile('2026-0777'));
    writeFileSync(join(d, 'b.yaml'), caseFile('2026-0778'));
    writeFileSync(join(d, 'c.yaml'), caseFile('2026-0779'));
    for (const [label, args] of [
      ['case new A', ['case', 'new', '--file', 'a.yaml']],
      ['case new B', ['case', 'new', '--file', 'b.yaml', '--json']],
      ['case new C', ['case', 'new', '--file', 'c.yaml']],
    ] as const) {
      const r = record(label, home.run([...args]));
      expect(r.code, `${label}: ${r.stdout}${r.stderr}`).toBe(0);
    }
  }, 120_000);
  afterAll(() => home?.cleanup());

  it('refuses every recipient that is the accused, however written; only a configured discipline body overrides', () => {
    // (the parent 某区人民政府 and units under it are not the respondent: test/confidential/recipients.test.ts)
    for (const target of ['鹍城街道办事处', '鹍城 街道办事处（欧阳喆同志）', '某区水务局（欧阳喆 副主任）', '欧阳喆', '鹍城街道', '某区人民政府鹍城街道办事处', DISCIPLINE]) {
      const r = record(`transfer refused ${target}`, home.run(['case', 'event', '2026-0778', 'transfer', '--date', '2026-06-05', '--set', `target_org=${target}`, '--set', 'kind=assign']));
      expect(r.code, target).toBe(1);
      expect(r.stderr).toContain('V-DOC-2');
      expect(r.stderr).toMatch(/被反映对象「(鹍城街道办事处|欧阳喆)」/);
    }
    expect(home.run(['case', 'show', '2026-0778', '--json']).stdout).toContain('"status": "registered"');
    // the office names its discipline body in xf.config.json: that, and nothing else, lets it through
    const cfgPath = join(home.dir, 'xf.config.json');
    const cfg = JSON.parse(readFileSync(cfgPath, 'utf8'));
    writeFileSync(cfgPath, JSON.stringify({ ...cfg, discipline_bodies: [DISCIPLINE] }, null, 2));
    const ok = record(
      'transfer B to discipline body',
      home.run([
        'case',
        'event',
        '2026-0778',
        'transfer',
        '--date',
        '2026-06-05',
        '--set',
        `target_org=${DISCIPLINE}`,
        '--set',
        'kind=assign',
        '--set',
        'report_back_by=2026-07-05',
        '--set',
        'doc_no=某信交字〔2026〕1号',
      ]),
    );
    expect(ok.code, ok.stderr).toBe(0);
    const still = record('transfer refused after config', home.run(['case', 'event', '2026-0779', 'transfer', '--date', '2026-06-05', '--set', 'target_org=鹍城街道办事处', '--set', 'kind=assign']));
    expect(still.code).toBe(1);
    const c = record(
      'transfer C',
      home.run([
        'case',
        'event',
        '2026-0779',
        'transfer',
        '--date',
        '2026-06-05',
        '--set',
        'target_org=某区民政局',
        '--set',
        'kind=assign',
        '--set',
        'report_back_by=2026-07-05',
        '--set',
        'doc_no=某信交字〔2026〕2号',
      ]),
    );
    expect(c.code, c.stderr).toBe(0);
  }, 120_000);

  it('refuses a 抄送 to the accused at the answer, and a service on them', () => {
    const d = home.dir;
    const run = (label: string, args: string[]) => {
      const r = record(label, home.run(args));
      expect(r.code, `${label}: ${r.stderr}`).toBe(0);
      return r;
    };
    run('accept A', ['case', 'event', '2026-0777', 'accept', '--date', '2026-06-08', '--set', 'doc_no=某信受字〔2026〕7号']);
    run('start A', ['case', 'event', '2026-0777', 'start', '--date', '2026-06-08']);
    const answer = (copy: string[]) =>
      JSON.stringify({
        doc_no: '某信复字〔2026〕9号',
        title: '关于检举事项的处理意见',
        requests: [{ seq: 1, text: '查处违规发放拆迁补贴的问题' }],
        petitioner_facts_reasons: '检举人庹霁雯反映违规发放拆迁补贴。',
        findings: '经核查，反映问题部分属实，已移交纪检监察机关。',
        outcomes: [{ request_seq: 1, outcome: 'explain', reasoning: '部分属实，已依规移交。' }],
        legal_basis: [{ instrument: '《信访工作条例》', article: '第三十条' }],
        review_org_name: '某市人民政府',
        review_org_address: '某市人民大道1号',
        copy_to: copy,
        signatory: '孙海波',
      });
    writeFileSync(join(d, 'bad-answer.json'), answer(['某市信访局', '某区水务局（欧阳喆同志）']));
    const bad = record('answer refused', home.run(['case', 'event', '2026-0777', 'answer', '--date', '2026-07-24', '--file', 'bad-answer.json']));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/V-DOC-2 copy_to\[1\]/);
    writeFileSync(join(d, 'answer.json'), answer(['某市信访局']));
    run('answer A', ['case', 'event', '2026-0777', 'answer', '--date', '2026-07-24', '--file', 'answer.json']);
    const badServe = record(
      'serve refused',
      home.run(['case', 'event', '2026-0777', 'serve', '--date', '2026-07-27', '--set', 'service_method=registered_mail', '--set', 'addressee=鹍城街道办事处', '--set', 'remedy_notice_included=true']),
    );
    expect(badServe.code).toBe(1);
    expect(badServe.stderr).toContain('V-DOC-2 addressee');
    run('serve A', [
      'case',
      'event',
      '2026-0777',
      'serve',
      '--date',
      '2026-07-27',
      '--set',
      'service_method=registered_mail',
      '--set',
      'addressee=庹霁雯',
      '--set',
      'tracking_no=1189453307712',
      '--set',
      'remedy_notice_included=true',
    ]);
    run('terminate A', ['case', 'event', '2026-0777', 'terminate', '--date', '2026-09-01', '--set', 'reason=answer_window_lapsed']);
  }, 120_000);

  it('a letter to a transfer target names no accuser; the one to the discipline body does', async (ctx) => {
    requireTools(ctx, 'pdftotext', 'pdfinfo');
    for (const no of ['2026-0778', '2026-0779']) {
      const r = record(`form transfer_letter ${no}`, home.run(['form', 'transfer_letter', '--case', no, '--pdf', '--docx', '--out', `forms-${no}`]));
      expect(r.code, r.stderr).toBe(0);
      await collect(`forms-${no}`, join(home.dir, `forms-${no}`));
    }
    const c = squeeze(places.get('forms-2026-0779/2026-0779-transfer_letter.pdf')!);
    expect(c).toContain('信访人信息依规保密，联系请经本机关');
    expect(squeeze(places.get('forms-2026-0778/2026-0778-transfer_letter.pdf')!)).toContain('庹霁雯');
  }, 120_000);

  it('error messages and warnings quote no identity of the accuser', () => {
    const d = home.dir;
    const refused = (label: string, args: string[], code = 1) => {
      const r = record(label, home.run(args));
      expect(r.code, `${label}: ${r.stderr}`).toBe(code);
      return r;
    };
    // V-DOC-2 quotes the refused recipient: here it carries the accuser's name and phone
    writeFileSync(join(d, 'd.yaml'), caseFile('2026-0781'));
    expect(record('case new D', home.run(['case', 'new', '--file', 'd.yaml'])).code).toBe(0);
    const transfer = (target: string, json: string[] = []) => ['case', 'event', '2026-0781', 'transfer', '--date', '2026-06-05', '--set', `target_org=${target}`, '--set', 'kind=assign', ...json];
    const doc2 = refused('transfer refused quoting the accuser', transfer('鹍城街道办事处（转庹霁雯 13987650421）'));
    expect(doc2.stderr).toContain('V-DOC-2');
    expect(doc2.stderr).toContain('（保密）');
    const doc2json = refused('transfer refused quoting the accuser --json', transfer('鹍城街道办事处（转庹霁雯）', ['--json']));
    expect(JSON.parse(doc2json.stdout).error.violations[0].rule).toBe('V-DOC-2');
    // a validation error quoting a petitioner field of a confidential case file (a wrong check digit)
    writeFileSync(join(d, 'bad-id.yaml'), caseFile('2026-0790').replace('110105198807269131', '110105198807269132').replace('13987650421', '13987650421x'));
    const badId = refused('case new refused (bad ID number)', ['case', 'new', '--file', 'bad-id.yaml']);
    expect(badId.stderr).toMatch(/id_doc_no|phone/);
    refused('case new refused (bad ID number) --json', ['case', 'new', '--file', 'bad-id.yaml', '--json']);
    refused('form --file refused (bad ID number)', ['form', 'intake_record', '--file', 'bad-id.yaml', '--out', 'forms-refused']);
    mkdirSync(join(d, 'imp'), { recursive: true });
    writeFileSync(join(d, 'imp', 'bad-id.yaml'), readFileSync(join(d, 'bad-id.yaml')));
    refused('case import refused (bad ID number)', ['case', 'import', 'imp']);
    // a correction quoting the accuser, and an event on a form the case has not reached
    refused('case correct refused', ['case', 'correct', '2026-0779', '--event', '1', '--set', 'addressee=庹霁雯', '--reason', '庹霁雯来电更正', '--approved-by', '张局长']);
    refused('form not reached', ['form', 'review_opinion', '--case', '2026-0779', '--out', 'forms-refused']);
    // seeing identities needs a named requester on every command that can show them
    for (const args of [
      ['case', 'show', '2026-0777', '--include-confidential'],
      ['case', 'list', '--include-confidential'],
      ['form', 'intake_record', '--case', '2026-0777', '--include-confidential', '--out', 'forms-refused'],
      ['form', 'batch', '--form', 'intake_record', '--cases', '2026-0777', '--include-confidential', '--out', 'forms-refused'],
      ['ledger', 'export', '--year', '2026', '--include-confidential', '--out', 'forms-refused/l.xlsx'],
    ])
      refused(`${args.slice(0, 2).join(' ')} --include-confidential without --requested-by`, args, 64);
    expect(existsSync(join(d, 'forms-refused'))).toBe(false);
    // none of these refusals, text or JSON, carries the canary
    expect(leaks().filter((k) => /refused|without --requested-by/.test(k))).toEqual([]);
  }, 120_000);

  it('walks every command and form; the canary appears only where the policy allows', async (ctx) => {
    requireTools(ctx, 'pdftotext', 'pdfinfo');
    const list = JSON.parse(home.run(['form', 'list', '--json']).stdout) as { id: string }[];
    const rendered: string[] = [];
    for (const { id } of list) {
      const r = record(`form ${id} A`, home.run(['form', id, '--case', '2026-0777', '--pdf', '--docx', '--out', 'forms-A']));
      if (r.code === 0) rendered.push(id);
    }
    expect(rendered).toEqual(expect.arrayContaining(['acceptance_notice', 'handling_opinion', 'intake_record', 'termination_notice']));
    await collect('forms-A', join(home.dir, 'forms-A'));
    // every form again as a batch over the three cases: the same policy, the same files
    const ALL = '2026-0777,2026-0778,2026-0779';
    const batched: string[] = [];
    for (const { id } of list) {
      const r = record(`form batch ${id}`, home.run(['form', 'batch', '--form', id, '--cases', ALL, '--pdf', '--docx', '--out', 'batch', '--workers', '1']));
      expect([0, 1], `form batch ${id}: ${r.stderr}`).toContain(r.code);
      if (/已生成 [1-9]/.test(r.stdout)) batched.push(id);
    }
    expect(batched).toEqual(expect.arrayContaining(['intake_record', 'transfer_letter', 'acceptance_notice']));
    await collect('batch', join(home.dir, 'batch'));
    // a batch file is byte for byte the single form's
    for (const id of rendered) expect(readFileSync(join(home.dir, 'batch', `2026-0777-${id}.docx`)).equals(readFileSync(join(home.dir, 'forms-A', `2026-0777-${id}.docx`))), id).toBe(true);
    for (const [k, args] of Object.entries({
      'case show A': ['case', 'show', '2026-0777'],
      'case show A --json': ['case', 'show', '2026-0777', '--json'],
      'case show B --json': ['case', 'show', '2026-0778', '--json'],
      'case show C': ['case', 'show', '2026-0779'],
      'case list': ['case', 'list'],
      'case list --json': ['case', 'list', '--json'],
      deadlines: ['deadlines'],
      'deadlines --json': ['deadlines', '--json'],
      'ledger export': ['ledger', 'export', '--year', '2026', '--out', 'out/ledger-2026.xlsx'],
      'ledger export --json': ['ledger', 'export', '--year', '2026', '--quarter', '2', '--out', 'out/ledger-2026Q2.xlsx', '--json'],
      'report quarterly': ['report', 'quarterly', '--year', '2026', '--quarter', '3', '--xlsx', '--pdf', '--charts', '--out', 'out'],
      'report quarterly --json': ['report', 'quarterly', '--year', '2026', '--quarter', '2', '--json'],
      'archive case A': ['archive', 'case', '2026-0777', '--out', 'arch', '--allow-incomplete', '--reason', '来信原件为纸质，另行归档'],
      // the year: its catalogue, aids and year manifest over the dossier archived above
      'archive year 2026': ['archive', 'year', '2026', '--out', 'arch', '--allow-incomplete', '--reason', '来信原件为纸质，另行归档', '-q'],
      verify: ['verify', 'arch', '--report', 'out/verify.json', '-q'],
      'audit log': ['audit', 'log'],
      'registry verify --json': ['registry', 'verify', '--json'],
    })) {
      const r = record(k, home.run(args));
      expect(r.code, `${k}: ${r.stderr}`).toBe(0);
    }
    expect(places.get('archive case A:stderr')).toBe('');
    await collect('out', join(home.dir, 'out'));
    await collect('arch', join(home.dir, 'arch'));
    // seeing identities: explicit and logged (export log and the hash-chained history)
    const by = ['--requested-by', '纪检组王某'];
    const shown = record('case show A --include-confidential', home.run(['case', 'show', '2026-0777', '--include-confidential', ...by]));
    expect(shown.stderr).toContain('已记录');
    record('case list --include-confidential', home.run(['case', 'list', '--json', '--include-confidential', ...by]));
    const form = record('form intake_record --include-confidential', home.run(['form', 'intake_record', '--case', '2026-0777', '--docx', '--out', 'forms-shown', '--include-confidential', ...by]));
    expect(form.code, form.stderr).toBe(0);
    const batch = record(
      'form batch intake_record --include-confidential',
      home.run(['form', 'batch', '--form', 'intake_record', '--cases', ALL, '--docx', '--out', 'batch-shown', '--include-confidential', ...by]),
    );
    expect(batch.code, batch.stderr).toBe(0);
    const ledger = record('ledger export --include-confidential', home.run(['ledger', 'export', '--year', '2026', '--out', 'shown/ledger-2026.xlsx', '--include-confidential', ...by]));
    expect(ledger.code, ledger.stderr).toBe(0);
    await collect('forms-shown', join(home.dir, 'forms-shown'));
    await collect('batch-shown', join(home.dir, 'batch-shown'));
    await collect('shown', join(home.dir, 'shown'));
    expect(squeeze(places.get('forms-A/2026-0777-intake_record.pdf')!)).toContain('（保密）');
    expect(squeeze(places.get('batch/2026-0777-intake_record.pdf')!)).toContain('（保密）');
    const log = record('ledger log', home.run(['ledger', 'log'])).stdout;
    for (const c of ['纪检组王某', 'case show', 'case list', 'form intake_record', 'form batch intake_record', 'ledger']) expect(log).toContain(c);
    const logJson = JSON.parse(record('ledger log --json', home.run(['ledger', 'log', '--json'])).stdout) as {
      exports: { kind: string; include_confidential: unknown; requested_by: string | null }[];
    };
    // every export that showed identities names who asked
    for (const e of logJson.exports) if (e.include_confidential) expect(e.requested_by, JSON.stringify(e)).toBe('纪检组王某');
    const chain = record('registry verify', home.run(['registry', 'verify']));
    expect(chain.code, chain.stderr).toBe(0);
    expect(chain.stdout).toMatch(/哈希链完整/);

    const served = rendered.filter((id) => ALLOWED_FORMS_A.includes(id));
    const allowed = [
      // letters to the petitioner, as rendered by `xf form` and by `xf form batch`
      ...served.flatMap((id) => [`forms-A/2026-0777-${id}.pdf`, `forms-A/2026-0777-${id}.docx`, `batch/2026-0777-${id}.pdf`, `batch/2026-0777-${id}.docx`]),
      // the letter to the discipline body
      'forms-2026-0778/2026-0778-transfer_letter.pdf',
      'forms-2026-0778/2026-0778-transfer_letter.docx',
      'batch/2026-0778-transfer_letter.pdf',
      'batch/2026-0778-transfer_letter.docx',
      // the logged views
      'case show A --include-confidential:stdout',
      'case list --include-confidential:stdout',
      'forms-shown/2026-0777-intake_record.docx',
      ...['2026-0777', '2026-0778', '2026-0779'].map((no) => `batch-shown/${no}-intake_record.docx`),
      'shown/ledger-2026.xlsx',
    ];
    const found = leaks();
    // in the dossier only the filed originals (data/: the five forms above as PDF, DOCX and their source
    // JSON) carry it — never a list, the cover, the 备考表, dossier.json, bag-info, a manifest, the
    // year's catalogue or manifest, or a name
    const bag = 'arch/X001-WS·2026/X001-WS·2026-D30-XFB-0001';
    for (let n = 1; n <= 5; n++) {
      const stem = `X001-WS·2026-D30-XFB-0001-0${n}`;
      allowed.push(`${bag}/data/pdf/${stem}.pdf`, `${bag}/data/docx/${stem}.docx`, `${bag}/data/source/${stem}.json`);
    }
    // the places searched must include every kind of output the issue names
    const keys = [...places.keys()];
    for (const want of [
      /^form batch \S+:stderr$/,
      /^batch\/.+\.pdf$/,
      /^batch\/.+\.docx$/,
      /^out\/ledger-2026\.xlsx$/,
      /^deadlines --json:stdout$/,
      /^case list --json:stdout$/,
      /^case show A --json:stdout$/,
      /\/dossier\.json$/,
      /\/bag-info\.txt$/,
      /year-manifest\.json$/,
      /^arch:names$/,
      /refused.*:stderr$/,
    ])
      expect(
        keys.some((k) => want.test(k)),
        `no place matches ${want}`,
      ).toBe(true);
    expect(places.size).toBeGreaterThan(200);
    console.log(`canary: searched ${places.size} places (${[...places.values()].reduce((n, v) => n + v.length, 0)} characters); found only where allowed:\n  ${found.join('\n  ')}`);
    expect(found).toEqual(allowed.sort());
  }, 900_000);
});
