// The fonts a document may use, by typographic role, each role a fallback chain of TrueType files.
// A character is set in the first font of its role's chain that has it; a character no font has is
// reported by the caller as a Violation (never a blank box).
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TrueTypeFont } from './truetype.js';
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
}

const here = dirname(fileURLToPath(import.meta.url));
/** The repository's fonts/ folder (dist/forms/fonts → ../../../fonts). */
export const BUNDLED_FONTS_DIR = resolve(here, '..', '..', '..', 'fonts');

function notoPath(weight: '400Regular' | '700Bold'): string {
  const req = createRequire(import.meta.url);
  const pkg = dirname(req.resolve('@expo-google-fonts/noto-serif-sc/package.json'));
  return join(pkg, weight, `NotoSerifSC_${weight}.ttf`);
}

const BUNDLED = {
  fandolFang: () => join(BUNDLED_FONTS_DIR, 'FandolFang-Regular.ttf'),
  notoRegular: () => notoPath('400Regular'),
  notoBold: () => notoPath('700Bold'),
};

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

export class FontSet {
  private readonly chains: Record<FontRole, string[]>;
  private readonly loaded = new Map<FontRole, TrueTypeFont[]>();

  constructor(files: FontFiles = {}, baseDir = process.cwd()) {
    const own = (p?: string) => (p ? [resolve(baseDir, p)] : []);
    this.chains = {
      title: [...own(files.title), BUNDLED.notoBold(), BUNDLED.fandolFang()],
      fang: [...own(files.body), BUNDLED.fandolFang(), BUNDLED.notoRegular()],
      hei: [...own(files.heiti), BUNDLED.notoBold(), BUNDLED.fandolFang()],
      kai: [...own(files.kaiti), BUNDLED.fandolFang(), BUNDLED.notoRegular()],
      song: [BUNDLED.notoRegular(), BUNDLED.fandolFang()],
    };
  }

  chain(role: FontRole): TrueTypeFont[] {
    let fonts = this.loaded.get(role);
    if (!fonts) {
      fonts = this.chains[role].map(load);
      this.loaded.set(role, fonts);
    }
    return fonts;
  }

  /** The font that sets this character in this role, or undefined when none has it. */
  fontFor(role: FontRole, cp: number): TrueTypeFont | undefined {
    for (const f of this.chain(role)) if (f.has(cp)) return f;
    return undefined;
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

export function isSpace(cp: number): boolean {
  return cp === 0x20 || cp === 0x3000 || cp === 0xa0;
}
