import { Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { buildSubgraph, type SubgraphDefinition } from '../../src/federation';
import { fixtureModules } from './fixtures';
import { widgetSizesSubgraph, widgetsSubgraph } from './fixtures/widgets';

/** Entities spelled with Federation 2 features the in-process runtime does not execute; each must be refused at build. */
@ObjectType('Thing')
@Directive('@key(fields: "id")')
@Directive('@interfaceObject')
class InterfaceObjectThing {
  @Field(() => ID) id!: string;
}

@ObjectType('Thing')
@Directive('@key(fields: "id")')
class OverridingThing {
  @Field(() => ID) id!: string;
  @Directive('@override(from: "elsewhere")')
  @Field()
  name!: string;
}

@ObjectType('Thing')
@Directive('@key(fields: "id name")')
class CompoundKeyThing {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Thing')
@Directive('@key(fields: "id")')
@Directive('@key(fields: "name")')
class TwoKeysThing {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('Owner')
class Owner {
  @Field(() => ID) id!: string;
}

@ObjectType('Thing')
@Directive('@key(fields: "owner { id }")')
class NestedKeyThing {
  @Field(() => Owner) owner!: Owner;
}

@ObjectType('Thing')
@Directive('@key(fields: "id")')
class ProvidedThing {
  @Field(() => ID) id!: string;
  @Directive('@external')
  @Field()
  name!: string;
}

@Resolver()
class ProvidingResolver {
  @Directive('@provides(fields: "name")')
  @Query(() => ProvidedThing)
  thing(): ProvidedThing {
    return { id: '1', name: 'one' };
  }
}

function queryOf(type: Function): Function {
  @Resolver()
  class ThingResolver {
    @Query(() => type)
    thing(): object {
      return {};
    }
  }
  return ThingResolver;
}

const things = (resolver: Function): SubgraphDefinition => ({
  name: 'things',
  resolvers: [resolver],
  referenceResolvers: {},
});

describe('the Federation 2 subset the runtime executes', () => {
  it.each([
    ['@interfaceObject', queryOf(InterfaceObjectThing), 'Subgraph things: @interfaceObject on Thing;'],
    ['@override', queryOf(OverridingThing), 'Subgraph things: @override on Thing.name;'],
    ['a compound key', queryOf(CompoundKeyThing), 'Subgraph things: Thing has a compound @key;'],
    ['several keys', queryOf(TwoKeysThing), 'Subgraph things: Thing has several @key;'],
    ['a key with sub-fields', queryOf(NestedKeyThing), 'the field set "owner { id }" selects sub-fields or fragments;'],
    ['@provides', ProvidingResolver, 'Subgraph things: @provides on Query.thing;'],
  ])('refuses %s when the subgraph is built, saying where and why', (_name, resolver, message) => {
    expect(() => buildSubgraph(things(resolver))).toThrow(message);
    expect(() => buildSubgraph(things(resolver))).toThrow(
      'this federation runtime does not execute it (see src/federation/README.md)',
    );
  });

  it('accepts @key (resolvable or not), @external, @requires and @shareable, linked to federation v2.0', () => {
    const built = [...fixtureModules, widgetsSubgraph, widgetSizesSubgraph].map(buildSubgraph);
    const sdl = built.map((subgraph) => subgraph.sdl).join('\n');
    for (const used of ['resolvable: false', '@external', '@requires(', '@shareable', '@federation__key(']) {
      expect(sdl).toContain(used);
    }
    for (const subgraph of built)
      expect(subgraph.sdl).toMatch(/^extend schema @link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.0"/);
  });
});
