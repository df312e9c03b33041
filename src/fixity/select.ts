// Choosing which bags a rolling audit checks: a reproducible sample (--sample 5% with a seed) and
// the bags not checked successfully since a cut-off (--not-checked-since 90d).
import { createHash } from 'node:crypto';

/** Parse "5%", "0.05" or "5" (percent). */
export function parseFraction(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(%?)$/.exec(s.trim());
  if (!m) return undefined;
  const v = Number(m[1]);
  const f = m[2] || v > 1 ? v / 100 : v;
  return f > 0 && f <= 1 ? f : undefined;
}

/** Parse "90d", "12w", "6m", "1y" or "36h" into milliseconds. */
export function parseAge(s: string): number | undefined {
  const m = /^(\d+)([hdwmy])$/.exec(s.trim());
  if (!m) return undefined;
  const day = 86_400_000;
  const unit = { h: day / 24, d: day, w: 7 * day, m: 30 * day, y: 365 * day }[m[2] as 'h' | 'd' | 'w' | 'm' | 'y'];
  return Number(m[1]) * unit;
}

/** The ceil(fraction·n) bags whose SHA-256(seed + path) is smallest: same seed, same sample. */
export function sampleBags(bags: readonly string[], fraction: number, seed: string): string[] {
  const k = Math.min(bags.length, Math.ceil(bags.length * fraction));
  const scored = bags.map(
    (b) =>
      [
        createHash('sha256')
          .update(seed + '\0' + b)
          .digest('hex'),
        b,
      ] as const,
  );
  scored.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return scored
    .slice(0, k)
    .map(([, b]) => b)
    .sort();
}

export function notCheckedSince(bags: readonly string[], lastOk: (bag: string) => number | undefined, cutoffMs: number): string[] {
  return bags.filter((b) => {
    const last = lastOk(b);
    return last === undefined || last < cutoffMs;
  });
}
