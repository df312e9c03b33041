// Template lint (xf templates check): the field list and every {{path}} the template reads must be
// known to the form view; the template must compile; rendered against sample cases, it must give
// a well-formed document tree.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Violation } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { hbs, FIELDS_FILE, TEMPLATE_FILE } from './templates.js';
import { schemaLabel } from './paths.js';
import { parse as parseYaml } from 'yaml';
import { isFormRule } from './rules.js';
import { violate } from '../domain/rules/index.js';
import { parseDescriptor } from './descriptor.js';
import { SLIP_FEEDBACK_KEYS } from './notice-view.js';

/** Top-level names of the form view (src/forms/view.ts). */
// what the engine adds for notices (src/forms/notice-view.ts)
const NOTICE_ROOTS = ['signer_org', 'finality', 'na_basis', 'na_uncovered', 'slip_feedback'];
const VIEW_ROOTS = new Set([
  'case',
  'office',
  'petitioner',
  'petitioner_name',
  'you',
  'agent',
  'issuing_org',
  'doc_prefix',
  'clocks',
  'slip_no',
  'void',
  'limits',
  'identity_withheld',
  ...NOTICE_ROOTS,
]);
/** Paths under these roots are free-form (clock slots, derived names). */
const OPEN_ROOTS = new Set(['clocks', 'petitioner_name', 'you', 'issuing_org', 'doc_prefix', 'slip_no', 'void', 'limits', 'identity_withheld', ...NOTICE_ROOTS]);

const lintErr = (field: string, message: string, found?: unknown): Violation => violate('TEMPLATE', 'detail', { field, params: { detail: message }, ...(found === undefined ? {} : { found }) });

/** Is a view path one the view can hold? */
export function knownViewPath(path: string): boolean {
  const p = path.replace(/\[(\d+)\]/g, '.$1').replace(/\.\[(\d+)\]/g, '.$1');
  const head = p.split('.')[0]!;
  if (!VIEW_ROOTS.has(head)) return false;
  if (head === 'slip_feedback' && p !== head) return (SLIP_FEEDBACK_KEYS as readonly string[]).includes(p.slice(head.length + 1));
  if (head === 'finality' && p !== head) return /^finality\.(instrument|article|source)$/.test(p);
  if (OPEN_ROOTS.has(head) || p === head) return true;
  if (head === 'case' && /^case\.(case_no|status|proxy_status|slip_no|progress)$/.test(p)) return true;
  return schemaLabel(p) !== undefined;
}

interface HbsNode {
  type: string;
  [k: string]: unknown;
}

type PathUse = { path: string; line: number; scoped: boolean; bare?: boolean };

function walk(node: unknown, depth: number, out: PathUse[], bare = false): void {
  if (!node || typeof node !== 'object') return;
  const n = node as HbsNode;
  if (n.type === 'PathExpression') {
    const original = n.original as string;
    const data = n.data as boolean;
    const loc = n.loc as { start: { line: number } } | undefined;
    if (!data || original.startsWith('@root.')) {
      out.push({ path: original.replace(/^@root\./, ''), line: loc?.start.line ?? 0, scoped: depth > 0 && !original.startsWith('@root.'), ...(bare ? { bare } : {}) });
    }
    return;
  }
  if (n.type === 'BlockStatement') {
    walk(n.path, depth, []); // the helper name itself
    for (const p of (n.params as unknown[]) ?? []) walk(p, depth, out);
    walk(n.hash, depth, out);
    const name = (n.path as HbsNode).original as string;
    const scopes = name === 'each' || name === 'with';
    walk(n.program, scopes ? depth + 1 : depth, out);
    walk(n.inverse, depth, out);
    return;
  }
  if (n.type === 'MustacheStatement' || n.type === 'SubExpression') {
    const params = (n.params as unknown[]) ?? [];
    // {{helper a b}}: the first path is the helper when there are params
    if (params.length || n.hash) {
      for (const p of params) walk(p, depth, out);
      walk(n.hash, depth, out);
    } else walk(n.path, depth, out, n.type === 'MustacheStatement');
    return;
  }
  if (n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') {
    walk(n.hash, depth, out);
    return;
  }
  if (n.type === 'DecoratorBlock') {
    walk(n.program, depth + 1, out);
    return;
  }
  for (const v of Object.values(n)) {
    if (Array.isArray(v)) for (const x of v) walk(x, depth, out);
    else if (v && typeof v === 'object' && (v as HbsNode).type) walk(v, depth, out);
  }
}

/** Static checks of one template folder. */
export function lintTemplateDir(dir: string, opts: { caseView?: boolean } = {}): Violation[] {
  const caseView = opts.caseView ?? true;
  const out: Violation[] = [];
  const tplPath = join(dir, TEMPLATE_FILE),
    fieldsPath = join(dir, FIELDS_FILE);
  if (!existsSync(tplPath)) out.push(lintErr(TEMPLATE_FILE, t('缺少模板文件', 'template file missing')));
  if (!existsSync(fieldsPath)) out.push(lintErr(FIELDS_FILE, t('缺少字段清单', 'field list missing')));
  if (out.length) return out;
  let spec: Record<string, unknown> = {};
  try {
    spec = (parseYaml(readFileSync(fieldsPath, 'utf8')) ?? {}) as Record<string, unknown>;
  } catch (e) {
    return [lintErr(FIELDS_FILE, t(`字段清单不是有效的 YAML：${(e as Error).message.split('\n')[0]}`, `field list is not valid YAML: ${(e as Error).message.split('\n')[0]}`))];
  }
  if (!['letter', 'form', 'slip', undefined].includes(spec.layout as string))
    out.push(lintErr(`${FIELDS_FILE}:layout`, t('layout 应为 letter、form 或 slip', 'layout must be letter, form or slip'), spec.layout));
  const fields = (spec.fields as unknown[]) ?? [];
  fields.forEach((f, i) => {
    const o = typeof f === 'string' ? { path: f } : (f as { path?: string; when?: string; unless?: string });
    for (const k of ['path', 'when', 'unless'] as const) {
      const p = o[k];
      if (p && caseView && !knownViewPath(p))
        out.push(lintErr(`${FIELDS_FILE}:fields[${i}].${k}`, t('未知字段（不在案件模型或文书数据中）', 'unknown field (not in the case model or the form view)'), p));
    }
    if (!o.path) out.push(lintErr(`${FIELDS_FILE}:fields[${i}]`, t('字段缺少 path', 'field without a path')));
  });
  if (caseView)
    for (const p of (spec.available_when as string[]) ?? [])
      for (const alt of p.split('|')) if (!knownViewPath(alt.trim())) out.push(lintErr(`${FIELDS_FILE}:available_when`, t('未知字段', 'unknown field'), alt));
  for (const r of (spec.rules as string[]) ?? []) if (!isFormRule(r)) out.push(lintErr(`${FIELDS_FILE}:rules`, t('未知规则', 'unknown rule'), r));
  // a form's descriptor (doc_no, issuer, checklist, filing_rank, copies, audience): the finding aids have none
  if (caseView) {
    const id = typeof spec.id === 'string' ? spec.id : dir.split(/[\\/]/).pop()!;
    const d = parseDescriptor(spec, id, fieldsPath);
    out.push(...d.violations);
    for (const p of d.descriptor?.doc_no ?? []) if (!knownViewPath(p.replace(/\[-1\]/g, '[0]'))) out.push(lintErr(`${fieldsPath}:doc_no`, t('未知字段', 'unknown field'), p));
  }
  let ast: unknown;
  try {
    ast = hbs.parse(readFileSync(tplPath, 'utf8'));
  } catch (e) {
    out.push(lintErr(TEMPLATE_FILE, t(`模板语法错误：${(e as Error).message.split('\n')[0]}`, `template syntax error: ${(e as Error).message.split('\n')[0]}`)));
    return out;
  }
  const paths: PathUse[] = [];
  walk(ast, 0, paths);
  const helpers = new Set(Object.keys((hbs as unknown as { helpers: Record<string, unknown> }).helpers));
  for (const p of paths) {
    // {{year}} calls the helper `year` with no argument (printing nothing), not the view's field
    if (p.bare && helpers.has(p.path)) {
      out.push(
        lintErr(`${TEMPLATE_FILE}:${p.line}`, t(`「${p.path}」是模板助手的名字：读取同名字段请写 {{./${p.path}}}`, `"${p.path}" is a helper's name: write {{./${p.path}}} to read the field`), p.path),
      );
      continue;
    }
    if (!caseView) continue;
    if (p.scoped || p.path === 'this' || helpers.has(p.path)) continue;
    if (!knownViewPath(p.path)) out.push(lintErr(`${TEMPLATE_FILE}:${p.line}`, t('模板引用了未知字段', 'the template reads an unknown field'), p.path));
  }
  return out;
}
