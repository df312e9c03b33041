// Finding every bag (and year bundle) below the paths given. Bags are not descended into; symbolic
// links are not followed; dot-folders are skipped (audit logs, temporary build folders) except that
// an archive run's leftover (.xf-tmp-/.xf-staging-/.xf-old-) is reported as an unfinished run.
// A folder holding bags of one Bag-Group-Identifier equal to its name is a year bundle even when its
// year-manifest.json was deleted (that deletion is then a fault, not a pass).
import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { YEAR_MANIFEST, isYearBundle, looksLikeBag, parseTagFile, tagValue } from '../bagit/index.js';

export interface Targets {
  bags: string[];
  years: string[];
  /** Folders that could not be listed, with the errno (never taken for "no dossier here"). */
  unreadable: { path: string; errno: string }[];
  /** Hidden folders an interrupted archive run left. */
  partial: string[];
}

const PARTIAL_PREFIXES = ['.xf-tmp-', '.xf-staging-', '.xf-old-'];

function groupOf(bag: string): string | undefined {
  try {
    return tagValue(parseTagFile(readFileSync(join(bag, 'bag-info.txt'), 'utf8')).entries, 'Bag-Group-Identifier');
  } catch {
    return undefined;
  }
}

/** A year bundle: its manifest (or a sidecar of it) is there, or its bags say they belong to it. */
export function looksLikeYearBundle(dir: string, childBags: readonly string[]): boolean {
  if (isYearBundle(dir) || existsSync(join(dir, `${YEAR_MANIFEST}.sha256`)) || existsSync(join(dir, `${YEAR_MANIFEST}.sm3`))) return true;
  const name = basename(dir).normalize('NFC');
  return childBags.some((b) => groupOf(b)?.normalize('NFC') === name);
}

export function discover(paths: readonly string[]): Targets {
  const bags = new Set<string>();
  const years = new Set<string>();
  const unreadable: Targets['unreadable'] = [];
  const partial: string[] = [];
  const visit = (dir: string) => {
    if (looksLikeBag(dir)) {
      bags.add(dir);
      return;
    }
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      unreadable.push({ path: dir, errno: (e as NodeJS.ErrnoException).code ?? 'EIO' });
      return;
    }
    const names = entries
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .map((d) => d.name)
      .sort();
    for (const d of entries) if (d.isDirectory() && PARTIAL_PREFIXES.some((p) => d.name.startsWith(p))) partial.push(join(dir, d.name));
    const childBags = names.map((n) => join(dir, n)).filter((p) => looksLikeBag(p));
    if (looksLikeYearBundle(dir, childBags)) years.add(dir);
    for (const name of names) visit(join(dir, name));
  };
  for (const p of paths) {
    const abs = resolve(p);
    if (!statSync(abs).isDirectory()) continue;
    visit(realpathSync(abs));
  }
  return { bags: [...bags].sort(), years: [...years].sort(), unreadable, partial: partial.sort() };
}
