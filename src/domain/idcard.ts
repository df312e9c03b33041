// 居民身份证 number check (GB 11643-1999): 17 digits, a check character from ISO 7064 MOD 11-2,
// and a real birth date in positions 7–14.
import { isIsoDate } from './dates.js';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export type IdCardProblem = 'format' | 'birth_date' | 'check_digit';

/** Why an 18-character resident ID is invalid, or undefined when it is valid. */
export function residentIdProblem(id: string): IdCardProblem | undefined {
  if (!/^\d{17}[\dXx]$/.test(id)) return 'format';
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth < '1900-01-01') return 'birth_date';
  if (idCheckChar(id.slice(0, 17)) !== id[17]!.toUpperCase()) return 'check_digit';
  return undefined;
}

/** A valid number for tests and synthetic data: region + birth date + sequence + check char. */
export function makeResidentId(region: string, birth: string, seq: number): string {
  const body = `${region}${birth.replace(/-/g, '')}${String(seq % 1000).padStart(3, '0')}`;
  return body + idCheckChar(body);
}
