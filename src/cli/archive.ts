// xf archive case NO | xf archive year YYYY: file closed cases as BagIt dossiers (SPEC §7). The work
// is in src/archive; this module parses options, shows progress and prints.
import { ProgressBar } from './progress.js';
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { resolveHome } from '../registry/home.js';
import type { Registry } from '../registry/registry.js';
import { pinnedToday } from './context.js';
import { openRegister } from './modules.js';
import { guardIdentities, policyText, policyViolations, printJson } from './output.js';
import { anchorDossier, anchorRegister, anchorYear } from '../anchors/sign.js';
import { parseRetention } from '../archive/retention.js';

/** Signed anchors of what was filed (nothing when the office has no signing key; see xf init). */
function signFiled(reg: Registry, dossiers: { code: string; seal: string }[], bundleDir: string | undefined): void {
  const home = resolveHome();
  for (const d of dossiers) anchorDossier(home, reg, d.code, d.seal);
  if (bundleDir) anchorYear(home, reg, bundleDir);
  anchorRegister(home, reg);
}

interface ArchiveFlags {
  out?: string;
  json?: boolean;
  allowIncomplete?: boolean;
  reason?: string;
  retention?: string;
  attachments?: string;
  mode?: string;
  order?: string;
  quiet?: boolean;
  sm3Manifest?: boolean;
}

function check(flags: ArchiveFlags): void {
  if (flags.mode && flags.mode !== 'item' && flags.mode !== 'file') throw new XfError('USAGE', t(`--mode 只能是 item 或 file：${flags.mode}`, `--mode must be item or file: ${flags.mode}`));
  if (flags.order && flags.order !== 'conclusion_first' && flags.order !== 'chronological')
    throw new XfError('USAGE', t(`--order 只能是 conclusion_first 或 chronological：${flags.order}`, `--order must be conclusion_first or chronological: ${flags.order}`));
  if (flags.reason !== undefined && !flags.allowIncomplete && flags.retention === undefined)
    throw new XfError('USAGE', t('--reason 只与 --allow-incomplete 或 --retention 一起使用', '--reason goes with --allow-incomplete or --retention'));
  if (flags.retention !== undefined) {
    if (!parseRetention(flags.retention))
      throw new XfError('USAGE', t(`--retention 只能是 永久、30年、10年（或 Y、D30、D10）：${flags.retention}`, `--retention must be 永久, 30年 or 10年 (or Y, D30, D10): ${flags.retention}`));
    if (!flags.reason?.trim())
      throw new XfError('USAGE', t('--retention 须同时用 --reason "…" 说明理由（记入备考表和登记簿）', '--retention needs --reason "…" (written into the 备考表 and the register)'));
  }
}

/** Open the register, the document engine and the archiver; close the register afterwards. */
async function withArchiver<T>(flags: ArchiveFlags, fn: (a: import('../archive/archiver.js').Archiver, reg: Registry) => Promise<T>): Promise<T> {
  check(flags);
  const home = resolveHome();
  const today = pinnedToday();
  const reg = openRegister(home, today ? { today } : {});
  // a year run reads each case once: the register's 64 MiB page cache would only grow the resident set
  reg.limitPageCache(8192);
  try {
    const [{ Archiver }, { FormEngine }] = await Promise.all([import('../archive/archiver.js'), import('../forms/engine.js')]);
    const office = reg.config;
    const engine = new FormEngine({ office, ...(office.templates_dir ? { templatesDir: resolve(home, office.templates_dir) } : {}) });
    const sealPath = office.archive?.seal_png ? resolve(home, office.archive.seal_png) : undefined;
    if (sealPath && !existsSync(sealPath))
      throw new XfError('USAGE', t(`xf.config.json 的 archive.seal_png 指向的电子印章文件不存在：${sealPath}`, `archive.seal_png in xf.config.json names no file: ${sealPath}`));
    const archiver = new Archiver(reg, engine, {
      ...(sealPath ? { seal: readFileSync(sealPath) } : {}),
      out: resolve(flags.out ?? join(home, 'archive')),
      attachmentsDir: resolve(flags.attachments ?? home),
      ...(flags.allowIncomplete ? { allowIncomplete: true } : {}),
      ...(flags.reason !== undefined ? { reason: flags.reason } : {}),
      ...(flags.retention !== undefined ? { retention: { code: parseRetention(flags.retention)!, reason: flags.reason!.trim() } } : {}),
      ...(flags.mode ? { mode: flags.mode as 'item' | 'file' } : {}),
      ...(flags.order ? { order: flags.order as 'conclusion_first' | 'chronological' } : {}),
      ...(flags.sm3Manifest ? { sm3Manifest: true } : {}),
      home,
    });
    return await fn(archiver, reg);
  } finally {
    reg.close();
  }
}

/** The confidential cases a run may fail on: their identities stay out of its errors (SPEC §7.8). */
function guardCases(reg: Registry, caseNos: readonly string[]): void {
  for (const no of caseNos) {
    try {
      guardIdentities(reg.getCase(no));
    } catch {
      // an unknown case number is the archiver's error to report
    }
  }
}

function common(cmd: Command): Command {
  return cmd
    .option('--out <dir>', t('档案根目录（默认 $XF_HOME/archive）；卷宗写入 <dir>/<年度包>/<档号>/', 'archive root (default $XF_HOME/archive); dossiers go to <dir>/<bundle>/<档号>/'))
    .option('--allow-incomplete', t('归档材料不齐全（V-ARC-1）时仍归档；须同时给出 --reason', 'file even when the checklist (V-ARC-1) is incomplete; needs --reason'))
    .option('--reason <text>', t('不完整归档的理由，记入备考表和 dossier.json', 'why it is filed incomplete; written into the 备考表 and dossier.json'))
    .option('--attachments <dir>', t('附件材料相对路径的基准目录（默认 $XF_HOME）', 'folder that relative attachment paths start from (default $XF_HOME)'))
    .option('--mode <mode>', t('整理方式 item（按件）或 file（立卷），默认取 xf.config.json', 'filing mode item or file (default: xf.config.json)'))
    .option('--order <order>', t('卷内排列 conclusion_first 或 chronological，默认取 xf.config.json', 'order conclusion_first or chronological (default: xf.config.json)'))
    .option(
      '--sm3-manifest',
      t(
        '另写 manifest-sm3.txt 与 tagmanifest-sm3.txt（SM3 摘要总在 sm3-digests.txt 中；部分 BagIt 工具不认 sm3 清单）',
        'also write manifest-sm3.txt and tagmanifest-sm3.txt (the SM3 digests are always in sm3-digests.txt; some BagIt tools reject an sm3 manifest)',
      ),
    )
    .option('--json', t('以 JSON 输出结果', 'print the result as JSON'));
}

export function registerArchive(program: Command): void {
  const archive = program
    .command('archive')
    .description(t('立卷归档：把办理终结的案件整理为带摘要清单的卷宗（BagIt），按年度成包', 'file terminated cases as checksummed dossiers (BagIt), bundled by year'));

  common(
    archive
      .command('case')
      .description(t('归档一件办理终结的案件', 'archive one terminated case'))
      .argument('<case_no>', t('信访件编号', 'case number'))
      .option(
        '--retention <period>',
        t(
          '由立卷人确定本案保管期限：永久、30年、10年（或 Y、D30、D10），须同时用 --reason 说明理由；记入登记簿、备考表和 dossier.json',
          "the archivist's own retention for this case: 永久, 30年 or 10年 (or Y, D30, D10), with --reason; recorded in the register, the 备考表 and dossier.json",
        ),
      ),
  ).action(async (caseNo: string, flags: ArchiveFlags) => {
    const r = await withArchiver(flags, async (a) => {
      guardCases(a.reg, [caseNo]);
      const res = await a.archiveCase(caseNo);
      // a bundle that already has its year manifest gets it brought up to date
      const year = res.outcome === 'already' ? undefined : await (await import('../archive/year.js')).refreshYearBundle(a, res.year);
      if (res.outcome === 'archived') signFiled(a.reg, [{ code: res.archival_code, seal: res.tag_manifest_sha256 }], year ? a.bundleDir(res.year) : undefined);
      return { ...res, ...(year ? { year_manifest_sha256: year.manifest_sha256 } : {}) };
    });
    if (flags.json) {
      printJson({ ok: true, ...r });
      return;
    }
    const verb =
      r.outcome === 'archived'
        ? t('已归档', 'archived')
        : r.outcome === 'reproduced'
          ? t('已重建卷宗（与登记簿记录一致）', 'dossier rebuilt (matches the register)')
          : t('此前已归档，卷宗完好', 'already archived, dossier intact');
    const lines = [
      `${verb} ${r.case_no} → ${t('档号', '档号')} ${r.archival_code}${r.recovered ? t('（接续中断的归档）', ' (finished an interrupted run)') : ''}`,
      `  ${t('卷宗', 'dossier')}：${r.path}`,
      `  ${t('标签清单摘要（已记入登记簿）', 'tag manifest SHA-256 (in the register)')}：${r.tag_manifest_sha256}`,
    ];
    if (r.complete === false) lines.push(`  ${t('不完整归档，缺少', 'filed incomplete; missing')}：${(r.missing ?? []).join('；')}`);
    process.stdout.write(lines.join('\n') + '\n');
    for (const w of r.warnings ?? []) process.stderr.write(`${t('警告', 'warning')}：${policyText(w)}\n`);
  });

  common(
    archive
      .command('year')
      .description(t('归档某年度办理终结、尚未归档的全部案件，生成年度归档文件目录和年度清单', 'archive every case terminated in the year and not yet archived; write the year index and manifest'))
      .argument('<year>', t('年度，如 2026', 'year, e.g. 2026'))
      .option('-q, --quiet', t('不显示进度条', 'no progress bar')),
  ).action(async (yearArg: string, flags: ArchiveFlags) => {
    const year = Number(yearArg);
    if (!/^\d{4}$/.test(yearArg)) throw new XfError('USAGE', t(`年度应为四位数字：${yearArg}`, `the year must have four digits: ${yearArg}`));
    const { archiveYear } = await import('../archive/year.js');
    const bar = ProgressBar.onTerminal('count', flags.quiet || flags.json);
    // Interrupted (Ctrl-C, kill): say what was done and how to go on, then exit 130. Each case is
    // filed in one step (hidden folder renamed, then the register's event), so what is done stays done.
    let seen: { done: number; total: number; phase: string; case_no?: string } = { done: 0, total: 0, phase: 'cases' };
    const onSignal = (sig: NodeJS.Signals) => {
      bar?.done();
      process.stderr.write(
        t(
          `\nxf archive year ${year} 已中断（${sig}）：已处理 ${seen.done}/${seen.total} 件${seen.phase === 'index' ? '，年度目录与年度清单尚未写完' : ''}；已归档的卷宗完整并已记入登记簿，` +
            `未完成的临时目录将在下次运行时清除。重新运行同一命令即可接续。\n`,
          `\nxf archive year ${year} interrupted (${sig}): ${seen.done}/${seen.total} cases done${seen.phase === 'index' ? ', the year index and manifest not yet written' : ''}; the dossiers filed are whole and in the register, ` +
            `the unfinished temporary folder is removed by the next run. Run the same command again to go on.\n`,
        ),
      );
      process.exit(130);
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let r;
    try {
      r = await withArchiver(flags, async (a) => {
        guardCases(
          a.reg,
          a.reg
            .listCases({})
            .filter((c) => c.confidential)
            .map((c) => c.case_no),
        );
        const res = await archiveYear(a, year, (p) => {
          seen = { ...p };
          bar?.update(p.done, p.total, p.phase === 'index' ? t('目录', 'index') : t('案件', 'cases'));
        });
        signFiled(a.reg, [], res.aids ? res.path : undefined);
        return res;
      });
    } finally {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    }
    bar?.done();
    if (flags.json) printJson(policyViolations({ ok: r.failures.length === 0, ...r }));
    else {
      const lines = [
        t(
          `${year} 年度：本次归档 ${r.archived} 件${r.recovered ? `（其中接续中断 ${r.recovered} 件）` : ''}${r.incomplete ? `，不完整归档 ${r.incomplete} 件` : ''}${r.reproduced ? `，重建卷宗 ${r.reproduced} 件` : ''}`,
          `${year}: archived ${r.archived}${r.recovered ? ` (${r.recovered} finishing an interrupted run)` : ''}${r.incomplete ? `, ${r.incomplete} incomplete` : ''}${r.reproduced ? `, ${r.reproduced} dossiers rebuilt` : ''}`,
        ),
        `  ${t('年度包', 'bundle')}：${r.path}`,
      ];
      if (r.aids) lines.push(`  ${t('卷宗', 'dossiers')} ${r.aids.dossiers}，${t('年度清单 year-manifest.json 摘要', 'year-manifest.json SHA-256')}：${r.aids.manifest_sha256}`);
      for (const w of r.warnings) process.stderr.write(`${t('警告', 'warning')}：${w}\n`);
      for (const f of r.failures) {
        lines.push(`  ${t('未归档', 'not archived')} ${f.case_no}：${policyText(f.message)}`);
        for (const m of f.missing ?? []) lines.push(`    - ${policyText(m)}`);
      }
      process.stdout.write(lines.join('\n') + '\n');
    }
    if (r.failures.length) process.exitCode = 1;
  });
}
