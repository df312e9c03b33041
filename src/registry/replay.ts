// Derived state verified by replay (issue 12). The hash chain proves the event log; the tables a
// clerk reads (cases, clocks, serials) are derived from it and were not covered: an UPDATE in SQL
// renaming a petitioner or clearing the confidential flag went unseen. Here every case is rebuilt
// from its events through the lifecycle (the same applyEvent the register uses when writing) and
// compared with what is stored, field by field. Uses the register's public methods only.
import type { CaseFile } from '../domain/case-schema.js';
import { petitionerDisplayName, type CaseRecord } from '../domain/case.js';
import { t } from '../domain/i18n.js';
import { applyEvent, EVENTS, PROXY_EVENTS, registerCase, replayLog, type LoggedEvent } from '../domain/lifecycle.js';
import type { Registry } from './registry.js';

export interface ReplayDifference {
  case_no: string;
  /** Table and column (or record path), e.g. cases.petitioner_name, record.petitioners[0].name, clocks[DL-03@2026-01-05].due. */
  field: string;
  stored: unknown;
  replayed: unknown;
  message: string;
}

export interface ReplayReport {
  ok: boolean;
  cases: number;
  events: number;
  differences: ReplayDifference[];
}

const b = (x: boolean) => (x ? 1 : 0);

/** Paths where two JSON values differ (key order ignored). */
export function jsonDiff(a: unknown, b2: unknown, path: string, out: { path: string; a: unknown; b: unknown }[]): void {
  if (a === b2) return;
  const isObj = (x: unknown) => x !== null && typeof x === 'object';
  if (Array.isArray(a) && Array.isArray(b2)) {
    for (let i = 0; i < Math.max(a.length, b2.length); i++) jsonDiff(a[i], b2[i], `${path}[${i}]`, out);
    return;
  }
  if (isObj(a) && isObj(b2) && !Array.isArray(a) && !Array.isArray(b2)) {
    const ka = a as Record<string, unknown>,
      kb = b2 as Record<string, unknown>;
    for (const k of [...new Set([...Object.keys(ka), ...Object.keys(kb)])].sort()) jsonDiff(ka[k], kb[k], `${path}.${k}`, out);
    return;
  }
  out.push({ path, a, b: b2 });
}

/** What writeCase stores for a record (src/registry/registry.ts), fingerprint aside (it hashes the file's texts). */
function expectedRow(rec: CaseRecord, lastSeq: number): Record<string, unknown> {
  const p = rec.progress;
  return {
    status: rec.status,
    proxy_status: rec.proxy_status ?? null,
    category: rec.category,
    channel: rec.channel,
    via_agent: b(!!rec.via_agent),
    confidential: b(!!rec.confidential),
    received_date: rec.received_date,
    registered_date: rec.registered_date,
    accepted_date: p.acceptance?.accepted_date ?? null,
    closed_date: p.termination?.terminated_date ?? null,
    petitioner_name: petitionerDisplayName(rec),
    handling_org: rec.handler?.handling_org_name ?? null,
    slip_no: rec.slip_no ?? null,
    last_seq: lastSeq,
  };
}

const CLOCK_COLS = [
  'actor',
  'dl_id',
  'due',
  'act_by',
  'provisional',
  'paused',
  'status',
  'proxy_status',
  'category',
  'channel',
  'via_agent',
  'confidential',
  'received_date',
  'accepted_date',
  'petitioner_name',
  'slip_no',
] as const;

export function replayRegister(reg: Registry): ReplayReport {
  const diffs: ReplayDifference[] = [];
  const D = (case_no: string, field: string, stored: unknown, replayed: unknown) =>
    diffs.push({
      case_no,
      field,
      stored,
      replayed,
      message: t(
        `${case_no} 的 ${field} 与按事件日志重演的结果不符：登记为 ${show(stored)}，重演为 ${show(replayed)}`,
        `${case_no}: ${field} differs from the replay of the event log: stored ${show(stored)}, replayed ${show(replayed)}`,
      ),
    });
  const ctx = reg.lifecycleContext();
  const serials = reg.storedSerials();
  const slipsOf = new Map<string, string[]>();
  for (const i of serials.issues) if (i.kind === 'LXD' && i.case_no) (slipsOf.get(i.case_no) ?? slipsOf.set(i.case_no, []).get(i.case_no)!).push(i.serial);

  // Replay each case's events in log order.
  const replayed = new Map<string, { rec?: CaseRecord; lastSeq: number; error?: string }>();
  const logs = new Map<string, { file: Record<string, unknown>; events: LoggedEvent[] }>();
  let events = 0;
  for (const e of reg.events()) {
    events++;
    if (e.case_no === '-') continue;
    const cur = replayed.get(e.case_no);
    let details: Record<string, unknown>;
    try {
      details = JSON.parse(e.details) as Record<string, unknown>;
    } catch {
      replayed.set(e.case_no, { lastSeq: e.seq, error: `#${e.seq}: details are not JSON` });
      continue;
    }
    if (!cur) {
      if (e.event !== 'register') {
        replayed.set(e.case_no, { lastSeq: e.seq, error: t(`第一个事件 #${e.seq} 不是 register`, `first event #${e.seq} is not register`) });
        continue;
      }
      replayed.set(e.case_no, { rec: registerCase(details as unknown as CaseFile, e.case_no), lastSeq: e.seq });
      logs.set(e.case_no, { file: details, events: [] });
      continue;
    }
    if (!cur.rec || cur.error) continue;
    const log = logs.get(e.case_no)!;
    log.events.push({ seq: e.seq, event: e.event, date: e.event_date, details });
    if (e.event === 'correct') {
      // A correction supersedes an earlier event's details: the case is replayed from its registration
      // with every correction applied, as the register did when it wrote the correction.
      try {
        const start = registerCase(log.file as unknown as CaseFile, e.case_no);
        if (cur.rec.slip_no) start.slip_no = cur.rec.slip_no; // a serial is never a corrected detail
        cur.rec = replayLog(start, log.events, ctx).record;
        cur.lastSeq = e.seq;
      } catch (err) {
        cur.error = t(`更正 #${e.seq} 无法重演：${(err as Error).message}`, `correction #${e.seq} does not replay: ${(err as Error).message}`);
      }
      continue;
    }
    if (!EVENTS[e.event] && !PROXY_EVENTS[e.event]) continue; // void_serial and other notes that change no record
    try {
      const applied = applyEvent(cur.rec, { event: e.event, date: e.event_date, details }, ctx, { inPlace: true });
      cur.rec = applied.record;
      if (applied.effects.allocateSlip) cur.rec.slip_no = slipsOf.get(e.case_no)?.shift();
      cur.lastSeq = e.seq;
    } catch (err) {
      cur.error = t(`事件 #${e.seq}（${e.event}）无法重演：${(err as Error).message}`, `event #${e.seq} (${e.event}) does not replay: ${(err as Error).message}`);
    }
  }

  // The cases table against the replay.
  const seen = new Set<string>();
  for (const row of reg.storedCaseRows()) {
    const no = String(row.case_no);
    seen.add(no);
    const r = replayed.get(no);
    if (!r) {
      D(no, 'cases', t('有此案件', 'a case row'), t('事件日志中没有该案件', 'no events for this case'));
      continue;
    }
    if (r.error || !r.rec) {
      D(no, 'events', t('可重演的日志', 'a log that replays'), r.error);
      continue;
    }
    const want = expectedRow(r.rec, r.lastSeq);
    for (const [k, v] of Object.entries(want)) if (row[k] !== v) D(no, `cases.${k}`, row[k], v);
    let stored: unknown;
    try {
      stored = JSON.parse(String(row.record));
    } catch {
      stored = row.record;
    }
    const out: { path: string; a: unknown; b: unknown }[] = [];
    jsonDiff(stored, JSON.parse(JSON.stringify(r.rec)), 'record', out);
    for (const d of out.slice(0, 20)) D(no, d.path, d.a, d.b);
  }
  for (const [no, r] of replayed) if (!seen.has(no)) D(no, 'cases', t('（无此行）', '(no row)'), r.rec ? r.rec.status : r.error);

  // Open clocks: recomputed from the replayed record, as writeCase does.
  const storedClocks = new Map<string, Record<string, unknown>>();
  for (const c of reg.storedClockRows()) storedClocks.set(`${String(c.case_no)}|${String(c.slot)}|${String(c.anchor_date)}`, c);
  for (const [no, r] of replayed) {
    if (!r.rec || r.error) continue;
    const row = expectedRow(r.rec, r.lastSeq);
    for (const c of reg.clocksOf(r.rec)) {
      if (!c.open) continue;
      const key = `${no}|${c.slot}|${c.anchor_date}`;
      const s = storedClocks.get(key);
      const label = `clocks[${c.slot}@${c.anchor_date}]`;
      if (!s) {
        D(no, label, t('（无）', '(none)'), c.deadline.due);
        continue;
      }
      storedClocks.delete(key);
      const want: Record<string, unknown> = {
        actor: c.rule.actor,
        dl_id: c.rule.id,
        due: c.deadline.due,
        act_by: c.deadline.act_by,
        provisional: b(c.deadline.provisional),
        paused: b(c.paused),
        status: row.status,
        proxy_status: row.proxy_status,
        category: row.category,
        channel: row.channel,
        via_agent: row.via_agent,
        confidential: row.confidential,
        received_date: row.received_date,
        accepted_date: row.accepted_date,
        petitioner_name: row.petitioner_name,
        slip_no: row.slip_no,
      };
      for (const k of CLOCK_COLS) if (s[k] !== want[k]) D(no, `${label}.${k}`, s[k], want[k]);
    }
  }
  for (const s of storedClocks.values()) D(String(s.case_no), `clocks[${String(s.slot)}@${String(s.anchor_date)}]`, s.due, t('（重演无此期限）', '(no such clock in the replay)'));

  // Serials: each counter is the highest number issued, numbers run 1..last without a gap or a repeat.
  const byClass = new Map<string, number[]>();
  for (const i of serials.issues) (byClass.get(`${i.kind}|${i.year}`) ?? byClass.set(`${i.kind}|${i.year}`, []).get(`${i.kind}|${i.year}`)!).push(i.seq);
  for (const c of serials.counters) {
    const seqs = (byClass.get(`${c.kind}|${c.year}`) ?? []).sort((x, y) => x - y);
    byClass.delete(`${c.kind}|${c.year}`);
    const max = seqs.length ? seqs[seqs.length - 1]! : 0;
    if (c.last !== max) D('-', `serials[${c.kind} ${c.year}].last`, c.last, max);
    const gaps = seqs.filter((s, i) => s !== i + 1);
    if (gaps.length) D('-', `serial_issues[${c.kind} ${c.year}].seq`, seqs.join(','), seqs.map((_, i) => i + 1).join(','));
  }
  for (const [k, seqs] of byClass) D('-', `serials[${k.replace('|', ' ')}].last`, t('（无计数器）', '(no counter)'), Math.max(...seqs));
  // An archived case's 档号 ends in the number reserved for it.
  for (const [no, r] of replayed) {
    const code = r.rec?.progress.archived?.archival_code;
    if (!code) continue;
    const n = Number(/-(\d{4})$/.exec(code)?.[1]);
    const mine = serials.issues.filter((i) => i.case_no === no && (i.kind.startsWith('DA-') || i.kind === 'AJ'));
    if (mine.length && !mine.some((i) => i.seq === n)) D(no, 'serial_issues.seq', mine.map((i) => i.seq).join(','), n);
  }
  return { ok: diffs.length === 0, cases: replayed.size, events, differences: diffs };
}

function show(x: unknown): string {
  const s = typeof x === 'string' ? x : JSON.stringify(x);
  return s === undefined ? String(x) : s.length > 60 ? s.slice(0, 57) + '...' : s;
}
