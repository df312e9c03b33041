// xf registry export / import (a register moved between SQLite and PostgreSQL) and xf registry roles
// (the SQL for an office's PostgreSQL roles).
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { t } from '../domain/i18n.js';
import { rolesSql } from '../registry/pg-migrations.js';
import { exportRegister, importRegister, type TransferSummary } from '../registry/transfer.js';
import { withRegistry } from './context.js';
import { printJson } from './output.js';

function summary(verb: string, s: TransferSummary, file: string): string {
  const rows = Object.entries(s.tables)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  return `${verb} ${file}: ${rows}\n${t(`哈希链完整：${s.chain.events} 个事件，链头 #${s.chain.head_seq} ${s.chain.head_hash.slice(0, 16)}…`, `the chain holds: ${s.chain.events} events, head #${s.chain.head_seq} ${s.chain.head_hash.slice(0, 16)}…`)}\n`;
}

export function registerTransfer(cmd: Command): void {
  cmd
    .command('export <file>')
    .description(
      t(
        '把整个登记簿按原样导出为一个 JSON Lines 文件（用于在 SQLite 与 PostgreSQL 之间迁移）',
        'write the whole register, rows as stored, to one JSON Lines file (to move it between SQLite and PostgreSQL)',
      ),
    )
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .action((file: string, o: { json?: boolean }) =>
      withRegistry((reg) => {
        const out = resolve(file);
        const s = exportRegister(reg, out);
        if (o.json) printJson({ ok: true, file: out, tables: s.tables, chain: { ok: s.chain.ok, events: s.chain.events, head_seq: s.chain.head_seq, head_hash: s.chain.head_hash } });
        else process.stdout.write(summary(t('已导出', 'exported'), s, out));
      }),
    );
  cmd
    .command('import <file>')
    .description(
      t(
        '把 xf registry export 的文件导入本目录新建的（空）登记簿：一个事务，导入后哈希链须完整',
        "load a file of xf registry export into this home's new (empty) register: one transaction, and the chain must verify",
      ),
    )
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .action((file: string, o: { json?: boolean }) =>
      withRegistry((reg) => {
        const s = importRegister(reg, resolve(file));
        if (o.json) printJson({ ok: true, file: resolve(file), tables: s.tables, chain: { ok: s.chain.ok, events: s.chain.events, head_seq: s.chain.head_seq, head_hash: s.chain.head_hash } });
        else process.stdout.write(summary(t('已导入', 'imported'), s, resolve(file)));
      }),
    );
  cmd
    .command('roles')
    .description(t('输出在 PostgreSQL 上建立办理员与审计员角色的 SQL（见 docs/postgres.md）', 'print the SQL that creates the clerk and auditor roles on PostgreSQL (docs/postgres.md)'))
    .option('--print-sql', t('输出 SQL（默认）', 'print the SQL (the default)'))
    .option('--schema <name>', t('登记簿所在模式', "the register's schema"), 'public')
    .option('--clerk <role>', t('办理员角色名', 'the clerk role'), 'xf_clerk')
    .option('--auditor <role>', t('审计员角色名', 'the auditor role'), 'xf_auditor')
    .action((o: { schema: string; clerk: string; auditor: string }) => {
      process.stdout.write(rolesSql(o.schema, o.clerk, o.auditor));
    });
}
