// A PDF file written straight from strings and byte runs, for the form renderer's hot path. It
// writes the same syntax as pdf-lib's writer (PDFWriter with useObjectStreams: false) byte for byte:
// objects in number order, `N 0 obj\n…\nendobj\n\n`, dictionaries one entry a line, arrays
// `[ a b ]`, a single xref subsection. Building pdf-lib's object graph and serialising it was about a
// third of a form's render time; the files themselves do not change.

/** A dictionary value already in PDF syntax (see the helpers below). */
export type Pdf = string;

/** pdf-lib's numberToString: plain decimals, never exponent notation. */
export function num(x: number): Pdf {
  let s = String(x);
  if (Math.abs(x) < 1) {
    const e = Number.parseInt(x.toString().split('e-')[1]!, 10);
    if (e) {
      const neg = x < 0;
      let v = neg ? -x : x;
      v *= 10 ** (e - 1);
      s = `${neg ? '-' : ''}0.${new Array(e).join('0')}${v.toString().substring(2)}`;
    }
  } else {
    let e = Number.parseInt(x.toString().split('+')[1]!, 10);
    if (e > 20) {
      e -= 20;
      s = (x / 10 ** e).toString() + new Array(e + 1).join('0');
    }
  }
  return s;
}

const IRREGULAR = new Set('()<>[]{}/%#'.split('').map((c) => c.charCodeAt(0)));

/** A name, escaped as pdf-lib escapes it (#XX for anything outside the regular characters). */
export function name(s: string): Pdf {
  let out = '/';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x21 && c <= 0x7e && !IRREGULAR.has(c) ? s[i] : `#${c.toString(16).padStart(2, '0').toUpperCase()}`;
  }
  return out;
}

export const ref = (n: number): Pdf => `${n} 0 R`;
export const arr = (items: Pdf[]): Pdf => (items.length ? `[ ${items.join(' ')} ]` : '[ ]');
/** A literal string as pdf-lib's PDFString.of writes it (the caller passes text that needs no escapes). */
export const lit = (s: string): Pdf => `(${s})`;

/** A dictionary; entries with an undefined value are left out, like pdf-lib's context.obj. */
export function dict(entries: [string, Pdf | undefined][]): Pdf {
  let s = '<<\n';
  for (const [k, v] of entries) if (v !== undefined) s += `${name(k)} ${v}\n`;
  return `${s}>>`;
}

/** Text as a UTF-16BE hex string with a byte-order mark (pdf-lib's PDFHexString.fromText). */
export function hexText(s: string): Pdf {
  let h = 'FEFF';
  for (let i = 0; i < s.length; i++) h += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${h}>`;
}

/** A date as pdf-lib's PDFString.fromDate writes it (UTC). */
export function date(d: Date): Pdf {
  const p = (v: number, w = 2) => String(v).padStart(w, '0');
  return `(D:${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`;
}

interface Obj {
  dict: Pdf;
  /** Stream data in pieces (written one after the other); the dictionary gets its /Length. */
  data?: Uint8Array[];
}

/** Objects are numbered by `alloc` in the order the caller chooses and written in number order. */
export class PdfFile {
  private readonly objs: (Obj | undefined)[] = [];

  constructor(private readonly version: '1.4' | '1.7') {}

  alloc(): number {
    this.objs.push(undefined);
    return this.objs.length;
  }

  set(n: number, d: Pdf): void {
    this.objs[n - 1] = { dict: d };
  }

  /** A stream: `entries` then /Length, as pdf-lib's raw streams are written. */
  setStream(n: number, entries: [string, Pdf | undefined][], data: Uint8Array | Uint8Array[]): void {
    const parts = Array.isArray(data) ? data : [data];
    let len = 0;
    for (const p of parts) len += p.length;
    this.objs[n - 1] = { dict: dict([...entries, ['Length', String(len)]]), data: parts };
  }

  /** The file, with the trailer naming `root` and `info` (and the /ID pair when given, hex). */
  bytes(root: number, info: number, id?: string): Uint8Array {
    const chunks: (string | Uint8Array)[] = [];
    let size = 0;
    const put = (c: string | Uint8Array) => {
      chunks.push(c);
      size += c.length;
    };
    put(`%PDF-${this.version}\n%\x81\x81\x81\x81\n\n`);
    const offsets: number[] = [];
    this.objs.forEach((o, i) => {
      if (!o) throw new Error(`PdfFile: object ${i + 1} was allocated but never written`);
      offsets.push(size);
      if (o.data) {
        put(`${i + 1} 0 obj\n${o.dict}\nstream\n`);
        for (const d of o.data) put(d);
        put('\nendstream\nendobj\n\n');
      } else put(`${i + 1} 0 obj\n${o.dict}\nendobj\n\n`);
    });
    const xrefAt = size;
    let xref = `xref\n0 ${this.objs.length + 1}\n0000000000 65535 f \n`;
    for (const off of offsets) xref += `${String(off).padStart(10, '0')} 00000 n \n`;
    const idEntry = id ? arr([`<${id}>`, `<${id}>`]) : undefined;
    put(
      `${xref}\ntrailer\n${dict([
        ['Size', String(this.objs.length + 1)],
        ['Root', ref(root)],
        ['Info', ref(info)],
        ['ID', idEntry],
      ])}\n\nstartxref\n${xrefAt}\n%%EOF`,
    );
    // its own ArrayBuffer (never Node's pool): batch workers transfer it to the main thread
    const out = Buffer.allocUnsafeSlow(size);
    let at = 0;
    for (const c of chunks) {
      if (typeof c === 'string') at += out.write(c, at, 'latin1');
      else {
        out.set(c, at);
        at += c.length;
      }
    }
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }
}

const HEX = '0123456789abcdef';

/**
 * A content stream written as bytes: numbers and glyph codes straight into a buffer, no strings
 * per operator (joining thousands of small strings, and collecting them, was a fifth of painting).
 */
export class ContentBytes {
  /** A released buffer, taken by the next page (a new 32 KB buffer per page was a tenth of the collector's work). */
  private static spare: Uint8Array | undefined;
  private buf: Uint8Array;
  length = 0;

  constructor() {
    this.buf = ContentBytes.spare ?? new Uint8Array(1 << 15);
    ContentBytes.spare = undefined;
  }

  /** Done with the bytes (their view has been compressed or copied): the next page reuses the buffer. */
  release(): void {
    ContentBytes.spare = this.buf;
    this.length = 0;
  }

  private room(k: number): void {
    if (this.length + k <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + k));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** ASCII text. */
  s(text: string): this {
    this.room(text.length);
    const b = this.buf;
    let at = this.length;
    for (let i = 0; i < text.length; i++) b[at++] = text.charCodeAt(i);
    this.length = at;
    return this;
  }

  /** `x` with two decimals at most and no trailing zeros, then a space: the text of String(Math.round(x * 100) / 100) ('0' for zero). */
  n(x: number): this {
    const k = Math.round(x * 100);
    if (k === 0) return this.s('0 ');
    if (k % 100 === 0 || !(k > -1e15 && k < 1e15)) return this.s(`${k / 100} `);
    this.room(24);
    const b = this.buf;
    if (k < 0) b[this.length++] = 45; // '-'
    const a = k < 0 ? -k : k;
    const f = a % 100;
    this.int((a - f) / 100);
    b[this.length++] = 46; // '.'
    b[this.length++] = 48 + ((f / 10) | 0);
    if (f % 10) b[this.length++] = 48 + (f % 10);
    b[this.length++] = 32;
    return this;
  }

  private int(v: number): void {
    if (v < 10) {
      this.buf[this.length++] = 48 + v;
      return;
    }
    const digits = String(v);
    for (let i = 0; i < digits.length; i++) this.buf[this.length++] = digits.charCodeAt(i);
  }

  /** A glyph code as four lower-case hex digits. */
  hex4(v: number): this {
    this.room(4);
    const b = this.buf;
    b[this.length++] = HEX.charCodeAt((v >> 12) & 15);
    b[this.length++] = HEX.charCodeAt((v >> 8) & 15);
    b[this.length++] = HEX.charCodeAt((v >> 4) & 15);
    b[this.length++] = HEX.charCodeAt(v & 15);
    return this;
  }

  /** The bytes written so far (a view: copy or compress them before writing more). */
  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}
