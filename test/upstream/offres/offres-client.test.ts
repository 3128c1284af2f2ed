import { UpstreamBadRequestError, UpstreamContractError } from '../../../src/upstream';
import { OFFRES_REFERENTIALS } from '../../support/offres-referentials';
import { BUSY_DEPARTEMENT, BUSY_SEARCH, callsDuring, sandboxSuite } from '../support/sandbox';

describe('Offres client against the sandbox', () => {
  const suite = sandboxSuite();

  it('pages through a search with the total from Content-Range (206 then the last window)', async () => {
    const first = await suite.upstream.offres.search(BUSY_SEARCH, { start: 0, end: 149 });
    expect(first.total).toBeGreaterThanOrEqual(160);
    expect(first.offres).toHaveLength(150);
    expect([first.rangeStart, first.rangeEnd]).toEqual([0, 149]);

    const lastStart = 150;
    const lastEnd = Math.min(first.total - 1, lastStart + 149);
    const last = await suite.upstream.offres.search(BUSY_SEARCH, { start: lastStart, end: lastStart + 149 });
    expect(last.total).toBe(first.total);
    expect([last.rangeStart, last.rangeEnd]).toEqual([lastStart, lastEnd]);
    expect(last.offres).toHaveLength(lastEnd - lastStart + 1);

    const ids = new Set([...first.offres, ...last.offres].map((offre) => offre.id));
    expect(ids.size).toBe(first.offres.length + last.offres.length);
    for (const offre of first.offres) expect(BUSY_SEARCH.codeROME).toContain(offre.romeCode);
  });

  it('a window covering every match returns it whole (200)', async () => {
    const probe = await suite.upstream.offres.search(
      { codeROME: ['M1805'], territories: [BUSY_DEPARTEMENT] },
      { start: 0, end: 0 },
    );
    expect(probe.total).toBeGreaterThan(0);
    const end = Math.min(probe.total, 150) - 1;
    const whole = await suite.upstream.offres.search(
      { codeROME: ['M1805'], territories: [BUSY_DEPARTEMENT] },
      { start: 0, end },
    );
    expect(whole.offres).toHaveLength(end + 1);
    expect(whole.rangeEnd).toBe(end);
  });

  it('a search without match (204) is an empty page', async () => {
    const page = await suite.upstream.offres.search({ ...BUSY_SEARCH, motsCles: ['zzqxwvk'] }, { start: 0, end: 49 });
    expect(page).toEqual({ offres: [], filtresPossibles: [], total: 0, rangeStart: -1, rangeEnd: -1 });
  });

  it("a rejected search is translated, France Travail's French message kept aside", async () => {
    const failure = await suite.upstream.offres
      .search(BUSY_SEARCH, { start: 0, end: 400 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UpstreamBadRequestError);
    expect(failure).toMatchObject({ code: 'UPSTREAM_BAD_REQUEST', api: 'offres', status: 400 });
    expect((failure as Error).message).toBe(
      "France Travail Offres d'emploi rejected the request: the requested window is larger than 150 offers",
    );
    expect(failure).toMatchObject({ upstreamMessage: 'La plage de résultats demandée est trop importante.' });
  });

  it('fetches an offer by id, and null for an unknown id (204), caching both', async () => {
    const page = await suite.upstream.offres.search(BUSY_SEARCH, { start: 0, end: 4 });
    const id = page.offres[0].id;
    const found = await callsDuring(suite.sandbox, () => suite.upstream.offres.getById(id));
    expect(found.result).toMatchObject({ id, intitule: page.offres[0].intitule });
    expect(found.served('offres')).toBe(1);

    const unknown = await callsDuring(suite.sandbox, () => suite.upstream.offres.getById('0ZZZZZZ'));
    expect(unknown.result).toBeNull();
    expect(unknown.served('offres')).toBe(1);

    const again = await callsDuring(suite.sandbox, () =>
      Promise.all([suite.upstream.offres.getById(id), suite.upstream.offres.getById('0ZZZZZZ')]),
    );
    expect(again.result).toEqual([found.result, null]);
    expect(again.calls('offres')).toBe(0);
  });

  it('a malformed id is a bad request', async () => {
    await expect(suite.upstream.offres.getById('not an id!')).rejects.toMatchObject({ code: 'UPSTREAM_BAD_REQUEST' });
  });

  it('serves a repeated search from cache, even written differently', async () => {
    const criteria = { codeROME: ['M1811', 'M1805'], territories: [BUSY_DEPARTEMENT] };
    const first = await callsDuring(suite.sandbox, () => suite.upstream.offres.search(criteria, { start: 0, end: 19 }));
    expect(first.served('offres')).toBe(1);
    const repeat = await callsDuring(suite.sandbox, () =>
      suite.upstream.offres.search(
        { territories: [BUSY_DEPARTEMENT], codeROME: ['M1805', 'M1811'] },
        { start: 0, end: 19 },
      ),
    );
    expect(repeat.calls('offres')).toBe(0);
    expect(repeat.result).toEqual(first.result);
  });

  it('coalesces identical concurrent searches into one upstream call', async () => {
    const criteria = { codeROME: ['M1805'], territories: [BUSY_DEPARTEMENT], sort: 1 as const };
    const burst = await callsDuring(suite.sandbox, () =>
      Promise.all(Array.from({ length: 12 }, () => suite.upstream.offres.search(criteria, { start: 0, end: 29 }))),
    );
    expect(burst.served('offres')).toBe(1);
    for (const page of burst.result) expect(page).toBe(burst.result[0]);
  });

  it('loads each of the 16 referentials whole, once per lifetime', async () => {
    const cold = await callsDuring(suite.sandbox, () =>
      Promise.all(OFFRES_REFERENTIALS.map((name) => suite.upstream.offres.referential(name))),
    );
    expect(cold.served('offres')).toBe(OFFRES_REFERENTIALS.length);
    expect(OFFRES_REFERENTIALS.filter((_name, i) => cold.result[i].length === 0)).toEqual([]);
    expect(cold.result[1].find((d) => d.code === '35')).toEqual({
      code: '35',
      libelle: 'Ille-et-Vilaine',
      region: { code: '53', libelle: 'Bretagne' },
    });
    const warm = await callsDuring(suite.sandbox, () =>
      Promise.all(OFFRES_REFERENTIALS.map((name) => suite.upstream.offres.referential(name))),
    );
    expect(warm.calls('offres')).toBe(0);
  });

  it('an answer off its contract is UPSTREAM_CONTRACT naming the field', async () => {
    suite.sandbox.injectFault({
      api: 'offres',
      pathIncludes: '/offres/search',
      status: 200,
      times: 1,
      body: JSON.stringify({ resultats: [{ id: '123ABCD', intitule: 'Boulanger', dateCreation: 20260601 }] }),
    });
    const failure = await suite.upstream.offres
      .search({ codeROME: ['D1102'] }, { start: 0, end: 9 })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UpstreamContractError);
    expect(failure).toMatchObject({ code: 'UPSTREAM_CONTRACT', field: 'resultats.0.dateCreation' });
    suite.sandbox.injectFault({
      api: 'offres',
      pathIncludes: '/referentiel/permis',
      status: 200,
      times: 1,
      body: '[{"code":1}]',
    });
    // A fresh client: this one has the list cached already.
    const fresh = await suite.freshUpstream();
    await expect(fresh.offres.referential('permis')).rejects.toMatchObject({
      code: 'UPSTREAM_CONTRACT',
      field: '0.code',
    });
  });
});
