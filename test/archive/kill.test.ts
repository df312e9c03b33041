// kill -9 at any moment of `xf archive year`: no partial dossier is ever visible, every dossier the
// register records is in place with its seal, and a rerun finishes the year without duplicates —
// byte for byte the bundle of a run that was never interrupted.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Home } from '../helpers/home.js';
import { XF } from '../helpers/xf.js';
import { archiveEvents, bagInfo, bags, BUNDLE, samplesHome, TERMINATED_2026 } from './helpers.js';

const ARGS = ['archive', 'year', '2026', '--json'];
let reference: Home;
let home: Home;

beforeAll(() => {
  reference = samplesHome();
  const r = reference.run(ARGS);
  expect(r.code, r.stderr).toBe(0);
  home = samplesHome();
}, 600_000);

afterAll(() => {
  reference?.cleanup();
  home?.cleanup();
});

/** Start the year run and SIGKILL it as soon as `when` holds (or let it finish). */
function runAndKill(when: (bundle: string) => boolean): Promise<'killed' | 'finished'> {
  const bundle = join(home.dir, 'archive', BUNDLE);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [XF, ...ARGS], { cwd: home.dir, env: { ...process.env, XF_HOME: home.dir, XF_TODAY: '2026-11-21', XF_LANG: 'zh' }, stdio: 'ignore' });
    let done = false;
    const timer = setInterval(() => {
      if (done) return;
      let hit = false;
      try {
        hit = when(bundle);
      } catch {
        /* the folder is changing under us */
      }
      if (hit) {
        done = true;
        clearInterval(timer);
        child.kill('SIGKILL');
      }
    }, 20);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearInterval(timer);
      resolve(signal === 'SIGKILL' ? 'killed' : 'finished');
    });
  });
}

const entries = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);
const hidden = (dir: string) => entries(dir).filter((n) => n.startsWith('.xf-'));

/** What must hold after any kill. */
function checkInvariants(): void {
  const root = join(home.dir, 'archive');
  const bundle = join(root, BUNDLE);
  // nothing visible but whole dossiers (and the year's index and manifest): xf verify finds every bag intact
  for (const name of entries(bundle).filter((n) => !n.startsWith('.'))) {
    expect(
      ['index', 'year-manifest.json', 'year-manifest.json.sha256', 'year-manifest.json.sm3', 'year-manifest.json.anchor'].includes(name) || existsSync(join(bundle, name, 'tagmanifest-sha256.txt')),
      name,
    ).toBe(true);
  }
  if (bags(bundle).length) {
    const v = home.run(['verify', '--audit', join(home.dir, 'audit.jsonl'), ...bags(bundle).map((b) => join(bundle, b))]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
  }
  // every case the register calls archived has its dossier in place, sealed as recorded
  const db = new Database(join(home.dir, 'xf.db'), { readonly: true });
  const archived = db.prepare("SELECT case_no, record FROM cases WHERE status = 'archived'").all() as { case_no: string; record: string }[];
  db.close();
  for (const a of archived) {
    const rec = JSON.parse(a.record) as { progress: { archived: { archival_code: string; tag_manifest_sha256: string } } };
    const bag = join(bundle, rec.progress.archived.archival_code);
    expect(
      createHash('sha256')
        .update(readFileSync(join(bag, 'tagmanifest-sha256.txt')))
        .digest('hex'),
    ).toBe(rec.progress.archived.tag_manifest_sha256);
    expect(bagInfo(bag)['Internal-Sender-Identifier']).toBe(a.case_no);
  }
  // at most the one dossier whose event was not yet recorded
  expect(bags(bundle).length).toBeLessThanOrEqual(archived.length + 1);
}

describe('kill -9 during xf archive year', () => {
  it('leaves no partial dossier at any moment, and a rerun completes the year identical to an uninterrupted run', async () => {
    const moments: [string, (bundle: string) => boolean][] = [
      ['while the first dossier is being built', (b) => hidden(b).length > 0],
      ['right after a dossier is renamed into place', (b) => bags(b).length >= 1 && bags(b).length > [...archiveEvents(home).values()].length],
      ['with three in place and the next one half built', (b) => bags(b).length >= 3 && hidden(b).length > 0],
      ['while the year index is written', (b) => hidden(b).some((n) => n.includes('index')) || existsSync(join(b, 'index'))],
    ];
    const outcomes: string[] = [];
    for (const [what, when] of moments) {
      outcomes.push(`${what}: ${await runAndKill(when)}`);
      checkInvariants();
    }
    expect(outcomes.filter((o) => o.endsWith('killed')).length, outcomes.join('\n')).toBeGreaterThanOrEqual(3);
    const last = home.run(ARGS);
    expect(last.code, last.stderr).toBe(0);
    checkInvariants();
    const bundle = join(home.dir, 'archive', BUNDLE);
    const refBundle = join(reference.dir, 'archive', BUNDLE);
    expect(bags(bundle)).toEqual(bags(refBundle));
    // the same dossiers, byte for byte, but for what each office signs (its own key; SM2 is randomised):
    // the filing anchor, and the tag manifests and year manifest that cover it
    for (const b of bags(bundle))
      for (const f of ['manifest-sha256.txt', 'manifest-sha512.txt', 'bag-info.txt']) expect(readFileSync(join(bundle, b, f), 'utf8'), `${b}/${f}`).toBe(readFileSync(join(refBundle, b, f), 'utf8'));
    expect(hidden(bundle)).toEqual([]);
    const events = archiveEvents(home);
    for (const c of TERMINATED_2026) expect(events.get(c), c).toBe(1);
    expect(home.run(['verify', '--audit', join(home.dir, 'audit.jsonl'), bundle]).code).toBe(0);
  }, 900_000);
});
