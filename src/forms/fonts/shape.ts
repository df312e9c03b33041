// Shaping for the scripts whose letters change with their neighbours: Arabic script (Uyghur:
// joining forms), Tibetan (stacked consonants, vowel marks placed on them) and traditional
// Mongolian (positional forms, set horizontally here). The TrueType subsetter maps one character
// to one glyph, which is right for Han, Latin and Yi but prints these as disjoint letters; runs in
// these scripts go through fontkit's OpenType layout (GSUB/GPOS) instead. fontkit is already a
// dependency (chart text); a font is parsed for shaping only when a document uses its script.
import { createRequire } from 'node:module';
import type { TrueTypeFont } from './truetype.js';

interface FkGlyph {
  id: number;
  codePoints: number[];
}
interface FkFont {
  layout(text: string): { glyphs: FkGlyph[]; positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[] };
}

/** One glyph of a shaped run, in visual (left-to-right) order; lengths in font units. */
export interface ShapedGlyph {
  gid: number;
  /** The characters this glyph stands for ('' for a mark split off a letter). */
  chars: string;
  dx: number;
  dy: number;
  advance: number;
}

/** Does this character belong to a script that needs shaping? */
export function needsShaping(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x06ff) || // Arabic (Uyghur letters included)
    (cp >= 0x0750 && cp <= 0x077f) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfeff) ||
    (cp >= 0x0f00 && cp <= 0x0fff) || // Tibetan
    (cp >= 0x1800 && cp <= 0x18af) // Mongolian
  );
}

/** Right-to-left scripts (the DOCX marks their runs w:rtl). */
export function isRtl(cp: number): boolean {
  return (cp >= 0x0590 && cp <= 0x08ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff);
}

const req = createRequire(import.meta.url);
const parsed = new Map<string, FkFont>();
const shaped = new Map<string, ShapedGlyph[]>();

/** Shape `text` in `font` (visual order). Results are cached per font and text (names repeat). */
export function shape(font: TrueTypeFont, text: string): ShapedGlyph[] {
  const key = `${font.path}\u0000${text}`;
  const hit = shaped.get(key);
  if (hit) return hit;
  let fk = parsed.get(font.path!);
  if (!fk) {
    fk = (req('fontkit') as { openSync(p: string): FkFont }).openSync(font.path!);
    parsed.set(font.path!, fk);
  }
  const run = fk.layout(text);
  const out = run.glyphs.map((g, i) => {
    const p = run.positions[i]!;
    return { gid: g.id, chars: String.fromCodePoint(...g.codePoints), dx: p.xOffset, dy: p.yOffset, advance: p.xAdvance };
  });
  shaped.set(key, out);
  return out;
}
