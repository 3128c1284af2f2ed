import { createClient, type RedisClientType } from '@keyv/redis';

export type RedisConnection = RedisClientType;

/**
 * Connects to the Redis that shares cache and quotas between instances. A Redis that cannot be reached at
 * start-up is a configuration error and fails fast; once connected, the client reconnects on its own and the
 * callers fall back to process-local behaviour meanwhile.
 */
export async function connectRedis(url: string, connectTimeoutMs: number): Promise<RedisConnection> {
  let connectedOnce = false;
  const client: RedisConnection = createClient({
    url,
    // While disconnected, fail commands at once (callers fall back) instead of queueing them behind a reconnect.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: connectTimeoutMs,
      // Before the first connection, stop at the first failure so that connect() rejects. A fresh Error, not the
      // cause: node-redis checks `instanceof Error`, which fails for errors from another realm (a jest VM).
      reconnectStrategy: (retries: number) =>
        connectedOnce ? Math.min(100 * retries, 2000) : new Error('unreachable'),
    },
  });
  // node-redis emits 'error' on every lost connection; without a listener that would crash the process.
  // Failures surface through the operations that hit them, so the event itself needs no handling.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch {
    throw new Error('Redis connection failed (check REDIS_URL)');
  }
  connectedOnce = true;
  return client;
}
