// The bundled CLI (dist/bundle, built by build/bundle.mjs) must behave exactly like the tsc output it
// is made from: same help, same bytes for a form (templates, fonts and workers found from the bundle),
// with or without its V8 code cache, and whatever is in the cache folder.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, xf } from '../helpers/xf.js';

const SAMPLE = join(ROOT, 'samples', '01-letter-answered.yaml');

describe('bundled CLI', () => {
  it('is built, and bin/xf runs it', () => {
    expect(existsSync(join(ROOT, 'dist', 'bundle', 'xf.cjs'))).toBe(true);
    const r = xf(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('is pure ASCII, as bin/xf reads it as latin1', () => {
    const bytes = readFileSync(join(ROOT, 'dist', 'bundle', 'xf.cjs'));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
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

  it('writes a code cache per command, and runs the same from it, without it, and from a corrupt one', () => {
    const cache = mkdtempSync(join(tmpdir(), 'xf-code-cache-'));
    const env = { XF_TODAY: '2026-03-01', XF_CACHE_DIR: cache };
    const help = (e: Record<string, string>) => xf(['case', '--help'], { env: { ...env, ...e } });
    const first = help({});
    expect(first.code).toBe(0);
    const files = readdirSync(cache);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{20}\.[0-9a-z]+\.[0-9a-z]+-v[\d.]+-case\.v8$/); // the bundle's content hash (its first line), size and mtime
    expect(help({}).stdout).toBe(first.stdout); // from the cache
    expect(help({ XF_NO_CODE_CACHE: '1' }).stdout).toBe(first.stdout);
    // a cache V8 cannot use (here: garbage of the right name) is rejected and written afresh
    writeFileSync(join(cache, files[0]!), 'not a code cache');
    const again = help({});
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(first.stdout);
    expect(readFileSync(join(cache, files[0]!)).length).toBeGreaterThan(1000);
    // an unknown command keeps no cache of its own
    expect(xf(['nosuchcommand'], { env }).code).not.toBe(0);
    expect(readdirSync(cache).sort()).toEqual(files);
  });
});
