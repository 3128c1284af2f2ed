/** Operations both executors must answer identically, each exercising one federation path. */
export interface ParityCase {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export const PARITY_CASES: readonly ParityCase[] = [
  {
    name: 'owner fields, a custom scalar, and a plain Error on one list item',
    query: '{ items { id name categoryCode price updatedAt warning } }',
  },
  {
    name: 'a stub resolved by the subgraph owning the entity',
    query: '{ items(category: "tools") { id category { code label description } } }',
  },
  {
    name: 'a reference that resolves to null, nullable fields only',
    query: '{ items(category: "uncharted") { id category { code description } } }',
  },
  {
    name: 'a reference resolver that throws',
    query: 'query Cursed { items(category: "cursed") { id category { code label } } }',
  },
  {
    name: 'a GraphQLError with a code from a root field',
    query: '{ item(id: "missing") { id name } }',
  },
  {
    name: 'fields with arguments contributed to an entity by another subgraph',
    query:
      'query Stats($min: Float!) { items(category: "food") { id category { code itemCount(minPrice: $min) topPrices(limit: 1) all: itemCount } } }',
    variables: { min: 2 },
  },
  {
    name: 'a @requires field',
    query: '{ items { id rankInCategory } }',
  },
  {
    name: 'entities returned by a subgraph that does not own them',
    query: '{ busiestCategories(limit: 2) { code label itemCount } }',
  },
  {
    name: 'a chain: key-only objects, their owner, a @requires back in the first subgraph, then a third',
    query: '{ priciestItems(limit: 3) { id name rankInCategory category { label description itemCount } } }',
  },
  {
    name: 'fragments, aliases, __typename and @include on a variable (false)',
    query: `query Shapes($withLabel: Boolean!) {
      items(category: "tools") { __typename ...ItemBits cat: category { __typename code label @include(if: $withLabel) count: itemCount } }
    }
    fragment ItemBits on Item { id n: name rankInCategory }`,
    variables: { withLabel: false },
  },
  {
    name: 'fragments, aliases, __typename and @include on a variable (true)',
    query: `query Shapes($withLabel: Boolean!) {
      items(category: "tools") { __typename ...ItemBits cat: category { __typename code label @include(if: $withLabel) count: itemCount } }
    }
    fragment ItemBits on Item { id n: name rankInCategory }`,
    variables: { withLabel: true },
  },
  {
    name: 'one object reached on two paths with different selections',
    query:
      '{ a: item(id: "i1") { id category { code } } b: item(id: "i1") { rankInCategory name category { label } } }',
  },
  {
    name: 'variables the schema refuses',
    query: 'query Busiest($n: Int!) { busiestCategories(limit: $n) { code } }',
    variables: { n: 'many' },
  },
];
