// The cases with a due organ clock, as `xf case list --overdue|--due-within` lists them: defined
// once, for the register's listCases (SQLite) and the read-only JSON path (read-due.ts), each with
// its own select list. Imports nothing: the read-only path loads it alone.

/** Cases with an open, running organ clock whose act-by day is before (or on) `date`, filtered. */
export interface DueQuery {
  date: string;
  inclusive: boolean;
  status?: string | undefined;
  year?: number | undefined;
  limit?: number | undefined;
}

/**
 * The statement and its named arguments: one range scan of the clustered clocks; a case with several
 * due clocks once, at its earliest act-by day (`first`), in the row of that clock (MIN's bare columns:
 * every clock row of a case carries the same case columns); earliest first, then by case number.
 * `select`: the columns wanted of each case, over the clocks table's columns.
 */
export function dueCasesQuery(q: DueQuery, select: string): { sql: string; args: Record<string, unknown> } {
  const where = [q.inclusive ? 'act_by <= @date' : 'act_by < @date'];
  const args: Record<string, unknown> = { date: q.date };
  if (q.status) {
    where.push('status = @status');
    args.status = q.status;
  }
  if (q.year) {
    where.push('received_date BETWEEN @from AND @to');
    args.from = `${q.year}-01-01`;
    args.to = `${q.year}-12-31`;
  }
  const sql = `SELECT ${select}, MIN(act_by) AS first
    FROM clocks WHERE actor = 'organ' AND paused = 0 AND ${where.join(' AND ')}
    GROUP BY case_no ORDER BY first, case_no${q.limit ? ` LIMIT ${Math.floor(q.limit)}` : ''}`;
  return { sql, args };
}
