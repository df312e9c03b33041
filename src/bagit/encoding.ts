// Manifest path encoding (RFC 8493 §2.1.3) and the name rules a dossier must obey.
// The RFC: LF, CR, CRLF and "%" — those characters and only those — MUST be percent-encoded.
// Decoding is deliberately narrow (only %0D, %0A, %25) so manifests from bagit-python/-java,
// which leave "%" raw, still read correctly in the common case (APTrust/dart #509).
import { codePoint } from '../domain/format.js';

export function encodeManifestPath(path: string): string {
  return path.replace(/[%\r\n]/g, (c) => (c === '%' ? '%25' : c === '\r' ? '%0D' : '%0A'));
}

export function decodeManifestPath(encoded: string): string {
  return encoded.replace(/%(0[dDaA]|25)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const WINDOWS_FORBIDDEN_CHARS = /[<>:"\\|?*\u0000-\u001f]/;
/** Longest bag-relative path we accept: leaves room under Windows' 260-character MAX_PATH. */
export const MAX_RELATIVE_PATH = 200;

/**
 * Why a bag-relative path (slash-separated, e.g. data/pdf/0001.pdf) cannot be stored portably,
 * or undefined when it can. Covers Windows-hostile names, non-NFC names and unsafe paths.
 */
export function pathProblem(rel: string): string | undefined {
  if (rel.length === 0) return 'empty path';
  if (rel.startsWith('/') || /^[A-Za-z]:/.test(rel)) return 'absolute path';
  if (rel.length > MAX_RELATIVE_PATH) return `path longer than ${MAX_RELATIVE_PATH} characters`;
  if (rel.normalize('NFC') !== rel) return 'name is not in Unicode NFC';
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.' || seg === '..') return `unsafe segment "${seg}"`;
    if (seg.length > 255) return 'name longer than 255 characters';
    const bad = WINDOWS_FORBIDDEN_CHARS.exec(seg);
    if (bad) return `character ${codePoint(bad[0])} is not allowed on Windows`;
    if (WINDOWS_RESERVED.test(seg)) return `"${seg}" is a reserved name on Windows`;
    if (/[. ]$/.test(seg)) return 'name ends with a dot or a space (not allowed on Windows)';
  }
  return undefined;
}

/** Key under which two names collide on a case-insensitive or normalising filesystem. */
export function collisionKey(rel: string): string {
  return rel.normalize('NFC').toLowerCase();
}

/** Stable ordering of paths in every file we write: by UTF-16 code unit, never by locale. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
