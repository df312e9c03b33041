// Fuzz suite (issue 11, Checks): generated hostile case files and --set values through case new,
// case import, case event, case correct and form --file. Oracle for every run: no crash (exit 70, stack trace), no
// hang (each under 5 s), and a refused input writes nothing (register rows and files counted before
// and after). Most runs go in-process through the CLI's own entry (main(argv): the same command
// handlers and error reporting as bin/xf); a sample of the same inputs runs through bin/xf itself.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import Database from 'better-sqlite3';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT, XF } from '../helpers/xf.js';

const SAMPLE = readFileSync(join(ROOT, 'samples', '01-letter-answered.yaml'), 'utf8').replace(/^\$schema: .*\n/m, '');
const OPEN_CASE = SAMPLE.replace(/^history:\n[\s\S]*$/m, '').replace(/^case_no: .*$/m, 'case_no: 2026-0001');
const NO_NUMBER = SAMPLE.replace(/^case_no: .*\n/m, '');

const HOSTILE = [
  '../../evil',
  '..',
  '/etc/shadow',
  '/proc/self/environ',
  'a/../../b',
  'C:\\Windows\\x',
  '\u0000',
  'x\u0000y',
  '9999-12-31',
  '0000-00-00',
  '2026-02-30',
  '1900-01-01',
  '2099-12-31',
  '__proto__',
  'constructor',
  'prototype',
  '\u202e反转',
  '\u2066隔离',
  '\u001b[2J\u001b[31m红',
  '\u0085',
  '\u009b31m',
  '𠀀𠀁𪚥',
  'ئۇيغۇر',
  'བོད་ཡིག',
  'ᠮᠣᠩᠭᠣᠯ',
  '   ',
  '',
  'x'.repeat(5000),
  '*a',
  '&a',
  '{{case.case_no}}',
  '\ufeff',
  '11010519491231002x',
  '-1',
  'null',
  'true',
  '2026-0001',
  '2026-0001\n',
  '😀',
  '\ud800',
  '%s%n',
  '${process.exit(1)}',
  '<script>',
  'NA01',
];
const hostileString = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);
const FIELDS = ['case_no', 'received_date', 'registered_date', 'title', 'request_text', 'facts_text', 'respondent', 'channel', 'category', 'claim_route', 'via_agent', 'confidential'];
const NESTED = ['name', 'id_doc_no', 'phone', 'address', 'path', 'date', 'birth_month', 'handler_name', 'event', 'reason', 'doc_no'];

/** One hostile case file: bytes and a file name (YAML or JSON). */
type CaseInput = { name: string; bytes: Uint8Array };
const enc = (s: string) => new TextEncoder().encode(s);
const y = (s: string): CaseInput => ({ name: 'case.yaml', bytes: enc(s) });
const quoted = (s: string) => JSON.stringify(s); // YAML double-quoted scalars take JSON escapes

const caseInput: fc.Arbitrary<CaseInput> = fc.oneof(
  // a top-level field replaced
  fc
    .tuple(fc.constantFrom(NO_NUMBER, SAMPLE), fc.constantFrom(...FIELDS), hostileString)
    .map(([base, k, v]) => y(new RegExp(`^${k}: .*$`, 'm').test(base) ? base.replace(new RegExp(`^${k}: .*$`, 'm'), `${k}: ${quoted(v)}`) : `${base}\n${k}: ${quoted(v)}\n`)),
  // a nested field (petitioner, attachment, handler, history) replaced
  fc.tuple(fc.constantFrom(...NESTED), hostileString, fc.nat(3)).map(([k, v, nth]) => {
    let i = 0;
    return y(NO_NUMBER.replace(new RegExp(`(\\b${k}: ).*$`, 'gm'), (m, p: string) => (i++ === nth ? `${p}${quoted(v)}` : m)));
  }),
  // keys that would reach a prototype, at the top or inside a list item
  fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype'), hostileString, fc.boolean())
    .map(([k, v, top]) => y(top ? `${k}:\n  confidential: ${quoted(v)}\n${NO_NUMBER}` : NO_NUMBER.replace(/^petitioners:\n/m, `petitioners:\n  - ${k}: { x: ${quoted(v)} }\n`))),
  // structure bombs: nesting and aliases
  fc
    .tuple(fc.integer({ min: 20, max: 6000 }), fc.boolean())
    .map(([d, json]) => (json ? { name: 'case.json', bytes: enc(`{"title": ${'['.repeat(d)}${']'.repeat(d)}}`) } : y(`${NO_NUMBER}\nextra: ${'{a: '.repeat(d)}1${'}'.repeat(d)}\n`))),
  fc.integer({ min: 50, max: 400 }).map((n) => y(`title: &t 标题\nrequest_text: &r [${Array(n).fill('*t').join(', ')}]\nfacts_text: [${Array(n).fill('*r').join(', ')}]\n`)),
  fc.constantFrom('title: *undefined\n', 'a: &x [*x]\n', 'a: &x {b: *x}\n', '- *x\n', '{"a":', '---\n...\n---\n', '!!binary AAAA\n', 'a: !!js/function "x"\n').map(y),
  // bytes: other encodings, a BOM, cut short, or random bytes spliced in
  fc.constantFrom('gbk', 'gb18030', 'big5', 'utf16le').map((e) => ({ name: 'case.yaml', bytes: iconv.encode(NO_NUMBER, e) })),
  fc.nat(NO_NUMBER.length).map((n) => y(NO_NUMBER.slice(0, n))),
  fc.tuple(fc.nat(NO_NUMBER.length), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, junk]) => {
    const b = enc(NO_NUMBER);
    return { name: 'case.yaml', bytes: new Uint8Array([...b.subarray(0, at), ...junk, ...b.subarray(at)]) };
  }),
  // JSON: a whole value of the wrong shape
  fc.jsonValue({ maxDepth: 4 }).map((v) => ({ name: 'case.json', bytes: enc(JSON.stringify(v) ?? 'null') })),
);

const setKey = fc.oneof(
  fc.constantFrom('reason', 'doc_no', 'handler.handler_name', 'ground_codes', 'details.x', 'notice_date', 'accepted_date', 'service_method', 'addressee'),
  fc.constantFrom('__proto__.reason', 'constructor.prototype.reason', 'prototype', 'a..b', '.x', 'x.', 'reason.__proto__', '__proto__'),
  fc.string({ minLength: 1, maxLength: 12 }),
);
const setArg = fc.tuple(setKey, hostileString).map(([k, v]) => `${k}=${v}`);
const EVENTS = ['accept', 'decline', 'terminate', 'transfer', 'serve', 'answer', 'extend', 'withdraw', 'archive', 'request_materials', 'nonsense', '__proto__'];

let h: Home;
let main: (argv: string[]) => Promise<number>;
let n = 0;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The CLI in-process: main(argv) with stdout and stderr captured. */
async function inProcess(argv: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const so = process.stdout.write.bind(process.stdout);
  const se = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((c: string | Uint8Array) => {
    out.push(String(c));
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((c: string | Uint8Array) => {
    err.push(String(c));
    return true;
  }) as typeof process.stderr.write;
  process.exitCode = undefined;
  const t0 = performance.now();
  let code: number;
  try {
    code = await main(argv);
  } finally {
    process.stdout.write = so;
    process.stderr.write = se;
    process.exitCode = undefined;
  }
  return { code, stdout: out.join(''), stderr: err.join(''), ms: performance.now() - t0 };
}

function viaBin(argv: string[]): Promise<Outcome> {
  return new Promise((res) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, [XF, ...argv], { cwd: h.dir, env: { ...process.env, XF_HOME: h.dir, XF_TODAY: '2026-11-21', XF_LANG: 'zh' } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => {
      stdout += d;
    });
    p.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => p.kill('SIGKILL'), 20_000);
    p.on('close', (code) => {
      clearTimeout(timer);
      res({ code: code ?? -1, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

/** Register rows and every file under the home folder (the register's own files aside). */
function snapshot(): string {
  const db = new Database(join(h.dir, 'xf.db'), { readonly: true });
  const rows = ['cases', 'events', 'clocks', 'serial_issues'].map((tb) => `${tb}=${(db.prepare(`SELECT COUNT(*) AS n FROM ${tb}`).get() as { n: number }).n}`);
  db.close();
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'in') walk(p);
      } else if (!/^xf\.db/.test(e.name)) files.push(`${p}:${statSync(p).size}`);
    }
  };
  walk(h.dir);
  return [...rows, ...files.sort()].join('\n');
}

const stats = {
  runs: 0,
  refused: 0,
  accepted: 0,
  crashes: 0,
  hangs: 0,
  refusedWithWrites: 0,
  maxMs: 0,
  maxMsInProcess: 0,
  maxMsBin: 0,
  bin: 0,
  byCommand: {} as Record<string, number>,
  msByCommand: {} as Record<string, number>,
};

type Runner = (argv: string[]) => Promise<Outcome>;

/** Run one generated command and check the oracle; returns the exit code. */
async function check(kind: string, argv: string[], run: Runner, limitMs = 5000): Promise<void> {
  const before = snapshot();
  const r = await run(argv);
  stats.runs++;
  stats.byCommand[kind] = (stats.byCommand[kind] ?? 0) + 1;
  stats.maxMs = Math.max(stats.maxMs, r.ms);
  if (run === inProcess) stats.maxMsInProcess = Math.max(stats.maxMsInProcess, Math.round(r.ms));
  else stats.maxMsBin = Math.max(stats.maxMsBin, Math.round(r.ms));
  if (r.code === 70 || ![0, 1, 4, 64].includes(r.code) || /内部错误|internal error|\n\s+at \S+ \(|^\s+at /m.test(r.stderr)) stats.crashes++;
  if (r.ms >= limitMs) stats.hangs++;
  stats.msByCommand[kind] = Math.round((stats.msByCommand[kind] ?? 0) + r.ms);
  const what = `${kind} ${argv.join(' ').slice(0, 300)}\n${r.stderr.slice(0, 2000)}`;
  expect(r.code, what).not.toBe(70);
  expect([0, 1, 4, 64], what).toContain(r.code);
  expect(r.stderr, what).not.toMatch(/内部错误|internal error|\n\s+at \S+ \(|^\s+at /m);
  expect(r.ms, what).toBeLessThan(limitMs);
  if (r.code !== 0) {
    stats.refused++;
    const after = snapshot();
    if (after !== before) stats.refusedWithWrites++;
    expect(after, `refused input wrote something: ${what}`).toBe(before);
  } else stats.accepted++;
}

function inputFile(c: CaseInput): string {
  const dir = join(h.dir, 'in');
  mkdirSync(dir, { recursive: true });
  const p = join(dir, `${n++}-${c.name}`);
  writeFileSync(p, c.bytes);
  return p;
}

const commands: fc.Arbitrary<{ kind: string; argv: () => string[] }> = fc.oneof(
  caseInput.map((c) => ({ kind: 'case new', argv: () => ['case', 'new', '--file', inputFile(c)] })),
  fc.tuple(fc.array(caseInput, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([cs, lines]) => ({
    kind: 'case import',
    argv: () => {
      if (lines) {
        const p = join(h.dir, 'in', `${n++}.jsonl`);
        mkdirSync(join(h.dir, 'in'), { recursive: true });
        writeFileSync(
          p,
          Buffer.concat(
            cs.map((c) =>
              Buffer.concat([
                Buffer.from(c.bytes).toString('utf8').includes('\n') && c.name.endsWith('.yaml') ? Buffer.from(JSON.stringify({ title: Buffer.from(c.bytes).toString('utf8') })) : Buffer.from(c.bytes),
                Buffer.from('\n'),
              ]),
            ),
          ),
        );
        return ['case', 'import', p];
      }
      const dir = join(h.dir, 'in', `batch-${n++}`);
      mkdirSync(dir, { recursive: true });
      cs.forEach((c, i) => writeFileSync(join(dir, `${i}-${c.name}`), c.bytes));
      return ['case', 'import', dir];
    },
  })),
  fc
    .tuple(fc.constantFrom(...EVENTS), fc.array(setArg, { minLength: 1, maxLength: 3 }), fc.option(hostileString))
    .map(([ev, sets, date]) => ({ kind: 'case event --set', argv: () => ['case', 'event', '2026-0001', ev, ...sets.flatMap((s) => ['--set', s]), ...(date !== null ? ['--date', date] : [])] })),
  fc.tuple(fc.constantFrom(...EVENTS), caseInput).map(([ev, c]) => ({ kind: 'case event --file', argv: () => ['case', 'event', '2026-0001', ev, '--file', inputFile(c)] })),
  caseInput.map((c) => ({ kind: 'form --file', argv: () => ['form', 'acceptance_notice', '--file', inputFile(c), '--docx', '--out', join(h.dir, 'forms')] })),
  // a correction is input too: its --set values, reason and approver
  fc
    .tuple(fc.oneof(fc.constantFrom('1', '2', '3'), hostileString), fc.array(setArg, { minLength: 1, maxLength: 2 }), hostileString, fc.oneof(fc.constant('张局长'), hostileString))
    .map(([ev, sets, reason, by]) => ({
      kind: 'case correct --set',
      argv: () => ['case', 'correct', '2026-0001', '--event', ev, ...sets.flatMap((x) => ['--set', x]), '--reason', reason, '--approved-by', by],
    })),
);

const IN_PROCESS_RUNS = Number(process.env.XF_FUZZ_RUNS ?? 2000);
const BIN_RUNS = Number(process.env.XF_FUZZ_BIN ?? 20);

beforeAll(async () => {
  h = freshHome();
  writeFileSync(join(h.dir, 'open.yaml'), OPEN_CASE);
  const first = h.run(['case', 'new', '--file', join(h.dir, 'open.yaml')]);
  expect(first.code, first.stdout + first.stderr).toBe(0);
  process.env.XF_HOME = h.dir;
  process.env.XF_TODAY = '2026-11-21';
  process.stdout.setMaxListeners(0);
  process.stderr.setMaxListeners(0); // main() listens for EPIPE on each call
  ({ main } = (await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href)) as { main: typeof main });
  // warm up (module loading, template compiling, fonts for the V-TEXT-2 check): the first run of a
  // process is not a hang
  const warm = join(h.dir, 'warm.yaml');
  writeFileSync(warm, OPEN_CASE.replace(/^case_no: .*$/m, 'case_no: 2026-9999').replace('name: 王秀兰', 'name: བོད་ཡིག'));
  for (const argv of [
    ['case', 'list'],
    ['form', 'acceptance_notice', '--file', warm, '--docx', '--out', join(h.dir, 'warm')],
    ['case', 'event', '2026-0001', 'accept', '--set', 'x=1'],
  ])
    await inProcess(argv);
  rmSync(join(h.dir, 'warm'), { recursive: true, force: true });
  rmSync(warm);
}, 120_000);

afterAll(() => {
  delete process.env.XF_HOME;
  delete process.env.XF_TODAY;
  console.log(`fuzz: ${JSON.stringify(stats)}`);
  if (h) rmSync(h.dir, { recursive: true, force: true });
});

describe('fuzz: hostile case files and --set values', () => {
  it(`${IN_PROCESS_RUNS} generated commands in-process: no crash, no hang, nothing written when refused`, async () => {
    const t0 = Date.now();
    await fc.assert(
      fc.asyncProperty(commands, async (c) => {
        await check(c.kind, c.argv(), inProcess);
      }),
      { numRuns: IN_PROCESS_RUNS, seed: 20261121, endOnFailure: true },
    );
    expect(stats.refused).toBeGreaterThan(IN_PROCESS_RUNS / 2);
    console.log(`fuzz in-process: ${IN_PROCESS_RUNS} runs in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }, 600_000);

  it(`${BIN_RUNS} of the same kind through bin/xf`, async () => {
    const t0 = Date.now();
    // a NUL cannot be passed in a process's arguments at all (the OS refuses it): those stay in-process
    const sample = fc
      .sample(commands, { numRuns: BIN_RUNS * 2, seed: 7 })
      .map((c) => ({ kind: c.kind, argv: c.argv() }))
      .filter((c) => !c.argv.some((x) => x.includes('\0')))
      .slice(0, BIN_RUNS);
    expect(sample).toHaveLength(BIN_RUNS);
    // wall time of a whole process (Node start included) on a machine shared by many test runs
    for (const c of sample) {
      stats.bin++;
      await check(c.kind, c.argv, viaBin, 15_000);
    }
    console.log(`fuzz bin/xf: ${BIN_RUNS} runs in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }, 600_000);
});
