// xf archive year in item mode (DA/T 22) on every terminated sample: what is filed, the schema, the
// 档号, the 归档章 (rendered and looked at), BagIt validity by three readers, confidentiality,
// idempotence, and the lock on archived cases.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { validateDossier } from '../../src/bagit/dossier-schema.js';
import { stampTargetBox } from '../../src/archive/overlay.js';
import { ITEM_CODE_RE } from '../../src/archive/codes.js';
import type { Home } from '../helpers/home.js';
import { bagitPy, requireTools } from '../helpers/tools.js';
import { archiveEvents, bagInfo, bags, BUNDLE, inkIn, LETTERS, pdfText, readDossier, SAMPLES, samplesHome, TERMINATED_2026, xlsxText } from './helpers.js';

const SPEC_RE = /^[A-Z0-9]{4}-[A-Z]{2}(?:·[A-Z0-9]{2})?·\d{4}-(?:Y|D30|D10)(?:-[A-Z0-9]{3})?-\d{4}$/;
/** Where the rendered stamp page is left for a person to look at. */
const OUT = process.env.XF_TEST_OUT ?? join(tmpdir(), 'xf-archive-test-out');

let home: Home;
let root: string;
let bundle: string;
const byCase = new Map<string, string>();

beforeAll(() => {
  home = samplesHome();
  root = join(home.dir, 'archive');
  bundle = join(root, BUNDLE);
  for (const year of ['2026', '2025']) {
    const r = home.run(['archive', 'year', year, '--json']);
    expect(r.code, r.stderr + r.stdout).toBe(0);
  }
  for (const b of bags(bundle)) byCase.set(bagInfo(join(bundle, b))['Internal-Sender-Identifier']!, join(bundle, b));
}, 600_000);

afterAll(() => home?.cleanup());

describe('item mode: every terminated sample of 2026', () => {
  it('is filed once and complete; the letters carry their scanned letter and envelope', () => {
    expect([...byCase.keys()].sort()).toEqual(TERMINATED_2026);
    for (const [caseNo, bag] of byCase) {
      const d = readDossier(bag);
      expect(d.case.case_no).toBe(caseNo);
      expect(d.archive.complete, caseNo).toBe(true);
      expect(d.archive.incomplete_reason).toBeUndefined();
      if (LETTERS.includes(caseNo)) {
        const scans = d.items.filter((i) => i.files.some((f) => f.role === 'original'));
        expect(
          scans.map((i) => i.title),
          caseNo,
        ).toEqual(expect.arrayContaining(['来信原件', '信封']));
      }
    }
    // 2025-0047: the mediation agreement, a two-page TIFF, is filed as two pages
    const y2025 = bags(join(root, 'X001-WS·2025'));
    expect(y2025).toHaveLength(1);
    const d2025 = readDossier(join(root, 'X001-WS·2025', y2025[0]!));
    expect(d2025.archive.complete).toBe(true);
    expect(d2025.items.find((i) => i.title === '人民调解协议书')?.pages).toBe(2);
  });

  it('files a photo taken sideways upright (EXIF orientation applied), the original kept byte for byte', async () => {
    const d = readDossier(byCase.get('2026-0005')!);
    const photo = d.items.find((i) => i.title.includes('现场照片'))!;
    const bag = byCase.get('2026-0005')!;
    const image = photo.files.find((f) => f.role === 'normalised')!;
    const meta = await sharp(join(bag, 'data', image.path)).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([1200, 900, 1]);
    const original = photo.files.find((f) => f.role === 'original')!;
    expect(readFileSync(join(bag, 'data', original.path)).equals(readFileSync(join(SAMPLES, 'attachments', '2026-0005', 'site-photo.jpg')))).toBe(true);
    // identification (issue 14): the archival JPEG carries the JFIF 1.01 header it is declared as
    // (fmt/43), with the resolution the photo declared; the original is named as fido names it
    const jpeg = readFileSync(join(bag, 'data', image.path));
    expect(jpeg.subarray(0, 13).toString('latin1')).toBe('\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01');
    const fmt = (f: object) => (f as { format: unknown }).format;
    expect(fmt(image)).toEqual({ media_type: 'image/jpeg', puid: 'fmt/43', version: '1.01' });
    expect((image as unknown as { image: unknown }).image).toEqual({ width: 1200, height: 900, ppi: 72 });
    expect(fmt(original)).toEqual({ media_type: 'image/jpeg', puid: 'x-fmt/390', version: '2.1' });
    const filed = photo.files.find((f) => f.role === 'filed')!;
    expect(fmt(filed)).toEqual({ media_type: 'application/pdf', puid: 'fmt/354', version: '1b' });
  });

  it('writes dossier.json valid against the published schema', () => {
    for (const bag of byCase.values()) expect(validateDossier(readDossier(bag)), bag).toEqual([]);
  });

  it('numbers every 件 by SPEC §7.3: the pattern, External-Identifier, and 件号 continuous per class', () => {
    const perClass = new Map<string, number[]>();
    for (const bag of byCase.values()) {
      const d = readDossier(bag);
      const code = d.archive.archival_code;
      expect(code).toMatch(SPEC_RE);
      expect(code).toMatch(ITEM_CODE_RE);
      expect(bag.endsWith(code)).toBe(true);
      const info = bagInfo(bag);
      expect(info['External-Identifier']).toBe(code);
      expect(info['Bag-Group-Identifier']).toBe(BUNDLE);
      expect(info['Bagging-Date']).toMatch(/^2026-\d\d-\d\d$/);
      const cls = code.slice(0, -5);
      perClass.set(cls, [...(perClass.get(cls) ?? []), Number(code.slice(-4))]);
    }
    for (const [cls, nos] of perClass)
      expect(
        nos.sort((a, b) => a - b),
        cls,
      ).toEqual(nos.map((_, i) => i + 1));
  });

  it('orders the 件 conclusion first: 复核 → 复查 → 处理意见书 … the petition last', () => {
    const titles = readDossier(byCase.get('2026-0006')!).items.map((i) => i.title);
    expect(titles[0]).toContain('复核');
    expect(titles.findIndex((x) => x.includes('复查意见'))).toBeLessThan(titles.findIndex((x) => x.includes('处理意见')));
    expect(titles[1]).toBe('送达回证');
    expect(titles[titles.length - 1]).toMatch(/来访接谈记录|登记表/);
  });

  it("stamps the 归档章 on the top right of every filed PDF's first page (rendered and checked for ink)", () => {
    mkdirSync(OUT, { recursive: true });
    const bag = byCase.get('2026-0009')!;
    const d = readDossier(bag);
    for (const it of d.items) {
      const filed = it.files.find((f) => f.role === 'filed')!;
      const path = join(bag, 'data', filed.path);
      const doc = readFileSync(path);
      void doc;
      const { width, height } = { width: 595.28, height: 841.89 };
      const box = stampTargetBox(width, height, it.title.startsWith('信访代理事项处理联系单') ? 'slip' : 'letter');
      const ink = inkIn(path, 0, { x0: box.left, y0: height - box.top, x1: box.right, y1: height - box.bottom }, it.seq === 1 ? join(OUT, 'stamp-page1.png') : undefined);
      expect(ink, `${it.title}: no ink in the stamp box`).toBeGreaterThan(200);
      // and nothing there on page 2 (the stamp is on the first page only)
    }
    const text = pdfText(join(bag, 'data', d.items[0]!.files[0]!.path));
    for (const cell of ['X001', '2026', 'D30', 'XFB', String(Number(d.archive.archival_code.slice(-4))), String(d.archive.page_count)]) expect(text).toContain(cell);
  });

  it('is a valid BagIt bag for xf verify and for coreutils sha256sum, with the right Payload-Oxum', (ctx) => {
    const r = home.run(['verify', root]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    requireTools(ctx, 'sha256sum', 'sha512sum');
    for (const bag of byCase.values()) {
      for (const [m, tool] of [
        ['manifest-sha256.txt', 'sha256sum'],
        ['tagmanifest-sha256.txt', 'sha256sum'],
        ['manifest-sha512.txt', 'sha512sum'],
        ['tagmanifest-sha512.txt', 'sha512sum'],
      ] as const) {
        const c = spawnSync(tool, ['--quiet', '-c', m], { cwd: bag, encoding: 'utf8' });
        expect(c.status, `${bag}/${m}: ${c.stdout}${c.stderr}`).toBe(0);
      }
      const lines = readFileSync(join(bag, 'manifest-sha256.txt'), 'utf8').trim().split('\n');
      const bytes = lines.reduce((s, l) => s + statSync(join(bag, l.slice(66))).size, 0);
      expect(bagInfo(bag)['Payload-Oxum']).toBe(`${bytes}.${lines.length}`);
      // SM3 of every payload file, and of every tag file but the tag manifests
      const sm3 = readFileSync(join(bag, 'sm3-digests.txt'), 'utf8').trim().split('\n');
      expect(sm3.filter((l) => l.includes('  data/'))).toHaveLength(lines.length);
      expect(existsSync(join(bag, 'manifest-sm3.txt'))).toBe(false);
    }
  });

  it('validates with the Library of Congress bagit.py when it is installed', (ctx) => {
    const py = bagitPy();
    // not required in CI: Debian 12 does not package bagit-python (see test/bagit/loc-bagit.test.ts)
    if (!py) return ctx.skip('bagit.py (bagit-python) is not installed; set XF_BAGIT_PY to run it');
    for (const bag of byCase.values()) {
      const r = spawnSync(py[0]!, [...py.slice(1), '--validate', bag], { encoding: 'utf8' });
      expect(r.status, r.stdout + r.stderr).toBe(0);
    }
  });

  it("keeps the accusation petitioner's identity out of everything meant for distribution", () => {
    const bag = byCase.get('2026-0008')!;
    const d = readDossier(bag);
    expect(d.confidentiality).toMatchObject({ confidential: true, classification: '保密', reason: 'accusation', access: 'restricted' });
    const identity = ['林晓燕', '370112198703020480', '15264118375', '王舍人街道北坦村东街18号'];
    const distributed: string[] = [
      readFileSync(join(bag, 'data', 'dossier.json'), 'utf8'),
      readFileSync(join(bag, 'bag-info.txt'), 'utf8'),
      ...d.finding_aids.filter((f) => f.path.endsWith('.pdf')).map((f) => pdfText(join(bag, 'data', f.path))),
      ...d.finding_aids.filter((f) => f.path.endsWith('.xlsx')).map((f) => xlsxText(join(bag, 'data', f.path))),
      readFileSync(join(bundle, 'year-manifest.json'), 'utf8'),
      ...readdirSync(join(bundle, 'index')).map((n) => (n.endsWith('.pdf') ? pdfText(join(bundle, 'index', n)) : xlsxText(join(bundle, 'index', n)))),
    ];
    for (const text of distributed) for (const s of identity) expect(text.includes(s), s).toBe(false);
    expect(d.finding_aids.some((f) => f.role === 'thumbnail')).toBe(false);
    // the check can see: the archival original itself does carry the name
    expect(pdfText(join(bag, 'data', d.items[0]!.files[0]!.path))).toContain('林晓燕');
    // the year's list marks it confidential
    expect(xlsxText(join(bundle, 'index', `${BUNDLE}-归档文件目录.xlsx`))).toContain('保密');
  });

  it('records the archive event with the seal, locks the case, and the event chain still holds', () => {
    const events = archiveEvents(home);
    for (const c of TERMINATED_2026) expect(events.get(c), c).toBe(1);
    const show = home.run(['case', 'show', '2026-0003', '--json']);
    expect(show.code).toBe(0);
    const rec = JSON.parse(show.stdout) as { status: string; progress: { archived: { archival_code: string; tag_manifest_sha256: string } } };
    expect(rec.status).toBe('archived');
    const bag = byCase.get('2026-0003')!;
    expect(rec.progress.archived.archival_code).toBe(readDossier(bag).archive.archival_code);
    expect(rec.progress.archived.tag_manifest_sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(bag, 'tagmanifest-sha256.txt')))
        .digest('hex'),
    );
    const ev = home.run(['case', 'event', '2026-0003', 'terminate', '--date', '2026-11-20', '--set', 'reason=other_law']);
    expect(ev.code).toBe(1);
    expect(ev.stderr).toContain('已归档并锁定');
    expect(home.run(['registry', 'verify']).code).toBe(0);
  });

  it('is idempotent: a second year run changes no byte and adds no event; a lost dossier is rebuilt identical', () => {
    const before = readFileSync(join(bundle, 'year-manifest.json'));
    const seals = [...byCase.values()].map((b) => readFileSync(join(b, 'tagmanifest-sha256.txt'), 'utf8'));
    const again = home.run(['archive', 'year', '2026', '--json']);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ archived: 0, failures: [] });
    expect(readFileSync(join(bundle, 'year-manifest.json')).equals(before)).toBe(true);
    expect([...byCase.values()].map((b) => readFileSync(join(b, 'tagmanifest-sha256.txt'), 'utf8'))).toEqual(seals);
    expect(bags(bundle)).toHaveLength(TERMINATED_2026.length);
    const same = home.run(['archive', 'case', '2026-0003', '--json']);
    expect(JSON.parse(same.stdout)).toMatchObject({ outcome: 'already' });
    // a dossier lost from the shelf comes back byte for byte (the seal in the register proves it)
    const bag = byCase.get('2026-0003')!;
    renameSync(bag, join(bundle, '.lost'));
    const redo = home.run(['archive', 'case', '2026-0003', '--json']);
    expect(redo.code, redo.stderr).toBe(0);
    expect(JSON.parse(redo.stdout)).toMatchObject({ outcome: 'reproduced' });
    expect(readFileSync(join(bag, 'tagmanifest-sha256.txt'), 'utf8')).toBe(seals[[...byCase.values()].indexOf(bag)]);
    for (const c of TERMINATED_2026) expect(archiveEvents(home).get(c)).toBe(1);
  });
});
