#!/usr/bin/env node
// Benchmark of `xf verify` over many small files (issue 16): peak RSS and time at 10k, 200k and 1M
// payload files, 100 files per dossier, beside bagit-python's `bagit.py --validate` (when installed)
// on the 10k set in the same run. Target: RSS flat, < 150 MB from 10k to 1M files.
// The bags come from a synthetic writer below (valid BagIt with the manifests, tag manifests and
// sm3-digests.txt xf writes, no dossier.json): the archive pipeline would take hours for 1M files.
// xf runs through bin/xf's shebang (MALLOC_ARENA_MAX=2), as people run it.
// Usage: node bench/verify-scale.bench.mjs [files ...]   (BENCH_QUICK=1: 10k and 50k only)
// Each set is made once under bench/out/verify-scale/ and reused (delete it to make it again).
import { createHash, randomFillSync } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { runMeasured } from './lib.mjs';
import { QUICK, childCpuSeconds, load1, record } from './peers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// XF_BENCH_XF: another build of bin/xf to measure (a copy, so that rebuilding the tree does not disturb a long run)
const XF = process.env.XF_BENCH_XF ?? join(ROOT, 'bin', 'xf');
const OUT = join(ROOT, 'bench', 'out', 'verify-scale');
const PER_BAG = 100;
const sizes = process.argv.slice(2).length ? process.argv.slice(2).map(Number) : QUICK ? [10_000, 50_000] : [10_000, 200_000, 1_000_000];

const digest = (alg, b) => createHash(alg).update(b).digest('hex');
const manifest = (rows, alg) => rows.map((r) => `${r[alg]}  ${r.path}\n`).join('');

/** One valid bag of `n` small files (200 B – 4 KiB), tagged like xf's writer tags its bags. */
function writeSyntheticBag(dir, code, n, buf) {
  mkdirSync(join(dir, 'data', 'docs'), { recursive: true });
  const rows = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const size = 200 + ((i * 2654435761) % 3897);
    const b = randomFillSync(buf, 0, size).subarray(0, size);
    const path = `data/docs/${code}-${String(i).padStart(4, '0')}.txt`;
    writeFileSync(join(dir, ...path.split('/')), b);
    rows.push({ path, sha256: digest('sha256', b), sha512: digest('sha512', b), sm3: digest('sm3', b) });
    bytes += size;
  }
  const tags = [
    ['bagit.txt', 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'],
    ['bag-info.txt', `Source-Organization: 某市某区人民政府信访局\nExternal-Identifier: ${code}\nBagging-Date: 2027-01-15\nPayload-Oxum: ${bytes}.${n}\n`],
    ['manifest-sha256.txt', manifest(rows, 'sha256')],
    ['manifest-sha512.txt', manifest(rows, 'sha512')],
  ].map(([path, text]) => {
    const b = Buffer.from(text);
    writeFileSync(join(dir, path), b);
    return { path, sha256: digest('sha256', b), sha512: digest('sha512', b), sm3: digest('sm3', b) };
  });
  const sm3 = Buffer.from(
    manifest(
      [...rows, ...tags].sort((a, b) => (a.path < b.path ? -1 : 1)),
      'sm3',
    ),
  );
  writeFileSync(join(dir, 'sm3-digests.txt'), sm3);
  const sealed = [...tags, { path: 'sm3-digests.txt', sha256: digest('sha256', sm3), sha512: digest('sha512', sm3) }].sort((a, b) => (a.path < b.path ? -1 : 1));
  writeFileSync(join(dir, 'tagmanifest-sha256.txt'), manifest(sealed, 'sha256'));
  writeFileSync(join(dir, 'tagmanifest-sha512.txt'), manifest(sealed, 'sha512'));
}

function makeSet(files) {
  const dir = join(OUT, String(files));
  const marker = join(dir, '.made');
  if (existsSync(marker)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const t0 = Date.now();
  const buf = Buffer.allocUnsafe(4096);
  const bags = Math.ceil(files / PER_BAG);
  for (let d = 0; d < bags; d++) {
    const code = `X001-WS·2026-D30-XFB-${String(d + 1).padStart(5, '0')}`;
    // 100 dossiers per folder, as the archive keeps a year's dossiers together
    writeSyntheticBag(join(dir, 'archive', `g${String(Math.floor(d / 100)).padStart(3, '0')}`, code), code, Math.min(PER_BAG, files - d * PER_BAG), buf);
  }
  writeFileSync(marker, '');
  process.stderr.write(`made ${files} files in ${bags} dossiers under ${dir} in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  return dir;
}

/** Wall, peak RSS (VmHWM) and CPU (user + sys of the waited-for process tree) of one command. */
async function measure(cmd, args) {
  const c0 = childCpuSeconds();
  const r = await runMeasured(cmd, args);
  return { ...r, cpu: childCpuSeconds() - c0 };
}

const hasBagitPy = spawnSync('sh', ['-c', 'command -v bagit.py'], { stdio: 'ignore' }).status === 0;
const rows = [];
for (const files of sizes) {
  const dir = makeSet(files);
  const archive = join(dir, 'archive');
  // warm the page cache, so both sides read from memory
  spawnSync('sh', ['-c', `find "${archive}" -type f -print0 | xargs -0 cat > /dev/null`]);
  const audit = join(dir, 'audit.jsonl');
  const row = { files, load_start: load1() };
  for (const jobs of [1, availableParallelism()]) {
    const r = await measure(XF, ['verify', '--quiet', '--format', 'json', '--audit', audit, '--jobs', String(jobs), archive]);
    if (r.code !== 0) throw new Error(`xf verify exited ${r.code} on ${files} files: ${r.stderr.slice(0, 2000)} ${r.stdout.slice(0, 2000)}`);
    const rep = JSON.parse(r.stdout);
    row[`j${jobs}`] = { wall: r.ms / 1000, cpu: r.cpu, rss_mb: r.peakMb, checked: rep.files, dossiers: rep.dossiers };
  }
  if (hasBagitPy && files <= 10_000) {
    // bagit-python validates the bags named one after another, in one process
    const bags = spawnSync('sh', ['-c', `find "${archive}" -mindepth 2 -maxdepth 2 -type d`], { encoding: 'utf8' })
      .stdout.trim()
      .split('\n');
    const r = await measure('bagit.py', ['--validate', '--quiet', ...bags]);
    if (r.code !== 0) process.stderr.write(`bagit.py exited ${r.code}: ${r.stderr.slice(0, 500)}\n`);
    row.bagit_py = { wall: r.ms / 1000, cpu: r.cpu, rss_mb: r.peakMb };
  }
  row.load_end = load1();
  rows.push(row);
  process.stderr.write(`${JSON.stringify(row)}\n`);
}

const f = (x, d = 1) => (x === undefined ? 'n/a' : x.toFixed(d));
const cores = availableParallelism();
const lines = [`xf verify over small files (${PER_BAG} per dossier, page cache warm), ${cores} core(s), load average ${loadavg()[0].toFixed(2)} at the end`];
lines.push(`  files      dossiers  RSS -j1   RSS -j${cores}   wall -j1  wall -j${cores}  CPU -j1   -j${cores}/-j1   bagit.py (RSS, wall)   load`);
for (const r of rows) {
  lines.push(
    `  ${String(r.files).padEnd(10)} ${String(r.j1.dossiers).padEnd(9)} ${f(r.j1.rss_mb).padStart(6)} MB ${f(r[`j${cores}`].rss_mb).padStart(6)} MB  ${f(r.j1.wall).padStart(7)} s ${f(r[`j${cores}`].wall).padStart(7)} s ${f(r.j1.cpu, 2).padStart(7)} s   ×${f(r.j1.wall / r[`j${cores}`].wall, 2)}     ${r.bagit_py ? `${f(r.bagit_py.rss_mb)} MB, ${f(r.bagit_py.wall)} s` : 'n/a'.padEnd(18)}   ${r.load_start}→${r.load_end}`,
  );
}
process.stdout.write(lines.join('\n') + '\n');
const rss = rows.flatMap((r) => [r.j1.rss_mb, r[`j${cores}`].rss_mb]);
const maxRss = Math.max(...rss);
record({
  key: 'verify_rss',
  work: `\`xf verify\` peak RSS over ${rows.map((r) => r.files).join(', ')} small files (${PER_BAG} per dossier)`,
  xf: rows.map((r) => `${r.files}: ${f(Math.max(r.j1.rss_mb, r[`j${cores}`].rss_mb))} MB`).join(', '),
  peer: rows[0]?.bagit_py ? `bagit.py --validate on ${rows[0].files} files ${f(rows[0].bagit_py.rss_mb)} MB` : 'bagit.py not installed',
  target: 'flat, < 150 MB from 10k to 1M files',
  met: maxRss < 150,
  quick: QUICK || !sizes.includes(1_000_000),
});
process.stdout.write(JSON.stringify({ bench: 'verify-scale', cores, rows }) + '\n');
