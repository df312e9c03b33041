// xf schema: print a published JSON Schema.
import type { Command } from 'commander';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { caseJsonSchema } from '../domain/published-schema.js';
import { printJson } from './output.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description(t('输出案件文件的 JSON Schema（与 schema/case.schema.json 相同）', 'print the case file JSON Schema (same as schema/case.schema.json)'))
    .argument('[name]', 'case', 'case')
    .action((name: string) => {
      if (name !== 'case') throw new XfError('USAGE', t(`未知的 schema：${name}（可用：case）`, `unknown schema: ${name} (known: case)`));
      printJson(caseJsonSchema());
    });
}
