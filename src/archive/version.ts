// The generator recorded in dossier.json (a dossier's bytes depend on it: same version, same bytes).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;
export function xfVersion(): string {
  cached ??= (JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { version: string }).version;
  return cached;
}
