import { z } from 'zod';
import { parseUpstream } from '../../../src/upstream/core/contract';
import { UpstreamContractError } from '../../../src/upstream/core/errors';

const offre = z.object({ id: z.string(), lieuTravail: z.object({ libelle: z.string() }).optional() });
const where = { api: 'offres', endpoint: 'GET /v2/offres/{id}' };

describe('parseUpstream', () => {
  it('returns the parsed answer when it meets the contract', () => {
    expect(parseUpstream(offre, { id: '123ABCD', lieuTravail: { libelle: 'Rennes' } }, where)).toEqual({
      id: '123ABCD',
      lieuTravail: { libelle: 'Rennes' },
    });
  });

  it('names the first offending field in an UPSTREAM_CONTRACT error', () => {
    let error: unknown;
    try {
      parseUpstream(offre, { id: '123ABCD', lieuTravail: { libelle: 42 } }, where);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UpstreamContractError);
    expect(error).toMatchObject({ code: 'UPSTREAM_CONTRACT', api: 'offres', field: 'lieuTravail.libelle' });
    expect((error as Error).message).toContain('"lieuTravail.libelle"');
  });
});
