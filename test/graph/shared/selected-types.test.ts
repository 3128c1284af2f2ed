import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectedTypesBelow } from '../../../src/graph/shared/selected-types';

const schema = buildSchema(`
  type Query { offers: [Offer!]! }
  type Offer { id: ID! location: Location appellation: Appellation }
  type Location { label: String territory: Territory }
  type Territory { code: String }
  type Appellation { code: String occupation: Occupation }
  type Occupation { code: String }
`);

async function selectedBelowOffers(query: string): Promise<string[]> {
  let seen: ReadonlySet<string> = new Set();
  const rootValue = {
    offers: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
      seen = selectedTypesBelow(info);
      return [];
    },
  };
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  return [...seen].sort();
}

describe('selectedTypesBelow', () => {
  test('names every output type selected below the field, however deep', async () => {
    expect(await selectedBelowOffers('{ offers { id appellation { occupation { code } } } }')).toEqual([
      'Appellation',
      'ID',
      'Occupation',
      'String',
    ]);
  });

  test('follows inline fragments and named fragments', async () => {
    const query = `
      { offers { ... on Offer { location { label } } ...Where } }
      fragment Where on Offer { location { territory { code } } }
    `;
    expect(await selectedBelowOffers(query)).toEqual(['Location', 'String', 'Territory']);
  });
});
