import { HostileHarness, query, README_QUERY } from './harness';

const offers = (filter: string, extra = '') => `{ offers(filter: { ${filter} }${extra}) { totalCount } }`;

describe('hostile arguments: refused as BAD_USER_INPUT before any upstream call', () => {
  const harness = new HostileHarness();
  beforeAll(async () => {
    await harness.start();
    // Warm what the health check after each case asks, so that every upstream call counted below is the case's own.
    await harness.send(query(README_QUERY));
  });
  afterAll(() => harness.stop());

  const cases: [string, string, number][] = [
    ['a negative first', offers('departement: "35"', ', first: -1'), 200],
    ['first one over the page size', offers('departement: "35"', ', first: 151'), 200],
    ['first of 2^31', offers('departement: "35"', ', first: 2147483648'), 400],
    ['first as a float', offers('departement: "35"', ', first: 1.5'), 400],
    ['first as a string', offers('departement: "35"', ', first: "10"'), 400],
    ['a cursor we never issued', offers('departement: "35"', ', after: "OTk5OTk5OTk5OTk5"'), 200],
    ['a cursor that is a null byte', offers('departement: "35"', ', after: "\\u0000"'), 200],
    ['a cursor that is not base64', offers('departement: "35"', ', after: "%%%%"'), 200],
    ['a département with a null byte', offers('departement: "35\\u0000"'), 200],
    ['an SQL-looking département', offers(`departement: "' OR 1=1 --"`), 200],
    ['a script tag as département', offers('departement: "<script>alert(1)</script>"'), 200],
    ['an SQL-looking ROME code', offers('romeCodes: ["M1805; DROP TABLE offres"]'), 200],
    ['1 000 ROME codes', offers(`romeCodes: [${Array.from({ length: 1000 }, () => '"M1805"').join(',')}]`), 200],
    [
      '100 keywords',
      offers(`departement: "35", keywords: [${Array.from({ length: 100 }, (_, i) => `"k${i}"`).join(',')}]`),
      200,
    ],
    ['a negative distance', offers('commune: "35238", distanceKm: -5'), 200],
    ['a distance of 100 000 km', offers('commune: "35238", distanceKm: 100000'), 200],
    ['publishedWithinDays of 10 000', offers('departement: "35", publishedWithinDays: 10000'), 200],
    ['a contract type that is markup', offers('departement: "35", contractTypes: ["<x>"]'), 200],
    ['a path traversal as ROME code', '{ occupation(code: "../../etc/passwd") { label } }', 200],
    ['a 100 000-character ROME code', `{ occupation(code: "${'A'.repeat(100_000)}") { label } }`, 200],
    ['an SQL-looking offer id', '{ offer(id: "1 OR 1=1") { title } }', 200],
    ['a percent-encoded offer id', '{ offer(id: "%2e%2e%2f") { title } }', 200],
    ['an offer id with a null byte', '{ offer(id: "209WNP\\u0000") { title } }', 200],
    ['a commune code that is a null byte', '{ territory(type: COMMUNE, code: "\\u0000") { name } }', 200],
    ['a région code in full-width digits', '{ territory(type: REGION, code: "９３") { name } }', 200],
    ['a negative région code', '{ territory(type: REGION, code: "-1") { name } }', 200],
    ['an unknown territory type', '{ territory(type: CANTON, code: "35") { name } }', 400],
    ['a territory type as a string', '{ territory(type: "REGION", code: "53") { name } }', 400],
    ['right-to-left override in a code', '{ occupation(code: "\\u202E5081M") { label } }', 200],
    ['an emoji ROME code', '{ occupation(code: "M18🚀") { label } }', 200],
  ];

  test.each(cases)('%s', async (_name, text, status) => {
    const before = harness.server.sandbox!.counters();
    const response = await harness.expectRefused(query(text), status, 'BAD_USER_INPUT');
    const after = harness.server.sandbox!.counters();
    expect({ tokens: after.tokens - before.tokens, calls: after.total - before.total }).toEqual({
      tokens: 0,
      calls: 0,
    });
    // A message may quote the value, never at full length.
    expect(response.json!.errors![0].message.length).toBeLessThanOrEqual(501);
  });

  test('unicode in keywords reaches the search as text, not as an error of ours', async () => {
    const response = await harness.send(query(offers('departement: "35", keywords: ["développeur"]', ', first: 1')));
    expect(response.status).toBe(200);
    expect(typeof response.json?.data?.offers?.totalCount).toBe('number');
  });
});
