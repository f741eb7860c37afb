import path from 'node:path';
import { QUEUE_NAMES } from '../../jobs/queueNames.ts';
import { runCommand } from './runCommand.ts';
import type { CommandResult } from './runCommand.ts';

export interface StatusReport {
  counts: { articles: number; mentions: number; unmergedMentions: number; claims: number };
  queues: Record<string, Record<string, number>> | null;
}

/** The `claims` command against one database and queue prefix, as an operator runs it. */
export interface ClaimsCli {
  env: NodeJS.ProcessEnv;
  run(args: readonly string[], timeoutMs?: number): Promise<CommandResult>;
  /** `claims status --json`, or null when it failed (a server restarting). */
  status(): Promise<StatusReport | null>;
}

export function claimsCli(repoRoot: string, env: NodeJS.ProcessEnv): ClaimsCli {
  const bin = path.join(repoRoot, 'bin', 'claims.js');
  const run = (args: readonly string[], timeoutMs = 60_000) => runCommand(process.execPath, [bin, ...args], { env, cwd: repoRoot, timeoutMs });
  return {
    env,
    run,
    async status() {
      const result = await run(['status', '--json'], 30_000).catch(() => null);
      if (!result || result.code !== 0) return null;
      try {
        return JSON.parse(result.stdout) as StatusReport;
      } catch {
        return null;
      }
    },
  };
}

/** Whether no job is waiting, active or delayed in any queue. */
export function isDrained(status: StatusReport | null): boolean {
  if (!status?.queues) return false;
  return QUEUE_NAMES.every((q) => {
    const c = status.queues?.[q] ?? {};
    return (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) === 0;
  });
}

/** Failed jobs per queue, from a status report. */
export const failedJobs = (status: StatusReport | null) =>
  QUEUE_NAMES.reduce((sum, q) => sum + (status?.queues?.[q]?.failed ?? 0), 0);
