// What registration checks beyond the case model, for every command that takes a case file: the
// office's case number pattern, today (no future received date), the encoding the clerk named,
// and which characters the bundled fonts cannot print (fonts load here, never in src/domain).
import type { InputOptions } from '../domain/case-file.js';
import type { OfficeConfig } from '../domain/config.js';
import { officeFonts, type FontSet } from '../forms/fonts/fontset.js';
import { parseEncoding, type InputEncoding } from '../io/text-input.js';

let fonts: FontSet | undefined;

/** Characters of a name the body font chain (仿宋 and its fallbacks) cannot set. */
export function unprintable(office: OfficeConfig, home: string): (text: string) => string[] {
  return (text) => {
    // plain CJK and ASCII are in every bundled font: only load the fonts for a rarer character
    if (/^[\u0020-\u007e\u00b7\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]*$/u.test(text)) return [];
    fonts ??= officeFonts(office, home);
    return fonts.missing('fang', text);
  };
}

export function registrationOptions(office: OfficeConfig, home: string, today?: string, encoding?: string): InputOptions & { encoding?: InputEncoding } {
  const enc = parseEncoding(encoding);
  return {
    ...(today ? { today } : {}),
    ...(office.case_no_pattern ? { caseNoPattern: office.case_no_pattern } : {}),
    unprintable: unprintable(office, home),
    ...(enc ? { encoding: enc } : {}),
  };
}
