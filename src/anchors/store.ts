// Where anchors and the office key live on disk. Beside the config in the register's home:
//   xf.sign.key     private key (PKCS#8 PEM, mode 0600)
//   xf.sign.pub     public key (SPKI PEM): copy it off the machine with the anchors
//   anchors.jsonl   the detached anchors log, one signed anchor a line
// In a year bundle: year-manifest.json.anchor (the signed year anchor, beside the manifest's sidecars).
import { appendFileSync, chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createPublicKey } from 'node:crypto';
import { writeFileAtomic } from '../io/atomic.js';
import { type Anchor, type AnchorBody, checkAnchor, formatAnchorLine, generateOfficeKey, signAnchor } from './anchor.js';

export const PRIVATE_KEY_FILE = 'xf.sign.key';
export const PUBLIC_KEY_FILE = 'xf.sign.pub';
export const ANCHORS_LOG = 'anchors.jsonl';
export const YEAR_ANCHOR = 'year-manifest.json.anchor';
/** In each dossier's root: its signed filing anchor (a tag file). */
export const FILING_ANCHOR = 'xf-filing.anchor';

export function privateKeyPath(home: string): string {
  return join(home, PRIVATE_KEY_FILE);
}
export function publicKeyPath(home: string): string {
  return join(home, PUBLIC_KEY_FILE);
}
export function anchorsLogPath(home: string): string {
  return join(home, ANCHORS_LOG);
}

/** Create the office key unless there is one; returns the public key PEM and whether it is new. */
export function ensureOfficeKey(home: string): { publicPem: string; created: boolean; algorithm?: string } {
  if (existsSync(privateKeyPath(home)) && existsSync(publicKeyPath(home))) {
    const publicPem = readFileSync(publicKeyPath(home), 'utf8');
    return { publicPem, created: false, algorithm: createPublicKey(publicPem).asymmetricKeyType === 'ed25519' ? 'ed25519' : 'sm2-sm3' };
  }
  const k = generateOfficeKey();
  writeFileAtomic(privateKeyPath(home), k.privatePem);
  chmodSync(privateKeyPath(home), 0o600);
  writeFileAtomic(publicKeyPath(home), k.publicPem);
  return { publicPem: k.publicPem, created: true, algorithm: k.algorithm };
}

export function readPublicKey(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Sign `body` with the office key in `home` and append it to the anchors log; undefined when the office has no key. */
export function anchorNow(home: string, body: AnchorBody, ts = new Date().toISOString()): Anchor | undefined {
  if (!existsSync(privateKeyPath(home))) return undefined;
  const a = signAnchor(body, readFileSync(privateKeyPath(home), 'utf8'), ts);
  appendAnchor(anchorsLogPath(home), a);
  return a;
}

export function appendAnchor(file: string, a: Anchor): void {
  appendFileSync(file, formatAnchorLine(a));
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export interface FoundAnchor {
  anchor: unknown;
  source: string;
}

/** Every anchor in a file (JSON Lines or one JSON value) or below a folder (*.jsonl and *.anchor files). */
export function readAnchors(path: string): FoundAnchor[] {
  const out: FoundAnchor[] = [];
  const readFile = (f: string) => {
    let text: string;
    try {
      text = readFileSync(f, 'utf8');
    } catch {
      return;
    }
    const lines = f.endsWith('.anchor') ? [text] : text.split('\n');
    lines.forEach((l, i) => {
      if (!l.trim()) return;
      let v: unknown;
      try {
        v = JSON.parse(l);
      } catch {
        v = null;
      }
      out.push({ anchor: v, source: f.endsWith('.anchor') ? f : `${f}:${i + 1}` });
    });
  };
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (name.endsWith('.anchor') || name === ANCHORS_LOG || (name.startsWith('anchors') && name.endsWith('.jsonl'))) readFile(p);
    }
  };
  if (statSync(path).isDirectory()) walk(path);
  else readFile(path);
  return out;
}

/** The anchor file's bytes (pretty JSON, as the year anchor). */
export function formatAnchorFile(a: Anchor): string {
  return JSON.stringify(a, null, 2) + '\n';
}

/** Anchors of the detached log that satisfy `match` and whose signature holds (newest first). */
export function loggedAnchors(home: string, match: (a: Anchor) => boolean): Anchor[] {
  const pub = readPublicKey(publicKeyPath(home));
  if (!pub || !existsSync(anchorsLogPath(home))) return [];
  return readAnchors(anchorsLogPath(home))
    .map((f) => f.anchor as Anchor)
    .filter((a) => a && typeof a === 'object' && match(a) && checkAnchor(a, pub).ok)
    .reverse();
}

export function writeYearAnchor(bundleDir: string, a: Anchor): void {
  writeFileAtomic(join(bundleDir, YEAR_ANCHOR), formatAnchorFile(a));
}
