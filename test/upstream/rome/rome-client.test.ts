import { UpstreamContractError } from '../../../src/upstream';
import { callsDuring, sandboxSuite } from '../support/sandbox';

describe('ROME client against the sandbox', () => {
  const suite = sandboxSuite();

  it('loads the whole métiers referential in one call, with the requested fields', async () => {
    const { result: metiers, served } = await callsDuring(suite.sandbox, () => suite.upstream.rome.listMetiers());
    expect(served('rome-metiers')).toBe(1);
    expect(metiers.length).toBeGreaterThan(0);
    const codes = new Set(metiers.map((metier) => metier.code));
    expect(codes.size).toBe(metiers.length);
    for (const metier of metiers) {
      expect(metier.code).toMatch(/^[A-N]\d{4}$/);
      expect(typeof metier.libelle).toBe('string');
      expect(Array.isArray(metier.appellations ?? [])).toBe(true);
    }
    const withAppellations = metiers.filter((metier) => (metier.appellations ?? []).length > 0);
    expect(withAppellations.length).toBeGreaterThan(metiers.length / 2);
    expect(metiers.some((metier) => metier.domaineProfessionnel?.grandDomaine?.code)).toBe(true);
  });

  it('loads the fiches métiers from their own API, about the same métiers', async () => {
    const {
      result: fiches,
      calls,
      served,
    } = await callsDuring(suite.sandbox, () => suite.upstream.rome.listFichesMetiers());
    expect(served('rome-fiches-metiers')).toBe(1);
    expect(calls('rome-metiers')).toBe(0);
    const metierCodes = new Set((await suite.upstream.rome.listMetiers()).map((metier) => metier.code));
    expect(fiches.length).toBeGreaterThan(0);
    for (const fiche of fiches) {
      expect(metierCodes.has(fiche.metier.code)).toBe(true);
      expect(Array.isArray(fiche.groupesCompetencesMobilisees)).toBe(true);
      expect(Array.isArray(fiche.groupesSavoirs)).toBe(true);
    }
    const competences = fiches.flatMap((fiche) =>
      (fiche.groupesCompetencesMobilisees ?? []).flatMap((group) => group.competences ?? []),
    );
    expect(competences.length).toBeGreaterThan(0);
    for (const competence of competences.slice(0, 500)) {
      expect(['COMPETENCE-DETAILLEE', 'MACRO-SAVOIR-FAIRE', 'MACRO-SAVOIR-ETRE-PROFESSIONNEL', 'SAVOIR']).toContain(
        competence.type,
      );
    }
  });

  it('keeps the parsed referentials in process: repeats cost no call and return the same list', async () => {
    const first = await suite.upstream.rome.listMetiers();
    const repeat = await callsDuring(suite.sandbox, () =>
      Promise.all([suite.upstream.rome.listMetiers(), suite.upstream.rome.listFichesMetiers()]),
    );
    expect(repeat.calls('rome-metiers') + repeat.calls('rome-fiches-metiers')).toBe(0);
    expect(repeat.result[0]).toBe(first);
  });

  it('loads métiers with their mobilities, work contexts and appellation flags', async () => {
    const metiers = await suite.upstream.rome.listMetiers();
    const codes = new Set(metiers.map((metier) => metier.code));
    const nearby = metiers.flatMap((metier) => metier.metiersEnProximite ?? []);
    expect(nearby.length).toBeGreaterThan(0);
    for (const target of nearby) expect(codes.has(target.code)).toBe(true);
    const contexts = metiers.flatMap((metier) => metier.contextesTravail ?? []);
    expect(contexts.length).toBeGreaterThan(0);
    const appellation = metiers.flatMap((metier) => metier.appellations ?? [])[0];
    expect(typeof appellation.transitionNumerique).toBe('boolean');
  });

  it('loads every kind of competence in one call, each with the fields of its @type branch', async () => {
    const { result: competences, served } = await callsDuring(suite.sandbox, () =>
      suite.upstream.rome.listCompetences(),
    );
    expect(served('rome-competences')).toBe(1);
    const byType = new Map(competences.map((competence) => [competence.type, competence]));
    expect([...byType.keys()].sort()).toEqual([
      'COMPETENCE-DETAILLEE',
      'MACRO-SAVOIR-ETRE-PROFESSIONNEL',
      'MACRO-SAVOIR-FAIRE',
      'SAVOIR',
    ]);
    const codes = new Set(competences.map((competence) => competence.code));
    for (const competence of competences) {
      if (competence.type === 'COMPETENCE-DETAILLEE') {
        expect(codes.has(competence.macroCompetence?.code ?? '')).toBe(true);
      } else if (competence.type === 'SAVOIR') {
        expect(competence.categorieSavoir?.categorie?.code).toBeTruthy();
      } else {
        expect(competence.objectif?.enjeu?.domaineCompetence?.code).toBeTruthy();
      }
    }
  });

  it('loads the work contexts from their own API, and the referential version', async () => {
    const { result, served } = await callsDuring(suite.sandbox, () =>
      Promise.all([suite.upstream.romeContextesTravail.listContextesTravail(), suite.upstream.rome.version()]),
    );
    expect(served('rome-contextes-travail')).toBe(1);
    expect(served('rome-metiers')).toBe(1);
    const [contexts, version] = result;
    expect(contexts.length).toBeGreaterThan(100);
    for (const context of contexts) expect(context.categorie).toMatch(/^[A-Z_]+$/);
    expect(version.version).toMatch(/^\d+$/);
  });

  it('turns an answer off contract into UPSTREAM_CONTRACT naming the field, without caching it', async () => {
    const fresh = await suite.freshUpstream();
    suite.sandbox.injectFault({
      api: 'rome-contextes-travail',
      status: 200,
      times: 1,
      body: JSON.stringify([{ code: '403091', libelle: 'En club sportif', categorie: 7 }]),
    });
    const error = await fresh.romeContextesTravail.listContextesTravail().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamContractError);
    expect(error).toMatchObject({ code: 'UPSTREAM_CONTRACT', field: '0.categorie' });
    await expect(fresh.romeContextesTravail.listContextesTravail()).resolves.not.toHaveLength(0);
  });

  it('reads a whole list item by item, naming an off-contract field by its place in the list', async () => {
    const fresh = await suite.freshUpstream();
    const fiche = (code: string, libelle: unknown) => ({
      code,
      metier: { code, libelle },
      groupesCompetencesMobilisees: [{ enjeu: { code: '1', libelle: 'Enjeu, "cité" [1]' }, competences: [] }],
    });
    suite.sandbox.injectFault({
      api: 'rome-fiches-metiers',
      status: 200,
      times: 1,
      body: JSON.stringify([fiche('A1101', 'Conduite d’engins'), fiche('A1203', 12)]),
    });
    const error = await fresh.rome.listFichesMetiers().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamContractError);
    expect(error).toMatchObject({ code: 'UPSTREAM_CONTRACT', field: '1.metier.libelle' });

    suite.sandbox.injectFault({
      api: 'rome-fiches-metiers',
      status: 200,
      times: 1,
      body: JSON.stringify([fiche('A1101', 'Conduite d’engins'), fiche('A1203', 'Aménagement')]),
    });
    const fiches = await fresh.rome.listFichesMetiers();
    expect(fiches.map((item) => item.metier.libelle)).toEqual(['Conduite d’engins', 'Aménagement']);
    // Equal parts of different items are one instance.
    expect(fiches[1].groupesCompetencesMobilisees?.[0].enjeu).toBe(fiches[0].groupesCompetencesMobilisees?.[0].enjeu);
  });
});
