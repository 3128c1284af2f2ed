import { createHash } from 'node:crypto';
import { operation } from '../support/operations';
import { HostileHarness, json, query, type RawRequest } from './harness';

const nested = (levels: number) =>
  `{ occupation(code: "M1805") { ${'appellations { occupation { '.repeat(levels)}code${' } }'.repeat(levels)} } }`;
const aliases = (n: number) =>
  `{ occupation(code: "M1805") { ${Array.from({ length: n }, (_, i) => `a${i}: code`).join(' ')} } }`;
const fanOut = (levels: number, fan: number) => {
  let text = 'query Bomb { ...F0 } ';
  for (let i = 0; i < levels; i++)
    text += `fragment F${i} on Query { ${Array.from({ length: fan }, () => `...F${i + 1}`).join(' ')} } `;
  return `${text}fragment F${levels} on Query { __typename }`;
};
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('hostile documents: limits, cycles and floods answered with precise codes', () => {
  const harness = new HostileHarness();
  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  const refused: [string, RawRequest, number, string][] = [
    ['nesting one level over the limit', query(nested(6)), 400, 'QUERY_TOO_DEEP'],
    ['nesting 100 levels deep', query(nested(100)), 400, 'QUERY_TOO_DEEP'],
    [
      'nesting hidden in fragments',
      query(
        `query Q { occupation(code: "M1805") { ...A } } ${Array.from(
          { length: 8 },
          (_, i) =>
            `fragment ${String.fromCharCode(65 + i)} on Occupation { appellations { occupation { ...${String.fromCharCode(66 + i)} } } }`,
        ).join(' ')} fragment I on Occupation { code }`,
      ),
      400,
      'QUERY_TOO_DEEP',
    ],
    [
      'deep introspection',
      query(`{ __type(name: "Query") { fields { type ${'{ ofType '.repeat(12)}{ name }${' }'.repeat(12)} } } }`),
      400,
      'QUERY_TOO_DEEP',
    ],
    ['41 aliases', query(aliases(41)), 400, 'TOO_MANY_ALIASES'],
    ['an alias bomb of 1 000 aliases', query(aliases(1000)), 400, 'TOO_MANY_ALIASES'],
    ['51 directives', query(`{ __typename ${'@include(if: true) '.repeat(51)}}`), 400, 'TOO_MANY_DIRECTIVES'],
    [
      'a directive flood over many fields',
      query(`{ ${Array.from({ length: 60 }, (_, i) => `f${i}: __typename @skip(if: false)`).join(' ')} }`),
      400,
      'TOO_MANY_DIRECTIVES',
    ],
    ['a token flood', query(`{ ${'__typename '.repeat(6000)}}`), 400, 'TOO_MANY_TOKENS'],
    ['a flood of commas and whitespace only', query(`{ __typename ${', '.repeat(100_000)}}`), 200, 'none'],
    [
      'a fragment cycle',
      query('query Q { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    [
      'a fragment spreading itself',
      query('query Q { ...A } fragment A on Query { __typename ...A }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a fan-out fragment bomb', query(fanOut(5, 40)), 400, 'QUERY_TOO_DEEP'],
    [
      '500 unused fragments',
      query(
        `query Q { __typename } ${Array.from({ length: 500 }, (_, i) => `fragment U${i} on Query { __typename }`).join(' ')}`,
      ),
      400,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['an unknown field', query('{ nope }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', query('{ occupation(code: "M1805" { label } }'), 400, 'GRAPHQL_PARSE_FAILED'],
    ['an unterminated string', query('{ occupation(code: "M1805) { label } }'), 400, 'GRAPHQL_PARSE_FAILED'],
    ['an empty query', query(''), 400, 'BAD_REQUEST'],
    ['a null query', json({ query: null }), 400, 'BAD_REQUEST'],
    ['an unknown directive', query('{ __typename @foo }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['an undefined variable', query('query { occupation(code: $c) { label } }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['two anonymous operations', query('{ __typename } { __typename }'), 400, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'an operationName naming no operation',
      query('query A { __typename }', { operationName: 'B' }),
      400,
      'OPERATION_NOT_FOUND',
    ],
    [
      'operationName "__proto__"',
      query('query A { __typename }', { operationName: '__proto__' }),
      400,
      'OPERATION_NOT_FOUND',
    ],
    [
      'operationName "constructor"',
      query('query A { __typename }', { operationName: 'constructor' }),
      400,
      'OPERATION_NOT_FOUND',
    ],
    [
      'two named operations and no operationName',
      query('query A { __typename } query B { __typename }'),
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    ['a subscription over HTTP', query('subscription { offers }'), 400, 'OPERATION_NOT_SUPPORTED'],
    ['a mutation', query('mutation { deleteEverything }'), 400, 'OPERATION_NOT_SUPPORTED'],
    [
      'GET of a mutation',
      { method: 'GET', path: '/?query=mutation%7Bx%7D', headers: { 'apollo-require-preflight': 'true' } },
      405,
      'BAD_REQUEST',
    ],
    [
      'a persisted query whose hash is not its query',
      query('{ __typename }', { extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ other }') } } }),
      400,
      'PERSISTED_QUERY_HASH_MISMATCH',
    ],
    [
      'a persisted query of an unsupported version',
      query('{ __typename }', { extensions: { persistedQuery: { version: 2, sha256Hash: sha256('{ __typename }') } } }),
      400,
      'PERSISTED_QUERY_VERSION_UNSUPPORTED',
    ],
    [
      'a persisted query hash never registered (Apollo clients then send the query)',
      json({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256('never sent') } } }),
      200,
      'PERSISTED_QUERY_NOT_FOUND',
    ],
    [
      'variables of the wrong type',
      query('query ($code: String!) { occupation(code: $code) { label } }', { variables: { code: 5 } }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a missing required variable',
      query('query ($code: String!) { occupation(code: $code) { label } }', { variables: {} }),
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a variable object where a list is expected, deeply nested',
      query('query ($f: OfferFilter!) { offers(filter: $f) { totalCount } }', {
        variables: { f: { keywords: JSON.parse(`${'['.repeat(1000)}${']'.repeat(1000)}`) } },
      }),
      400,
      'BAD_USER_INPUT',
    ],
    ['a literal of the wrong type', query('{ __typename @skip(if: "yes") }'), 400, 'BAD_USER_INPUT'],
  ];

  test.each(refused)('%s', async (_name, raw, status, code) => {
    if (code === 'none') {
      const response = await harness.send(raw);
      expect(response.status).toBe(status);
      expect(response.json?.errors).toBeUndefined();
      await harness.expectStillServing();
      return;
    }
    await harness.expectRefused(raw, status, code);
  });

  test('a limit error says which limit, not a raw rule message', async () => {
    const response = await harness.send(query(aliases(41)));
    expect(response.json?.errors?.[0]?.message).toBe('Query uses more than 40 aliases.');
  });

  test('validation reports at most ten errors, whatever the flood', async () => {
    const response = await harness.send(query(`{ ${Array.from({ length: 300 }, (_, i) => `f${i}`).join(' ')} }`));
    expect(response.status).toBe(400);
    expect(response.json?.errors?.length).toBeLessThanOrEqual(11);
  });

  test('a persisted query registers and then runs by its hash alone', async () => {
    const text = '{ occupation(code: "M1811") { code } }';
    const persistedQuery = { version: 1, sha256Hash: sha256(text) };
    expect((await harness.send(query(text, { extensions: { persistedQuery } }))).json?.data).toEqual({
      occupation: { code: 'M1811' },
    });
    const byHash = await harness.send({
      method: 'GET',
      path: `/?extensions=${encodeURIComponent(JSON.stringify({ persistedQuery }))}`,
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(byHash.json?.data).toEqual({ occupation: { code: 'M1811' } });
  });

  test('every README operation stays within the document limits', async () => {
    for (const [name, variables] of [
      ['jobs-near-me', { departement: '35', romeCodes: ['M1805'], first: 5 }],
      ['occupation-overview', { code: 'M1805', territory: { type: 'DEPARTEMENT', code: '35' } }],
      ['region-overview', { code: '53', occupation: 'M1805' }],
    ] as const) {
      const response = await harness.send(query(operation(name), { variables }));
      expect({ name, status: response.status, errors: response.json?.errors }).toEqual({
        name,
        status: 200,
        errors: undefined,
      });
    }
  });
});
