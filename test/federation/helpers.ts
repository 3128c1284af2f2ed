import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import { createApolloGateway } from '../../src/federation';
import type { BuiltSubgraph } from '../../src/federation';
import { createMergedGateway } from '../../src/federation';
import { createFixtureContext, type FixtureContext, type LoadBatch } from './fixtures';

export interface GraphQLBody {
  readonly data?: unknown;
  readonly errors?: readonly GraphQLFormattedError[];
  readonly extensions?: Record<string, unknown>;
}

export interface ComparableError {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly code?: unknown;
}

/**
 * What both executors must agree on: data byte for byte, and each error's message, path and
 * code. Locations (the gateway drops them) and the gateway's `serviceName` are left out;
 * errors are sorted since concurrent resolvers fail in no fixed order.
 */
export function comparable(body: GraphQLBody): { data: string; errors: ComparableError[] } {
  const errors = (body.errors ?? []).map((error) => ({
    message: error.message,
    path: error.path,
    code: error.extensions?.code,
  }));
  errors.sort((a, b) => JSON.stringify([a.path, a.message]).localeCompare(JSON.stringify([b.path, b.message])));
  return { data: JSON.stringify(body.data), errors };
}

/** Loader batches with keys sorted, in a fixed order, to compare the work two executors did. */
export function batchSummary(batches: readonly LoadBatch[]): string[] {
  return batches.map((batch) => `${batch.loader}: ${[...batch.keys].sort().join(',')}`).sort();
}

export interface Answer {
  readonly body: GraphQLBody;
  readonly status?: number;
  readonly batches: readonly LoadBatch[];
}

export async function ask(
  server: ApolloServer<FixtureContext>,
  query: string,
  variables?: Record<string, unknown>,
  headers: [string, string][] = [],
): Promise<Answer> {
  const context = createFixtureContext();
  const response = await server.executeOperation(
    { query, variables, http: { method: 'POST', headers: new HeaderMap(headers), search: '', body: {} } },
    { contextValue: context },
  );
  if (response.body.kind !== 'single') throw new Error('Expected a single result');
  return { body: response.body.singleResult as GraphQLBody, status: response.http.status, batches: context.batches };
}

/** Apollo Server settings shared by every server under test, as production would run them. */
export function serverOptions() {
  return { plugins: [ApolloServerPluginCacheControlDisabled()], includeStacktraceInErrorResponses: false };
}

export async function startInProcessServers(
  subgraphs: readonly BuiltSubgraph[],
): Promise<{ gateway: ApolloServer<FixtureContext>; merged: ApolloServer<FixtureContext>; stop: () => Promise<void> }> {
  const gateway = new ApolloServer<FixtureContext>({ gateway: createApolloGateway(subgraphs), ...serverOptions() });
  const merged = new ApolloServer<FixtureContext>({ gateway: createMergedGateway(subgraphs), ...serverOptions() });
  await Promise.all([gateway.start(), merged.start()]);
  return {
    gateway,
    merged,
    stop: async () => {
      await Promise.all([gateway.stop(), merged.stop()]);
    },
  };
}
