// The event log's hash chain: each event's SHA-256 covers its canonical JSON (RFC 8785) and the
// previous event's hash, so an edit, a removal or an insertion breaks a link that names it.
import * as crypto from 'node:crypto';

export const GENESIS = '0'.repeat(64);

export interface EventRow {
  seq: number;
  case_no: string;
  event: string;
  event_date: string;
  details: string;
  recorded_at: string;
  actor: string;
  prev_hash: string;
  hash: string;
}

export { canonicalJson } from '../domain/canonical-json.js';

/**
 * SHA-256 over the previous hash and the event's canonical JSON (RFC 8785). `details` is stored
 * already canonical, so the envelope (fixed keys, in code-point order) is assembled around it
 * instead of parsing and re-serialising it for every event.
 */
export function eventHash(prevHash: string, e: Omit<EventRow, 'prev_hash' | 'hash'>): string {
  const body = `{"actor":${JSON.stringify(e.actor)},"case_no":${JSON.stringify(e.case_no)},"details":${e.details},"event":${JSON.stringify(e.event)},"event_date":${JSON.stringify(e.event_date)},"recorded_at":${JSON.stringify(e.recorded_at)},"seq":${e.seq}}`;
  return sha256Hex(`${prevHash}\n${body}`);
}

// One-shot hashing (Node ≥ 20.12) makes no Hash object per event: a fifth of the chain's cost in
// an import. The same bytes go in either way.
const oneShot = (crypto as { hash?: (alg: string, data: string, enc: 'hex') => string }).hash;
export const sha256Hex = oneShot ? (s: string) => oneShot('sha256', s, 'hex') : (s: string) => crypto.createHash('sha256').update(s).digest('hex');

export type ChainFaultKind = 'altered' | 'removed' | 'inserted' | 'broken_link' | 'head_mismatch';

export interface ChainFault {
  kind: ChainFaultKind;
  /** The event concerned (for 'removed': the first missing seq). */
  seq: number;
  case_no?: string;
  /** For 'removed': how many consecutive events are missing. */
  count?: number;
  expected?: string;
  actual?: string;
}

export interface ChainReport {
  ok: boolean;
  events: number;
  head_seq: number;
  head_hash: string;
  faults: ChainFault[];
}

/**
 * Walk the log in seq order. `head` is the chain head recorded beside the log (meta), which
 * catches events cut from or added at the end.
 */
export function verifyChain(rows: Iterable<EventRow>, head?: { seq: number; hash: string }): ChainReport {
  const faults: ChainFault[] = [];
  let prev: EventRow | undefined;
  let before: EventRow | undefined;
  let n = 0;
  for (const r of rows) {
    n++;
    const computed = eventHash(r.prev_hash, r);
    if (computed !== r.hash) faults.push({ kind: 'altered', seq: r.seq, case_no: r.case_no, expected: r.hash, actual: computed });
    const prevHash = prev ? prev.hash : GENESIS;
    const prevSeq = prev ? prev.seq : 0;
    if (r.prev_hash !== prevHash) {
      if (prev && r.prev_hash === (before ? before.hash : GENESIS) && r.seq === prev.seq + 1) {
        // This event still points past its predecessor: the predecessor was slipped in.
        faults.push({ kind: 'inserted', seq: prev.seq, case_no: prev.case_no });
      } else if (r.seq > prevSeq + 1) {
        faults.push({ kind: 'removed', seq: prevSeq + 1, count: r.seq - prevSeq - 1, expected: r.prev_hash });
      } else if (prev && !faults.some((f) => f.seq === prev!.seq && f.kind === 'altered')) {
        // The predecessor's content and hash were both rewritten: its old hash lives on here.
        faults.push({ kind: 'altered', seq: prev.seq, case_no: prev.case_no, expected: r.prev_hash, actual: prev.hash });
      } else {
        faults.push({ kind: 'broken_link', seq: r.seq, case_no: r.case_no, expected: prevHash, actual: r.prev_hash });
      }
    }
    before = prev;
    prev = r;
  }
  const headSeq = prev ? prev.seq : 0;
  const headHash = prev ? prev.hash : GENESIS;
  if (head && (head.seq !== headSeq || head.hash !== headHash)) {
    if (head.seq > headSeq) faults.push({ kind: 'removed', seq: headSeq + 1, count: head.seq - headSeq, expected: head.hash });
    else if (head.seq < headSeq) faults.push({ kind: 'inserted', seq: head.seq + 1, count: headSeq - head.seq });
    else faults.push({ kind: 'head_mismatch', seq: headSeq, expected: head.hash, actual: headHash });
  }
  return { ok: faults.length === 0, events: n, head_seq: headSeq, head_hash: headHash, faults };
}
