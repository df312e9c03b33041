// What the DOCX does so LibreOffice sets it as xf's PDF (issue 14), checked without LibreOffice:
// the zero-width spaces against its CJK–Latin autospace and ICU breaks, w:overflowPunct on every
// text paragraph, the 四联单's parts at the PDF's shrink factor, and no keep-with-next on a block
// the PDF splits over a page end by itself. page-parity.test.ts checks the outcome in LibreOffice.
import { describe, it, expect } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { FormEngine } from '../../src/forms/engine.js';
import { forLibreOffice } from '../../src/forms/render/docx.js';
import { layoutFacts } from '../../src/forms/layout/compose.js';
import { FontSet } from '../../src/forms/fonts/fontset.js';
import { keepChains } from '../../src/forms/layout/keep.js';
import { loadCases, testOffice } from './helpers.js';

const office = testOffice();
const engine = new FormEngine({ office });
const cases = loadCases(office);
const Z = '\u200B';
const byCase = (no: string) => cases.find((c) => c.record.case_no === no)!.record;

describe('forLibreOffice', () => {
  it('separates Chinese from Latin letters and digits, both ways', () => {
    expect(forLibreOffice('2026年4月16日')).toBe(`2026${Z}年${Z}4${Z}月${Z}16${Z}日`);
    expect(forLibreOffice('第A号')).toBe(`第${Z}A${Z}号`);
  });
  it('gives a break between closing punctuation and a number, and a number and opening punctuation', () => {
    expect(forLibreOffice('〔2026〕9号')).toBe(`〔2026〕${Z}9${Z}号`);
    expect(forLibreOffice('完成。2026')).toBe(`完成。${Z}2026`);
    expect(forLibreOffice('第9（')).toBe(`第${Z}9${Z}（`);
  });
  it('leaves numbers, Latin words and CJK-only text alone', () => {
    for (const s of ['3.5', 'FC-WTD-2026-000007', '0531-88512306', '信访事项复查意见书', '（一）公开', '¥100', '一、二']) expect(forLibreOffice(s)).toBe(s);
  });
});

describe('the DOCX follows the PDF’s layout', () => {
  it('sets each 四联单 part’s tables at the PDF’s shrink factor', async () => {
    const record = byCase('2026-0003');
    const r = await engine.render('proxy_contact_slip', record, { pdf: true, docx: true });
    const { partScales } = layoutFacts(r.tree, new FontSet());
    expect(partScales.length).toBe(4);
    expect(partScales.every((s) => s < 1)).toBe(true);
    const xml = strFromU8(unzipSync(r.docx!)['word/document.xml']!);
    // the table text's half-points: 10.5 pt × the factor, rounded as w:sz must be
    const sz = Math.round(10.5 * partScales[0]! * 2);
    expect(sz).toBeLessThan(21);
    expect(xml).toContain(`<w:sz w:val="${sz}"/>`);
  });

  it('does not keep with the next a chain paragraph the PDF splits over the page end', async () => {
    // 复查意见书 of 2026-0107: the 如对…不服 paragraph runs from page 1 onto the signature's page
    const r = await engine.render('review_opinion', byCase('2026-0107'), { pdf: true, docx: true });
    const { naturalSplits } = layoutFacts(r.tree, new FontSet());
    const kept = keepChains(r.tree.blocks).withNext;
    const split = [...naturalSplits].filter((b) => kept.has(b));
    expect(split.length).toBe(1);
    const text = (r.tree.blocks[split[0]!] as { text: string }).text;
    const xml = strFromU8(unzipSync(r.docx!)['word/document.xml']!);
    const para = xml.split('<w:p>').find((p) => p.includes(forLibreOffice(text.slice(0, 8))))!;
    expect(para).toBeDefined();
    expect(para).not.toContain('<w:keepNext/>');
  });

  it('puts w:overflowPunct on text paragraphs, in CT_PPrBase order', async () => {
    // 听证笔录: signers on tab stops
    const r = await engine.render('hearing_minutes', byCase('2026-0107'), { docx: true });
    const xml = strFromU8(unzipSync(r.docx!)['word/document.xml']!);
    expect(xml).toContain('<w:overflowPunct/>');
    // tabs come before overflowPunct in the schema's sequence
    expect(xml).toContain('<w:tabs>');
    expect(xml).not.toMatch(/<w:overflowPunct\/>(?:<(?!\/w:pPr)[^>]+>)*?<w:tabs>/);
  });
});
