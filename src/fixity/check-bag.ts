// What is wrong with one bag before any hashing (structure, completeness, Payload-Oxum, schema), and
// the hashing it needs: one task per file carrying every algorithm its manifests name, plus the
// expectations to compare afterwards. Never stops at the first fault.
import { lstatSync, readFileSync } from 'node:fs';
import { t } from '../domain/i18n.js';
import {
  type Algorithm,
  type BagOnDisk,
  type DiskEntry,
  type ManifestFile,
  checkBagitTxt,
  encodeManifestPath,
  isAlgorithm,
  isAvailable,
  pathUnder,
  parseOxum,
  tagValue,
  validateDossierText,
  DOSSIER_FILE,
  SM3_DIGESTS,
} from '../bagit/index.js';
import { checkDossierWhole, checkRequiredParts } from './check-dossier.js';
import { type Fault, fault } from './faults.js';

export interface HashTask {
  /** Absolute path; also the key results are stored under. */
  abs: string;
  size: number;
  mtimeMs: number;
  algorithms: Set<Algorithm>;
}

/** A digest some list promises for a file; compared once the file is hashed. */
export interface Expectation {
  abs: string;
  code: 'E-DIGEST' | 'E-TAGDIGEST' | 'E-YEAR' | 'E-DOSSIER';
  bag: string;
  rel: string;
  encoded?: string;
  manifest: string;
  algorithm: Algorithm;
  expected: string;
}

export interface Warning {
  bag: string;
  message: string;
}

export interface BagPlan {
  bag: string;
  externalIdentifier?: string;
  payloadOxum?: string;
  faults: Fault[];
  warnings: Warning[];
  tasks: HashTask[];
  expectations: Expectation[];
  payloadFiles: number;
  payloadBytes: number;
}

const nfc = (s: string) => s.normalize('NFC');

export function planBag(disk: BagOnDisk, selected?: ReadonlySet<string>): BagPlan {
  const bag = disk.dir;
  const plan: BagPlan = { bag, faults: [], warnings: [], tasks: [], expectations: [], payloadFiles: 0, payloadBytes: 0 };
  const F = (f: Omit<Fault, 'exit' | 'bag'>) => plan.faults.push(fault({ bag, ...f }));
  const abs = (rel: string) => pathUnder(bag, rel);

  // Declaration and payload folder (RFC 8493 §2.1.1, §2.1.2).
  if (disk.bagitTxt === undefined) {
    if (disk.bagitTxtError === 'ENOENT') F({ code: 'E-BAGIT', rel: 'bagit.txt', path: abs('bagit.txt'), message: t('缺少 bagit.txt', 'bagit.txt is missing') });
    else
      F({
        code: 'E-UNREADABLE',
        rel: 'bagit.txt',
        path: abs('bagit.txt'),
        errno: disk.bagitTxtError,
        message: t(`无法读取 bagit.txt（${disk.bagitTxtError}）`, `cannot read bagit.txt (${disk.bagitTxtError})`),
      });
  } else {
    for (const p of checkBagitTxt(disk.bagitTxt)) F({ code: 'E-BAGIT', rel: 'bagit.txt', path: abs('bagit.txt'), message: `bagit.txt: ${p}` });
  }
  if (!disk.hasData) F({ code: 'E-BAGIT', rel: 'data', path: abs('data'), message: t('缺少 data/ 目录', 'the data/ folder is missing') });
  if (disk.bagInfoError)
    F({
      code: 'E-UNREADABLE',
      rel: 'bag-info.txt',
      path: abs('bag-info.txt'),
      errno: disk.bagInfoError,
      message: t(`无法读取 bag-info.txt（${disk.bagInfoError}）`, `cannot read bag-info.txt (${disk.bagInfoError})`),
    });
  for (const p of disk.bagInfo?.problems ?? []) F({ code: 'E-BAGIT', rel: 'bag-info.txt', path: abs('bag-info.txt'), message: `bag-info.txt: ${p}` });
  plan.externalIdentifier = disk.bagInfo ? tagValue(disk.bagInfo.entries, 'External-Identifier') : undefined;

  const payloadManifests = disk.manifests.filter((m) => !m.tag);
  const tagManifests = disk.manifests.filter((m) => m.tag);
  if (!payloadManifests.some((m) => !m.digestFile)) F({ code: 'E-BAGIT', message: t('没有载荷清单 manifest-<算法>.txt', 'no payload manifest (manifest-<alg>.txt)') });
  for (const m of disk.manifests) {
    if (m.digestFile && m.tag) continue; // the other half of sm3-digests.txt says it once
    if (m.readError) F({ code: 'E-UNREADABLE', rel: m.name, path: abs(m.name), errno: m.readError, message: t(`无法读取 ${m.name}（${m.readError}）`, `cannot read ${m.name} (${m.readError})`) });
    for (const p of m.problems) F({ code: 'E-BAGIT', rel: m.name, path: abs(m.name), manifest: m.name, message: `${m.name}: ${p}` });
  }
  const checks = (m: ManifestFile): m is ManifestFile & { algorithm: Algorithm } => {
    if (!isAlgorithm(m.algorithm) || !isAvailable(m.algorithm)) {
      plan.warnings.push({ bag, message: t(`${m.name}：不支持的算法 ${m.algorithm}，未核对`, `${m.name}: unsupported algorithm ${m.algorithm}, not checked`) });
      return false;
    }
    return !selected || selected.has(m.algorithm);
  };

  // Payload: what is on disk, keyed by NFC so a bag copied through HFS+ (NFD) still matches.
  const onDisk = new Map<string, DiskEntry>();
  for (const e of disk.payload) {
    if (e.kind === 'unreadable-dir') {
      F({ code: 'E-UNREADABLE', rel: e.path, path: abs(e.path), errno: e.error, message: t(`无法读取目录 ${e.path}（${e.error}）`, `cannot read folder ${e.path} (${e.error})`) });
      continue;
    }
    if (e.kind === 'symlink') F({ code: 'E-BAGIT', rel: e.path, path: abs(e.path), message: t(`载荷中有符号链接（不跟随）：${e.path}`, `symbolic link in the payload (not followed): ${e.path}`) });
    else if (e.kind !== 'file') F({ code: 'E-BAGIT', rel: e.path, path: abs(e.path), errno: e.error, message: t(`载荷中有非普通文件：${e.path}`, `not a regular file in the payload: ${e.path}`) });
    const key = nfc(e.path);
    const prior = onDisk.get(key);
    if (prior)
      F({
        code: 'E-BAGIT',
        rel: e.path,
        path: abs(e.path),
        message: t(`文件名仅 Unicode 规范化不同：${prior.path} 与 ${e.path}`, `names differ only in Unicode normalisation: ${prior.path} and ${e.path}`),
      });
    onDisk.set(key, e);
    if (e.kind === 'file') {
      plan.payloadFiles++;
      plan.payloadBytes += e.size;
    }
  }

  // Payload-Oxum: a quick pre-check, reported and then the full check goes on.
  const oxumText = disk.bagInfo ? tagValue(disk.bagInfo.entries, 'Payload-Oxum') : undefined;
  if (oxumText !== undefined) {
    plan.payloadOxum = oxumText;
    const ox = parseOxum(oxumText);
    if (!ox) F({ code: 'E-BAGIT', rel: 'bag-info.txt', path: abs('bag-info.txt'), message: t(`Payload-Oxum 格式错误：${oxumText}`, `malformed Payload-Oxum: ${oxumText}`) });
    else if (ox.bytes !== plan.payloadBytes || ox.files !== plan.payloadFiles) {
      F({
        code: 'E-OXUM',
        rel: 'bag-info.txt',
        path: abs('bag-info.txt'),
        expected: oxumText,
        actual: `${plan.payloadBytes}.${plan.payloadFiles}`,
        message: t(
          `Payload-Oxum 不符：应为 ${ox.files} 个文件 ${ox.bytes} 字节，实有 ${plan.payloadFiles} 个文件 ${plan.payloadBytes} 字节`,
          `Payload-Oxum differs: expected ${ox.files} files and ${ox.bytes} bytes, found ${plan.payloadFiles} files and ${plan.payloadBytes} bytes`,
        ),
      });
    }
  }

  // by entry: each disk entry is one path, whose absolute form is made once however many manifests list it
  const tasks = new Map<DiskEntry, HashTask>();
  const want = (e: DiskEntry, alg: Algorithm) => {
    let task = tasks.get(e);
    if (!task) tasks.set(e, (task = { abs: abs(e.path), size: e.size, mtimeMs: e.mtimeMs, algorithms: new Set() }));
    task.algorithms.add(alg);
    return task.abs;
  };

  // Completeness against every payload manifest (RFC 8493 §3: each file in every manifest).
  const missing = new Map<string, { encoded: string; manifests: string[] }>();
  const listedIn = new Map<string, Set<string>>();
  for (const m of payloadManifests) {
    const hashing = checks(m);
    for (const entry of m.entries) {
      const key = nfc(entry.path);
      if (!key.startsWith('data/')) {
        F({
          code: 'E-BAGIT',
          rel: entry.path,
          encoded: entry.encoded,
          manifest: m.name,
          message: t(`${m.name} 第 ${entry.line} 行不在 data/ 下：${entry.encoded}`, `${m.name} line ${entry.line} is outside data/: ${entry.encoded}`),
        });
        continue;
      }
      (listedIn.get(key) ?? listedIn.set(key, new Set()).get(key)!).add(m.name);
      const d = onDisk.get(key);
      if (!d) {
        const miss = missing.get(key) ?? { encoded: entry.encoded, manifests: [] };
        miss.manifests.push(m.name);
        missing.set(key, miss);
        continue;
      }
      if (d.kind !== 'file' || !hashing) continue;
      const a = want(d, m.algorithm);
      plan.expectations.push({ abs: a, code: 'E-DIGEST', bag, rel: d.path, encoded: entry.encoded, manifest: m.name, algorithm: m.algorithm, expected: entry.digest });
    }
  }
  for (const [key, miss] of missing) {
    const p = abs(key);
    const st = statKind(p);
    if (st)
      F({
        code: 'E-UNREADABLE',
        rel: key,
        path: p,
        encoded: miss.encoded,
        manifest: miss.manifests.join(','),
        errno: st,
        message: t(`清单中的文件无法作为文件读取（${st}）：${key}`, `listed file cannot be read as a file (${st}): ${key}`),
      });
    else F({ code: 'E-MISSING', rel: key, path: p, encoded: miss.encoded, manifest: miss.manifests.join(','), message: t(`清单中有、磁盘上没有：${key}`, `in the manifest, not on disk: ${key}`) });
  }
  if (payloadManifests.length > 0) {
    for (const [key, d] of onDisk) {
      if (d.kind !== 'file') continue;
      const inM = listedIn.get(key);
      // An unreadable manifest is one E-UNREADABLE, not one E-EXTRA per file.
      const absent = payloadManifests.filter((m) => !m.readError && !inM?.has(m.name)).map((m) => m.name);
      if (absent.length === 0) continue;
      F({
        code: 'E-EXTRA',
        rel: d.path,
        path: abs(d.path),
        encoded: encodeManifestPath(d.path),
        manifest: absent.join(','),
        message: inM
          ? t(`文件未列入 ${absent.join('、')}：${d.path}`, `file not listed in ${absent.join(', ')}: ${d.path}`)
          : t(`磁盘上有、任何清单中都没有：${d.path}`, `on disk, in no manifest: ${d.path}`),
      });
    }
  }

  // Tag manifests: every tag file they list must exist and match.
  const tagsOnDisk = new Map(disk.tags.map((e) => [nfc(e.path), e]));
  const tagListed = new Set<string>();
  for (const m of tagManifests) {
    const hashing = checks(m);
    for (const entry of m.entries) {
      const key = nfc(entry.path);
      tagListed.add(key);
      if (key.startsWith('data/') || /^tagmanifest-/.test(key) || (m.digestFile && key === SM3_DIGESTS)) {
        F({ code: 'E-BAGIT', rel: entry.path, encoded: entry.encoded, manifest: m.name, message: t(`${m.name} 不应列出 ${entry.encoded}`, `${m.name} must not list ${entry.encoded}`) });
        continue;
      }
      const d = tagsOnDisk.get(key);
      if (d?.kind !== 'file') {
        // A missing bagit.txt is already E-BAGIT; do not report it twice.
        if (key === 'bagit.txt' && disk.bagitTxtError === 'ENOENT') continue;
        const kind = d ? (d.error ?? 'ENOTFILE') : statKind(abs(key));
        if (kind)
          F({
            code: 'E-UNREADABLE',
            rel: key,
            path: abs(key),
            encoded: entry.encoded,
            manifest: m.name,
            errno: kind,
            message: t(`标签文件无法作为文件读取（${kind}）：${key}`, `tag file cannot be read as a file (${kind}): ${key}`),
          });
        else F({ code: 'E-MISSING', rel: key, path: abs(key), encoded: entry.encoded, manifest: m.name, message: t(`标签清单中有、磁盘上没有：${key}`, `in the tag manifest, not on disk: ${key}`) });
        continue;
      }
      if (!hashing) continue;
      const a = want(d, m.algorithm);
      plan.expectations.push({ abs: a, code: 'E-TAGDIGEST', bag, rel: d.path, encoded: entry.encoded, manifest: m.name, algorithm: m.algorithm, expected: entry.digest });
    }
  }
  if (tagManifests.length > 0) {
    for (const [key, d] of tagsOnDisk) {
      if (d.kind === 'file' && !tagListed.has(key) && !/^tagmanifest-/.test(key)) {
        plan.warnings.push({ bag, message: t(`标签文件未列入标签清单：${d.path}`, `tag file not in any tag manifest: ${d.path}`) });
      }
    }
  }

  // dossier.json against the published schema (xf dossiers only).
  const dj = onDisk.get(`data/${DOSSIER_FILE}`);
  if (dj?.kind === 'file') {
    let text: string | undefined;
    try {
      text = readFileSync(abs(dj.path), 'utf8');
    } catch {
      /* reported as E-UNREADABLE by hashing */
    }
    if (text !== undefined) {
      const problems = validateDossierText(text);
      for (const p of problems.slice(0, 50)) {
        F({
          code: 'E-SCHEMA',
          rel: dj.path,
          path: abs(dj.path),
          expected: p.keyword,
          actual: p.pointer || '/',
          message: t(`dossier.json 不符合架构：${p.pointer || '/'} ${p.message}`, `dossier.json breaks its schema: ${p.pointer || '/'} ${p.message}`),
        });
      }
      if (problems.length > 50) F({ code: 'E-SCHEMA', rel: dj.path, path: abs(dj.path), message: t(`另有 ${problems.length - 50} 处架构错误`, `${problems.length - 50} more schema errors`) });
      // A dossier.json that breaks its schema is not read further: its fields cannot be trusted.
      if (problems.length === 0) {
        const whole = checkDossierWhole(disk, text);
        plan.faults.push(...whole.faults);
        // Hash with the algorithms dossier.json records (the manifests already ask for them; --algorithms may not).
        const byAbs = new Map([...tasks.values()].map((task) => [task.abs, task]));
        for (const x of whole.expectations) {
          const task = byAbs.get(x.abs);
          if (task?.algorithms.has(x.algorithm)) plan.expectations.push(x);
        }
      }
    }
  }
  plan.faults.push(...checkRequiredParts(disk));

  plan.tasks = [...tasks.values()];
  // One unreadable file is one fault, however many lists name it.
  const seen = new Set<string>();
  plan.faults = plan.faults.filter((f) => {
    if (f.code !== 'E-UNREADABLE') return true;
    const k = f.rel ?? '';
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return plan;
}

/** Why a listed path is not a readable file: undefined when it is simply not there (ENOENT). */
function statKind(p: string): string | undefined {
  try {
    const st = lstatSync(p);
    return st.isDirectory() ? 'EISDIR' : st.isSymbolicLink() ? 'ELOOP' : st.isFile() ? undefined : 'ENOTFILE';
  } catch (e) {
    // A folder we may not enter (EACCES) or a failing disk (EIO) is not a lost file.
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? undefined : (code ?? 'EIO');
  }
}

/** Compare a hashed file against what was promised for it. */
export function compare(exps: readonly Expectation[], result: HashResult): Fault[] {
  const out: Fault[] = [];
  // dossier.json's digests count only where the manifest holds: a file changed under its manifest is E-DIGEST alone.
  const digestFailed = new Set<string>();
  if (!('error' in result)) for (const x of exps) if (x.code === 'E-DIGEST' && result.digests[x.algorithm] !== undefined && result.digests[x.algorithm] !== x.expected) digestFailed.add(x.algorithm);
  for (const x of exps) {
    if (x.code === 'E-DOSSIER' && ('error' in result || digestFailed.has(x.algorithm))) continue;
    const base = { bag: x.bag, rel: x.rel, path: x.abs, encoded: x.encoded, manifest: x.manifest, algorithm: x.algorithm };
    if ('error' in result) {
      out.push(fault({ ...base, code: 'E-UNREADABLE', errno: result.error, expected: x.expected, message: t(`无法读取（${result.error}）：${x.rel}`, `cannot read (${result.error}): ${x.rel}`) }));
      continue;
    }
    const actual = result.digests[x.algorithm];
    if (actual === undefined || actual === x.expected) continue;
    const kind = x.code === 'E-YEAR' || x.code === 'E-DOSSIER' ? { kind: 'digest' as const } : {};
    out.push(
      fault({
        ...base,
        ...kind,
        code: x.code,
        expected: x.expected,
        actual,
        message:
          x.code === 'E-DOSSIER'
            ? t(
                `dossier.json 记录的摘要（${x.algorithm}）与文件不符，清单却相符：${x.rel}（文件被替换后重新封包）`,
                `dossier.json records another ${x.algorithm} digest than the file has, while the manifest agrees: ${x.rel} (changed and resealed)`,
              )
            : x.code === 'E-TAGDIGEST'
              ? t(`标签文件摘要不符（${x.algorithm}）：${x.rel}`, `tag file digest differs (${x.algorithm}): ${x.rel}`)
              : x.code === 'E-YEAR'
                ? t(`年度清单中的文件摘要不符（${x.algorithm}）：${x.rel}`, `file digest differs from the year manifest (${x.algorithm}): ${x.rel}`)
                : t(`摘要不符（${x.algorithm}）：${x.rel}`, `digest differs (${x.algorithm}): ${x.rel}`),
      }),
    );
  }
  // An unreadable file is one fault, not one per algorithm.
  return 'error' in result ? out.slice(0, 1) : out;
}

export type HashResult = { size: number; digests: Partial<Record<Algorithm, string>> } | { error: string };
