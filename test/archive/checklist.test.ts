// V-ARC-1 blocks with exactly what is missing; --allow-incomplete needs --reason and records it; a
// letter with its scans is complete (scans normalised, originals kept byte for byte); an unreadable
// attachment or an open case is refused with nothing written.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';

// each test runs xf several times: minutes on a loaded machine
const SLOW = { timeout: 300_000 };
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { stringify } from 'yaml';
import type { Home } from '../helpers/home.js';
import { bagInfo, bags, BUNDLE, pdfText, readDossier, samplesHome, SAMPLES, xlsxText } from './helpers.js';

let home: Home;
let bundle: string;

/** Sample 01 under a new number, with the given attachments. */
function letterCase(caseNo: string, attachments: object[]): string {
  // text edits, not a YAML round trip: the resident ID number must stay a string
  const text = readFileSync(join(SAMPLES, '01-letter-answered.yaml'), 'utf8')
    .replace(/^case_no: .*$/m, `case_no: ${caseNo}`)
    .replace(/^request_text: (.*)$/m, (_m, t: string) => `request_text: ${t}（${caseNo}）`)
    .replace(/^attachments:\n(?: .*\n)*/m, '') // the sample's own scans give way to the ones under test
    .replace(/^history:/m, `${stringify({ attachments }).trimEnd()}\nhistory:`);
  const p = join(home.dir, `${caseNo}.yaml`);
  writeFileSync(p, text);
  return p;
}

beforeAll(async () => {
  home = samplesHome();
  bundle = join(home.dir, 'archive', BUNDLE);
  // a letter scanned sideways (EXIF orientation 6: the archival copy must be upright), an envelope with alpha, a PDF
  await sharp({ create: { width: 600, height: 400, channels: 3, background: '#f4f1e8' } })
    .composite([{ input: Buffer.from('<svg width="600" height="400"><text x="40" y="200" font-size="60">LETTER</text></svg>'), top: 0, left: 0 }])
    .jpeg()
    .withMetadata({ orientation: 6 })
    .toFile(join(home.dir, 'letter.jpg'));
  await sharp({ create: { width: 500, height: 300, channels: 4, background: { r: 200, g: 180, b: 120, alpha: 0.5 } } })
    .png()
    .toFile(join(home.dir, 'envelope.png'));
  copyFileSync(join(home.dir, 'letter.jpg'), join(home.dir, 'photo.jpg'));
  copyFileSync(join(SAMPLES, 'attachments', '2026-0001', 'service-return-1.jpg'), join(home.dir, 'return.jpg'));
  const ok = letterCase('2026-0101', [
    { title: '王秀兰来信原件', path: 'letter.jpg', kind: '来信原件', date: '2026-01-04' },
    { title: '来信信封', path: 'envelope.png', kind: '信封', date: '2026-01-04' },
    { title: '3号楼入户测温照片', path: 'photo.jpg', kind: '调查材料', date: '2026-01-12' },
    { title: '处理意见书送达回证（信访人签收）', path: 'return.jpg', kind: '送达回证', date: '2026-03-02' },
  ]);
  const bad = letterCase('2026-0102', [{ title: '来信原件', path: 'missing/letter.jpg', kind: '来信原件' }]);
  const unscanned = letterCase('2026-0103', []);
  for (const p of [ok, bad, unscanned]) {
    const r = home.run(['case', 'import', p]);
    expect(r.code, r.stderr).toBe(0);
  }
}, 300_000);

afterAll(() => home?.cleanup());

describe('V-ARC-1 completeness checklist', SLOW, () => {
  it('blocks a letter without its scans, naming exactly the letter, the envelope and the signed return; nothing is written or numbered', () => {
    const r = home.run(['archive', 'case', '2026-0103', '--json']);
    expect(r.code).toBe(1);
    const err = (JSON.parse(r.stdout) as { error: { code: string; missing: string[]; violations: { rule: string; field: string; message: string }[] } }).error;
    expect(err.code).toBe('VALIDATION');
    // what an archivist reads (the 备考表 prints these): no developer text
    expect(err.missing).toEqual([
      '1. 信访原件材料：来信原件（未附扫描件）',
      '1. 信访原件材料：信封（未附扫描件）',
      '10. 处理意见书及送达回证：信访处理意见书经签收的送达回证（2026年3月2日送达，未附签收件扫描件）',
    ]);
    expect(err.violations.map((v) => `${v.rule} ${v.field}`)).toEqual(['V-ARC-1 checklist.1', 'V-ARC-1 checklist.1', 'V-ARC-1 checklist.10']);
    // the clerk is told how to supply them
    expect(err.violations[2]!.message).toContain('kind 填「送达回证」');
    const text = home.run(['archive', 'case', '2026-0103']);
    expect(text.stderr).toContain('V-ARC-1');
    expect(text.stderr).toContain('缺少来信原件');
    expect(existsSync(bundle) ? bags(bundle) : []).toEqual([]);
    expect(JSON.parse(home.run(['case', 'show', '2026-0103', '--json']).stdout).status).toBe('terminated');
  });

  it('wants --reason with --allow-incomplete (and not alone)', () => {
    expect(home.run(['archive', 'case', '2026-0103', '--allow-incomplete']).code).toBe(64);
    const alone = home.run(['archive', 'case', '2026-0103', '--reason', 'x']);
    expect(alone.code, alone.stderr).toBe(64);
  });

  it('files it with --allow-incomplete --reason and records the reason in dossier.json and the 备考表', () => {
    const reason = '来信原件由区长信箱转来时未附信封，原件扫描件另行补充';
    const r = home.run(['archive', 'case', '2026-0103', '--allow-incomplete', '--reason', reason, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as { path: string; complete: boolean; missing: string[] };
    expect(res.complete).toBe(false);
    const d = readDossier(res.path);
    expect(d.archive.complete).toBe(false);
    expect(d.archive.incomplete_reason).toBe(reason);
    expect(d.archive.missing).toEqual(res.missing);
    const back = pdfText(join(res.path, 'data', 'index', 'backnote.pdf')).replace(/\s+/g, '');
    expect(back).toContain(reason.replace(/\s+/g, ''));
    expect(back).toContain('缺少');
    expect(back).toContain('来信原件（未附扫描件）');
    expect(back).not.toMatch(/attachments|kind|应含/);
  });

  it('accepts a letter with its scans as complete: images upright in sRGB, thumbnails, originals kept byte for byte', async () => {
    const r = home.run(['archive', 'case', '2026-0101', '--json']);
    expect(r.code, r.stderr + r.stdout).toBe(0);
    const res = JSON.parse(r.stdout) as { path: string; complete: boolean };
    expect(res.complete).toBe(true);
    const d = readDossier(res.path);
    const letter = d.items.find((i) => i.title === '王秀兰来信原件')!;
    expect(d.items[d.items.length - 2]!.title).toBe('王秀兰来信原件'); // the petition last, its envelope after it
    const roles = letter.files.map((f) => f.role);
    expect(roles).toEqual(['filed', 'original', 'normalised', 'thumbnail']);
    const orig = letter.files.find((f) => f.role === 'original')!;
    expect(
      createHash('sha256')
        .update(readFileSync(join(home.dir, 'letter.jpg')))
        .digest('hex'),
    ).toBe(orig.digests.sha256);
    const norm = await sharp(join(res.path, 'data', letter.files.find((f) => f.role === 'normalised')!.path)).metadata();
    expect([norm.width, norm.height]).toEqual([400, 600]);
    expect(norm.space).toBe('srgb');
    expect(norm.orientation ?? 1).toBe(1);
    const thumb = await sharp(join(res.path, 'data', letter.files.find((f) => f.role === 'thumbnail')!.path)).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBeLessThanOrEqual(256);
    expect(letter.pages).toBe(1);
    expect(d.items.find((i) => i.title === '来信信封')!.files.map((f) => f.role)).toContain('normalised');
    expect(d.notes ?? '').not.toContain('缺少');
    expect(home.run(['verify', res.path]).code).toBe(0);
  });

  it('takes the scan of the signed return, or a recorded electronic receipt, as proof of service; files the renderings as 底稿', () => {
    const d = readDossier(join(bundle, bags(bundle).find((b) => bagInfo(join(bundle, b))['Internal-Sender-Identifier'] === '2026-0101')!));
    const remarks = Object.fromEntries(d.items.map((i) => [i.title, (i as { remarks?: string }).remarks ?? '']));
    expect(remarks['处理意见书送达回证（信访人签收）']).toBe('签收的送达回证扫描件');
    const opinion = d.items.find((i) => /的处理意见$/.test(i.title))!;
    expect((opinion as { remarks?: string }).remarks).toBe('底稿（未加盖印章）');
    expect(d.items.some((i) => (i as { remarks?: string }).remarks?.startsWith('送达回证底稿'))).toBe(true);
    // the online sample: the system's log of the reply being opened is its receipt
    const online = home.run(['archive', 'case', '2026-0009', '--json']);
    expect(online.code, online.stdout + online.stderr).toBe(0);
    expect(JSON.parse(online.stdout).complete).toBe(true);
  });

  it('lists investigation materials kept on paper in the 卷内文件目录, marked 纸质件另存, as complete', () => {
    const r = home.run(['archive', 'case', '2026-0003', '--mode', 'file', '--json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const res = JSON.parse(r.stdout) as { path: string; complete: boolean };
    expect(res.complete).toBe(true);
    const index = pdfText(join(res.path, 'data', 'index', 'file-index.pdf')).replace(/\s+/g, '');
    expect(index).toContain('东庄村党支部书记、村委会主任王建设询问笔录');
    expect(index).toContain('纸质件另存');
    expect(xlsxText(join(res.path, 'data', 'index', 'file-index.xlsx'))).toContain('纸质件另存');
    const back = pdfText(join(res.path, 'data', 'index', 'backnote.pdf')).replace(/\s+/g, '');
    expect(back).toContain('为纸质件，另存，已列入卷内文件目录');
  });

  it('refuses an unreadable attachment with a clear error and writes nothing', () => {
    const r = home.run(['archive', 'case', '2026-0102']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('missing/letter.jpg');
    expect(bags(bundle).map((b) => bagInfo(join(bundle, b))['Internal-Sender-Identifier'])).not.toContain('2026-0102');
  });

  it("with the office's e-seal configured the filed letters carry it and are not 底稿", async () => {
    const cfgPath = join(home.dir, 'xf.config.json');
    const cfg = JSON.parse(readFileSync(cfgPath, 'utf8'));
    await sharp({ create: { width: 160, height: 160, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .composite([{ input: Buffer.from('<svg width="160" height="160"><circle cx="80" cy="80" r="72" fill="none" stroke="#d00" stroke-width="6"/></svg>') }])
      .png()
      .toFile(join(home.dir, 'seal.png'));
    writeFileSync(cfgPath, JSON.stringify({ ...cfg, archive: { ...cfg.archive, seal_png: 'seal.png' } }, null, 2));
    try {
      const r = home.run(['archive', 'case', '2026-0005', '--json']);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const d = readDossier(JSON.parse(r.stdout).path);
      const remarks = d.items.map((i) => (i as { remarks?: string }).remarks ?? '');
      expect(remarks.filter((x) => x.startsWith('底稿'))).toEqual([]);
      expect(remarks.filter((x) => x.startsWith('送达回证底稿'))).toHaveLength(2);
    } finally {
      writeFileSync(cfgPath, JSON.stringify(cfg, null, 2));
    }
  });

  it('refuses a case that is not terminated', () => {
    const r = home.run(['archive', 'case', '2026-0007']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('只有办理终结的案件才能归档');
  });
});
