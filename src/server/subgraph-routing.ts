import { parseSubgraphUrls } from './config';

/** Where `npm run subgraph -- <name>` listens unless PORT says otherwise: 4001 for the first subgraph, then 4002… */
export const FIRST_SUBGRAPH_PORT = 4001;

export function defaultSubgraphPort(names: readonly string[], name: string): number {
  return FIRST_SUBGRAPH_PORT + names.indexOf(name);
}

/**
 * The routing URL of every subgraph: those given (`offers=http://…,rome=…`), the others where a subgraph process
 * listens by default on this machine (`http://127.0.0.1:4001/graphql` for the first in src/graph/index.ts, …).
 */
export function subgraphRoutingUrls(names: readonly string[], given?: string): Record<string, string> {
  const urls = given ? parseSubgraphUrls(given) : {};
  const unknown = Object.keys(urls).filter((name) => !names.includes(name));
  if (unknown.length) throw new Error(`No subgraph named ${unknown.join(', ')}; subgraphs are ${names.join(', ')}.`);
  return Object.fromEntries(
    names.map((name) => [name, urls[name] ?? `http://127.0.0.1:${defaultSubgraphPort(names, name)}/graphql`]),
  );
}
