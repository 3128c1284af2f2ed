import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Sandbox } from '../../src/sandbox';

export const ALL_SCOPES = [
  'api_offresdemploiv2',
  'o2dsoffre',
  'api_rome-metiersv1',
  'api_rome-fiches-metiersv1',
  'api_rome-competencesv1',
  'api_rome-contextes-travailv1',
  'nomenclatureRome',
  'api_stats-offres-demandes-emploiv1',
  'offresetdemandesemploi',
];

/** The project's open-data folder (../shared/data next to the repository), when this machine has it. */
export const OPEN_DATA_DIR = path.resolve(__dirname, '../../../shared/data');
export const hasOpenData = existsSync(path.join(OPEN_DATA_DIR, 'rome_v460'));

export interface TokenAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function requestToken(
  sandbox: Sandbox,
  form: Record<string, string>,
  tokenUrl = sandbox.tokenUrl,
): Promise<TokenAnswer> {
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

export async function tokenFor(sandbox: Sandbox, scopes: string[] = ALL_SCOPES): Promise<string> {
  const answer = await requestToken(sandbox, {
    grant_type: 'client_credentials',
    client_id: sandbox.credentials.clientId,
    client_secret: sandbox.credentials.clientSecret,
    scope: scopes.join(' '),
  });
  if (answer.status !== 200) throw new Error(`token request failed with ${answer.status}`);
  return String(answer.body.access_token);
}

/** GET (or POST with a JSON body) under /partenaire with a bearer token. */
export async function callApi(
  sandbox: Sandbox,
  token: string | undefined,
  pathAndQuery: string,
  init: { method?: string; json?: unknown; accept?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: init.accept ?? 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${sandbox.apiBaseUrl}${pathAndQuery}`, {
    method: init.method ?? (init.json !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : undefined,
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Quotas high enough that a test's own calls never hit them (quota tests set their own). */
export const GENEROUS_QUOTAS = {
  offres: 1000,
  'rome-metiers': 1000,
  'rome-fiches-metiers': 1000,
  'rome-competences': 1000,
  'rome-contextes-travail': 1000,
  marche: 1000,
};
