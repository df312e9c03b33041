// From a template's expanded YAML to a checked DocumentTree. Structural faults are template bugs:
// they come back as Violations (rule TEMPLATE) so `xf templates check` can list them all.
import { parse as parseYaml } from 'yaml';
import { isIsoDate } from '../domain/dates.js';
import type { Violation } from '../domain/errors.js';
import { violate } from '../domain/rules/index.js';
import { BLOCK_TYPES, type Block, type DocumentTree } from './model.js';

const REQUIRED: Record<string, string[]> = {
  heading: ['text'],
  paragraph: ['text'],
  field: ['label'],
  table: ['columns', 'rows'],
  signature: ['org', 'date'],
  signers: ['items'],
  part: ['label', 'strip', 'title', 'serial', 'children'],
  cut: ['serial'],
  page_break: [],
  spacer: [],
  image: ['png', 'width', 'height'],
  qr: ['data'],
};
const TEXTUAL = new Set(['text', 'label', 'value', 'org', 'date', 'title', 'serial', 'strip', 'caption', 'data']);

function v(field: string, message: string, found?: unknown): Violation {
  return violate('TEMPLATE', 'detail', { field, params: { detail: message }, ...(found === undefined ? {} : { found }) });
}

function checkBlocks(blocks: unknown, path: string, out: Violation[]): void {
  if (!Array.isArray(blocks)) {
    out.push(v(path, '应为元素列表', blocks));
    return;
  }
  blocks.forEach((b, i) => {
    const p = `${path}[${i}]`;
    if (!b || typeof b !== 'object') {
      out.push(v(p, '元素应为对象', b));
      return;
    }
    const blk = b as Record<string, unknown>;
    const type = blk.type as string;
    if (!BLOCK_TYPES.includes(type as Block['type'])) {
      out.push(v(`${p}.type`, `未知元素类型（可用：${BLOCK_TYPES.join(', ')}）`, type));
      return;
    }
    for (const k of REQUIRED[type] ?? []) if (blk[k] === undefined || blk[k] === null) out.push(v(`${p}.${k}`, `${type} 元素缺少 ${k}`));
    for (const [k, val] of Object.entries(blk)) {
      // a number or boolean where text belongs: stringify (YAML reads 12 as a number)
      if (TEXTUAL.has(k) && val !== null && val !== undefined && typeof val !== 'string') blk[k] = String(val);
    }
    if (type === 'table') {
      const cols = blk.columns;
      if (!Array.isArray(cols) || !cols.every((c) => typeof c === 'number' && c > 0)) out.push(v(`${p}.columns`, '列宽应为正数（毫米）列表', cols));
      const rows = blk.rows;
      if (Array.isArray(rows))
        rows.forEach((r, ri) => {
          const cells = (r as { cells?: unknown })?.cells;
          if (!Array.isArray(cells)) {
            out.push(v(`${p}.rows[${ri}].cells`, '行应有 cells 列表'));
            return;
          }
          let span = 0;
          for (const c of cells as Record<string, unknown>[]) {
            if (c && typeof c.text !== 'string') c.text = c.text === undefined || c.text === null ? '' : String(c.text);
            span += Number(c?.span ?? 1);
          }
          if (Array.isArray(cols) && span !== cols.length) out.push(v(`${p}.rows[${ri}]`, `单元格跨列合计 ${span} 与列数 ${cols.length} 不符`));
        });
      const head = blk.header_rows;
      if (head !== undefined && !(Number.isInteger(head) && (head as number) >= 0 && (head as number) <= (Array.isArray(rows) ? rows.length : 0)))
        out.push(v(`${p}.header_rows`, 'header_rows 应为不大于行数的非负整数', head));
    }
    if (type === 'signers' && Array.isArray(blk.items)) for (const it of blk.items as Record<string, unknown>[]) if (it && typeof it.label !== 'string') it.label = String(it.label ?? '');
    if (type === 'part') checkBlocks(blk.children, `${p}.children`, out);
  });
}

// ── Parsing the expanded template, block by block, through a per-process cache ──
// In a batch most blocks expand to the same text case after case (the boilerplate of a form); only
// the blocks that name the case differ. Each top-level item of `blocks:` is parsed once per distinct
// text; anything this cannot split safely (anchors, tags, block scalars, odd indentation) takes the
// whole-document parse below, which also gives the error messages.
const PARSED = new Map<string, unknown>();
const MAX_CACHED = 4096;
/** A value that a line-wise split could change: an anchor, alias, tag or block scalar. */
const UNSAFE = /(^|[\s:\-[{,])[&*!|>]/;

function parseCached(text: string): unknown {
  let v = PARSED.get(text);
  if (v === undefined) {
    const filled = fromSkeleton(text);
    if (filled !== undefined) return filled;
    v = parseYaml(text, { uniqueKeys: false }) ?? null;
    if (PARSED.size >= MAX_CACHED) PARSED.clear();
    PARSED.set(text, v);
  }
  return structuredClone(v); // the checks below and the renderer change blocks in place
}

// A piece that names the case (its title, the petitioner's name, the document number) differs from
// case to case only inside its double-quoted strings. Such a string on one line with no backslash is
// its text verbatim in YAML, so the piece is parsed once with a placeholder for each of them (the
// skeleton) and the strings are put back into a copy. Anything else takes the ordinary parse.
const QUOTED = /"([^"\\\n]*)"/g;
const HOLE = (i: number) => `\uE000${i}\uE001`;
const SKELETONS = new Map<string, unknown>();

function fromSkeleton(text: string): unknown {
  if (text.includes('\uE000')) return undefined;
  const values: string[] = [];
  const skeleton = text.replace(QUOTED, (_, inner: string) => `"${HOLE(values.push(inner) - 1)}"`);
  if (!values.length) return undefined;
  let v = SKELETONS.get(skeleton);
  if (v === undefined) {
    try {
      v = parseYaml(skeleton, { uniqueKeys: false }) ?? null;
    } catch {
      v = null; // the ordinary parse reports it
    }
    if (SKELETONS.size >= MAX_CACHED) SKELETONS.clear();
    SKELETONS.set(skeleton, v);
  }
  if (v === null || typeof v !== 'object') return undefined;
  let filled = 0;
  let ok = true;
  const fill = (x: unknown): unknown => {
    if (typeof x === 'string') {
      if (!x.includes('\uE000')) return x;
      const m = /^\uE000(\d+)\uE001$/.exec(x);
      if (!m) ok = false;
      else filled++;
      return m ? values[Number(m[1])] : x;
    }
    if (Array.isArray(x)) return x.map(fill);
    if (x && typeof x === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, val] of Object.entries(x)) {
        if (k.includes('\uE000')) ok = false;
        o[k] = fill(val);
      }
      return o;
    }
    return x;
  };
  const out = fill(v);
  // every string came back as a whole value, once: none sat in a comment, a key or a plain scalar
  return ok && filled === values.length ? out : undefined;
}

/** The expanded document parsed from cached pieces, or undefined when it cannot be split safely. */
export function parseSplit(yamlText: string): unknown {
  const lines = yamlText.split('\n');
  const at = lines.indexOf('blocks:');
  if (at < 0 || lines.indexOf('blocks:', at + 1) >= 0) return undefined;
  let end = at + 1;
  while (end < lines.length && (lines[end] === '' || lines[end]!.startsWith(' '))) end++;
  const items: string[][] = [];
  for (let i = at + 1; i < end; i++) {
    const l = lines[i]!;
    if (l.trim() === '') {
      items.at(-1)?.push('');
      continue;
    }
    if (!l.startsWith('  ') || l.includes('\t') || UNSAFE.test(l.slice(l.indexOf(':') + 1)) || UNSAFE.test(l.replace(/^\s*- /, ''))) return undefined;
    if (l.startsWith('  - ')) items.push([l.slice(2)]);
    else if (l.startsWith('    ') && items.length) items.at(-1)!.push(l.slice(2));
    else return undefined;
  }
  try {
    const doc = parseCached([...lines.slice(0, at), 'blocks: []', ...lines.slice(end)].join('\n'));
    if (!doc || typeof doc !== 'object' || !Array.isArray((doc as { blocks?: unknown }).blocks)) return undefined;
    const blocks: unknown[] = [];
    for (const it of items) {
      const one = parseCached(it.join('\n'));
      if (!Array.isArray(one) || one.length !== 1) return undefined;
      blocks.push(one[0]);
    }
    (doc as { blocks: unknown[] }).blocks = blocks;
    return doc;
  } catch {
    return undefined; // the whole-document parse reports it
  }
}

export function parseTree(yamlText: string): { tree?: DocumentTree; violations: Violation[] } {
  let raw: unknown;
  try {
    raw = parseSplit(yamlText) ?? parseYaml(yamlText, { uniqueKeys: false });
  } catch (e) {
    return { violations: [v('(template)', `模板展开后的 YAML 有误：${(e as Error).message.split('\n')[0]}`)] };
  }
  const out: Violation[] = [];
  if (!raw || typeof raw !== 'object') return { violations: [v('(template)', '模板应产生一个文档对象')] };
  const doc = raw as Record<string, unknown>;
  if (!['letter', 'form', 'slip'].includes(doc.layout as string)) out.push(v('layout', 'layout 应为 letter、form 或 slip', doc.layout));
  if (doc.orientation !== undefined && doc.orientation !== 'portrait' && doc.orientation !== 'landscape') out.push(v('orientation', 'orientation 应为 portrait 或 landscape', doc.orientation));
  const meta = doc.meta as Record<string, unknown> | undefined;
  if (!meta || typeof meta.title !== 'string') out.push(v('meta.title', '缺少文档标题 meta.title'));
  if (!meta || !isIsoDate(meta.date)) out.push(v('meta.date', 'meta.date 应为 YYYY-MM-DD（取自案件，保证输出可复现）', meta?.date));
  if (meta && typeof meta.id !== 'string') meta.id = String(meta.id ?? '');
  checkBlocks(doc.blocks, 'blocks', out);
  if (out.length) return { violations: out };
  return { tree: doc as unknown as DocumentTree, violations: [] };
}
