// Writing a BagIt 1.0 bag. The archiver calls this inside a temporary directory that it then renames
// into place (src/io/atomic.ts buildDirAtomic), so a bag appears whole or not at all.
// Deterministic: manifests sorted by path, bag-info in a fixed order, dates only from the caller.
import { closeSync, constants as fsc, fchmodSync, fsync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, writeSync, existsSync } from 'node:fs';
import { open as openFile, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';
import { dirname, join } from 'node:path';
import { isIsoDate } from '../domain/dates.js';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { type Algorithm, DEFAULT_PAYLOAD_ALGORITHMS, DEFAULT_TAG_ALGORITHMS, isAlgorithm, isAvailable } from './algorithms.js';
import { collisionKey, pathProblem } from './encoding.js';
import { type Digests, MultiHash, READ_CHUNK, hashBytes } from './hash.js';
import { SM3_DIGESTS, formatManifest, manifestKind } from './manifest.js';
import { BAGIT_TXT, type TagEntries, formatOxum, formatTagFile } from './tagfiles.js';

/** Every file of a bag gets this mode, whatever the source's or the umask. */
const PAYLOAD_MODE = 0o644;

/** One payload file: copied from `source` (a regular file, never a symlink) or written from `content`. */
export interface PayloadInput {
  /** Path inside data/, slash-separated, e.g. "pdf/X001-WS·2026-D30-XFB-0001.pdf". */
  path: string;
  source?: string;
  content?: Uint8Array | string;
}

/** bag-info.txt fields (RFC 8493 §2.2.2 reserved labels). Payload-Oxum is computed, never given. */
export interface BagInfo {
  sourceOrganization: string;
  /** YYYY-MM-DD, supplied by the caller (taken from the case), never "today". */
  baggingDate: string;
  /** The dossier's 档号. */
  externalIdentifier?: string;
  /** The year bundle this bag belongs to, e.g. "X001-WS·2026". */
  bagGroupIdentifier?: string;
  /** "n of N" or "n of ?". */
  bagCount?: string;
  organizationAddress?: string;
  contactName?: string;
  externalDescription?: string;
  internalSenderIdentifier?: string;
  /** Further labels, written after the reserved ones in the order given. */
  extra?: TagEntries;
}

export interface BagWriterOptions {
  /** Payload manifests to write; default sha256 + sha512 (one read pass computes them and SM3). */
  algorithms?: Algorithm[];
  /** Tag manifests to write; default sha256 + sha512. */
  tagAlgorithms?: Algorithm[];
  /** Write sm3-digests.txt (SM3 of every payload and tag file but the tag manifests); default: where Node has SM3. */
  sm3Digests?: boolean;
  /** Also write manifest-sm3.txt and tagmanifest-sm3.txt (xf archive --sm3-manifest). */
  sm3Manifest?: boolean;
  /**
   * A sealed bag must survive a power cut. true (default): fsync each file as it is written.
   * 'batch': files stay open, unsynced, until `flush()` fsyncs them and the bag's folders together;
   * the caller renames the bag into sight only after that (see flush).
   */
  fsync?: boolean | 'batch';
}

export interface PayloadRecord {
  path: string;
  size: number;
  digests: Digests;
}

export interface SealedBag {
  dir: string;
  payloadOxum: string;
  payload: PayloadRecord[];
  /** Bag-relative names of every tag file, tag manifests included. */
  tagFiles: string[];
  /** Digest of each tag manifest file itself, by algorithm of that tag manifest (what a year manifest records). */
  tagManifestDigest: Partial<Record<Algorithm, string>>;
  /** SHA-256 of tagmanifest-sha256.txt: the dossier's seal, recorded in the register and year manifest. */
  sealSha256: string;
}

function refuse(message: string, details: Record<string, unknown> = {}): never {
  throw new XfError('VALIDATION', message, [], details);
}

function checkAlgorithms(list: Algorithm[], what: string): Algorithm[] {
  if (list.length === 0) refuse(t(`${what}至少需要一种摘要算法`, `${what}: at least one digest algorithm is required`));
  for (const a of list) {
    if (!isAlgorithm(a) || !isAvailable(a)) refuse(t(`不支持的摘要算法：${a}`, `unsupported digest algorithm: ${a}`));
  }
  return [...new Set(list)];
}

export class BagWriter {
  readonly algorithms: Algorithm[];
  readonly tagAlgorithms: Algorithm[];
  private readonly fsync: boolean | 'batch';
  /** Files written and still open, in batch mode: fsynced and closed by flush(). */
  private readonly unsynced: number[] = [];
  private readonly dirs = new Set<string>();
  private readonly payload = new Map<string, PayloadRecord>();
  private readonly keys = new Map<string, string>();
  private readonly tagFiles = new Map<string, Buffer>();
  private sealed = false;
  private readonly sm3Digests: boolean;
  /** What each payload file is hashed with: the manifests' algorithms, and SM3 for sm3-digests.txt. */
  private readonly hashing: Algorithm[];

  constructor(
    readonly dir: string,
    opts: BagWriterOptions = {},
  ) {
    const sm3 = opts.sm3Manifest ? (['sm3'] as Algorithm[]) : [];
    this.algorithms = checkAlgorithms([...(opts.algorithms ?? DEFAULT_PAYLOAD_ALGORITHMS), ...sm3], 'manifest');
    this.tagAlgorithms = checkAlgorithms([...(opts.tagAlgorithms ?? DEFAULT_TAG_ALGORITHMS), ...sm3], 'tagmanifest');
    this.sm3Digests = opts.sm3Digests ?? isAvailable('sm3');
    this.hashing = [...new Set([...this.algorithms, ...(this.sm3Digests ? (['sm3'] as Algorithm[]) : [])])];
    this.fsync = opts.fsync ?? true;
    mkdirSync(join(dir, 'data'), { recursive: true });
    this.dirs.add(dir).add(join(dir, 'data'));
    if (readdirSync(dir).some((n) => n !== 'data') || readdirSync(join(dir, 'data')).length > 0) {
      refuse(t(`目标目录不为空：${dir}`, `target directory is not empty: ${dir}`));
    }
  }

  /** Copy or write one payload file, digesting it in the same pass. Returns its size and digests. */
  addPayload(input: PayloadInput): PayloadRecord {
    if (this.sealed) throw new Error('bag already sealed');
    const rel = 'data/' + input.path.normalize('NFC');
    const problem = pathProblem(rel);
    if (problem) refuse(t(`文件名不可用（${problem}）：${input.path}`, `unusable file name (${problem}): ${input.path}`), { path: input.path });
    const key = collisionKey(rel);
    const clash = this.keys.get(key);
    if (clash !== undefined) {
      refuse(t(`文件名冲突（仅大小写或 Unicode 规范化不同）：${clash} 与 ${rel}`, `file names collide (case or Unicode normalisation): ${clash} and ${rel}`), { path: input.path });
    }
    for (const prefix of this.prefixes(rel)) {
      if (this.payload.has(prefix)) refuse(t(`路径冲突：${prefix} 既是文件又是目录`, `path conflict: ${prefix} is both a file and a folder`));
    }
    if ((input.source === undefined) === (input.content === undefined)) throw new Error('give exactly one of source or content');
    const target = join(this.dir, ...rel.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    const mh = new MultiHash(this.hashing);
    if (input.source !== undefined) this.copyHashing(input.source, target, mh);
    else {
      const data = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : Buffer.from(input.content!);
      mh.update(data);
      this.writeAll(target, data);
    }
    const rec: PayloadRecord = { path: rel, size: mh.bytes, digests: mh.digests() };
    this.payload.set(rel, rec);
    this.keys.set(key, rel);
    return rec;
  }

  /** An extra tag file in the bag root (or a subfolder other than data/); covered by the tag manifests. */
  addTagFile(name: string, content: string | Uint8Array): void {
    const problem = pathProblem(name);
    if (problem || name.startsWith('data/') || manifestKind(name) || name === 'bagit.txt' || name === 'bag-info.txt' || name === SM3_DIGESTS) {
      refuse(t(`标签文件名不可用：${name}`, `unusable tag file name: ${name}`));
    }
    this.tagFiles.set(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content));
  }

  /**
   * Write bagit.txt, bag-info.txt (with Payload-Oxum), the payload manifests, the tag files, then
   * sm3-digests.txt and the tag manifests. `late` makes tag files from what is written before them
   * (bagit.txt, bag-info.txt, payload manifests, tag files): a signed statement of the payload that the
   * tag manifests can then cover.
   */
  seal(info: BagInfo, late?: (written: ReadonlyMap<string, Buffer>) => [name: string, content: string | Uint8Array][]): SealedBag {
    if (this.sealed) throw new Error('bag already sealed');
    if (!isIsoDate(info.baggingDate)) refuse(t(`Bagging-Date 须为有效日期 YYYY-MM-DD：${info.baggingDate}`, `Bagging-Date must be a real date YYYY-MM-DD: ${info.baggingDate}`));
    if (!info.sourceOrganization) refuse(t('缺少 Source-Organization', 'Source-Organization is required'));
    this.sealed = true;
    const records = [...this.payload.values()];
    const bytes = records.reduce((s, r) => s + r.size, 0);
    const oxum = formatOxum(bytes, records.length);

    const tags = new Map<string, Buffer>();
    tags.set('bagit.txt', Buffer.from(BAGIT_TXT, 'utf8'));
    tags.set('bag-info.txt', Buffer.from(formatTagFile(bagInfoEntries(info, oxum)), 'utf8'));
    for (const alg of this.algorithms) {
      const m = new Map(records.map((r) => [r.path, r.digests[alg]!] as [string, string]));
      tags.set(`manifest-${alg}.txt`, Buffer.from(formatManifest(m), 'utf8'));
    }
    for (const [name, data] of [...this.tagFiles].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) tags.set(name, data);
    for (const [name, content] of late?.(tags) ?? []) {
      if (tags.has(name) || manifestKind(name) || name === SM3_DIGESTS || pathProblem(name) || name.startsWith('data/')) refuse(t(`标签文件名不可用：${name}`, `unusable tag file name: ${name}`));
      tags.set(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content));
    }
    if (this.sm3Digests) {
      const m = new Map(records.map((r) => [r.path, r.digests.sm3!] as [string, string]));
      for (const [name, data] of tags) m.set(name, hashBytes(data, ['sm3']).sm3!);
      tags.set(SM3_DIGESTS, Buffer.from(formatManifest(m), 'utf8'));
    }

    const tagDigests = new Map<string, Digests>();
    for (const [name, data] of tags) {
      this.writeAll(join(this.dir, ...name.split('/')), data);
      tagDigests.set(name, hashBytes(data, this.tagAlgorithms));
    }
    const tagManifestDigest: Partial<Record<Algorithm, string>> = {};
    const tagFiles = [...tags.keys()];
    for (const alg of this.tagAlgorithms) {
      const m = new Map([...tagDigests].map(([n, d]) => [n, d[alg]!] as [string, string]));
      const data = Buffer.from(formatManifest(m), 'utf8');
      const name = `tagmanifest-${alg}.txt`;
      this.writeAll(join(this.dir, name), data);
      tagFiles.push(name);
      tagManifestDigest[alg] = hashBytes(data, [alg])[alg]!;
    }
    const tm256 = tagManifestDigest.sha256 ?? hashBytes(tags.get('bagit.txt')!, ['sha256']).sha256!;
    return {
      dir: this.dir,
      payloadOxum: oxum,
      payload: records.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
      tagFiles,
      tagManifestDigest,
      sealSha256: tm256,
    };
  }

  private prefixes(rel: string): string[] {
    const segs = rel.split('/');
    const out: string[] = [];
    for (let i = 1; i < segs.length; i++) out.push(segs.slice(0, i).join('/'));
    return out;
  }

  private copyHashing(source: string, target: string, mh: MultiHash): void {
    const st = lstatSync(source);
    if (st.isSymbolicLink()) refuse(t(`拒绝符号链接：${source}`, `symbolic links are refused: ${source}`), { path: source });
    if (!st.isFile()) refuse(t(`不是普通文件：${source}`, `not a regular file: ${source}`), { path: source });
    const buf = Buffer.allocUnsafe(READ_CHUNK);
    const inFd = openSync(source, fsc.O_RDONLY | fsc.O_NOFOLLOW);
    try {
      const outFd = this.open(target);
      let done = false;
      try {
        fchmodSync(outFd, PAYLOAD_MODE); // the source's permission bits (or the umask) never carry over
        for (;;) {
          const n = readSync(inFd, buf, 0, buf.length, null);
          if (n === 0) break;
          const chunk = buf.subarray(0, n);
          mh.update(chunk);
          let off = 0;
          while (off < n) off += writeSync(outFd, chunk, off, n - off);
        }
        done = true;
      } finally {
        this.closeWritten(outFd, done);
      }
    } finally {
      closeSync(inFd);
    }
  }

  private open(target: string): number {
    const fd = openSync(target, 'wx', PAYLOAD_MODE);
    for (let d = dirname(target); d.length > this.dir.length && !this.dirs.has(d); d = dirname(d)) this.dirs.add(d);
    return fd;
  }

  /** After a file is written: fsync and close it now, or (batch) keep it open for flush(). */
  private closeWritten(fd: number, written: boolean): void {
    if (written && this.fsync === 'batch') {
      this.unsynced.push(fd);
      return;
    }
    try {
      if (written && this.fsync) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  }

  /**
   * Batch mode: make everything written durable — every file, then every folder of the bag (their
   * entries) — before the caller renames the bag into place. The fsyncs run together on libuv's
   * pool: the filesystem commits its journal once for the waiters of a batch instead of once per
   * file, and the thread is free meanwhile. Crash safety is unchanged: the bag is built in a hidden
   * folder that no reader takes for a dossier, and it is renamed into sight only after this
   * resolves, so a power cut before shows nothing and after shows the whole bag. Files are kept open
   * until their fsync (not reopened) so that a writeback error is reported to us. Resolves once all
   * are closed; rejects with the first error.
   */
  async flush(): Promise<void> {
    const fds = this.unsynced.splice(0);
    const results = await Promise.allSettled(
      fds.map(async (fd) => {
        try {
          await fsyncFd(fd);
        } finally {
          closeSync(fd);
        }
      }),
    );
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    // deepest first: a folder's entry is made durable after what it holds
    const dirs = [...this.dirs].sort((a, b) => b.length - a.length);
    await Promise.all(dirs.map((d) => syncFolder(d)));
  }

  /** Close what is still open without syncing (a bag given up: its folder is about to be removed). */
  discard(): void {
    for (const fd of this.unsynced.splice(0)) closeSync(fd);
  }

  private writeAll(target: string, data: Buffer): void {
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(target)) throw new Error(`already written: ${target}`);
    const fd = this.open(target);
    let done = false;
    try {
      fchmodSync(fd, PAYLOAD_MODE);
      let off = 0;
      while (off < data.length) off += writeSync(fd, data, off, data.length - off);
      done = true;
    } finally {
      this.closeWritten(fd, done);
    }
  }
}

const fsyncFd = promisify(fsync);

async function syncFolder(dir: string): Promise<void> {
  let h: FileHandle | undefined;
  try {
    h = await openFile(dir, 'r');
  } catch {
    return; // a folder cannot be opened for fsync on some systems (Windows): nothing to do there
  }
  try {
    await h.sync();
  } catch (e) {
    // some filesystems refuse fsync on a folder; a real write error is still an error
    if (!['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM', 'EBADF'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
  } finally {
    await h.close();
  }
}

function bagInfoEntries(info: BagInfo, oxum: string): TagEntries {
  const e: TagEntries = [];
  const add = (label: string, v: string | undefined) => {
    if (v !== undefined && v !== '') e.push([label, v]);
  };
  add('Source-Organization', info.sourceOrganization);
  add('Organization-Address', info.organizationAddress);
  add('Contact-Name', info.contactName);
  add('External-Description', info.externalDescription);
  add('External-Identifier', info.externalIdentifier);
  add('Internal-Sender-Identifier', info.internalSenderIdentifier);
  add('Bag-Group-Identifier', info.bagGroupIdentifier);
  add('Bag-Count', info.bagCount);
  add('Bagging-Date', info.baggingDate);
  add('Payload-Oxum', oxum);
  for (const [l, v] of info.extra ?? []) add(l, v);
  return e;
}

/** Write a whole bag in one call: payload files in the order given, then seal. */
export async function writeBag(dir: string, opts: BagWriterOptions & { payload: PayloadInput[]; info: BagInfo; tagFiles?: { path: string; content: string | Uint8Array }[] }): Promise<SealedBag> {
  const w = new BagWriter(dir, opts);
  for (const p of opts.payload) w.addPayload(p);
  for (const tf of opts.tagFiles ?? []) w.addTagFile(tf.path, tf.content);
  return w.seal(opts.info);
}
