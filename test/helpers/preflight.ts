// Apache PDFBox Preflight (Debian libpdfbox2-java 2.0.27, with libjaxb-api-java and
// libactivation-java) as the independent PDF/A-1b checker: one JVM for a whole list of files
// ("xml group" mode writes <list>.preflight.xml with one <preflight> per file, in list order).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toolOnPath } from './tools.js';

const JARS = ['pdfbox2.jar', 'preflight.jar', 'xmpbox.jar', 'fontbox2.jar', 'commons-logging.jar', 'jaxb-api.jar', 'javax.activation.jar'].map((j) => join('/usr/share/java', j));

/** Why Preflight cannot run here, or undefined when it can. In CI a missing piece is a failure. */
export function preflightMissing(): string | undefined {
  const why = !toolOnPath('java')
    ? 'java is not installed'
    : JARS.filter((j) => !existsSync(j))
        .map((j) => `${j} is missing`)
        .join(', ') || undefined;
  if (why && process.env.CI === 'true') throw new Error(`CI: PDFBox Preflight cannot run (${why}); .ci/run installs default-jre-headless, libpdfbox2-java, libjaxb-api-java, libactivation-java`);
  if (why) process.stderr.write(`[skip] PDF/A checks: ${why}\n`);
  return why;
}

export interface PreflightResult {
  file: string;
  valid: boolean;
  errors: string[];
}

export function preflight(files: string[]): PreflightResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'xf-preflight-'));
  const list = join(dir, 'files.txt');
  writeFileSync(list, files.join('\n') + '\n');
  const r = spawnSync('java', ['-cp', JARS.join(':'), 'org.apache.pdfbox.preflight.Validator_A1b', 'xml', 'group', list], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 600_000 });
  const xmlPath = `${list}.preflight.xml`;
  if (!existsSync(xmlPath)) throw new Error(`Preflight wrote no report (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  const xml = readFileSync(xmlPath, 'utf8');
  const blocks = xml.split('<preflight ').slice(1);
  if (blocks.length !== files.length) throw new Error(`Preflight reported ${blocks.length} of ${files.length} files`);
  return blocks.map((b, i) => ({
    file: files[i]!,
    valid: /<isValid[^>]*>true<\/isValid>/.test(b),
    errors: [...b.matchAll(/<code>([^<]*)<\/code>\s*<details>([^<]*)<\/details>/g)].map((m) => `${m[1]} ${m[2]}`),
  }));
}

/** The failures only, one line per file and distinct error, for a readable assertion message. */
export function failures(results: PreflightResult[]): string[] {
  return results.filter((r) => !r.valid).map((r) => `${r.file}: ${[...new Set(r.errors)].join(' | ') || '(invalid, no detail)'}`);
}
