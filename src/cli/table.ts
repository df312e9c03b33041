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
  // each cell measured once (a 100,000-row table repeats few distinct wide strings: cached by text)
  const known = new Map<string, number>();
  const width = (c: string) => {
    let w = known.get(c);
    if (w === undefined) known.set(c, (w = displayWidth(c)));
    return w;
  };
  const widths = headers.map(width);
  for (const r of rows)
    for (let i = 0; i < widths.length; i++) {
      const w = width(r[i] ?? '');
      if (w > widths[i]!) widths[i] = w;
    }
  // a cell past the header columns is not padded
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < widths.length ? c + ' '.repeat(Math.max(0, widths[i]! - width(c))) : c))
      .join('  ')
      .trimEnd();
  const out = [line(headers), line(widths.map((w) => '─'.repeat(w)))];
  for (const r of rows) out.push(line(r));
  return out.join('\n');
}
