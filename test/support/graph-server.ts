import { startServer, type RunningServer } from '../../src/server/app';
import { loadConfig } from '../../src/server/config';

/**
 * Starts travail-graph in sandbox mode on a free loopback port, with its own sandbox and an in-memory cache. The
 * request deadline is generous, for a loaded test machine; tests about deadlines set REQUEST_DEADLINE_MS themselves.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<RunningServer> {
  return startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', REQUEST_DEADLINE_MS: '30000', ...env }));
}

export interface GraphResponse<TData = any> {
  data?: TData;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
  extensions?: Record<string, any>;
}

export async function postQuery<TData = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphResponse<TData>;
}
