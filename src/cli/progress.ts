// The one progress display of every long command (import, form batches, archive, ledger, verify):
// a bar with percent, rate and ETA on stderr, redrawn at most ten times a second, and only on a
// terminal — piped or --quiet/--json runs print nothing. A total of 0 means "not known yet" (a JSON
// Lines import is streamed): the count and rate are shown without a bar.
import { t } from '../domain/i18n.js';
import { formatBytes } from '../fixity/report.js';
import { terminalSafe, writeRaw } from './output.js';

export type ProgressUnit = 'count' | 'bytes';

export class ProgressBar {
  private last = 0;
  private readonly start = Date.now();
  private constructor(
    private readonly unit: ProgressUnit,
    private readonly out: NodeJS.WriteStream,
  ) {}

  /** A bar when stderr is a terminal and the run is not quiet; otherwise nothing to draw on. */
  static onTerminal(unit: ProgressUnit, quiet?: boolean, out: NodeJS.WriteStream = process.stderr): ProgressBar | undefined {
    return !quiet && out.isTTY ? new ProgressBar(unit, out) : undefined;
  }

  /** `note` follows the figures (a phase, a file count). The last update (done = total) always draws. */
  update(done: number, total: number, note = '', force = false): void {
    const now = Date.now();
    if (!force && now - this.last < 100 && (total === 0 || done < total)) return;
    this.last = now;
    const secs = (now - this.start) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    const amount = (n: number) => (this.unit === 'bytes' ? formatBytes(n) : String(n));
    const speed = this.unit === 'bytes' ? `${formatBytes(rate)}/s` : t(`${rate.toFixed(rate < 10 ? 1 : 0)} 件/秒`, `${rate.toFixed(rate < 10 ? 1 : 0)}/s`);
    let line: string;
    if (total > 0) {
      const width = Math.max(10, Math.min(40, (this.out.columns ?? 80) - 60));
      const frac = Math.min(1, done / total);
      const filled = Math.round(frac * width);
      const eta = rate > 0 ? (total - done) / rate : 0;
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(frac * 100).toFixed(1)}% ${amount(done)}/${amount(total)} ${speed} ${t(`剩余 ${clock(eta)}`, `ETA ${clock(eta)}`)}`;
    } else {
      line = `${amount(done)} ${speed}`;
    }
    writeRaw(this.out, '\r' + terminalSafe(line + (note ? ` ${note}` : '')) + '\x1b[K');
  }

  /** Clear the line, so what the command prints next starts clean. */
  done(): void {
    writeRaw(this.out, '\r\x1b[K');
  }
}

function clock(s: number): string {
  const x = Math.round(s);
  const h = Math.floor(x / 3600),
    m = Math.floor((x % 3600) / 60),
    sec = x % 60;
  return h ? `${h}:${String(m).padStart(2, '0')}:${String(sec).padStart(2, '0')}` : `${m}:${String(sec).padStart(2, '0')}`;
}
