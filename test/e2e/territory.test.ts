import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningServer } from '../../src/server/app';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { postQuery, startTestServer } from '../support/graph-server';

const DEPARTEMENT_20 = /"20" is not a valid département INSEE code: expected .*"2A" or "2B"/;
const POSTAL_CODE = /^"35000" is a postal code, not an INSEE commune code: use "35238" \(Rennes\)\.$/;
const TENSION = '{ level }';

/**
 * Every territory argument of the API, each with a query that gives it a département "20" (a TerritoryInput or a
 * département field) or the postal code "35000" (a commune field): the messages only the territory validator writes.
 */
const TERRITORY_ARGUMENTS: [coordinate: string, query: string, argumentName: string, message: RegExp][] = [
  ['Query.territory(code)', '{ territory(type: DEPARTEMENT, code: "20") { name } }', 'code', DEPARTEMENT_20],
  [
    'OfferFilter.departement',
    '{ offers(filter: { departement: "20" }) { totalCount } }',
    'filter.departement',
    DEPARTEMENT_20,
  ],
  [
    'OfferFilter.departements',
    '{ offers(filter: { departements: ["35", "20"] }) { totalCount } }',
    'filter.departements',
    DEPARTEMENT_20,
  ],
  [
    'OfferFilter.region',
    '{ offers(filter: { region: "5" }) { totalCount } }',
    'filter.region',
    /"5" is not a valid région/,
  ],
  ['OfferFilter.commune', '{ offers(filter: { commune: "35000" }) { totalCount } }', 'filter.commune', POSTAL_CODE],
  [
    'Occupation.offers(territory)',
    '{ occupation(code: "M1805") { offers(territory: { type: DEPARTEMENT, code: "20" }) { totalCount } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'Occupation.tension(territory)',
    `{ occupation(code: "M1805") { tension(territory: { type: DEPARTEMENT, code: "20" }) ${TENSION} } }`,
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'RomeAppellation.tension(territory)',
    `{ appellation(code: "404278") { tension(territory: { type: DEPARTEMENT, code: "20" }) ${TENSION} } }`,
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'Occupation.tensions(territory)',
    `{ occupation(code: "M1805") { tensions(territory: { type: DEPARTEMENT, code: "20" }) ${TENSION} } }`,
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'RomeAppellation.tensions(territory)',
    `{ appellation(code: "404278") { tensions(territory: { type: DEPARTEMENT, code: "20" }) ${TENSION} } }`,
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'Occupation.labourMarketStatistics(territory)',
    '{ occupation(code: "M1805") { labourMarketStatistics(territory: { type: DEPARTEMENT, code: "20" }) { areaCode } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'Query.labourMarketStatistics(territory)',
    '{ labourMarketStatistics(occupations: ["M1805"], territory: { type: DEPARTEMENT, code: "20" }) { areaCode } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'Query.agencies(territory)',
    '{ agencies(territory: { type: DEPARTEMENT, code: "20" }) { totalCount } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'Occupation.hires(territory)',
    '{ occupation(code: "M1805") { hires(territory: { type: DEPARTEMENT, code: "20" }) { __typename } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'Occupation.jobSeekers(territory)',
    '{ occupation(code: "M1805") { jobSeekers(territory: { type: DEPARTEMENT, code: "20" }) { __typename } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'Occupation.newRegistrations(territory)',
    '{ occupation(code: "M1805") { newRegistrations(territory: { type: DEPARTEMENT, code: "20" }) { __typename } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'Occupation.registeredOffers(territory)',
    '{ occupation(code: "M1805") { registeredOffers(territory: { type: DEPARTEMENT, code: "20" }) { __typename } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'Occupation.salary(territory)',
    '{ occupation(code: "M1805") { salary(territory: { type: DEPARTEMENT, code: "20" }) { __typename } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'RomeAppellation.hires(territory)',
    '{ appellation(code: "404278") { hires(territory: { type: DEPARTEMENT, code: "20" }) { __typename } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'RomeAppellation.jobSeekers(territory)',
    '{ appellation(code: "404278") { jobSeekers(territory: { type: DEPARTEMENT, code: "20" }) { __typename } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'RomeAppellation.newRegistrations(territory)',
    '{ appellation(code: "404278") { newRegistrations(territory: { type: DEPARTEMENT, code: "20" }) { __typename } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'RomeAppellation.registeredOffers(territory)',
    '{ appellation(code: "404278") { registeredOffers(territory: { type: DEPARTEMENT, code: "20" }) { __typename } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  [
    'RomeAppellation.salary(territory)',
    '{ appellation(code: "404278") { salary(territory: { type: DEPARTEMENT, code: "20" }) { __typename } } }',
    'territory',
    DEPARTEMENT_20,
  ],
  ['Query.competentAgency(commune)', '{ competentAgency(commune: "35000") { code } }', 'commune', POSTAL_CODE],
  ['Query.agenciesNear(commune)', '{ agenciesNear(commune: "35000") { origin { latitude } } }', 'commune', POSTAL_CODE],
  ['Query.anonymisedOffers(commune)', '{ anonymisedOffers(commune: "35000") { totalCount } }', 'commune', POSTAL_CODE],
];

describe('territory arguments: one validator for every field, before any upstream call', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('the table below covers every territory argument the API has', async () => {
    const answer = await postQuery(
      server.url,
      `{ __schema { types { name kind
          fields { name args { name type { ...Named } } }
          inputFields { name type { ...Named } }
      } } }
      fragment Named on __Type { name ofType { name ofType { name ofType { name } } } }`,
    );
    type TypeRef = { name: string | null; ofType?: TypeRef | null };
    const named = (type: TypeRef): string => type.name ?? named(type.ofType!);
    const isTerritory = (name: string, type: TypeRef) =>
      named(type) === 'TerritoryInput' || /^(commune|departements?|region)$/.test(name);
    const found: string[] = [];
    for (const type of answer.data.__schema.types) {
      if (type.name.startsWith('__') || type.name === 'TerritoryInput') continue;
      for (const field of type.fields ?? []) {
        for (const arg of field.args)
          if (isTerritory(arg.name, arg.type)) found.push(`${type.name}.${field.name}(${arg.name})`);
      }
      for (const field of type.inputFields ?? [])
        if (isTerritory(field.name, field.type)) found.push(`${type.name}.${field.name}`);
    }
    found.push('Query.territory(code)'); // a TerritoryType and a code, rather than a TerritoryInput
    expect(found.sort()).toEqual(TERRITORY_ARGUMENTS.map(([coordinate]) => coordinate).sort());
  });

  test.each(TERRITORY_ARGUMENTS)(
    '%s goes through the territory validator',
    async (_coordinate, query, argument, message) => {
      const before = server.sandbox!.counters();
      const answer = await postQuery(server.url, query);
      const after = server.sandbox!.counters();
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
      expect(answer.errors![0].message).toMatch(message);
      // No upstream was asked for the territory (the ROME referential may be, for the occupation itself).
      for (const api of ['offres', 'marche', 'agences', 'infotravail'] as const) {
        expect(after.calls[api]).toBe(before.calls[api]);
      }
    },
  );

  test('Corsica and overseas codes are accepted everywhere, in any case', async () => {
    const answer = await postQuery(
      server.url,
      `{
        corse: territory(type: DEPARTEMENT, code: "2a") { id name }
        reunion: territory(type: DEPARTEMENT, code: "974") { id name region { code } }
        offers(filter: { departements: ["2B", "971"] }, first: 0) { totalCount }
      }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.corse).toEqual({ id: 'DEPARTEMENT:2A', name: 'Corse-du-Sud' });
    expect(answer.data.reunion).toEqual({ id: 'DEPARTEMENT:974', name: 'La Réunion', region: { code: '04' } });
    expect(answer.data.offers.totalCount).toBeGreaterThanOrEqual(0);
  });

  test('a well-formed commune that does not exist is NOT_FOUND on the field that names it', async () => {
    const answer = await postQuery(server.url, '{ offers(filter: { commune: "35999" }) { totalCount } }');
    expect(answer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(answer.errors?.[0].message).toBe('No commune with INSEE code "35999".');
  });
});

/**
 * Real offers carry places the generated dataset does not: former commune codes, offers located by département only,
 * offers abroad. A relay in front of the sandbox's Offres API rewrites the places of the first offers of a page the
 * way France Travail publishes them; everything else is the sandbox's own answer.
 */
describe("an offer's territory, for every place France Travail publishes", () => {
  const PLACES = [
    // Béon (01039) merged into Culoz-Béon (01138) in 2017; offers still carry the old code.
    { libelle: '01 - BEON', codePostal: '01350', commune: '01039' },
    { libelle: '35 - Ille-et-Vilaine' },
    { libelle: 'Belgique' },
    { libelle: '2A - AJACCIO', codePostal: '20000', commune: '2A004' },
  ];
  let sandbox: Sandbox;
  let relay: Server;
  let server: RunningServer;

  beforeAll(async () => {
    sandbox = await startSandbox();
    relay = createServer(async (request, response) => {
      const upstream = await fetch(`${sandbox.apiBaseUrl}/offresdemploi${request.url}`, {
        headers: { authorization: request.headers.authorization ?? '' },
      });
      let body = await upstream.text();
      if (upstream.status === 200 || upstream.status === 206) {
        const answer = JSON.parse(body) as { resultats: { lieuTravail?: unknown }[] };
        answer.resultats.forEach((offer, index) => {
          if (index < PLACES.length) offer.lieuTravail = PLACES[index];
        });
        body = JSON.stringify(answer);
      }
      const headers: Record<string, string> = { 'content-type': upstream.headers.get('content-type') ?? '' };
      const range = upstream.headers.get('content-range');
      if (range) headers['content-range'] = range;
      response.writeHead(upstream.status, headers).end(body);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
    server = await startTestServer({
      FT_CLIENT_ID: sandbox.credentials.clientId,
      FT_CLIENT_SECRET: sandbox.credentials.clientSecret,
      FT_API_BASE_URL: sandbox.apiBaseUrl,
      FT_TOKEN_URL: sandbox.tokenUrl,
      FT_OFFRES_URL: `http://127.0.0.1:${(relay.address() as AddressInfo).port}`,
    });
  });
  afterAll(async () => {
    await server?.stop();
    await new Promise((resolve) => relay?.close(resolve));
    await sandbox?.close();
  });

  test('former commune → the commune it merged into; département only → the département; abroad → null', async () => {
    const answer = await postQuery(
      server.url,
      `{ offers(filter: { departement: "35" }, first: ${PLACES.length}) { edges { node {
          location { communeCode territory { id type code name departement { code } region { code } } }
      } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    const territories = answer.data.offers.edges.map(
      (edge: { node: { location: { territory: unknown } } }) => edge.node.location.territory,
    );
    expect(territories).toEqual([
      {
        id: 'COMMUNE:01138',
        type: 'COMMUNE',
        code: '01138',
        name: 'Culoz-Béon',
        departement: { code: '01' },
        region: { code: '84' },
      },
      {
        id: 'DEPARTEMENT:35',
        type: 'DEPARTEMENT',
        code: '35',
        name: 'Ille-et-Vilaine',
        departement: null,
        region: { code: '53' },
      },
      null,
      {
        id: 'COMMUNE:2A004',
        type: 'COMMUNE',
        code: '2A004',
        name: 'Ajaccio',
        departement: { code: '2A' },
        region: { code: '94' },
      },
    ]);
    // The published code stays as published.
    expect(answer.data.offers.edges[0].node.location.communeCode).toBe('01039');
  });
});
