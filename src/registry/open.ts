// Opening the register of a home folder, with every module's migrations.
import { existsSync } from 'node:fs';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { dbPath, loadCalendar, loadConfig, resolveHome } from './home.js';
import { AUDIT_MIGRATIONS } from '../fixity/audit-schema.js';
import { LEDGER_MIGRATIONS } from '../ledger/schema.js';
import type { Migration } from './migrations.js';
import { Registry, type RegistryOptions } from './registry.js';

/** Migrations other modules contribute (their tables live in the same file), in a fixed order. */
export const MODULE_MIGRATIONS: Migration[] = [...AUDIT_MIGRATIONS, ...LEDGER_MIGRATIONS];

export function openRegistry(home?: string, opts: RegistryOptions = {}): Registry {
  const dir = resolveHome(home);
  const config = loadConfig(dir);
  const path = dbPath(dir);
  if (!existsSync(path)) {
    throw new XfError('NOT_FOUND', t(`未找到登记簿 ${path}：请先运行 xf init`, `no register at ${path}: run xf init first`));
  }
  return new Registry(path, config, { calendar: loadCalendar(dir, config), ...opts, migrations: [...MODULE_MIGRATIONS, ...(opts.migrations ?? [])] });
}
