// Errors that carry what the user must fix. The CLI turns them into messages and exit codes;
// nothing below src/cli prints or exits.
import { t } from './i18n.js';

/** One broken rule, reported with the field it concerns (SPEC §10 rule ids). */
export interface Violation {
  /** Rule id, e.g. V-CASE-3, or SCHEMA for a structural fault. */
  rule: string;
  /** Field path in the case file, e.g. petitioners[2].id_doc_no. */
  field: string;
  /** Chinese label of the field. */
  label: string;
  /** What the rule requires, in the current language. */
  message: string;
  /** What was found, when there is a value to show. */
  found?: unknown;
  severity: 'error' | 'warning';
}

export type ErrorCode =
  | 'VALIDATION' // bad input: exit 1
  | 'ILLEGAL_STEP' // lifecycle refused the event: exit 1
  | 'NOT_FOUND' // exit 1
  | 'CONFLICT' // duplicate case number etc.: exit 1
  | 'USAGE' // exit 64
  | 'IO' // exit 4
  | 'INTEGRITY'; // a chain or digest does not hold: exit 1

export class XfError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly violations: Violation[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'XfError';
  }
}

export function validationError(subject: string, violations: Violation[]): XfError {
  const n = violations.filter((v) => v.severity === 'error').length;
  return new XfError('VALIDATION', t(`${subject}有 ${n} 处错误，未写入任何内容`, `${subject}: ${n} error(s); nothing was written`), violations);
}
