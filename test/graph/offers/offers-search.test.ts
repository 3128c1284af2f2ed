import type { RunningServer } from '../../../src/server/app';
import type { SandboxCounters } from '../../../src/sandbox';
import { encodeCursor } from '../../../src/graph/offers/paging';
import { postQuery, startTestServer } from '../../support/graph-server';
import { operation } from '../../support/operations';

const SEARCH_ROUTE = 'GET /offresdemploi/v2/offres/search';
const referentialRoute = (name: string) => `GET /offresdemploi/v2/referentiel/${name}`;

function routeCalls(before: SandboxCounters, after: SandboxCounters): Record<string, number> {
  const calls: Record<string, number> = {};
  for (const [route, count] of Object.entries(after.byRoute)) {
    const delta = count - (before.byRoute[route] ?? 0);
    if (delta > 0) calls[route] = delta;
  }
  return calls;
}

const FILTERED_FACETED = `
  query Filtered($filter: OfferFilter!) {
    offers(filter: $filter, first: 50) {
      totalCount
      facets {
        contractTypes { value label count }
        contractNatures { value label count }
        experience { value label count }
        qualification { value label count }
      }
      edges { node { id contract { type nature } naf { code label } sector { code label } experienceRequirement } }
      pageInfo { hasNextPage endCursor }
    }
    offerReferentials { contractTypes { code label } }
  }`;

describe('offers: filters, facets and referentials through the graph', () => {
  let server: RunningServer;
  const counters = () => server.sandbox!.counters();

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  test('a filtered, faceted search with referential labels costs the distinct-key minimum cold and nothing warm', async () => {
    const filter = {
      departement: '35',
      romeCodes: ['M1805', 'M1811'],
      contractTypes: ['CDI', 'CDD'],
      contractNatures: ['E2'],
      sectorCodes: ['62'],
      publishedWithinDays: 31,
    };
    const before = counters();
    const cold = await postQuery(server.url, FILTERED_FACETED, { filter });
    const afterCold = counters();
    expect(cold.errors).toBeUndefined();
    const offers = cold.data.offers;
    expect(offers.totalCount).toBeGreaterThan(0);
    for (const { node } of offers.edges) {
      expect(
        node.contract.type === 'CDI' ||
          node.contract.type === 'CDD' ||
          node.contract.nature === 'Contrat apprentissage',
      ).toBe(true);
      expect(node.sector.code).toBe('62');
      if (node.naf) expect(node.naf.label).toEqual(expect.any(String));
    }
    const cdi = offers.facets.contractTypes.find((f: any) => f.value === 'CDI');
    expect(cdi).toMatchObject({ label: 'CDI', count: expect.any(Number) });
    const facetTotal = (name: string) => offers.facets[name].reduce((sum: number, f: any) => sum + f.count, 0);
    for (const name of ['contractTypes', 'contractNatures', 'experience', 'qualification'])
      expect(facetTotal(name)).toBe(offers.totalCount);
    expect(offers.facets.experience[0].label).toEqual(expect.any(String));
    expect(cold.data.offerReferentials.contractTypes).toContainEqual({ code: 'CDI', label: 'CDI' });

    // Distinct keys: one search page (facets come with it); the contract types list serves the filter check, the
    // facet labels and the referential field; the natures list the filter check and facet labels; sectors the
    // filter check; NAF codes the labels. Tokens were fetched at start-up.
    expect(routeCalls(before, afterCold)).toEqual({
      [SEARCH_ROUTE]: 1,
      [referentialRoute('typesContrats')]: 1,
      [referentialRoute('naturesContrats')]: 1,
      [referentialRoute('secteursActivites')]: 1,
      [referentialRoute('nafs')]: 1,
    });
    expect(afterCold.tokens - before.tokens).toBe(0);

    const warm = await postQuery(server.url, FILTERED_FACETED, { filter });
    expect(routeCalls(afterCold, counters())).toEqual({});
    expect(warm.data).toEqual(cold.data);
  });

  test('the README example answers with filters, facets and a referential', async () => {
    const answer = await postQuery(server.url, operation('data-jobs-in-brittany'));
    expect(answer.errors).toBeUndefined();
    const { offers, offerReferentials } = answer.data;
    expect(offers.totalCount).toBeGreaterThan(0);
    expect(offers.edges.length).toBeGreaterThan(0);
    expect(offers.facets.contractTypes.map((f: any) => f.label)).not.toContain(null);
    expect(offerReferentials.trainingLevels.length).toBeGreaterThan(0);
    const dates = offers.edges.map((e: any) => e.node.createdAt);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('an upstream answer off its contract fails only its field, as UPSTREAM_CONTRACT naming the upstream field', async () => {
    server.sandbox!.injectFault({
      api: 'offres',
      pathIncludes: '/offres/search',
      status: 200,
      times: 1,
      body: JSON.stringify({ resultats: [{ id: '123ABCD', intitule: 7, dateCreation: '2026-06-01T00:00:00Z' }] }),
    });
    const answer = await postQuery(
      server.url,
      '{ offers(filter: { departement: "56" }) { totalCount } offerReferentials { regions { code } } }',
    );
    expect(answer.data.offers).toBeNull();
    expect(answer.data.offerReferentials.regions.length).toBeGreaterThan(0);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]).toMatchObject({ path: ['offers'], extensions: { code: 'UPSTREAM_CONTRACT' } });
    expect(answer.errors![0].message).toContain('resultats.0.intitule');
  });

  test('facets without labels cost no referential call', async () => {
    const before = counters();
    const answer = await postQuery(
      server.url,
      '{ offers(filter: { departement: "22" }, first: 0) { totalCount facets { contractTypes { value count } } } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.offers.facets.contractTypes.length).toBeGreaterThan(0);
    expect(routeCalls(before, counters())).toEqual({ [SEARCH_ROUTE]: 1 });
  });

  test.each([
    ['an unknown experience class', '{ experience: SOMETIMES }'],
    ['a malformed contract type', '{ contractTypes: ["c-d-i"] }'],
    ['too many NAF codes', '{ nafCodes: ["62.01Z", "62.02A", "62.03Z"] }'],
    ['a malformed NAF code', '{ nafCodes: ["6202A"] }'],
    ['a distance without commune', '{ departement: "35", distanceKm: 10 }'],
    ['a malformed commune', '{ commune: "3523" }'],
    ['a postal code given as a commune', '{ commune: "35000" }'],
    ['neighbours without département', '{ region: "53", includeNeighbouringDepartements: true }'],
    ['weekly hours out of range', '{ weeklyHours: { min: 40, max: 20 } }'],
    ['a negative salary', '{ minimumSalary: { amount: -5, period: MONTHLY } }'],
    ['a malformed creation date', '{ createdAfter: "yesterday" }'],
    ['dates in the wrong order', '{ createdAfter: "2026-06-10", createdBefore: "2026-06-01" }'],
    ['an empty partner list', '{ partners: { codes: [], mode: EXCLUDE } }'],
    ['a publication window upstream refuses', '{ publishedWithinDays: 2 }'],
    ['a malformed appellation code', '{ appellationCode: "12" }'],
  ])('%s is refused as BAD_USER_INPUT before any upstream call', async (_what, filter) => {
    const before = counters();
    const answer = await postQuery(server.url, `{ offers(filter: ${filter}) { totalCount } }`);
    expect(answer.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(routeCalls(before, counters())).toEqual({});
  });

  test('a well-formed commune that does not exist is NOT_FOUND, before any upstream call', async () => {
    const before = counters();
    const answer = await postQuery(server.url, '{ offers(filter: { commune: "35999" }) { totalCount } }');
    expect(answer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(routeCalls(before, counters())).toEqual({});
  });

  test.each([
    ['contract type', '{ contractTypes: ["XYZ"] }', 'filter.contractTypes'],
    ['NAF code', '{ nafCodes: ["99.99Z"] }', 'filter.nafCodes'],
    ['training level', '{ trainingLevelCode: "NV9" }', 'filter.trainingLevelCode'],
    ['country or continent', '{ countryOrContinentCode: "12345" }', 'filter.countryOrContinentCode'],
  ])('an unknown %s is found on its referential and refused without searching', async (_what, filter, argument) => {
    const before = counters();
    const answer = await postQuery(server.url, `{ offers(filter: ${filter}) { totalCount } }`);
    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    const calls = routeCalls(before, counters());
    expect(calls[SEARCH_ROUTE]).toBeUndefined();
    expect(Object.keys(calls).every((route) => route.startsWith('GET /offresdemploi/v2/referentiel/'))).toBe(true);
    expect(answer.errors?.[0].message).toMatch(/^Unknown /);
  });

  test('every criterion reaches upstream and narrows the search', async () => {
    const total = async (filter: string) => {
      const answer = await postQuery(server.url, `{ offers(filter: ${filter}, first: 0) { totalCount } }`);
      expect(answer.errors).toBeUndefined();
      return answer.data.offers.totalCount as number;
    };
    const base = '{ departement: "35", romeCodes: ["M1805", "M1811"]';
    const all = await total(`${base} }`);
    // Both ROME codes are in domain M18: these keep every offer.
    for (const extra of ['broadDomain: M18', 'domainCode: "M18"']) expect(await total(`${base}, ${extra} }`)).toBe(all);
    for (const extra of [
      'nafCodes: ["62.02A"]',
      'workingTime: PART_TIME',
      'fullTime: false',
      'weeklyHours: { min: 37 }',
      'contractDurationMonths: { max: 6 }',
      'minimumSalary: { amount: 3000, period: MONTHLY }',
      'experience: MORE_THAN_THREE_YEARS',
      'experienceRequirement: REQUIRED',
      'qualification: MANAGERIAL',
      'origin: PARTNER',
      'openToDisabledWorkers: true',
      'disabilityCommittedEmployers: true',
      'lackingCandidates: true',
      'partners: { codes: ["DIRECTEMPLOI"], mode: INCLUDE }',
      'createdAfter: "2026-06-01T00:00:00Z"',
      'keywords: ["data"]',
      'commune: "35238", distanceKm: 0',
    ]) {
      const narrowed = await total(`${base}, ${extra} }`);
      expect([extra, narrowed < all]).toEqual([extra, true]);
    }
    expect(await total(`${base}, simulationRecruitment: true }`)).toBe(0);
    expect(await total(`${base}, countryOrContinentCode: "99127" }`)).toBe(0);
  });

  describe('paging up to the upstream cap', () => {
    const PAGE = `query Page($after: String) {
      offers(filter: { region: "11" }, first: 150, after: $after) {
        totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage endCursor }
      }
    }`;

    test('the page ending at position 2999 has a next page; the one starting at 3000 has none', async () => {
      const before = await postQuery(server.url, PAGE, { after: encodeCursor(2849) });
      expect(before.errors).toBeUndefined();
      expect(before.data.offers.totalCount).toBeGreaterThan(3150);
      expect(before.data.offers.pageInfo.hasNextPage).toBe(true);

      const last = await postQuery(server.url, PAGE, { after: before.data.offers.pageInfo.endCursor });
      expect(last.errors).toBeUndefined();
      expect(last.data.offers.edges).toHaveLength(150);
      expect(last.data.offers.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

      // The cursor a client might still try is refused before any call, not by upstream.
      const calls = counters();
      const beyond = await postQuery(server.url, PAGE, { after: last.data.offers.pageInfo.endCursor });
      expect(beyond.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(routeCalls(calls, counters())).toEqual({});
    });
  });

  test('backward paging returns the window just before a cursor', async () => {
    const PAGE = `query Page($after: String, $before: String, $last: Int) {
      offers(filter: { departement: "35" }, first: 10, after: $after, before: $before, last: $last) {
        edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const first = await postQuery(server.url, PAGE, {});
    const second = await postQuery(server.url, PAGE, { after: first.data.offers.pageInfo.endCursor });
    const back = await postQuery(server.url, PAGE, { before: second.data.offers.pageInfo.startCursor, last: 10 });
    expect(back.errors).toBeUndefined();
    expect(back.data.offers.edges).toEqual(first.data.offers.edges);
    expect(back.data.offers.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const partial = await postQuery(server.url, PAGE, { before: first.data.offers.edges[3].cursor, last: 10 });
    expect(partial.data.offers.edges).toEqual(first.data.offers.edges.slice(0, 3));

    for (const variables of [
      { last: 5 },
      { after: first.data.offers.pageInfo.endCursor, before: 'x' },
      { before: 'x' },
    ]) {
      const refused = await postQuery(server.url, PAGE, variables);
      expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  test('offerReferentials serves the 16 lists, each one call per lifetime', async () => {
    const fields = [
      'departements { code label region { code label } }',
      'regions { code label }',
      'countries { code label }',
      'continents { code label }',
      'nafCodes { code label }',
      'sectors { code label }',
      'domains { code label }',
      'occupations { code label }',
      'appellations { code label }',
      'themes { code label }',
      'contractTypes { code label }',
      'contractNatures { code label }',
      'trainingLevels { code label }',
      'drivingLicences { code label }',
      'languages { code label }',
    ];
    const query = `{ offerReferentials { communes(departementCode: "35") { code label postalCode departementCode } ${fields.join(' ')} } }`;
    const answer = await postQuery(server.url, query);
    expect(answer.errors).toBeUndefined();
    for (const [name, list] of Object.entries(answer.data.offerReferentials)) {
      expect([name, (list as unknown[]).length > 0]).toEqual([name, true]);
    }
    expect(answer.data.offerReferentials.communes).toContainEqual({
      code: '35238',
      label: 'RENNES',
      postalCode: '35000',
      departementCode: '35',
    });
    const again = counters();
    await postQuery(server.url, query);
    expect(routeCalls(again, counters())).toEqual({});
  });

  test('an offer by id carries every published detail', async () => {
    const search = await postQuery(
      server.url,
      '{ offers(filter: { departement: "35" }, first: 1) { edges { node { id } } } }',
    );
    const id = search.data.offers.edges[0].node.id;
    const answer = await postQuery(
      server.url,
      `{ offer(id: "${id}") { id title romeLabel company { name logoUrl adapted } salary { label complements benefits { code label } }
        formations { level requirement } languages { label } drivingLicences { label } professionalQualities { label }
        workConditions { schedules conditions officeTools } travel { code label } qualification { code label }
        contact { name lines applicationUrl } agency { email } inclusion { openToDisabledWorkers adaptedCompany disabilityCommittedEmployer }
        hardToFill origin { source url partnerLinks { name url logoUrl } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.offer).toMatchObject({
      id,
      title: expect.any(String),
      origin: { url: expect.stringContaining(id) },
    });
  });
});
