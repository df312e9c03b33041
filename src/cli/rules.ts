// xf rules list: the rule catalogue (src/domain/rules/), so an office can see what xf enforces,
// where each rule comes from and where it applies. The forms that name a rule are read from the
// templates' fields.yaml (the office's folder first), so an office's own template shows up too.
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { t } from '../domain/i18n.js';
import { catalogue, type CatalogueEntry } from '../domain/rules/index.js';
import { listFormIds, loadTemplate } from '../forms/templates.js';
import { configPath, loadConfig, resolveHome } from '../registry/home.js';
import { printJson } from './output.js';
import { renderTable } from './table.js';

/** rule id → the forms whose fields.yaml name it. */
function formsByRule(): Map<string, string[]> {
  const home = resolveHome();
  const cfg = existsSync(configPath(home)) ? loadConfig(home) : undefined;
  const dir = cfg?.templates_dir ? resolve(home, cfg.templates_dir) : undefined;
  const out = new Map<string, string[]>();
  for (const id of listFormIds(dir)) for (const r of loadTemplate(id, dir).spec.rules) out.set(r, [...(out.get(r) ?? []), id]);
  return out;
}

/** `form` becomes form:<id> for each form naming the rule; the rest stay as they are. */
function where(e: CatalogueEntry, forms: Map<string, string[]>): string[] {
  return e.applies.flatMap((w) => (w === 'form' ? (forms.get(e.id) ?? []).map((f) => `form:${f}`) : [w]));
}

const WHERE_ZH: Record<string, string> = { registration: '登记', deadline: '期限', archive: '归档', input: '输入文件', calendar: '日历', 'event:*': '每个事件', 'form:*': '每份文书' };
const whereLabel = (w: string) => t(WHERE_ZH[w] ?? w.replace(/^event:/, '事件 ').replace(/^form:/, '文书 '), w);

export function registerRules(program: Command): void {
  const rules = program.command('rules').description(t('规则目录：xf 检查的每条规则、依据和适用环节', 'the rule catalogue: every rule xf checks, its source and where it applies'));
  rules
    .command('list')
    .description(t('列出全部规则（编号、名称、依据、适用环节、严重程度）', 'list every rule (id, label, source, where it applies, severity)'))
    .option('--json', t('以 JSON 输出（含每条规则的中英文提示）', "print JSON (with each rule's messages in both languages)"))
    .addHelpText(
      'after',
      t('\n示例：\n  xf rules list\n  xf rules list --json | jq \'.[] | select(.id == "V-DOC-9")\'', '\nExamples:\n  xf rules list\n  xf rules list --json | jq \'.[] | select(.id == "V-DOC-9")\''),
    )
    .action((o: { json?: boolean }) => {
      const forms = formsByRule();
      const list = catalogue().map((e) => ({ ...e, applies: where(e, forms) }));
      if (o.json) {
        printJson(list);
        return;
      }
      const sev = (e: (typeof list)[number]) => (e.enforced ? (e.severity === 'error' ? t('错误', 'error') : t('警告', 'warning')) : t('未检查', 'not checked'));
      process.stdout.write(
        renderTable(
          [t('编号', 'id'), t('名称', 'rule'), t('依据', 'source'), t('程度', 'severity'), t('适用', 'applies')],
          list.map((e) => [e.id, t(e.label_zh, e.label_en), e.source, sev(e), e.applies.map(whereLabel).join(t('、', ', '))]),
        ) + '\n',
      );
      process.stdout.write(t(`共 ${list.length} 条规则；--json 输出每条规则的提示语。\n`, `${list.length} rules; --json adds each rule's messages.\n`));
    });
}
