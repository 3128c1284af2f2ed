import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { BuiltSubgraph } from './build-subgraph';

export interface CompositionHintSummary {
  readonly code: string;
  readonly message: string;
}

export interface ComposedSupergraph {
  readonly supergraphSdl: string;
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
export function composeSupergraph(subgraphs: readonly BuiltSubgraph[], options: ComposeOptions = {}): ComposedSupergraph {
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
  return {
    supergraphSdl: result.supergraphSdl,
    hints: result.hints.map((hint) => ({ code: hint.definition.code, message: hint.message })),
  };
}
