import { loadBundledReferential } from '../../../src/sandbox/referential/bundled';
import { expectBadRequest, expectNotFound, openRome, type RomeContract } from './support';

const FICHES = '/rome-fiches-metiers/v1/fiches-rome';
const CONTEXTES = '/rome-contextes-travail/v1/situations-travail';

describe('contract: ROME 4.0 Fiches métiers and Contextes de travail (upstream-apis §4.3–4.4) on the sandbox', () => {
  const dataset = loadBundledReferential();
  let rome: RomeContract;

  beforeAll(async () => {
    rome = await openRome();
  });
  afterAll(() => rome.close());

  describe('fiches métiers', () => {
    it('fiche-metier: every fiche in one 200 the client parses', async () => {
      const answer = await rome.get(`${FICHES}/fiche-metier?champs=code`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.json()).toHaveLength(dataset.fiches.length);
      expect(await rome.upstream.rome.listFichesMetiers()).toHaveLength(dataset.fiches.length);
    });

    it('fiche-metier/{code}: the fiche of the list; an unknown code is a 404 and null', async () => {
      const listed = (await rome.upstream.rome.listFichesMetiers()).find((fiche) => fiche.code === 'M1805');
      expect(await rome.upstream.romeLookup.getFicheMetier('M1805')).toEqual(listed);
      expectNotFound(await rome.get(`${FICHES}/fiche-metier/Z9999`), 'Z9999');
      expect(await rome.upstream.romeLookup.getFicheMetier('Z9999')).toBeNull();
    });

    it('a fiche has no definition: selecting one is a 400', async () => {
      expectBadRequest(await rome.get(`${FICHES}/fiche-metier/M1805?champs=code,definition`));
    });

    it('the /fiches-rome/ segment is mandatory: without it the gateway knows no such path (§1.3: 401)', async () => {
      const answer = await rome.get('/rome-fiches-metiers/v1/fiche-metier');
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
    });

    it('version: the referential version and its date', async () => {
      expect(await rome.upstream.romeLookup.version('rome-fiches-metiers')).toEqual({
        version: dataset.version,
        lastModifiedDate: dataset.publishedOn ?? null,
      });
    });
  });

  describe('contextes de travail', () => {
    it('contexte-travail: every context with its category; each one by code', async () => {
      const answer = await rome.get(`${CONTEXTES}/contexte-travail`);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      const contexts = await rome.upstream.romeContextesTravail.listContextesTravail();
      expect(contexts).toHaveLength(dataset.contextes.length);
      for (const context of contexts.slice(0, 10))
        expect(await rome.upstream.romeLookup.getContexteTravail(context.code)).toEqual(context);
    });

    it('an unknown context is a 404 and null; an unknown field a 400', async () => {
      expectNotFound(await rome.get(`${CONTEXTES}/contexte-travail/1`), '1');
      expect(await rome.upstream.romeLookup.getContexteTravail('1')).toBeNull();
      expectBadRequest(await rome.get(`${CONTEXTES}/contexte-travail?champs=code,niveau`));
    });

    it('version: the referential version and its date', async () => {
      expect(await rome.upstream.romeLookup.version('rome-contextes-travail')).toEqual({
        version: dataset.version,
        lastModifiedDate: dataset.publishedOn ?? null,
      });
    });
  });
});
