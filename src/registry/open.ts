// Opening the register of a home folder, with every module's migrations.
import { existsSync } from 'node:fs';
import { XfError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { dbPath, loadCalendar, loadConfig, resolveHome } from './home.js';
import { Registry, type RegistryOptions } from './registry.js';
import { checkRegisterFile, sqliteDamage } from './db-file.js';
import { pointerPath } from './database.js';
import type { OfficeConfig } from '../domain/config.js';

export function openRegistry(home?: string, opts: RegistryOptions = {}): Registry {
  const at = registerLocation(home);
  if (at.pointer) return new Registry(at.file, at.config, { calendar: loadCalendar(at.dir, at.config), ...opts });
  try {
    return new Registry(at.file, at.config, { calendar: loadCalendar(at.dir, at.config), ...opts });
  } catch (e) {
    throw sqliteDamage(at.file, e) ?? e;
  }
}

/** Where a home's register is (its PostgreSQL pointer or its SQLite file), after the checks every
 *  open makes first: settings, a missing register, a damaged file. */
export function registerLocation(home?: string): { dir: string; config: OfficeConfig; file: string; pointer: boolean } {
  const dir = resolveHome(home);
  const config = loadConfig(dir);
  const pointer = pointerPath(dir);
  if (existsSync(pointer)) return { dir, config, file: pointer, pointer: true };
  const path = dbPath(dir);
  if (!existsSync(path)) {
    throw new XfError('NOT_FOUND', t(`未找到登记簿 ${path}：请先运行 xf init`, `no register at ${path}: run xf init first`));
  }
  checkRegisterFile(path); // 0-byte, truncated or garbage: named (exit 4), never re-created
  return { dir, config, file: path, pointer: false };
}
