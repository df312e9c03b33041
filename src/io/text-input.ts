// Case files as text: UTF-8 (a BOM is accepted), or an encoding the clerk names. Chinese Windows
// tools save GBK/GB18030 or Big5; decoding those as UTF-8 would register U+FFFD for every name, so
// bytes that are not UTF-8 are refused with the file, the byte offset and the option that reads them.
import { createRequire } from 'node:module';
import type Iconv from 'iconv-lite';
import { XfError } from '../domain/errors.js';
import { check } from '../domain/rules/index.js';
import { t } from '../domain/i18n.js';

// loaded only when a clerk names an encoding: a cold `xf form --file` stays fast
export const iconv = (): typeof Iconv => createRequire(import.meta.url)('iconv-lite') as typeof Iconv;

export const ENCODINGS = ['utf-8', 'gb18030', 'gbk', 'big5'] as const;
export type InputEncoding = (typeof ENCODINGS)[number];

/** The --encoding option's value, checked (USAGE on anything else). */
export function parseEncoding(value: string | undefined): InputEncoding | undefined {
  if (value === undefined) return undefined;
  const v = value.toLowerCase().replace(/^utf8$/, 'utf-8');
  if (!(ENCODINGS as readonly string[]).includes(v)) {
    throw new XfError('USAGE', t(`--encoding 应为 ${ENCODINGS.join('、')} 之一：${value}`, `--encoding must be one of ${ENCODINGS.join(', ')}: ${value}`));
  }
  return v as InputEncoding;
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (x & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

export function notUtf8Error(name: string, offset: number): XfError {
  return new XfError(
    'VALIDATION',
    t(
      `${name} 不是有效的 UTF-8 文本（第 ${offset} 字节起）：若文件由 Windows 中文软件保存，请加 --encoding gb18030（简体）或 --encoding big5（繁体），或另存为 UTF-8`,
      `${name} is not UTF-8 text (from byte ${offset}): if a Chinese Windows program saved it, add --encoding gb18030 (simplified) or --encoding big5 (traditional), or save it as UTF-8`,
    ),
    check('V-ENC-1', 'utf8', { offset }, { label: name }),
    { path: name, offset },
  );
}

/** Bytes of a case file to text: the BOM dropped, UTF-8 checked, or the named encoding decoded. */
export function decodeText(bytes: Uint8Array, name: string, encoding: InputEncoding = 'utf-8'): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding !== 'utf-8') {
    const s = iconv().decode(buf, encoding);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const body = buf.subarray(start);
  const bad = firstInvalidUtf8(body);
  if (bad >= 0) throw notUtf8Error(name, bad + start);
  return body.toString('utf8');
}
