// A case record straight from a case file (xf form --file case.yaml), with no register: the file is
// checked by the domain parser and its history replayed through the lifecycle, exactly as the
// register would on import. The 四联单 serial cannot be allocated without a register, so a file
// must carry contact_slip.slip_no for that form (V-SLIP-1 reports it otherwise).
import type { CaseRecord } from '../domain/case.js';
import type { OfficeConfig } from '../domain/config.js';
import { parseCaseFile, type InputOptions } from '../domain/case-file.js';
import { applyEvent, registerCase, type LifecycleContext } from '../domain/lifecycle.js';
import { resolveRulePack } from '../domain/rulepacks.js';
import { defaultCalendar, type Calendar } from '../domain/calendar.js';
import { todayInShanghai, maxDate } from '../domain/dates.js';
import type { Violation } from '../domain/errors.js';

export function recordFromCaseFile(text: string, name: string, office: OfficeConfig, calendar: Calendar = defaultCalendar(), opts: InputOptions = {}): { record: CaseRecord; warnings: Violation[] } {
  const pack = resolveRulePack(office.rule_packs);
  const { file, warnings } = parseCaseFile(text, name, pack.limits, { ...opts, ...(office.case_no_pattern ? { caseNoPattern: office.case_no_pattern } : {}) });
  const lastEvent = (file.history ?? []).reduce((d, h) => maxDate(d, h.date), file.received_date);
  const ctx: LifecycleContext = {
    pack,
    calendar,
    isXfBureau: office.is_xf_bureau,
    today: maxDate(todayInShanghai(), lastEvent),
    ...(office.review_org_name ? { reviewOrgName: office.review_org_name } : {}),
    ...(office.rereview_org_name ? { rereviewOrgName: office.rereview_org_name } : {}),
    ...(office.discipline_bodies ? { disciplineBodies: office.discipline_bodies } : {}),
  };
  let record = registerCase(file, file.case_no ?? 'FILE');
  const all = [...warnings];
  for (const h of file.history ?? []) {
    const applied = applyEvent(record, { event: h.event, date: h.date, ...(h.details ? { details: h.details } : {}) }, ctx);
    record = applied.record;
    all.push(...applied.warnings);
  }
  if (!record.slip_no && file.contact_slip?.slip_no) record.slip_no = file.contact_slip.slip_no;
  return { record, warnings: all };
}
