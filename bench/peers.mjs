// The peers the benches compare xf with, measured in the same run: Typst (in-process, warm) and
// LibreOffice (one warm batch over many DOCX, and one process per document), with CPU time from
// process.cpuUsage() for in-process work and from the children's rusage for tools.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
export const QUICK = process.env.BENCH_QUICK === '1';
export const load1 = () => +loadavg()[0].toFixed(2);
export const hasTool = (t) => spawnSync('sh', ['-c', `command -v ${t}`], { stdio: 'ignore' }).status === 0;

/** CPU seconds (user + system) of this process's waited-for children, from /proc/self/stat. */
export function childCpuSeconds() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields 16 and 17 (cutime, cstime) in clock ticks; index 13/14 after the comm field is cut off
  return (Number(f[13]) + Number(f[14])) / 100;
}

/** Run a command to completion and return its CPU seconds (children's rusage, all descendants waited for). */
export function runCpu(cmd, args, opts = {}) {
  const before = childCpuSeconds();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  return { cpu: childCpuSeconds() - before, wall: (performance.now() - t0) / 1000, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** CPU milliseconds this process spends in fn (all threads). */
export async function cpuMs(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, wall: performance.now() - t0, value };
}

export function fontFiles() {
  const req = createRequire(join(ROOT, 'package.json'));
  const noto = dirname(req.resolve('@expo-google-fonts/noto-serif-sc/package.json'));
  return {
    fang: join(ROOT, 'fonts', 'FandolFang-Regular.ttf'),
    notoRegular: join(noto, '400Regular', 'NotoSerifSC_400Regular.ttf'),
    notoBold: join(noto, '700Bold', 'NotoSerifSC_700Bold.ttf'),
  };
}

/**
 * A fontconfig file for LibreOffice: the system's configuration plus xf's two fonts, with the
 * Chinese font names xf's DOCX asks for mapped onto them (without it LibreOffice on a machine with no
 * CJK font draws boxes, which is cheaper and not the same work).
 */
export function fontconfigFor(dir) {
  mkdirSync(dir, { recursive: true });
  const f = fontFiles();
  const alias = (name, to) => `<alias binding="strong"><family>${name}</family><prefer><family>${to}</family></prefer></alias>`;
  // 小标宋 and 黑体 are xf's Noto Serif SC Bold: the name and the weight both change
  const bold = (name) =>
    `<match target="pattern"><test name="family"><string>${name}</string></test><edit name="family" mode="assign" binding="strong"><string>Noto Serif SC</string></edit><edit name="weight" mode="assign" binding="strong"><const>bold</const></edit></match>`;
  const xml = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${dirname(f.fang)}</dir>
  <dir>${dirname(f.notoRegular)}</dir>
  <dir>${dirname(f.notoBold)}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
  ${alias('仿宋_GB2312', 'FandolFang')}
  ${alias('仿宋', 'FandolFang')}
  ${alias('楷体_GB2312', 'FandolFang')}
  ${bold('方正小标宋简体')}
  ${bold('黑体')}
  ${alias('宋体', 'Noto Serif SC')}
  ${alias('Times New Roman', 'Noto Serif SC')}
</fontconfig>
`;
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, xml);
  return file;
}

/** Font names embedded in a PDF (pdffonts), or undefined without poppler-utils. */
export function pdfFontNames(pdf) {
  const r = spawnSync('pdffonts', [pdf], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  return r.stdout
    .split('\n')
    .slice(2)
    .map((l) => l.split(/\s+/)[0])
    .filter(Boolean)
    .map((n) => n.replace(/^[A-Z]{6}\+/, ''));
}

export function pdfPages(pdf) {
  const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /Pages:\s+(\d+)/.exec(r.stdout ?? '');
  return m ? Number(m[1]) : undefined;
}

// ── Typst: the same letter from xf's own document tree ──
const str = (s) => JSON.stringify(String(s)); // a JSON string is a valid Typst string literal here

/** Typst source of a letter-layout tree: A4, GB/T 9704 margins, FandolFang 16 pt body, Noto Serif SC Bold 22 pt title. */
export function typstLetter(tree) {
  const out = [
    '#set page(paper: "a4", margin: (top: 37mm, bottom: 35mm, left: 28mm, right: 26mm), footer: context align(center, text(font: "Noto Serif SC", size: 14pt)[— #counter(page).display() —]))',
    '#set text(font: ("FandolFang R", "FandolFang", "Noto Serif SC"), size: 16pt, lang: "zh", region: "cn", top-edge: 1em, bottom-edge: 0em)',
    '#set par(justify: true, leading: 13pt, spacing: 13pt, first-line-indent: (amount: 2em, all: true))',
  ];
  for (const b of tree.blocks) {
    if (b.type === 'spacer') out.push('#v(29pt)');
    else if (b.type === 'heading') out.push(`#align(center, par(first-line-indent: 0em, text(font: "Noto Serif SC", weight: "bold", size: 22pt, ${str(b.text)})))`);
    else if (b.type === 'paragraph') {
      const indent = b.indent === 0 || (b.align && b.align !== 'justify' && b.align !== 'left') ? '0em' : `${b.indent ?? 2}em`;
      const body = `par(first-line-indent: ${indent}, text(size: ${b.size ?? 16}pt, ${str(b.text)}))`;
      if (b.rule_above) out.push('#line(length: 100%, stroke: 0.5pt)');
      out.push(`#align(${b.align === 'right' ? 'right' : b.align === 'center' ? 'center' : 'left'}, ${body})`);
      if (b.rule_below) out.push('#line(length: 100%, stroke: 0.5pt)');
    } else if (b.type === 'signature') out.push(`#v(29pt)\n#align(right, par(first-line-indent: 0em)[#text(${str(b.org)}) \\ #text(${str(b.date)})])`);
    else throw new Error(`typstLetter: no Typst form for a ${b.type} block`);
  }
  return out.join('\n\n') + '\n';
}

/** The Typst compiler (npm @myriaddreamin/typst-ts-node-compiler) with only xf's fonts, or undefined. */
export async function typstCompiler() {
  try {
    const { NodeCompiler } = await import('@myriaddreamin/typst-ts-node-compiler');
    const f = fontFiles();
    return NodeCompiler.create({ fontArgs: [{ fontPaths: [dirname(f.fang), dirname(f.notoRegular), dirname(f.notoBold)] }], workspace: ROOT });
  } catch {
    return undefined;
  }
}

// ── the summary table (bench/out/summary.md), one row per figure, written by every bench ──
const SUMMARY_JSON = join(ROOT, 'bench', 'out', 'summary.json');

/** Record one row: work, xf's figure, the peer's (with its name), the ratio, the target and whether it is met. */
export function record(row) {
  mkdirSync(dirname(SUMMARY_JSON), { recursive: true });
  let rows = {};
  try {
    rows = JSON.parse(readFileSync(SUMMARY_JSON, 'utf8'));
  } catch {
    /* first row */
  }
  rows[row.key] = { ...row, load: load1(), at: new Date().toISOString().slice(0, 16).replace('T', ' ') };
  writeFileSync(SUMMARY_JSON, JSON.stringify(rows, null, 2) + '\n');
  writeSummary(rows);
  const met = row.met === undefined ? '' : row.met ? ' — met' : ' — NOT met';
  console.log(`  ▸ ${row.work}: xf ${row.xf}${row.peer ? `; ${row.peer}` : ''}${row.ratio ? `; ${row.ratio}` : ''} (target ${row.target})${met}; load ${load1()}`);
}

const ORDER = ['forms_typst', 'forms_lo_batch', 'forms_lo_per_doc', 'cold_start', 'help', 'archive', 'verify_rss', 'verify_cpu', 'verify_j2', 'case_list', 'deadlines', 'import'];

function writeSummary(rows) {
  const keys = Object.keys(rows).sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99));
  const lines = [
    '# xf against its peers (generated by `npm run bench`; figures measured in the same run as their peer)',
    '',
    'CPU time is user + system of every thread or child process involved; the load average is the 1-minute',
    'figure when the row was measured (the machine is shared: compare ratios, not absolute times).',
    '',
    '| work | xf | peer, same run | ratio | target | met? | load | measured (UTC) |',
    '|---|---|---|---|---|---|---|---|',
    ...keys.map((k) => {
      const r = rows[k];
      return `| ${r.work} | ${r.xf} | ${r.peer ?? '—'} | ${r.ratio ?? '—'} | ${r.target} | ${r.met === undefined ? '—' : r.met ? 'yes' : '**no**'} | ${r.load} | ${r.at}${r.quick ? ' (quick)' : ''} |`;
    }),
    '',
  ];
  writeFileSync(join(ROOT, 'bench', 'out', 'summary.md'), lines.join('\n'));
}
