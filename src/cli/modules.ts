// The composition root of the register: the modules that keep tables in the register's file hand
// their migrations in here, so src/registry/ depends on none of them. Every command opens the
// register through these functions.
import { AUDIT_MIGRATIONS } from '../fixity/audit-schema.js';
import { LEDGER_MIGRATIONS } from '../ledger/schema.js';
import type { OfficeConfig } from '../domain/config.js';
import { orderMigrations, type ModuleMigrations } from '../registry/migrations.js';
import { openRegistry, registerLocation } from '../registry/open.js';
import { initHome, loadCalendar } from '../registry/home.js';
import { Registry, type RegistryOptions } from '../registry/registry.js';

/** In the order their tables were first added to the register (never reorder a shipped list). */
export const REGISTER_MODULES: readonly ModuleMigrations[] = [
  { module: 'fixity', migrations: AUDIT_MIGRATIONS },
  { module: 'ledger', migrations: LEDGER_MIGRATIONS },
];

/** The register of a home folder ($XF_HOME or the current folder), with every module's tables. */
export function openRegister(home?: string, opts: RegistryOptions = {}): Registry {
  return openRegistry(home, { modules: REGISTER_MODULES, ...opts });
}

/** The SQLite file of the home's register for a read-only query that opens no Registry, after the
 *  same checks as opening it (settings, calendar overrides, a missing or damaged file); undefined
 *  for a PostgreSQL register. `migrations`: every id the register must have applied. */
export function registerFileToRead(home?: string): { file: string; migrations: string[] } | undefined {
  const at = registerLocation(home);
  if (at.config.calendar_overrides) loadCalendar(at.dir, at.config); // the defaults cannot fail; a bad overrides file fails every command alike
  return at.pointer ? undefined : { file: at.file, migrations: orderMigrations(REGISTER_MODULES).map((m) => m.id) };
}

/** The register at a path, with every module's tables (the demo's fresh register). */
export function registerAt(path: string, config: OfficeConfig, opts: RegistryOptions = {}): Registry {
  return new Registry(path, config, { modules: REGISTER_MODULES, ...opts });
}

/** `xf init`: create the register with every module's tables (in SQLite, or in the PostgreSQL
 *  database named), then the settings; returns where the register is. */
export function initRegister(home: string, cfg: OfficeConfig, database?: string): string {
  return initHome(home, cfg, REGISTER_MODULES, database);
}
