// xf's own templates as build/bundle.mjs compiles them into the bundle: per folder (its path under
// templates/), the text of fields.yaml with its parse as JSON, and the text of form.yaml.hbs with
// Handlebars' precompiled spec, made when first asked for. templates.ts uses an entry only while
// the file on disk is exactly that text. Empty here (tsc's dist/ reads and compiles the files).
import type { TemplateSpecification } from './templates.js';

export interface BuiltTemplate {
  fields?: { text: string; json: string };
  form?: { text: string; spec: TemplateSpecification };
}

export const BUILT_TEMPLATES: Readonly<Record<string, () => BuiltTemplate>> = {};
