// Every name printable (issue 13) and DOCX that carries its fonts (issue 14): rare Han characters
// (Ext A, Ext B) and the scripts of the autonomous regions print with real glyphs — never .notdef —
// in the PDF and in LibreOffice's rendering of the DOCX on a machine without xf's fonts; digits and
// Latin keep the body face; a character no font has is an error naming it; the office's fallback
// slot is used and checked.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { unzipSync, strFromU8 } from 'fflate';
import * as mupdf from 'mupdf';
import { FormEngine } from '../../src/forms/engine.js';
import { FontSet } from '../../src/forms/fonts/fontset.js';
import { TrueTypeFont } from '../../src/forms/fonts/truetype.js';
import { obfuscate } from '../../src/forms/fonts/docx-fonts.js';
import { renderPdf } from '../../src/forms/render/pdf.js';
import { renderDocx } from '../../src/forms/render/docx.js';
import { XfError } from '../../src/domain/errors.js';
import type { DocumentTree } from '../../src/forms/model.js';
import { ROOT } from '../helpers/xf.js';
import { requireTools } from '../helpers/tools.js';
import { loadCases, testOffice } from './helpers.js';

/** Each name, and the face that must set its rare characters (PDF font names, LibreOffice's and xf's). */
const NAMES: { name: string; face: RegExp; rare: string }[] = [
  { name: '王𠮷', face: /HanaMinB/, rare: '𠮷' },
  { name: '鹍堃䶮昇喆', face: /NotoSerifSC-?Light/, rare: '鹍堃䶮昇喆' },
  { name: 'مۇھەممەت تۇرسۇن', face: /NotoNaskhArabic/, rare: 'مۇھەممەتتۇرسۇن' },
  { name: 'བཀྲ་ཤིས་དོན་གྲུབ', face: /NotoSerifTibetan/, rare: 'བཀཤདནགབ' },
  { name: 'ᠪᠠᠲᠤ', face: /NotoSansMongolian/, rare: 'ᠪᠠᠲᠤ' },
  { name: 'ꀉꒉꐚ', face: /FandolFang|NotoSansYi/, rare: 'ꀉꒉꐚ' },
];

const OUT = mkdtempSync(join(tmpdir(), 'xf-fonts-'));

function tree(): DocumentTree {
  return {
    layout: 'letter',
    meta: { title: '字体测试', date: '2026-11-01', id: 'fonts-test' },
    page_numbers: false,
    blocks: [
      { type: 'heading', text: '关于王𠮷同志的告知书', level: 1 },
      ...NAMES.map((n) => ({ type: 'paragraph' as const, text: `信访人：${n.name}，编号2026-0001，ID No. 12AB。` })),
      // 黑体 shares its face (Noto Serif SC Bold) with the title: each DOCX font entry needs its own part
      { type: 'paragraph', text: '一、黑体小标题第存根', font: 'hei' },
    ],
  } as DocumentTree;
}

interface Glyph {
  font: string;
  gid: number;
  ch: string;
}

/** Every glyph drawn, with its font and glyph id (mupdf's own reading of the PDF). */
function glyphsOf(bytes: Uint8Array): Glyph[] {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  const out: Glyph[] = [];
  for (let i = 0; i < doc.countPages(); i++) {
    const dev = new mupdf.Device({
      fillText(text: mupdf.Text) {
        text.walk({
          showGlyph(font: mupdf.Font, _trm: mupdf.Matrix, gid: number, uni: number) {
            out.push({ font: font.getName(), gid, ch: uni > 0 ? String.fromCodePoint(uni) : '' });
          },
        });
      },
    });
    doc.loadPage(i).run(dev, mupdf.Matrix.identity);
    dev.close();
  }
  return out;
}

/** Dark pixels inside the middle of each quad whose character is in `chars` (a tofu box is ink on its edge only). */
function inkOf(bytes: Uint8Array, chars: string): { found: number; inked: number } {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  // mupdf.js reports a character beyond the BMP by its low 16 bits (𠮷 U+20BB7 as U+0BB7)
  const want = new Set([...chars].map((c) => String.fromCharCode(c.codePointAt(0)! & 0xffff)));
  let found = 0,
    inked = 0;
  const scale = 4;
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.loadPage(i);
    const pix = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceGray, false);
    const px = pix.getPixels(),
      stride = pix.getStride();
    page.toStructuredText('preserve-whitespace').walk({
      onChar(c: string, _o: mupdf.Point, _f: mupdf.Font, _s: number, q: mupdf.Quad) {
        if (!want.has(c)) return;
        found++;
        const xs = [q[0], q[2], q[4], q[6]],
          ys = [q[1], q[3], q[5], q[7]];
        const x0 = Math.min(...xs),
          x1 = Math.max(...xs),
          y0 = Math.min(...ys),
          y1 = Math.max(...ys);
        // the middle 60 % of the box: a glyph has strokes there, an empty box or .notdef frame does not
        const mx = (x1 - x0) * 0.2,
          my = (y1 - y0) * 0.2;
        let ink = 0;
        for (let y = Math.floor((y0 + my) * scale); y < Math.ceil((y1 - my) * scale); y++)
          for (let x = Math.floor((x0 + mx) * scale); x < Math.ceil((x1 - mx) * scale); x++) if (px[y * stride + x]! < 128) ink++;
        if (ink > 0) inked++;
      },
    });
  }
  return { found, inked };
}

/** Each name's rare characters come from the expected face, as real glyphs (not .notdef), with ink. */
function expectNamesPrinted(bytes: Uint8Array, where: string): void {
  const glyphs = glyphsOf(bytes);
  for (const n of NAMES) {
    const ofFace = glyphs.filter((g) => n.face.test(g.font));
    expect(ofFace.length, `${where}: ${n.name} set in ${n.face}`).toBeGreaterThan(0);
    expect(
      ofFace.filter((g) => g.gid === 0),
      `${where}: ${n.name} has no .notdef`,
    ).toEqual([]);
    const setChars = new Set(ofFace.map((g) => g.ch).join(''));
    // every rare character is set in the face (a shaped letter may stand for itself in a ligature)
    for (const ch of n.rare) expect(setChars.has(ch) || ofFace.some((g) => g.ch.includes(ch)), `${where}: ${ch} of ${n.name} in ${n.face}`).toBe(true);
  }
  expect(
    glyphs.filter((g) => g.gid === 0 && g.ch.trim()),
    `${where}: no .notdef anywhere`,
  ).toEqual([]);
  const han = inkOf(bytes, '𠮷鹍堃䶮昇喆ꀉꒉꐚ');
  expect(han.found, where).toBeGreaterThanOrEqual(10);
  expect(han.inked, `${where}: every rare character has strokes inside its box`).toBe(han.found);
}

describe('every name printable in the PDF', () => {
  it('王𠮷, 鹍 堃 䶮 昇 喆, Uyghur, Tibetan, Mongolian and Yi names print with real glyphs of the fallback faces', async () => {
    const pdf = await renderPdf(tree(), new FontSet());
    writeFileSync(join(OUT, 'names.pdf'), pdf);
    expectNamesPrinted(pdf, 'PDF');
  });

  it('digits and Latin keep the body (and title) face; the fallbacks set only what it lacks', async () => {
    const glyphs = glyphsOf(await renderPdf(tree(), new FontSet()));
    const latin = glyphs.filter((g) => /^[0-9A-Za-z]$/.test(g.ch));
    expect(latin.length).toBeGreaterThan(50);
    expect([...new Set(latin.map((g) => g.font.replace(/^[A-Z]{6}\+/, '')))]).toEqual(['FandolFang-Regular']);
    // the ordinary Han of a name line stays in 仿宋; in the title, in the title face
    expect(new Set(glyphs.filter((g) => g.ch === '访').map((g) => g.font.replace(/^[A-Z]{6}\+/, '')))).toEqual(new Set(['FandolFang-Regular']));
    expect(new Set(glyphs.filter((g) => g.ch === '知').map((g) => g.font.replace(/^[A-Z]{6}\+/, '')))).toEqual(new Set(['NotoSerifSC-Bold']));
  });

  it('Uyghur is shaped: joining forms, right to left (not the isolated letters of the cmap)', async () => {
    const fonts = new FontSet();
    const naskh = fonts.fontFor('fang', 0x0645)!;
    const glyphs = glyphsOf(await renderPdf(tree(), fonts)).filter((g) => /NotoNaskhArabic/.test(g.font));
    const nominal = new Set([...'مۇھەممەتتۇرسۇن'].map((c) => naskh.glyphFor(c.codePointAt(0)!)));
    // the subset renumbers glyphs: compare through the characters: a joined word uses several forms of م
    const mForms = new Set(glyphs.filter((g) => g.ch === 'م').map((g) => g.gid));
    expect(mForms.size).toBeGreaterThan(1);
    expect(nominal.size).toBeGreaterThan(0);
    // visual order: the first letter of the name (م) is drawn after (right of) the last (ن)
    const order = glyphs.map((g) => g.ch).join('');
    expect(order.indexOf('ن')).toBeLessThan(order.lastIndexOf('م'));
  });

  it('a PDF and a DOCX are byte-identical from run to run', async () => {
    const a = await renderPdf(tree(), new FontSet());
    const b = await renderPdf(tree(), new FontSet());
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const c = await renderDocx(tree(), { fonts: new FontSet() });
    const d = await renderDocx(tree(), { fonts: new FontSet() });
    expect(Buffer.compare(Buffer.from(c), Buffer.from(d))).toBe(0);
  });
});

describe('forms through the engine', () => {
  const office = testOffice();
  const rec = () => structuredClone(loadCases(office).find((c) => c.name.endsWith('agent-full.yaml'))!.record);

  it('a form naming 王𠮷 renders (it was refused), in PDF and DOCX', async () => {
    const r0 = rec();
    r0.petitioners[0]!.name = '王𠮷';
    const r = await new FormEngine({ office }).render('acceptance_notice', r0, { pdf: true, docx: true });
    const g = glyphsOf(r.pdf!).filter((x) => x.ch === '𠮷');
    expect(g.length).toBeGreaterThan(0);
    expect(g.every((x) => /HanaMinB/.test(x.font) && x.gid !== 0)).toBe(true);
    expect(strFromU8(unzipSync(r.docx!)['word/document.xml']!)).toMatch(/w:eastAsia="HanaMinB"[^>]*\/>[\s\S]*?<w:t xml:space="preserve">𠮷<\/w:t>/);
  });

  it('a character no font has is an error naming it (U+ code and character) and the field', async () => {
    const r0 = rec();
    r0.petitioners[0]!.name = '赵𰀀'; // CJK Ext G: beyond HanaMinB
    let err: unknown;
    try {
      await new FormEngine({ office }).render('acceptance_notice', r0, { pdf: true });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(XfError);
    const v = (err as XfError).violations.find((x) => x.rule === 'FONT')!;
    expect(v.field).toBe('petitioners[0].name');
    expect(v.message).toContain('U+30000');
    expect(v.message).toContain('𰀀');
  });

  it("the office's fallback slot (fonts.fallback) sets what no bundled font has, after the bundled role faces", async () => {
    // an office font holding U+30000: HanaMinB's 𠮷 glyph, its cmap entry moved to U+30000
    const hana = TrueTypeFont.open(join(ROOT, 'fonts', 'HanaMinB.ttf'), 'HanaMinB');
    const bytes = Buffer.from(hana.subset([hana.glyphFor(0x20bb7)], { chars: [0x20bb7], family: 'Office ExtG' }).bytes);
    const from = Buffer.from([0, 2, 0x0b, 0xb7, 0, 2, 0x0b, 0xb7]);
    const at = bytes.indexOf(from);
    expect(at).toBeGreaterThan(0);
    Buffer.from([0, 3, 0, 0, 0, 3, 0, 0]).copy(bytes, at);
    const home = mkdtempSync(join(tmpdir(), 'xf-office-font-'));
    mkdirSync(join(home, 'fonts'));
    writeFileSync(join(home, 'fonts', 'office-extg.ttf'), bytes);
    const withSlot = { ...office, fonts_dir: 'fonts', fonts: { fallback: ['office-extg.ttf'] } };
    const r0 = rec();
    r0.petitioners[0]!.name = '赵𰀀';
    const r = await new FormEngine({ office: withSlot, home }).render('acceptance_notice', r0, { pdf: true });
    const g = glyphsOf(r.pdf!);
    expect(g.filter((x) => x.ch === '𰀀').every((x) => /OfficeExtG/.test(x.font) && x.gid !== 0)).toBe(true);
    expect(g.filter((x) => x.ch === '𰀀').length).toBeGreaterThan(0);
    // the office font comes after the role faces: 赵 and the digits stay in 仿宋
    expect(g.filter((x) => x.ch === '赵').every((x) => /FandolFang/.test(x.font))).toBe(true);
    // a path that names no file is refused, naming the key
    expect(() => new FontSet({ fallback: ['nope.ttf'] }, home)).toThrow(/fonts\.fallback\[0\]/);
  });
});

describe('DOCX carries its fonts', () => {
  it('names the fallback face in the runs, fills the font table and embeds the faces (obfuscated, deobfuscating to the fonts)', async () => {
    const docx = await renderDocx(tree(), { fonts: new FontSet() });
    writeFileSync(join(OUT, 'names.docx'), docx);
    const files = unzipSync(docx);
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc).toMatch(/w:eastAsia="HanaMinB"[^>]*\/>[\s\S]*?>𠮷</);
    expect(doc).toMatch(/w:eastAsia="Noto Serif SC Light"[^>]*\/>[\s\S]*?>鹍/);
    expect(doc).toMatch(/w:cs="Noto Naskh Arabic"[^>]*w:hint="cs"\/>[\s\S]*?<w:rtl\/>/);
    // digits and Latin stay in the body run, in the body face as in the PDF
    // (less the zero-width spaces set for LibreOffice, render/docx.ts forLibreOffice)
    expect(doc.replace(/\u200B/g, '').replace(/<[^>]+>/g, '')).toContain('，编号2026-0001，ID No. 12AB。');
    expect(doc).toMatch(/w:ascii="仿宋_GB2312"[^>]*w:eastAsia="仿宋_GB2312"[^>]*\/>[^<]*(?:<(?!\/w:r>)[^>]*>[^<]*)*?ID No\. 12AB。</);
    const table = strFromU8(files['word/fontTable.xml']!);
    expect(table).toMatch(
      /<w:font w:name="仿宋_GB2312"><w:altName w:val="FandolFang R"\/><w:panose1 w:val="[0-9A-F]{20}"\/><w:charset w:val="86"\/>.*?<w:embedRegular r:id="rId\d+" w:fontKey="\{[0-9A-F-]{36}\}" w:subsetted="1"\/><\/w:font>/,
    );
    for (const f of ['HanaMinB', 'Noto Serif SC Light', 'Noto Naskh Arabic', 'Noto Serif Tibetan', 'Noto Sans Mongolian'])
      expect(table, f).toMatch(new RegExp(`<w:font w:name="${f}">.*?<w:embedRegular `));
    expect(strFromU8(files['word/settings.xml']!)).toContain('<w:embedTrueTypeFonts/><w:saveSubsetFonts/>');
    // each part deobfuscates (the same XOR) to a TrueType font
    const rels = strFromU8(files['word/_rels/fontTable.xml.rels']!);
    for (const m of table.matchAll(/<w:embedRegular r:id="(rId\d+)" w:fontKey="\{([0-9A-F-]+)\}"/g)) {
      const target = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
      const plain = obfuscate(files[`word/${target}`]!, m[2]!);
      expect(Buffer.from(plain.subarray(0, 4)).toString('hex')).toBe('00010000');
      expect(() => new TrueTypeFont(plain, target)).not.toThrow();
    }
    // the subset of 仿宋 answers for the characters the document uses (a real cmap)
    const fang = /<w:font w:name="仿宋_GB2312">.*?r:id="(rId\d+)" w:fontKey="\{([0-9A-F-]+)\}"/.exec(table)!;
    const target = new RegExp(`Id="${fang[1]}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    const sub = new TrueTypeFont(obfuscate(files[`word/${target}`]!, fang[2]!), 'fang');
    for (const ch of '信访人编号2026ID') expect(sub.has(ch.codePointAt(0)!), ch).toBe(true);
    expect(sub.nameString(1)).toBe('FandolFang R');
  });

  it("LibreOffice on a machine without xf's fonts sets the letter in the embedded faces, every name with real glyphs", (ctx) => {
    requireTools(ctx, 'soffice', 'fc-list', 'pdftotext');
    // the machine's own fonts only: none of xf's (else the embedded faces would prove nothing)
    const dir = mkdtempSync(join(tmpdir(), 'xf-fc-bare-'));
    const conf = join(dir, 'fonts.conf');
    writeFileSync(
      conf,
      `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><cachedir>${join(dir, 'cache')}</cachedir></fontconfig>`,
    );
    const env = { ...process.env, FONTCONFIG_FILE: conf };
    const fc = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8', env }).stdout;
    expect(fc).not.toMatch(/FandolFang|HanaMin|Noto Serif SC|Noto Naskh|Noto Serif Tibetan|Noto Sans Mongolian/);
    const docx = join(OUT, 'lo-names.docx');
    const slip = join(OUT, 'lo-slip.docx');
    const office = testOffice();
    const agent = loadCases(office).find((c) => c.name.endsWith('agent-full.yaml'))!.record;
    return Promise.all([renderDocx(tree(), { fonts: new FontSet() }), new FormEngine({ office }).render('proxy_contact_slip', agent, { docx: true })]).then(([bytes, slipForm]) => {
      writeFileSync(docx, bytes);
      writeFileSync(slip, slipForm.docx!);
      // one LibreOffice session per document: a session keeps the first document's embedded faces by name
      for (const f of [docx, slip]) {
        const profile = mkdtempSync(join(tmpdir(), 'xf-lo-profile-'));
        const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', OUT, f], {
          encoding: 'utf8',
          env: { ...env, HOME: profile },
          timeout: 300_000,
        });
        expect(r.status, r.stderr).toBe(0);
      }
      const pdf = readFileSync(join(OUT, 'lo-names.pdf'));
      const fonts = glyphsOf(pdf).map((g) => g.font);
      // the body and title in the embedded 仿宋 and title faces, under the names the runs give
      expect(fonts.some((f) => /FandolFang/.test(f))).toBe(true);
      expect(fonts.some((f) => /NotoSerifSCBold/.test(f))).toBe(true);
      const text = glyphsOf(pdf)
        .map((g) => g.ch)
        .join('');
      for (const t of ['关于王', '同志的告知书', '一、黑体小标题第存根', '编号2026-0001']) expect(text).toContain(t);
      expectNamesPrinted(pdf, 'LibreOffice');
      // the 四联单: 小标宋 title and 黑体 part labels share one face; both print (each entry its own part)
      const slipText = spawnSync('pdftotext', [join(OUT, 'lo-slip.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
      for (const t of ['信访代理事项处理联系单（第一联存根）', '（第二联']) expect(slipText).toContain(t);
    });
  }, 400_000);
});
