// Run the real xf executable, as a user would.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const XF = join(ROOT, 'bin', 'xf');

export interface XfRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function xf(args: string[], opts: { cwd?: string; env?: Record<string, string>; input?: string } = {}): XfRun {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [XF, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, XF_LANG: 'zh', ...opts.env },
    input: opts.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
