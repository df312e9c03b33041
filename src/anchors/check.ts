// Anchors against the present: each signature with the public key alone, then what it saw against
// what is here now. A head the register no longer reproduces is E-ANCHOR (a consistent rewrite);
// fewer events or audit records than an anchor saw is E-TRUNCATED.
import { dirname, resolve } from 'node:path';
import { t } from '../domain/i18n.js';
import { type Fault, fault } from '../fixity/faults.js';
import { type Anchor, type RegisterHead, checkAnchor } from './anchor.js';
import type { FoundAnchor } from './store.js';

export interface AnchorFacts {
  /** Event hash by seq, from the present log (absent: no register to compare). */
  register?: { file: string; hashes: Map<number, string>; last: number };
  /** The audit history now: record hashes in order. */
  audit?: { store: string; hashes: string[]; exports?: readonly Record<string, unknown>[] };
  /** Year bundles here: bundle name → folder and SHA-256 of its year manifest. */
  years?: Map<string, { dir: string; manifestSha256?: string }>;
  /** Dossiers here: 档号 → folder and seal. */
  bags?: Map<string, { dir: string; seal?: string; manifestSha256?: string; bagInfoSha256?: string }>;
}

export interface AnchorOutcome {
  faults: Fault[];
  checked: number;
}

export function checkAnchors(found: readonly FoundAnchor[], publicPem: string, facts: AnchorFacts): AnchorOutcome {
  const faults: Fault[] = [];
  let checked = 0;
  for (const { anchor, source } of found) {
    const F = (f: Omit<Fault, 'exit' | 'bag' | 'manifest'>) => faults.push(fault({ bag: source, manifest: source, ...f }));
    const c = checkAnchor(anchor, publicPem);
    if (!c.ok) {
      F({ code: 'E-ANCHOR', path: source, message: t(`锚点签名无效（${c.reason}）：${source}`, `anchor signature invalid (${c.reason}): ${source}`) });
      continue;
    }
    checked++;
    const a = anchor as Anchor;
    const head = (h: RegisterHead | undefined) => {
      if (!h || !facts.register) return;
      const r = facts.register;
      if (h.seq > r.last) {
        F({
          code: 'E-TRUNCATED',
          path: r.file,
          expected: `#${h.seq}`,
          actual: `#${r.last}`,
          message: t(
            `登记簿事件日志只到 #${r.last}，而 ${a.ts} 签名的锚点见过 #${h.seq}：事件被删除`,
            `the register's event log ends at #${r.last}, but an anchor signed ${a.ts} saw #${h.seq}: events were deleted`,
          ),
        });
      } else if (r.hashes.get(h.seq) !== h.hash) {
        F({
          code: 'E-ANCHOR',
          path: r.file,
          expected: h.hash,
          actual: r.hashes.get(h.seq) ?? '(none)',
          message: t(`登记簿已被改写：事件 #${h.seq} 的哈希与 ${a.ts} 签名的锚点不符`, `the register was rewritten: event #${h.seq} no longer has the hash an anchor signed ${a.ts} saw`),
        });
      }
    };
    switch (a.kind) {
      case 'filing': {
        // the register head it saw at filing, and the dossier it sits in against what was signed
        head(a.register);
        // the bag it sits in, even when its bag-info no longer names the 档号 it was filed under
        const b = [...(facts.bags?.values() ?? [])].find((x) => resolve(x.dir) === resolve(dirname(source))) ?? facts.bags?.get(a.archival_code);
        if (b && (b.manifestSha256 !== a.manifest_sha256 || b.bagInfoSha256 !== a.bag_info_sha256)) {
          const which = b.manifestSha256 !== a.manifest_sha256 ? 'manifest-sha256.txt' : 'bag-info.txt';
          F({
            code: 'E-ANCHOR',
            path: b.dir,
            rel: which,
            archival_code: a.archival_code,
            expected: which === 'bag-info.txt' ? a.bag_info_sha256 : a.manifest_sha256,
            actual: (which === 'bag-info.txt' ? b.bagInfoSha256 : b.manifestSha256) ?? '(none)',
            message: t(
              `卷宗 ${a.archival_code} 的 ${which} 与归档时签名的锚点不符（卷宗在归档后被改动并重新封包）`,
              `dossier ${a.archival_code}: ${which} differs from the anchor signed at filing (changed and resealed after filing)`,
            ),
          });
        }
        break;
      }
      case 'register':
        head(a.head);
        break;
      case 'dossier': {
        head(a.register);
        const b = facts.bags?.get(a.archival_code);
        if (b && b.seal !== a.tagmanifest_sha256)
          F({
            code: 'E-ANCHOR',
            path: b.dir,
            archival_code: a.archival_code,
            expected: a.tagmanifest_sha256,
            actual: b.seal ?? '(none)',
            message: t(`卷宗 ${a.archival_code} 的封印与签名锚点不符`, `dossier ${a.archival_code}: its seal differs from the signed anchor`),
          });
        break;
      }
      case 'year': {
        head(a.register);
        const y = facts.years?.get(a.bundle);
        if (y && y.manifestSha256 !== a.year_manifest_sha256)
          F({
            code: 'E-ANCHOR',
            path: y.dir,
            expected: a.year_manifest_sha256,
            actual: y.manifestSha256 ?? '(none)',
            message: t(`年度包 ${a.bundle} 的年度清单与签名锚点不符`, `year bundle ${a.bundle}: its manifest differs from the signed anchor`),
          });
        for (const d of a.dossiers) {
          const b = facts.bags?.get(d.archival_code);
          if (y && !b)
            F({
              code: 'E-MISSING',
              path: y.dir,
              rel: d.archival_code,
              archival_code: d.archival_code,
              expected: d.tagmanifest_sha256,
              message: t(`签名锚点记载的卷宗不在：${d.archival_code}`, `a dossier the signed anchor lists is not here: ${d.archival_code}`),
            });
          else if (b && b.seal !== d.tagmanifest_sha256)
            F({
              code: 'E-ANCHOR',
              path: b.dir,
              archival_code: d.archival_code,
              expected: d.tagmanifest_sha256,
              actual: b.seal ?? '(none)',
              message: t(`卷宗 ${d.archival_code} 的封印与年度签名锚点不符`, `dossier ${d.archival_code}: its seal differs from the signed year anchor`),
            });
        }
        break;
      }
      case 'audit': {
        const au = facts.audit;
        // an audit anchor speaks of one store, named by its absolute path
        if (!au || resolve(au.store) !== resolve(a.store)) break;
        if (a.count > au.hashes.length)
          F({
            code: 'E-TRUNCATED',
            path: au.store,
            expected: String(a.count),
            actual: String(au.hashes.length),
            message: t(
              `审计历史只有 ${au.hashes.length} 条记录，而 ${a.ts} 签名的锚点见过 ${a.count} 条：记录被删除`,
              `the audit history has ${au.hashes.length} records, but an anchor signed ${a.ts} saw ${a.count}: records were deleted`,
            ),
          });
        else if (a.count > 0 && au.hashes[a.count - 1] !== a.head)
          F({
            code: 'E-ANCHOR',
            path: au.store,
            expected: a.head ?? '',
            actual: au.hashes[a.count - 1],
            message: t(`审计历史已被改写：第 ${a.count} 条记录与签名锚点不符`, `the audit history was rewritten: record ${a.count} differs from the signed anchor`),
          });
        const ex = au.exports;
        if (a.exports && ex) {
          if (a.exports.count > ex.length)
            F({
              code: 'E-TRUNCATED',
              path: au.store,
              rel: 'ledger_exports',
              expected: String(a.exports.count),
              actual: String(ex.length),
              message: t(
                `台账导出记录只有 ${ex.length} 条，而签名锚点见过 ${a.exports.count} 条：记录被删除`,
                `the ledger export log has ${ex.length} rows, but a signed anchor saw ${a.exports.count}: rows were deleted`,
              ),
            });
          else if (a.exports.count > 0 && String(ex[a.exports.count - 1]?.hash ?? '') !== (a.exports.head ?? ''))
            F({
              code: 'E-ANCHOR',
              path: au.store,
              rel: 'ledger_exports',
              expected: a.exports.head ?? '',
              actual: String(ex[a.exports.count - 1]?.hash ?? ''),
              message: t(`台账导出记录已被改写：第 ${a.exports.count} 条与签名锚点不符`, `the ledger export log was rewritten: row ${a.exports.count} differs from the signed anchor`),
            });
        }
        break;
      }
    }
  }
  return { faults, checked };
}
