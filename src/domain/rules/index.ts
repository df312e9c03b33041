// The rule registry: every rule id xf enforces, defined once (SPEC §10 and the lifecycle's own
// guards). A call site raises a rule by id and message key — `violate('V-DOC-9', 'too_long', …)` —
// or runs its check — `check('V-DOC-9', 'extension', …)`; both are type-checked against the
// entries below, and the messages exist in both languages because the catalogue holds both.
import type { Violation } from '../errors.js';
import { lang } from '../i18n.js';
import { AGENT_RULES } from './agent.js';
import { ARCHIVE_RULES } from './archive.js';
import { CASE_RULES } from './case.js';
import { DEADLINE_RULES } from './deadline.js';
import { DOCUMENT_RULES } from './document.js';
import { HEARING_RULES } from './hearing.js';
import { INPUT_RULES } from './input.js';
import { REVIEW_RULES } from './review.js';
import { SAFETY_RULES } from './safety.js';
import { STEP_RULES } from './steps.js';
import type { Finding, Msg, Params, RuleDef, Severity, Where } from './types.js';

export type { Finding, Msg, Params, RuleDef, Severity, Where } from './types.js';

/** The registry by area: the order `xf rules list` prints. */
export const AREAS = {
  case: CASE_RULES,
  agent: AGENT_RULES,
  document: DOCUMENT_RULES,
  hearing: HEARING_RULES,
  review: REVIEW_RULES,
  lifecycle: STEP_RULES,
  deadline: DEADLINE_RULES,
  archive: ARCHIVE_RULES,
  input: INPUT_RULES,
  safety: SAFETY_RULES,
} as const;
export type Area = keyof typeof AREAS;

export const RULES = {
  ...CASE_RULES,
  ...AGENT_RULES,
  ...DOCUMENT_RULES,
  ...HEARING_RULES,
  ...REVIEW_RULES,
  ...STEP_RULES,
  ...DEADLINE_RULES,
  ...ARCHIVE_RULES,
  ...INPUT_RULES,
  ...SAFETY_RULES,
} as const;

export type RuleId = keyof typeof RULES;
type Entry<I extends RuleId> = (typeof RULES)[I];
export type MsgKey<I extends RuleId> = Extract<keyof Entry<I>['messages'], string>;
type Checks<I extends RuleId> = Entry<I> extends { checks: infer C } ? C : never;
export type CheckName<I extends RuleId> = Extract<keyof Checks<I>, string>;
export type CheckInput<I extends RuleId, C extends CheckName<I>> = Checks<I>[C] extends (input: infer X) => Finding[] ? X : never;

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}

export function ruleDef(id: RuleId): RuleDef {
  return RULES[id] as RuleDef;
}

/** `{name}` → params.name; a name without a value stays visible rather than vanish. */
export function fmt(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

function message(id: RuleId, key: string): Msg {
  const m = (ruleDef(id).messages as Record<string, Msg>)[key];
  if (!m) throw new Error(`rule ${id} has no message ${key}`);
  return m;
}

/** A rule's message in the current language (XF_LANG). */
export function ruleMessage<I extends RuleId>(id: I, key: MsgKey<I>, params?: Params): string {
  const m = message(id, key);
  return fmt(lang() === 'en' ? m.en : m.zh, params);
}

/** The rule's name in the current language. */
export function ruleLabel(id: RuleId): string {
  const l = ruleDef(id).label;
  return lang() === 'en' ? l.en : l.zh;
}

export interface Raise {
  /** Field path where the caller reports it (the case file's, the event details', the form view's). */
  field: string;
  /** Chinese label of the field, when the message's own does not fit. */
  label?: string;
  found?: unknown;
  params?: Params;
}

/** One violation of a rule, its message from the catalogue. */
export function violate<I extends RuleId>(id: I, key: MsgKey<I>, o: Raise): Violation {
  const m = message(id, key);
  return {
    rule: id,
    field: o.field,
    label: o.label ?? m.label ?? '',
    severity: m.severity ?? ruleDef(id).severity,
    message: ruleMessage(id, key, o.params),
    ...(o.found === undefined ? {} : { found: o.found }),
  };
}

/** Where a check's relative field paths land: a prefix, and labels for the caller's own fields. */
export interface At {
  prefix?: string;
  label?: string;
}

/** Turn a check's findings into violations at the caller's place. */
export function findingsToViolations(id: RuleId, findings: readonly Finding[], at: At = {}): Violation[] {
  return findings.map((f) => {
    const label = at.label ?? f.label;
    return violate(id, f.key as MsgKey<typeof id>, {
      field: `${at.prefix ?? ''}${f.field ?? ''}`,
      ...(label === undefined ? {} : { label }),
      ...(f.found === undefined ? {} : { found: f.found }),
      ...(f.params ? { params: f.params } : {}),
    });
  });
}

/** Run one of a rule's checks and report what it found. */
export function check<I extends RuleId, C extends CheckName<I>>(id: I, name: C, input: CheckInput<I, C>, at: At = {}): Violation[] {
  const fn = (ruleDef(id).checks as Record<string, (x: unknown) => Finding[]> | undefined)?.[name];
  if (!fn) throw new Error(`rule ${id} has no check ${name}`);
  return findingsToViolations(id, fn(input), at);
}

export interface CatalogueEntry {
  id: RuleId;
  area: Area;
  label_zh: string;
  label_en: string;
  source: string;
  severity: Severity;
  applies: readonly Where[];
  enforced: boolean;
  messages: Record<string, { zh: string; en: string; severity: Severity }>;
}

/** The whole catalogue, area by area, in definition order. */
export function catalogue(): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  for (const [area, rules] of Object.entries(AREAS) as [Area, Record<string, RuleDef>][]) {
    for (const [id, r] of Object.entries(rules)) {
      out.push({
        id: id as RuleId,
        area,
        label_zh: r.label.zh,
        label_en: r.label.en,
        source: r.source,
        severity: r.severity,
        applies: r.applies,
        enforced: r.enforced !== false,
        messages: Object.fromEntries(Object.entries(r.messages).map(([k, m]) => [k, { zh: m.zh, en: m.en, severity: m.severity ?? r.severity }])),
      });
    }
  }
  return out;
}
