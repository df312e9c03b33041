// Shared bench helpers: run a command and record wall time, CPU time and peak RSS (from /proc).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** The load average (1, 5, 15 min), for every figure printed: the machine is shared. */
export const load = () =>
  `load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;

export function runMeasured(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, args, { stdio: opts.stdio ?? ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env }, cwd: opts.cwd });
    let peakKb = 0,
      cpuTicks = 0,
      out = '',
      err = '';
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
        // utime + stime (fields 14, 15), in clock ticks (100 a second): sampled, so up to 50 ms short
        const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
        cpuTicks = Math.max(cpuTicks, Number(f[11]) + Number(f[12]));
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
      resolve({ code, ms: Number(process.hrtime.bigint() - started) / 1e6, cpuS: cpuTicks / 100, peakMb: peakKb / 1024, stdout: out, stderr: err });
    });
  });
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
export const fmt = (n, d = 1) => Number(n).toFixed(d);
