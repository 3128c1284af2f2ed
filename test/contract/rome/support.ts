import { startSandbox, type Sandbox } from '../../../src/sandbox';
import { DEFAULT_QUOTAS, type Upstream } from '../../../src/upstream';
import { callApi, GENEROUS_QUOTAS, tokenFor } from '../../sandbox/helpers';
import { configFor, UpstreamPool } from '../../upstream/support/sandbox';

export type { Sandbox, Upstream };

export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: () => any;
}

const ROME_SCOPES = [
  'api_rome-metiersv1',
  'api_rome-fiches-metiersv1',
  'api_rome-competencesv1',
  'api_rome-contextes-travailv1',
  'nomenclatureRome',
];

export interface RomeContract {
  sandbox: Sandbox;
  /** The project's ROME clients, pointed at the sandbox. */
  upstream: Upstream;
  /** A raw GET under /partenaire, as France Travail's gateway would answer it. */
  get: (path: string) => Promise<RawAnswer>;
  close: () => Promise<void>;
}

/** A sandbox with no quota in the way, a token for the four ROME products, and the upstream clients. */
export async function openRome(): Promise<RomeContract> {
  const sandbox = await startSandbox({ quotas: GENEROUS_QUOTAS });
  const token = await tokenFor(sandbox, ROME_SCOPES);
  const pool = new UpstreamPool();
  const quotas = { ...DEFAULT_QUOTAS, ...GENEROUS_QUOTAS };
  const upstream = await pool.open(configFor(sandbox, { quotas }));
  return {
    sandbox,
    upstream,
    get: async (path) => {
      const response = await callApi(sandbox, token, path);
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
    },
    close: async () => {
      await pool.closeAll();
      await sandbox.close();
    },
  };
}

/** A 404 as the ROME APIs send it: JSON with a French message naming the code. */
export function expectNotFound(answer: RawAnswer, code: string): void {
  expect(answer.status).toBe(404);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(answer.json().message).toContain(code);
}

/** A 400 as the ROME APIs send it: JSON with a French message. */
export function expectBadRequest(answer: RawAnswer): void {
  expect(answer.status).toBe(400);
  expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  expect(typeof answer.json().message).toBe('string');
}
