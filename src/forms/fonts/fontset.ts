// The fonts a document may use, by typographic role, each role a fallback chain of TrueType files.
// A character is set in the first font of its role's chain that has it; a character no font has is
// reported by the caller as a Violation (never a blank box).
//
// Chain order for every role (fonts are opened only when an earlier one lacks a character):
//   1. the office's own file for the role (xf.config.json fonts.body / title / heiti / kaiti);
//   2. the role's bundled faces (仿宋: FandolFang, then Noto Serif SC Light, a Song light enough
//      not to stand out bold inside a 仿宋 name; titles and 黑体: Noto Serif SC Bold …);
//   3. the office's fallback files (fonts.fallback, in order): a licensed Ext-B font, for example;
//   4. the bundled fallback chain: HanaMinB (CJK Ext B and later), Noto Naskh Arabic (Uyghur),
//      Noto Serif Tibetan, Noto Sans Mongolian, Noto Sans Yi.
// So digits and Latin always keep the body or title face; the fallbacks only fill what it lacks.
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TrueTypeFont } from './truetype.js';
import { needsShaping, shape } from './shape.js';
import { XfError } from '../../domain/errors.js';
import { t } from '../../domain/i18n.js';

/** Typographic roles of GB/T 9704: 小标宋 title, 仿宋 body, 黑体 and 楷体 headings, 宋体 numbers and cells. */
export type FontRole = 'title' | 'fang' | 'hei' | 'kai' | 'song';
export const FONT_ROLES: FontRole[] = ['title', 'fang', 'hei', 'kai', 'song'];

/** The names Word and WPS look for (eastAsia run fonts in DOCX). */
export const DOCX_FONT_NAME: Record<FontRole, string> = {
  title: '方正小标宋简体',
  fang: '仿宋_GB2312',
  hei: '黑体',
  kai: '楷体_GB2312',
  song: '宋体',
};

export interface FontFiles {
  body?: string;
  title?: string;
  heiti?: string;
  kaiti?: string;
  /** Tried after the role's own and bundled faces, before the bundled fallback chain. */
  fallback?: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
/** The repository's fonts/ folder (dist/forms/fonts → ../../../fonts). */
export const BUNDLED_FONTS_DIR = resolve(here, '..', '..', '..', 'fonts');

function notoPath(weight: '300Light' | '400Regular' | '700Bold'): string {
  const req = createRequire(import.meta.url);
  const pkg = dirname(req.resolve('@expo-google-fonts/noto-serif-sc/package.json'));
  return join(pkg, weight, `NotoSerifSC_${weight}.ttf`);
}

const inFonts = (file: string) => () => join(BUNDLED_FONTS_DIR, file);
const BUNDLED = {
  fandolFang: inFonts('FandolFang-Regular.ttf'),
  notoLight: () => notoPath('300Light'),
  notoRegular: () => notoPath('400Regular'),
  notoBold: () => notoPath('700Bold'),
};

/** The bundled fallback chain, tried after every role's own faces and the office's fallbacks. */
export const BUNDLED_FALLBACK: (() => string)[] = [
  inFonts('HanaMinB.ttf'), // CJK Ext B (42,711 of 42,720), C–F
  inFonts('NotoNaskhArabic-Regular.ttf'), // Uyghur (Arabic script)
  inFonts('NotoSerifTibetan-Regular.ttf'),
  inFonts('NotoSansMongolian-Regular.ttf'), // traditional Mongolian (set horizontally)
  inFonts('NotoSansYi-Regular.ttf'),
];

/** Parsed fonts are shared by every document of a process: parse once per batch. */
const cache = new Map<string, TrueTypeFont>();

function load(path: string): TrueTypeFont {
  const abs = resolve(path);
  let f = cache.get(abs);
  if (!f) {
    try {
      f = TrueTypeFont.open(
        abs,
        abs
          .split(/[\\/]/)
          .pop()!
          .replace(/\.ttf$/i, ''),
      );
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new XfError(
        err.code === 'ENOENT' ? 'NOT_FOUND' : 'VALIDATION',
        t(
          `字体文件不可用：${abs}（${err.code ?? err.message}）；请检查 xf.config.json 的 fonts 设置（须为 TrueType 字体）`,
          `font file unusable: ${abs} (${err.code ?? err.message}); check fonts in xf.config.json (TrueType fonts only)`,
        ),
      );
    }
    cache.set(abs, f);
  }
  return f;
}

/** An office-configured font file must exist: say which key names a missing one, before any form is made. */
function checkConfigured(key: string, path: string): string {
  let ok = false;
  try {
    ok = statSync(path).isFile();
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new XfError('NOT_FOUND', t(`xf.config.json 的 ${key} 指向的字体文件不存在：${path}`, `xf.config.json ${key} names a font file that does not exist: ${path}`));
  }
  return path;
}

/** One glyph of a line: see FontSet.glyphs. */
export interface PlacedGlyph {
  font: TrueTypeFont;
  gid: number;
  chars: string;
  dx: number;
  dy: number;
  advance: number;
  shaped: boolean;
}

export class FontSet {
  private readonly chains: Record<FontRole, string[]>;
  private readonly loaded = new Map<string, TrueTypeFont>();

  constructor(files: FontFiles = {}, baseDir = process.cwd()) {
    const own = (key: string, p?: string) => (p ? [checkConfigured(`fonts.${key}`, resolve(baseDir, p))] : []);
    const fallback = [...(files.fallback ?? []).flatMap((p, i) => own(`fallback[${i}]`, p)), ...BUNDLED_FALLBACK.map((f) => f())];
    const role = (ownFont: string[], bundled: string[]) => [...ownFont, ...bundled];
    const body = own('body', files.body),
      title = own('title', files.title),
      heiti = own('heiti', files.heiti),
      kaiti = own('kaiti', files.kaiti);
    const roleFaces: Record<FontRole, string[]> = {
      title: role(title, [BUNDLED.notoBold(), BUNDLED.fandolFang()]),
      fang: role(body, [BUNDLED.fandolFang(), BUNDLED.notoLight()]),
      hei: role(heiti, [BUNDLED.notoBold(), BUNDLED.fandolFang()]),
      kai: role(kaiti, [BUNDLED.fandolFang(), BUNDLED.notoLight()]),
      song: [BUNDLED.notoRegular(), BUNDLED.fandolFang()],
    };
    this.chains = Object.fromEntries(FONT_ROLES.map((r) => [r, [...roleFaces[r], ...fallback]])) as Record<FontRole, string[]>;
  }

  private at(path: string): TrueTypeFont {
    let f = this.loaded.get(path);
    if (!f) {
      f = load(path);
      this.loaded.set(path, f);
    }
    return f;
  }

  /** Every font of the role's chain (opens them all: prefer `primary` and `fontFor`). */
  chain(role: FontRole): TrueTypeFont[] {
    return this.chains[role].map((p) => this.at(p));
  }

  /** The face a role starts with (the office's own file, or the bundled one). */
  primary(role: FontRole): TrueTypeFont {
    return this.at(this.chains[role][0]!);
  }

  /** The font that sets this character in this role, or undefined when none has it. */
  fontFor(role: FontRole, cp: number): TrueTypeFont | undefined {
    for (const p of this.chains[role]) {
      const f = this.at(p);
      if (f.has(cp)) return f;
    }
    return undefined;
  }

  /** Is this the face the role starts with (the DOCX names it by the role's name, 仿宋_GB2312 …)? Any other face is a fallback, named by its own family. */
  isRoleFace(role: FontRole, font: TrueTypeFont): boolean {
    return this.loaded.get(this.chains[role][0]!) === font;
  }

  /**
   * The glyphs that set `text` in this role, in visual order: each with its font, glyph id, the
   * characters it stands for, its offset from the pen and its advance (font units). Runs of the
   * scripts that need shaping (Uyghur, Tibetan, Mongolian) are shaped; `shaped` glyphs are placed
   * one by one. A character no font has comes out as the primary face's .notdef (callers refuse
   * such text before rendering: `missing`).
   */
  glyphs(role: FontRole, text: string): PlacedGlyph[] {
    const out: PlacedGlyph[] = [];
    const chars = [...text];
    for (let i = 0; i < chars.length; ) {
      const ch = chars[i]!;
      const cp = ch.codePointAt(0)!;
      const f = this.fontFor(role, cp) ?? this.primary(role);
      if (needsShaping(cp) && f.has(cp)) {
        // the whole run of this script in this font (spaces inside a name stay in the run)
        let j = i + 1;
        while (j < chars.length) {
          const c = chars[j]!.codePointAt(0)!;
          if (!((needsShaping(c) || c === 0x20) && (c === 0x20 ? f.has(c) : this.fontFor(role, c) === f))) break;
          j++;
        }
        while (j > i + 1 && chars[j - 1] === ' ') j--;
        for (const g of shape(f, chars.slice(i, j).join(''))) out.push({ font: f, gid: g.gid, chars: g.chars, dx: g.dx, dy: g.dy, advance: g.advance, shaped: true });
        i = j;
        continue;
      }
      const gid = f.glyphFor(cp);
      out.push({ font: f, gid, chars: ch, dx: 0, dy: 0, advance: f.advance(gid), shaped: false });
      i++;
    }
    return out;
  }

  /** Characters of `text` that no font of the role can set. */
  missing(role: FontRole, text: string): string[] {
    const out = new Set<string>();
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || isSpace(cp)) continue;
      if (!this.fontFor(role, cp)) out.add(ch);
    }
    return [...out];
  }
}

/** The office's font set: fonts_dir (default the xf home) is where relative font paths start. */
export function officeFonts(office: { fonts?: FontFiles; fonts_dir?: string }, home: string): FontSet {
  return new FontSet(office.fonts ?? {}, resolve(home, office.fonts_dir ?? '.'));
}

export function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x3000 || cp === 0xa0;
}
