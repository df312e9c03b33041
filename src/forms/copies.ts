// One copy of a form filed once per service or per hearing (descriptor `copies`): the record the
// template sees. A 送达回证 prints the last service it is given; a hearing form prints hearings[0].
// The archive files every copy; `xf form … --service N / --hearing N` prints one.
import type { CaseRecord } from '../domain/case.js';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import type { FormDescriptor } from './descriptor.js';

/** The record a 送达回证 template sees for service i (0-based): that service is the last one. */
export function recordForService(rec: CaseRecord, i: number): CaseRecord {
  return { ...rec, progress: { ...rec.progress, services: rec.progress.services!.slice(0, i + 1) } };
}

/** The record a hearing form sees for hearing i (0-based): that hearing first. */
export function recordForHearing(rec: CaseRecord, i: number): CaseRecord {
  if (i === 0) return rec;
  const hs = rec.progress.hearings!;
  return { ...rec, progress: { ...rec.progress, hearings: [hs[i]!, ...hs.filter((_, k) => k !== i)] } };
}

/**
 * The copy `xf form` prints: --service N / --hearing N (1-based), by default the latest. A number
 * the case does not have, or one the form does not take, is a usage error naming what there is.
 */
export function pickCopy(d: FormDescriptor, rec: CaseRecord, o: { service?: number; hearing?: number }): CaseRecord {
  const which = (flag: '--service' | '--hearing', n: number | undefined, count: number, zh: string, en: string): number => {
    if (n === undefined) return count - 1;
    if (!Number.isInteger(n) || n < 1 || n > count) {
      throw new XfError('USAGE', t(`${flag} ${n}：本案共有${count}次${zh}（可用 1–${count}）`, `${flag} ${n}: the case has ${count} ${en} (1–${count})`), [], { flag, found: n, count });
    }
    return n - 1;
  };
  if (o.service !== undefined && d.copies !== 'per_service')
    throw new XfError('USAGE', t(`--service 只用于送达回证（「${d.id}」每案一份）`, `--service is for the 送达回证 only (${d.id} is one per case)`));
  if (o.hearing !== undefined && d.copies !== 'per_hearing')
    throw new XfError('USAGE', t(`--hearing 只用于听证文书（「${d.id}」不按听证分份）`, `--hearing is for the hearing forms only (${d.id} is not per hearing)`));
  const ss = rec.progress.services ?? [],
    hs = rec.progress.hearings ?? [];
  if (d.copies === 'per_service' && ss.length) return recordForService(rec, which('--service', o.service, ss.length, '送达', 'services'));
  if (d.copies === 'per_hearing' && hs.length) return recordForHearing(rec, which('--hearing', o.hearing, hs.length, '听证', 'hearings'));
  return rec;
}
