// Signed anchors (issue 12): small statements signed with the office key — "the register's head was
// event #n with hash h", "year manifest of X001-WS·2026 had SHA-256 d", "the audit history had n
// records ending in h" — kept outside the database (in the year bundle and in a detached JSON Lines
// log an office copies away). Whoever holds the public key alone can check them; a consistent
// rewrite of xf.db (chain recomputed after the triggers were dropped) cannot reproduce a head an
// anchor saw. SM2 with SM3 where Node's OpenSSL signs with it, otherwise Ed25519. Pure: no files.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../domain/canonical-json.js';

export const ANCHOR_FORMAT = 'xf-anchor';
export type SignatureAlgorithm = 'sm2-sm3' | 'ed25519';

export interface RegisterHead {
  seq: number;
  hash: string;
}

export type AnchorBody =
  | { kind: 'register'; head: RegisterHead }
  | { kind: 'year'; bundle: string; year_manifest_sha256: string; dossiers: { archival_code: string; tagmanifest_sha256: string }[]; register?: RegisterHead }
  | { kind: 'dossier'; archival_code: string; tagmanifest_sha256: string; register?: RegisterHead }
  /**
   * Inside each dossier (tag file xf-filing.anchor, covered by its tag manifests): what was filed —
   * the SHA-256 of manifest-sha256.txt (the payload) and of bag-info.txt (档号, dates, Oxum) — and the
   * register's head at filing. Signs nothing that depends on the tag manifests, so they can cover it.
   */
  | { kind: 'filing'; archival_code: string; manifest_sha256: string; bag_info_sha256: string; register?: RegisterHead }
  | { kind: 'audit'; store: string; count: number; head: string | null; exports?: { count: number; head: string | null } };

export type Anchor = AnchorBody & { format: typeof ANCHOR_FORMAT; version: '1'; ts: string; algorithm: SignatureAlgorithm; key_id: string; signature: string };

export interface OfficeKeyPair {
  algorithm: SignatureAlgorithm;
  publicPem: string;
  privatePem: string;
}

/** Does this Node's OpenSSL sign and verify with SM2/SM3? */
export function sm2Supported(): boolean {
  try {
    const k = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    const s = sign('sm3', Buffer.from('xf'), k.privateKey);
    return verify('sm3', Buffer.from('xf'), k.publicKey, s);
  } catch {
    return false;
  }
}

export function generateOfficeKey(prefer: SignatureAlgorithm | undefined = undefined): OfficeKeyPair {
  const algorithm: SignatureAlgorithm = prefer ?? (sm2Supported() ? 'sm2-sm3' : 'ed25519');
  const k = algorithm === 'sm2-sm3' ? generateKeyPairSync('ec', { namedCurve: 'SM2' }) : generateKeyPairSync('ed25519');
  return {
    algorithm,
    publicPem: k.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privatePem: k.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

function algorithmOf(key: KeyObject): SignatureAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') return 'ed25519';
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'SM2') return 'sm2-sm3';
  // Node 20 reports an SM2 key read back from PEM with no type at all (OpenSSL's EVP_PKEY_SM2).
  if (key.asymmetricKeyType === undefined) return 'sm2-sm3';
  throw new Error(`unsupported office key type: ${key.asymmetricKeyType}`);
}

/** First 16 hex digits of the SHA-256 of the public key (SPKI DER): names the key in each anchor. */
export function keyId(publicPem: string): string {
  return createHash('sha256')
    .update(createPublicKey(publicPem).export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

function signedBytes(a: Omit<Anchor, 'signature'>): Buffer {
  return Buffer.from(canonicalJson(a), 'utf8');
}

export function signAnchor(body: AnchorBody, privatePem: string, ts: string): Anchor {
  const priv = createPrivateKey(privatePem);
  const algorithm = algorithmOf(priv);
  const publicPem = createPublicKey(priv).export({ type: 'spki', format: 'pem' }).toString();
  const unsigned = { ...body, format: ANCHOR_FORMAT, version: '1', ts, algorithm, key_id: keyId(publicPem) } as Omit<Anchor, 'signature'>;
  const sig = sign(algorithm === 'sm2-sm3' ? 'sm3' : null, signedBytes(unsigned), priv);
  return { ...unsigned, signature: sig.toString('base64') } as Anchor;
}

export type AnchorCheck = { ok: true } | { ok: false; reason: string };

/** Check an anchor's signature with the public key alone. */
export function checkAnchor(a: unknown, publicPem: string): AnchorCheck {
  const x = a as Partial<Anchor> | null;
  if (!x || typeof x !== 'object' || x.format !== ANCHOR_FORMAT || typeof x.signature !== 'string') return { ok: false, reason: 'not an xf anchor' };
  let pub: KeyObject;
  try {
    pub = createPublicKey(publicPem);
  } catch (e) {
    return { ok: false, reason: `bad public key: ${(e as Error).message}` };
  }
  if (x.key_id !== keyId(publicPem)) return { ok: false, reason: `signed by another key (${String(x.key_id)})` };
  const { signature, ...unsigned } = x as Anchor;
  try {
    const alg = algorithmOf(pub);
    if (alg !== x.algorithm) return { ok: false, reason: `algorithm ${String(x.algorithm)} is not the key's (${alg})` };
    return verify(alg === 'sm2-sm3' ? 'sm3' : null, signedBytes(unsigned), pub, Buffer.from(signature, 'base64')) ? { ok: true } : { ok: false, reason: 'signature does not verify' };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}

export function formatAnchorLine(a: Anchor): string {
  return JSON.stringify(a) + '\n';
}
