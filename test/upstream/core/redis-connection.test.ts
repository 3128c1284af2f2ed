import { connectRedis } from '../../../src/upstream/core/redis-connection';
import { REDIS_URL } from '../support/redis';

describe('connectRedis', () => {
  it('connects to the test Redis', async () => {
    const redis = await connectRedis(REDIS_URL, 5000);
    await expect(redis.ping()).resolves.toBe('PONG');
    await redis.close();
  });

  it('fails fast, without the URL, when nothing listens there', async () => {
    const url = 'redis://user:s3cret-password@127.0.0.1:1';
    const failure = await connectRedis(url, 5000).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/Redis connection failed/);
    expect((failure as Error).message).not.toContain('s3cret-password');
  });
});
