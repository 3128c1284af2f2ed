import { request as httpRequest } from 'node:http';
import type { RunningServer } from '../../src/server/app';
import { startTestServer } from '../support/graph-server';
import { captureLogs } from '../support/logs';

/** A request as a careless or hostile client sends it: any method, headers and bytes. */
export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json?: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[]; extensions?: any };
}

/** Sends bytes exactly as given (no client-side normalisation), on a fresh connection. */
export function send(baseUrl: string, raw: RawRequest): Promise<RawResponse> {
  const url = new URL(raw.path ?? '/', baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: raw.method ?? 'POST',
        headers: { connection: 'close', ...raw.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: RawResponse['json'];
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (raw.body !== undefined) req.write(raw.body);
    req.end();
  });
}

export const json = (value: unknown): RawRequest => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

export const query = (text: string, extra: Record<string, unknown> = {}): RawRequest => json({ query: text, ...extra });

/** One README query: the server is still useful after a hostile request. */
export const README_QUERY = '{ occupation(code: "M1805") { label appellations { code } } }';

/** What must never leave the server, in a response or on its error output. */
const STACK_FRAME = /\bat [\w.<>]+ \(|\bat (?:async )?\/|\.(?:ts|js):\d+:\d+/;
const ABSOLUTE_PATH = /\/(?:work|home|root|tmp|usr)\//;

/**
 * A server for a hostile battery: its console output is captured so that every case can check that nothing
 * leaked there either.
 */
export class HostileHarness {
  server!: RunningServer;
  readonly output: string[] = [];
  private readonly restore: (() => void)[] = [];

  async start(env: Record<string, string> = {}): Promise<void> {
    for (const method of ['log', 'info', 'warn', 'error'] as const) {
      const spy = jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        this.output.push(args.map(String).join(' '));
      });
      this.restore.push(() => spy.mockRestore());
    }
    // Warnings and errors, as the console carried them before the structured logger.
    const logs = captureLogs('warn', this.output);
    this.restore.push(() => logs.restore());
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      this.output.push(String(chunk));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stderr.write;
    this.restore.push(() => {
      process.stderr.write = write;
    });
    this.server = await startTestServer(env);
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    for (const undo of this.restore.reverse()) undo();
  }

  get url(): string {
    return this.server.url;
  }

  send(raw: RawRequest): Promise<RawResponse> {
    return send(this.url, raw);
  }

  /** Whatever a response or the server's output holds, it is none of: a stack frame, a path, the secret, a token. */
  expectNothingLeaked(text: string): void {
    expect(text).not.toMatch(STACK_FRAME);
    expect(text).not.toMatch(ABSOLUTE_PATH);
    const secret = this.server.sandbox?.credentials.clientSecret;
    if (secret) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/Bearer\s+\S/i);
  }

  /** After a hostile request: `/health` answers and a README query still gets its data. */
  async expectStillServing(): Promise<void> {
    const health = await this.send({ method: 'GET', path: '/health' });
    expect(health.status).toBe(200);
    const answer = await this.send(query(README_QUERY));
    expect(answer.status).toBe(200);
    expect(answer.json?.data?.occupation?.label).toBe('Développeur / Développeuse informatique');
  }

  /** Checks a refused request: its status, its code, a JSON body, nothing leaked, and the server still serving. */
  async expectRefused(raw: RawRequest, status: number, code: string): Promise<RawResponse> {
    const outputBefore = this.output.length;
    const response = await this.send(raw);
    expect({ status: response.status, code: response.json?.errors?.[0]?.extensions?.code }).toEqual({ status, code });
    expect(String(response.headers['content-type'])).toMatch(/^application\/(graphql-response\+)?json/);
    this.expectNothingLeaked(response.text);
    this.expectNothingLeaked(this.output.slice(outputBefore).join('\n'));
    // At most one log line per refused request.
    expect(this.output.length - outputBefore).toBeLessThanOrEqual(1);
    await this.expectStillServing();
    return response;
  }
}
