// xf audit: list the verification runs and prove the audit history has not been edited.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { XfError } from '../domain/errors.js';
import { parseDateOption } from './context.js';
import { t } from '../domain/i18n.js';
import { verifyChain } from '../fixity/audit.js';
import { summariseRuns } from '../fixity/audit-log.js';
import { JSONL_NAME, openStore, resolveStore, type StoreLocation } from '../fixity/location.js';
import { formatBytes } from '../fixity/report.js';
import { printJson } from './output.js';
import { resolve } from 'node:path';
import { checkAnchors } from '../anchors/check.js';
import { anchorsLogPath, publicKeyPath, readAnchors, readPublicKey } from '../anchors/store.js';
import { type Fault, hintFor, overallExit } from '../fixity/faults.js';
import { readExportRows } from '../fixity/register-view.js';
import { verifyExportChain } from '../registry/export-chain.js';

function locate(path: string | undefined, audit: string | undefined): StoreLocation {
  if (!audit && path && existsSync(join(path, JSONL_NAME))) return { kind: 'jsonl', file: join(path, JSONL_NAME) };
  return resolveStore(audit, path);
}

const STATUS: Record<string, [string, string]> = {
  passed: ['通过', 'passed'],
  failed: ['有问题', 'failed'],
  interrupted: ['已中断', 'interrupted'],
  error: ['出错', 'error'],
  running: ['未结束', 'unfinished'],
};

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description(t('审计历史：历次校验的记录（只追加、哈希链）', 'audit history: the record of every verification run (append-only, hash-chained)'));
  const storeHelp = t('审计历史位置：.jsonl 文件、目录或 .db 数据库（默认同 xf verify）', 'audit history: a .jsonl file, a folder or a .db database (default: as xf verify)');

  audit
    .command('log')
    .description(t('列出历次校验', 'list verification runs'))
    .argument('[archive]', t('档案目录（其下的 .xf-audit.jsonl）', 'archive folder (its .xf-audit.jsonl)'))
    .option('--since <date>', t('只列出此日期（YYYY-MM-DD）以来的校验', 'only runs started on or after this date (YYYY-MM-DD)'))
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .option('--audit <store>', storeHelp)
    .action((archive: string | undefined, flags: { since?: string; json?: boolean; audit?: string }) => {
      // a civil day starts at Shanghai's midnight, whatever the machine's time zone (SPEC §9)
      const since = flags.since === undefined ? undefined : Date.parse(`${parseDateOption(flags.since, '--since')}T00:00:00+08:00`);
      const loc = locate(archive, flags.audit);
      const store = openStore(loc);
      try {
        const runs = summariseRuns(store.records(), since);
        if (flags.json) {
          printJson({ store: loc.file, runs });
          return;
        }
        if (runs.length === 0) {
          process.stdout.write(t(`没有校验记录（${loc.file}）\n`, `no runs recorded (${loc.file})\n`));
          return;
        }
        for (const r of runs) {
          const st = STATUS[r.status] ?? [r.status, r.status];
          const counts = r.counts
            ? Object.entries(r.counts)
                .map(([c, n]) => `${c} ${n}`)
                .join(' ')
            : '';
          process.stdout.write(
            `${r.run}  ${r.started}  ${r.user}@${r.host}  ${t(st[0], st[1])}${r.exit !== undefined ? ` (exit ${r.exit})` : ''}` +
              `  ${r.dossiers ?? '-'} ${t('卷', 'dossiers')}  ${r.files ?? '-'} ${t('文件', 'files')}  ${r.bytes !== undefined ? formatBytes(r.bytes) : '-'}` +
              `${r.faults ? `  ${t('问题', 'faults')} ${r.faults}${counts ? ` [${counts}]` : ''}` : ''}${r.resumes ? `  ${t('续跑', 'resumed')} ${r.resumes}` : ''}\n` +
              `    ${r.paths.join(' ')}\n`,
          );
        }
      } finally {
        store.close();
      }
    });

  audit
    .command('verify')
    .description(t('核对审计历史的哈希链，指出第一处断链', 'check the audit history hash chain and name the first broken link'))
    .argument('[archive]', t('档案目录（其下的 .xf-audit.jsonl）', 'archive folder (its .xf-audit.jsonl)'))
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .option('--audit <store>', storeHelp)
    .option(
      '--anchors <path>',
      t('与这些签名锚点核对（默认：登记簿目录中的 anchors.jsonl，存在时）', "check against these signed anchors (default: anchors.jsonl in the register's home, when there is one)"),
    )
    .option('--public-key <file>', t('机关公钥（默认：登记簿目录中的 xf.sign.pub）', "the office public key (default: xf.sign.pub in the register's home)"))
    .addHelpText(
      'after',
      t(
        `
退出码：0 完好；1 有记录被改动、删除或插入（指出第一处断链），或与签名锚点不符；2 记录少于签名锚点所见（E-TRUNCATED）。
  每条记录含前一条的 SHA-256；末尾被截去或全部删除的记录只能由签名锚点（xf init 生成机关密钥后，每次校验自动签名，
  记入 anchors.jsonl）看出：请把 anchors.jsonl 和公钥另存到本机以外。登记簿中的台账导出记录同样成链并签名。`,
        `
Exit codes: 0 intact; 1 a record was edited, removed or inserted (the first broken link is named), or an anchor
  disagrees; 2 fewer records than a signed anchor saw (E-TRUNCATED). Each record holds the SHA-256 of the one
  before; records cut off the end, or all of them, show only against signed anchors (with the office key from
  xf init every verify run signs one into anchors.jsonl): keep anchors.jsonl and the public key off this machine.
  The ledger's export log in the register is chained and anchored the same way.`,
      ),
    )
    .action((archive: string | undefined, flags: { json?: boolean; audit?: string; anchors?: string; publicKey?: string }) => {
      const loc = locate(archive, flags.audit);
      const store = openStore(loc);
      try {
        const res = verifyChain(store.records());
        const exportRows = loc.kind === 'sqlite' ? readExportRows(loc.file) : undefined;
        const exp = exportRows ? verifyExportChain(exportRows) : undefined;
        const home = resolve(process.env.XF_HOME ?? process.cwd());
        const anchorsPath = flags.anchors ?? (existsSync(anchorsLogPath(home)) ? anchorsLogPath(home) : undefined);
        let anchorFaults: Fault[] = [];
        if (anchorsPath) {
          if (!existsSync(anchorsPath)) throw new XfError('USAGE', t(`找不到锚点：${anchorsPath}`, `no anchors at ${anchorsPath}`));
          const keyFile = flags.publicKey ? resolve(flags.publicKey) : publicKeyPath(home);
          const pub = readPublicKey(keyFile);
          if (!pub) throw new XfError('USAGE', t(`找不到机关公钥：${keyFile}（用 --public-key 指定）`, `no office public key at ${keyFile} (give it with --public-key)`));
          const hashes = (store.records() as { hash?: string }[]).map((r) => String(r?.hash ?? ''));
          anchorFaults = checkAnchors(readAnchors(anchorsPath), pub, { audit: { store: loc.file, hashes, ...(exportRows ? { exports: exportRows } : {}) } }).faults;
        }
        const ok = res.ok && (exp?.ok ?? true) && anchorFaults.length === 0;
        if (flags.json) printJson({ store: loc.file, ...res, ok, chain_ok: res.ok, ...(exp ? { exports: exp } : {}), anchors: anchorFaults });
        else {
          if (res.ok) {
            process.stdout.write(
              t(`审计历史完好：${res.count} 条记录，链首哈希 ${res.head ?? '-'}（${loc.file}）\n`, `audit history intact: ${res.count} records, head ${res.head ?? '-'} (${loc.file})\n`),
            );
          } else {
            process.stdout.write(
              t(
                `审计历史被改动：第 ${res.index + 1} 条记录${res.seq !== undefined ? `（seq ${res.seq}` : '（'}${res.run ? `，run ${res.run}` : ''}）断链：${res.reason}（${loc.file}）\n`,
                `audit history was altered: record ${res.index + 1}${res.seq !== undefined ? ` (seq ${res.seq}` : ' ('}${res.run ? `, run ${res.run}` : ''}) breaks the chain: ${res.reason} (${loc.file})\n`,
              ),
            );
          }
          if (exp && exp.ok) process.stdout.write(t(`台账导出记录完好：${exp.count} 条\n`, `ledger export log intact: ${exp.count} rows\n`));
          else if (exp && !exp.ok) process.stdout.write(t(`台账导出记录被改动：第 ${exp.id} 条断链：${exp.reason}\n`, `ledger export log was altered at row ${exp.id}: ${exp.reason}\n`));
          for (const f of anchorFaults) process.stdout.write(`[${f.code}] ${f.message}\n    ${hintFor(f.code)}\n`);
        }
        process.exitCode = ok ? 0 : res.ok && (exp?.ok ?? true) ? overallExit(anchorFaults) : 1;
      } finally {
        store.close();
      }
    });
}
