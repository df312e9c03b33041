// xf registry verify: recompute the event log's hash chain.
import type { Command } from 'commander';
import { t } from '../domain/i18n.js';
import type { ChainFault } from '../registry/chain.js';
import { withRegistry } from './context.js';
import { EXIT, printJson } from './output.js';

function describeFault(f: ChainFault): string {
  switch (f.kind) {
    case 'altered': return t(`事件 #${f.seq}（${f.case_no ?? ''}）内容被改动：哈希不符`, `event #${f.seq} (${f.case_no ?? ''}) was altered: its hash does not match`);
    case 'removed': return t(`自事件 #${f.seq} 起有 ${f.count ?? 1} 个事件被删除`, `${f.count ?? 1} event(s) removed starting at #${f.seq}`);
    case 'inserted': return t(`事件 #${f.seq}${f.count && f.count > 1 ? ` 起 ${f.count} 个事件` : ''}是插入的：不在原哈希链上`, `event #${f.seq}${f.count && f.count > 1 ? ` and ${f.count - 1} more` : ''} was inserted: not on the original chain`);
    case 'broken_link': return t(`事件 #${f.seq} 与前一事件的链接断开`, `event #${f.seq} does not link to the one before`);
    case 'head_mismatch': return t('链头记录与最后一个事件不符', 'the recorded chain head does not match the last event');
  }
}

export function registerRegistry(program: Command): void {
  const cmd = program.command('registry').description(t('登记簿维护', 'register maintenance'));
  cmd.command('verify')
    .description(t('重新计算办理事件日志的哈希链，指出被改动、删除或插入的事件', 'recompute the event log\'s hash chain; name any event altered, removed or inserted'))
    .option('--replay', t('同时按状态机重放每件的办理事件日志（含更正），与登记簿中的记录比对', 'also replay each case\'s log (corrections included) through the state machine and compare with the stored record'))
    .option('--json', t('以 JSON 输出', 'print JSON'))
    .addHelpText('after', t('\n退出码：0 哈希链完整（--replay：且重放一致）；1 发现改动或不一致。', '\nExit code: 0 the chain holds (--replay: and every replay matches); 1 tampered or a mismatch.'))
    .action((o: { json?: boolean; replay?: boolean }) => withRegistry((reg) => {
      const chain = reg.verifyChain();
      const replay = o.replay ? reg.verifyReplay() : [];
      const r = { ...chain, ok: chain.ok && !replay.length };
      if (o.replay && !o.json) {
        for (const m of replay) process.stdout.write(t(`重放不一致：${m.case_no}：${m.message}\n`, `replay mismatch: ${m.case_no}: ${m.message}\n`));
        if (!replay.length) process.stdout.write(t('重放一致：每件的记录均可由其办理事件日志重现\n', 'replay matches: every record follows from its log\n'));
      }
      if (o.json) printJson({ ...r, faults: r.faults.map((f) => ({ ...f, message: describeFault(f) })), ...(o.replay ? { replay_mismatches: replay } : {}) });
      else if (chain.ok) process.stdout.write(t(`哈希链完整：${r.events} 个事件，链头 #${r.head_seq} ${r.head_hash.slice(0, 16)}…\n`, `the chain holds: ${r.events} events, head #${r.head_seq} ${r.head_hash.slice(0, 16)}…\n`));
      else {
        process.stdout.write(t(`哈希链被破坏（${r.faults.length} 处）：\n`, `the chain is broken (${r.faults.length} fault(s)):\n`));
        for (const f of r.faults) process.stdout.write(`  ${describeFault(f)}\n`);
      }
      if (!r.ok) process.exitCode = EXIT.FAIL;
    }));
}
