/**
 * Runs the `claims` command in a child process on the bench database, sampling its memory from /proc: the
 * export is measured as a user runs it, and its peak RSS is the child's own, not the bench's.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLAIMS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/claims.js');

/** The peak resident memory of a running process (VmHWM, the kernel's high-water mark), in bytes; 0 once it is gone. */
async function peakRss(pid: number): Promise<number> {
  try {
    const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

export interface ClaimsProcess {
  child: ChildProcess;
  /** The highest VmHWM read so far (read every 50 ms and on demand). */
  peak(): Promise<number>;
  /** Resolves with the exit code; rejects when the command failed, with its stderr. */
  exited: Promise<number>;
  stop(): Promise<void>;
}

/** Starts `claims ARGS...` against the database (no Redis: jobs would run in-process). */
export function startClaims(args: readonly string[], databaseUrl: string): ClaimsProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
  delete env.REDIS_URL;
  delete env.CLAIMS_API_TOKEN;
  const child = spawn(process.execPath, [CLAIMS, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (text: string) => {
    stderr += text;
  });
  child.stdout?.resume();
  let peak = 0;
  const sample = async () => {
    if (child.pid !== undefined) peak = Math.max(peak, await peakRss(child.pid));
    return peak;
  };
  const timer = setInterval(() => void sample(), 50);
  const exited = new Promise<number>((resolve, reject) => {
    child.once('exit', (code, signal) => {
      clearInterval(timer);
      if (code === 0 || signal === 'SIGTERM' || signal === 'SIGINT') resolve(code ?? 0);
      else reject(new Error(`claims ${args.join(' ')} failed (${code ?? signal}): ${stderr.trim().slice(-2000)}`));
    });
  });
  exited.catch(() => undefined);
  return {
    child,
    peak: sample,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Starts `claims serve --port 0` and resolves with its URL once it listens. */
export async function startServe(databaseUrl: string): Promise<ClaimsProcess & { url: string }> {
  const server = startClaims(['serve', '--port', '0'], databaseUrl);
  const url = await new Promise<string>((resolve, reject) => {
    let text = '';
    const onData = (chunk: string) => {
      text += chunk;
      const match = /serving (http:\/\/\S+)/.exec(text);
      if (match?.[1]) {
        server.child.stderr?.off('data', onData);
        resolve(match[1]);
      }
    };
    server.child.stderr?.on('data', onData);
    server.exited.then(() => reject(new Error(`claims serve exited before listening: ${text}`)), reject);
  });
  return { ...server, url };
}
