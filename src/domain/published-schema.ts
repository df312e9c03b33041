// The case file's JSON Schema as published in schema/case.schema.json (language-neutral: other
// tools validate case files with it). Generated from the TypeBox model, never edited by hand.
import { CaseFile, CASE_SCHEMA_ID } from './case-schema.js';

export function caseJsonSchema(): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(CaseFile)) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...plain,
    $id: CASE_SCHEMA_ID,
    description:
      'xf case file (信访事项). Field ids follow the xf domain SPEC §3 and §6; each property title is its Chinese label. Cross-field rules (V-CASE-*, V-AG-*, V-ID-*) are enforced by xf itself and listed in the README.',
  };
}
