// Payload and tag manifests (RFC 8493 §2.1.3, §2.2.1): "<hex digest> <encoded path>" per line.
import { type Algorithm, isAlgorithm, hexLength } from './algorithms.js';
import { comparePaths, decodeManifestPath, encodeManifestPath } from './encoding.js';

export interface ManifestEntry {
  /** Path as decoded (what is on disk), bag-relative, e.g. data/a.pdf. */
  path: string;
  /** Path exactly as written in the manifest. */
  encoded: string;
  digest: string;
  line: number;
}

export interface ParsedManifest {
  entries: ManifestEntry[];
  problems: string[];
}

/**
 * SM3 digests of the payload and tag files (not of the tag manifests, which cover it), in manifest
 * syntax. A name no BagIt tool reads as a manifest; xf verify checks it as one.
 */
export const SM3_DIGESTS = 'sm3-digests.txt';

export const MANIFEST_RE = /^(tag)?manifest-([A-Za-z0-9]+)\.txt$/;

/** Which algorithm a manifest file name declares, and whether it is a tag manifest. */
export function manifestKind(name: string): { tag: boolean; algorithm: string } | undefined {
  const m = MANIFEST_RE.exec(name);
  return m ? { tag: m[1] === 'tag', algorithm: m[2]!.toLowerCase() } : undefined;
}

export function formatManifest(digests: Map<string, string>): string {
  const paths = [...digests.keys()].sort(comparePaths);
  return paths.map((p) => `${digests.get(p)}  ${encodeManifestPath(p)}\n`).join('');
}

export function parseManifest(text: string, algorithm: string): ParsedManifest {
  const entries: ManifestEntry[] = [];
  const problems: string[] = [];
  if (text.charCodeAt(0) === 0xfeff) problems.push('starts with a byte-order mark');
  const seen = new Set<string>();
  const want = isAlgorithm(algorithm) ? hexLength(algorithm as Algorithm) : undefined;
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((raw, i) => {
    const m = /^([0-9A-Fa-f]+)[ \t]+\*?(.+)$/.exec(raw);
    if (!m) {
      problems.push(`line ${i + 1}: not "<digest> <path>"`);
      return;
    }
    const digest = m[1]!.toLowerCase();
    const encoded = m[2]!;
    const path = decodeManifestPath(encoded.startsWith('./') ? encoded.slice(2) : encoded);
    if (want !== undefined && digest.length !== want) problems.push(`line ${i + 1}: ${algorithm} digest must have ${want} hex digits`);
    if (path.startsWith('/') || path.split('/').some((s) => s === '..' || s === '')) {
      problems.push(`line ${i + 1}: unsafe path "${encoded}"`);
      return;
    }
    const key = path.normalize('NFC');
    if (seen.has(key)) {
      problems.push(`line ${i + 1}: "${encoded}" is listed twice`);
      return;
    }
    seen.add(key);
    entries.push({ path, encoded, digest, line: i + 1 });
  });
  return { entries, problems };
}
