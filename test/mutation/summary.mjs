// Summarise what has been measured so far: the incremental file holds every file's latest results
// (each piece run by test/mutation/each.sh adds its own). Prints the per-file table, the overall
// score, and the surviving / uncovered mutants with their source line.
//   node test/mutation/summary.mjs [reports/mutation/stryker-incremental.json]
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/stryker-incremental.json', 'utf8'));
const files = Object.keys(report.files).sort();
const out = ['| file | killed | survived | timeout | no coverage | ignored | score |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
const total = { k: 0, s: 0, t: 0, n: 0, i: 0 };
const pct = (r) => (r.k + r.t + r.s + r.n ? `${((100 * (r.k + r.t)) / (r.k + r.t + r.s + r.n)).toFixed(1)} %` : '—');
for (const f of files) {
  const ms = report.files[f].mutants;
  const r = { k: 0, s: 0, t: 0, n: 0, i: 0 };
  for (const m of ms) {
    if (m.status === 'Killed') r.k++;
    else if (m.status === 'Survived') r.s++;
    else if (m.status === 'Timeout') r.t++;
    else if (m.status === 'NoCoverage') r.n++;
    else r.i++; // Ignored (static, message text, disabled), CompileError, RuntimeError
  }
  for (const k of Object.keys(total)) total[k] += r[k];
  out.push(`| ${f} | ${r.k} | ${r.s} | ${r.t} | ${r.n} | ${r.i} | ${pct(r)} |`);
}
out.push(`| **all measured** | ${total.k} | ${total.s} | ${total.t} | ${total.n} | ${total.i} | **${pct(total)}** |`);
// Stryker counts a Timeout as killed; on a loaded machine some are slow runs, not loops: the lower bound counts them survived.
const low = total.k + total.s + total.t + total.n ? ((100 * total.k) / (total.k + total.s + total.t + total.n)).toFixed(1) : '—';
out.push('', `Score (timeouts killed, Stryker's rule): ${pct(total)}; timeouts counted as survivors: ${low} %.`);
out.push('', 'Surviving (S) and uncovered (N) mutants:', '');
for (const f of files) {
  const lines = report.files[f].source.split('\n');
  for (const m of report.files[f].mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage').sort((a, b) => a.location.start.line - b.location.start.line)) {
    const l = m.location.start.line;
    out.push(`- ${m.status === 'Survived' ? 'S' : 'N'} ${f}:${l} ${m.mutatorName} → \`${String(m.replacement).replace(/\s+/g, ' ').slice(0, 60)}\` (in \`${lines[l - 1].trim().slice(0, 70)}\`)`);
  }
}
process.stdout.write(`${out.join('\n')}\n`);
