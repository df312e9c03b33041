// The published dossier schema (archive-schema/dossier.schema.json) and its validator. The archiver
// validates dossier.json before sealing a bag; `xf verify` validates it again (E-SCHEMA).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';

export const DOSSIER_SCHEMA_VERSION = '1.0.0';
/** File name of the manifest inside data/. */
export const DOSSIER_FILE = 'dossier.json';

export const DOSSIER_SCHEMA_PATH = fileURLToPath(new URL('../../archive-schema/dossier.schema.json', import.meta.url));

export interface SchemaProblem {
  /** JSON Pointer of the offending value, e.g. /items/2/date ("" for the root). */
  pointer: string;
  /** The schema keyword that failed, e.g. pattern, required. */
  keyword: string;
  message: string;
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(DOSSIER_SCHEMA_PATH, 'utf8')) as object;
    // Loaded on the first dossier.json (about 40 ms of start-up): a bag without one never needs it.
    const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTypes: false });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

function describe(e: ErrorObject): SchemaProblem {
  const extra =
    e.keyword === 'required'
      ? ` (${String((e.params as { missingProperty?: string }).missingProperty)})`
      : e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
        : '';
  return { pointer: e.instancePath, keyword: e.keyword, message: `${e.message ?? e.keyword}${extra}` };
}

/** Validate a parsed dossier.json (a Dossier, or anything read from disk). Beyond the schema: seq
 * continuous from 1 and 件号 without gaps. Empty list = valid. */
export function validateDossier(doc: unknown): SchemaProblem[] {
  const v = validator();
  const problems: SchemaProblem[] = v(doc) ? [] : (v.errors ?? []).filter((e) => e.keyword !== 'if').map(describe);
  if (problems.length === 0) {
    const items = (doc as { items: { seq: number; item_no?: number }[] }).items;
    items.forEach((it, i) => {
      if (it.seq !== i + 1) problems.push({ pointer: `/items/${i}/seq`, keyword: 'x-continuous', message: `must be ${i + 1}: 序号 runs 1..n without gaps` });
    });
    const nos = items.map((it) => it.item_no).filter((n): n is number => n !== undefined);
    nos.forEach((n, i) => {
      if (i > 0 && n !== nos[i - 1]! + 1) problems.push({ pointer: `/items/${i}/item_no`, keyword: 'x-continuous', message: `件号 must follow ${nos[i - 1]} without a gap` });
    });
  }
  return problems;
}

/** Parse then validate the bytes of a dossier.json. */
export function validateDossierText(text: string): SchemaProblem[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return [{ pointer: '', keyword: 'x-json', message: `not JSON: ${(e as Error).message}` }];
  }
  return validateDossier(doc);
}
