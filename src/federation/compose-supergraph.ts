import { composeServices, type CompositionSuccess } from '@apollo/composition';
import { parse, printSchema, type GraphQLSchema } from 'graphql';
import type { BuiltSubgraph } from './build-subgraph';

export interface CompositionHintSummary {
  readonly code: string;
  readonly message: string;
}

export interface ComposedSupergraph {
  readonly supergraphSdl: string;
  /** The schema clients see (printed), for client tooling such as codegen. */
  readonly apiSdl: string;
  readonly hints: CompositionHintSummary[];
}

export interface ComposeOptions {
  /**
   * Routing URL recorded per subgraph in the supergraph. Left out of the published supergraph,
   * which must not depend on where a deployment runs; a gateway is given its URLs separately.
   */
  readonly urls?: Readonly<Record<string, string>>;
}

/** Composes subgraphs with the same rules as a Federation 2 router; throws one error listing every failure. */
export function composeSupergraph(
  subgraphs: readonly BuiltSubgraph[],
  options: ComposeOptions = {},
): ComposedSupergraph {
  const result = composeOrThrow(subgraphs, options);
  return {
    supergraphSdl: result.supergraphSdl,
    apiSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()),
    hints: result.hints.map((hint) => ({ code: hint.definition.code, message: hint.message })),
  };
}

/** The schema clients see through a router: the supergraph without federation machinery and `@inaccessible` elements. */
export function composeApiSchema(subgraphs: readonly BuiltSubgraph[]): {
  apiSchema: GraphQLSchema;
  supergraphSdl: string;
} {
  const result = composeOrThrow(subgraphs, {});
  return { apiSchema: result.schema.toAPISchema().toGraphQLJSSchema(), supergraphSdl: result.supergraphSdl };
}

function composeOrThrow(subgraphs: readonly BuiltSubgraph[], options: ComposeOptions): CompositionSuccess {
  const result = composeServices(
    subgraphs.map((subgraph) => ({
      name: subgraph.name,
      typeDefs: parse(subgraph.sdl),
      url: options.urls?.[subgraph.name],
    })),
  );
  if (result.errors) {
    const messages = result.errors.map((error) => `- ${error.message}`).join('\n');
    throw new Error(`Supergraph composition failed with ${result.errors.length} error(s):\n${messages}`);
  }
  return result;
}
