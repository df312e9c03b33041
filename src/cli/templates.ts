// xf templates list | eject ID [--to DIR] | check DIR
import type { Command } from 'commander';
import { cpSync, existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { defaultConfig, type OfficeConfig } from '../domain/config.js';
import { XfError, type Violation } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { violate } from '../domain/rules/index.js';
import { configPath, loadConfig, resolveHome } from '../registry/home.js';
import { BUNDLED_TEMPLATES_DIR, FIELDS_FILE, PRECOMPILED_FILE, TEMPLATE_FILE, findTemplateDir, listFormIds, loadTemplateDir, precompileTemplate } from '../forms/templates.js';
import { writeFileAtomic } from '../io/atomic.js';
import { segmentProblem } from '../domain/path-safety.js';
import { lintTemplateDir } from '../forms/lint.js';
import { DESCRIPTOR_KEYS } from '../forms/descriptor.js';
import { FormEngine } from '../forms/engine.js';
import { recordFromCaseFile } from '../forms/case-source.js';
import { formatViolation, printJson } from './output.js';
import { readInput } from './context.js';
import { PACKAGE_ROOT } from './demo.js';

function office(): { office: OfficeConfig; home: string } {
  const home = resolveHome();
  return { office: existsSync(configPath(home)) ? loadConfig(home) : defaultConfig(), home };
}

/** Template folders under DIR (DIR itself when it is one; nested groups such as archive/ too). */
function templateFolders(dir: string, depth = 0): string[] {
  if (existsSync(join(dir, TEMPLATE_FILE)) || existsSync(join(dir, FIELDS_FILE))) return [dir];
  if (!existsSync(dir)) throw new XfError('NOT_FOUND', t(`目录不存在：${dir}`, `no such folder: ${dir}`));
  if (depth > 1) return [];
  return readdirSync(dir)
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isDirectory())
    .sort()
    .flatMap((p) => templateFolders(p, depth + 1));
}

/**
 * Render a template against each sample case that reaches it: the expanded tree must be well formed,
 * and the first such case is rendered to PDF and DOCX in full, since a block can expand correctly
 * and still fail every render (an image without data, a table beyond the page).
 */
async function renderChecks(dir: string, off: OfficeConfig): Promise<{ checked: number; violations: Violation[] }> {
  const samples = join(PACKAGE_ROOT, 'samples');
  if (!existsSync(samples)) return { checked: 0, violations: [] };
  const tpl = loadTemplateDir(dir);
  const parent = resolve(dir, '..');
  const engine = new FormEngine({ office: off, templatesDir: parent });
  const out: Violation[] = [];
  let checked = 0;
  for (const f of readdirSync(samples)
    .filter((n) => /\.(ya?ml|json)$/.test(n))
    .sort()) {
    let rec;
    try {
      rec = recordFromCaseFile(readInput(join(samples, f)), f, off).record;
    } catch {
      continue;
    }
    if (!engine.reaches(tpl.spec.id, rec)) continue;
    checked++;
    const { violations } = engine.prepare(tpl.spec.id, rec);
    if (checked === 1 && !violations.some((v) => v.severity === 'error')) {
      try {
        await engine.render(tpl.spec.id, rec, { pdf: true, docx: true });
      } catch (e) {
        const msg = e instanceof XfError && e.violations.length ? e.violations.map((v) => v.message).join('; ') : (e as Error).message;
        out.push(violate('TEMPLATE', 'render_failed', { field: `${f}: (render)`, label: tpl.spec.title, params: { detail: msg } }));
      }
    }
    for (const v of violations) {
      // the same fault shows with every sample: report it once, naming the first sample
      if (v.rule === 'TEMPLATE' && !out.some((o) => o.message === v.message && o.field.endsWith(`: ${v.field}`))) out.push({ ...v, field: `${f}: ${v.field}` });
    }
  }
  return { checked, violations: out };
}

export function registerTemplates(program: Command): void {
  const cmd = program.command('templates').description(t('文书模板：列出、导出供本机关修改、检查', 'form templates: list, eject for local changes, check'));

  cmd
    .command('list')
    .description(t('列出文书模板及其来源', 'list form templates and where each comes from'))
    .option('--json', t('以 JSON 输出', 'JSON output'))
    .action((o: { json?: boolean }) => {
      const { office: off, home } = office();
      const own = off.templates_dir ? resolve(home, off.templates_dir) : undefined;
      const rows = listFormIds(own).map((id) => {
        const dir = findTemplateDir(id, own)!;
        const tpl = loadTemplateDir(dir, id);
        return { id, title: tpl.spec.title, source: dir.startsWith(BUNDLED_TEMPLATES_DIR) ? 'bundled' : 'office', dir };
      });
      if (o.json) {
        printJson(rows);
        return;
      }
      for (const r of rows) process.stdout.write(`${r.id}  ${r.title}  ${r.source === 'office' ? t('（本机关模板）', '(office)') : ''}${r.dir}\n`);
    });

  cmd
    .command('eject')
    .description(t('把内置模板复制到本机关模板目录，以便修改（之后优先使用）', 'copy a bundled template into the office templates folder to change it (it then takes precedence)'))
    .argument('<id>', t('文书编号', 'form id'))
    .option('--to <dir>', t('目标模板目录（默认 xf.config.json 的 templates_dir，否则 ./templates）', 'target folder (default: templates_dir of xf.config.json, else ./templates)'))
    .option('--force', t('覆盖已有的本机关模板', 'overwrite an existing office template'))
    .action((id: string, o: { to?: string; force?: boolean }) => {
      const { office: off, home } = office();
      const src = join(BUNDLED_TEMPLATES_DIR, id);
      if (segmentProblem(id) || !existsSync(join(src, TEMPLATE_FILE)))
        throw new XfError('NOT_FOUND', t(`没有内置模板「${id}」；可用：${listFormIds().join(', ')}`, `no bundled template "${id}"; available: ${listFormIds().join(', ')}`));
      const root = resolve(o.to ?? (off.templates_dir ? resolve(home, off.templates_dir) : join(home, 'templates')));
      const dst = join(root, id);
      if (existsSync(dst) && !o.force) throw new XfError('CONFLICT', t(`${dst} 已存在（用 --force 覆盖）`, `${dst} exists (use --force to overwrite)`));
      cpSync(src, dst, { recursive: true });
      process.stdout.write(dst + '\n');
      if (!off.templates_dir) process.stderr.write(t(`提示：在 xf.config.json 中设置 "templates_dir": "${root}" 使其生效\n`, `note: set "templates_dir": "${root}" in xf.config.json to use it\n`));
    });

  cmd
    .command('precompile')
    .description(t('预编译模板（form.yaml.hbs.js），加快冷启动；模板改动后重新运行', 'precompile templates (form.yaml.hbs.js) for a faster cold start; rerun after editing'))
    .argument('[dir]', t('模板目录（默认内置模板）', 'template folder (default: the bundled templates)'))
    .action((dir?: string) => {
      for (const d of templateFolders(resolve(dir ?? BUNDLED_TEMPLATES_DIR))) {
        if (!existsSync(join(d, TEMPLATE_FILE))) continue;
        writeFileAtomic(join(d, PRECOMPILED_FILE), precompileTemplate(d));
        process.stdout.write(join(d, PRECOMPILED_FILE) + '\n');
      }
    });

  cmd
    .command('check')
    .description(t('检查模板：未知字段、语法、展开后的文档结构', 'lint templates: unknown fields, syntax, the expanded document tree'))
    .argument('<dir>', t('一个模板目录，或包含多个模板目录的目录', 'a template folder, or a folder of them'))
    .option('--json', t('以 JSON 输出', 'JSON output'))
    .action(async (dir: string, o: { json?: boolean }) => {
      const { office: off } = office();
      const report = [];
      for (const d of templateFolders(resolve(dir))) {
        // templates/archive/* (the archiver's finding aids) render their own view, not a case:
        // check their syntax and fields list only
        const isForm = basename(dirname(resolve(d))) !== 'archive';
        const stat = lintTemplateDir(d, { caseView: isForm });
        const broken = stat.some((v) => /语法|syntax|缺少|missing|YAML/.test(v.message) || DESCRIPTOR_KEYS.some((k) => new RegExp(`fields\\.yaml:${k}(\\[\\d+\\])?$`).test(v.field))); // a bad descriptor: rendering would only throw
        let rendered: { checked: number; violations: Violation[] } = { checked: 0, violations: [] };
        if (!broken && isForm) {
          // a descriptor the lint reported stops the engine too: report it once, as the lint found it
          try {
            rendered = await renderChecks(d, off);
          } catch (e) {
            if (!(e instanceof XfError) || !e.violations.length) throw e;
            rendered = { checked: 0, violations: stat.some((v) => v.severity === 'error') ? [] : e.violations };
          }
        }
        report.push({ dir: d, violations: [...stat, ...rendered.violations], samples_rendered: rendered.checked });
      }
      const bad = report.filter((r) => r.violations.length);
      if (o.json) printJson({ ok: bad.length === 0, templates: report });
      else {
        for (const r of report) {
          process.stdout.write(
            `${r.violations.length ? '✗' : '✓'} ${r.dir}${r.samples_rendered ? t(`（以 ${r.samples_rendered} 个示例案件展开）`, ` (expanded with ${r.samples_rendered} samples)`) : ''}\n`,
          );
          for (const v of r.violations) process.stdout.write(formatViolation(v) + '\n');
        }
      }
      if (bad.length) process.exitCode = 1;
    });
}
