import { startSandbox, type Sandbox } from '../../src/sandbox';
import { UpstreamBadRequestError, type Upstream } from '../../src/upstream';
import { tokenFor } from '../sandbox/helpers';
import { configFor, UpstreamPool } from '../upstream/support/sandbox';

const IMT = '266f691f-bce8-4443-808e-8e5aa125cf17';

/** Infotravail (upstream-apis §6): CKAN actions, envelopes and errors, held by the sandbox and the client alike. */
describe('Infotravail contract', () => {
  let sandbox: Sandbox;
  let token: string;
  const pool = new UpstreamPool();
  let upstream: Upstream;
  const get = async (action: string, params: Record<string, string>) => {
    const response = await fetch(`${sandbox.apiBaseUrl}/infotravail/v1/${action}?${new URLSearchParams(params)}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.json()) as any,
    };
  };

  beforeAll(async () => {
    sandbox = await startSandbox({ quotas: { infotravail: 0 } });
    token = await tokenFor(sandbox, ['api_infotravailv1']);
    upstream = await pool.open(configFor(sandbox));
  });
  afterAll(async () => {
    await pool.closeAll();
    await sandbox.close();
  });

  test('organization_show lists the packages inside the CKAN envelope', async () => {
    const answer = await get('organization_show', { id: 'digidata' });
    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^application\/json/);
    expect(answer.body).toMatchObject({ success: true, help: expect.any(String) });
    expect(answer.body.result.packages.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['imt', 'bmo', 'offres']),
    );
  });

  test('package_show and resource_show; unknown ids are 404 with success:false', async () => {
    const dataset = await get('package_show', { id: 'imt' });
    expect(dataset.body.result.resources[0]).toMatchObject({ id: IMT, pe_version: expect.any(String) });
    expect((await get('resource_show', { id: IMT })).body.result.id).toBe(IMT);
    const missing = await get('package_show', { id: 'nope' });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ success: false, error: { __type: 'Not Found Error' } });
  });

  test('datastore_search: filters, fields, limit/offset, total and links; `id=` is accepted too', async () => {
    const answer = await get('datastore_search', {
      resource_id: IMT,
      filters: JSON.stringify({ AREA_TYPE_CODE: 'D', AREA_CODE: '35' }),
      fields: 'ROME_PROFESSION_CARD_CODE,NB_OFFERS',
      limit: '5',
      offset: '5',
    });
    expect(answer.status).toBe(200);
    const { result } = answer.body;
    expect(result.records).toHaveLength(5);
    expect(Object.keys(result.records[0]).sort()).toEqual(['NB_OFFERS', 'ROME_PROFESSION_CARD_CODE']);
    expect(result.total).toBeGreaterThan(10);
    expect(result).toMatchObject({ limit: 5, offset: 5, _links: { next: expect.stringContaining('offset=10') } });
    const legacy = await get('datastore_search', { id: IMT, limit: '1' });
    expect(legacy.body.result.records).toHaveLength(1);
  });

  test.each([
    [{ resource_id: IMT, filters: '{not json' }, 409, 'filters'],
    [{ resource_id: IMT, filters: '{"NOPE":"1"}' }, 409, 'filters'],
    [{ resource_id: IMT, limit: '-1' }, 409, 'limit'],
    [{ resource_id: '00000000-0000-0000-0000-000000000000' }, 404, undefined],
    [{}, 409, 'resource_id'],
  ])('datastore_search refuses %j with %i', async (params, status, parameter) => {
    const answer = await get('datastore_search', params as Record<string, string>);
    expect(answer.status).toBe(status);
    expect(answer.body.success).toBe(false);
    if (parameter) expect(answer.body.error[parameter]).toEqual([expect.any(String)]);
  });

  test('datastore_search_sql answers a SELECT … WHERE … IN … LIMIT; anything else is a syntax error', async () => {
    const sql = `SELECT "ROME_PROFESSION_CARD_CODE", "NB_OFFERS" FROM "${IMT}" WHERE "AREA_TYPE_CODE" = 'D' AND "AREA_CODE" = '35' AND "ROME_PROFESSION_CARD_CODE" IN ('M1805', 'D1102') LIMIT 10`;
    const answer = await get('datastore_search_sql', { sql });
    expect(answer.status).toBe(200);
    expect(answer.body.result.records.map((r: any) => r.ROME_PROFESSION_CARD_CODE).sort()).toEqual(['D1102', 'M1805']);
    const refused = await get('datastore_search_sql', { sql: `DELETE FROM "${IMT}"` });
    expect(refused.status).toBe(409);
  });

  test('the client reads datasets, tables and typed rows, and batches occupations of one area into one call', async () => {
    expect((await upstream.infotravail.organization('digidata'))?.packages.length).toBe(3);
    expect(await upstream.infotravail.dataset('nope')).toBeNull();
    const before = sandbox.counters().calls.infotravail;
    const rows = await upstream.infotravail.imtStatistics({
      romeCodes: ['M1805', 'D1102'],
      area: { level: 'DEPARTEMENT', code: '35' },
    });
    expect(sandbox.counters().calls.infotravail - before).toBe(1);
    expect(rows.map((row) => row.romeCode).sort()).toEqual(['D1102', 'M1805']);
    expect(rows[0].area).toEqual({ level: 'DEPARTEMENT', typeCode: 'D', code: '35' });
    expect(rows[0].figures.map((f) => f.column)).toContain('NB_OFFERS');
    const offers = await upstream.infotravail.anonymisedOffers({ communeCode: '35238', limit: 3, offset: 0 });
    expect(offers.rows.every((row) => row.communeCode === '35238')).toBe(true);
    expect(offers.total).toBeGreaterThan(0);
  });

  test('a refused datastore query is an UPSTREAM_BAD_REQUEST carrying CKAN’s reason', async () => {
    await expect(
      upstream.infotravail.search({ resourceId: IMT, filters: { NOPE: '1' }, limit: 1, offset: 0 }),
    ).rejects.toEqual(expect.any(UpstreamBadRequestError));
  });
});
