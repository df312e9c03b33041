// Chinese line breaking with 避头尾 (kinsoku): a break may fall between any two CJK characters, Latin
// words and numbers stay whole, no line starts with closing punctuation and no line ends with opening
// punctuation. Greedy fill, then pull characters back to the next line to satisfy the rules.

/** May not start a line. */
export const NO_START = new Set([...'。，、；：？！）》」』〉】〕〗’”…‥·%‰℃°.,;:?!)]}～—'].map((c) => c.codePointAt(0)!));
/** May not end a line. */
export const NO_END = new Set([...'（《「『〈【〔〖‘“([{'].map((c) => c.codePointAt(0)!));

export interface Unit {
  /** The characters of this unbreakable unit. */
  text: string;
  width: number;
  /** Spaces may vanish at a line end. */
  space: boolean;
  /** Index of the input segment it came from (labels vs values of a field line). */
  seg: number;
  /** Each character's advance, for a word too long for a line (split where it must). */
  widths?: number[];
}

export interface Line {
  units: Unit[];
  width: number;
  /** Forced by a newline or the end of the paragraph (not justified). */
  last: boolean;
}

const WORD = /[A-Za-z0-9\u00C0-\u024F@#&_+\-./%'’:,]/u;

/** Uyghur, Tibetan and Mongolian letters join or stack with their neighbours: a word of them is one unit (shaped whole). */
function isJoiningScript(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x06ff) ||
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff) ||
    (cp >= 0x0f00 && cp <= 0x0fff) ||
    (cp >= 0x1800 && cp <= 0x18af)
  );
}

function isRtl(cp: number): boolean {
  return (cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff);
}

function isWordChar(ch: string): boolean {
  return WORD.test(ch) || isJoiningScript(ch.codePointAt(0)!);
}

/** Split segments into units: one CJK character, one space, or one Latin word/number. */
export function toUnits(segments: string[], measure: (ch: string) => number): Unit[][] {
  // Result: one unit list per hard line (split on \n).
  const lines: Unit[][] = [[]];
  segments.forEach((text, seg) => {
    let word = '';
    let wordW = 0;
    let widths: number[] = [];
    const flush = () => {
      if (word) {
        lines[lines.length - 1]!.push({ text: word, width: wordW, space: false, seg, widths });
        word = '';
        wordW = 0;
        widths = [];
      }
    };
    const chars = [...text];
    chars.forEach((ch, k) => {
      // a space between two right-to-left words stays inside the unit: the words are shaped (and
      // ordered right to left) together, which is all the bidi a name needs
      if (ch === ' ' && word && isRtl(word.codePointAt(word.length - 1)!) && isRtl(chars[k + 1]?.codePointAt(0) ?? 0)) {
        word += ch;
        const w = measure(ch);
        wordW += w;
        widths.push(w);
        return;
      }
      if (ch === '\n') {
        flush();
        lines.push([]);
        return;
      }
      if (ch === '\r') return;
      // a word ends at a trailing ASCII punctuation only when followed by CJK; keep simple: word chars join
      if ((ch.charCodeAt(0) < 0x2e80 && isWordChar(ch)) || isJoiningScript(ch.codePointAt(0)!)) {
        const digitsBefore = /\d$/.test(word);
        word += ch;
        const w = measure(ch);
        wordW += w;
        widths.push(w);
        // a telephone or serial number may break after its hyphen (0531-|86001237), so the line
        // before it is not spread letter by letter to make room for the whole number
        if (ch === '-' && digitsBefore) flush();
        return;
      }
      flush();
      lines[lines.length - 1]!.push({ text: ch, width: measure(ch), space: ch === ' ' || ch === '\u3000', seg });
    });
    flush();
  });
  return lines;
}

function firstCp(u: Unit): number {
  return u.text.codePointAt(0)!;
}
function lastCp(u: Unit): number {
  const a = [...u.text];
  return a[a.length - 1]!.codePointAt(0)!;
}

/**
 * Break units into lines. `widthOf(i)` is the available width of line i (the first line may be
 * indented). Spaces at line ends are dropped.
 */
export function breakLines(hardLines: Unit[][], widthOf: (lineIndex: number) => number): Line[] {
  const out: Line[] = [];
  for (let units of hardLines) {
    let i = 0;
    if (units.length === 0) {
      out.push({ units: [], width: 0, last: true });
      continue;
    }
    while (i < units.length) {
      const avail = widthOf(out.length);
      const u0 = units[i]!;
      if (u0.width > avail + 0.01 && u0.widths && u0.widths.length > 1) {
        // a number longer than the whole line: break it where the line ends
        const chars = [...u0.text];
        let w = 0,
          n = 0;
        while (n < chars.length && w + u0.widths[n]! <= avail + 0.01) w += u0.widths[n++]!;
        n = Math.max(1, n);
        const head = { ...u0, text: chars.slice(0, n).join(''), width: u0.widths.slice(0, n).reduce((a, b) => a + b, 0), widths: u0.widths.slice(0, n) };
        const tail = { ...u0, text: chars.slice(n).join(''), width: u0.widths.slice(n).reduce((a, b) => a + b, 0), widths: u0.widths.slice(n) };
        units = [...units.slice(0, i), head, tail, ...units.slice(i + 1)];
      }
      let w = 0;
      let j = i;
      while (j < units.length && (w + units[j]!.width <= avail + 0.01 || j === i)) {
        w += units[j]!.width;
        j++;
      }
      if (j < units.length) {
        // 避头: the next line may not start with closing punctuation; 避尾: this line may not end with opening punctuation.
        let k = j;
        while (k > i + 1 && (NO_START.has(firstCp(units[k]!)) || NO_END.has(lastCp(units[k - 1]!)))) k--;
        if (k > i + 1 || (k === i + 1 && !NO_START.has(firstCp(units[k]!)) && !NO_END.has(lastCp(units[k - 1]!)))) j = k;
        // nothing left to pull back: let closing punctuation hang past the margin (悬挂标点)
        else while (j < units.length && NO_START.has(firstCp(units[j]!))) j++;
        // A line breaking before a space: the space is dropped.
      }
      let lineUnits = units.slice(i, j);
      while (lineUnits.length && lineUnits[lineUnits.length - 1]!.space) lineUnits = lineUnits.slice(0, -1);
      i = j;
      while (i < units.length && units[i]!.space && i > 0 && j < units.length) i++;
      out.push({ units: lineUnits, width: lineUnits.reduce((s, u) => s + u.width, 0), last: i >= units.length });
    }
  }
  return out;
}
