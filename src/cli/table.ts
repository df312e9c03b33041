// Plain-text tables that line up with Chinese text (wide characters take two columns).
export function displayWidth(s: string): number {
  // most cells (case numbers, dates) are ASCII: every code unit below U+1100 is one column
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 0x1100) i++;
  if (i === s.length) return s.length;
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      c >= 0x1100 &&
      (c <= 0x115f ||
        (c >= 0x2e80 && c <= 0xa4cf) ||
        (c >= 0xac00 && c <= 0xd7a3) ||
        (c >= 0xf900 && c <= 0xfaff) ||
        (c >= 0xfe30 && c <= 0xfe4f) ||
        (c >= 0xff00 && c <= 0xff60) ||
        (c >= 0xffe0 && c <= 0xffe6) ||
        (c >= 0x20000 && c <= 0x3fffd))
        ? 2
        : 1;
  }
  return w;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function renderTable(headers: string[], rows: string[][]): string {
  // Each cell measured once, its width kept by position (a 100,000-row table is mostly distinct ASCII
  // case numbers and dates: no map of them); the few distinct wide strings are measured once by text.
  const n = headers.length;
  const wide = new Map<string, number>();
  const measure = (c: string) => {
    let w = wide.get(c);
    if (w === undefined) {
      w = displayWidth(c);
      if (w !== c.length) wide.set(c, w);
    }
    return w;
  };
  const widths = headers.map(measure);
  const cellWidths = new Uint32Array(rows.length * n);
  for (let r = 0, k = 0; r < rows.length; r++) {
    const row = rows[r]!;
    for (let i = 0; i < n; i++, k++) {
      const w = measure(row[i] ?? '');
      cellWidths[k] = w;
      if (w > widths[i]!) widths[i] = w;
    }
  }
  const pads: string[] = [];
  const pad = (k: number) => (k <= 0 ? '' : (pads[k] ??= ' '.repeat(k)));
  // a cell past the header columns is not padded
  const line = (cells: string[], w: (i: number) => number) => {
    let s = '';
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i]!;
      s += (i ? '  ' : '') + (i < n ? c + pad(widths[i]! - w(i)) : c);
    }
    return s.trimEnd();
  };
  const out = [
    line(headers, (i) => measure(headers[i]!)),
    line(
      widths.map((w) => '─'.repeat(w)),
      (i) => widths[i]!,
    ),
  ];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const base = r * n;
    out.push(line(row, (i) => (i < n ? cellWidths[base + i]! : 0)));
  }
  return out.join('\n');
}
