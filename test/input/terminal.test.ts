// Terminal escapes (issue 11, Safe input): a control character or bidi override that arrives in an
// argument, a file name or a stored value never reaches the terminal raw — not in text, not in JSON
// (where it is escaped as \uXXXX: the same value to a JSON reader) — and never reaches a document.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonText, terminalSafe } from '../../src/cli/output.js';
import { yamlEscape } from '../../src/forms/view.js';
import { freshHome, type Home } from '../helpers/home.js';
import { ROOT } from '../helpers/xf.js';

/** ESC (C0), CSI as one C1 character, DEL, a right-to-left override, an isolate, NEL. */
const HOSTILE = '\u001b[2J\u001b[31m红\u009b31m\u007f\u202e反转\u2066隔\u0085';
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;

let home: Home;
beforeAll(() => {
  home = freshHome('national_2022');
  const sample = readFileSync(join(ROOT, 'samples', '01-letter-answered.yaml'), 'utf8').replace(/^\$schema: .*\n/m, '');
  const open = sample.replace(/^history:\n[\s\S]*$/m, '').replace(/^case_no: .*$/m, 'case_no: 2026-0001');
  writeFileSync(join(home.dir, 'open.yaml'), open);
  expect(home.run(['case', 'new', '--file', 'open.yaml']).code).toBe(0);
}, 60_000);
afterAll(() => home?.cleanup());

describe('terminal escapes', () => {
  it('the text and JSON helpers: visible in text, escaped in JSON, taken out of documents', () => {
    expect(terminalSafe(HOSTILE)).not.toMatch(RAW);
    expect(terminalSafe(HOSTILE)).toContain('⟨U+001B⟩');
    expect(terminalSafe('行一\n\t行二')).toBe('行一\n\t行二');
    const j = jsonText({ name: HOSTILE });
    expect(j).not.toMatch(RAW);
    expect(JSON.parse(j).name).toBe(HOSTILE); // the same value to a JSON reader
    expect(yamlEscape(HOSTILE)).not.toMatch(RAW);
    expect(yamlEscape(HOSTILE)).toBe('[2J[31m红31m反转隔');
  });

  // each command echoes the hostile text back: in an error, a refused value, a path
  const cases: [string, string[]][] = [
    ['case show (unknown number)', ['case', 'show', `2026${HOSTILE}`]],
    ['case show --json (unknown number)', ['case', 'show', `2026${HOSTILE}`, '--json']],
    ['case event --set (refused value)', ['case', 'event', '2026-0001', 'accept', '--set', `doc_no=${HOSTILE}`]],
    ['case event --set --json', ['case', 'event', '2026-0001', 'accept', '--set', `doc_no=${HOSTILE}`, '--json']],
    ['case event (unknown event)', ['case', 'event', '2026-0001', `accept${HOSTILE}`]],
    ['case correct --reason', ['case', 'correct', '2026-0001', '--event', '1', '--set', 'doc_no=x', '--reason', HOSTILE, '--approved-by', HOSTILE]],
    ['case list --status', ['case', 'list', '--status', HOSTILE]],
    ['form (unknown form)', ['form', `x${HOSTILE}`, '--case', '2026-0001']],
    ['form --file (missing file)', ['form', 'acceptance_notice', '--file', `no${HOSTILE}.yaml`]],
    ['verify (path)', ['verify', `dir${HOSTILE}`]],
    ['ledger export --out', ['ledger', 'export', '--year', '2026', '--out', `x${HOSTILE}.txt`]],
  ];
  it.each(cases)('%s: nothing raw on stdout or stderr', (_label, args) => {
    mkdirSync(join(home.dir, `dir${HOSTILE}`), { recursive: true });
    const r = home.run(args);
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(70);
    expect(r.stdout + r.stderr).not.toMatch(RAW);
    if (args.includes('--json')) expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('the register refuses the value at the event, so no document ever carries it', () => {
    const r = home.run(['case', 'event', '2026-0001', 'accept', '--date', '2026-01-06', '--set', `doc_no=某信受字〔2026〕1号${HOSTILE}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('V-TEXT-1');
    expect(home.run(['case', 'show', '2026-0001', '--json']).stdout).not.toContain('某信受字〔2026〕1号');
  });
});
