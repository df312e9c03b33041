// Signed anchors: signatures check with the public key alone, any edit or another key fails, and
// checks against the present name a rewrite (E-ANCHOR) apart from a truncation (E-TRUNCATED).
import { describe, it, expect } from 'vitest';
import { checkAnchor, generateOfficeKey, keyId, signAnchor, sm2Supported } from '../../src/anchors/anchor.js';
import { checkAnchors } from '../../src/anchors/check.js';

const TS = '2027-01-15T08:00:00.000Z';

describe('anchors', () => {
  for (const alg of ['sm2-sm3', 'ed25519'] as const) {
    it.skipIf(alg === 'sm2-sm3' && !sm2Supported())(`${alg}: signs, verifies with the public key alone, refuses an edit or another key`, () => {
      const k = generateOfficeKey(alg);
      const a = signAnchor({ kind: 'register', head: { seq: 96, hash: 'a'.repeat(64) } }, k.privatePem, TS);
      expect(a).toMatchObject({ format: 'xf-anchor', algorithm: alg, key_id: keyId(k.publicPem), ts: TS });
      expect(checkAnchor(a, k.publicPem)).toEqual({ ok: true });
      expect(checkAnchor({ ...a, head: { seq: 95, hash: 'a'.repeat(64) } }, k.publicPem).ok).toBe(false);
      expect(checkAnchor(a, generateOfficeKey(alg).publicPem)).toMatchObject({ ok: false, reason: expect.stringContaining('another key') });
      expect(checkAnchor({ ...a, signature: Buffer.alloc(64).toString('base64') }, k.publicPem).ok).toBe(false);
    });
  }
  it('SM2 is used where Node signs with it', () => {
    expect(generateOfficeKey().algorithm).toBe(sm2Supported() ? 'sm2-sm3' : 'ed25519');
  });

  it('against the present: same head passes, another hash is E-ANCHOR, fewer events E-TRUNCATED; audit likewise', () => {
    const k = generateOfficeKey('ed25519');
    const head = { seq: 3, hash: 'c'.repeat(64) };
    const found = [
      { anchor: signAnchor({ kind: 'register', head }, k.privatePem, TS), source: 'log:1' },
      { anchor: signAnchor({ kind: 'audit', store: '/x/xf.db', count: 2, head: 'h2' }, k.privatePem, TS), source: 'log:2' },
    ];
    const reg = (hashes: string[]) => ({ file: 'xf.db', hashes: new Map(hashes.map((h, i) => [i + 1, h])), last: hashes.length });
    const codes = (f: ReturnType<typeof checkAnchors>) => f.faults.map((x) => x.code);
    expect(checkAnchors(found, k.publicPem, { register: reg(['a', 'b', 'c'.repeat(64)]), audit: { store: '/x/xf.db', hashes: ['h1', 'h2'] } })).toEqual({ faults: [], checked: 2 });
    expect(codes(checkAnchors(found, k.publicPem, { register: reg(['a', 'b', 'd'.repeat(64)]) }))).toEqual(['E-ANCHOR']);
    expect(codes(checkAnchors(found, k.publicPem, { register: reg(['a', 'b']) }))).toEqual(['E-TRUNCATED']);
    expect(codes(checkAnchors(found, k.publicPem, { audit: { store: '/x/xf.db', hashes: [] } }))).toEqual(['E-TRUNCATED']);
    expect(codes(checkAnchors(found, k.publicPem, { audit: { store: '/x/xf.db', hashes: ['h1', 'hX', 'h3'] } }))).toEqual(['E-ANCHOR']);
  });
});
