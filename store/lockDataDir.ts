import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DataDirLockedError } from './errors.ts';

/** How long a claim waits for another process that is taking over a stale lock, in all. */
const TAKEOVER_WAIT_MS = 5_000;
/** A lock file without a pid is another program's half-written file until it is this old. */
const UNREADABLE_STALE_MS = 2_000;

/** Whether a process with this pid is alive on this machine. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** The file's content, or null when it is gone. */
function readOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The live pid a lock file names, or null when the file is stale (its process is gone). */
function liveHolder(file: string, content: string): number | 'unknown' | null {
  const pid = /^(\d+)( \S+)?$/.exec(content)?.[1];
  if (pid !== undefined) return isAlive(Number(pid)) ? Number(pid) : null;
  try {
    return Date.now() - fs.statSync(file).mtimeMs < UNREADABLE_STALE_MS ? 'unknown' : null;
  } catch {
    return null;
  }
}

/**
 * Creates `file` holding `content`, atomically: the content is written to a file of our own first and
 * then hard-linked into place, which fails if `file` exists, so no process ever reads a half-written lock.
 * A file left by a dead process is taken over under a guard file named after that very content, created
 * the same way: only the guard's holder removes the stale file, after reading it again, so two processes
 * that both saw it stale cannot both win (and a crash during a takeover leaves a stale guard, taken over
 * the same way).
 * @returns null when `file` is ours, else the pid of the live process that holds it.
 */
function claimFile(file: string, content: string, deadline: number): number | null {
  const own = `${file}.${process.pid}.${randomUUID()}.tmp`;
  fs.writeFileSync(own, content, { flag: 'wx' });
  try {
    for (;;) {
      try {
        fs.linkSync(own, file);
        return null;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = readOrNull(file);
      if (current === null) continue;
      const holder = liveHolder(file, current);
      if (typeof holder === 'number') return holder;
      if (holder === null) {
        const guard = `${file}.takeover-${createHash('sha256').update(current).digest('hex').slice(0, 16)}`;
        if (claimFile(guard, content, deadline) === null) {
          try {
            if (readOrNull(file) === current) fs.rmSync(file, { force: true });
          } finally {
            fs.rmSync(guard, { force: true });
          }
          continue;
        }
      }
      // Someone alive is taking the stale file over, or writing an unreadable one: look again shortly.
      if (Date.now() > deadline) throw new DataDirLockedError(`could not lock ${file}: another process keeps taking it over`);
      sleep(10 + Math.random() * 20);
    }
  } finally {
    fs.rmSync(own, { force: true });
  }
}

/**
 * Takes the embedded data folder for this process, since PGlite has no lock of its own and two
 * processes writing one folder corrupt it. A lock left by a dead process is taken over; of several
 * processes starting at once, exactly one wins, stale lock or not.
 * @returns a release function (idempotent).
 * @throws DataDirLockedError when a live process holds the folder.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'claimdesk.lock');
  // The pid says who holds it; the random part makes this lock's content unlike any other's.
  const content = `${process.pid} ${randomUUID()}`;
  const holder = claimFile(lockPath, content, Date.now() + TAKEOVER_WAIT_MS);
  if (holder !== null) {
    throw new DataDirLockedError(
      `the data folder ${dataDir} is in use by another claimdesk process (pid ${holder}); ` +
        'wait for it to finish, or set DATABASE_URL and REDIS_URL to run several processes',
      { holder },
    );
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // Only ours: while we live, nobody else removes or replaces it.
    if (readOrNull(lockPath) === content) fs.rmSync(lockPath, { force: true });
  };
}
