// xf form list | xf form ID (--case NO | --file case.yaml) | xf form batch --form ID (--status S | --cases A,B)
import { ProgressBar } from './progress.js';
import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CaseRecord } from '../domain/case.js';
import { defaultConfig, type OfficeConfig } from '../domain/config.js';
import { XfError, type Violation } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { writeFileAtomic, writeFilesAtomic } from '../io/atomic.js';
import { parseStructuredText } from '../domain/case-file.js';
import { safeJoin } from '../io/safe-path.js';
import { describeErrno, isErrno } from '../io/errno.js';
import { decodeText, parseEncoding, type InputEncoding } from '../io/text-input.js';
import { FormEngine } from '../forms/engine.js';
import { recordFromCaseFile } from '../forms/case-source.js';
import { listFormIds, loadTemplate } from '../forms/templates.js';
import { pickCopy } from '../forms/copies.js';
import { EXIT, formatViolation, guardIdentities, policyText, policyViolations, printJson } from './output.js';
import type { DemoStep } from './demo.js';
import { disclosureWanted, logDisclosure } from './disclose.js';
import { isConfidential } from '../domain/disclosure.js';
import { loadDescriptor } from '../forms/descriptor.js';

interface FormOpts {
  case?: string;
  file?: string;
  pdf?: boolean;
  docx?: boolean;
  out?: string;
  print?: boolean;
  json?: boolean;
  qr?: boolean;
  void?: boolean;
  voidReason?: string;
  reissue?: boolean;
  seal?: string;
  pdfa?: boolean;
  hearing?: string;
  service?: string;
  includeConfidential?: boolean;
  requestedBy?: string;
  form?: string;
  status?: string;
  cases?: string;
  workers?: string;
  encoding?: string;
}

// The register and its config are loaded only when a command needs them: a cold
// `xf form ID --file case.yaml` must stay well under half a second.
const context = () => import('./context.js');

/** The office settings: xf.config.json of the home folder, or the defaults for a bare --file run. */
async function officeConfig(required: boolean): Promise<{ office: OfficeConfig; home: string }> {
  const home = resolve(process.env.XF_HOME ?? process.cwd());
  if (!required && !existsSync(join(home, 'xf.config.json'))) return { office: defaultConfig(), home };
  const { loadConfig } = await import('../registry/home.js');
  return { office: loadConfig(home), home };
}

function templatesDir(office: OfficeConfig, home: string): string | undefined {
  return office.templates_dir ? resolve(home, office.templates_dir) : undefined;
}

function printWarnings(ws: Violation[]): void {
  for (const w of ws.filter((x) => x.severity === 'warning')) process.stderr.write(formatViolation(w) + '\n');
}

function outPaths(dir: string, caseNo: string, formId: string): { pdf: string; docx: string } {
  // the case number becomes a file name: one segment inside --out, never ../ or a NUL (V-PATH-1)
  const base = safeJoin(dir, `${caseNo}-${formId}`, 'case_no');
  return { pdf: `${base}.pdf`, docx: `${base}.docx` };
}

async function formOne(id: string, o: FormOpts): Promise<void> {
  if (!o.case === !o.file) throw new XfError('USAGE', t('请用 --case 编号 或 --file 案件文件 之一指定案件', 'give exactly one of --case NO or --file case.yaml'));
  // unknown form: a clear NOT_FOUND before anything else (an office's own forms count: its templates_dir)
  {
    const c = await officeConfig(false);
    loadTemplate(id, templatesDir(c.office, c.home));
  }
  // a void is on the record for good: it needs its reason
  if (o.void && !o.voidReason?.trim())
    throw new XfError('USAGE', t('作废四联单须写明原因：--void-reason 原因', 'voiding a contact slip needs its reason: --void-reason TEXT'), [], { field: '--void-reason' });
  if ((o.void || o.reissue) && id !== 'proxy_contact_slip')
    throw new XfError('USAGE', t('--void / --reissue 只用于四联单（proxy_contact_slip）', '--void / --reissue are for the contact slip (proxy_contact_slip) only'));
  if (o.void && o.reissue) throw new XfError('USAGE', t('--void 与 --reissue 不能同时使用：先作废，再补发', 'use --void, then --reissue, not both at once'));
  if ((o.void || o.reissue) && !o.case) throw new XfError('USAGE', t('作废与补发编号记入登记簿：请用 --case 编号', 'voiding and reissuing are recorded in the register: use --case NO'));
  const wanted = disclosureWanted(o); // --include-confidential without --requested-by: refused on every form
  const wantPdf = !!o.pdf || !o.docx;
  const wantDocx = !!o.docx;
  let record: CaseRecord;
  let office: OfficeConfig;
  let home: string;
  let warnings: Violation[] = [];
  let voided = !!o.void;
  let masked = false;
  if (o.file) {
    ({ office, home } = await officeConfig(false));
    const text = readText(o.file, parseEncoding(o.encoding));
    guardRawFile(text, o.file); // its errors quote no identity (what the user asked to see is the form, not the messages)
    const r = recordFromCaseFile(text, o.file, office);
    record = r.record;
    warnings = r.warnings;
    // a case file is held to the same policy as the register: an internal form of a confidential case
    // shows identities only on a logged request, logged in the register of the home folder
    const internal = isConfidential(record) && loadDescriptor(loadTemplate(id, templatesDir(office, home)).dir, id).audience.includes('internal');
    if (internal && wanted) {
      if (!existsSync(join(home, 'xf.db')))
        throw new XfError(
          'USAGE',
          t(
            '--include-confidential 须记录在登记簿：请在有登记簿的目录（或 XF_HOME）运行，或不加该选项（信访人信息以“（保密）”代替）',
            '--include-confidential is logged in the register: run it where the register is (or set XF_HOME), or without it (identities print as （保密）)',
          ),
          [],
          { field: '--include-confidential' },
        );
      const { withRegistry } = await context();
      withRegistry((reg) => logDisclosure(reg, `form ${id}`, `--file ${o.file}`, o.requestedBy!, [record.case_no]));
    } else if (internal) masked = true;
  } else {
    ({ office, home } = await officeConfig(true));
    const { withRegistry } = await context();
    record = withRegistry((reg) => {
      let rec = reg.getCase(o.case!);
      // an internal form of a confidential case: identities only on an explicit, logged request (SPEC §7.8)
      const internal = isConfidential(rec) && loadDescriptor(loadTemplate(id, templatesDir(office, home)).dir, id).audience.includes('internal');
      if (!(internal && wanted)) guardIdentities(rec); // errors and warnings quote no identity the form may not show
      if (id === 'proxy_contact_slip' && o.reissue) rec = reg.reissueSlip(rec.case_no);
      if (internal && wanted) logDisclosure(reg, `form ${id}`, rec.case_no, o.requestedBy!, [rec.case_no]);
      else if (internal) masked = true;
      if (id === 'proxy_contact_slip' && rec.slip_no) {
        const issue = reg.serialIssues('LXD').find((s) => s.serial === rec.slip_no);
        if (o.void && issue && !issue.voided) reg.voidSerial(rec.slip_no, o.voidReason!.trim());
        if (o.void || issue?.voided) voided = true;
      }
      return rec;
    });
  }
  const engine = new FormEngine({ office, home, ...(templatesDir(office, home) ? { templatesDir: templatesDir(office, home)! } : {}) });
  // one copy of a per-service / per-hearing form: the one asked for, else the latest
  record = pickCopy(engine.descriptor(id), record, {
    ...(o.service !== undefined ? { service: count('--service', o.service) } : {}),
    ...(o.hearing !== undefined ? { hearing: count('--hearing', o.hearing) } : {}),
  });
  const seal = o.seal ? readFileSync(o.seal) : undefined;
  const r = await engine.render(id, record, { pdf: wantPdf, docx: wantDocx, qr: !!o.qr, void: voided, ...(seal ? { seal } : {}), ...(masked ? { masked } : {}) });
  if (o.pdfa && r.pdf) r.pdf = await (await import('../forms/render/pdf.js')).toPdfA(r.pdf);
  const paths = outPaths(o.out ?? '.', record.case_no, id);
  // --pdf --docx: both files or neither
  const set = [...(r.pdf ? [{ path: paths.pdf, data: r.pdf }] : []), ...(r.docx ? [{ path: paths.docx, data: r.docx }] : [])];
  writeFilesAtomic(set);
  const files = set.map((f) => f.path);
  const all = [...warnings, ...r.warnings];
  if (o.print && r.pdf) await printFile(paths.pdf);
  if (o.json) {
    printJson({ ok: true, form: id, case_no: record.case_no, files, warnings: policyViolations(all.filter((w) => w.severity === 'warning')) });
    return;
  }
  printWarnings(all);
  for (const f of files) process.stdout.write(f + '\n');
}

function count(flag: string, v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1) throw new XfError('USAGE', t(`${flag} 应为从 1 起的序号，现为 ${v}`, `${flag} must be a number from 1, got ${v}`));
  return n;
}

function readText(path: string, encoding?: InputEncoding): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new XfError(err.code === 'ENOENT' ? 'NOT_FOUND' : 'IO', t(`无法读取 ${path}：${err.code ?? err.message}`, `cannot read ${path}: ${err.code ?? err.message}`));
  }
  return decodeText(bytes, path === '-' ? 'stdin' : path, encoding);
}

// child_process (with net and dgram) and the batch's worker_threads load only for the commands that use them
async function printFile(path: string): Promise<void> {
  const { spawnSync } = await import('node:child_process');
  const has = spawnSync('sh', ['-c', 'command -v lp'], { stdio: 'ignore' }).status === 0;
  if (!has) throw new XfError('NOT_FOUND', t('未安装打印命令 lp（CUPS），文件已写出但未打印', 'lp (CUPS) is not installed: the file was written but not printed'));
  const r = spawnSync('lp', [path], { stdio: 'inherit' });
  if (r.status !== 0) throw new XfError('IO', t(`打印失败（lp 退出码 ${r.status}）`, `printing failed (lp exit ${r.status})`));
}

async function formBatch(o: FormOpts): Promise<void> {
  if (!o.form) throw new XfError('USAGE', t('batch 需要 --form 文书编号', 'batch needs --form ID'));
  if (!o.status === !o.cases) throw new XfError('USAGE', t('请用 --status 状态 或 --cases 编号,编号 之一选择案件', 'give one of --status S or --cases A,B'));
  const wanted = disclosureWanted(o);
  const { office, home } = await officeConfig(true);
  const tplDir = templatesDir(office, home);
  loadTemplate(o.form, tplDir);
  const engine = new FormEngine({ office, home, ...(tplDir ? { templatesDir: tplDir } : {}) });
  // the same policy as `xf form`: an internal form shows a confidential case's identities only on a
  // logged --include-confidential; outgoing forms are built for their audience by the engine
  const internal = engine.descriptor(o.form).audience.includes('internal');
  const { withRegistry } = await context();
  const { reachable, skipped } = withRegistry((reg) => {
    const nos = o.cases
      ? o.cases
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : reg.listCases({ status: o.status }).map((c) => c.case_no);
    const records = nos.map((no) => reg.getCase(no));
    // one copy per case, the one `xf form` prints by default: the latest service or hearing
    const reachable = records.filter((r) => engine.reaches(o.form!, r)).map((r) => pickCopy(engine.descriptor(o.form!), r, {}));
    const shown = internal && wanted ? reachable.filter(isConfidential).map((r) => r.case_no) : [];
    if (shown.length) logDisclosure(reg, `form batch ${o.form}`, o.cases ? 'cases' : `status ${o.status}`, o.requestedBy!, shown);
    for (const r of records) if (!(internal && wanted)) guardIdentities(r);
    return { reachable, skipped: records.length - reachable.length };
  });
  const wantPdf = !!o.pdf || !o.docx;
  const started = Date.now();
  const failures: string[] = [];
  let unwritten = 0;
  const bar = ProgressBar.onTerminal('count', o.json);
  const { runBatch } = await import('../forms/batch.js');
  const ran = await runBatch({ formId: o.form, office, home, ...(tplDir ? { templatesDir: tplDir } : {}), pdf: wantPdf, docx: !!o.docx, ...(internal && !wanted ? { masked: true } : {}) }, reachable, {
    ...(o.workers ? { workers: count('--workers', o.workers) } : {}),
    onResult: (r, done, total) => {
      try {
        const paths = outPaths(o.out ?? '.', r.case_no, o.form!);
        // both files or neither, as `xf form --pdf --docx`
        writeFilesAtomic([...(r.pdf ? [{ path: paths.pdf, data: r.pdf }] : []), ...(r.docx ? [{ path: paths.docx, data: r.docx }] : [])]);
      } catch (e) {
        // this case's set is not written (nothing of it is left); the batch goes on with the others
        if (!isErrno(e) && !(e instanceof XfError)) throw e;
        unwritten++;
        failures.push(
          policyText(`${r.case_no}: ${isErrno(e) ? t(`写入失败：${describeErrno(e)}${e.path ? `：${e.path}` : ''}`, `cannot write: ${describeErrno(e)}${e.path ? `: ${e.path}` : ''}`) : e.message}`),
        );
      }
      if (r.error)
        failures.push(
          policyText(
            `${r.case_no}: ${r.error}${(r.violations ?? [])
              .filter((v) => v.severity === 'error')
              .map((v) => '\n' + formatViolation(v))
              .join('')}`,
          ),
        );
      bar?.update(done, total);
    },
  });
  bar?.done();
  const res = { ok: ran.ok - unwritten, failed: ran.failed + unwritten };
  const secs = (Date.now() - started) / 1000;
  if (o.json) {
    printJson({ ok: res.failed === 0, form: o.form, rendered: res.ok, failed: res.failed, skipped, seconds: secs, failures });
  } else {
    for (const f of failures) process.stderr.write(`xf: ${f}\n`);
    process.stdout.write(
      t(
        `已生成 ${res.ok} 份「${o.form}」，失败 ${res.failed} 份，未到达该阶段跳过 ${skipped} 件（${secs.toFixed(1)} 秒）\n`,
        `rendered ${res.ok} ${o.form}, ${res.failed} failed, ${skipped} skipped (not at that stage) in ${secs.toFixed(1)} s\n`,
      ),
    );
  }
  if (res.failed) process.exitCode = unwritten ? EXIT.IO : EXIT.FAIL;
}

/** A --file case that is confidential: its identities stay out of the errors about it, even when it does not parse as a case. */
function guardRawFile(text: string, source: string): void {
  try {
    guardIdentities(parseStructuredText(text, source).value);
  } catch {
    // what does not parse is reported by the case reader itself
  }
}

async function formList(o: FormOpts): Promise<void> {
  const { office, home } = await officeConfig(false);
  const dir = templatesDir(office, home);
  const rows = listFormIds(dir).map((id) => {
    const tpl = loadTemplate(id, dir);
    return { id, title: tpl.spec.title, layout: tpl.spec.layout, doc_type: tpl.spec.doc_type ?? `doc.${id}`, template: tpl.dir, rules: tpl.spec.rules };
  });
  if (o.json) {
    printJson(rows);
    return;
  }
  const w = Math.max(...rows.map((r) => r.id.length));
  for (const r of rows) process.stdout.write(`${r.id.padEnd(w)}  ${r.title}${r.rules.length ? `  [${r.rules.join(' ')}]` : ''}\n`);
}

export function registerForm(program: Command): void {
  program
    .command('form')
    .description(
      t(
        '生成文书：xf form list；xf form 文书 --case 编号|--file 案件文件；xf form batch --form 文书 --status 状态|--cases 编号,…',
        'print forms: xf form list; xf form ID --case NO|--file case.yaml; xf form batch --form ID --status S|--cases A,B',
      ),
    )
    .argument('<id>', t('文书编号（见 xf form list），或 list、batch', 'form id (see xf form list), or list, batch'))
    .option('--case <no>', t('登记簿中的案件编号', 'case number in the register'))
    .option('--file <path>', t('案件文件（YAML/JSON），无需登记簿', 'case file (YAML/JSON), no register needed'))
    .option('--encoding <enc>', t('--file 的编码：utf-8（默认，可带 BOM）、gb18030、gbk、big5', 'encoding of --file: utf-8 (default, BOM accepted), gb18030, gbk, big5'))
    .option('--pdf', t('生成 PDF（默认）', 'write PDF (default)'))
    .option('--docx', t('生成 DOCX', 'write DOCX'))
    .option('--out <dir>', t('输出目录（默认当前目录）', 'output folder (default: current)'))
    .option('--pdfa', t('PDF 按 PDF/A-1b（GB/T 23286.1）长期保存格式生成', 'write the PDF as PDF/A-1b (GB/T 23286.1, archival)'))
    .option('--print', t('生成后用 lp 打印', 'print with lp afterwards'))
    .option('--qr', t('加印核验二维码（案件编号与内容摘要）', 'add the verification QR code (case number and content digest)'))
    .option('--seal <png>', t('机关提供的电子印章图片（PNG），置于印章区；不提供则只预留印章区', "the office's e-seal image (PNG) for the seal zone; without it the zone is left empty"))
    .option('--hearing <n>', t('听证文书：打印第 n 次听证（默认最近一次）', 'hearing forms: print hearing n (default: the latest)'))
    .option('--service <n>', t('送达回证：打印第 n 次送达（默认最近一次）', 'service certificate: print service n (default: the latest)'))
    .option('--void', t('四联单：作废该编号并打印四联均标“作废”的一套', 'contact slip: void the serial and print the set marked 作废'))
    .option('--void-reason <text>', t('作废原因（--void 必填，记入登记簿）', 'why the slip is voided (required with --void, recorded)'))
    .option('--reissue', t('四联单：原编号已作废时为本案补发新编号（原编号仍记为作废）', 'contact slip: issue a new serial for the case after a void (the old one stays recorded as voided)'))
    .option('--form <id>', t('batch：文书编号', 'batch: form id'))
    .option('--status <status>', t('batch：按案件状态选择', 'batch: cases in this status'))
    .option('--cases <list>', t('batch：案件编号，逗号分隔', 'batch: case numbers, comma-separated'))
    .option('--workers <n>', t('batch：工作线程数（默认 CPU 数）', 'batch: worker threads (default: CPUs)'))
    .option(
      '--include-confidential',
      t('内部文书：显示保密件信访人身份信息（须 --requested-by，记录在登记簿）', "internal forms: show a confidential case's petitioner identities (needs --requested-by; logged)"),
    )
    .option('--requested-by <name>', t('申请人（记录在登记簿）', 'who asked (logged)'))
    .option('--json', t('以 JSON 输出结果', 'print the result as JSON'))
    .action(async (id: string, o: FormOpts) => {
      if (id === 'list') return formList(o);
      if (id === 'batch') return formBatch(o);
      return formOne(id, o);
    });
}

/** demo: every form each sample case reaches, as PDF and DOCX under demo-out/forms/<case_no>/. */
export const formsDemoStep: DemoStep = async ({ out, registry, say }) => {
  const engine = new FormEngine({ office: registry.config });
  let n = 0;
  const failed: string[] = [];
  for (const c of registry.listCases()) {
    const rec = registry.getCase(c.case_no);
    for (const id of listFormIds()) {
      if (!engine.reaches(id, rec)) continue;
      try {
        const r = await engine.render(id, rec, { pdf: true, docx: true });
        const dir = join(out, 'forms', rec.case_no);
        writeFileAtomic(join(dir, `${id}.pdf`), r.pdf!);
        writeFileAtomic(join(dir, `${id}.docx`), r.docx!);
        n++;
      } catch (e) {
        failed.push(`${rec.case_no}/${id}: ${(e as Error).message}`);
      }
    }
  }
  say(t(`  文书：生成 ${n} 份（PDF 与 DOCX 各一），位于 ${join(out, 'forms')}`, `  forms: ${n} documents (PDF and DOCX each) in ${join(out, 'forms')}`));
  for (const f of failed) say(`  ! ${f}`);
};
