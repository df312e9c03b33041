// Every DOCX of every form × case that reaches it, read strictly: each XML part well-formed
// (xmllint), every measure an integer (ECMA-376 types twips, EMUs and half-points as integers:
// "289.5" fails the schema and python-docx), and python-docx (Debian python3-docx) opens each file
// and reads every paragraph's spacing and indents, every run's size, every section and table.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { FormEngine } from '../../src/forms/engine.js';
import { listFormIds } from '../../src/forms/templates.js';
import { tableTextOffGrid } from '../../src/forms/render/docx.js';
import { needs, toolOnPath } from '../helpers/tools.js';
import { loadCases, testOffice } from './helpers.js';

const office = testOffice();
const engine = new FormEngine({ office });
const cases = loadCases(office);
const dir = mkdtempSync(join(tmpdir(), 'xf-docx-strict-'));
const docs: { name: string; path: string; parts: Record<string, Uint8Array> }[] = [];

/** Debian's python3-docx lives in the system Python, which a pyenv/venv python3 on PATH cannot see. */
const PYTHONS = ['/usr/bin/python3', 'python3'];
let python = 'python3';
function pythonDocx(): string | undefined {
  for (const py of PYTHONS) {
    if (spawnSync(py, ['-c', 'import docx'], { stdio: 'ignore' }).status === 0) {
      python = py;
      return undefined;
    }
  }
  if (process.env.CI === 'true') throw new Error('CI: python3-docx is not installed (.ci/run installs it)');
  process.stderr.write('[skip] python-docx is not installed: its reading test is skipped\n');
  return 'python-docx is not installed';
}
const noPyDocx = pythonDocx();

beforeAll(async () => {
  for (const form of listFormIds()) {
    for (const c of cases) {
      if (!engine.reaches(form, c.record)) continue;
      const r = await engine.render(form, c.record, { docx: true });
      const name = `${c.record.case_no}-${form}`;
      const path = join(dir, `${name}.docx`);
      writeFileSync(path, r.docx!);
      docs.push({ name, path, parts: unzipSync(r.docx!) });
    }
  }
}, 300_000);

/** Attribute values that are numbers with a fraction; no attribute of these parts may be one. */
function fractionalMeasures(xml: string): string[] {
  const out: string[] = [];
  for (const tag of xml.matchAll(/<([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*\/?>/g)) {
    for (const a of tag[2]!.matchAll(/([\w:.-]+)="(-?\d*\.\d+)"/g)) out.push(`<${tag[1]} ${a[1]}="${a[2]}">`);
  }
  return out;
}

describe('DOCX read strictly', () => {
  it('covers every form', () => {
    expect(new Set(docs.map((d) => d.name.replace(/^\d{4}-\d{4}-/, '')))).toEqual(new Set(listFormIds()));
  });

  it('every measure in every part is an integer', () => {
    const faults: string[] = [];
    for (const d of docs) {
      for (const [part, bytes] of Object.entries(d.parts)) {
        if (!/\.(xml|rels)$/.test(part)) continue;
        for (const f of fractionalMeasures(strFromU8(bytes))) faults.push(`${d.name} ${part}: ${f}`);
      }
    }
    expect(faults.slice(0, 20)).toEqual([]);
  });

  it('the check finds a fractional measure where there is one', () => {
    expect(fractionalMeasures('<w:p><w:spacing w:line="579" w:after="289.5"/></w:p>')).toEqual(['<w:spacing w:after="289.5">']);
  });

  it('table text is off the line grid (snapToGrid 0, in schema order), body text stays on it', () => {
    const d = docs.find((x) => x.name.endsWith('service_certificate'))!;
    const xml = strFromU8(d.parts['word/document.xml']!);
    const inCells = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    expect(inCells.length).toBeGreaterThan(4);
    for (const c of inCells)
      for (const p of c.match(/<w:pPr>[\s\S]*?<\/w:pPr>/g) ?? [])
        expect(p).toMatch(/^<w:pPr>(<w:keepNext\/>)?(<w:pBdr>[\s\S]*?<\/w:pBdr>)?(<w:overflowPunct\/>)?<w:snapToGrid w:val="0"\/>(<w:spacing|<w:jc|<w:ind|<\/w:pPr>)/);
    const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
    expect(body).not.toContain('<w:snapToGrid');
    expect(tableTextOffGrid('<w:p><w:pPr><w:jc w:val="left"/></w:pPr></w:p><w:tc><w:p><w:pPr><w:spacing w:line="1"/></w:pPr></w:p></w:tc>')).toBe(
      '<w:p><w:pPr><w:jc w:val="left"/></w:pPr></w:p><w:tc><w:p><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:line="1"/></w:pPr></w:p></w:tc>',
    );
  });

  it('every XML part is well-formed (xmllint)', (ctx) => {
    needs(ctx, toolOnPath('xmllint'), 'xmllint (libxml2-utils)');
    const partsDir = join(dir, 'parts');
    const paths: string[] = [];
    for (const d of docs) {
      for (const [part, bytes] of Object.entries(d.parts)) {
        if (!/\.(xml|rels)$/.test(part)) continue;
        const p = join(partsDir, d.name, part);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, bytes);
        paths.push(p);
      }
    }
    expect(paths.length).toBeGreaterThan(docs.length * 5);
    const r = spawnSync('xmllint', ['--noout', ...paths], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('python-docx reads every file: paragraphs, runs, sections, tables', (ctx) => {
    needs(ctx, !noPyDocx, `python-docx (python3-docx): ${noPyDocx}`);
    const script = `
import sys, docx
n = 0
for path in sys.argv[1:]:
    d = docx.Document(path)
    for p in d.paragraphs:
        f = p.paragraph_format
        (f.space_before, f.space_after, f.line_spacing, f.first_line_indent, f.left_indent, f.right_indent, f.alignment)
        for r in p.runs: (r.font.size, r.text)
    for s in d.sections:
        (s.page_width, s.page_height, s.left_margin, s.right_margin, s.top_margin, s.bottom_margin, s.header_distance, s.footer_distance, s.orientation)
        for p in s.footer.paragraphs: p.paragraph_format.left_indent
    for t in d.tables:
        for row in t.rows:
            row.height
            for c in row.cells:
                c.width
                for p in c.paragraphs: (p.paragraph_format.line_spacing, p.paragraph_format.space_after)
    for st in d.styles: st.name
    n += 1
print(n)
`;
    const r = spawnSync(python, ['-c', script, ...docs.map((d) => d.path)], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(String(docs.length));
  }, 120_000);
});
