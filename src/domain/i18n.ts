// Messages speak Chinese by default (the users' language); XF_LANG=en switches to English.
// Identifiers (field ids, rule ids, codes) are never translated.
export type Lang = 'zh' | 'en';

let current: Lang = detectLang(typeof process !== 'undefined' ? process.env.XF_LANG : undefined);

export function detectLang(value: string | undefined): Lang {
  return value && value.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
export function setLang(lang: Lang): void {
  current = lang;
}
export function lang(): Lang {
  return current;
}

/** Pick the message for the current language. */
export function t(zh: string, en: string): string {
  return current === 'en' ? en : zh;
}
