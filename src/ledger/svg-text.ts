// Chinese text in chart SVGs, drawn as glyph outlines (fontkit) from the fonts that ship with xf:
// rasterising then needs no system fonts (a server often has no CJK font at all), and the pictures
// are the same on every machine.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUNDLED_FONTS_DIR } from '../forms/fonts/fontset.js';

interface FkPath {
  toSVG(): string;
}
interface FkGlyph {
  id: number;
  path: FkPath;
  advanceWidth: number;
}
interface FkFont {
  unitsPerEm: number;
  layout(text: string): { glyphs: FkGlyph[]; positions: { xAdvance: number }[] };
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): FkGlyph;
}

const req = createRequire(import.meta.url);
let fonts: FkFont[] | undefined;

function loadFonts(): FkFont[] {
  if (!fonts) {
    const fk = req('fontkit') as { openSync(path: string): FkFont };
    const noto = join(dirname(req.resolve('@expo-google-fonts/noto-serif-sc/package.json')), '400Regular', 'NotoSerifSC_400Regular.ttf');
    fonts = [fk.openSync(noto), fk.openSync(join(BUNDLED_FONTS_DIR, 'FandolFang-Regular.ttf'))];
  }
  return fonts;
}

export type Anchor = 'start' | 'middle' | 'end';

/** Collects glyph outlines once (<defs>) and places them with <use>. */
export class SvgText {
  private readonly defs = new Map<string, string>();

  /** Width of `text` at `size` user units. */
  width(text: string, size: number): number {
    let w = 0;
    for (const { font, glyph } of this.glyphs(text)) w += (glyph.advanceWidth / font.unitsPerEm) * size;
    return w;
  }

  /** SVG elements drawing `text` with its baseline at y. */
  draw(text: string, x: number, y: number, size: number, opts: { anchor?: Anchor; fill?: string } = {}): string {
    const w = this.width(text, size);
    let gx = opts.anchor === 'middle' ? x - w / 2 : opts.anchor === 'end' ? x - w : x;
    const parts: string[] = [];
    for (const { font, fi, glyph } of this.glyphs(text)) {
      const s = size / font.unitsPerEm;
      const id = `g${fi}_${glyph.id}`;
      if (!this.defs.has(id)) this.defs.set(id, `<path id="${id}" d="${glyph.path.toSVG()}"/>`);
      parts.push(`<use href="#${id}" transform="translate(${r(gx)} ${r(y)}) scale(${r(s, 5)} ${r(-s, 5)})"/>`);
      gx += glyph.advanceWidth * s;
    }
    return `<g fill="${opts.fill ?? '#222'}">${parts.join('')}</g>`;
  }

  defsXml(): string {
    return `<defs>${[...this.defs.values()].join('')}</defs>`;
  }

  private *glyphs(text: string): Generator<{ font: FkFont; fi: number; glyph: FkGlyph }> {
    const fs = loadFonts();
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const fi = Math.max(
        0,
        fs.findIndex((f) => f.hasGlyphForCodePoint(cp)),
      );
      const font = fs[fi]!;
      yield { font, fi, glyph: font.glyphForCodePoint(cp) };
    }
  }
}

export function r(x: number, digits = 2): string {
  const s = x.toFixed(digits);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}
