import { composeServices } from '@apollo/composition';
import { parse, type GraphQLSchema } from 'graphql';
import type { BuiltSubgraph } from './build-subgraph';

export interface ComposedSupergraph {
  readonly supergraphSdl: string;
  /** The schema clients see: the supergraph without federation machinery and `@inaccessible` elements. */
  readonly apiSchema: GraphQLSchema;
  readonly hints: { readonly code: string; readonly message: string }[];
}

/**
 * Composes subgraphs with the rules of a Federation 2 router, recording each subgraph's routing URL when given
 * (`url: ""` otherwise); throws one error listing every composition failure.
 */
export function composeSupergraph(
  subgraphs: readonly BuiltSubgraph[],
  urls: Readonly<Record<string, string>> = {},
): ComposedSupergraph {
  const result = composeServices(
    subgraphs.map((subgraph) => ({ name: subgraph.name, typeDefs: parse(subgraph.sdl), url: urls[subgraph.name] })),
  );
  if (result.errors) {
    const messages = result.errors.map((error) => `- ${error.message}`).join('\n');
    throw new Error(`Supergraph composition failed with ${result.errors.length} error(s):\n${messages}`);
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchema: result.schema.toAPISchema().toGraphQLJSSchema(),
    hints: result.hints.map((hint) => ({ code: hint.definition.code, message: hint.message })),
  };
}
