// A dossier checked as a whole (issue 12): beyond "each file matches its manifest line", the parts
// of a dossier must agree with each other, so that a bag resealed after a change, or relabelled,
// does not pass. bag-info.txt and the tag manifest are required; dossier.json lists exactly the
// payload with the sizes and digests the manifests hold; the 档号 is the same in bag-info,
// dossier.json and the 归档章 fields. Pure judgement over what readBagOnDisk found, plus
// dossier.json's text.
import { join } from 'node:path';
import { t } from '../domain/i18n.js';
import { type BagOnDisk, type DiskEntry, DOSSIER_FILE, looksLikeBag, tagValue } from '../bagit/index.js';
import { type Fault, fault } from './faults.js';
import type { Expectation } from './check-bag.js';

interface ListedFile {
  path?: unknown;
  size?: unknown;
  digests?: { sha256?: unknown; sm3?: unknown };
}
interface DossierLike {
  case?: { case_no?: unknown };
  archive?: {
    mode?: unknown;
    fonds_no?: unknown;
    category_code?: unknown;
    org_or_issue_code?: unknown;
    year?: unknown;
    retention?: unknown;
    archival_code?: unknown;
    catalogue_no?: unknown;
    bundle?: unknown;
  };
  items?: { files?: ListedFile[] }[];
  finding_aids?: ListedFile[];
}

const nfc = (s: string) => s.normalize('NFC');

/** Required tag files and top-level oddities (a whole bag copied into this one's root). */
export function checkRequiredParts(disk: BagOnDisk): Fault[] {
  const bag = disk.dir;
  const out: Fault[] = [];
  if (!disk.bagInfo && !disk.bagInfoError) {
    out.push(
      fault({
        code: 'E-MISSING',
        bag,
        rel: 'bag-info.txt',
        path: join(bag, 'bag-info.txt'),
        message: t('缺少 bag-info.txt（卷宗必备：档号、封包日期、Payload-Oxum）', 'bag-info.txt is missing (a dossier needs it: 档号, bagging date, Payload-Oxum)'),
      }),
    );
  }
  if (!disk.manifests.some((m) => m.tag && m.name === 'tagmanifest-sha256.txt')) {
    out.push(
      fault({
        code: 'E-MISSING',
        bag,
        rel: 'tagmanifest-sha256.txt',
        path: join(bag, 'tagmanifest-sha256.txt'),
        message: t('缺少标签清单 tagmanifest-sha256.txt（卷宗的封印）', "the tag manifest tagmanifest-sha256.txt is missing (the dossier's seal)"),
      }),
    );
  }
  const tops = new Set<string>();
  for (const e of disk.tags) {
    const top = e.path.split('/')[0]!;
    if (e.path.includes('/')) tops.add(top);
  }
  for (const top of [...tops].sort()) {
    if (looksLikeBag(join(bag, top))) {
      out.push(
        fault({
          code: 'E-BAGIT',
          bag,
          rel: top,
          path: join(bag, top),
          message: t(`卷宗根目录中另有一个卷宗：${top}（应移出，单独存放）`, `another dossier sits in this bag's root: ${top} (move it out and keep it on its own)`),
        }),
      );
    }
  }
  return out;
}

/** dossier.json against the payload and the manifests, and the 档号 everywhere it is written. */
export function checkDossierWhole(disk: BagOnDisk, text: string): { faults: Fault[]; expectations: Expectation[] } {
  const bag = disk.dir;
  const out: Fault[] = [];
  const expectations: Expectation[] = [];
  let d: DossierLike;
  try {
    d = JSON.parse(text) as DossierLike;
  } catch {
    return { faults: out, expectations }; /* E-SCHEMA already says so */
  }
  if (!d || typeof d !== 'object') return { faults: out, expectations };
  const F = (f: Omit<Fault, 'exit' | 'bag'>) => out.push(fault({ bag, ...f }));

  const onDisk = new Map<string, DiskEntry>();
  for (const e of disk.payload) if (e.kind === 'file') onDisk.set(nfc(e.path), e);
  // What the manifests promise, per algorithm and path.
  const promised = new Map<string, Map<string, string>>();
  for (const m of disk.manifests) {
    if (m.tag) continue;
    const byPath = new Map<string, string>();
    for (const e of m.entries) byPath.set(nfc(e.path), e.digest);
    promised.set(m.algorithm, byPath);
  }

  const listed = new Set<string>([`data/${DOSSIER_FILE}`]);
  const files: ListedFile[] = [...(Array.isArray(d.items) ? d.items.flatMap((i) => (Array.isArray(i?.files) ? i.files : [])) : []), ...(Array.isArray(d.finding_aids) ? d.finding_aids : [])];
  for (const f of files) {
    if (typeof f?.path !== 'string') continue;
    const key = nfc(`data/${f.path}`);
    const abs = join(bag, ...key.split('/'));
    const base = { code: 'E-DOSSIER' as const, rel: key, path: abs, manifest: DOSSIER_FILE };
    if (listed.has(key)) continue;
    listed.add(key);
    const e = onDisk.get(key);
    if (!e) {
      // An unreadable or vanished file is reported by the manifest check; this says dossier.json names it.
      if (!promised.get('sha256')?.has(key))
        F({ ...base, kind: 'missing', message: t(`dossier.json 列出的文件不在卷宗中，清单也没有：${key}`, `dossier.json lists a file that is neither in the bag nor in its manifest: ${key}`) });
      continue;
    }
    // Sizes are not compared: a changed size with unchanged digests is E-DIGEST already, and a
    // resealed change always shows as a digest drift. The digests dossier.json records are held to
    // the file itself once hashed (compare() in check-bag.ts): reported only where the manifest
    // agrees with the file, i.e. the bag was resealed after a change, so one damage is one fault.
    for (const alg of ['sha256', 'sm3'] as const) {
      const recorded = f.digests?.[alg];
      if (typeof recorded === 'string' && promised.get(alg)?.has(key)) {
        expectations.push({ abs, code: 'E-DOSSIER', bag, rel: key, manifest: DOSSIER_FILE, algorithm: alg, expected: recorded });
      }
    }
  }
  for (const [key, e] of onDisk) {
    // A file in no manifest is E-EXTRA already; one the manifest took in and dossier.json does not know was slipped in and resealed.
    if (listed.has(key) || !promised.get('sha256')?.has(key)) continue;
    F({
      code: 'E-DOSSIER',
      kind: 'extra',
      rel: e.path,
      path: join(bag, ...e.path.split('/')),
      manifest: DOSSIER_FILE,
      message: t(`载荷中的文件未列入 dossier.json：${e.path}`, `payload file not listed in dossier.json: ${e.path}`),
    });
  }

  // The 档号 and what it is made of (the 归档章 carries 全宗号, 年度, 保管期限, 件号).
  const a = d.archive ?? {};
  const code = typeof a.archival_code === 'string' ? a.archival_code : undefined;
  const entries = disk.bagInfo?.entries;
  const ext = entries ? tagValue(entries, 'External-Identifier') : undefined;
  const codeFault = (what: string, expected: string | undefined, actual: string | undefined, rel = 'bag-info.txt') =>
    F({ code: 'E-CODE', rel, path: join(bag, ...rel.split('/')), archival_code: code, expected, actual, message: t(`档号不一致：${what}`, `the 档号 differs: ${what}`) });
  if (code && entries && ext !== code) codeFault(t(`bag-info 为 ${ext ?? '（无）'}，dossier.json 为 ${code}`, `bag-info has ${ext ?? '(none)'}, dossier.json ${code}`), code, ext);
  if (code && typeof a.fonds_no === 'string' && typeof a.year === 'number') {
    const prefix =
      a.mode === 'file'
        ? `${a.fonds_no}-${typeof a.catalogue_no === 'string' ? a.catalogue_no : a.year}-`
        : `${a.fonds_no}-${String(a.category_code ?? '')}·${a.year}-${String(a.retention ?? '')}${a.org_or_issue_code ? `-${String(a.org_or_issue_code)}` : ''}-`;
    if (!code.startsWith(prefix) || !/^\d{4}$/.test(code.slice(prefix.length))) {
      codeFault(
        t(`dossier.json 的档号 ${code} 与归档章各项（${prefix}…）不符`, `dossier.json's 档号 ${code} does not follow from its 归档章 fields (${prefix}…)`),
        prefix + '####',
        code,
        `data/${DOSSIER_FILE}`,
      );
    }
  }
  const group = entries ? tagValue(entries, 'Bag-Group-Identifier') : undefined;
  if (typeof a.bundle === 'string' && group !== undefined && group !== a.bundle)
    codeFault(t(`bag-info 的年度包为 ${group}，dossier.json 为 ${a.bundle}`, `bag-info names bundle ${group}, dossier.json ${a.bundle}`), a.bundle, group);
  const caseNo = typeof d.case?.case_no === 'string' ? d.case.case_no : undefined;
  const sender = entries ? tagValue(entries, 'Internal-Sender-Identifier') : undefined;
  if (caseNo && sender !== undefined && sender !== caseNo)
    codeFault(t(`bag-info 的信访件编号为 ${sender}，dossier.json 为 ${caseNo}`, `bag-info names case ${sender}, dossier.json ${caseNo}`), caseNo, sender);
  return { faults: out, expectations };
}
