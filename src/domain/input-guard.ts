// Hostile or careless input, checked before the case model sees it: keys that would reach an
// object's prototype, structures too deep or cyclic to walk, dates no office can have, names that
// are blank, hold terminal controls, or cannot be printed by the bundled fonts. Pure: the caller
// passes "today" and the font coverage function (src/domain loads no fonts).
import { ISO_DATE } from './dates.js';
import type { Violation } from './errors.js';
import { codePoint } from './format.js';
import { check } from './rules/index.js';

/** Keys that, merged into an object, would change its prototype or constructor (V-INPUT-1). */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** No case file or details file needs more levels than this; 5,000 would overflow every walker. */
export const MAX_DEPTH = 32;
/** Dates of 信访 records: after the PRC's founding, before the calendar data could ever reach. */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2099;

/**
 * C0/C1 controls except tab and line breaks, DEL, the bidi marks (U+200E, U+200F, U+061C) and
 * overrides/isolates (U+202A–202E, U+2066–2069): refused in input (V-TEXT-1), shown as code points
 * on a terminal (src/cli/output.ts), taken out of a document's text (src/forms/view.ts). Global:
 * use it with replace or matchAll, which start afresh each call, never with test.
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Forbidden keys (V-INPUT-1), nesting beyond MAX_DEPTH or a cycle (V-INPUT-2), and dates outside
 * MIN_YEAR..MAX_YEAR (V-DATE-1), anywhere in a parsed value. Iterative: no input can overflow it.
 */
export function structureViolations(value: unknown, root = ''): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<object>();
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: root, depth: 0 }];
  while (stack.length && out.length < 50) {
    const { v: cur, path, depth } = stack.pop()!;
    if (typeof cur === 'string') {
      if (ISO_DATE.test(cur)) out.push(...check('V-DATE-1', 'range', { date: cur, field: path || '(root)', min: MIN_YEAR, max: MAX_YEAR }));
      continue;
    }
    if (!cur || typeof cur !== 'object') continue;
    const node = check('V-INPUT-2', 'node', { cyclic: seen.has(cur), depth, max: MAX_DEPTH, field: path || '(root)' });
    if (node.length) {
      out.push(...node);
      continue;
    }
    seen.add(cur);
    if (Array.isArray(cur)) {
      cur.forEach((x, i) => stack.push({ v: x, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const k of Object.keys(cur)) {
      const p = path ? `${path}.${k}` : k;
      const key = check('V-INPUT-1', 'keys', { keys: [k], field: p, forbidden: FORBIDDEN_KEYS });
      if (key.length) {
        out.push(...key);
        continue;
      }
      stack.push({ v: (cur as Record<string, unknown>)[k], path: p, depth: depth + 1 });
    }
  }
  return out;
}

/** A resident ID written with a lowercase check character: the clerk means X (GB 11643). */
export function normaliseIdNumbers(value: unknown): void {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length) {
    const cur = stack.pop();
    if (!cur || typeof cur !== 'object' || seen.has(cur)) continue;
    seen.add(cur);
    for (const [k, x] of Object.entries(cur)) {
      if (typeof x === 'string' && /id_doc_no$/.test(k) && /^\d{17}x$/.test(x)) (cur as Record<string, unknown>)[k] = x.toUpperCase();
      else if (x && typeof x === 'object') stack.push(x);
    }
  }
}

/** CONTROL_CHARS, not global: a yes/no test that keeps no lastIndex. */
const HAS_CONTROL = new RegExp(CONTROL_CHARS.source, 'u');

/** Controls and bidi overrides: never in a register a document is printed from (V-TEXT-1). */
export function controlCharacters(s: string): string[] {
  // every string of every case file comes here: most have none, and a test allocates nothing
  if (!HAS_CONTROL.test(s)) return [];
  const out = new Set<string>();
  for (const [ch] of s.matchAll(CONTROL_CHARS)) out.add(codePoint(ch));
  return [...out];
}

export interface InputOptions {
  /** Today in the office: a received date after it is refused (V-DATE-2). */
  today?: string;
  /** The office's case number pattern (xf.config.json case_no_pattern). */
  caseNoPattern?: string;
  /** Characters of a text the bundled fonts cannot print (a warning at registration, V-TEXT-2). */
  unprintable?: (text: string) => string[];
}

interface NameField {
  path: string;
  label: string;
  value: unknown;
}

/** Every name a form prints as a person's or unit's name. */
function nameFields(file: Record<string, unknown>): NameField[] {
  const out: NameField[] = [];
  const list = (key: string, field: string, label: string) => {
    const xs = file[key];
    if (Array.isArray(xs))
      xs.forEach((x, i) => {
        if (x && typeof x === 'object') out.push({ path: `${key}[${i}].${field}`, label, value: (x as Record<string, unknown>)[field] });
      });
  };
  list('petitioners', 'name', '姓名（名称）');
  list('representatives', 'name', '代表姓名');
  list('agents', 'agent_name', '代理人姓名');
  return out;
}

/**
 * What a clerk would refuse in a structurally valid case file: a case number that is not one
 * (V-PATH-1), an attachment path leaving its folder (V-ATT-1), a received date in the future
 * (V-DATE-2), a blank name, controls in any text (V-TEXT-1); and the characters of a name no
 * bundled font has (V-TEXT-2, a warning: a form will fail on them until a font is configured).
 */
export function caseInputViolations(file: Record<string, unknown>, opts: InputOptions = {}): Violation[] {
  const out: Violation[] = [];
  if (file.case_no !== undefined) out.push(...check('V-PATH-1', 'case_no', { value: file.case_no, ...(opts.caseNoPattern ? { pattern: opts.caseNoPattern } : {}) }));
  const atts = Array.isArray(file.attachments) ? (file.attachments as Record<string, unknown>[]) : [];
  atts.forEach((a, i) => {
    if (a && typeof a === 'object') out.push(...check('V-ATT-1', 'relative', { path: a.path, field: `attachments[${i}].path` }));
  });
  out.push(...check('V-DATE-2', 'received', { received: file.received_date, ...(opts.today ? { today: opts.today } : {}) }));
  for (const n of nameFields(file)) {
    const blank = check('V-TEXT-1', 'name', { value: n.value, field: n.path, label: n.label });
    if (blank.length) out.push(...blank);
    else if (typeof n.value === 'string' && opts.unprintable) {
      out.push(...check('V-TEXT-2', 'printable', { value: n.value, field: n.path, label: n.label, missing: opts.unprintable(n.value) }));
    }
  }
  out.push(...textViolations(file));
  return out;
}

/** Every string of a value holding controls or bidi overrides (V-TEXT-1): they would reach the terminal and the documents. */
export function textViolations(value: unknown, root = ''): Violation[] {
  const out: Violation[] = [];
  const stack: { x: unknown; path: string }[] = [{ x: value, path: root }];
  while (stack.length && out.length < 50) {
    const { x, path } = stack.pop()!;
    if (typeof x === 'string') {
      out.push(...check('V-TEXT-1', 'controls', { text: x, field: path || '(value)', controls: controlCharacters }));
    } else if (x && typeof x === 'object') {
      for (const [k, y] of Object.entries(x)) stack.push({ x: y, path: Array.isArray(x) ? `${path}[${k}]` : path ? `${path}.${k}` : k });
    }
  }
  return out;
}
