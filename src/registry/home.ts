// Where the register lives ($XF_HOME, else the current folder) and its xf.config.json.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { defaultCalendar, overrideProblems, type Calendar, type CalendarOverrides } from '../domain/calendar.js';
import { OfficeConfig } from '../domain/config.js';
import { XfError, validationError } from '../domain/errors.js';
import { t } from '../domain/i18n.js';
import { schemaViolations } from '../domain/schema-check.js';
import { resolveRulePack } from '../domain/rulepacks.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { ModuleMigrations } from './migrations.js';
import { Registry } from './registry.js';
import { check } from '../domain/rules/index.js';
import { pointerPath, readPointer, writePointer } from './database.js';
import { parsePgUrl } from './pg-store.js';

export const CONFIG_FILE = 'xf.config.json';
export const DB_FILE = 'xf.db';

export function resolveHome(explicit?: string): string {
  return resolve(explicit ?? process.env.XF_HOME ?? process.cwd());
}

export function configPath(home: string): string {
  return join(home, CONFIG_FILE);
}
export function dbPath(home: string): string {
  return join(home, DB_FILE);
}

export function loadConfig(home: string): OfficeConfig {
  const p = configPath(home);
  if (!existsSync(p)) {
    throw new XfError('NOT_FOUND', t(`未找到 ${p}：请先在该目录运行 xf init（或设置 XF_HOME）`, `${p} not found: run xf init there first (or set XF_HOME)`));
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(p, 'utf8'));
  } catch (e) {
    throw new XfError('VALIDATION', t(`${p} 不是有效的 JSON：${(e as Error).message}`, `${p} is not valid JSON: ${(e as Error).message}`));
  }
  const v = schemaViolations(OfficeConfig, value);
  if (v.length) throw validationError(CONFIG_FILE, v);
  return value as OfficeConfig;
}

/** Create (or migrate) the register with every module's tables and write the settings; the
 *  database comes first, so no settings file ever points at a register that could not be made.
 *  With `database` (a postgres:// URL) the register is made there and the home records where
 *  (xf.database.json); a home keeps the backend it was made with. Returns where the register is. */
export function initHome(home: string, cfg: OfficeConfig, modules: readonly ModuleMigrations[] = [], database?: string): string {
  const v = schemaViolations(OfficeConfig, cfg);
  if (v.length) throw validationError(CONFIG_FILE, v);
  resolveRulePack(cfg.rule_packs);
  const pointer = pointerPath(home);
  if (database && existsSync(dbPath(home))) {
    throw new XfError(
      'CONFLICT',
      t(
        `${dbPath(home)} 已是本目录的登记簿（SQLite）：要迁往 PostgreSQL，请用 xf registry export 导出，在新目录 init --database 后 xf registry import`,
        `${dbPath(home)} is this home's register (SQLite): to move it to PostgreSQL, xf registry export it, init --database in a new home and xf registry import there`,
      ),
    );
  }
  if (database && existsSync(pointer)) {
    const recorded = readPointer(pointer).url;
    if (parsePgUrl(recorded).redacted !== parsePgUrl(database).redacted) {
      throw new XfError(
        'CONFLICT',
        t(
          `本目录的登记簿在 ${recorded}（${pointer}），不能改指 ${parsePgUrl(database).redacted}`,
          `this home's register is ${recorded} (${pointer}); init will not point it at ${parsePgUrl(database).redacted}`,
        ),
      );
    }
  }
  mkdirSync(home, { recursive: true });
  if (database || existsSync(pointer)) {
    new Registry(pointer, cfg, { modules, create: true, ...(database ? { databaseUrl: database } : {}) }).close();
    if (database) writePointer(home, database);
    writeFileAtomic(configPath(home), JSON.stringify(cfg, null, 2) + '\n');
    return pointer;
  }
  new Registry(dbPath(home), cfg, { modules }).close();
  writeFileAtomic(configPath(home), JSON.stringify(cfg, null, 2) + '\n');
  return dbPath(home);
}

/** The office's calendar: the package data plus its calendar_overrides file, if it names one. */
export function loadCalendar(home: string, cfg: OfficeConfig): Calendar {
  if (!cfg.calendar_overrides) return defaultCalendar();
  const p = isAbsolute(cfg.calendar_overrides) ? cfg.calendar_overrides : join(home, cfg.calendar_overrides);
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(p, 'utf8'));
  } catch (e) {
    throw new XfError('VALIDATION', t(`无法读取日历调整文件 ${p}：${(e as Error).message}`, `cannot read the calendar overrides ${p}: ${(e as Error).message}`));
  }
  const problems = overrideProblems(value);
  if (problems.length) {
    throw validationError(p, check('R-CAL-2', 'problems', { problems: problems.map((detail) => ({ field: 'calendar_overrides', detail })) }));
  }
  return defaultCalendar(value as CalendarOverrides);
}
