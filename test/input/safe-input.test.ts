// Safe input (issue 11): every string that becomes a path, every office template, every encoding and
// every hostile structure is answered with a named error (exit 1 or 4), never a crash (exit 70), and
// nothing is written by a refused input. Each check runs the real CLI.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT } from '../helpers/xf.js';

const SAMPLE = readFileSync(join(ROOT, 'samples', '01-letter-answered.yaml'), 'utf8');

/** Sample 01 (a terminated letter case) with text edits; a YAML round trip would turn IDs into numbers. */
function caseText(edit: (s: string) => string = (s) => s): string {
  return edit(SAMPLE.replace(/^\$schema: .*\n/m, ''));
}
const withNo = (no: string) => (s: string) => s.replace(/^case_no: .*$/m, `case_no: ${no}`);
const withAttachments = (paths: string[]) => (s: string) =>
  s.replace(
    /^attachments:\n(?: .*\n)*/m,
    `attachments:\n${paths.map((p, i) => `  - { title: 附件${i + 1}, path: ${JSON.stringify(p)}, kind: ${i ? '信封' : '来信原件'}, date: 2026-01-04 }\n`).join('')}`,
  );

function noCrash(r: { code: number; stderr: string }): void {
  expect(r.code, r.stderr).not.toBe(70);
  expect(r.stderr).not.toMatch(/内部错误|internal error|\n\s+at /);
}

let h: Home;
const put = (name: string, text: string | Uint8Array) => {
  const p = join(h.dir, name);
  writeFileSync(p, text);
  return p;
};
const cases = () => JSON.parse(h.run(['case', 'list', '--json']).stdout) as { case_no: string }[];

beforeAll(() => {
  h = freshHome();
});
afterAll(() => h?.cleanup());

describe('attachment paths (V-ATT-1)', () => {
  it('refuses absolute paths and .. at registration, naming the case field and the rule', () => {
    for (const p of ['/etc/shadow', '/proc/self/environ', '../../etc/passwd', 'scans/../../x.jpg']) {
      const r = h.run(['case', 'new', '--file', put('att.yaml', caseText(withAttachments([p])))]);
      noCrash(r);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('V-ATT-1');
      expect(r.stderr).toContain('attachments[0].path');
    }
    expect(cases()).toHaveLength(0);
  });

  it('refuses at archiving a symlinked folder or file and a path that is no regular file; a dossier file keeps no mode of its source', () => {
    const outside = join(h.dir, '..', `outside-${process.pid}`);
    mkdirSync(outside, { recursive: true });
    cpSync(join(ROOT, 'samples', 'attachments', '2026-0001'), outside, { recursive: true });
    mkdirSync(join(h.dir, 'scans'), { recursive: true });
    symlinkSync(outside, join(h.dir, 'scans', 'linked'));
    symlinkSync(join(outside, 'letter-1.jpg'), join(h.dir, 'scans', 'letter-link.jpg'));
    mkdirSync(join(h.dir, 'scans', 'dir.jpg'));
    const bad = [
      ['scans/linked/letter-1.jpg', 'scans/linked/envelope.jpg'],
      ['scans/letter-link.jpg', 'scans/ok-envelope.jpg'],
      ['scans/dir.jpg', 'scans/ok-envelope.jpg'],
    ];
    cpSync(join(outside, 'envelope.jpg'), join(h.dir, 'scans', 'ok-envelope.jpg'));
    bad.forEach((paths, i) => {
      const r = h.run([
        'case',
        'new',
        '--file',
        put(
          'att.yaml',
          caseText((s) => withAttachments(paths)(withNo(`2026-010${i}`)(s))),
        ),
      ]);
      expect(r.code, r.stderr).toBe(0);
      const a = h.run(['archive', 'case', `2026-010${i}`]);
      noCrash(a);
      expect(a.code, a.stderr).toBe(1);
      expect(a.stderr).toContain(`2026-010${i}`);
      expect(a.stderr).toContain('attachments[0].path');
      expect(a.stderr).toContain('V-ATT-1');
    });
    expect(existsSync(join(h.dir, 'archive')) ? readdirSync(join(h.dir, 'archive'), { recursive: true }).filter((n) => String(n).endsWith('bagit.txt')) : []).toHaveLength(0);
    // a private scan (0600) is filed as 0644: no permission bits come from the source
    cpSync(join(outside, 'letter-1.jpg'), join(h.dir, 'scans', 'private.jpg'));
    chmodSync(join(h.dir, 'scans', 'private.jpg'), 0o600);
    expect(
      h.run([
        'case',
        'new',
        '--file',
        put(
          'att.yaml',
          caseText((s) => withAttachments(['scans/private.jpg', 'scans/ok-envelope.jpg'])(withNo('2026-0110')(s))),
        ),
      ]).code,
    ).toBe(0);
    const ok = h.run(['archive', 'case', '2026-0110', '--json', '--allow-incomplete', '--reason', '送达回证原件另行归档（本测试只看附件的权限位）']);
    expect(ok.code, ok.stderr + ok.stdout).toBe(0);
    const bag = (JSON.parse(ok.stdout) as { path: string }).path;
    const originals = readdirSync(join(bag, 'data', 'originals'));
    expect(originals.length).toBeGreaterThan(0);
    for (const f of originals) expect(statSync(join(bag, 'data', 'originals', f)).mode & 0o777).toBe(0o644);
  });
});

describe('case numbers that would become paths (V-PATH-1)', () => {
  it('form --file with case_no ../../evil or a NUL writes nothing, anywhere', () => {
    const out = join(h.dir, 'o1', 'a', 'b');
    mkdirSync(out, { recursive: true });
    for (const no of ['../../evil', '"2026-00\\0"', '"a/b"', '..']) {
      const r = h.run(['form', 'acceptance_notice', '--file', put('evil.yaml', caseText(withNo(no))), '--pdf', '--docx', '--out', out]);
      noCrash(r);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/V-PATH-1|V-TEXT-1/);
    }
    expect(readdirSync(join(h.dir, 'o1'), { recursive: true }).map(String).sort()).toEqual(['a', 'a/b']);
    expect(h.run(['case', 'new', '--file', put('evil.yaml', caseText(withNo('../../evil')))]).code).toBe(1);
  });

  it('an office pattern replaces YYYY-NNNN, but never allows a separator', () => {
    const cfgPath = join(h.dir, 'xf.config.json');
    const cfg = readFileSync(cfgPath, 'utf8');
    writeFileSync(cfgPath, JSON.stringify({ ...JSON.parse(cfg), case_no_pattern: '^XF[0-9]{6}$|^.*$' }));
    try {
      const out = join(h.dir, 'o2');
      const ok = h.run(['form', 'acceptance_notice', '--file', put('p.yaml', caseText(withNo('XF000123'))), '--out', out]);
      expect(ok.code, ok.stderr).toBe(0);
      expect(readdirSync(out)).toEqual(['XF000123-acceptance_notice.pdf']);
      const bad = h.run(['form', 'acceptance_notice', '--file', put('p.yaml', caseText(withNo('x/../../y'))), '--out', out]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('V-PATH-1');
    } finally {
      writeFileSync(cfgPath, cfg);
    }
  });
});

describe('office templates never run code', () => {
  it('ignores an office form.yaml.hbs.js (form, form list, templates check) and refuses unknown helpers', () => {
    const tdir = join(h.dir, 'office-templates');
    cpSync(join(ROOT, 'templates', 'acceptance_notice'), join(tdir, 'acceptance_notice'), { recursive: true });
    const src = readFileSync(join(tdir, 'acceptance_notice', 'form.yaml.hbs'), 'utf8');
    const marker = join(h.dir, 'PWNED');
    // a precompiled file whose hash matches: the old loader ran it with new Function
    writeFileSync(
      join(tdir, 'acceptance_notice', 'form.yaml.hbs.js'),
      `// sha256 ${createHash('sha256').update(src).digest('hex')}\n(process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'x'), {})\n`,
    );
    const cfgPath = join(h.dir, 'xf.config.json');
    const cfg = readFileSync(cfgPath, 'utf8');
    writeFileSync(cfgPath, JSON.stringify({ ...JSON.parse(cfg), templates_dir: 'office-templates' }));
    try {
      expect(h.run(['form', 'list']).code).toBe(0);
      const f = h.run(['form', 'acceptance_notice', '--file', put('ok.yaml', caseText()), '--out', join(h.dir, 'o3')]);
      expect(f.code, f.stderr).toBe(0);
      expect(h.run(['templates', 'check', tdir]).code).toBe(0);
      expect(existsSync(marker)).toBe(false);
      // a helper xf did not register cannot be called
      writeFileSync(join(tdir, 'acceptance_notice', 'form.yaml.hbs'), src.replace('{{case.progress.acceptance.doc_no}}', '{{evil case.case_no}}'));
      const c = h.run(['templates', 'check', tdir]);
      noCrash(c);
      expect(c.code).toBe(1);
      expect(c.stdout).toContain('evil');
      // a block that expands well but fails every render (an image without PNG data)
      writeFileSync(join(tdir, 'acceptance_notice', 'form.yaml.hbs'), src.replace(/^blocks:\n/m, 'blocks:\n  - { type: image, png: "bm90IGEgcG5n", width: 30, height: 30 }\n'));
      const img = h.run(['templates', 'check', tdir]);
      noCrash(img);
      expect(img.code, img.stdout).toBe(1);
      expect(img.stdout).toContain('✗');
    } finally {
      writeFileSync(cfgPath, cfg);
    }
  });
});

describe('Chinese encodings (V-ENC-1)', () => {
  const text = caseText(withNo('2026-0201'));
  it('refuses GBK, GB18030 and Big5 bytes with the file, the offset and a hint; --encoding reads them; a BOM is fine', () => {
    for (const enc of ['gbk', 'gb18030', 'big5']) {
      const p = put(`c-${enc}.yaml`, iconv.encode(text, enc));
      const offset = Buffer.from(text.slice(0, text.search(/[^\x00-\x7f]/))).length;
      for (const args of [
        ['case', 'new', '--file', p],
        ['form', 'acceptance_notice', '--file', p, '--out', join(h.dir, 'o4')],
        ['case', 'event', '2026-0001', 'accept', '--file', p],
      ]) {
        const r = h.run(args);
        noCrash(r);
        expect(r.code, args.join(' ')).toBe(1);
        expect(r.stderr).toContain('--encoding');
        if (args[1] !== 'event') expect(r.stderr).toMatch(enc === 'big5' ? /第 \d+ 字节/ : new RegExp(`第 ${offset} 字节`)); // Big5 has no 来: iconv writes ? there
      }
      const dir = join(h.dir, `imp-${enc}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'a.yaml'), iconv.encode(text, enc));
      const imp = h.run(['case', 'import', dir]);
      expect(imp.code).toBe(1);
      expect(imp.stderr).toContain('V-ENC-1');
      writeFileSync(join(dir, 'b.jsonl'), iconv.encode(JSON.stringify({ title: '信访' }) + '\n', enc));
      expect(h.run(['case', 'import', join(dir, 'b.jsonl')]).stderr).toContain('--encoding');
    }
    expect(existsSync(join(h.dir, 'o4'))).toBe(false);
    const big5 = caseText(withNo('2026-0202'))
      .replace('王秀兰', '王秀蘭')
      .replace(/某市历下区/g, '某市歷下區');
    const ok = h.run(['case', 'new', '--file', put('big5.yaml', iconv.encode(big5, 'big5')), '--encoding', 'big5']);
    expect(ok.code, ok.stderr).toBe(0);
    const rec = JSON.parse(h.run(['case', 'show', '2026-0202', '--json']).stdout) as { petitioners: { name: string }[]; title: string };
    expect(rec.petitioners[0]!.name).toBe('王秀蘭');
    expect(JSON.stringify(rec)).not.toContain('\uFFFD');
    const gb = h.run(['case', 'new', '--file', put('gb.yaml', iconv.encode(caseText(withNo('2026-0203')), 'gb18030')), '--encoding', 'gb18030']);
    expect(gb.code, gb.stderr).toBe(0);
    const bom = h.run(['case', 'new', '--file', put('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(caseText(withNo('2026-0204')))]))]);
    expect(bom.code, bom.stderr).toBe(0);
    expect(h.run(['case', 'new', '--file', put('x.yaml', text), '--encoding', 'latin1']).code).toBe(64);
  });
});
