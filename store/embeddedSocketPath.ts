import path from 'node:path';

/**
 * Where `claims serve` shares the embedded database with other commands: a unix socket in the data folder,
 * named as PostgreSQL names its own, so that pg reaches it with the folder as `host`.
 */
export const embeddedSocketPath = (dataDir: string): string => path.join(path.resolve(dataDir), '.s.PGSQL.5432');
