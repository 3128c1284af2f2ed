import { createHmac } from 'node:crypto';
import { startSandbox, type Sandbox } from '../../src/sandbox';
import { callApi, requestToken } from './helpers';

const REDIRECT_URI = 'https://bff.example.test/callback';
const SCOPE = 'api_peconnect-individuv1 openid profile email api_peconnect-metiersrecherchesv1';

describe('sandbox France Travail Connect (realm /individu, authorization code)', () => {
  let sandbox: Sandbox;

  beforeAll(async () => {
    sandbox = await startSandbox({ userTokenTtlSeconds: 1 });
  });
  afterAll(() => sandbox.close());

  const authorize = async (params: Record<string, string>) => {
    const url = new URL(sandbox.authorizeUrl);
    const query = {
      realm: '/individu',
      response_type: 'code',
      client_id: sandbox.credentials.clientId,
      scope: SCOPE,
      redirect_uri: REDIRECT_URI,
      state: 's-123',
      nonce: 'n-4d2e',
      ...params,
    };
    for (const [name, value] of Object.entries(query)) if (value !== '') url.searchParams.set(name, value);
    const response = await fetch(url, { redirect: 'manual' });
    return { status: response.status, location: response.headers.get('location') };
  };
  const redeem = (code: string, overrides: Record<string, string> = {}) =>
    requestToken(
      sandbox,
      {
        grant_type: 'authorization_code',
        code,
        client_id: sandbox.credentials.clientId,
        client_secret: sandbox.credentials.clientSecret,
        redirect_uri: REDIRECT_URI,
        ...overrides,
      },
      sandbox.individuTokenUrl,
    );
  const signIn = async (jobSeeker: string) => {
    const { location } = await authorize({ login_hint: jobSeeker });
    return new URL(location!).searchParams.get('code')!;
  };

  it('redirects with a code, the scopes, the issuer, the client id and the state', async () => {
    const { status, location } = await authorize({ login_hint: 'bob' });
    expect(status).toBe(302);
    const target = new URL(location!);
    expect(`${target.origin}${target.pathname}`).toBe(REDIRECT_URI);
    expect(target.searchParams.get('code')).toMatch(/^[\w-]{20,}$/);
    expect(target.searchParams.get('scope')).toBe(SCOPE);
    expect(target.searchParams.get('iss')).toMatch(/\/connexion\/oauth2\/individu$/);
    expect(target.searchParams.get('client_id')).toBe(sandbox.credentials.clientId);
    expect(target.searchParams.get('state')).toBe('s-123');
  });

  it.each([
    [{ client_id: 'nobody' }, 'invalid_client'],
    [{ response_type: 'token' }, 'unsupported_response_type'],
    [{ scope: 'api_offresdemploiv2' }, 'invalid_scope'],
    [{ login_hint: 'nobody' }, 'access_denied'],
  ])('redirects failures with error and state (%j → %s)', async (params, error) => {
    const { status, location } = await authorize(params);
    expect(status).toBe(302);
    const target = new URL(location!);
    expect(target.searchParams.get('error')).toBe(error);
    expect(target.searchParams.get('error_description')).toEqual(expect.any(String));
    expect(target.searchParams.get('state')).toBe('s-123');
    expect(target.searchParams.has('code')).toBe(false);
  });

  it('answers 400 without redirecting when the realm or the redirect URI is wrong', async () => {
    expect((await authorize({ realm: '/partenaire' })).status).toBe(400);
    expect((await authorize({ redirect_uri: 'not a url' })).status).toBe(400);
  });

  it('trades a code for a short-lived access token, an id_token and the nonce, with no-store', async () => {
    const answer = await redeem(await signIn('bob'));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.body).toEqual({
      scope: SCOPE,
      expires_in: 1,
      token_type: 'Bearer',
      access_token: expect.any(String),
      id_token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      refresh_token: expect.any(String),
      nonce: 'n-4d2e',
    });
    const [header, payload, signature] = String(answer.body.id_token).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    expect(claims).toMatchObject({ sub: 'bob', aud: sandbox.credentials.clientId, nonce: 'n-4d2e' });
    const expected = createHmac('sha256', sandbox.credentials.clientSecret)
      .update(`${header}.${payload}`)
      .digest('base64url');
    expect(signature).toBe(expected);

    const sought = await callApi(
      sandbox,
      String(answer.body.access_token),
      '/peconnect-metiersrecherches/v1/metiersrecherches',
    );
    expect(sought.status).toBe(200);
    expect(((await sought.json()) as { rome: { code: string } }[]).map((item) => item.rome.code)).toEqual(['N1101']);
  });

  it('spends a code once, and checks client and redirect URI', async () => {
    const code = await signIn('alice');
    expect((await redeem(code, { redirect_uri: 'https://elsewhere.example.test/' })).body.error).toBe(
      'redirect_uri_mismatch',
    );
    const again = await redeem(code);
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');
    expect((await redeem(await signIn('alice'), { client_secret: 'wrong' })).body.error).toBe('invalid_client');
  });

  it('refuses the client-credentials grant in realm /individu, and job-seeker scopes in realm /partenaire', async () => {
    const credentials = {
      client_id: sandbox.credentials.clientId,
      client_secret: sandbox.credentials.clientSecret,
    };
    const individu = await requestToken(
      sandbox,
      { grant_type: 'client_credentials', scope: 'api_peconnect-metiersrecherchesv1', ...credentials },
      sandbox.individuTokenUrl,
    );
    expect(individu.body.error).toBe('invalid_request');
    const partenaire = await requestToken(sandbox, {
      grant_type: 'client_credentials',
      scope: 'api_peconnect-metiersrecherchesv1',
      ...credentials,
    });
    expect(partenaire.status).toBe(400);
    expect(partenaire.body.error).toBe('invalid_scope');
  });

  it('lets the user token expire: 401 afterwards', async () => {
    const answer = await redeem(await signIn('alice'));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const response = await callApi(
      sandbox,
      String(answer.body.access_token),
      '/peconnect-metiersrecherches/v1/metiersrecherches',
    );
    expect(response.status).toBe(401);
  });
});
