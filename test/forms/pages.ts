// Per-page text of a PDF (poppler's pdftotext, pages split on form feeds) and the GB/T 9704 §7.3.5
// check on it: no page after the first holds only signature rows (成文日期, organ, signer lines).
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import type { Block, DocumentTree } from '../../src/forms/model.js';

const squash = (s: string) => s.replace(/\s+/g, '');
const run = promisify(execFile);

/** The non-blank lines of each page, spaces removed. */
export function pageLines(pdf: string): string[][] {
  const r = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`pdftotext ${pdf}: ${r.stderr}`);
  return splitPages(r.stdout);
}

function splitPages(text: string): string[][] {
  const pages = text.split('\f');
  if (pages.length && !pages[pages.length - 1]!.trim()) pages.pop();
  return pages.map((p) => p.split('\n').map(squash).filter(Boolean));
}

/** pageLines of many PDFs, `jobs` pdftotext processes at a time. */
export async function pageLinesOf(pdfs: string[], jobs = 4): Promise<Map<string, string[][]>> {
  const out = new Map<string, string[][]>();
  let next = 0;
  const worker = async () => {
    while (next < pdfs.length) {
      const pdf = pdfs[next++]!;
      const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      out.set(pdf, splitPages(stdout));
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, pdfs.length) }, worker));
  return out;
}

/** Every text a signature block of the tree prints (organ, date, signer labels and date lines). */
export function signatureTexts(blocks: Block[], out: string[] = []): string[] {
  for (const b of blocks) {
    if (b.type === 'signature') out.push(squash(b.org), squash(b.date));
    if (b.type === 'signers') for (const it of b.items) out.push(squash(it.label), squash(it.date ?? '年月日'));
    if (b.type === 'part') signatureTexts(b.children, out);
  }
  return out.filter(Boolean);
}

/**
 * Pages (1-based, after the first) whose every line is a page number or part of the signature
 * block: a signature standing alone. A line of signers side by side is several texts on one line.
 */
export function signatureOnlyPages(tree: DocumentTree, pages: string[][]): number[] {
  const sig = signatureTexts(tree.blocks);
  const isSig = (l: string) => /^—\d+—$/.test(l) || sig.some((s) => s.includes(l)) || coveredBy(l, sig);
  return pages.flatMap((p, i) => (i > 0 && p.length > 0 && p.every(isSig) ? [i + 1] : []));
}

/** `line` is made of signature texts laid side by side (signers in one row). */
function coveredBy(line: string, texts: string[]): boolean {
  let rest = line;
  for (let guard = 0; rest && guard < 20; guard++) {
    const t = texts.find((s) => rest.startsWith(s));
    if (!t) return false;
    rest = rest.slice(t.length);
  }
  return rest === '';
}
