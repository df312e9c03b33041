// GB/T 9704 §7.3.5 in the layout engine and the DOCX writer: a signature block never stands on a
// page without text (it takes at least the last two lines along), widow and orphan control, and a
// justified line is not spread letter by letter when an unbreakable number follows.
import { describe, it, expect } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Block, DocumentTree } from '../../src/forms/model.js';
import { FontSet } from '../../src/forms/fonts/fontset.js';
import { composeTree, type TextItem } from '../../src/forms/layout/compose.js';
import { breakLines, toUnits } from '../../src/forms/layout/linebreak.js';
import { keepChains } from '../../src/forms/layout/keep.js';
import { renderDocx } from '../../src/forms/render/docx.js';

const fonts = new FontSet();
const letter = (blocks: Block[]): DocumentTree => ({ layout: 'letter', page_numbers: true, meta: { title: 't', date: '2026-02-14', id: 't' }, blocks });
/** The text of each page, line by line (runs on one baseline joined). */
function pageTexts(tree: DocumentTree): string[][] {
  return composeTree(tree, fonts).map((p) => {
    const rows = new Map<number, string>();
    for (const it of p.items.filter((i): i is TextItem => i.kind === 'text').sort((a, b) => a.y - b.y || a.x - b.x)) rows.set(Math.round(it.y), (rows.get(Math.round(it.y)) ?? '') + it.chars.join(''));
    return [...rows.values()];
  });
}
const para = (n: number, ch = '信'): Block => ({ type: 'paragraph', text: ch.repeat(26 + 28 * (n - 1)) });
const sig: Block = { type: 'signature', org: '某市某区人民政府', date: '2026年2月14日', seal: 42 };

describe('the signature keeps two lines of text with it (PDF)', () => {
  it('a page full of text: the last two lines move to the signature’s page', () => {
    // 22 lines fill the type area: the signature (2 blank lines + organ + date) cannot follow
    const pages = pageTexts(letter([para(20, '甲'), para(2, '乙'), sig]));
    expect(pages).toHaveLength(2);
    const p2 = pages[1]!.filter((l) => !/^— \d+ —$/.test(l));
    expect(p2.slice(0, 2).every((l) => l.startsWith('乙'))).toBe(true);
    expect(p2).toContain('某市某区人民政府');
  });

  it('a one-line paragraph before the signature takes the line before it too', () => {
    const pages = pageTexts(letter([para(20, '甲'), { type: 'paragraph', text: '特此告知。' }, sig]));
    const p2 = pages[1]!.filter((l) => !/^— \d+ —$/.test(l));
    // widow control: the paragraph before gives two lines, not one
    expect(p2.slice(0, 2).every((l) => l.startsWith('甲'))).toBe(true);
    expect(p2[2]).toBe('特此告知。');
  });

  it('signers after a table take its last row along', () => {
    const rows = Array.from({ length: 24 }, (_, i) => ({ cells: [{ text: `第${i + 1}行` }, { text: '内容' }] }));
    const tree: DocumentTree = {
      layout: 'form',
      meta: { title: 't', date: '2026-02-14', id: 't' },
      blocks: [
        { type: 'table', columns: [40, 116], rows, size: 14 },
        { type: 'signers', items: [{ label: '记录人：' }, { label: '负责人：' }] },
      ],
    };
    const pages = pageTexts(tree);
    const last = pages[pages.length - 1]!;
    expect(last.some((l) => /^第\d+行内容$/.test(l))).toBe(true);
    expect(last.some((l) => l.includes('记录人：'))).toBe(true);
  });

  it('the chain is one decision for both renderers: spacers, the text before, and the line before a one-line paragraph', () => {
    const k = keepChains([para(3), { type: 'paragraph', text: '特此告知。' }, { type: 'spacer' }, sig]);
    expect([...k.withNext].sort()).toEqual([0, 1, 2]);
    expect(k.chainStart.get(3)).toBe(0);
  });
});

describe('widow and orphan control (PDF, as the DOCX asks of Word and LibreOffice)', () => {
  it('a paragraph split by the page leaves two lines on each side', () => {
    // 21 lines, then a 3-line paragraph: 1 line would fit, the whole paragraph goes over
    const pages = pageTexts(letter([para(21, '甲'), para(3, '乙')]));
    expect(pages[0]!.some((l) => l.startsWith('乙'))).toBe(false);
    // 19 lines, then a 4-line paragraph: 3 would fit, 2 stay and 2 go (no widow)
    const p2 = pageTexts(letter([para(19, '甲'), para(4, '乙')]));
    expect(p2[0]!.filter((l) => l.startsWith('乙'))).toHaveLength(2);
  });
});

describe('justified lines and unbreakable runs', () => {
  it('a telephone number breaks after its hyphen, and no line is spread past a quarter character', () => {
    const text = '延期期间，你可以向承办人刘晓静（联系电话：0531-86001237）了解办理进展。';
    const pages = composeTree(letter([{ type: 'paragraph', text }]), fonts);
    const items = pages[0]!.items.filter((i): i is TextItem => i.kind === 'text' && i.size === 16);
    for (const it of items) expect(it.tc).toBeLessThan(0.25 * 16);
    const lines = pageTexts(letter([{ type: 'paragraph', text }]))[0]!;
    expect(lines[0]!.endsWith('0531-')).toBe(true);
  });

  it('a number longer than the line is broken where the line ends', () => {
    const units = toUnits(['1'.repeat(80)], () => 8);
    const lines = breakLines(units, () => 400);
    expect(lines.length).toBe(2);
    expect(lines[0]!.width).toBeLessThanOrEqual(400);
  });
});

describe('the DOCX follows the same decisions', () => {
  it('keep-with-next on the chain, widow control, 3号 at 0.25 pt tight on the 22-line grid, the title off the grid', async () => {
    const docx = await renderDocx(letter([{ type: 'heading', text: '标题' }, para(3), { type: 'paragraph', text: '特此告知。' }, sig]));
    const files = unzipSync(docx);
    const xml = strFromU8(files['word/document.xml']!);
    const styles = strFromU8(files['word/styles.xml']!);
    const paras = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const byText = (t: string) => paras.find((p) => p.replace(/<[^>]+>/g, '').startsWith(t))!;
    expect(byText('信信')).toContain('<w:keepNext/>');
    expect(byText('特此告知')).toContain('<w:keepNext/>');
    expect(byText('某市某区人民政府')).toContain('<w:keepNext/>');
    expect(byText('标题')).toContain('<w:pStyle w:val="XfOffGrid"/>');
    expect(byText('信信')).toContain('<w:spacing w:val="-5"/>');
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:widowControl\/>/);
    expect(styles).toContain('w:styleId="XfOffGrid"');
    expect(xml).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
  });

  it('the e-seal floats over organ and date instead of taking lines of its own', async () => {
    const png = (await import('../../src/forms/qr.js')).qrPng('seal');
    const docx = await renderDocx(letter([para(2), { ...sig, seal_png: Buffer.from(png).toString('base64') } as Block]));
    const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(xml).toContain('<wp:anchor');
    expect(xml).not.toContain('<wp:inline');
  });
});
