// A PostgreSQL and a Redis of the test's own, on spare ports in a temporary folder, so that restarting them
// leaves the machine's shared servers alone.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { runChecked, waitFor } from './runCommand.ts';

const PG_BIN = process.env.CHAOS_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** A TCP port nobody listens on right now. */
export async function sparePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs a command as the postgres user (initdb and postgres refuse to run as root). */
const asPostgres = (command: string, args: readonly string[]) =>
  process.getuid?.() === 0 ? runChecked('runuser', ['-u', 'postgres', '--', command, ...args]) : runChecked(command, args);

export interface PrivatePostgres {
  port: number;
  /** The URL of a database on this server. */
  urlOf(database: string): string;
  createDatabase(name: string): Promise<string>;
  /** `pg_ctl restart -m fast`, as an operator would; resolves when it accepts connections again. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Initialises a cluster in `dir` (owned by postgres, trust auth, loopback only) and starts it. */
export async function startPostgres(dir: string): Promise<PrivatePostgres> {
  const port = await sparePort();
  const dataDir = path.join(dir, 'data');
  const socketDir = path.join(dir, 'socket');
  await fs.mkdir(socketDir, { recursive: true });
  if (process.getuid?.() === 0) await runChecked('chown', ['-R', 'postgres:postgres', dir]);
  await asPostgres(path.join(PG_BIN, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const pgCtl = path.join(PG_BIN, 'pg_ctl');
  const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c max_connections=200`;
  await asPostgres(pgCtl, ['-D', dataDir, '-l', path.join(dir, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start']);
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    urlOf,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: urlOf('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return urlOf(name);
    },
    async restart() {
      // -l again: without it the new server would write to (and hold open) pg_ctl's own output.
      await asPostgres(pgCtl, ['-D', dataDir, '-l', path.join(dir, 'postgres.log'), '-m', 'fast', '-w', '-t', '60', 'restart']);
    },
    async stop() {
      await asPostgres(pgCtl, ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
    },
  };
}

export interface PrivateRedis {
  port: number;
  url: string;
  /** `redis-cli shutdown` (AOF kept, as a production restart does) and start again on the same folder. */
  restart(): Promise<{ downAt: number; upAt: number }>;
  stop(): Promise<void>;
}

const ping = async (port: number) => {
  const socket = net.connect(port, '127.0.0.1');
  return new Promise<boolean>((resolve) => {
    socket.once('error', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data: Buffer) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
  });
};

/** Starts redis-server with AOF on and noeviction (as production runs it) on a spare port in `dir`. */
export async function startRedis(dir: string): Promise<PrivateRedis> {
  const port = await sparePort();
  let child: ChildProcess | null = null;
  const launch = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--appendonly', 'yes', '--dir', dir, '--save', '',
        '--maxmemory-policy', 'noeviction', '--logfile', path.join(dir, 'redis.log')],
      { stdio: 'ignore' },
    );
    await waitFor(`redis-server on port ${port}`, () => ping(port), 30_000, 100);
  };
  const exited = (c: ChildProcess | null) =>
    new Promise<void>((resolve) => (c === null || c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', () => resolve())));
  await launch();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async restart() {
      const downAt = Date.now();
      const old = child;
      await runChecked('redis-cli', ['-p', String(port), 'shutdown']);
      await exited(old);
      await launch();
      return { downAt, upAt: Date.now() };
    },
    async stop() {
      const old = child;
      old?.kill('SIGKILL');
      await exited(old);
    },
  };
}
