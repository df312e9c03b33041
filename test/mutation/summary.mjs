// Summarise reports/mutation/live.jsonl (written while Stryker runs): score per file so far and the
// surviving mutants by file and line. `node test/mutation/summary.mjs > test/domain/MUTATION.md.part`
import { readFileSync } from 'node:fs';

const rows = readFileSync('reports/mutation/live.jsonl', 'utf8')
  .trim()
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const files = [...new Set(rows.map((r) => r.file))].sort();
const out = ['| file | tested | killed | survived | no coverage | score so far |', '|---|---|---|---|---|---|'];
for (const f of files) {
  const m = rows.filter((r) => r.file === f && r.status !== 'Ignored' && r.status !== 'Pending');
  const killed = m.filter((r) => r.status === 'Killed' || r.status === 'Timeout').length;
  const surv = m.filter((r) => r.status === 'Survived').length;
  const nocov = m.filter((r) => r.status === 'NoCoverage').length;
  out.push(`| ${f} | ${m.length} | ${killed} | ${surv} | ${nocov} | ${m.length ? ((100 * killed) / m.length).toFixed(1) : '—'} % |`);
}
out.push('', 'Surviving / uncovered mutants:', '');
for (const r of rows.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage').sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)) {
  out.push(`- ${r.file}:${r.line} ${r.status === 'NoCoverage' ? '(no coverage) ' : ''}${r.mutatorName} → \`${String(r.replacement).replace(/\s+/g, ' ').slice(0, 70)}\``);
}
process.stdout.write(out.join('\n') + '\n');
