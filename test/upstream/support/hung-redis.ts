import { createConnection, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback proxy in front of the real Redis that can hang: while hung it accepts connections and commands but
 * forwards nothing, as a Redis stuck in a long command or behind a dead network path would. On resume the held
 * commands go through in order, so replies stay matched to their commands.
 */
export class HangingRedisProxy {
  private hung = false;
  private readonly held = new Map<Socket, Buffer[]>();
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(target: string): Promise<HangingRedisProxy> {
    const { hostname, port } = new URL(target);
    let proxy: HangingRedisProxy | undefined;
    const server = createServer((client) => proxy!.connect(client, hostname, Number(port || 6379)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new HangingRedisProxy(server, `redis://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return proxy;
  }

  hang(): void {
    this.hung = true;
  }

  resume(): void {
    this.hung = false;
    for (const { client, upstream } of this.pairs) {
      for (const chunk of this.held.get(client) ?? []) upstream.write(chunk);
      this.held.set(client, []);
    }
  }

  async close(): Promise<void> {
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private connect(client: Socket, host: string, port: number): void {
    const upstream = createConnection({ host, port });
    const pair = { client, upstream };
    this.pairs.add(pair);
    this.held.set(client, []);
    client.on('data', (chunk: Buffer) => {
      if (this.hung) this.held.get(client)!.push(chunk);
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  }
}
