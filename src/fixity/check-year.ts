// A year bundle against its year manifest: the manifest's own sidecar digests, each dossier's
// tag-manifest SHA-256, 档号 and Payload-Oxum, dossiers missing or unlisted, and the bundle's other
// files (hashed with everything else, compared through expectations).
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../domain/i18n.js';
import { YEAR_MANIFEST, hashBytes, looksLikeBag, readYearManifest, sidecarName, parseTagFile, tagValue } from '../bagit/index.js';
import { type Fault, fault } from './faults.js';
import type { Expectation, HashTask } from './check-bag.js';

export interface YearPlan {
  faults: Fault[];
  tasks: HashTask[];
  expectations: Expectation[];
  dossiers: number;
}

/** The errno that keeps us out of a folder that is there (EACCES, EIO), or undefined. */
export function unreadable(dir: string): string | undefined {
  try {
    readdirSync(dir);
    return undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : (code ?? 'EIO');
  }
}

export function planYear(dir: string): YearPlan {
  const plan: YearPlan = { faults: [], tasks: [], expectations: [], dossiers: 0 };
  const F = (f: Omit<Fault, 'exit' | 'bag' | 'code'>) => plan.faults.push(fault({ bag: dir, code: 'E-YEAR', ...f }));
  const r = readYearManifest(dir);
  const mpath = join(dir, YEAR_MANIFEST);
  for (const alg of r.missingSidecars)
    F({
      kind: 'missing',
      rel: sidecarName(alg),
      path: join(dir, sidecarName(alg)),
      message: t(`缺少年度清单摘要文件 ${sidecarName(alg)}`, `year manifest digest file ${sidecarName(alg)} is missing`),
    });
  for (const m of r.sidecarMismatches) {
    F({
      kind: 'digest',
      rel: YEAR_MANIFEST,
      path: mpath,
      manifest: sidecarName(m.algorithm),
      algorithm: m.algorithm,
      expected: m.expected,
      actual: m.actual,
      message: t(`年度清单本身的摘要不符（${m.algorithm}）`, `the year manifest's own digest differs (${m.algorithm})`),
    });
  }
  if (r.absent) {
    // The manifest is what says which dossiers the year holds: without it a deleted dossier goes unseen.
    F({
      kind: 'missing',
      rel: YEAR_MANIFEST,
      path: mpath,
      message: t(
        `年度包缺少年度清单 ${YEAR_MANIFEST}（被删除，或 xf archive year 尚未完成）：无法确认卷宗是否齐全`,
        `the year bundle has no ${YEAR_MANIFEST} (deleted, or xf archive year has not finished): nobody can tell whether a dossier is gone`,
      ),
    });
  }
  for (const p of r.problems) {
    if (r.readError && r.readError !== 'ENOENT')
      plan.faults.push(
        fault({
          bag: dir,
          code: 'E-UNREADABLE',
          rel: YEAR_MANIFEST,
          path: mpath,
          errno: r.readError,
          message: t(`无法读取年度清单（${r.readError}）`, `cannot read the year manifest (${r.readError})`),
        }),
      );
    else if (!r.absent) F({ kind: 'malformed', rel: YEAR_MANIFEST, path: mpath, message: t(`年度清单格式错误：${p}`, `year manifest is malformed: ${p}`) });
  }
  const m = r.manifest;
  if (!m) return plan;

  const listed = new Set<string>();
  for (const d of m.dossiers) {
    listed.add(d.path.normalize('NFC'));
    const bagDir = join(dir, ...d.path.split('/'));
    const base = { rel: d.path, path: bagDir, manifest: YEAR_MANIFEST };
    const why = unreadable(bagDir);
    if (why) {
      plan.faults.push(
        fault({
          bag: dir,
          code: 'E-UNREADABLE',
          ...base,
          errno: why,
          archival_code: d.archival_code,
          message: t(`卷宗目录无法读取（${why}）：${d.archival_code}（不是卷宗丢失）`, `dossier folder cannot be read (${why}): ${d.archival_code} (not a lost dossier)`),
        }),
      );
      continue;
    }
    if (!existsSync(bagDir) || !looksLikeBag(bagDir)) {
      F({
        ...base,
        kind: 'missing',
        archival_code: d.archival_code,
        expected: d.archival_code,
        message: t(`年度清单中的卷宗不存在：${d.archival_code}（${d.path}）`, `dossier listed in the year manifest is not there: ${d.archival_code} (${d.path})`),
      });
      continue;
    }
    plan.dossiers++;
    let tm: Buffer | undefined;
    try {
      tm = readFileSync(join(bagDir, 'tagmanifest-sha256.txt'));
    } catch {
      /* E-MISSING in the bag itself if listed; still a year fault */
    }
    const actual = tm ? hashBytes(tm, ['sha256']).sha256! : '(missing)';
    if (actual !== d.tagmanifest_sha256) {
      F({
        ...base,
        kind: 'digest',
        rel: `${d.path}/tagmanifest-sha256.txt`,
        path: join(bagDir, 'tagmanifest-sha256.txt'),
        algorithm: 'sha256',
        expected: d.tagmanifest_sha256,
        actual,
        message: t(`卷宗 ${d.archival_code} 与年度清单不符：标签清单摘要已变`, `dossier ${d.archival_code} disagrees with the year manifest: its tag manifest digest changed`),
      });
    }
    let info: string | undefined;
    try {
      info = readFileSync(join(bagDir, 'bag-info.txt'), 'utf8');
    } catch {
      /* the bag check reports it */
    }
    if (info !== undefined) {
      const entries = parseTagFile(info).entries;
      const ext = tagValue(entries, 'External-Identifier');
      if (ext !== undefined && ext !== d.archival_code) {
        F({
          ...base,
          kind: 'digest',
          expected: d.archival_code,
          actual: ext,
          message: t(`卷宗档号与年度清单不符：${ext} ≠ ${d.archival_code}`, `dossier 档号 differs from the year manifest: ${ext} ≠ ${d.archival_code}`),
        });
      }
      const oxum = tagValue(entries, 'Payload-Oxum');
      if (oxum !== undefined && oxum !== d.payload_oxum) {
        F({
          ...base,
          kind: 'digest',
          expected: d.payload_oxum,
          actual: oxum,
          message: t(`卷宗 ${d.archival_code} 的 Payload-Oxum 与年度清单不符`, `dossier ${d.archival_code}: Payload-Oxum differs from the year manifest`),
        });
      }
    }
  }

  const listedFiles = new Set(m.files.map((f) => f.path.normalize('NFC')));
  for (const f of m.files) {
    const abs = join(dir, ...f.path.split('/'));
    let st;
    try {
      st = statSync(abs);
    } catch {
      st = undefined;
    }
    if (!st?.isFile()) {
      F({ kind: 'missing', rel: f.path, path: abs, manifest: YEAR_MANIFEST, message: t(`年度清单中的文件不存在：${f.path}`, `file listed in the year manifest is not there: ${f.path}`) });
      continue;
    }
    const algs = new Set<'sha256' | 'sm3'>(['sha256']);
    plan.expectations.push({ abs, code: 'E-YEAR', bag: dir, rel: f.path, manifest: YEAR_MANIFEST, algorithm: 'sha256', expected: f.sha256 });
    if (f.sm3) {
      algs.add('sm3');
      plan.expectations.push({ abs, code: 'E-YEAR', bag: dir, rel: f.path, manifest: YEAR_MANIFEST, algorithm: 'sm3', expected: f.sm3 });
    }
    plan.tasks.push({ abs, size: st.size, mtimeMs: st.mtimeMs, algorithms: algs });
  }

  // Anything in the bundle that the manifest does not know about (dot-files are ours: audit logs).
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === YEAR_MANIFEST || name.startsWith(YEAR_MANIFEST + '.')) continue;
    const key = name.normalize('NFC');
    if (listed.has(key) || listedFiles.has(key)) continue;
    const abs = join(dir, name);
    let isDir = false;
    try {
      isDir = lstatSync(abs).isDirectory();
    } catch {
      /* vanished meanwhile: report it as an extra name */
    }
    if (isDir && !looksLikeBag(abs)) {
      // Finding aids may sit in subfolders: only flag files inside that are not listed.
      if (![...listedFiles].some((p) => p.startsWith(key + '/'))) {
        F({ kind: 'extra', rel: name, path: abs, message: t(`年度清单未列出的目录：${name}`, `folder not in the year manifest: ${name}`) });
      }
      continue;
    }
    F({
      kind: 'extra',
      rel: name,
      path: abs,
      message: isDir ? t(`年度清单未列出的卷宗：${name}`, `dossier not in the year manifest: ${name}`) : t(`年度清单未列出的文件：${name}`, `file not in the year manifest: ${name}`),
    });
  }
  return plan;
}
