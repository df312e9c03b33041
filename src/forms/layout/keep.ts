// Which blocks travel with a signature block (GB/T 9704 §7.3.5: the 成文日期, organ and seal never
// stand on a page without text; keep them with at least the last two lines of text). One decision,
// taken on the document tree, that both renderers follow: the PDF composer carries those lines over
// to the signature's page, the DOCX writer marks the same paragraphs keep-with-next (with widow
// control, so a paragraph split before the signature leaves two lines with it), which Word and
// LibreOffice honour the same way.
import type { Block } from '../model.js';

/** A signature-like block: a 成文日期/organ block or a row of signers. */
export const isSignature = (b: Block): boolean => b.type === 'signature' || b.type === 'signers';

/** Blocks that are text lines: what the signature is kept with. */
const isText = (b: Block): boolean => b.type === 'paragraph' || b.type === 'field' || b.type === 'heading';

/**
 * A paragraph that surely takes one line of the 28-character measure (CJK and full-width
 * characters one, others half), so the line before it must travel too for two lines to go along.
 */
export function fitsOneLine(b: Block, charsPerLine = 28): boolean {
  if (b.type !== 'paragraph' && b.type !== 'field' && b.type !== 'heading') return false;
  const text = b.type === 'field' ? `${b.label}：${b.value}` : b.text;
  if (text.includes('\n')) return false;
  let n = 0;
  for (const ch of text) n += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  const indent = b.type === 'paragraph' ? (b.indent ?? (b.align && b.align !== 'justify' && b.align !== 'left' ? 0 : 2)) + (b.hang ?? 0) : b.type === 'heading' && (b.level ?? 1) > 1 ? 2 : 0;
  return n + indent <= charsPerLine - 1;
}

export interface Keep {
  /** Blocks kept with the next block (their last line, or last table row, goes with it). */
  withNext: Set<number>;
  /** Per signature block: the first block of its chain (the one that may split, leaving two lines). */
  chainStart: Map<number, number>;
}

/**
 * The chains that end in a signature: spacers before it, the text block before them, and, when that
 * block is one line, the text block before that one. A table before the signature gives its last row
 * (rows never split). Signers and a signature in a row are one chain.
 */
export function keepChains(blocks: Block[]): Keep {
  const withNext = new Set<number>();
  const chainStart = new Map<number, number>();
  blocks.forEach((b, s) => {
    if (!isSignature(b)) return;
    // spacers, and a row of signers before an organ's signature, belong to the same block
    let j = s - 1;
    while (j >= 0 && (blocks[j]!.type === 'spacer' || isSignature(blocks[j]!))) withNext.add(j--);
    const prev = blocks[j];
    if (!prev || (!isText(prev) && prev.type !== 'table')) return chainStart.set(s, j + 1);
    withNext.add(j);
    let start = j;
    if (isText(prev) && fitsOneLine(prev)) {
      let k = j - 1;
      while (k >= 0 && blocks[k]!.type === 'spacer') k--;
      if (k >= 0 && (isText(blocks[k]!) || blocks[k]!.type === 'table')) {
        for (let m = k; m < j; m++) withNext.add(m);
        start = k;
      }
    }
    chainStart.set(s, start);
  });
  return { withNext, chainStart };
}
