// The register's rules for a case file (SPEC §10: V-CASE-*, V-AG-*, identity numbers). Every
// violation is collected; nothing stops at the first. The rules themselves are in ./rules/.
import type { CaseFile } from './case-schema.js';
import type { Violation } from './errors.js';
import type { PackLimits } from './rulepacks.js';
import { isFeeKey } from './rules/agent.js';
import { check } from './rules/index.js';

/** A copy without the fee fields, so the other checks still run and report alongside V-AG-4. */
export function withoutFeeFields(raw: unknown): unknown {
  if (Array.isArray(raw)) return raw.map(withoutFeeFields);
  if (raw && typeof raw === 'object') {
    return Object.fromEntries(
      Object.entries(raw)
        .filter(([k]) => !isFeeKey(k))
        .map(([k, v]) => [k, withoutFeeFields(v)]),
    );
  }
  return raw;
}

/** V-AG-4 runs on the raw input, before the schema turns a fee field into a plain "unknown field". */
export function feeFieldViolations(raw: unknown): Violation[] {
  return check('V-AG-4', 'raw', { raw });
}

export interface CaseRuleOptions {
  limits: PackLimits;
}

/** Cross-field rules; assumes the file already passed the structural schema. */
export function caseFileViolations(c: CaseFile, opts: CaseRuleOptions): Violation[] {
  const x = { c, limits: opts.limits };
  return [
    ...check('V-CASE-1', 'file', x),
    ...check('V-ID-1', 'file', x),
    ...check('V-ID-2', 'file', x),
    ...check('V-CASE-2', 'file', x),
    ...check('V-CASE-3', 'file', x),
    ...check('V-CASE-4', 'file', x),
    ...check('V-CASE-5', 'handler', { handler: c.handler, at: 'file' }),
    ...check('V-CASE-6', 'file', x),
    ...check('V-CASE-8', 'file', x),
    ...check('V-AG-3', 'file', x),
    ...check('V-AG-1', 'file', x),
    ...check('V-AG-5', 'file', x),
    ...check('V-AG-4', 'authorization', { authorization: c.authorization }),
    ...check('V-AG-2', 'authorization', { authorization: c.authorization, limits: opts.limits }),
    ...check('V-AG-6', 'request', { proxy_request: c.proxy_request }),
  ];
}

/** Accusations and petitioner requests make a case confidential, whatever the file says (XFGZ §30). */
export function isConfidential(c: Pick<CaseFile, 'category' | 'confidential' | 'confidentiality_requested'>): boolean {
  return c.category === 'accusation' || c.confidential === true || c.confidentiality_requested === true;
}
