// The run's report: one JSON shape (for --format json and --report) and a text rendering of it for
// people, in Chinese by default with the English codes.
import { t } from '../domain/i18n.js';
import type { Warning } from './check-bag.js';
import { type Fault, FAULT_CODES, hintFor } from './faults.js';
import type { BagOutcome, VerifyOutcome } from './verify.js';

export interface VerifyReport {
  ok: boolean;
  exit: number;
  interrupted: boolean;
  run: string;
  started: string;
  finished: string;
  duration_ms: number;
  paths: string[];
  algorithms: string[] | 'all';
  jobs: number;
  selection?: { sample?: string; seed?: string; not_checked_since?: string; candidates: number };
  dossiers: number;
  year_bundles: number;
  files: number;
  bytes: number;
  resumed_files: number;
  resumed_bytes: number;
  counts: Partial<Record<Fault['code'], number>>;
  /** Distinct problems: one damaged file is one problem however many algorithms flag it. */
  problems: number;
  /** One line of what to do, per code found. */
  hints: Partial<Record<Fault['code'], string>>;
  faults: Fault[];
  warnings: Warning[];
  bags: BagOutcome[];
  audit?: { store: string; run: string };
}

export function buildReport(
  o: VerifyOutcome,
  meta: Omit<
    VerifyReport,
    'ok' | 'interrupted' | 'dossiers' | 'year_bundles' | 'files' | 'bytes' | 'resumed_files' | 'resumed_bytes' | 'counts' | 'problems' | 'hints' | 'faults' | 'warnings' | 'bags'
  >,
): VerifyReport {
  const counts: VerifyReport['counts'] = {};
  const hints: VerifyReport['hints'] = {};
  for (const c of FAULT_CODES) {
    const n = o.faults.filter((f) => f.code === c).length;
    if (n) {
      counts[c] = n;
      hints[c] = hintFor(c);
    }
  }
  const problems = new Set(o.faults.map((f) => `${f.code}\0${f.bag}\0${f.rel ?? f.path ?? ''}`)).size;
  return {
    ok: o.faults.length === 0 && !o.interrupted,
    ...meta,
    interrupted: o.interrupted,
    dossiers: o.dossiers,
    year_bundles: o.years.length,
    files: o.files,
    bytes: o.bytes,
    resumed_files: o.resumedFiles,
    resumed_bytes: o.resumedBytes,
    counts,
    problems,
    hints,
    faults: o.faults.map(orderFault),
    warnings: o.warnings,
    bags: o.bags,
  };
}

/** Fault fields in a fixed, readable order (code and path first), absent ones left out. */
function orderFault(f: Fault): Fault {
  const { code, path, rel, encoded, bag, archival_code, manifest, algorithm, expected, actual, errno, kind, message, exit } = f;
  const out: Record<string, unknown> = { code, path, rel, encoded, bag, archival_code, manifest, algorithm, expected, actual, errno, kind, message, exit };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as unknown as Fault;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024,
    i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 2 : 1)} ${units[i]}`;
}

export function formatText(r: VerifyReport): string {
  const secs = r.duration_ms / 1000;
  const hashed = r.bytes - r.resumed_bytes;
  const rate = secs > 0 ? `${(hashed / 1048576 / secs).toFixed(1)} MiB/s` : '-';
  const lines: string[] = [];
  lines.push(
    t(
      `校验 ${r.dossiers} 个卷宗、${r.year_bundles} 个年度包：${r.files} 个文件，${formatBytes(r.bytes)}，用时 ${secs.toFixed(1)} 秒（${rate}）`,
      `checked ${r.dossiers} dossier(s), ${r.year_bundles} year bundle(s): ${r.files} files, ${formatBytes(r.bytes)} in ${secs.toFixed(1)} s (${rate})`,
    ),
  );
  if (r.resumed_files) lines.push(t(`  其中 ${r.resumed_files} 个文件沿用中断前的结果，未重新计算`, `  ${r.resumed_files} files taken from the interrupted run, not hashed again`));
  if (r.selection) {
    lines.push(
      t(
        `  抽查：从 ${r.selection.candidates} 个卷宗中选取${r.selection.sample ? ` ${r.selection.sample}（种子 ${r.selection.seed}）` : ''}${r.selection.not_checked_since ? ` ${r.selection.not_checked_since} 内未校验的` : ''}`,
        `  selection: from ${r.selection.candidates} dossiers${r.selection.sample ? `, sample ${r.selection.sample} (seed ${r.selection.seed})` : ''}${r.selection.not_checked_since ? `, not checked in ${r.selection.not_checked_since}` : ''}`,
      ),
    );
  }
  for (const f of r.faults) {
    lines.push(`[${f.code}] ${f.path ?? f.bag}`);
    lines.push(`    ${f.message}`);
    if (f.encoded !== undefined && f.encoded !== f.rel) lines.push(t(`    清单中编码为：${f.encoded}`, `    encoded in the manifest as: ${f.encoded}`));
    if (f.expected !== undefined || f.actual !== undefined) {
      lines.push(t(`    应为：${f.expected ?? ''}`, `    expected: ${f.expected ?? ''}`));
      if (f.actual !== undefined) lines.push(t(`    实为：${f.actual}`, `    actual:   ${f.actual}`));
    }
  }
  for (const [c, h] of Object.entries(r.hints)) lines.push(t(`[${c}] 处理：${h}`, `[${c}] what to do: ${h}`));
  for (const w of r.warnings) lines.push(t(`[警告] ${w.bag}：${w.message}`, `[warning] ${w.bag}: ${w.message}`));
  const summary = Object.entries(r.counts)
    .map(([c, n]) => `${c} ${n}`)
    .join(t('，', ', '));
  if (r.interrupted) lines.push(t(`已中断：可用 xf verify --resume ${r.run} 继续`, `interrupted: continue with xf verify --resume ${r.run}`));
  else if (r.ok) lines.push(t(`结果：全部完好（退出码 0）`, `result: all valid (exit 0)`));
  else lines.push(t(`结果：发现 ${r.problems} 处问题（${summary}），退出码 ${r.exit}`, `result: ${r.problems} problem(s) (${summary}), exit ${r.exit}`));
  if (r.audit) lines.push(t(`审计记录：${r.audit.run} → ${r.audit.store}`, `audit record: ${r.audit.run} → ${r.audit.store}`));
  return lines.join('\n') + '\n';
}
