/**
 * PostgreSQL's own time per statement for one bench database, read from the server's log: the bench sets
 * `log_min_duration_statement = 0` on its database (no restart, unlike pg_stat_statements, which needs the
 * library preloaded), and afterwards reads the lines the server wrote for that database since the run began.
 * Each duration is the server's (parse, bind and execute of a statement summed; a lock's wait included), not the
 * round trip the worker sees.
 */
import fs from 'node:fs/promises';
import type pg from 'pg';

/** The server's log (Debian's cluster writes its stderr there). */
export const DEFAULT_SERVER_LOG = '/var/log/postgresql/postgresql-15-main.log';

/** Where the log stood when the run began. */
export interface LogMark {
  file: string;
  offset: number;
}

/** Asks the server to log every statement of `database` (new connections) without parameters; marks the log. */
export async function startStatementLog(admin: pg.Client, database: string, file: string): Promise<LogMark> {
  await admin.query(`ALTER DATABASE ${database} SET log_min_duration_statement = 0`);
  await admin.query(`ALTER DATABASE ${database} SET log_parameter_max_length = 0`);
  const { size } = await fs.stat(file);
  return { file, offset: size };
}

/** One kind of statement: how many were run and the server's time for them, in ms. */
export interface StatementTime {
  statement: string;
  calls: number;
  ms: number;
  maxMs: number;
}

/** A statement's text reduced to its kind: literals out, whitespace collapsed, its first words. */
export function statementKind(sql: string): string {
  return sql
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/\b\d+(?:\.\d+)?\b/g, '?')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 90);
}

/**
 * The statements the server logged for `database` since `mark`, by kind, the costliest first. A statement sent
 * with parameters is logged as its parse, bind and execute phases: all three are added to its kind, counted once.
 */
export async function readStatementTimes(mark: LogMark, database: string): Promise<StatementTime[]> {
  const handle = await fs.open(mark.file, 'r');
  let text: string;
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.max(0, size - mark.offset));
    await handle.read(buffer, 0, buffer.length, mark.offset);
    text = buffer.toString('utf8');
  } finally {
    await handle.close();
  }
  const kinds = new Map<string, StatementTime>();
  const head = new RegExp(
    `^\\S+ \\S+ \\S+ \\[\\d+\\] \\S*@${database} LOG:  duration: ([\\d.]+) ms  (statement|parse|bind|execute)[^:]*: (.*)$`,
  );
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = head.exec(lines[i]!);
    if (!match) continue;
    let sql = match[3]!;
    // The statement's further lines follow, each opened by a tab.
    while (lines[i + 1]?.startsWith('\t')) sql += `\n${lines[++i]}`;
    const kind = statementKind(sql);
    const ms = Number(match[1]);
    const entry = kinds.get(kind) ?? { statement: kind, calls: 0, ms: 0, maxMs: 0 };
    if (match[2] === 'statement' || match[2] === 'execute') entry.calls++;
    entry.ms += ms;
    entry.maxMs = Math.max(entry.maxMs, ms);
    kinds.set(kind, entry);
  }
  return [...kinds.values()].sort((a, b) => b.ms - a.ms);
}
