// The DOCX's fonts: runs name a fallback face for the characters their role's face lacks, the font
// table describes every font the document names (w:altName, PANOSE, charset, family, pitch), and
// the faces xf set the text in are embedded (ECMA-376 Part 1 §17.8.1 obfuscated .odttf parts,
// w:embedTrueTypeFonts + w:saveSubsetFonts), so a PC without 仿宋_GB2312 or the fallbacks shows the
// letter as the PDF does. Large CJK faces are embedded as subsets of the characters used (xf's own
// subsetter, with a real cmap and the face renamed to its own family: "Noto Serif SC Bold" …);
// the small complex-script faces (Uyghur, Tibetan, Mongolian, Yi) are embedded whole, keeping the
// OpenType tables Word and LibreOffice shape with.
//
// Done on the package after docx has written it: runs are split and their rFonts rewritten here,
// the rest of the renderer only names each run's role (eastAsia = 仿宋_GB2312 …).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { strFromU8 } from 'fflate';
import { DOCX_FONT_NAME, FONT_ROLES, type FontRole, type FontSet } from './fontset.js';
import { isRtl } from './shape.js';
import type { TrueTypeFont } from './truetype.js';

const ROLE_OF = new Map<string, FontRole>(FONT_ROLES.map((r) => [DOCX_FONT_NAME[r], r]));

/** How Word describes the real Chinese fonts the roles name (its substitution uses these when neither the font nor an embedded face is there). */
const ROLE_FONT: Record<FontRole, { panose: string; family: string; pitch: string }> = {
  title: { panose: '02000000000000000000', family: 'auto', pitch: 'variable' },
  fang: { panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  hei: { panose: '02010609060101010101', family: 'modern', pitch: 'fixed' },
  kai: { panose: '02010609030101010101', family: 'modern', pitch: 'fixed' },
  song: { panose: '02010600030101010101', family: 'auto', pitch: 'variable' },
};

/** Faces up to this size are embedded whole (their GSUB/GPOS kept); larger ones as subsets. */
const WHOLE_MAX = 1_000_000;

/** The family a face is known by in the DOCX: its own family, or its full name for a non-Regular face of a family ("Noto Serif SC Bold"). */
export function docxFamily(f: TrueTypeFont): string {
  const sub = f.nameString(2) ?? 'Regular';
  return (sub === 'Regular' ? f.nameString(1) : f.nameString(4)) ?? f.postscriptName;
}

const xmlUnescape = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface FaceUse {
  chars: Set<number>;
}

export interface EmbedStats {
  faces: { family: string; bytes: number; whole: boolean }[];
}

/** Rewrites one package's runs and font table; one instance per document. */
export class DocxFonts {
  private readonly faces = new Map<TrueTypeFont, FaceUse>();
  private readonly roles = new Set<FontRole>();
  /** Faces runs name by their own family. */
  private readonly fallbacks = new Set<TrueTypeFont>();
  readonly stats: EmbedStats = { faces: [] };

  constructor(private readonly fonts: FontSet) {}

  private use(f: TrueTypeFont, cp: number): void {
    let u = this.faces.get(f);
    if (!u) {
      u = { chars: new Set() };
      this.faces.set(f, u);
    }
    u.chars.add(cp);
  }

  /** Split each run whose text has characters its role's face lacks; record what every face sets. */
  rewriteRuns(xml: string): string {
    return xml.replace(/<w:r>([\s\S]*?)<\/w:r>/g, (whole, body: string) => {
      const rPr = /^<w:rPr>[\s\S]*?<\/w:rPr>/.exec(body)?.[0] ?? '';
      const rest = body.slice(rPr.length);
      const role = ROLE_OF.get(/w:eastAsia="([^"]*)"/.exec(rPr)?.[1] ?? '') ?? 'fang';
      const m = /^(<w:br\/>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t>$/.exec(rest);
      if (!m) {
        // fields, drawings, tabs: their text (if any) is the role's
        for (const t of rest.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) this.record(role, xmlUnescape(t[1]!));
        if (rest.includes('<w:t')) this.roles.add(role);
        return whole;
      }
      const text = xmlUnescape(m[2]!);
      const pieces = this.pieces(role, text);
      if (pieces.length === 1 && !pieces[0]!.face) return whole;
      return pieces
        .map((p, i) => {
          const br = i === 0 && m[1] ? m[1] : '';
          const props = p.face ? fallbackRPr(rPr, docxFamily(p.face), p.rtl) : rPr;
          return `<w:r>${props}${br}<w:t xml:space="preserve">${xmlEscape(p.text)}</w:t></w:r>`;
        })
        .join('');
    });
  }

  private record(role: FontRole, text: string): void {
    this.pieces(role, text);
  }

  /** Runs of the text: the role's own (face undefined) or a fallback face's, which the run then names. */
  private pieces(role: FontRole, text: string): { text: string; face?: TrueTypeFont; rtl: boolean }[] {
    const out: { text: string; face?: TrueTypeFont; rtl: boolean }[] = [];
    const primary = this.fonts.primary(role);
    if ([...text].some((c) => c !== ' ')) this.roles.add(role);
    let prev: TrueTypeFont | undefined;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      // a space inside a fallback run stays there (a Uyghur or Tibetan name is one run)
      const f = ch === ' ' && prev ? prev : (this.fonts.fontFor(role, cp) ?? primary);
      const face = f === primary ? undefined : f;
      this.use(f, cp);
      if (face) this.fallbacks.add(face);
      const last = out[out.length - 1];
      if (last && last.face === face) last.text += ch;
      else out.push({ text: ch, ...(face ? { face } : {}), rtl: false });
      prev = face;
    }
    for (const p of out) p.rtl = !!p.face && [...p.text].some((c) => isRtl(c.codePointAt(0)!));
    return out;
  }

  /** Write the font table, the embedded faces and the settings that keep them into the package. */
  apply(files: Map<string, string | Uint8Array>): void {
    const entries: string[] = [];
    const rels: string[] = [];
    const parts = new Map<string, { rId: string; key: string }>();
    const embedded = new Map<TrueTypeFont, { bytes: Uint8Array; whole: boolean } | undefined>();
    // each entry its own part, even when two roles share a face (小标宋 and 黑体 both Noto Serif SC
    // Bold): LibreOffice 7.4 shows boxes for the second font when two entries reference one part
    const embed = (f: TrueTypeFont, entry: string): string => {
      if (!embedded.has(f)) {
        const data = this.faceBytes(f, this.faces.get(f) ?? { chars: new Set() }, docxFamily(f));
        embedded.set(f, data);
        if (data) this.stats.faces.push({ family: docxFamily(f), bytes: data.bytes.length, whole: data.whole });
      }
      const data = embedded.get(f);
      if (!data) return '';
      const key = fontKey(entry, data.bytes);
      let part = parts.get(key);
      if (!part) {
        const n = parts.size + 1;
        part = { rId: `rId${n}`, key };
        parts.set(key, part);
        files.set(`word/fonts/font${n}.odttf`, obfuscate(data.bytes, key));
        rels.push(`<Relationship Id="${part.rId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font" Target="fonts/font${n}.odttf"/>`);
      }
      return `<w:embedRegular r:id="${part.rId}" w:fontKey="{${key}}"${data.whole ? '' : ' w:subsetted="1"'}/>`;
    };
    // one entry per role the text uses: the real Chinese font's name and description, the bundled
    // face as altName, and that face embedded under the role's name (LibreOffice takes an embedded
    // face by the entry's name; Word uses an installed 仿宋_GB2312 first)
    const primaries = new Set<TrueTypeFont>();
    for (const role of FONT_ROLES) {
      if (!this.roles.has(role)) continue;
      const rf = ROLE_FONT[role];
      const face = this.fonts.primary(role);
      primaries.add(face);
      entries.push(
        `<w:font w:name="${xmlEscape(DOCX_FONT_NAME[role])}"><w:altName w:val="${xmlEscape(docxFamily(face))}"/><w:panose1 w:val="${rf.panose}"/><w:charset w:val="86"/><w:family w:val="${rf.family}"/><w:pitch w:val="${rf.pitch}"/>${embed(face, DOCX_FONT_NAME[role])}</w:font>`,
      );
    }
    // one entry per fallback face a run names, under its own family, embedded
    const named = new Map<string, TrueTypeFont>();
    for (const f of this.fallbacks) named.set(docxFamily(f), f);
    for (const family of [...named.keys()].sort()) {
      const f = named.get(family)!;
      const pan = f.panose();
      const panose = pan?.some((b) => b) ? [...pan!].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('') : undefined;
      const fam = pan?.[0] === 2 && pan[1]! >= 11 && pan[1]! <= 13 ? 'swiss' : 'roman';
      entries.push(
        `<w:font w:name="${xmlEscape(family)}">${panose ? `<w:panose1 w:val="${panose}"/>` : ''}<w:charset w:val="${charsetOf(f)}"/><w:family w:val="${fam}"/><w:pitch w:val="variable"/>${embed(f, family)}</w:font>`,
      );
    }
    // Times New Roman sets Latin and digits in every role's runs (as in Word's own 公文 templates)
    entries.push('<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>');
    files.set(
      'word/fontTable.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${entries.join('')}</w:fonts>`,
    );
    files.set(
      'word/_rels/fontTable.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    );
    if (!parts.size) return;
    const text = (v: string | Uint8Array | undefined) => (v === undefined ? undefined : typeof v === 'string' ? v : strFromU8(v));
    const ct = text(files.get('[Content_Types].xml'));
    if (ct && !ct.includes('Extension="odttf"'))
      files.set('[Content_Types].xml', ct.replace('<Default ', '<Default ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"/><Default '));
    const settings = text(files.get('word/settings.xml'));
    if (settings) files.set('word/settings.xml', embedSettings(settings));
  }

  private faceBytes(f: TrueTypeFont, u: FaceUse, family: string): { bytes: Uint8Array; whole: boolean } | undefined {
    const fsType = f.fsType();
    // a licence that forbids embedding (restricted: bit 1; bitmap only: bit 9) is kept
    if (fsType & 0x0002 || fsType & 0x0200 || !f.path) return undefined;
    // the same face with the same characters gives the same bytes: made once per process (a 送达回证
    // or a notice of the same wording sets the same characters in every case)
    const chars = [...u.chars].sort((a, b) => a - b);
    const key = `${f.path}\u0000${family}\u0000${String.fromCodePoint(...chars)}`;
    const hit = FACE_CACHE.get(key);
    if (hit) {
      FACE_CACHE.delete(key);
      FACE_CACHE.set(key, hit);
      return hit;
    }
    let made: { bytes: Uint8Array; whole: boolean };
    if (statSync(f.path).size <= WHOLE_MAX || fsType & 0x0100) made = { bytes: new Uint8Array(readFileSync(f.path)), whole: true };
    else {
      const gids = chars.map((cp) => f.glyphFor(cp)).filter((g) => g !== 0);
      made = { bytes: f.subset(gids, { chars: u.chars, family }).bytes, whole: false };
    }
    remember(key, made);
    return made;
  }
}

/** Faces as embedded, by face file, family and character set; least recently used dropped past the budget. */
const FACE_CACHE = new Map<string, { bytes: Uint8Array; whole: boolean }>();
const FACE_CACHE_BUDGET = 2 * 1024 * 1024;
let faceCached = 0;
function remember(key: string, v: { bytes: Uint8Array; whole: boolean }): void {
  FACE_CACHE.set(key, v);
  faceCached += v.bytes.length;
  for (const [k, old] of FACE_CACHE) {
    if (faceCached <= FACE_CACHE_BUDGET || FACE_CACHE.size === 1) break;
    FACE_CACHE.delete(k);
    faceCached -= old.bytes.length;
  }
}

function charsetOf(f: TrueTypeFont): string {
  if (f.has(0x4e00) || f.has(0x20000)) return '86'; // GB2312
  if (f.has(0x0627)) return 'B2'; // Arabic
  return '01'; // default
}

/** A fallback run: every script slot names the face (Word and LibreOffice classify Tibetan, Mongolian, Uyghur, Yi and Ext B differently). */
function fallbackRPr(rPr: string, family: string, rtl: boolean): string {
  const name = xmlEscape(family);
  const fonts = `<w:rFonts w:ascii="${name}" w:cs="${name}" w:eastAsia="${name}" w:hAnsi="${name}" w:hint="${rtl ? 'cs' : 'eastAsia'}"/>`;
  let out = rPr ? rPr.replace(/<w:rFonts [^>]*\/>/, fonts) : `<w:rPr>${fonts}</w:rPr>`;
  if (!out.includes('<w:rFonts')) out = out.replace('<w:rPr>', `<w:rPr>${fonts}`);
  if (rtl && !out.includes('<w:rtl'))
    out = /<w:(lang|eastAsianLayout|specVanish|oMath)\b/.test(out) ? out.replace(/<w:(lang|eastAsianLayout|specVanish|oMath)\b/, '<w:rtl/><w:$1') : out.replace('</w:rPr>', '<w:rtl/></w:rPr>');
  return out;
}

/** w:embedTrueTypeFonts and w:saveSubsetFonts, in their place in CT_Settings (after the display/print flags). */
export function embedSettings(xml: string): string {
  if (xml.includes('<w:embedTrueTypeFonts')) return xml;
  const flags = '<w:embedTrueTypeFonts/><w:saveSubsetFonts/>';
  const before =
    /<w:(saveFormsData|mirrorMargins|alignBordersAndEdges|bordersDoNotSurroundHeader|bordersDoNotSurroundFooter|gutterAtTop|hideSpellingErrors|hideGrammaticalErrors|activeWritingStyle|proofState|formsDesign|attachedTemplate|linkStyles|stylePaneFormatFilter|stylePaneSortMethod|documentType|mailMerge|revisionView|trackRevisions|doNotTrackMoves|doNotTrackFormatting|documentProtection|autoFormatOverride|styleLockTheme|styleLockQFSet|defaultTabStop|autoHyphenation|consecutiveHyphenLimit|hyphenationZone|doNotHyphenateCaps|showEnvelope|summaryLength|clickAndTypeStyle|defaultTableStyle|evenAndOddHeaders|bookFoldRevPrinting|bookFoldPrinting|bookFoldPrintingSheets|drawingGridHorizontalSpacing|drawingGridVerticalSpacing|displayHorizontalDrawingGridEvery|displayVerticalDrawingGridEvery|doNotUseMarginsForDrawingGridOrigin|drawingGridHorizontalOrigin|drawingGridVerticalOrigin|doNotShadeFormData|noPunctuationKerning|characterSpacingControl|printTwoOnOne|strictFirstAndLastChars|noLineBreaksAfter|noLineBreaksBefore|savePreviewPicture|doNotValidateAgainstSchema|saveInvalidXml|ignoreMixedContent|alwaysShowPlaceholderText|doNotDemarcateInvalidXml|saveXmlDataOnly|useXSLTWhenSaving|saveThroughXslt|showXMLTags|alwaysMergeEmptyNamespace|updateFields|hdrShapeDefaults|footnotePr|endnotePr|compat|docVars|rsids|mathPr|attachedSchema|themeFontLang|clrSchemeMapping|doNotIncludeSubdocsInStats|doNotAutoCompressPictures|forceUpgrade|captions|readModeInkLockDown|smartTagType|schemaLibrary|shapeDefaults|doNotEmbedSmartTags|decimalSymbol|listSeparator)\b/.exec(
      xml,
    );
  if (before) return xml.slice(0, before.index) + flags + xml.slice(before.index);
  return xml.replace('</w:settings>', `${flags}</w:settings>`);
}

/** A GUID from the font table entry and the face's bytes: same document, same key (determinism). */
function fontKey(entry: string, bytes: Uint8Array): string {
  const h = createHash('sha256').update(entry).update(bytes).digest('hex').toUpperCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** ECMA-376 font obfuscation: the first 32 bytes XORed with the key's 16 bytes, in reverse order. */
export function obfuscate(bytes: Uint8Array, key: string): Uint8Array {
  const hex = key.replace(/[{}-]/g, '');
  const k: number[] = [];
  for (let i = 0; i < 16; i++) k.push(Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16));
  k.reverse();
  const out = new Uint8Array(bytes);
  for (let i = 0; i < 32 && i < out.length; i++) out[i] = out[i]! ^ k[i % 16]!;
  return out;
}
