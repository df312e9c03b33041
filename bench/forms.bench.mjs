// Document engine against its peers, in one run (issue 16): the two-page handling_opinion letter
//  1. xf in this process, warm, one document after another   vs  Typst (npm typst-ts-node-compiler), in
//     this process, warm, the same letter text from xf's own tree, A4, the same two fonts
//  2. xf's batch (2 threads at most), from cold in a child     vs  LibreOffice kept warm: ONE `soffice
//     --convert-to pdf` call over 100 of xf's DOCX (how Carbone runs it); both as marginal CPU per document (a one-document run taken off)
//  3. LibreOffice one process per document (the third column, for the record)
//  4. one form from a cold start (the real executable)        vs  `node -e 0`, interleaved
// Every figure is CPU time (process.cpuUsage for this process's threads, the children's rusage for
// tools) per document. LibreOffice sees xf's fonts through a fontconfig file; its PDF's fonts are
// checked with pdffonts. Run after `npm run build`. BENCH_QUICK=1: fewer documents and runs.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { QUICK, ROOT, cpuMs, fontconfigFor, hasTool, load1, pdfFontNames, pdfPages, record, runCpu, typstCompiler, typstLetter } from './peers.mjs';

const N = Number(process.env.BENCH_FORMS ?? (QUICK ? 100 : 1000));
const LO_BATCH = Number(process.env.BENCH_LO_BATCH ?? (QUICK ? 20 : 100));
const LO_RUNS = QUICK ? 1 : 3;
const COLD_RUNS = QUICK ? 3 : 7;
const FORM = 'handling_opinion';
const SAMPLE = join(ROOT, 'samples', '01-letter-answered.yaml');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f1 = (x) => (x === undefined || x === null ? 'n/a' : x.toFixed(1));

const { recordFromCaseFile } = await import(join(ROOT, 'dist', 'forms', 'case-source.js'));
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

// The batch runs in a process of its own (this file with --batch-child): its calling thread renders
// too, and must start as cold as the CLI's, so the figure holds every thread's loading and warm-up.
if (process.argv[2] === '--batch-child') {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { runBatch } = await import(join(ROOT, 'dist', 'forms', 'batch.js'));
  const r = await runBatch({ formId: FORM, office, pdf: true, docx: false }, records, { workers: Number(process.argv[3]), onResult: () => {} });
  const c = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ ms: (c.user + c.system) / 1000, wall: performance.now() - t0, ...r }));
  process.exit(0);
}
const { FormEngine } = await import(join(ROOT, 'dist', 'forms', 'engine.js'));
const out = mkdtempSync(join(tmpdir(), 'xf-bench-forms-'));
const figures = { form: FORM, cases: N, quick: QUICK, cpus: availableParallelism() };
console.log(`forms bench: ${N} × ${FORM}${QUICK ? ' (quick)' : ''}, load average ${load1()} at start`);

// ── 1. xf in-process, warm (one thread) vs Typst in-process, warm ──
const engine = new FormEngine({ office });
const first = await engine.render(FORM, records[0], { pdf: true, docx: true });
writeFileSync(join(out, 'xf.pdf'), first.pdf);
figures.pages = pdfPages(join(out, 'xf.pdf'));
for (let i = 0; i < 20; i++) await engine.render(FORM, records[i % N], { pdf: true }); // warm-up (JIT)
const xfWarm = await cpuMs(async () => {
  let bytes = 0;
  for (const r of records) bytes += (await engine.render(FORM, r, { pdf: true })).pdf.length;
  return bytes;
});
figures.xf_inprocess_cpu_ms_per_pdf = xfWarm.ms / N;
figures.mean_pdf_kb = xfWarm.value / N / 1024;
const load_xf = load1();
console.log(`xf, in-process warm: ${f1(figures.xf_inprocess_cpu_ms_per_pdf)} ms CPU per PDF (${figures.pages} pages, ~${f1(figures.mean_pdf_kb)} KB); load ${load_xf}`);

const typst = await typstCompiler();
if (typst) {
  // the letters' text comes from xf's trees (made before the clock starts: Typst gets text, not cases)
  const sources = records.map((r) => typstLetter(engine.prepare(FORM, r).tree));
  const firstPdf = typst.pdf({ mainFileContent: sources[0] });
  writeFileSync(join(out, 'typst.pdf'), firstPdf);
  for (let i = 0; i < 20; i++) typst.pdf({ mainFileContent: sources[i % N] });
  const ty = await cpuMs(() => {
    for (const s of sources) typst.pdf({ mainFileContent: s });
  });
  figures.typst_cpu_ms_per_pdf = ty.ms / N;
  figures.typst_pages = pdfPages(join(out, 'typst.pdf'));
  figures.typst_fonts = pdfFontNames(join(out, 'typst.pdf'));
  // xf again right after, so a change of machine speed between the two shows
  const xfAgain = await cpuMs(async () => {
    for (const r of records) await engine.render(FORM, r, { pdf: true });
  });
  figures.xf_inprocess_cpu_ms_per_pdf_after_typst = xfAgain.ms / N;
  // and Typst again: a second pass over the same letters finds each side's caches warm (xf's embedded
  // subsets by glyph set, Typst's memoised layout), so each side gets its better pass, like for like
  const tyAgain = await cpuMs(() => {
    for (const s of sources) typst.pdf({ mainFileContent: s });
  });
  figures.typst_cpu_ms_per_pdf_again = tyAgain.ms / N;
  console.log(
    `first pass: xf ${f1(figures.xf_inprocess_cpu_ms_per_pdf)} ms, Typst ${f1(figures.typst_cpu_ms_per_pdf)} ms; second pass: xf ${f1(figures.xf_inprocess_cpu_ms_per_pdf_after_typst)} ms, Typst ${f1(figures.typst_cpu_ms_per_pdf_again)} ms`,
  );
  const xfMs = Math.min(figures.xf_inprocess_cpu_ms_per_pdf, figures.xf_inprocess_cpu_ms_per_pdf_after_typst);
  figures.typst_cpu_ms_per_pdf = Math.min(figures.typst_cpu_ms_per_pdf, figures.typst_cpu_ms_per_pdf_again);
  const ratio = xfMs / figures.typst_cpu_ms_per_pdf;
  console.log(
    `Typst, in-process warm: ${f1(figures.typst_cpu_ms_per_pdf)} ms CPU per PDF (${figures.typst_pages} pages, fonts ${figures.typst_fonts?.join(', ')}); xf again ${f1(figures.xf_inprocess_cpu_ms_per_pdf_after_typst)} ms → xf = ${ratio.toFixed(2)} × Typst`,
  );
  record({
    key: 'forms_typst',
    work: `two-page CJK ${FORM}, CPU per PDF, warm, in-process (${N} documents)`,
    xf: `${f1(xfMs)} ms`,
    peer: `Typst ${f1(figures.typst_cpu_ms_per_pdf)} ms`,
    ratio: `${ratio.toFixed(2)} × Typst`,
    target: '≤ 0.66 × Typst',
    met: ratio <= 0.66,
    quick: QUICK,
  });
} else console.log('Typst: @myriaddreamin/typst-ts-node-compiler is not installed, no Typst column');

// ── 2. xf's worker batch vs LibreOffice kept warm over a batch of DOCX ──
const workers = Math.min(availableParallelism(), 2);
const batchChild = (n) => {
  const r = runCpu(process.execPath, [join(ROOT, 'bench', 'forms.bench.mjs'), '--batch-child', String(workers)], { env: { ...process.env, BENCH_FORMS: String(n) } });
  if (r.status !== 0) throw new Error(`batch child failed: ${r.stderr}`);
  return { ...JSON.parse(r.stdout), cpu: r.cpu };
};
const batch = batchChild(N);
// xf measured as LibreOffice is: the process's whole CPU (its rusage) for a one-document batch, the
// start-up taken off a batch's, over the documents after the first — marginal against marginal
const xfSingle = median(Array.from({ length: LO_RUNS }, () => batchChild(1).cpu));
figures.xf_batch_workers = workers;
figures.xf_batch_threads_used = batch.threads;
figures.xf_batch_cpu_ms_per_pdf = (batch.cpu * 1000) / Math.max(1, batch.ok);
figures.xf_batch_cpu_ms_per_pdf_marginal = (Math.max(0, batch.cpu - xfSingle) * 1000) / Math.max(1, batch.ok - 1);
figures.xf_single_document_cpu_s = xfSingle;
figures.xf_batch_pdfs_per_second = batch.ok / (batch.wall / 1000);
console.log(
  `xf, batch (up to ${workers} threads, ${batch.threads} used for ${N} cases, from cold in a process of its own): ${f1(figures.xf_batch_cpu_ms_per_pdf)} ms CPU per PDF with the process's start-up shared, ${f1(figures.xf_batch_cpu_ms_per_pdf_marginal)} ms marginal (a one-document batch, ${xfSingle.toFixed(2)} s, taken off); ${f1(figures.xf_batch_pdfs_per_second)} PDFs/s at load ${load1()}`,
);

if (hasTool('soffice')) {
  const lo = join(out, 'lo');
  const docxDir = join(lo, 'docx');
  mkdirSync(docxDir, { recursive: true });
  for (let i = 0; i < LO_BATCH; i++) writeFileSync(join(docxDir, `${records[i].case_no}.docx`), (await engine.render(FORM, records[i], { docx: true })).docx);
  const docxFiles = readdirSync(docxDir)
    .sort()
    .map((f) => join(docxDir, f));
  const env = { ...process.env, FONTCONFIG_FILE: fontconfigFor(join(lo, 'fontconfig')) };
  const profile = `file://${join(lo, 'profile')}`;
  const soffice = (files, outdir) => {
    const r = runCpu('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir, ...files], { env });
    if (r.status !== 0) throw new Error(`soffice exited ${r.status}: ${r.stderr}`);
    return r;
  };
  soffice([docxFiles[0]], join(lo, 'warmup')); // the first run creates the profile and the font cache
  // LibreOffice's start-up once (a one-document call), then the batch: the marginal cost per document
  const single = [];
  for (let k = 0; k < LO_RUNS; k++) single.push(soffice([docxFiles[k % docxFiles.length]], join(lo, `one-${k}`)).cpu);
  const bat = soffice(docxFiles, join(lo, 'batch'));
  const startup = median(single);
  figures.lo_single_document_cpu_s = startup;
  figures.lo_batch_documents = docxFiles.length;
  figures.lo_batch_cpu_s = bat.cpu;
  figures.lo_batch_cpu_ms_per_document_amortised = (bat.cpu / docxFiles.length) * 1000;
  figures.lo_batch_cpu_ms_per_document_marginal = (Math.max(0, bat.cpu - startup) / Math.max(1, docxFiles.length - 1)) * 1000;
  const loPdf = join(lo, 'batch', `${records[0].case_no}.pdf`);
  figures.lo_fonts = pdfFontNames(loPdf);
  figures.lo_pages = pdfPages(loPdf);
  // LibreOffice names the faces without the PostScript hyphen (FandolFangR, NotoSerifSCBold)
  const bare = (s) => s.replace(/-/g, '');
  const sameFonts = !!figures.lo_fonts && ['FandolFang', 'NotoSerifSC-Bold'].every((n) => figures.lo_fonts.some((f) => bare(f).startsWith(bare(n))));
  figures.lo_same_fonts = sameFonts;
  const xfB = figures.xf_batch_cpu_ms_per_pdf_marginal;
  const speed = figures.lo_batch_cpu_ms_per_document_marginal / xfB;
  const speedAmortised = figures.lo_batch_cpu_ms_per_document_amortised / figures.xf_batch_cpu_ms_per_pdf;
  console.log(
    `LibreOffice, one call over ${docxFiles.length} DOCX: ${bat.cpu.toFixed(2)} s CPU = ${f1(figures.lo_batch_cpu_ms_per_document_amortised)} ms per document with its start-up shared, ${f1(figures.lo_batch_cpu_ms_per_document_marginal)} ms marginal (start-up ${startup.toFixed(2)} s taken off); ${figures.lo_pages} pages, fonts ${figures.lo_fonts?.join(', ')}${sameFonts ? '' : ' — NOT the same fonts as xf'}`,
  );
  record({
    key: 'forms_lo_batch',
    work: `the same form, CPU per document in a batch: xf batch (${batch.threads} thread${batch.threads > 1 ? 's' : ''}, from cold) vs LibreOffice kept warm (one soffice call over ${docxFiles.length} DOCX)`,
    xf: `${f1(xfB)} ms marginal (${f1(figures.xf_batch_cpu_ms_per_pdf)} ms with start-up)`,
    peer: `LibreOffice ${f1(figures.lo_batch_cpu_ms_per_document_marginal)} ms marginal (${f1(figures.lo_batch_cpu_ms_per_document_amortised)} ms with start-up)${sameFonts ? '' : ', fonts differ'}`,
    ratio: `xf ${speed.toFixed(1)}× faster marginal (${speedAmortised.toFixed(1)}× with start-ups)`,
    target: '≥ 20×',
    met: speed >= 20 && sameFonts,
    quick: QUICK,
  });
  const per = startup * 1000; // a one-document call is exactly one process per document
  record({
    key: 'forms_lo_per_doc',
    work: 'the same form, one LibreOffice process per document (CPU, start-up included) vs xf batch',
    xf: `${f1(figures.xf_batch_cpu_ms_per_pdf)} ms, start-up included`,
    peer: `LibreOffice ${f1(per)} ms`,
    ratio: `xf ${(per / figures.xf_batch_cpu_ms_per_pdf).toFixed(0)}× faster`,
    target: '(third column, no target)',
    quick: QUICK,
  });
} else console.log('LibreOffice: no soffice on PATH, no LibreOffice column');

// ── 4. one form from a cold start vs `node -e 0`, interleaved so both see the same machine ──
// A new process each time, with bin/xf's V8 code cache in a folder of the bench's own: the first run
// of a command (no cache yet: the first after an install or a rebuild) is reported apart.
const xfArgs = [join(ROOT, 'bin', 'xf'), 'form', FORM, '--file', SAMPLE, '--out', join(out, 'cold')];
const coldEnv = { env: { ...process.env, XF_CACHE_DIR: join(out, 'code-cache') } };
const firstRuns = [];
for (let i = 0; i < (QUICK ? 1 : 3); i++) {
  const r = runCpu(process.execPath, xfArgs, { env: { ...process.env, XF_CACHE_DIR: join(out, `code-cache-first-${i}`) } });
  if (r.status !== 0) throw new Error(`cold start failed (is dist/ being rebuilt?): ${r.stderr}`);
  firstRuns.push(r.cpu);
}
runCpu(process.execPath, [join(ROOT, 'bin', 'xf'), '--help'], coldEnv);
const xfCold = [],
  nodeCold = [],
  helpCold = [];
for (let i = 0; i < COLD_RUNS; i++) {
  nodeCold.push(runCpu(process.execPath, ['-e', '0']).cpu);
  const r = runCpu(process.execPath, xfArgs, coldEnv);
  if (r.status !== 0) throw new Error(`cold start failed (is dist/ being rebuilt?): ${r.stderr}`);
  xfCold.push(r.cpu);
  helpCold.push(runCpu(process.execPath, [join(ROOT, 'bin', 'xf'), '--help'], coldEnv).cpu);
}
figures.cold_form_cpu_s = median(xfCold);
figures.cold_form_first_run_cpu_s = median(firstRuns);
figures.cold_node_cpu_s = median(nodeCold);
figures.cold_help_cpu_s = median(helpCold);
const coldRatio = figures.cold_form_cpu_s / figures.cold_node_cpu_s;
console.log(
  `cold start, one form: ${figures.cold_form_cpu_s.toFixed(2)} s CPU (median of ${COLD_RUNS}) vs node -e 0 ${figures.cold_node_cpu_s.toFixed(2)} s = ${coldRatio.toFixed(1)}×; --help ${figures.cold_help_cpu_s.toFixed(2)} s; the first run, before the code cache exists: ${figures.cold_form_first_run_cpu_s.toFixed(2)} s; load ${load1()}`,
);
record({
  key: 'cold_start',
  work: 'one form from a cold start (`xf form handling_opinion --file …`), CPU',
  xf: `${figures.cold_form_cpu_s.toFixed(2)} s (${figures.cold_form_first_run_cpu_s.toFixed(2)} s on the first run, before its code cache exists)`,
  peer: `node -e 0 ${figures.cold_node_cpu_s.toFixed(2)} s`,
  ratio: `${coldRatio.toFixed(1)} × node`,
  target: '≤ 2.5 × node -e 0',
  met: coldRatio <= 2.5,
  quick: QUICK,
});
record({
  key: 'help',
  work: '`xf --help` from a cold start, CPU',
  xf: `${figures.cold_help_cpu_s.toFixed(2)} s`,
  peer: `node -e 0 ${figures.cold_node_cpu_s.toFixed(2)} s`,
  ratio: `${(figures.cold_help_cpu_s / figures.cold_node_cpu_s).toFixed(1)} × node`,
  target: '“instant”',
  quick: QUICK,
});

figures.load_average_1min_end = load1();
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'out', 'forms.json'), JSON.stringify(figures, null, 2) + '\n');
rmSync(out, { recursive: true, force: true });
