// Form templates: templates/<form_id>/form.yaml.hbs (Handlebars producing the document tree as
// YAML) and fields.yaml (what the form needs, its rules). An office overrides a form by copying its
// folder into its own templates directory (xf templates eject). Templates compile once per process.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import type HandlebarsNS from 'handlebars';
import { parse as parseYaml } from 'yaml';
import * as E from '../domain/enums.js';
import { formatDateZh, formatDateTimeZh, formatMonthZh, numberZh } from '../domain/format.js';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { Layout } from './model.js';
import { segmentProblem } from '../domain/path-safety.js';
import { BUILT_TEMPLATES, type BuiltTemplate } from './templates-built.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The repository's templates/ folder (dist/forms → ../../templates). */
export const BUNDLED_TEMPLATES_DIR = resolve(here, '..', '..', 'templates');

export const TEMPLATE_FILE = 'form.yaml.hbs';
/** The template compiled ahead of time (xf templates precompile), used while its source hash matches. */
export const PRECOMPILED_FILE = 'form.yaml.hbs.js';
const HBS_OPTIONS = { noEscape: true, strict: false } as const;
export const FIELDS_FILE = 'fields.yaml';

export interface FieldSpec {
  /** Path in the form view, e.g. case.progress.handling_opinion.findings. */
  path: string;
  /** Chinese label; defaults to the schema title of the path. */
  label?: string;
  /** Only required when this view path is truthy. */
  when?: string;
  /** Only required when this view path is falsy. */
  unless?: string;
}

export interface FormSpec {
  id: string;
  title: string;
  layout: Layout;
  /** SPEC §6 doc type. */
  doc_type?: string;
  /** The form is reachable for a case when all these view paths hold a value. */
  available_when: string[];
  fields: FieldSpec[];
  rules: string[];
}

export interface LoadedTemplate {
  spec: FormSpec;
  dir: string;
  source: string;
  render: (view: unknown) => string;
}

// ── Handlebars environment: helpers produce YAML-safe text (dates, labels, numerals) ──
/**
 * Handlebars' package entry pulls in dozens of CommonJS files and source-map; its own single-file
 * build (same code, compiler included) loads several times faster, which matters for a cold start.
 */
const Handlebars = createRequire(import.meta.url)('handlebars/dist/handlebars.min.js') as typeof HandlebarsNS;
export const hbs = Handlebars.create();
const ENUMS = E as unknown as Record<string, E.EnumTable<string>>;
const isOpts = (x: unknown) => !!x && typeof x === 'object' && 'hash' in (x as object) && 'data' in (x as object);
const args = (a: unknown[]) => a.filter((x) => !isOpts(x));

hbs.registerHelper('date', (d: unknown) => (typeof d === 'string' && d ? formatDateZh(d) : ''));
hbs.registerHelper('month', (m: unknown) => (typeof m === 'string' ? formatMonthZh(m) : ''));
hbs.registerHelper('datetime', (d: unknown, ref: unknown) => (typeof d === 'string' ? formatDateTimeZh(d, typeof ref === 'string' ? ref : undefined) : ''));
hbs.registerHelper('label', (table: string, key: unknown) => {
  const tb = ENUMS[table];
  if (!tb) throw new Error(`label: unknown enum table ${table}`);
  return typeof key === 'string' ? E.labelOf(tb, key) : '';
});
hbs.registerHelper('labels', (table: string, keys: unknown, sep: unknown) => {
  const tb = ENUMS[table];
  if (!tb) throw new Error(`labels: unknown enum table ${table}`);
  return Array.isArray(keys) ? keys.map((k) => E.labelOf(tb, String(k))).join(typeof sep === 'string' ? sep : '、') : '';
});
hbs.registerHelper('cn', (n: unknown) => numberZh(Number(n)));
hbs.registerHelper('inc', (n: unknown) => Number(n) + 1);
hbs.registerHelper('join', (list: unknown, sep: unknown, prop: unknown) => {
  if (!Array.isArray(list)) return '';
  const items = typeof prop === 'string' ? list.map((x) => (x as Record<string, unknown>)[prop]) : list;
  return items.filter((x) => x !== undefined && x !== '').join(typeof sep === 'string' ? sep : '、');
});
hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hbs.registerHelper('ne', (a: unknown, b: unknown) => a !== b);
hbs.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
hbs.registerHelper('not', (a: unknown) => !a || (Array.isArray(a) && a.length === 0));
hbs.registerHelper('and', (...a: unknown[]) => args(a).every(Boolean));
hbs.registerHelper('or', (...a: unknown[]) => args(a).find(Boolean) ?? false);
hbs.registerHelper('default', (...a: unknown[]) => args(a).find((x) => x !== undefined && x !== null && x !== '') ?? '');
hbs.registerHelper('box', (on: unknown) => (on ? '■' : '□'));
hbs.registerHelper('includes', (list: unknown, x: unknown) => Array.isArray(list) && list.includes(x));
hbs.registerHelper('last', (list: unknown) => (Array.isArray(list) ? list[list.length - 1] : undefined));
hbs.registerHelper('len', (x: unknown) => (Array.isArray(x) ? x.length : 0));
hbs.registerHelper('find', (list: unknown, key: string, value: unknown) => (Array.isArray(list) ? list.find((x) => (x as Record<string, unknown>)?.[key] === value) : undefined));
hbs.registerHelper('filter', (list: unknown, key: string, value: unknown) => (Array.isArray(list) ? list.filter((x) => (x as Record<string, unknown>)?.[key] === value) : []));
/** Text without its closing punctuation, to be continued by the template's own. */
hbs.registerHelper('clause', (x: unknown) => (typeof x === 'string' ? x.replace(/[。；，、.;,\s]+$/u, '') : ''));
/** 《条例》第三十二条、《办法》第二十四条 */
hbs.registerHelper('basis', (list: unknown) =>
  Array.isArray(list)
    ? list
        .map((b) => {
          const o = b as { instrument?: string; article?: string };
          const ins = o.instrument ?? '';
          return (/^《/.test(ins) ? ins : `《${ins}》`) + (o.article ?? '');
        })
        .join('、')
    : '',
);
hbs.registerHelper('year', (d: unknown) => (typeof d === 'string' ? d.slice(0, 4) : ''));

const compiled = new Map<string, LoadedTemplate>();

/** The build's entry for one of xf's own template folders (none for an office's folder). */
function built(dir: string): BuiltTemplate | undefined {
  return isBundledTemplate(dir) ? BUILT_TEMPLATES[relative(BUNDLED_TEMPLATES_DIR, resolve(dir)).split(sep).join('/')]?.() : undefined;
}

/** A template folder's fields.yaml, parsed: for xf's own folders from the build's JSON while the
 *  file is the text it was made from (a cold form then runs no YAML parser over it). Throws the
 *  read or YAML error. */
export function readFieldsYaml(dir: string): unknown {
  const text = readFileSync(join(dir, FIELDS_FILE), 'utf8');
  const b = built(dir)?.fields;
  return b && b.text === text ? JSON.parse(b.json) : parseYaml(text);
}

function readSpec(dir: string, id: string): FormSpec {
  const raw = readFieldsYaml(dir) as Partial<FormSpec> | null;
  if (!raw || typeof raw !== 'object') throw new XfError('VALIDATION', t(`${join(dir, FIELDS_FILE)} 不是有效的字段清单`, `${join(dir, FIELDS_FILE)} is not a field list`));
  return {
    id: raw.id ?? id,
    title: raw.title ?? id,
    layout: (raw.layout ?? 'letter') as Layout,
    ...(raw.doc_type ? { doc_type: raw.doc_type } : {}),
    available_when: raw.available_when ?? [],
    fields: (raw.fields ?? []).map((f) => (typeof f === 'string' ? { path: f } : f)),
    rules: raw.rules ?? [],
  };
}

/** Template directories to search, the office's first. */
export function templateDirs(officeDir?: string): string[] {
  return officeDir ? [resolve(officeDir), BUNDLED_TEMPLATES_DIR] : [BUNDLED_TEMPLATES_DIR];
}

export function findTemplateDir(id: string, officeDir?: string): string | undefined {
  if (segmentProblem(id)) return undefined; // a form id is one folder name, never a path (V-PATH-1)
  for (const d of templateDirs(officeDir)) {
    const dir = join(d, id);
    if (existsSync(join(dir, TEMPLATE_FILE)) && existsSync(join(dir, FIELDS_FILE))) return dir;
  }
  return undefined;
}

/** Compile a template folder (cached per folder). */
export function loadTemplateDir(dir: string, id = dir.split(/[\\/]/).pop()!): LoadedTemplate {
  const key = resolve(dir);
  let lt = compiled.get(key);
  if (!lt) {
    const source = readFileSync(join(dir, TEMPLATE_FILE), 'utf8');
    // only xf's own templates may load as code; an office folder's form.yaml.hbs.js is never run
    const fn = (isBundledTemplate(key) ? precompiled(dir, source) : undefined) ?? compileSafe(source);
    lt = { spec: readSpec(dir, id), dir: key, source, render: (view) => fn(view, RUNTIME_OPTIONS) };
    compiled.set(key, lt);
  }
  return lt;
}

/** Is this folder one of the templates shipped with xf (not an office's templates_dir)? */
export function isBundledTemplate(dir: string): boolean {
  return resolve(dir).startsWith(BUNDLED_TEMPLATES_DIR + sep);
}

/**
 * Compile template source with the fixed helpers only (an unknown helper is a compile error, so a
 * template cannot call anything xf did not register) and no prototype access at render time.
 */
function compileSafe(source: string): (view: unknown, o?: HandlebarsNS.RuntimeOptions) => string {
  return hbs.compile(source, { ...HBS_OPTIONS, knownHelpersOnly: true, knownHelpers: KNOWN_HELPERS });
}
const RUNTIME_OPTIONS: HandlebarsNS.RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false, partials: {} };
/** The allow-list: every helper this module registers, and Handlebars' block built-ins. */
const KNOWN_HELPERS: Record<string, boolean> = Object.fromEntries(Object.keys(hbs.helpers).map((k) => [k, true]));

function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** The ahead-of-time compiled template, when present and made from this very source: the bundle's
 *  own (compiled with it, so in its code cache), else form.yaml.hbs.js. */
function precompiled(dir: string, source: string): ((view: unknown) => string) | undefined {
  const b = built(dir)?.form;
  if (b && b.text === source) return hbs.template(b.spec) as (view: unknown) => string;
  const p = join(dir, PRECOMPILED_FILE);
  if (!existsSync(p)) return undefined;
  const text = readFileSync(p, 'utf8');
  const nl = text.indexOf('\n');
  if (text.slice(0, nl) !== `// sha256 ${sourceHash(source)}`) return undefined; // stale: compile the source
  // the spec is Handlebars' own precompiler output (a JS object literal) written by precompileTemplate
  const spec = new Function(`return ${text.slice(nl + 1)}`)() as TemplateSpecification;
  return hbs.template(spec) as (view: unknown) => string;
}
export type TemplateSpecification = Parameters<typeof hbs.template>[0];

/** Handlebars' precompiled spec of template source, as JavaScript text (an object literal). */
export function templateSpecCode(source: string): string {
  return String(Handlebars.precompile(source, HBS_OPTIONS));
}

/** The text of form.yaml.hbs.js for a template folder (xf templates precompile writes it). */
export function precompileTemplate(dir: string): string {
  const source = readFileSync(join(dir, TEMPLATE_FILE), 'utf8');
  return `// sha256 ${sourceHash(source)}\n${templateSpecCode(source)}\n`;
}

export function loadTemplate(id: string, officeDir?: string): LoadedTemplate {
  const dir = findTemplateDir(id, officeDir);
  if (!dir) {
    throw new XfError('NOT_FOUND', t(`没有文书模板「${id}」；可用：${listFormIds(officeDir).join(', ')}`, `no form template "${id}"; available: ${listFormIds(officeDir).join(', ')}`));
  }
  return loadTemplateDir(dir, id);
}

export function listFormIds(officeDir?: string): string[] {
  const ids = new Set<string>();
  for (const d of templateDirs(officeDir)) {
    if (!existsSync(d)) continue;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && existsSync(join(d, e.name, TEMPLATE_FILE))) ids.add(e.name);
    }
  }
  return [...ids].sort();
}
