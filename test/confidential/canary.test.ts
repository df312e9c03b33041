// The canary (issue 11, SPEC §7.8; XFGZ §30 ¶3): an accusation whose accuser has a unique name, ID
// number, phone and address is walked through every command and every form it reaches; every byte
// produced — stdout/stderr, PDF text and metadata, DOCX/XLSX XML, JSON, file and folder names — is
// searched, and the canary appears only where the disclosure policy allows. The allowed places are
// listed below; a new place where it appears fails this test until it is judged and listed.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

function squeeze(s: string): string {
  return s.replace(/\s+/gu, '');
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
    record('case new A', home.run(['case', 'new', '--file', 'a.yaml']));
    record('case new B', home.run(['case', 'new', '--file', 'b.yaml', '--json']));
    record('case new C', home.run(['case', 'new', '--file', 'c.yaml']));
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
    for (const [k, args] of Object.entries({
      'case show A': ['case', 'show', '2026-0777'],
      'case show A --json': ['case', 'show', '2026-0777', '--json'],
      'case list': ['case', 'list'],
      'case list --json': ['case', 'list', '--json'],
      deadlines: ['deadlines'],
      'deadlines --json': ['deadlines', '--json'],
      'ledger export': ['ledger', 'export', '--year', '2026', '--out', 'out/ledger-2026.xlsx'],
      'report quarterly': ['report', 'quarterly', '--year', '2026', '--quarter', '3', '--xlsx', '--pdf', '--out', 'out'],
      'archive case A': ['archive', 'case', '2026-0777', '--out', 'arch', '--allow-incomplete', '--reason', '来信原件为纸质，另行归档'],
      // the dossier itself: its year bundle has no year-manifest.json until `xf archive year` (E-YEAR)
      verify: ['verify', 'arch/X001-WS·2026/X001-WS·2026-D30-XFB-0001', '--report', 'out/verify.json', '-q'],
    })) {
      const r = record(k, home.run(args));
      expect(r.code, `${k}: ${r.stderr}`).toBe(0);
    }
    expect(places.get('archive case A:stderr')).toBe('');
    await collect('out', join(home.dir, 'out'));
    await collect('arch', join(home.dir, 'arch'));
    // seeing identities: explicit and logged (export log and the hash-chained history)
    const shown = record('case show A --include-confidential', home.run(['case', 'show', '2026-0777', '--include-confidential', '--requested-by', '纪检组王某']));
    expect(shown.stderr).toContain('已记录');
    record('case list --include-confidential', home.run(['case', 'list', '--json', '--include-confidential', '--requested-by', '纪检组王某']));
    const form = record(
      'form intake_record --include-confidential',
      home.run(['form', 'intake_record', '--case', '2026-0777', '--docx', '--out', 'forms-shown', '--include-confidential', '--requested-by', '纪检组王某']),
    );
    expect(form.code, form.stderr).toBe(0);
    await collect('forms-shown', join(home.dir, 'forms-shown'));
    expect(squeeze(places.get('forms-A/2026-0777-intake_record.pdf')!)).toContain('（保密）');
    expect(home.run(['case', 'show', '2026-0777', '--include-confidential']).code).toBe(64);
    const log = home.run(['ledger', 'log']).stdout;
    expect(log).toContain('纪检组王某');
    expect(log).toContain('case show');
    expect(log).toContain('form intake_record');
    const chain = home.run(['registry', 'verify']);
    expect(chain.code, chain.stderr).toBe(0);

    const served = rendered.filter((id) => ALLOWED_FORMS_A.includes(id));
    const allowed = [
      // letters to the petitioner and the office's filed records, as rendered by `xf form`
      ...served.flatMap((id) => [`forms-A/2026-0777-${id}.pdf`, `forms-A/2026-0777-${id}.docx`]),
      // the letter to the discipline body
      'forms-2026-0778/2026-0778-transfer_letter.pdf',
      'forms-2026-0778/2026-0778-transfer_letter.docx',
      // the logged views
      'case show A --include-confidential:stdout',
      'case list --include-confidential:stdout',
      'forms-shown/2026-0777-intake_record.docx',
    ];
    const found = leaks();
    // in the dossier only the filed originals (data/: the five forms above as PDF, DOCX and their source
    // JSON) carry it — never a list, the cover, the 备考表, dossier.json, bag-info, a manifest or a name
    const bag = 'arch/X001-WS·2026/X001-WS·2026-D30-XFB-0001';
    for (let n = 1; n <= 5; n++) {
      const stem = `X001-WS·2026-D30-XFB-0001-0${n}`;
      allowed.push(`${bag}/data/pdf/${stem}.pdf`, `${bag}/data/docx/${stem}.docx`, `${bag}/data/source/${stem}.json`);
    }
    expect(places.size).toBeGreaterThan(100);
    expect(found).toEqual(allowed.sort());
  }, 600_000);
});
