// Reading a value from the form view by path (a.b[0].c) and finding its Chinese label in the case
// schema, so a missing field is reported with the title the clerk knows.
import { CaseFile, CaseProgress } from '../domain/case-schema.js';
import { OfficeConfig } from '../domain/config.js';

export function splitPath(path: string): string[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
}

export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of splitPath(path)) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** A value a form can print: not absent, not an empty string or list. */
export function present(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim().length > 0;
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

interface SchemaNode {
  title?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** View aliases onto the case file. */
const ALIASES: [string, string][] = [
  ['petitioner.', 'case.petitioners.0.'],
  ['agent.', 'case.agents.0.'],
];

/** The schema title of a view path, e.g. 调查核实情况 for case.progress.handling_opinion.findings. */
export function schemaLabel(path: string): string | undefined {
  let p = path.replace(/\[(\d+)\]/g, '.$1');
  for (const [a, b] of ALIASES) if (p.startsWith(a)) p = b + p.slice(a.length);
  const parts = p.split('.').filter(Boolean);
  let node: SchemaNode | undefined;
  if (parts[0] === 'case' && parts[1] === 'progress') {
    node = CaseProgress as SchemaNode;
    parts.splice(0, 2);
  } else if (parts[0] === 'case') {
    node = CaseFile as SchemaNode;
    parts.splice(0, 1);
  } else if (parts[0] === 'office') {
    node = OfficeConfig as SchemaNode;
    parts.splice(0, 1);
  } else return undefined;
  for (const k of parts) {
    if (!node) return undefined;
    if (/^\d+$/.test(k)) node = node.items;
    else node = node.properties?.[k] ?? node.items?.properties?.[k];
  }
  return node?.title;
}
