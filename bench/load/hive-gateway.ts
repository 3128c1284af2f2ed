import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcessGroup, ChildService } from '../support/child-processes';
import { freePort } from '../support/free-port';
import { postGraphql } from '../support/graphql-post';
import { repoPath } from '../support/repo-paths';

export interface HiveGatewayOptions {
  /** Hive Router's Rust query planner (@graphql-hive/router-runtime) instead of the default JavaScript planner. */
  rustPlanner: boolean;
  /** In-flight deduplication of identical subgraph requests; Hive Gateway's default is on. */
  dedup: boolean;
  subgraphUrls: Record<string, string>;
  /** A scratch directory for the supergraph copy and the config file. */
  workDir: string;
}

const HIVE_GATEWAY_BIN = repoPath('node_modules/@graphql-hive/gateway/dist/bin.js');

/**
 * Hive Gateway as its CLI runs it, serving our published supergraph (schema/supergraph.graphql) with the subgraph
 * URLs of this run. Options come from the CLI flag (`--hive-router-runtime`) and from a config file, as documented.
 */
export async function startHiveGateway(
  group: ChildProcessGroup,
  name: string,
  options: HiveGatewayOptions,
): Promise<ChildService & { url: string }> {
  const supergraphFile = path.join(options.workDir, 'supergraph.graphql');
  writeFileSync(
    supergraphFile,
    supergraphWithUrls(readFileSync(repoPath('schema/supergraph.graphql'), 'utf8'), options.subgraphUrls),
  );
  const args = [HIVE_GATEWAY_BIN, 'supergraph', supergraphFile];
  if (options.rustPlanner) args.push('--hive-router-runtime');
  if (!options.dedup) {
    const configFile = path.join(options.workDir, 'gateway-without-dedup.mjs');
    writeFileSync(
      configFile,
      "export const gatewayConfig = { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } };\n",
    );
    args.push('--config-path', configFile);
  }
  const port = await freePort();
  args.push('--host', '127.0.0.1', '--port', String(port));
  const url = `http://127.0.0.1:${port}/graphql`;
  const service = await group.start({
    name,
    args,
    // Its own directory, so no gateway config file but ours is ever picked up.
    cwd: options.workDir,
    readyProbe: async () => (await postGraphql(url, { query: '{ __typename }' }, 2_000)).status === 200,
    timeoutMs: 60_000,
  });
  return { ...service, url };
}

/** Points each `@join__graph(name: "…", url: "…")` of a supergraph at this run's subgraph processes. */
export function supergraphWithUrls(supergraphSdl: string, urls: Record<string, string>): string {
  const seen = new Set<string>();
  const rewritten = supergraphSdl.replace(
    /@join__graph\(\s*name:\s*"([^"]+)"\s*,\s*url:\s*"[^"]*"\s*\)/g,
    (_match, name: string) => {
      const url = urls[name];
      if (!url) throw new Error(`The supergraph names subgraph "${name}" but no URL was given for it`);
      seen.add(name);
      return `@join__graph(name: "${name}", url: "${url}")`;
    },
  );
  const unused = Object.keys(urls).filter((name) => !seen.has(name));
  if (unused.length) throw new Error(`schema/supergraph.graphql has no @join__graph for: ${unused.join(', ')}`);
  return rewritten;
}
