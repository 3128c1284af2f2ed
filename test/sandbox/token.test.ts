import { startSandbox, type Sandbox } from '../../src/sandbox';
import { ALL_SCOPES, callApi, requestToken, sleep } from './helpers';

describe('sandbox token endpoint', () => {
  let sandbox: Sandbox;
  const form = (overrides: Record<string, string> = {}) => ({
    grant_type: 'client_credentials',
    client_id: sandbox.credentials.clientId,
    client_secret: sandbox.credentials.clientSecret,
    scope: 'api_offresdemploiv2 o2dsoffre',
    ...overrides,
  });

  beforeAll(async () => {
    sandbox = await startSandbox({ tokenTtlSeconds: 1 });
  });
  afterAll(() => sandbox.close());

  it('issues a bearer token for the requested scopes, with no-store caching headers', async () => {
    const answer = await requestToken(sandbox, form());
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      scope: 'api_offresdemploiv2 o2dsoffre',
      expires_in: 1,
      token_type: 'Bearer',
      access_token: expect.any(String),
    });
    expect(String(answer.body.access_token).length).toBeGreaterThanOrEqual(20);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('pragma')).toBe('no-cache');
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('gives every request its own opaque token', async () => {
    const first = await requestToken(sandbox, form());
    const second = await requestToken(sandbox, form());
    expect(first.body.access_token).not.toEqual(second.body.access_token);
  });

  it.each([
    ['%2Fpartenaire', '?realm=%2Fpartenaire'],
    ['/partenaire', '?realm=/partenaire'],
    ['partenaire', '?realm=partenaire'],
  ])('accepts the realm written as %s', async (_label, query) => {
    const answer = await requestToken(sandbox, form(), `${sandbox.url}/connexion/oauth2/access_token${query}`);
    expect(answer.status).toBe(200);
  });

  it('accepts the realm in the form body', async () => {
    const answer = await requestToken(
      sandbox,
      form({ realm: '/partenaire' }),
      `${sandbox.url}/connexion/oauth2/access_token`,
    );
    expect(answer.status).toBe(200);
  });

  it('refuses another realm', async () => {
    const answer = await requestToken(sandbox, form(), `${sandbox.url}/connexion/oauth2/access_token?realm=/individu`);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('invalid_request');
  });

  it('ignores the legacy application_<id> scope and echoes the others', async () => {
    const answer = await requestToken(
      sandbox,
      form({ scope: `application_${sandbox.credentials.clientId} api_rome-metiersv1 nomenclatureRome` }),
    );
    expect(answer.status).toBe(200);
    expect(answer.body.scope).toBe('api_rome-metiersv1 nomenclatureRome');
  });

  it('answers invalid_client for a wrong secret or an unknown client', async () => {
    for (const overrides of [{ client_secret: 'wrong' }, { client_id: 'nobody' }] as Record<string, string>[]) {
      const answer = await requestToken(sandbox, form(overrides));
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({ error: 'invalid_client', error_description: 'Client authentication failed' });
    }
  });

  it('accepts client credentials in an HTTP Basic header', async () => {
    const basic = Buffer.from(`${sandbox.credentials.clientId}:${sandbox.credentials.clientSecret}`).toString('base64');
    const response = await fetch(sandbox.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${basic}` },
      body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'o2dsoffre' }).toString(),
    });
    expect(response.status).toBe(200);
  });

  it('answers invalid_scope naming the unknown scopes', async () => {
    const answer = await requestToken(sandbox, form({ scope: 'api_offresdemploiv2 api_unknownv9 o2dsoffre' }));
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      error: 'invalid_scope',
      error_description: 'Unknown/invalid scope(s): [api_unknownv9]',
    });
  });

  it('answers unsupported_grant_type for other grants', async () => {
    const answer = await requestToken(sandbox, form({ grant_type: 'authorization_code' }));
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('unsupported_grant_type');
  });

  it('counts issued tokens by sorted scope set', async () => {
    sandbox.resetCounters();
    await requestToken(sandbox, form({ scope: 'o2dsoffre api_offresdemploiv2' }));
    await requestToken(sandbox, form({ scope: 'api_offresdemploiv2 o2dsoffre' }));
    await requestToken(sandbox, form({ client_secret: 'wrong' }));
    const counters = sandbox.counters();
    expect(counters.tokens).toBe(2);
    expect(counters.tokensByScope).toEqual({ 'api_offresdemploiv2 o2dsoffre': 2 });
    expect(counters.total).toBe(0);
  });

  it('stops accepting a token once it has expired', async () => {
    const answer = await requestToken(sandbox, form({ scope: ALL_SCOPES.join(' ') }));
    const token = String(answer.body.access_token);
    const fresh = await callApi(sandbox, token, '/rome-metiers/v1/metiers/grand-domaine');
    expect(fresh.status).toBe(200);
    await sleep(Number(answer.body.expires_in) * 1000 + 100);
    const expired = await callApi(sandbox, token, '/rome-metiers/v1/metiers/grand-domaine');
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toBe('Bearer');
  });
});
