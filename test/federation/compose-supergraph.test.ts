import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { buildSubgraph } from '../../src/federation';
import { composeSupergraph } from '../../src/federation';
import { fixtureModules } from './fixtures';
import { leftSubgraph, rightSubgraph } from './fixtures/conflicting';

describe('composeSupergraph', () => {
  const subgraphs = fixtureModules.map(buildSubgraph);

  it('composes the subgraphs without errors, returning the hints', () => {
    const { supergraphSdl, hints } = composeSupergraph(subgraphs);
    for (const hint of hints) console.info(`composition hint ${hint.code}: ${hint.message}`);

    expect(Array.isArray(hints)).toBe(true);
    for (const subgraph of subgraphs) {
      expect(supergraphSdl).toContain(`@join__graph(name: "${subgraph.name}", url: "")`);
    }
    expect(supergraphSdl).toContain('rankInCategory: Int @join__field(graph: STATS, requires: "categoryCode")');
  });

  it('records routing URLs only when given', () => {
    const urls = Object.fromEntries(
      subgraphs.map((subgraph) => [subgraph.name, `http://127.0.0.1:1/${subgraph.name}`]),
    );
    const { supergraphSdl } = composeSupergraph(subgraphs, urls);
    for (const subgraph of subgraphs) {
      expect(supergraphSdl).toContain(`@join__graph(name: "${subgraph.name}", url: "${urls[subgraph.name]}")`);
    }
  });

  it('gives the same supergraph for the same subgraphs', () => {
    expect(composeSupergraph(fixtureModules.map(buildSubgraph)).supergraphSdl).toBe(
      composeSupergraph(subgraphs).supergraphSdl,
    );
  });

  it('throws one error listing every composition error', () => {
    const conflicting = [leftSubgraph, rightSubgraph].map(buildSubgraph);
    const expected = composeServices(
      conflicting.map((subgraph) => ({ name: subgraph.name, typeDefs: parse(subgraph.sdl) })),
    ).errors;
    expect(expected?.length).toBeGreaterThan(1);

    let thrown: unknown;
    try {
      composeSupergraph(conflicting);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    const message = (thrown as Error).message;
    expect(message).toMatch(new RegExp(`^Supergraph composition failed with ${expected?.length} error\\(s\\):`));
    for (const error of expected ?? []) expect(message).toContain(`- ${error.message}`);
  });
});
