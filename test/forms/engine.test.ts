// The document engine's own rules: determinism, validation before rendering, fonts, the 四联单.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { FormEngine } from '../../src/forms/engine.js';
import { XfError } from '../../src/domain/errors.js';
import { setLang } from '../../src/domain/i18n.js';
import { BUNDLED_TEMPLATES_DIR } from '../../src/forms/templates.js';
import { FontSet } from '../../src/forms/fonts/fontset.js';
import { breakLines, toUnits, NO_START, NO_END } from '../../src/forms/layout/linebreak.js';
import { lintTemplateDir } from '../../src/forms/lint.js';
import type { CaseRecord } from '../../src/domain/case.js';
import { inspectPdf, loadCases, squash, testOffice } from './helpers.js';

const office = testOffice();
const engine = new FormEngine({ office });
const cases = loadCases(office);
const byName = (n: string) => structuredClone(cases.find((c) => c.name.endsWith(n))!.record);
const agentCase = () => byName('agent-full.yaml');

async function errorsOf(p: Promise<unknown>): Promise<XfError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof XfError) return e;
    throw e;
  }
  throw new Error('expected a validation error');
}

describe('determinism', () => {
  it('same case and template give byte-identical PDF and DOCX, with dates from the case', async () => {
    const rec = agentCase();
    for (const form of ['handling_opinion', 'proxy_contact_slip', 'hearing_minutes']) {
      const a = await engine.render(form, rec, { pdf: true, docx: true, qr: true });
      const b = await new FormEngine({ office }).render(form, structuredClone(rec), { pdf: true, docx: true, qr: true });
      expect(Buffer.compare(Buffer.from(a.pdf!), Buffer.from(b.pdf!))).toBe(0);
      expect(Buffer.compare(Buffer.from(a.docx!), Buffer.from(b.docx!))).toBe(0);
      const pdfText = Buffer.from(a.pdf!).toString('latin1');
      expect(pdfText).toMatch(new RegExp(`/CreationDate \\(D:${a.tree.meta.date.replace(/-/g, '')}`));
      expect(pdfText).not.toMatch(/\/ID \[/);
    }
  });
});

describe('per-process caches do not change a file', () => {
  it('a PDF has the same bytes before and after other documents, with fonts and pages cached or evicted', async () => {
    const rec = agentCase();
    const first = await engine.render('handling_opinion', rec, { pdf: true, qr: true });
    // 60 documents with other glyph sets: more than a font's cache of embedded glyph sets holds
    const names = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石';
    for (let i = 0; i < 60; i++) {
      const other = agentCase();
      other.petitioners[0]!.name = `${names[i]}${names[(i * 7 + 3) % names.length]}${names[(i * 13 + 5) % names.length]}`;
      await engine.render('handling_opinion', other, { pdf: true });
    }
    const again = await engine.render('handling_opinion', structuredClone(rec), { pdf: true, qr: true });
    expect(Buffer.compare(Buffer.from(first.pdf!), Buffer.from(again.pdf!))).toBe(0);
  });
});

describe('validation before rendering', () => {
  it('reports every missing field at once, with its Chinese label, and renders nothing', async () => {
    const rec = agentCase();
    const ho = rec.progress.handling_opinion!;
    (ho as { findings?: string }).findings = '';
    (ho as { doc_no?: string }).doc_no = undefined;
    rec.handler!.handler_phone = undefined;
    const e = await errorsOf(engine.render('handling_opinion', rec, { pdf: true }));
    const fields = e.violations.map((v) => v.field);
    expect(fields).toContain('progress.handling_opinion.findings');
    expect(fields).toContain('progress.handling_opinion.doc_no');
    expect(e.violations.find((v) => v.field === 'progress.handling_opinion.findings')!.label).toBe('调查核实情况');
  });

  it('refuses an opinion without the remedy clause (V-DOC-3)', async () => {
    const rec = agentCase();
    rec.progress.handling_opinion!.remedy_text = '如有异议，请与本机关联系。';
    const e = await errorsOf(engine.render('handling_opinion', rec, { pdf: true }));
    expect(e.violations.map((v) => v.rule)).toContain('V-DOC-3');
  });

  it('refuses a review opinion whose remedy clause lacks 30日 (V-DOC-3)', async () => {
    const rec = agentCase();
    rec.progress.review!.remedy_text = '如不服，可以向某省人民政府信访局申请复核。';
    const e = await errorsOf(engine.render('review_opinion', rec, { pdf: true }));
    expect(e.violations.map((v) => v.rule)).toContain('V-DOC-3');
  });

  it("names the review or re-review body's placeholder setting in xf.config.json the remedy clause would print (V-DOC-3)", () => {
    const unset = new FormEngine({ office: { ...office, review_org_address: '（待填写）', rereview_org_name: '（待填写）', rereview_org_address: '' } });
    const rec = agentCase();
    const ho = rec.progress.handling_opinion!,
      rv = rec.progress.review!;
    delete ho.review_org_address;
    delete rv.next_org_name;
    delete rv.next_org_address;
    const placeholders = (id: string) =>
      unset
        .prepare(id, rec)
        .violations.filter((v) => v.rule === 'V-DOC-3' && v.field.startsWith('xf.config.json:'))
        .map((v) => [v.field, v.found, v.message]);
    expect(placeholders('handling_opinion')).toEqual([
      ['xf.config.json:review_org_address', '（待填写）', '救济告知中的复查机关地址尚未设置（现为占位内容），请在 xf.config.json 中填写 review_org_address，或在本案详情中写明'],
    ]);
    expect(placeholders('review_opinion')).toEqual([
      ['xf.config.json:rereview_org_name', '（待填写）', '救济告知中的复核机关名称尚未设置（现为占位内容），请在 xf.config.json 中填写 rereview_org_name，或在本案详情中写明'],
      ['xf.config.json:rereview_org_address', undefined, '救济告知中的复核机关地址尚未设置（现为占位内容），请在 xf.config.json 中填写 rereview_org_address，或在本案详情中写明'],
    ]);
    setLang('en');
    try {
      expect(placeholders('review_opinion').map((x) => x[2])).toEqual([
        "the remedy clause's re-review body is not set (a placeholder): fill rereview_org_name in xf.config.json, or give it in the case details",
        "the remedy clause's re-review body's address is not set (a placeholder): fill rereview_org_address in xf.config.json, or give it in the case details",
      ]);
    } finally {
      setLang('zh');
    }
  });

  it('refuses a re-review opinion whose template lost the finality clause (V-DOC-5)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xf-tpl-'));
    cpSync(join(BUNDLED_TEMPLATES_DIR, 'rereview_opinion'), join(dir, 'rereview_opinion'), { recursive: true });
    const f = join(dir, 'rereview_opinion', 'form.yaml.hbs');
    writeFileSync(f, readFileSync(f, 'utf8').replace(/各级党委和政府信访部门和其他机关、单位不再受理。/, '可以再次反映。'));
    const own = new FormEngine({ office, templatesDir: dir });
    const e = await errorsOf(own.render('rereview_opinion', agentCase(), { pdf: true }));
    expect(e.violations.map((v) => v.rule)).toContain('V-DOC-5');
  });

  it('checks the 文号 pattern (V-DOC-7) and one outcome per request (V-DOC-4)', async () => {
    const rec = agentCase();
    rec.progress.handling_opinion!.doc_no = '某信复字[2026]第021号';
    rec.progress.handling_opinion!.outcomes = rec.progress.handling_opinion!.outcomes.slice(0, 1);
    const e = await errorsOf(engine.render('handling_opinion', rec, { pdf: true }));
    const rules = e.violations.map((v) => v.rule);
    expect(rules).toContain('V-DOC-7');
    expect(rules).toContain('V-DOC-4');
  });

  it('checks the hearing chair is not an investigator and a recorder is set (V-HEAR-1)', async () => {
    const rec = agentCase();
    const h = rec.progress.hearings![0]!;
    h.chair = '周强';
    h.recorder = undefined;
    const e = await errorsOf(engine.render('hearing_minutes', rec, { pdf: true }));
    expect(e.violations.filter((v) => v.rule === 'V-HEAR-1').map((v) => v.field)).toEqual(expect.arrayContaining(['case.progress.hearings[0].chair', 'case.progress.hearings[0].recorder']));
  });

  it('says which stage a form needs when the case has not reached it', async () => {
    const e = await errorsOf(engine.render('rereview_opinion', byName('01-letter-answered.yaml'), { pdf: true }));
    expect(e.violations[0]!.rule).toBe('STAGE');
  });
});

describe('fonts', () => {
  it('sets a character the body font lacks in the next font (鹍 in Noto Serif SC)', async () => {
    const r = await engine.render('acceptance_notice', agentCase(), { pdf: true });
    const rep = inspectPdf(r.pdf!);
    expect(squash(rep.text)).toContain('赵鹍：');
    expect(rep.fonts.some((f) => /NotoSerifSC/.test(f))).toBe(true);
    expect(rep.fonts.some((f) => /FandolFang/.test(f))).toBe(true);
    expect(rep.blankLines).toEqual([]);
  });

  it('a character no configured font has is an error naming the character and the field', async () => {
    const rec = agentCase();
    rec.petitioners[0]!.name = '赵𰀀'; // CJK Ext G: in no bundled font (HanaMinB stops at Ext F)
    const e = await errorsOf(engine.render('acceptance_notice', rec, { pdf: true }));
    const v = e.violations.find((x) => x.rule === 'FONT')!;
    expect(v.found).toBe('𰀀');
    expect(v.field).toBe('petitioners[0].name');
    expect(v.message).toContain('U+30000');
  });

  it('embeds subsets: a letter is tens of KB, not MB', async () => {
    const r = await engine.render('handling_opinion', agentCase(), { pdf: true });
    expect(r.pdf!.length).toBeLessThan(150_000);
  });

  it('the subsetter keeps glyph outlines intact (ink matches the full-font rendering)', () => {
    const fonts = new FontSet();
    const f = fonts.chain('fang')[0]!;
    const gids = [...'信访事项处理意见书'].map((c) => f.glyphFor(c.codePointAt(0)!));
    const sub = f.subset(gids);
    expect(sub.newGid.size).toBe(new Set([0, ...gids]).size);
    expect(sub.bytes.length).toBeLessThan(20_000);
  });
});

describe('font streams from cached glyph segments', () => {
  it('inflate to exactly the subset font, for overlapping glyph sets', async () => {
    const { deflateSubset } = await import('../../src/forms/fonts/deflate-subset.js');
    const { inflateSync } = await import('node:zlib');
    const f = new FontSet().chain('fang')[0]!;
    for (const text of ['信访事项处理意见书', '本机关已于受理信访事项', '（一）复查申请书、本意见书']) {
      const sub = f.subset([...text].map((c) => f.glyphFor(c.codePointAt(0)!)));
      expect(Buffer.compare(inflateSync(deflateSubset(f, sub)), Buffer.from(sub.bytes))).toBe(0);
    }
  });
});

describe('避头尾 line breaking', () => {
  const measure = () => 16;
  it('no line starts with closing punctuation or ends with opening punctuation', () => {
    const alphabet = [...'信访事项处理意见书本机关受理', ...'。，、；：？！）》」』', ...'（《「『', 'abc', '2026'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 120 }), fc.integer({ min: 4, max: 28 }), (parts, chars) => {
        const lines = breakLines(toUnits([parts.join('')], measure), () => chars * 16);
        const flat = lines.map((l) => l.units.map((u) => u.text).join(''));
        expect(flat.join('')).toBe(parts.join('').replace(/ /g, ''));
        const cp = (u: { text: string }) => u.text.codePointAt(0)!;
        for (const [i, l] of lines.entries()) {
          // closing punctuation never starts a line: it is pulled back or hangs in the margin
          if (i > 0) expect(NO_START.has(cp(l.units[0]!))).toBe(false);
          // opening punctuation ends a line only when the line holds nothing else to carry over
          if (i < lines.length - 1 && NO_END.has(cp(l.units[l.units.length - 1]!))) expect(l.units.every((u) => NO_END.has(cp(u)))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps Latin words and numbers whole when they fit on a line', () => {
    const lines = breakLines(toUnits(['共计12,500元，编号ABC-123'], measure), () => 8 * 16);
    for (const l of lines) expect(l.units.every((u) => u.text === '12,500' || u.text === 'ABC-123' || [...u.text].length === 1)).toBe(true);
    expect(lines.flatMap((l) => l.units.map((u) => u.text))).toContain('12,500');
  });
  it('breaks a number longer than a whole line where the line ends (on a line of its own)', () => {
    const lines = breakLines(toUnits(['共计1234567890元'], measure), () => 5 * 16);
    expect(lines.map((l) => l.units.map((u) => u.text).join(''))).toEqual(['共计', '12345', '67890', '元']);
  });
});

describe('四联单', () => {
  it('one serial on all four parts, two parts per sheet, the serial straddling each cut line', async () => {
    const rec = agentCase();
    const r = await engine.render('proxy_contact_slip', rec, { pdf: true });
    const rep = inspectPdf(r.pdf!);
    expect(rep.pages).toBe(2);
    const serials = squash(rep.text).split('XX-LXD-2026-000123').length - 1;
    expect(serials).toBe(4 + 2); // № on each part + 骑缝号 on each cut
    for (const label of ['第一联存根', '第二联信访代理员联', '第三联信访人联', '第四联信访部门联']) expect(squash(rep.text)).toContain(label);
  });

  it('confidential case: the address is printed on parts 1 and 3 only', async () => {
    const rec = agentCase();
    const r = await engine.render('proxy_contact_slip', rec, { pdf: true });
    const text = squash(inspectPdf(r.pdf!).text);
    expect(text.split('某区东湖街道东湖村五组18号').length - 1).toBe(2);
    expect(text.split('本联不载住址').length - 1).toBe(2);
    const open: CaseRecord = { ...rec, confidential: false };
    const text2 = squash(inspectPdf((await engine.render('proxy_contact_slip', open, { pdf: true })).pdf!).text);
    expect(text2.split('某区东湖街道东湖村五组18号').length - 1).toBe(4);
  });

  it('a voided set keeps all four parts, each marked 作废', async () => {
    const r = await engine.render('proxy_contact_slip', agentCase(), { pdf: true, void: true });
    const text = squash(inspectPdf(r.pdf!).text);
    expect(text.split('作废').length - 1).toBeGreaterThanOrEqual(4);
    expect(text.split('XX-LXD-2026-000123').length - 1).toBe(6);
  });

  it('without a serial from the register the slip is refused (V-SLIP-1)', async () => {
    const rec = agentCase();
    delete rec.slip_no;
    delete rec.contact_slip!.slip_no;
    const e = await errorsOf(engine.render('proxy_contact_slip', rec, { pdf: true }));
    expect(e.violations.map((v) => v.rule)).toContain('V-SLIP-1');
  });
});

describe('template lint', () => {
  it('each bundled form has its precompiled template (written by npm run build), made from the current source', async () => {
    const { precompileTemplate, listFormIds: ids, PRECOMPILED_FILE } = await import('../../src/forms/templates.js');
    for (const id of ids()) {
      const dir = join(BUNDLED_TEMPLATES_DIR, id);
      expect(readFileSync(join(dir, PRECOMPILED_FILE), 'utf8'), `${id}: run npm run build (xf templates precompile)`).toBe(precompileTemplate(dir));
    }
  });

  it('the bundled templates are clean, the archive finding aids included', async () => {
    const { listFormIds: ids } = await import('../../src/forms/templates.js');
    for (const id of ids()) expect(lintTemplateDir(join(BUNDLED_TEMPLATES_DIR, id)), id).toEqual([]);
    const aids = join(BUNDLED_TEMPLATES_DIR, 'archive');
    for (const id of readdirSync(aids)) expect(lintTemplateDir(join(aids, id), { caseView: false }), id).toEqual([]);
  });

  it('flags a field that a helper of the same name would shadow', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xf-tpl-'));
    cpSync(join(BUNDLED_TEMPLATES_DIR, 'archive', 'archive_index'), join(dir, 'archive_index'), { recursive: true });
    const f = join(dir, 'archive_index', 'form.yaml.hbs');
    writeFileSync(f, readFileSync(f, 'utf8').replace('{{./year}}', '{{year}}'));
    expect(lintTemplateDir(join(dir, 'archive_index'), { caseView: false }).map((x) => x.found)).toEqual(['year']);
  });

  it('reports unknown fields in the template and the field list', () => {
    const dir = mkdtempSync(join(tmpdir(), 'xf-tpl-'));
    cpSync(join(BUNDLED_TEMPLATES_DIR, 'acceptance_notice'), join(dir, 'acceptance_notice'), { recursive: true });
    const f = join(dir, 'acceptance_notice', 'form.yaml.hbs');
    writeFileSync(f, readFileSync(f, 'utf8').replace('{{case.handler.handler_name}}', '{{case.handler.handler_nmae}}'));
    const fl = join(dir, 'acceptance_notice', 'fields.yaml');
    writeFileSync(fl, readFileSync(fl, 'utf8').replace('case.channel', 'case.chanel'));
    const v = lintTemplateDir(join(dir, 'acceptance_notice'));
    expect(v.map((x) => x.found)).toEqual(expect.arrayContaining(['case.handler.handler_nmae', 'case.chanel']));
  });
});

describe('document tree checks', () => {
  it('refuse an unknown orientation and head rows beyond the table, naming the field', async () => {
    const { parseTree } = await import('../../src/forms/tree.js');
    const tree = (extra: string, head: number) =>
      `layout: form\n${extra}meta: { id: x, title: t, date: "2026-01-01" }\nblocks:\n  - type: table\n    columns: [20, 20]\n    header_rows: ${head}\n    rows:\n      - cells: [{ text: a }, { text: b }]\n`;
    expect(parseTree(tree('orientation: landscape\n', 1)).violations).toEqual([]);
    expect(parseTree(tree('', 1)).violations).toEqual([]);
    expect(parseTree(tree('orientation: sideways\n', 1)).violations.map((v) => v.field)).toEqual(['orientation']);
    expect(parseTree(tree('', 2)).violations.map((v) => v.field)).toEqual(['blocks[0].header_rows']);
    expect(parseTree(tree('', -1)).violations.map((v) => v.field)).toEqual(['blocks[0].header_rows']);
  });
});
