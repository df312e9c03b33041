// xf verify: check dossiers and year bundles against their digests, report every fault, record the run.
import { availableParallelism } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { writeFileAtomic } from '../io/atomic.js';
import { type Algorithm, isAlgorithm, isAvailable } from '../bagit/index.js';
import { ProgressBar } from './progress.js';
import { formatText } from '../fixity/report.js';
import { runVerify } from '../fixity/run.js';
import { keepHeapSmall } from '../fixity/pool.js';
import { parseAge, parseFraction } from '../fixity/select.js';
import { printJson } from './output.js';

interface VerifyFlags {
  format: string;
  report?: string;
  jobs?: string;
  algorithms?: string;
  quiet?: boolean;
  audit?: string;
  resume?: string;
  sample?: string;
  seed?: string;
  notCheckedSince?: string;
  register?: string;
  anchors?: string;
  publicKey?: string;
}

const usage = (zh: string, en: string) => new XfError('USAGE', t(zh, en));

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(t('校验卷宗与年度包：逐个文件核对摘要，列出全部问题，并记入审计历史', 'verify dossiers and year bundles: check every digest, report every fault, record the run'))
    .argument('[paths...]', t('卷宗、年度包或档案根目录（查找其下所有 BagIt 包）', 'a dossier, a year bundle or an archive root (every bag below is found)'))
    .option('--format <fmt>', t('输出格式：text 或 json', 'output format: text or json'), 'text')
    .option('--report <file>', t('另将 JSON 报告写入该文件', 'also write the JSON report to this file'))
    .option('-j, --jobs <n>', t('并行计算摘要的线程数（默认 CPU 核数）', 'hashing threads (default: the number of cores)'))
    .option('--algorithms <list>', t('只核对这些算法的清单，如 sha256 或 sha256,sm3（默认全部）', 'check only these manifests, e.g. sha256 or sha256,sm3 (default: all)'))
    .option('-q, --quiet', t('不显示进度条', 'no progress bar'))
    .option('--audit <store>', t('审计历史位置：.jsonl 文件、目录或 .db 数据库', 'audit history: a .jsonl file, a folder, or a .db database'))
    .option('--resume <run>', t('继续一次中断的校验，已核对的文件不再重算', 'continue an interrupted run without re-hashing what was done'))
    .option('--sample <pct>', t('抽查卷宗的比例，如 5%', 'check a sample of the dossiers, e.g. 5%'))
    .option('--seed <text>', t('抽查的随机种子（同一种子得同一样本；默认随机并记入报告）', 'seed of the sample (same seed, same sample; default random, recorded)'))
    .option('--register <db>', t('与该登记簿的归档事件核对（默认：登记簿存在时即核对）', "check against this register's archive events (default: the register, when there is one)"))
    .option(
      '--anchors <path>',
      t(
        '与这些签名锚点核对：anchors.jsonl 文件或其所在目录（年度包内的锚点总会核对）',
        'check against these signed anchors: an anchors.jsonl file or a folder of them (the anchors in year bundles are always checked)',
      ),
    )
    .option('--public-key <file>', t('机关公钥（默认：登记簿目录中的 xf.sign.pub）', "the office public key (default: xf.sign.pub in the register's home)"))
    .option('--not-checked-since <age>', t('只校验在此期间内未通过校验的卷宗，如 90d、12w、6m、1y', 'only dossiers not passed within this age, e.g. 90d, 12w, 6m, 1y'))
    .addHelpText(
      'after',
      t(
        `
退出码：0 全部完好；1 摘要不符（载荷或标签文件）；2 文件缺失或多余；3 包结构损坏；
        4 读写或权限错误；64 用法错误；130 被中断（可 --resume）。多种情形并存时取最小的非零值（64、130 优先）。
问题代码：E-MISSING E-EXTRA E-DIGEST E-UNREADABLE E-OXUM E-TAGDIGEST E-SCHEMA E-BAGIT E-YEAR
  E-DOSSIER（dossier.json 与载荷不符）E-CODE（档号不一致）E-REGISTER（与登记簿的归档摘要不符）
  E-PARTIAL（未完成的归档运行）E-ANCHOR（签名锚点不符）E-TRUNCATED（记录少于锚点所见）
审计历史默认位置：登记库存在时（$XF_HOME/xf.db，未设 XF_HOME 时为当前目录的 xf.db）记入登记库；否则记入
  档案目录下的 .xf-audit.jsonl（PATH 本身是卷宗时为其上级目录）；该目录不可写（只读介质）时记入
  $XF_HOME/audit.jsonl（未设 XF_HOME 时为 ~/.xf/audit.jsonl）。--audit 可指定 .jsonl 文件、目录或 .db 数据库。`,
        `
Exit codes: 0 all valid; 1 a digest differs (payload or tag file); 2 files missing or extra; 3 a package is
  malformed; 4 I/O or permission error; 64 usage error; 130 interrupted (--resume continues it).
  Where several apply the lowest non-zero wins, after 130 and 64.
Fault codes: E-MISSING E-EXTRA E-DIGEST E-UNREADABLE E-OXUM E-TAGDIGEST E-SCHEMA E-BAGIT E-YEAR
  E-DOSSIER (dossier.json vs payload) E-CODE (档号 differs) E-REGISTER (seal differs from the register)
  E-PARTIAL (unfinished archive run) E-ANCHOR (signed anchor contradicted) E-TRUNCATED (fewer records than an anchor saw)
Default audit history: the register's database when it exists ($XF_HOME/xf.db, or ./xf.db without
  XF_HOME); otherwise .xf-audit.jsonl in the archive folder (the folder holding PATH when PATH is itself a
  dossier); when that folder is not writable (read-only media), $XF_HOME/audit.jsonl (~/.xf/audit.jsonl
  without XF_HOME). --audit names a .jsonl file, a folder or a .db database.`,
      ),
    )
    .action(async (paths: string[], flags: VerifyFlags) => {
      if (flags.format !== 'text' && flags.format !== 'json') throw usage(`--format 只能是 text 或 json`, `--format must be text or json`);
      if (!flags.resume && paths.length === 0) throw usage('请给出要校验的目录', 'give at least one folder to verify');
      if (flags.resume && (paths.length > 0 || flags.sample || flags.notCheckedSince))
        throw usage(
          '--resume 沿用原校验的目录与抽查范围，不能再给 PATH、--sample 或 --not-checked-since',
          "--resume reuses the run's folders and selection: give no PATH, --sample or --not-checked-since",
        );
      const jobs = flags.jobs === undefined ? availableParallelism() : Number(flags.jobs);
      if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw usage(`--jobs 须为 1 到 256 的整数：${flags.jobs}`, `--jobs must be an integer from 1 to 256: ${flags.jobs}`);
      let algorithms: Algorithm[] | undefined;
      if (flags.algorithms) {
        algorithms = [];
        for (const a of flags.algorithms
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean)) {
          if (!isAlgorithm(a) || !isAvailable(a)) throw usage(`不支持的算法：${a}`, `unsupported algorithm: ${a}`);
          algorithms.push(a);
        }
      }
      let sample;
      if (flags.sample) {
        const fraction = parseFraction(flags.sample);
        if (fraction === undefined) throw usage(`--sample 须为 (0, 100] 的百分比，如 5%：${flags.sample}`, `--sample must be a percentage in (0, 100], e.g. 5%: ${flags.sample}`);
        sample = { fraction, text: flags.sample, seed: flags.seed ?? randomBytes(8).toString('hex') };
      }
      let notCheckedSince;
      if (flags.notCheckedSince) {
        const ms = parseAge(flags.notCheckedSince);
        if (ms === undefined) throw usage(`--not-checked-since 格式如 90d、12w、6m、1y：${flags.notCheckedSince}`, `--not-checked-since looks like 90d, 12w, 6m, 1y: ${flags.notCheckedSince}`);
        notCheckedSince = { ms, text: flags.notCheckedSince };
      }

      keepHeapSmall();
      const bar = ProgressBar.onTerminal('bytes', flags.quiet);
      const ac = new AbortController();
      const onSignal = () => ac.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      let result;
      try {
        result = await runVerify({
          paths,
          jobs,
          algorithms,
          audit: flags.audit,
          register: flags.register,
          anchors: flags.anchors,
          publicKey: flags.publicKey,
          resume: flags.resume,
          sample,
          notCheckedSince,
          signal: ac.signal,
          onPlanned: bar ? (p) => bar.update(p.bytesDone, p.bytesTotal, `${p.filesDone}/${p.filesTotal}`, true) : undefined,
          onProgress: bar ? (p) => bar.update(p.bytesDone, p.bytesTotal, `${p.filesDone}/${p.filesTotal}`) : undefined,
        });
      } finally {
        bar?.done();
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
      }
      const { report, store } = result;
      if (store.fallback) process.stderr.write(t(`xf: 档案目录不可写，审计记录写入 ${store.file}\n`, `xf: archive folder not writable; audit recorded in ${store.file}\n`));
      if (flags.report) writeFileAtomic(flags.report, JSON.stringify(report, null, 2) + '\n');
      if (flags.format === 'json') printJson(report);
      else process.stdout.write(formatText(report));
      process.exitCode = report.exit;
    });
}
