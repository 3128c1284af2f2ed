import type { RedisClientType } from '@keyv/redis';

export type RedisConnection = RedisClientType;

/** The Redis client (≈ 10 MB resident) is loaded when a Redis is configured only. */
export function redisModule(): typeof import('@keyv/redis') {
  return require('@keyv/redis') as typeof import('@keyv/redis');
}

/**
 * Connects to the Redis that shares cache and quotas between instances. A Redis that cannot be reached at
 * start-up is a configuration error and fails fast; once connected, the client reconnects on its own and the
 * callers fall back to process-local behaviour meanwhile.
 */
export async function connectRedis(url: string, connectTimeoutMs: number): Promise<RedisConnection> {
  let connectedOnce = false;
  const client: RedisConnection = redisModule().createClient({
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
  // connectTimeout covers the TCP connection only: a Redis that accepts and never answers the handshake would
  // otherwise hold start-up for as long as it hangs.
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer')), connectTimeoutMs);
  });
  try {
    await Promise.race([client.connect(), hung]);
  } catch {
    if (client.isOpen) client.destroy();
    throw new Error('Redis connection failed (check REDIS_URL)');
  } finally {
    clearTimeout(timer);
  }
  connectedOnce = true;
  return client;
}
