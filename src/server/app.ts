import type { IncomingMessage } from 'node:http';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createGraphContext, prepareGraph, type GraphContext } from '../graph';
import { startSandbox, type Sandbox } from '../sandbox';
import { createUpstream, endpointsFrom, type Upstream, type UpstreamConfig } from '../upstream';
import type { ServerConfig } from './config';
import { createGraphServer } from './graph-server';

export interface RunningServer {
  url: string;
  mode: ServerConfig['mode'];
  /** The embedded France Travail simulator, in sandbox mode. */
  sandbox?: Sandbox;
  upstream?: Upstream;
  stop(): Promise<void>;
}

/** Starts the sandbox (unless live), the upstream clients and the graph on one port. */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const sandbox =
    config.mode === 'sandbox' && !config.upstream.endpoints && !config.subgraphUrls
      ? await startSandbox({
          port: config.sandbox.port,
          dataDir: config.sandbox.dataDir,
          latencyMs: config.sandbox.latencyMs,
        })
      : undefined;
  const upstream = config.subgraphUrls ? undefined : await createUpstream(upstreamConfig(config, sandbox));
  if (upstream) {
    prepareGraph();
    await upstream.fetchTokens().catch((error: unknown) => {
      console.warn(
        `travail-graph: could not obtain France Travail access tokens at start-up (${error instanceof Error ? error.message : String(error)}); queries will report it.`,
      );
    });
  }
  const server = createGraphServer({ execution: config.execution, subgraphUrls: config.subgraphUrls });
  try {
    const { url } = await startStandaloneServer(server, {
      listen: { port: config.port, host: config.host },
      context: async ({ req }): Promise<GraphContext> =>
        upstream ? createGraphContext(upstream, { clientId: clientIdOf(req) }) : ({} as GraphContext),
    });
    return {
      url: publicUrl(url, config.host),
      mode: config.mode,
      sandbox,
      upstream,
      async stop() {
        await server.stop();
        await upstream?.close();
        await sandbox?.close();
      },
    };
  } catch (error) {
    await upstream?.close();
    await sandbox?.close();
    throw error;
  }
}

function upstreamConfig(config: ServerConfig, sandbox: Sandbox | undefined): UpstreamConfig {
  const { endpoints, credentials, ...rest } = config.upstream;
  if (sandbox)
    return {
      ...rest,
      endpoints: endpointsFrom(sandbox.apiBaseUrl, sandbox.tokenUrl),
      credentials: sandbox.credentials,
    };
  if (!endpoints || !credentials)
    throw new Error('Set FT_CLIENT_ID and FT_CLIENT_SECRET (live mode), or leave both unset to use the sandbox.');
  return { ...rest, endpoints, credentials };
}

/** Who is asking, for fair sharing of the upstream quota: the caller's X-Client-Id, else its address. */
function clientIdOf(req: IncomingMessage): string | undefined {
  const declared = req.headers['x-client-id'];
  const id = (Array.isArray(declared) ? declared[0] : declared)?.trim();
  return id ? id.slice(0, 100) : req.socket.remoteAddress;
}

/** Listening on every interface prints as [::]; show an address a browser opens. */
function publicUrl(url: string, host: string): string {
  return host === '0.0.0.0' || host === '::' ? url.replace(/\/\/[^/]+/, `//localhost:${new URL(url).port}`) : url;
}
