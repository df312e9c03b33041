// Runs as listed by `xf audit log`: the start, resume and end records of each run folded together.
import type { AuditRecord } from './audit.js';

export interface RunSummary {
  run: string;
  started: string;
  finished?: string;
  user: string;
  host: string;
  paths: string[];
  status: 'passed' | 'failed' | 'interrupted' | 'error' | 'running';
  exit?: number;
  dossiers?: number;
  files?: number;
  bytes?: number;
  faults: number;
  counts?: Record<string, number>;
  resumes: number;
  seq: number[];
}

export function summariseRuns(records: unknown[], since?: number): RunSummary[] {
  const runs = new Map<string, RunSummary>();
  for (const raw of records) {
    const r = raw as (AuditRecord & Record<string, unknown>) | null;
    if (!r || typeof r.run !== 'string') continue;
    let s = runs.get(r.run);
    if (!s) {
      s = { run: r.run, started: r.ts, user: r.user, host: r.host, paths: [], status: 'running', faults: 0, resumes: 0, seq: [] };
      runs.set(r.run, s);
    }
    s.seq.push(r.seq);
    if (r.kind === 'run-start') {
      s.started = r.ts;
      s.paths = Array.isArray(r.paths) ? (r.paths as string[]) : [];
      s.dossiers = typeof r.dossiers === 'number' ? r.dossiers : undefined;
    } else if (r.kind === 'run-resume') {
      s.resumes++;
      s.status = 'running';
    } else if (r.kind === 'run-end') {
      s.finished = r.ts;
      s.status = (r.status as RunSummary['status']) ?? 'failed';
      s.exit = r.exit as number;
      s.files = r.files as number;
      s.bytes = r.bytes as number;
      s.faults = Array.isArray(r.faults) ? r.faults.length : 0;
      s.counts = r.counts as Record<string, number>;
    }
  }
  return [...runs.values()].filter((s) => since === undefined || Date.parse(s.started) >= since);
}
