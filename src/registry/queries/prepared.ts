// Statements prepared on first use, then reused: a module's table may be absent from a register
// opened without that module's migrations, and SQLite refuses to prepare against a missing table.
import type Database from 'better-sqlite3';

export type Lazy = () => Database.Statement;

export function lazyStatements(db: Database.Database): (sql: string) => Lazy {
  return (sql) => {
    let stmt: Database.Statement | undefined;
    return () => (stmt ??= db.prepare(sql));
  };
}
