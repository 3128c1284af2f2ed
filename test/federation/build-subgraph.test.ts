import { ApolloServer } from '@apollo/server';
import { parse } from 'graphql';
import { buildSubgraph } from '../../src/federation';
import { createApolloGateway } from '../../src/federation';
import { createMergedGateway } from '../../src/federation';
import { catalogSubgraph } from './fixtures/catalog';
import { fixtureModules, type FixtureContext } from './fixtures';
import { refsSubgraph } from './fixtures/refs';
import { firstThingSubgraph, secondThingSubgraph } from './fixtures/shared-class';
import { statsSubgraph } from './fixtures/stats';
import { WidgetSizeResolver, widgetSizesSubgraph, widgetsSubgraph } from './fixtures/widgets';
import { ask, comparable, serverOptions } from './helpers';

function typeBlock(sdl: string, typeName: string): string {
  const start = sdl.search(new RegExp(`^(type|scalar) ${typeName}\\b`, 'm'));
  if (start < 0) throw new Error(`${typeName} not in SDL`);
  const end = sdl.indexOf('\n\n', start);
  return sdl.slice(start, end < 0 ? undefined : end).trimEnd();
}

describe('buildSubgraph', () => {
  it('publishes the same SDL on every build, whatever was built before', () => {
    const first = fixtureModules.map(buildSubgraph).map((subgraph) => subgraph.sdl);
    const reversed = [...fixtureModules]
      .reverse()
      .map(buildSubgraph)
      .reverse()
      .map((subgraph) => subgraph.sdl);
    const again = fixtureModules.map(buildSubgraph).map((subgraph) => subgraph.sdl);
    expect(reversed).toEqual(first);
    expect(again).toEqual(first);
  });

  it('publishes only its own fields for an entity class another subgraph also extends', () => {
    const first = buildSubgraph(firstThingSubgraph).sdl;
    const second = buildSubgraph(secondThingSubgraph).sdl;
    expect(buildSubgraph(firstThingSubgraph).sdl).toBe(first);
    expect(typeBlock(first, 'Thing')).toBe('type Thing @key(fields: "id") {\n  id: ID!\n  firstScore: Int!\n}');
    expect(typeBlock(second, 'Thing')).toBe('type Thing @key(fields: "id") {\n  id: ID!\n  secondScore: Int!\n}');
  });

  it('links the lowest federation spec version with the directives used, importing exactly those', () => {
    const [catalog, refs, stats] = [catalogSubgraph, refsSubgraph, statsSubgraph].map(buildSubgraph);
    const link = (version: string, imports: string[]) =>
      `extend schema @link(url: "https://specs.apollo.dev/federation/${version}", import: ${JSON.stringify(imports).replace(/,/g, ', ')})`;
    expect(catalog.sdl.split('\n')[0]).toBe(link('v2.0', ['@key']));
    expect(refs.sdl.split('\n')[0]).toBe(link('v2.0', ['@key']));
    expect(stats.sdl.split('\n')[0]).toBe(link('v2.0', ['@external', '@key', '@requires']));
  });

  it('prints entities, stubs, @external, @requires and graphql-scalars scalars', () => {
    const catalog = buildSubgraph(catalogSubgraph).sdl;
    const stats = buildSubgraph(statsSubgraph).sdl;
    expect(typeBlock(catalog, 'Category')).toBe(
      'type Category @key(fields: "code", resolvable: false) {\n  code: ID!\n}',
    );
    expect(typeBlock(catalog, 'Item')).toContain('type Item @key(fields: "id") {');
    expect(typeBlock(catalog, 'Item')).toContain('  updatedAt: DateTimeISO!');
    expect(typeBlock(catalog, 'DateTimeISO')).toBe('scalar DateTimeISO');
    expect(typeBlock(stats, 'Item')).toContain('  categoryCode: String! @external');
    expect(typeBlock(stats, 'Item')).toContain('  rankInCategory: Int @requires(fields: "categoryCode")');
    expect(typeBlock(stats, 'Category')).toContain('  itemCount(minPrice: Float! = 0): Int!');
  });

  it('keeps type definitions in a fixed order: root types first, then by name', () => {
    const names = parse(buildSubgraph(catalogSubgraph).sdl)
      .definitions.filter((definition) => 'name' in definition && definition.name)
      .map((definition) => (definition as { name: { value: string } }).name.value);
    expect(names).toEqual(['Query', ...names.slice(1).sort()]);
  });

  it('leaves out the empty Query of a subgraph that only resolves references', () => {
    const refs = buildSubgraph(refsSubgraph);
    expect(refs.sdl).not.toMatch(/^type Query/m);
    expect(refs.sdl).not.toMatch(/^schema/m);
    expect(refs.schema.getQueryType()?.getFields()._entities).toBeDefined();
  });

  it('keeps an entity a subgraph only adds fields to, without listing it in orphanedTypes', () => {
    const sizes = buildSubgraph({ ...widgetSizesSubgraph, resolvers: [WidgetSizeResolver] });
    expect(sizes.sdl).not.toMatch(/^type Query/m);
    expect(typeBlock(sizes.sdl, 'Widget')).toContain('  nameLength: Int!');
  });

  it('refuses a reference resolver for a type the subgraph does not declare', () => {
    expect(() => buildSubgraph({ ...refsSubgraph, referenceResolvers: { Nowhere: () => null } })).toThrow(
      'Subgraph refs has a reference resolver for Nowhere, a type it does not declare',
    );
  });

  it('produces subgraphs that resolve references and a namespaced @federation__key', async () => {
    const subgraphs = [widgetsSubgraph, widgetSizesSubgraph].map(buildSubgraph);
    expect(subgraphs[0].sdl).toContain('type Widget @federation__key(fields: "id")');
    const gateway = new ApolloServer<FixtureContext>({ gateway: createApolloGateway(subgraphs), ...serverOptions() });
    const merged = new ApolloServer<FixtureContext>({ gateway: createMergedGateway(subgraphs), ...serverOptions() });
    await Promise.all([gateway.start(), merged.start()]);
    try {
      const query = '{ widgets { id name nameLength label } longestNamedWidget { id label name } }';
      const [fromGateway, fromMerged] = await Promise.all([ask(gateway, query), ask(merged, query)]);
      // A shareable field is answered by the subgraph the object came from.
      expect(fromGateway.body.data).toEqual({
        widgets: [
          { id: 'w1', name: 'Sprocket', nameLength: 'Sprocket'.length, label: 'widgets:Sprocket' },
          { id: 'w2', name: 'Gear', nameLength: 'Gear'.length, label: 'widgets:Gear' },
        ],
        longestNamedWidget: { id: 'w1', label: 'sizes:w1', name: 'Sprocket' },
      });
      expect(comparable(fromMerged.body)).toEqual(comparable(fromGateway.body));
    } finally {
      await Promise.all([gateway.stop(), merged.stop()]);
    }
  });
});
