import { z } from 'zod';
import { startSandbox, type Sandbox } from '../../../src/sandbox';
import { parseUpstream } from '../../../src/upstream/core/contract';
import { referentialSchemas, resultatRechercheSchema, offreSchema } from '../../../src/upstream/offres/schemas';
import { callApi, GENEROUS_QUOTAS, tokenFor } from '../../sandbox/helpers';

export { startSandbox, type Sandbox };

export const OFFRES = '/offresdemploi/v2';
export const OFFRES_SCOPES = ['api_offresdemploiv2', 'o2dsoffre'];

export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: () => unknown;
}

/** A raw HTTP exchange with the sandbox, as France Travail's gateway would answer it. */
export async function openOffres(): Promise<{ sandbox: Sandbox; get: (path: string) => Promise<RawAnswer> }> {
  const sandbox = await startSandbox({ quotas: GENEROUS_QUOTAS });
  const token = await tokenFor(sandbox, OFFRES_SCOPES);
  return {
    sandbox,
    get: async (path) => {
      const response = await callApi(sandbox, token, `${OFFRES}${path}`);
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
    },
  };
}

const where = (endpoint: string) => ({ api: 'offres', endpoint });

/** The client's own contract: a sandbox answer the client could not parse fails here. */
export const clientParses = {
  search: (body: unknown) => parseUpstream(resultatRechercheSchema, body, where('search')),
  offre: (body: unknown) => parseUpstream(offreSchema, body, where('offre')),
  referential: (name: keyof typeof referentialSchemas, body: unknown) =>
    parseUpstream(z.array(referentialSchemas[name]), body, where(`referentiel/${name}`)),
};

export function contentRange(header: string | null): { start: number; end: number; total: number } {
  const match = /^offres (\d+)-(\d+)\/(\d+)$/.exec(header ?? '');
  if (!match) throw new Error(`unexpected Content-Range: ${header}`);
  return { start: Number(match[1]), end: Number(match[2]), total: Number(match[3]) };
}
