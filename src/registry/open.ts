// Opening the register of a home folder, with every module's migrations.
import { existsSync } from 'node:fs';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { dbPath, loadCalendar, loadConfig, resolveHome } from './home.js';
import { Registry, type RegistryOptions } from './registry.js';
import { checkRegisterFile, sqliteDamage } from './db-file.js';
import { pointerPath } from './database.js';

export function openRegistry(home?: string, opts: RegistryOptions = {}): Registry {
  const dir = resolveHome(home);
  const config = loadConfig(dir);
  const pointer = pointerPath(dir);
  if (existsSync(pointer)) return new Registry(pointer, config, { calendar: loadCalendar(dir, config), ...opts });
  const path = dbPath(dir);
  if (!existsSync(path)) {
    throw new XfError('NOT_FOUND', t(`未找到登记簿 ${path}：请先运行 xf init`, `no register at ${path}: run xf init first`));
  }
  checkRegisterFile(path); // 0-byte, truncated or garbage: named (exit 4), never re-created
  try {
    return new Registry(path, config, { calendar: loadCalendar(dir, config), ...opts });
  } catch (e) {
    throw sqliteDamage(path, e) ?? e;
  }
}
