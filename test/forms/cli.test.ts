// xf form and xf templates through the real executable.
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xf, ROOT } from '../helpers/xf.js';

const sample = join(ROOT, 'samples', '01-letter-answered.yaml');
const agent = join(ROOT, 'test', 'forms', 'fixtures', 'agent-full.yaml');
const tmp = () => mkdtempSync(join(tmpdir(), 'xf-form-'));

describe('xf form', () => {
  it('lists the forms', () => {
    const r = xf(['form', 'list', '--json'], { cwd: tmp() });
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id);
    expect(ids).toHaveLength(22);
    expect(ids).toEqual(expect.arrayContaining(['review_acceptance_notice', 'rereview_acceptance_notice']));
    expect(ids).toContain('proxy_contact_slip');
  });

  it('renders a form from a case file with no register, PDF and DOCX', () => {
    const out = tmp();
    const r = xf(['form', 'handling_opinion', '--file', sample, '--pdf', '--docx', '--out', out, '--json'], { cwd: out });
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as { files: string[] };
    expect(res.files.map((f) => f.split('/').pop())).toEqual(['2026-0001-handling_opinion.pdf', '2026-0001-handling_opinion.docx']);
    expect(readFileSync(res.files[0]!).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('reports every problem in Chinese, exits 1 and writes nothing', () => {
    const out = tmp();
    const bad = join(out, 'bad.yaml');
    writeFileSync(
      bad,
      readFileSync(agent, 'utf8')
        .replace('      doc_no: 某信复字〔2026〕21号', '      doc_no: 某信复字[2026]第21号')
        .replace(/findings: 经调取[^\n]*/, 'findings: ""'),
    );
    const r = xf(['form', 'handling_opinion', '--file', bad, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('V-DOC-7');
    expect(r.stderr).toContain('调查核实情况');
    expect(r.stderr).toContain('未写入任何内容');
    expect(readdirSync(out)).toEqual(['bad.yaml']);
  });

  it('says the case has not reached the form', () => {
    const out = tmp();
    const r = xf(['form', 'rereview_opinion', '--file', sample, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('STAGE');
    expect(readdirSync(out)).toEqual([]);
  });

  it('an unknown form is a clear error', () => {
    const r = xf(['form', 'no_such_form', '--file', sample]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no_such_form');
  });

  it("--seal places the office's seal image; without it the zone stays empty", () => {
    const out = tmp();
    const seal = join(out, 'seal.png');
    // a tiny valid PNG (red dot) stands in for an office e-seal
    writeFileSync(seal, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64'));
    const a = xf(['form', 'acceptance_notice', '--file', sample, '--out', join(out, 'a')]);
    const b = xf(['form', 'acceptance_notice', '--file', sample, '--out', join(out, 'b'), '--seal', seal]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const pa = readFileSync(join(out, 'a', '2026-0001-acceptance_notice.pdf')).toString('latin1');
    const pb = readFileSync(join(out, 'b', '2026-0001-acceptance_notice.pdf')).toString('latin1');
    expect(pa).not.toContain('/Subtype /Image');
    expect(pb).toContain('/Subtype /Image');
  });
});

describe('xf form with the register', () => {
  it('batch renders a form for every case in a status; the slip comes from the register serial', () => {
    const home = tmp();
    const env = { XF_HOME: home };
    expect(
      xf(['init', '--review-org', '某市人民政府', '--review-address', '某市人民大道1号', '--rereview-org', '某省人民政府信访局', '--rereview-address', '某省某市政务大道100号'], { env, cwd: home })
        .code,
    ).toBe(0);
    expect(xf(['case', 'import', join(ROOT, 'samples')], { env, cwd: home }).code).toBe(0);
    const out = join(home, 'out');
    const r = xf(['form', 'batch', '--form', 'handling_opinion', '--status', 'terminated', '--out', out, '--json'], { env, cwd: home });
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as { rendered: number; failed: number };
    expect(res.failed).toBe(0);
    expect(res.rendered).toBeGreaterThan(0);
    const pdfs = readdirSync(out)
      .filter((f) => f.endsWith('.pdf'))
      .sort();
    expect(pdfs).toHaveLength(res.rendered);
    // a batch worker's file is the one a process of its own writes: what the worker rendered before it changes nothing
    const alone = join(home, 'alone');
    for (const f of [pdfs[0]!, pdfs.at(-1)!]) {
      const one = xf(['form', 'handling_opinion', '--case', f.slice(0, 9), '--out', alone], { env, cwd: home });
      expect(one.code, one.stderr).toBe(0);
      expect(Buffer.compare(readFileSync(join(alone, f)), readFileSync(join(out, f)))).toBe(0);
    }
    const slip = xf(['form', 'proxy_contact_slip', '--case', '2026-0003', '--out', out], { env, cwd: home });
    expect(slip.code, slip.stderr).toBe(0);
    expect(existsSync(join(out, '2026-0003-proxy_contact_slip.pdf'))).toBe(true);
  });
});

describe('xf templates', () => {
  it('ejects a template for local changes and checks it', () => {
    const dir = tmp();
    const e = xf(['templates', 'eject', 'acceptance_notice', '--to', dir], { cwd: dir });
    expect(e.code, e.stderr).toBe(0);
    expect(existsSync(join(dir, 'acceptance_notice', 'form.yaml.hbs'))).toBe(true);
    expect(xf(['templates', 'check', dir], { cwd: dir }).code).toBe(0);
    const f = join(dir, 'acceptance_notice', 'form.yaml.hbs');
    writeFileSync(
      f,
      readFileSync(f, 'utf8')
        .replace('{{case.handler.handler_phone}}', '{{case.handler.telephone}}')
        .replace('  - type: paragraph\n    text: "特此告知。"', '  - type: paragrah\n    text: "特此告知。"'),
    );
    const c = xf(['templates', 'check', dir, '--json'], { cwd: dir });
    expect(c.code).toBe(1);
    const rep = JSON.parse(c.stdout) as { templates: { violations: { found?: unknown; message: string }[] }[] };
    const v = rep.templates[0]!.violations;
    expect(v.some((x) => x.found === 'case.handler.telephone')).toBe(true);
    expect(v.some((x) => x.found === 'paragrah')).toBe(true);
  });

  it('the bundled templates pass the check', () => {
    const r = xf(['templates', 'check', join(ROOT, 'templates')]);
    expect(r.code, r.stdout).toBe(0);
  });
});
