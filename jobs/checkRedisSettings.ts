import type { Redis } from 'ioredis';

/**
 * What a production Redis for BullMQ should have, as warnings: `maxmemory-policy noeviction` (evicting keys
 * loses jobs) and append-only persistence (a restart without it loses the queues). A Redis that refuses
 * CONFIG (managed services) gets one warning that the settings could not be checked.
 */
export async function checkRedisSettings(redis: Redis): Promise<string[]> {
  const read = async (name: string): Promise<string | null> => {
    const reply = (await redis.call('CONFIG', 'GET', name)) as string[];
    return reply[1] ?? null;
  };
  try {
    const warnings: string[] = [];
    const policy = await read('maxmemory-policy');
    if (policy !== null && policy !== 'noeviction') {
      warnings.push(`Redis maxmemory-policy is ${policy}: set it to noeviction, or Redis may evict queued jobs`);
    }
    if ((await read('appendonly')) === 'no') {
      warnings.push('Redis appendonly is off: turn it on (appendonly yes) so that queued jobs survive a Redis restart');
    }
    return warnings;
  } catch {
    return ['could not read the Redis configuration (CONFIG GET refused): check maxmemory-policy noeviction and appendonly yes'];
  }
}
