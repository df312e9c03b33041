// The bundled CLI (dist/bundle, built by build/bundle.mjs) must behave exactly like the tsc output it
// is made from: same help, same bytes for a form (templates, fonts and workers found from the bundle).
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, xf } from '../helpers/xf.js';

const SAMPLE = join(ROOT, 'samples', '01-letter-answered.yaml');

describe('bundled CLI', () => {
  it('is built, and bin/xf runs it', () => {
    expect(existsSync(join(ROOT, 'dist', 'bundle', 'xf.js'))).toBe(true);
    const r = xf(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('prints the same top-level help as the unbundled CLI, every command group listed', () => {
    const bundled = xf(['--help']);
    const plain = xf(['--help'], { env: { XF_NO_BUNDLE: '1' } });
    expect(bundled.code).toBe(0);
    expect(bundled.stdout).toBe(plain.stdout);
    for (const c of ['init', 'case', 'deadlines', 'form', 'archive', 'verify', 'ledger', 'report', 'rules']) expect(bundled.stdout).toContain(c);
  });

  it('renders a form byte for byte as the unbundled CLI does', () => {
    const a = mkdtempSync(join(tmpdir(), 'xf-bundle-a-'));
    const b = mkdtempSync(join(tmpdir(), 'xf-bundle-b-'));
    const env = { XF_TODAY: '2026-03-01' };
    expect(xf(['form', 'handling_opinion', '--file', SAMPLE, '--pdf', '--docx', '--out', a], { env }).code).toBe(0);
    expect(xf(['form', 'handling_opinion', '--file', SAMPLE, '--pdf', '--docx', '--out', b], { env: { ...env, XF_NO_BUNDLE: '1' } }).code).toBe(0);
    const files = readdirSync(a).sort();
    expect(files.some((f) => f.endsWith('.pdf'))).toBe(true);
    expect(files.some((f) => f.endsWith('.docx'))).toBe(true);
    expect(readdirSync(b).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).toBe(true);
  });
});
