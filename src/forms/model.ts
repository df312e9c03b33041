// The document tree: what a template produces and what every renderer consumes (Pandoc-style:
// one reader, many writers). Lengths are millimetres; font sizes are points.
import type { FontRole } from './fonts/fontset.js';

/** letter: GB/T 9704 grid (22 × 28, page numbers); form: same paper and margins, tables; slip: two parts per A4 sheet. */
export type Layout = 'letter' | 'form' | 'slip';
export type Align = 'left' | 'center' | 'right' | 'justify';

export interface DocMeta {
  title: string;
  /** ISO date the document bears; also its fixed PDF/DOCX creation date (determinism). */
  date: string;
  subject?: string;
  /** Stable identifier, e.g. case_no/form_id. */
  id: string;
  author?: string;
}

export interface TextStyle {
  font?: FontRole;
  /** Points. */
  size?: number;
  bold?: boolean;
  color?: string;
}

export interface Heading extends TextStyle {
  type: 'heading';
  text: string;
  level?: 1 | 2 | 3;
  align?: Align;
}
export interface Paragraph extends TextStyle {
  type: 'paragraph';
  text: string;
  /** First-line indent in characters (GB/T 9704: 2). */
  indent?: number;
  /** Left indent of every line, in characters. */
  hang?: number;
  align?: Align;
  /** Draw a rule above / below (版记 lines). */
  rule_above?: boolean;
  rule_below?: boolean;
  /** Sit on the bottom edge of the type area (版记, GB/T 9704 §7.4). */
  bottom?: boolean;
}
export interface Field extends TextStyle {
  type: 'field';
  label: string;
  value: string;
  /** Underline the value (a form line). */
  underline?: boolean;
}
export interface Cell extends TextStyle {
  text: string;
  span?: number;
  align?: Align;
  header?: boolean;
}
export interface Row {
  cells: Cell[] /** minimum height, mm */;
  height?: number;
}
export interface Table extends TextStyle {
  type: 'table';
  /** Explicit column widths in mm (their sum is the table width). */
  columns: number[];
  rows: Row[];
  /** The first N rows are the table's head: repeated at the top of every page the table runs onto. */
  header_rows?: number;
}
export interface Signature extends TextStyle {
  type: 'signature';
  /** Organ name (or a signer line such as 委托人（签名或盖章）：). */
  org: string;
  /** Rendered date line (e.g. 2026年2月14日, or "年  月  日" for hand dating). */
  date: string;
  /** Reserve the seal circle (diameter, mm); 0 = none. */
  seal?: number;
  /** Lines above the signature block (blank lines before it). */
  space_before?: number;
  /** The office's e-seal image (PNG, base64), only when given with --seal (V-DOC-1). */
  seal_png?: string;
}
/** Several signers side by side (forms): each a label with room to sign and a date line. */
export interface Signers extends TextStyle {
  type: 'signers';
  items: { label: string; date?: string }[];
}
export interface Part {
  type: 'part';
  /** 第一联 … */
  label: string;
  /** Vertical strip text (e.g. 第一联 存根 留底备查). */
  strip: string;
  title: string;
  serial: string;
  void?: boolean;
  children: Block[];
}
export interface Cut {
  type: 'cut';
  serial: string;
  text?: string;
  seal_zone?: boolean;
}
export interface PageBreak {
  type: 'page_break';
}
export interface Spacer {
  type: 'spacer';
  lines?: number;
}
export interface Image {
  type: 'image';
  /** PNG bytes, base64. */
  png: string;
  width: number;
  height: number;
  align?: Align;
}
export interface Qr {
  type: 'qr';
  data: string;
  /** Side length, mm. */
  size?: number;
  caption?: string;
  align?: Align;
}

export type Block = Heading | Paragraph | Field | Table | Signature | Signers | Part | Cut | PageBreak | Spacer | Image | Qr;
export type BlockType = Block['type'];
export const BLOCK_TYPES: BlockType[] = ['heading', 'paragraph', 'field', 'table', 'signature', 'signers', 'part', 'cut', 'page_break', 'spacer', 'image', 'qr'];

export type Orientation = 'portrait' | 'landscape';

export interface DocumentTree {
  layout: Layout;
  meta: DocMeta;
  /** Page numbers "— 1 —" (letters: yes). */
  page_numbers?: boolean;
  /** Landscape turns the A4 sheet and the GB/T 9704 type area with it (wide lists such as the 归档文件目录). */
  orientation?: Orientation;
  blocks: Block[];
  /** Optional verification QR drawn on the last page (case no + digest of the tree). */
  verify_qr?: boolean;
}

/** All text a tree would print, in order (font coverage checks, tests). */
export function treeTexts(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        out.push(b.text);
        break;
      case 'field':
        out.push(b.label, b.value);
        break;
      case 'table':
        for (const r of b.rows) for (const c of r.cells) out.push(c.text);
        break;
      case 'signature':
        out.push(b.org, b.date);
        break;
      case 'signers':
        for (const i of b.items) out.push(i.label, i.date ?? '');
        break;
      case 'part':
        out.push(b.label, b.strip, b.title, b.serial, ...treeTexts(b.children));
        break;
      case 'cut':
        out.push(b.serial, b.text ?? '');
        break;
      case 'qr':
        out.push(b.caption ?? '');
        break;
      default:
        break;
    }
  }
  return out;
}
