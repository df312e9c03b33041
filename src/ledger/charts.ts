// The report's charts as SVG (grouped bars, a monthly trend line), and their PNG rasterisation with
// sharp. The SVG builders are pure; text is drawn as outlines (svg-text.ts).
import { r, SvgText } from './svg-text.js';

export interface Series {
  name: string;
  values: (number | null)[];
  color: string;
}
export interface ChartSpec {
  title: string;
  labels: string[];
  series: Series[];
  yLabel?: string;
}

export const SERIES_COLORS = ['#2F5597', '#9DC3E6', '#F4B183'];
const W = 800,
  H = 450;
const PLOT = { left: 70, right: 24, top: 64, bottom: 96 };
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Round step (1, 2, 5 × 10^k, at least 1) giving about five ticks up to max. */
export function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 5, step: 1 };
  const raw = max / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!);
  return { top: Math.ceil(max / step) * step, step };
}

function frame(spec: ChartSpec, txt: SvgText, body: string): string {
  const parts: string[] = [];
  parts.push(txt.draw(spec.title, W / 2, 36, 22, { anchor: 'middle', fill: '#000' }));
  // legend, centred under the plot
  const items = spec.series.map((s) => ({ s, w: 18 + 6 + txt.width(s.name, 15) }));
  const total = items.reduce((a, i) => a + i.w, 0) + 28 * (items.length - 1);
  let x = W / 2 - total / 2;
  const y = H - 24;
  for (const { s, w } of items) {
    parts.push(`<rect x="${r(x)}" y="${y - 12}" width="18" height="12" fill="${s.color}"/>`);
    parts.push(txt.draw(s.name, x + 24, y, 15));
    x += w + 28;
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<title>${esc(spec.title)}</title>${txt.defsXml()}<rect width="${W}" height="${H}" fill="#fff"/>${body}${parts.join('')}</svg>\n`
  );
}

function axes(spec: ChartSpec, txt: SvgText, max: number): { y: (v: number) => string; out: string[] } {
  const { top, step } = niceScale(max);
  const plotH = H - PLOT.top - PLOT.bottom;
  const y = (v: number) => r(H - PLOT.bottom - (v / top) * plotH);
  const out: string[] = [];
  for (let v = 0; v <= top; v += step) {
    out.push(`<line x1="${PLOT.left}" x2="${W - PLOT.right}" y1="${y(v)}" y2="${y(v)}" stroke="${v ? '#e0e0e0' : '#444'}" stroke-width="1"/>`);
    out.push(txt.draw(String(v), PLOT.left - 8, Number(y(v)) + 5, 14, { anchor: 'end', fill: '#444' }));
  }
  if (spec.yLabel) out.push(txt.draw(spec.yLabel, PLOT.left - 8, PLOT.top - 14, 14, { anchor: 'end', fill: '#444' }));
  return { y, out };
}

/** Grouped bars: one group per label, one bar per series, value printed on each bar. */
export function barChartSvg(spec: ChartSpec): string {
  const txt = new SvgText();
  const max = Math.max(0, ...spec.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const { y, out } = axes(spec, txt, max);
  const plotW = W - PLOT.left - PLOT.right;
  const groupW = plotW / Math.max(1, spec.labels.length);
  const barW = Math.min(48, (groupW * 0.75) / Math.max(1, spec.series.length));
  spec.labels.forEach((label, i) => {
    const cx = PLOT.left + groupW * (i + 0.5);
    const x0 = cx - (barW * spec.series.length) / 2;
    spec.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      const x = x0 + k * barW;
      out.push(`<rect x="${r(x + 1)}" y="${y(v)}" width="${r(barW - 2)}" height="${r(Number(y(0)) - Number(y(v)))}" fill="${s.color}"/>`);
      out.push(txt.draw(String(v), x + barW / 2, Number(y(v)) - 5, 13, { anchor: 'middle', fill: '#333' }));
    });
    out.push(txt.draw(label, cx, H - PLOT.bottom + 24, 15, { anchor: 'middle' }));
  });
  return frame(spec, txt, out.join(''));
}

/** Lines over the labels (months); a null value breaks the line (months not reached yet). */
export function lineChartSvg(spec: ChartSpec): string {
  const txt = new SvgText();
  const max = Math.max(0, ...spec.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const { y, out } = axes(spec, txt, max);
  const plotW = W - PLOT.left - PLOT.right;
  const step = plotW / Math.max(1, spec.labels.length);
  const x = (i: number) => PLOT.left + step * (i + 0.5);
  spec.labels.forEach((label, i) => out.push(txt.draw(label, x(i), H - PLOT.bottom + 24, 15, { anchor: 'middle' })));
  spec.series.forEach((s, si) => {
    let d = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${r(x(i))} ${y(v)}`;
      pen = true;
    });
    if (d) out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="3" stroke-linejoin="round"/>`);
    s.values.forEach((v, i) => {
      if (v === null) return;
      out.push(`<circle cx="${r(x(i))}" cy="${y(v)}" r="4.5" fill="#fff" stroke="${s.color}" stroke-width="2.5"/>`);
      // values only on the first (current) series: labels of two lines would overlap
      if (si === 0) out.push(txt.draw(String(v), x(i), Number(y(v)) - 10, 13, { anchor: 'middle', fill: '#333' }));
    });
  });
  return frame(spec, txt, out.join(''));
}

/** PNG at `scale` × the SVG's size (2 → 1600 × 900 px, sharp enough for print at 16 cm). */
export async function svgToPng(svg: string, scale = 2): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  return sharp(Buffer.from(svg), { density: 72 * scale })
    .png({ compressionLevel: 9, palette: false })
    .toBuffer();
}

export const CHART_SIZE = { width: W, height: H };
