// Shared bench helpers: run a command and record wall time and peak RSS (VmHWM from /proc).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function runMeasured(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: opts.stdio ?? ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env }, cwd: opts.cwd });
    let peakKb = 0,
      out = '',
      err = '';
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        /* exited */
      }
    }, 50);
    child.stdout?.on('data', (d) => {
      out += d;
    });
    child.stderr?.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, ms: Number(process.hrtime.bigint() - started) / 1e6, peakMb: peakKb / 1024, stdout: out, stderr: err });
    });
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
export const fmt = (n, d = 1) => Number(n).toFixed(d);
