// A byte-based progress bar with throughput and ETA, redrawn at most ten times a second on stderr.
import { t } from '../domain/i18n.js';
import { formatBytes } from './report.js';
import type { Progress } from './verify.js';

export class ProgressBar {
  private last = 0;
  private readonly start = Date.now();
  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {}

  update(p: Progress, force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const width = Math.max(10, Math.min(40, (this.out.columns ?? 80) - 60));
    const frac = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 1;
    const filled = Math.round(frac * width);
    const secs = (now - this.start) / 1000;
    const rate = secs > 0 ? p.bytesDone / secs : 0;
    const eta = rate > 0 ? (p.bytesTotal - p.bytesDone) / rate : 0;
    const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(1)}% ` +
      `${formatBytes(p.bytesDone)}/${formatBytes(p.bytesTotal)} ${formatBytes(rate)}/s ` +
      t(`剩余 ${clock(eta)}`, `ETA ${clock(eta)}`) + ` ${p.filesDone}/${p.filesTotal}`;
    this.out.write('\r' + line + '\x1b[K');
  }

  done(): void { this.out.write('\r\x1b[K'); }
}

function clock(s: number): string {
  const x = Math.round(s);
  const h = Math.floor(x / 3600), m = Math.floor((x % 3600) / 60), sec = x % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
}
