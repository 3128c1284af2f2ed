import { randomUUID } from 'node:crypto';
import { connectRedis, type RedisConnection } from '../../../src/upstream/core/redis-connection';

export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function uniqueKeyPrefix(label: string): string {
  return `test:travail-graph:${label}:${randomUUID()}`;
}

export function connectTestRedis(): Promise<RedisConnection> {
  return connectRedis(REDIS_URL, 5000);
}

export async function keysUnder(redis: RedisConnection, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 })) keys.push(...batch);
  return keys;
}

export async function deleteKeysUnder(redis: RedisConnection, prefix: string): Promise<void> {
  const keys = await keysUnder(redis, prefix);
  if (keys.length > 0) await redis.del(keys);
}
