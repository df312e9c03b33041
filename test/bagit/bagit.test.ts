// The BagIt format itself: path encoding (RFC 8493 §2.1.3), tag files, manifests, the writer's
// refusals and its determinism, the dossier schema and the year manifest.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BagWriter,
  writeBag,
  encodeManifestPath,
  decodeManifestPath,
  pathProblem,
  parseManifest,
  formatManifest,
  formatTagFile,
  parseTagFile,
  checkBagitTxt,
  BAGIT_TXT,
  hashBytes,
  validateDossier,
  readBagOnDisk,
  readYearManifest,
  formatYearManifest,
  type YearManifest,
} from '../../src/bagit/index.js';
import { XfError } from '../../src/domain/errors.js';
import { buildDossier, tmp } from '../fixity/fixture.js';

const dir = () => mkdtempSync(join(tmpdir(), 'xf-bag-'));

describe('manifest path encoding (RFC 8493 §2.1.3)', () => {
  it('encodes CR, LF and % — and only those', () => {
    expect(encodeManifestPath('data/a%b.txt')).toBe('data/a%25b.txt');
    expect(encodeManifestPath('data/file\n1.txt')).toBe('data/file%0A1.txt');
    expect(encodeManifestPath('data/x\r\ny')).toBe('data/x%0D%0Ay');
    expect(encodeManifestPath('data/信访 文件#?.pdf')).toBe('data/信访 文件#?.pdf');
    // The RFC's own example: a file literally named file%0A1.txt.
    expect(encodeManifestPath('data/file%0A1.txt')).toBe('data/file%250A1.txt');
  });
  it('decodes only %0D, %0A and %25, so legacy manifests with raw % still read', () => {
    expect(decodeManifestPath('data/file%250A1.txt')).toBe('data/file%0A1.txt');
    expect(decodeManifestPath('data/100%sure%41.txt')).toBe('data/100%sure%41.txt');
    expect(decodeManifestPath('data/a%0d%0Ab')).toBe('data/a\r\nb');
  });
  it('round-trips any path', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => decodeManifestPath(encodeManifestPath(s)) === s));
    fc.assert(fc.property(fc.stringMatching(/^[a%\r\n0-9A-Fb]{0,20}$/), (s) => decodeManifestPath(encodeManifestPath(s)) === s));
  });
});

describe('names', () => {
  it('refuses Windows-hostile and unsafe names', () => {
    for (const bad of [
      'data/CON',
      'data/aux.txt',
      'data/com1.pdf',
      'data/a:b',
      'data/a|b',
      'data/a?',
      'data/end.',
      'data/end ',
      'data/x\ny',
      '/abs',
      'data/../x',
      'data//x',
      'data/' + 'x'.repeat(300),
    ]) {
      expect(pathProblem(bad), bad).toBeDefined();
    }
    expect(pathProblem('data/e\u0301.pdf')).toMatch(/NFC/);
    expect(pathProblem('data/pdf/X001-WS·2026-D30-XFB-0001.pdf')).toBeUndefined();
    expect(pathProblem('data/scans/信封 正面.jpg')).toBeUndefined();
  });
});

describe('tag files and manifests', () => {
  it('bagit.txt is the exact two-line declaration', () => {
    expect(BAGIT_TXT).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    expect(checkBagitTxt(BAGIT_TXT)).toEqual([]);
    expect(checkBagitTxt('\uFEFF' + BAGIT_TXT)[0]).toMatch(/byte-order/);
    expect(checkBagitTxt('BagIt-Version: 1.0\n')).toHaveLength(1);
  });
  it('bag-info values spanning lines use indented continuation lines', () => {
    const text = formatTagFile([
      ['External-Description', '第一行\n第二行'],
      ['Bagging-Date', '2027-01-15'],
    ]);
    expect(text).toBe('External-Description: 第一行\n  第二行\nBagging-Date: 2027-01-15\n');
    expect(parseTagFile(text).entries).toEqual([
      ['External-Description', '第一行\n第二行'],
      ['Bagging-Date', '2027-01-15'],
    ]);
  });
  it('manifests are sorted and parse back; duplicates and bad lines are named', () => {
    const m = new Map([
      ['data/b.pdf', 'b'.repeat(64)],
      ['data/a%.pdf', 'a'.repeat(64)],
    ]);
    const text = formatManifest(m);
    expect(text).toBe(`${'a'.repeat(64)}  data/a%25.pdf\n${'b'.repeat(64)}  data/b.pdf\n`);
    expect(parseManifest(text, 'sha256').entries.map((e) => e.path)).toEqual(['data/a%.pdf', 'data/b.pdf']);
    const bad = parseManifest(`${'a'.repeat(64)}  data/x\n${'a'.repeat(64)}  data/x\nnonsense\n${'a'.repeat(10)} data/y\n`, 'sha256');
    expect(bad.problems).toHaveLength(3);
  });
  it('any set of paths (CR, LF, %, spaces, CJK) survives a manifest round trip', () => {
    const seg = fc.stringMatching(/^[a-z%\r\n 信访 #é0-9]{1,8}$/).filter((x) => x.trim() === x && !/^\.+$/.test(x));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.array(seg, { minLength: 1, maxLength: 3 }).map((p) => 'data/' + p.join('/')),
          { maxLength: 20 },
        ),
        (paths) => {
          const m = new Map(paths.map((p, i) => [p, i.toString(16).padStart(64, '0')] as [string, string]));
          const parsed = parseManifest(formatManifest(m), 'sha256');
          expect(parsed.problems).toEqual([]);
          expect(new Map(parsed.entries.map((e) => [e.path, e.digest]))).toEqual(m);
        },
      ),
    );
  });

  it('sm3 is GB/T 32905 SM3 (test vector "abc")', () => {
    expect(hashBytes('abc', ['sm3']).sm3).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
});

describe('BagWriter', () => {
  it('writes a complete bag: declaration, bag-info with Oxum, sha256 + sha512 manifests and sm3-digests.txt in one pass, tag manifests over every tag file', async () => {
    const d = dir();
    const src = join(d, 'src.bin');
    writeFileSync(src, Buffer.alloc(3000, 7));
    const out = join(d, 'bag');
    const sealed = await writeBag(out, {
      payload: [
        { path: 'b.txt', content: 'hello\n' },
        { path: 'sub/a.bin', source: src },
        { path: 'x%y.txt', content: '' },
      ],
      info: { sourceOrganization: '某信访局', baggingDate: '2027-01-15', externalIdentifier: 'X001-WS·2026-D30-XFB-0001', bagGroupIdentifier: 'X001-WS·2026' },
      tagFiles: [{ path: 'meta/notes.txt', content: '备考\n' }],
      fsync: false,
    });
    expect(sealed.payloadOxum).toBe('3006.3');
    expect(readdirSync(out).sort()).toEqual([
      'bag-info.txt',
      'bagit.txt',
      'data',
      'manifest-sha256.txt',
      'manifest-sha512.txt',
      'meta',
      'sm3-digests.txt',
      'tagmanifest-sha256.txt',
      'tagmanifest-sha512.txt',
    ]);
    expect(readFileSync(join(out, 'bag-info.txt'), 'utf8')).toBe(
      'Source-Organization: 某信访局\nExternal-Identifier: X001-WS·2026-D30-XFB-0001\nBag-Group-Identifier: X001-WS·2026\nBagging-Date: 2027-01-15\nPayload-Oxum: 3006.3\n',
    );
    const m256 = readFileSync(join(out, 'manifest-sha256.txt'), 'utf8').trim().split('\n');
    expect(m256.map((l) => l.split('  ')[1])).toEqual(['data/b.txt', 'data/sub/a.bin', 'data/x%25y.txt']);
    const tm = readFileSync(join(out, 'tagmanifest-sha256.txt'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('  ')[1]);
    expect(tm).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'meta/notes.txt', 'sm3-digests.txt']);
    // SM3 of every payload and tag file but the tag manifests (which cover it), in manifest syntax
    const sm3 = readFileSync(join(out, 'sm3-digests.txt'), 'utf8').trim().split('\n');
    expect(sm3.map((l) => l.split('  ')[1])).toEqual(['bag-info.txt', 'bagit.txt', 'data/b.txt', 'data/sub/a.bin', 'data/x%25y.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'meta/notes.txt']);
    expect(sm3[2]).toBe(`${hashBytes('hello\n', ['sm3']).sm3}  data/b.txt`);
    expect(sealed.sealSha256).toBe(hashBytes(readFileSync(join(out, 'tagmanifest-sha256.txt')), ['sha256']).sha256);
    const onDisk = readBagOnDisk(out);
    expect(onDisk.manifests.map((m) => `${m.name}${m.digestFile ? (m.tag ? ':tags' : ':payload') : ''}`)).toEqual([
      'manifest-sha256.txt',
      'manifest-sha512.txt',
      'tagmanifest-sha256.txt',
      'tagmanifest-sha512.txt',
      'sm3-digests.txt:payload',
      'sm3-digests.txt:tags',
    ]);
  });

  it('--sm3-manifest: manifest-sm3.txt and tagmanifest-sm3.txt as well; a late tag file is covered by every tag manifest', async () => {
    const out = join(dir(), 'bag');
    const w = new BagWriter(out, { fsync: false, sm3Manifest: true });
    w.addPayload({ path: 'a.txt', content: 'a' });
    w.seal({ sourceOrganization: 'o', baggingDate: '2027-01-15' }, (written) => [['signed.txt', `${hashBytes(written.get('manifest-sha256.txt')!, ['sha256']).sha256}\n`]]);
    expect(readdirSync(out).sort()).toEqual([
      'bag-info.txt',
      'bagit.txt',
      'data',
      'manifest-sha256.txt',
      'manifest-sha512.txt',
      'manifest-sm3.txt',
      'signed.txt',
      'sm3-digests.txt',
      'tagmanifest-sha256.txt',
      'tagmanifest-sha512.txt',
      'tagmanifest-sm3.txt',
    ]);
    for (const alg of ['sha256', 'sha512', 'sm3']) expect(readFileSync(join(out, `tagmanifest-${alg}.txt`), 'utf8')).toContain('  signed.txt\n');
    expect(readFileSync(join(out, 'sm3-digests.txt'), 'utf8')).toContain('  signed.txt\n');
  });

  it('is deterministic: the same input gives byte-identical bags whatever the order files are added', async () => {
    const build = async (order: number[]) => {
      const out = join(dir(), 'bag');
      const files = [
        { path: 'z.txt', content: 'z' },
        { path: 'a/b.txt', content: 'b' },
        { path: '档号.pdf', content: 'p' },
      ];
      await writeBag(out, { payload: order.map((i) => files[i]!), info: { sourceOrganization: 'o', baggingDate: '2027-01-15' }, fsync: false });
      return ['bag-info.txt', 'manifest-sha256.txt', 'manifest-sha512.txt', 'sm3-digests.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sha512.txt']
        .map((f) => readFileSync(join(out, f), 'utf8'))
        .join('|');
    };
    expect(await build([0, 1, 2])).toBe(await build([2, 0, 1]));
  });

  it('refuses symlinks, hostile names, collisions, and a missing date', () => {
    const d = dir();
    writeFileSync(join(d, 'real'), 'x');
    symlinkSync(join(d, 'real'), join(d, 'link'));
    const w = new BagWriter(join(d, 'bag'), { fsync: false });
    expect(() => w.addPayload({ path: 'l', source: join(d, 'link') })).toThrow(XfError);
    expect(() => w.addPayload({ path: 'NUL.txt', content: 'x' })).toThrow(/Windows|保留|reserved/);
    w.addPayload({ path: 'Case.pdf', content: 'x' });
    expect(() => w.addPayload({ path: 'case.PDF', content: 'y' })).toThrow(XfError);
    w.addPayload({ path: 'caf\u00e9.txt', content: 'x' });
    expect(() => w.addPayload({ path: 'cafe\u0301.txt', content: 'y' })).toThrow(XfError);
    expect(() => w.seal({ sourceOrganization: 'o', baggingDate: 'today' })).toThrow(XfError);
    expect(() => new BagWriter(join(d, 'bag'))).toThrow(XfError);
  });
});

describe('dossier schema', () => {
  it('accepts the fixture dossier and names what breaks it', async () => {
    const bag = join(tmp(), 'd');
    await buildDossier(bag, { caseNo: 'XX-2026-0001', itemFrom: 1 });
    const doc = JSON.parse(readFileSync(join(bag, 'data/dossier.json'), 'utf8')) as Record<string, any>;
    expect(validateDossier(doc)).toEqual([]);
    const bad = structuredClone(doc);
    bad.items[1].archival_code = 'X001-WS-2026-D30-XFB-0002';
    bad.items[2].seq = 5;
    bad.archive.retention = 'D20';
    delete bad.case.case_no;
    const problems = validateDossier(bad).map((p) => `${p.pointer} ${p.keyword}`);
    expect(problems).toContain('/items/1/archival_code pattern');
    expect(problems).toContain('/archive/retention enum');
    expect(problems.some((p) => p.startsWith('/case required'))).toBe(true);
    const gap = structuredClone(doc);
    gap.items[2].seq = 5;
    expect(validateDossier(gap).map((p) => p.pointer)).toEqual(['/items/2/seq']);
    const conf = structuredClone(doc);
    conf.confidentiality = { confidential: true, classification: '内部' };
    expect(validateDossier(conf).map((p) => `${p.pointer} ${p.keyword}`)).toContain('/confidentiality required');
    const inc = structuredClone(doc);
    inc.archive.complete = false;
    expect(validateDossier(inc).map((p) => `${p.pointer} ${p.keyword}`)).toContain('/archive required');
  });
});

describe('year manifest', () => {
  it('serialises deterministically, sorted by 档号', () => {
    const m: YearManifest = {
      format: 'xf-year-manifest',
      version: '1.0',
      year: 2026,
      bundle: 'X001-WS·2026',
      source_organization: 'o',
      created: '2027-01-20',
      dossiers: [
        { archival_code: 'X001-WS·2026-D30-XFB-0004', path: 'b', tagmanifest_sha256: 'b'.repeat(64), payload_oxum: '1.1' },
        { archival_code: 'X001-WS·2026-D30-XFB-0001', path: 'a', tagmanifest_sha256: 'a'.repeat(64), payload_oxum: '1.1' },
      ],
      files: [],
    };
    const text = formatYearManifest(m);
    expect(text.indexOf('0001')).toBeLessThan(text.indexOf('0004'));
    expect(formatYearManifest(JSON.parse(text) as YearManifest)).toBe(text);
  });
  it('reads back and checks its sidecars', async () => {
    const { buildYear } = await import('../fixity/fixture.js');
    const y = join(tmp(), '2026');
    await buildYear(y, 2);
    const r = readYearManifest(y);
    expect(r.problems).toEqual([]);
    expect(r.sidecarMismatches).toEqual([]);
    expect(r.manifest!.dossiers).toHaveLength(2);
    expect(readFileSync(join(y, 'year-manifest.json.sha256'), 'utf8')).toMatch(/^[0-9a-f]{64} {2}year-manifest\.json\n$/);
  });
});
