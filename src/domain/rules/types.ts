// The shape of one rule in the registry (SPEC §10): an id, what it is called, where the law says
// so, where xf applies it, its messages, and the check that finds it broken. Pure data and pure
// functions: the register, the lifecycle, the forms and the CLI all read the same entry.
export type Severity = 'error' | 'warning';
export type Params = Readonly<Record<string, string | number>>;

/** One message of a rule: zh/en text with `{name}` parameters, the field's Chinese label. */
export interface Msg {
  zh: string;
  en: string;
  /** Chinese label of the field the message points at (the call site may give its own). */
  label?: string;
  /** When this message is weaker (or stronger) than the rule's own severity. */
  severity?: Severity;
}

/**
 * Where a rule applies: `registration` (a case file entering the register), `event:<name>` (a
 * lifecycle event; `event:*` every event), `form` (a form's fields.yaml names it; `xf rules list`
 * shows which) or `form:*` (every form), `archive`,
 * `deadline` (a clock or the `xf deadline` command), `input` (file syntax and structure).
 */
export type Where = 'registration' | `event:${string}` | 'form' | `form:${string}` | 'archive' | 'deadline' | 'input' | 'calendar';

/** What a check found: the message key, the field relative to what was checked, the value. */
export interface Finding<K extends string = string> {
  key: K;
  field?: string;
  found?: unknown;
  params?: Params;
  /** The field's label when it differs from the message's own (the same check on two fields). */
  label?: string;
}

export interface RuleDef {
  label: { zh: string; en: string };
  /** Instrument and article (SPEC §0.1 keys), with the confidence tag where SPEC gives one. */
  source: string;
  severity: Severity;
  applies: readonly Where[];
  messages: Readonly<Record<string, Msg>>;
  /**
   * The rule's checks, named by where they run. Each takes the few values it needs (not a whole record), so the lifecycle and
   * the forms hand it theirs and a table-driven test gives it a passing and a failing example.
   * `never` lets each entry keep its own input type; call sites see the precise one.
   */
  checks?: Readonly<Record<string, (input: never) => Finding[]>>;
  /** SPEC lists the rule but xf does not check it (yet): shown as such by `xf rules list`. */
  enforced?: false;
}

export const msg = (zh: string, en: string, extra: Omit<Msg, 'zh' | 'en'> = {}): Msg => ({ zh, en, ...extra });
