// Finding every bag (and year bundle) below the paths given. Bags are not descended into; symbolic
// links are not followed; dot-folders are skipped (audit logs, temporary build folders).
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isYearBundle, looksLikeBag } from '../bagit/index.js';

export interface Targets { bags: string[]; years: string[] }

export function discover(paths: readonly string[]): Targets {
  const bags = new Set<string>();
  const years = new Set<string>();
  const visit = (dir: string) => {
    if (looksLikeBag(dir)) { bags.add(dir); return; }
    if (isYearBundle(dir)) years.add(dir);
    let names: string[];
    try { names = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name); } catch { return; }
    for (const name of names.sort()) visit(join(dir, name));
  };
  for (const p of paths) {
    const abs = resolve(p);
    if (!statSync(abs).isDirectory()) continue;
    visit(realpathSync(abs));
  }
  return { bags: [...bags].sort(), years: [...years].sort() };
}
