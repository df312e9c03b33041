// xf archive year in file mode (GB/T 9705: 案卷封面, 卷内文件目录 with 页号, 卷内备考表, continuous page
// numbers), chronological order, on every terminated sample.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { join } from 'node:path';
import { validateDossier } from '../../src/bagit/dossier-schema.js';
import { FILE_CODE_RE } from '../../src/archive/codes.js';
import type { Home } from '../helpers/home.js';
import { bagInfo, bags, BUNDLE, inkIn, pdfPages, pdfText, readDossier, samplesHome, TERMINATED_2026, xlsxText } from './helpers.js';

let home: Home;
let bundle: string;

const MM = 72 / 25.4;
/** Where the volume page number is drawn: bottom right, 20 mm from the right edge, 8–18 mm from the bottom. */
const NUMBER_BOX = { x0: 595.28 - 46 * MM, y0: 841.89 - 19 * MM, x1: 595.28 - 19 * MM, y1: 841.89 - 7 * MM };

beforeAll(() => {
  home = samplesHome();
  bundle = join(home.dir, 'archive', BUNDLE);
  const r = home.run(['archive', 'year', '2026', '--mode', 'file', '--order', 'chronological', '--json']);
  expect(r.code, r.stderr + r.stdout).toBe(0);
}, 600_000);

afterAll(() => home?.cleanup());

describe('file mode (立卷): every terminated sample of 2026', () => {
  it('makes one 案卷 per case, 档号 全宗号-目录号-案卷号 with 案卷号 continuous', () => {
    const list = bags(bundle);
    expect(list).toHaveLength(TERMINATED_2026.length);
    const cases = list.map((b) => bagInfo(join(bundle, b))['Internal-Sender-Identifier']).sort();
    expect(cases).toEqual(TERMINATED_2026);
    list.forEach((b, i) => {
      expect(b).toMatch(FILE_CODE_RE);
      const d = readDossier(join(bundle, b));
      expect(validateDossier(d)).toEqual([]);
      expect(d.archive).toMatchObject({ mode: 'file', archival_code: b, catalogue_no: '2026', file_no: String(i + 1).padStart(4, '0') });
    });
  });

  it('numbers the pages of each volume 1..n across its documents (页号 in the 卷内文件目录), not the cover, list or 备考表', () => {
    for (const b of bags(bundle)) {
      const bag = join(bundle, b);
      const d = readDossier(bag);
      let next = 1;
      for (const it of d.items) {
        if (!it.pages) continue;
        expect(it.page_ref).toBe(it.pages === 1 ? String(next) : `${next}-${next + it.pages - 1}`);
        const filed = join(bag, 'data', it.files.find((f) => f.role === 'filed')!.path);
        expect(pdfPages(filed)).toBe(it.pages);
        for (let p = 0; p < it.pages; p++) expect(inkIn(filed, p, NUMBER_BOX), `${b} ${it.title} p${p + 1}`).toBeGreaterThan(10);
        next += it.pages;
      }
      expect(next - 1).toBe(d.archive.page_count);
      for (const aid of ['cover.pdf', 'file-index.pdf', 'backnote.pdf']) expect(inkIn(join(bag, 'data', 'index', aid), 0, NUMBER_BOX), aid).toBe(0);
    }
  });

  it('has the cover, 卷内文件目录 (PDF and XLSX with 页号) and 卷内备考表', () => {
    const bag = join(bundle, bags(bundle)[5]!);
    const d = readDossier(bag);
    const cover = pdfText(join(bag, 'data', 'index', 'cover.pdf'));
    for (const s of ['全宗号', '目录号', '案卷号', '案卷题名', d.case.title.slice(0, 8), '保管期限', `本卷共 ${d.items.length} 件 ${d.archive.page_count} 页`]) expect(cover).toContain(s);
    expect(pdfText(join(bag, 'data', 'index', 'file-index.pdf'))).toContain('卷内文件目录');
    const xl = xlsxText(join(bag, 'data', 'index', 'file-index.xlsx'));
    expect(xl).toContain('页号');
    expect(xl).toContain(d.items[d.items.length - 1]!.page_ref!);
    expect(pdfText(join(bag, 'data', 'index', 'backnote.pdf'))).toContain('卷内备考表');
    expect(d.finding_aids.map((f) => f.role).sort()).toEqual(['backnote', 'cover', 'index', 'index']);
  });

  it('orders documents chronologically when asked', () => {
    for (const b of bags(bundle)) {
      const dates = readDossier(join(bundle, b)).items.map((i) => (i as unknown as { date: string }).date);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it("marks the confidential case on its cover and in the year's 案卷目录, and verifies", () => {
    const bag = bags(bundle)
      .map((b) => join(bundle, b))
      .find((b) => bagInfo(b)['Internal-Sender-Identifier'] === '2026-0008')!;
    expect(pdfText(join(bag, 'data', 'index', 'cover.pdf'))).toContain('保密卷');
    expect(pdfText(join(bag, 'data', 'index', 'cover.pdf'))).not.toContain('林晓燕');
    const year = xlsxText(join(bundle, 'index', `${BUNDLE}-案卷目录.xlsx`));
    expect(year).toContain('保密');
    expect(year).not.toContain('林晓燕');
    const v = home.run(['verify', bundle]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  });
});
