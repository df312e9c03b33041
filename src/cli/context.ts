// What every register command needs: the home folder, the open register, and file reading.
import { readFileSync } from 'node:fs';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { isIsoDate, type IsoDate } from '../domain/dates.js';
import { decodeText, type InputEncoding } from '../io/text-input.js';
import type { Registry } from '../registry/registry.js';
import { openRegister } from './modules.js';

/** XF_TODAY pins "today" (tests and reproducible demos); otherwise today in Asia/Shanghai. */
export function pinnedToday(): IsoDate | undefined {
  const v = process.env.XF_TODAY;
  if (!v) return undefined;
  if (!isIsoDate(v)) throw new XfError('USAGE', t(`XF_TODAY 应为 YYYY-MM-DD：${v}`, `XF_TODAY must be YYYY-MM-DD: ${v}`));
  return v;
}

export function withRegistry<T>(fn: (r: Registry) => T): T {
  const today = pinnedToday();
  const reg = openRegister(undefined, today ? { today } : {});
  try {
    return fn(reg);
  } finally {
    reg.close();
  }
}

/** A case or details file as text: UTF-8 (BOM accepted) or the --encoding named (V-ENC-1). */
export function readInput(path: string, encoding?: InputEncoding): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new XfError(err.code === 'ENOENT' ? 'NOT_FOUND' : 'IO', t(`无法读取 ${path}：${err.code ?? err.message}`, `cannot read ${path}: ${err.code ?? err.message}`));
  }
  return decodeText(bytes, path === '-' ? 'stdin' : path, encoding);
}

export function parseDateOption(value: string, option: string): IsoDate {
  if (!isIsoDate(value)) throw new XfError('USAGE', t(`${option} 应为真实日期 YYYY-MM-DD：${value}`, `${option} must be a real date YYYY-MM-DD: ${value}`));
  return value;
}

export function parseIntOption(value: string, option: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new XfError('USAGE', t(`${option} 应为 ${min}–${max} 的整数：${value}`, `${option} must be a whole number ${min}–${max}: ${value}`));
  return n;
}
