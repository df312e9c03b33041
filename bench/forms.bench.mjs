// Document engine benchmark: a two-page handling_opinion for 1,000 cases through the worker batch,
// beside LibreOffice converting xf's own DOCX of the same form (the usual server-side path), plus a
// single form from a cold start and peak RSS. Prints its figures (and bench/out/forms.json).
// Run after `npm run build`: node bench/forms.bench.mjs [--cases 1000] [--lo-runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const N = arg('--cases', 1000);
const LO_RUNS = arg('--lo-runs', 3);
const FORM = 'handling_opinion';
const SAMPLE = join(ROOT, 'samples', '01-letter-answered.yaml');

const { recordFromCaseFile } = await import(join(ROOT, 'dist', 'forms', 'case-source.js'));
const { FormEngine } = await import(join(ROOT, 'dist', 'forms', 'engine.js'));
const { runBatch } = await import(join(ROOT, 'dist', 'forms', 'batch.js'));
const { defaultConfig } = await import(join(ROOT, 'dist', 'domain', 'config.js'));

const office = defaultConfig();
const base = recordFromCaseFile(readFileSync(SAMPLE, 'utf8'), SAMPLE, office).record;
const NAMES = ['王秀兰', '李建国', '张丽华', '刘德明', '陈晓燕', '杨志强', '赵桂芳', '黄文斌', '周海燕', '吴国庆'];
const records = Array.from({ length: N }, (_, i) => {
  const r = structuredClone(base);
  r.case_no = `2026-${String(i + 1).padStart(4, '0')}`;
  r.petitioners[0].name = NAMES[i % NAMES.length];
  r.progress.handling_opinion.doc_no = `某信复字〔2026〕${i + 1}号`;
  return r;
});

const out = mkdtempSync(join(tmpdir(), 'xf-bench-forms-'));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

// 1. one document: pages and size, and the DOCX LibreOffice will convert
const engine = new FormEngine({ office });
const one = await engine.render(FORM, records[0], { pdf: true, docx: true });
const docxPath = join(out, 'one.docx');
writeFileSync(docxPath, one.docx);
const pages = (
  Buffer.from(one.pdf)
    .toString('latin1')
    .match(/\/Type \/Page\b/g) ?? []
).length;

// 2. the batch
const workers = Math.min(availableParallelism(), 2);
let bytes = 0;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const res = await runBatch({ formId: FORM, office, pdf: true, docx: false }, records, {
  workers,
  onResult: (r) => {
    if (r.pdf) {
      bytes += r.pdf.length;
      writeFileSync(join(out, `${r.case_no}.pdf`), r.pdf);
    }
  },
});
const secs = (performance.now() - t0) / 1000;
const perSec = res.ok / secs;
// CPU time of the whole process (all worker threads): what the batch costs regardless of other load
const cpu = process.cpuUsage(cpu0);
const cpuMsPerDoc = (cpu.user + cpu.system) / 1000 / Math.max(1, res.ok);
const load = (await import('node:os')).loadavg()[0];

// 3. LibreOffice headless on xf's own DOCX of the same form (one process per document, as usual)
let loSecs = null;
if (spawnSync('sh', ['-c', 'command -v soffice'], { stdio: 'ignore' }).status === 0) {
  const profile = mkdtempSync(join(tmpdir(), 'xf-bench-lo-'));
  const times = [];
  for (let i = 0; i < LO_RUNS + 1; i++) {
    const s = performance.now();
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', join(out, 'lo'), docxPath], { stdio: 'ignore' });
    if (i > 0) times.push((performance.now() - s) / 1000); // the first run creates the profile
  }
  loSecs = median(times);
  rmSync(profile, { recursive: true, force: true });
}

// 4. a single form from a cold start (a fresh process, the real executable)
const cold = [];
const coldCpu = [];
const gnuTime = existsSync('/usr/bin/time');
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  const cmd = [process.execPath, join(ROOT, 'bin', 'xf'), 'form', FORM, '--file', SAMPLE, '--out', join(out, 'cold')];
  // with GNU time, also the child's CPU seconds (user + system): a figure other load hardly moves
  const r = gnuTime ? spawnSync('/usr/bin/time', ['-f', 'XFCPU %U %S', ...cmd], { encoding: 'utf8' }) : spawnSync(cmd[0], cmd.slice(1), { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold start failed (is dist/ being rebuilt?): ${r.stderr}`);
  cold.push((performance.now() - s) / 1000);
  const m = /XFCPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  if (m) coldCpu.push(Number(m[1]) + Number(m[2]));
}

const rssMB = process.resourceUsage().maxRSS / 1024;
const figures = {
  form: FORM,
  pages_per_document: pages,
  cases: N,
  workers,
  rendered: res.ok,
  failed: res.failed,
  seconds: +secs.toFixed(2),
  pdfs_per_second: +perSec.toFixed(1),
  cpu_ms_per_pdf: +cpuMsPerDoc.toFixed(1),
  pdfs_per_second_if_cores_idle: +((1000 / cpuMsPerDoc) * workers).toFixed(0),
  load_average_1min: +load.toFixed(2),
  mean_pdf_kb: +(bytes / Math.max(1, res.ok) / 1024).toFixed(1),
  libreoffice_seconds_per_document: loSecs === null ? null : +loSecs.toFixed(2),
  speedup_vs_libreoffice: loSecs === null ? null : +(loSecs * perSec).toFixed(0),
  cold_start_single_form_seconds_median: +median(cold).toFixed(3),
  cold_start_runs: cold.map((x) => +x.toFixed(3)),
  cold_start_cpu_seconds_median: coldCpu.length ? +median(coldCpu).toFixed(2) : null,
  peak_rss_mb: +rssMB.toFixed(0),
  cpus: availableParallelism(),
};
console.log(`forms: ${N} × ${FORM} (${pages} pages, ~${figures.mean_pdf_kb} KB) with ${workers} workers: ${secs.toFixed(2)} s → ${perSec.toFixed(1)} PDFs/s (target ≥ 100)`);
console.log(`forms: CPU ${cpuMsPerDoc.toFixed(1)} ms per PDF (all threads) → ${figures.pdfs_per_second_if_cores_idle} PDFs/s on ${workers} idle cores; load average during the run ${load.toFixed(2)}`);
if (loSecs !== null) console.log(`forms: LibreOffice DOCX→PDF ${loSecs.toFixed(2)} s/document → xf is ${figures.speedup_vs_libreoffice}× faster (target ≥ 100×)`);
console.log(
  `forms: cold start, one form: median ${figures.cold_start_single_form_seconds_median} s (target < 0.5 s); runs ${figures.cold_start_runs.join(', ')}${coldCpu.length ? `; CPU ${figures.cold_start_cpu_seconds_median} s` : ''}`,
);
console.log(`forms: peak RSS ${figures.peak_rss_mb} MB (main thread + workers)`);
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'out', 'forms.json'), JSON.stringify(figures, null, 2) + '\n');
if (existsSync(out)) rmSync(out, { recursive: true, force: true });
