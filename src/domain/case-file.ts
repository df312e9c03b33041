// Reading a case file (YAML or JSON text) into a checked CaseFile: syntax, V-AG-4 fee fields,
// structure, then the register's rules, every problem reported at once. Pure: the caller reads files.
import { parseDocument, isPair, isScalar, visit, type Scalar } from 'yaml';
import { CaseFile } from './case-schema.js';
import { validationError, type Violation } from './errors.js';
import { fits, schemaViolations } from './schema-check.js';
import { caseFileViolations, feeFieldViolations, isConfidential, withoutFeeFields } from './validate-case.js';
import type { PackLimits } from './rulepacks.js';
import { check, violate } from './rules/index.js';
import { caseInputViolations, MAX_DEPTH, normaliseIdNumbers, structureViolations, type InputOptions } from './input-guard.js';

export type { InputOptions } from './input-guard.js';

/** Fields that hold numbers-as-text: YAML must not turn 0571… or an 18-digit ID into a number. */
const TEXTUAL_KEY = /(_no|phone|_id|_ref|postcode|code)$/;

type Structured = { value?: unknown; violations: Violation[]; warnings?: Violation[] };

/** YAML or JSON text to a plain value, keeping numbers-as-text (IDs, phones) exact. */
export function parseStructuredText(text: string, name: string): Structured {
  const trimmed = text.trimStart();
  if (name.toLowerCase().endsWith('.json') || trimmed.startsWith('{')) {
    try {
      return guarded(JSON.parse(text));
    } catch (e) {
      return { violations: [violate('SYNTAX', 'json', { field: '(file)', label: name, params: { detail: (e as Error).message } })] };
    }
  }
  // A command reads its case file twice, once to guard the identities its messages may quote and
  // once to check it: the last YAML parse is kept, and every caller gets a copy of its own to change.
  if (lastYaml?.text !== text || lastYaml.name !== name) lastYaml = { text, name, result: parseYaml(text, name) };
  return structuredClone(lastYaml.result);
}
let lastYaml: { text: string; name: string; result: Structured } | undefined;

function parseYaml(text: string, name: string): Structured {
  // Flow nesting is counted before the YAML parser sees it: the parser recurses, and how deep it may
  // go before the stack runs out depends on the build (bundled, it died inside a regular expression).
  const deepAt = flowNestingLine(text, FLOW_LIMIT);
  if (deepAt !== undefined) return { violations: [violate('V-INPUT-2', 'yaml_too_deep', { field: '(file)', label: name, params: { line: deepAt, max: MAX_DEPTH } })] };
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length) {
    return {
      violations: doc.errors.map((e) => {
        const line = e.linePos?.[0]?.line ?? '?';
        return /call stack/i.test(e.message)
          ? violate('V-INPUT-2', 'yaml_too_deep', { field: '(file)', label: name, params: { line, max: MAX_DEPTH } })
          : violate('SYNTAX', 'yaml', { field: '(file)', label: name, params: { line, detail: e.message.split('\n')[0] ?? '' } });
      }),
    };
  }
  const warnings: Violation[] = [];
  visit(doc, {
    Scalar(_key, node: Scalar, path) {
      if (typeof node.value !== 'number') return;
      const parent = path[path.length - 1];
      const key = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : '';
      const src = (node.srcToken as { source?: string } | undefined)?.source;
      if (src && (TEXTUAL_KEY.test(key) || /^0\d/.test(src) || src.replace(/\D/g, '').length > 15)) node.value = src;
      // an ID (16+ digits) or a phone number written bare: right here, wrong in every other YAML reader
      if (src && /^\d+$/.test(src) && (src.length >= 16 || /phone/.test(key)))
        warnings.push(violate('V-INPUT-2', 'unquoted_number', { field: key || '(value)', label: key || name, params: { value: src } }));
    },
  });
  let value: unknown;
  // aliases: more than 100 (a "billion laughs"), undefined, or refering to themselves
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const m = (e as Error).message;
    const at = { field: '(file)', label: name };
    return {
      violations: [
        /alias count/i.test(m)
          ? violate('V-INPUT-2', 'aliases', { ...at, params: { max: 100 } })
          : /unresolved alias/i.test(m)
            ? violate('V-INPUT-2', 'undefined_alias', { ...at, params: { alias: m.replace(/^.*: /, '') } })
            : violate('V-INPUT-2', 'unreadable', { ...at, params: { detail: m.split('\n')[0] ?? '' } }),
      ],
    };
  }
  const g = guarded(value);
  return warnings.length ? { ...g, warnings } : g;
}

/** Brackets a file may open before the parse is refused (above MAX_DEPTH: a value nested 33 to 64
 *  deep parses and is refused by the structure check, naming its field). */
const FLOW_LIMIT = 64;

/** The line where `[`/`{` nesting passes `limit`, counting outside quotes and comments; else undefined. */
export function flowNestingLine(text: string, limit: number): number | undefined {
  let depth = 0;
  let line = 1;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      if (quote === undefined) continue;
    }
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '"' || (c === "'" && (i === 0 || /[\s[{,:]/.test(text[i - 1]!)))) quote = c;
    else if (c === '[' || c === '{') {
      if (++depth > limit) return line;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

/** The parsed value, or why its structure is refused (forbidden keys, depth, cycles, dates). */
function guarded(value: unknown): { value?: unknown; violations: Violation[] } {
  const bad = structureViolations(value);
  return bad.length ? { violations: bad } : { value, violations: [] };
}

export interface ParsedCase {
  file: CaseFile;
  warnings: Violation[];
}

/**
 * Parse and check a case file. Throws an XfError (VALIDATION) listing every error; returns the
 * file with `confidential` forced where the law forces it, plus any warnings.
 */
export function parseCaseFile(text: string, name: string, limits: PackLimits, opts: InputOptions = {}): ParsedCase {
  const { value, violations, warnings } = parseStructuredText(text, name);
  if (violations.length) throw validationError(name, violations);
  const parsed = checkCaseFile(value, name, limits, opts);
  return warnings?.length ? { ...parsed, warnings: [...warnings, ...parsed.warnings] } : parsed;
}

export function checkCaseFile(value: unknown, name: string, limits: PackLimits, opts: InputOptions = {}): ParsedCase {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw validationError(name, check('SCHEMA', 'object', { value }));
  }
  const hostile = structureViolations(value);
  if (hostile.length) throw validationError(name, hostile);
  normaliseIdNumbers(value);
  const fee = feeFieldViolations(value);
  const rest = fee.length ? withoutFeeFields(value) : value;
  // one check for a valid file (the common case); the error walk only for a bad one
  const valid = fits(CaseFile, rest);
  const structural = valid ? [] : schemaViolations(CaseFile, rest);
  const all = [...fee, ...structural];
  if (valid) {
    all.push(...caseFileViolations(rest, { limits }), ...caseInputViolations(rest as Record<string, unknown>, opts));
  }
  const errors = all.filter((v) => v.severity === 'error');
  if (errors.length) throw validationError(name, all);
  const file = value as CaseFile;
  if (isConfidential(file)) file.confidential = true;
  else if (file.confidential === undefined) file.confidential = false;
  return { file, warnings: all.filter((v) => v.severity === 'warning') };
}
