// Reading a bag's structure from disk without hashing anything: the declaration, bag-info, every
// manifest and the files actually present. Judging what is wrong is the verifier's job
// (src/fixity/check-bag.ts); this module only reports what it found and what it could not parse.
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { type ParsedManifest, SM3_DIGESTS, manifestKind, parseManifest } from './manifest.js';
import { type TagEntries, parseTagFile } from './tagfiles.js';

export interface DiskEntry {
  /** Bag-relative path exactly as on disk, slash-separated. */
  path: string;
  kind: 'file' | 'symlink' | 'dir' | 'other' | 'unreadable-dir';
  size: number;
  mtimeMs: number;
  error?: string;
}

export interface ManifestFile extends ParsedManifest {
  name: string;
  algorithm: string;
  tag: boolean;
  readError?: string;
  /** Half of sm3-digests.txt (its data/ lines, or its tag-file lines): checked like a manifest, not one for BagIt. */
  digestFile?: boolean;
}

export interface BagOnDisk {
  dir: string;
  bagitTxt?: string;
  bagitTxtError?: string;
  bagInfo?: { entries: TagEntries; problems: string[] };
  bagInfoError?: string;
  hasData: boolean;
  manifests: ManifestFile[];
  /** Files and oddities under data/ (directories are walked, not listed, unless unreadable). */
  payload: DiskEntry[];
  /** Files outside data/ (tag files), manifests included. */
  tags: DiskEntry[];
}

function readText(path: string): { text?: string; error?: string } {
  try {
    return { text: readFileSync(path, 'utf8') };
  } catch (e) {
    return { error: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
}

/** Is this directory a bag (or the wreck of one: manifests beside data/ even without bagit.txt)? */
export function looksLikeBag(dir: string): boolean {
  if (existsSync(join(dir, 'bagit.txt'))) return true;
  try {
    if (!statSync(join(dir, 'data')).isDirectory()) return false;
    return readdirSync(dir).some((n) => manifestKind(n) !== undefined);
  } catch {
    return false;
  }
}

let cleanDir: string | undefined;
/**
 * `join(dir, ...rel.split('/'))`, by concatenation when nothing needs normalising (an absolute,
 * normalised folder and a plain relative path: every file of a sound bag). path.join was a sixth of
 * what a verification run allocated, called for each file in each manifest.
 */
export function pathUnder(dir: string, rel: string): string {
  if (sep === '/' && rel !== '' && rel[0] !== '/' && rel[0] !== '.' && !rel.endsWith('/') && !rel.includes('//') && !rel.includes('/.')) {
    if (dir === cleanDir) return `${dir}/${rel}`;
    if (dir[0] === '/' && dir.length > 1 && normalize(dir) === dir && !dir.endsWith('/')) {
      cleanDir = dir;
      return `${dir}/${rel}`;
    }
  }
  return join(dir, ...rel.split('/'));
}

/** Walk a folder, listing files and anything that is neither a file nor a folder. Never follows links. */
export function walk(root: string, prefix: string, out: DiskEntry[], skip?: (rel: string) => boolean): void {
  let names: string[];
  try {
    names = readdirSync(prefix ? pathUnder(root, prefix.slice(0, -1)) : root);
  } catch (e) {
    out.push({ path: prefix.replace(/\/$/, ''), kind: 'unreadable-dir', size: 0, mtimeMs: 0, error: (e as NodeJS.ErrnoException).code ?? String(e) });
    return;
  }
  for (const name of names.sort()) {
    const rel = prefix + name;
    if (skip?.(rel)) continue;
    const abs = pathUnder(root, rel);
    let st;
    try {
      st = lstatSync(abs);
    } catch (e) {
      out.push({ path: rel, kind: 'other', size: 0, mtimeMs: 0, error: (e as NodeJS.ErrnoException).code ?? String(e) });
      continue;
    }
    if (st.isDirectory()) walk(root, rel + '/', out, skip);
    else out.push({ path: rel, kind: st.isFile() ? 'file' : st.isSymbolicLink() ? 'symlink' : 'other', size: st.size, mtimeMs: st.mtimeMs });
  }
}

export function readBagOnDisk(dir: string): BagOnDisk {
  const bag: BagOnDisk = { dir, hasData: false, manifests: [], payload: [], tags: [] };
  const bt = readText(join(dir, 'bagit.txt'));
  if (bt.text !== undefined) bag.bagitTxt = bt.text;
  else bag.bagitTxtError = bt.error;
  const bi = readText(join(dir, 'bag-info.txt'));
  if (bi.text !== undefined) bag.bagInfo = parseTagFile(bi.text);
  else if (bi.error !== 'ENOENT') bag.bagInfoError = bi.error;
  try {
    bag.hasData = statSync(join(dir, 'data')).isDirectory();
  } catch {
    bag.hasData = false;
  }

  let top: string[] = [];
  try {
    top = readdirSync(dir).sort();
  } catch {
    /* reported through bagit.txt */
  }
  for (const name of top) {
    const kind = manifestKind(name);
    if (!kind) continue;
    const r = readText(join(dir, name));
    const parsed = r.text !== undefined ? parseManifest(r.text, kind.algorithm) : { entries: [], problems: [] };
    bag.manifests.push({ name, algorithm: kind.algorithm, tag: kind.tag, ...parsed, ...(r.error ? { readError: r.error } : {}) });
  }
  if (top.includes(SM3_DIGESTS)) {
    // one file, checked as a payload manifest (its data/ lines) and as a tag manifest (the rest)
    const r = readText(join(dir, SM3_DIGESTS));
    const parsed = r.text !== undefined ? parseManifest(r.text, 'sm3') : { entries: [], problems: [] };
    const base = { name: SM3_DIGESTS, algorithm: 'sm3', digestFile: true, ...(r.error ? { readError: r.error } : {}) };
    bag.manifests.push({ ...base, tag: false, entries: parsed.entries.filter((e) => e.path.startsWith('data/')), problems: parsed.problems });
    bag.manifests.push({ ...base, tag: true, entries: parsed.entries.filter((e) => !e.path.startsWith('data/')), problems: [] });
  }
  if (bag.hasData) walk(dir, 'data/', bag.payload);
  walk(dir, '', bag.tags, (rel) => rel === 'data');
  return bag;
}
