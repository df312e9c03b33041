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

/** A cell's width, the few distinct wide strings measured once by text (a 100,000-row table is
 *  mostly distinct ASCII case numbers and dates: no map of them). */
function widthCache(): (c: string) => number {
  const wide = new Map<string, number>();
  return (c) => {
    let w = wide.get(c);
    if (w === undefined) {
      w = displayWidth(c);
      if (w !== c.length) wide.set(c, w);
    }
    return w;
  };
}

/** The text of cells from column `from` on, each padded to its column's width but a cell past the
 *  header columns (not padded), two spaces before every column but the first; not trimmed. */
function cellsText(widths: readonly number[], pad: (k: number) => string, cells: readonly string[], from: number, w: (i: number) => number): string {
  const n = widths.length;
  let s = '';
  for (let j = 0; j < cells.length; j++) {
    const i = from + j;
    const c = cells[j]!;
    s += (i ? '  ' : '') + (i < n ? c + pad(widths[i]! - w(j)) : c);
  }
  return s;
}

function padder(): (k: number) => string {
  const pads: string[] = [];
  return (k) => (k <= 0 ? '' : (pads[k] ??= ' '.repeat(k)));
}

/** The header and the rule under it. */
function head(headers: readonly string[], widths: readonly number[], pad: (k: number) => string, measure: (c: string) => number): string[] {
  return [
    cellsText(widths, pad, headers, 0, (i) => measure(headers[i]!)).trimEnd(),
    cellsText(
      widths,
      pad,
      widths.map((w) => '─'.repeat(w)),
      0,
      (i) => widths[i]!,
    ).trimEnd(),
  ];
}

export function renderTable(headers: string[], rows: string[][]): string {
  // each cell measured once, its width kept by position
  const n = headers.length;
  const measure = widthCache();
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
  const pad = padder();
  const out = head(headers, widths, pad, measure);
  for (let r = 0; r < rows.length; r++) {
    const base = r * n;
    out.push(cellsText(widths, pad, rows[r]!, 0, (i) => (i < n ? cellWidths[base + i]! : 0)).trimEnd());
  }
  return out.join('\n');
}

/**
 * The text renderTable gives for rows `[first, ...rest(key)]`, for a long table whose rows differ
 * mostly in their first cell (`xf deadlines`: tens of thousands of case numbers, a few hundred kinds
 * of line): the other cells are asked for and laid out once per distinct key (by identity).
 */
export function renderTableShared<K>(headers: string[], rows: readonly (readonly [string, K])[], rest: (key: K) => readonly string[]): string {
  const n = headers.length;
  const measure = widthCache();
  const widths = headers.map(measure);
  // first cells are mostly distinct (case numbers): measured without the cache
  const firstWidths = new Uint32Array(rows.length);
  const tails = new Map<K, { cells: readonly string[]; text: string }>();
  const tailOf: { cells: readonly string[]; text: string }[] = new Array(rows.length);
  // indexed, not destructured: this runs before the JIT has compiled it, where a destructuring
  // assignment walks the array's iterator
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const first = row[0];
    const key = row[1];
    const w = displayWidth(first);
    firstWidths[r] = w;
    if (w > widths[0]!) widths[0] = w;
    let tail = tails.get(key);
    if (!tail) {
      const cells = rest(key);
      for (let j = 0; j < cells.length && j + 1 < n; j++) widths[j + 1] = Math.max(widths[j + 1]!, measure(cells[j]!));
      tail = { cells, text: '' };
      tails.set(key, tail);
    }
    tailOf[r] = tail;
  }
  const pad = padder();
  // a line trimmed at its end is its first cell, padded, and its trimmed tail, unless that is empty
  for (const t of tails.values()) t.text = cellsText(widths, pad, t.cells, 1, (j) => (j + 1 < n ? measure(t.cells[j]!) : 0)).trimEnd();
  const out = head(headers, widths, pad, measure);
  for (let r = 0; r < rows.length; r++) {
    const first = rows[r]![0];
    const tail = tailOf[r]!.text;
    out.push(tail ? first + (n ? pad(widths[0]! - firstWidths[r]!) : '') + tail : first.trimEnd());
  }
  return out.join('\n');
}
