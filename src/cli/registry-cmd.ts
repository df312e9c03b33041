// xf registry verify: recompute the event log's hash chain.
import type { Command } from 'commander';
import { t } from '../domain/i18n.js';
import type { ChainFault } from '../registry/chain.js';
import { replayRegister } from '../registry/replay.js';
import { withRegistry } from './context.js';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { XfError } from '../domain/errors.js';
import type { Registry } from '../registry/registry.js';
import { resolveHome } from '../registry/home.js';
import { checkAnchors } from '../anchors/check.js';
import { anchorsLogPath, privateKeyPath, publicKeyPath, readAnchors, readPublicKey } from '../anchors/store.js';
import { anchorAudit, anchorRegister, hasOfficeKey } from '../anchors/sign.js';
import { type Fault, hintFor, overallExit } from '../fixity/faults.js';
import { readExportRows, readRegisterView } from '../fixity/register-view.js';
import { openStore } from '../fixity/location.js';
import { accessSync, constants } from 'node:fs';
import { dirname } from 'node:path';
import { dbPath, loadConfig } from '../registry/home.js';
import { verifyReadOnly } from '../registry/db-file.js';
import { pointerPath } from '../registry/database.js';
import { registerTransfer } from './registry-transfer.js';

/** A register on media xf may not write (a burned disc, a write-protected share). */
function readOnlyRegister(): string | undefined {
  const home = resolveHome();
  loadConfig(home);
  if (existsSync(pointerPath(home))) return undefined; // on PostgreSQL: the server decides who may write
  const path = dbPath(home);
  try {
    accessSync(path, constants.W_OK);
    accessSync(dirname(path), constants.W_OK);
    return undefined;
  } catch {
    return path;
  }
}
import { EXIT, printJson } from './output.js';

function describeFault(f: ChainFault): string {
  switch (f.kind) {
    case 'altered':
      return t(`事件 #${f.seq}（${f.case_no ?? ''}）内容被改动：哈希不符`, `event #${f.seq} (${f.case_no ?? ''}) was altered: its hash does not match`);
    case 'removed':
      return t(`自事件 #${f.seq} 起有 ${f.count ?? 1} 个事件被删除`, `${f.count ?? 1} event(s) removed starting at #${f.seq}`);
    case 'inserted':
      return t(
        `事件 #${f.seq}${f.count && f.count > 1 ? ` 起 ${f.count} 个事件` : ''}是插入的：不在原哈希链上`,
        `event #${f.seq}${f.count && f.count > 1 ? ` and ${f.count - 1} more` : ''} was inserted: not on the original chain`,
      );
    case 'broken_link':
      return t(`事件 #${f.seq} 与前一事件的链接断开`, `event #${f.seq} does not link to the one before`);
    case 'head_mismatch':
      return t('链头记录与最后一个事件不符', 'the recorded chain head does not match the last event');
  }
}

export function registerRegistry(program: Command): void {
  const cmd = program.command('registry').description(t('登记簿维护', 'register maintenance'));
  registerTransfer(cmd);
  cmd
    .command('verify')
    .description(
      t(
        '重新计算办理事件日志的哈希链，并按日志重演每件案件，与案件表、期限和编号逐项核对',
        "recompute the event log's hash chain and replay every case from it against the stored cases, clocks and serials",
      ),
    )
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .option('--replay', t('（重演总会进行；保留此选项以兼容旧脚本）', '(the replay always runs; kept for older scripts)'))
    .option(
      '--anchors <path>',
      t(
        '与这些签名锚点核对（anchors.jsonl 文件、其所在目录或档案目录）：发现被一致改写或截短的登记簿',
        'check against these signed anchors (an anchors.jsonl, a folder of them or the archive): finds a register rewritten consistently or cut short',
      ),
    )
    .option('--public-key <file>', t('机关公钥（默认：登记簿目录中的 xf.sign.pub）', "the office public key (default: xf.sign.pub in the register's home)"))
    .addHelpText(
      'after',
      t(
        '\n退出码：0 哈希链完整、重演一致、锚点相符；1 发现改动；2 记录少于锚点所见（E-TRUNCATED）。',
        '\nExit code: 0 the chain holds, the replay agrees and the anchors match; 1 tampered with; 2 fewer records than an anchor saw (E-TRUNCATED).',
      ),
    )
    .action((o: { json?: boolean; anchors?: string; publicKey?: string }) => {
      const ro = readOnlyRegister();
      if (ro) {
        // Read-only media: the chain is checked in place (or from a copy in memory); the replay and the
        // anchors need the register opened normally, so they are left to a writable copy, and said so.
        const r = verifyReadOnly(ro);
        const note = t(
          '只读介质：已核对哈希链；按日志重演和锚点核对须在可写副本上运行（复制 xf.db，设 XF_HOME 指向副本所在目录）',
          'read-only media: the hash chain was checked; the replay and the anchor check need a writable copy (copy xf.db and point XF_HOME at it)',
        );
        if (o.json) printJson({ ...r, read_only: true, replay: null, note, faults: r.faults.map((f) => ({ ...f, message: describeFault(f) })) });
        else {
          if (r.ok)
            process.stdout.write(
              t(`哈希链完整：${r.events} 个事件，链头 #${r.head_seq} ${r.head_hash.slice(0, 16)}…\n`, `the chain holds: ${r.events} events, head #${r.head_seq} ${r.head_hash.slice(0, 16)}…\n`),
            );
          else {
            process.stdout.write(t(`哈希链被破坏（${r.faults.length} 处）：\n`, `the chain is broken (${r.faults.length} fault(s)):\n`));
            for (const f of r.faults) process.stdout.write(`  ${describeFault(f)}\n`);
          }
          process.stdout.write(`${note}\n`);
        }
        if (!r.ok) process.exitCode = EXIT.FAIL;
        return;
      }
      withRegistry((reg) => {
        const r = reg.verifyChain();
        const replay = replayRegister(reg);
        // The office's own anchors log is checked by default; --anchors names a copy kept elsewhere.
        const home = resolveHome();
        const own = existsSync(anchorsLogPath(home)) && existsSync(publicKeyPath(home)) ? anchorsLogPath(home) : undefined;
        const anchorsPath = o.anchors ?? own;
        const anchors = anchorsPath ? registerAnchorFaults(reg, anchorsPath, o.publicKey) : undefined;
        const ok = r.ok && replay.ok && !anchors?.faults.length;
        if (anchors) {
          if (!o.json) {
            process.stdout.write(t(`核对签名锚点 ${anchors.checked} 个\n`, `checked ${anchors.checked} signed anchor(s)\n`));
            for (const f of anchors.faults) process.stdout.write(`  [${f.code}] ${f.message}\n    ${hintFor(f.code)}\n`);
          }
        }
        if (o.json) printJson({ ...r, ok, chain_ok: r.ok, faults: r.faults.map((f) => ({ ...f, message: describeFault(f) })), replay, ...(anchors ? { anchors } : {}) });
        else {
          if (r.ok)
            process.stdout.write(
              t(`哈希链完整：${r.events} 个事件，链头 #${r.head_seq} ${r.head_hash.slice(0, 16)}…\n`, `the chain holds: ${r.events} events, head #${r.head_seq} ${r.head_hash.slice(0, 16)}…\n`),
            );
          else {
            process.stdout.write(t(`哈希链被破坏（${r.faults.length} 处）：\n`, `the chain is broken (${r.faults.length} fault(s)):\n`));
            for (const f of r.faults) process.stdout.write(`  ${describeFault(f)}\n`);
          }
          if (replay.ok)
            process.stdout.write(
              t(`按事件日志重演 ${replay.cases} 件案件：案件表、期限与编号与重演结果一致\n`, `replayed ${replay.cases} cases from the event log: cases, clocks and serials agree\n`),
            );
          else {
            process.stdout.write(
              t(
                `按事件日志重演，发现 ${replay.differences.length} 处不符（登记表被直接改动）：\n`,
                `replaying the event log, ${replay.differences.length} difference(s) (the tables were edited directly):\n`,
              ),
            );
            for (const d of replay.differences) process.stdout.write(`  ${d.message}\n`);
          }
        }
        if (!ok) process.exitCode = anchors?.faults.length && r.ok && replay.ok ? overallExit(anchors.faults) : EXIT.FAIL;
      });
    });

  cmd
    .command('anchor')
    .description(
      t(
        '用机关密钥签名登记簿链头与审计历史链头，追加到 anchors.jsonl（请定期复制到本机以外）',
        'sign the register head and the audit history head with the office key into anchors.jsonl (copy it off the machine regularly)',
      ),
    )
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .action((o: { json?: boolean }) =>
      withRegistry((reg) => {
        const home = resolveHome();
        if (!hasOfficeKey(home)) throw new XfError('USAGE', t(`没有机关签名密钥（${privateKeyPath(home)}）：先运行 xf init`, `no office signing key (${privateKeyPath(home)}): run xf init first`));
        const store = openStore({ kind: 'sqlite', file: reg.path });
        let out;
        try {
          out = [anchorRegister(home, reg), anchorAudit(home, reg.path, store.records(), readExportRows(reg.path))];
        } finally {
          store.close();
        }
        if (o.json) printJson({ ok: true, anchors: out, log: anchorsLogPath(home) });
        else
          process.stdout.write(
            t(
              `已签名登记簿链头 #${out[0] && out[0].kind === 'register' ? out[0].head.seq : '?'} 与审计历史链头 → ${anchorsLogPath(home)}\n`,
              `signed the register head #${out[0] && out[0].kind === 'register' ? out[0].head.seq : '?'} and the audit head → ${anchorsLogPath(home)}\n`,
            ),
          );
      }),
    );
}

/** The register (and the audit history kept in it) against signed anchors, with the public key alone. */
function registerAnchorFaults(reg: Registry, path: string, publicKey: string | undefined): { checked: number; faults: Fault[] } {
  if (!existsSync(path)) throw new XfError('USAGE', t(`找不到锚点：${path}`, `no anchors at ${path}`));
  const keyFile = publicKey ? resolve(publicKey) : publicKeyPath(resolveHome());
  const pub = readPublicKey(keyFile);
  if (!pub) throw new XfError('USAGE', t(`找不到机关公钥：${keyFile}（用 --public-key 指定）`, `no office public key at ${keyFile} (give it with --public-key)`));
  const view = readRegisterView(reg.path);
  const store = openStore({ kind: 'sqlite', file: reg.path });
  let hashes: string[];
  try {
    hashes = (store.records() as { hash?: string }[]).map((x) => String(x?.hash ?? ''));
  } finally {
    store.close();
  }
  const exports = readExportRows(reg.path);
  return checkAnchors(readAnchors(path), pub, { ...(view ? { register: view } : {}), audit: { store: reg.path, hashes, ...(exports ? { exports } : {}) } });
}
