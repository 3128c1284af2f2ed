import type { CompetenceDto } from '../../../src/upstream';
import { shareEqualParts, shareRepeatedParts } from '../../../src/upstream/rome/compact';

const savoir = (code: string): CompetenceDto => ({
  type: 'SAVOIR',
  code,
  libelle: `Savoir ${code}`,
  categorieSavoir: { code: '2.1', libelle: 'Langages', categorie: { code: '2', libelle: 'Domaines d’expertise' } },
});
const detaillee = (code: string, macro: string): CompetenceDto => ({
  type: 'COMPETENCE-DETAILLEE',
  code,
  libelle: `Compétence ${code}`,
  macroCompetence: { code: macro },
});

describe('shareRepeatedParts', () => {
  test('keeps one instance of each repeated part, and the same content', () => {
    const list = [savoir('1'), savoir('2'), detaillee('3', '9'), detaillee('4', '9'), detaillee('5', '8')];
    const copy = structuredClone(list);
    const shared = shareRepeatedParts(list) as any[];
    expect(shared).toEqual(copy);
    expect(shared[0].categorieSavoir).toBe(shared[1].categorieSavoir);
    expect(shared[2].macroCompetence).toBe(shared[3].macroCompetence);
    expect(shared[4].macroCompetence).not.toBe(shared[2].macroCompetence);
  });
});

describe('shareEqualParts', () => {
  const ref = (code: string) => ({ type: 'SAVOIR', code: `${code}`, libelle: `Savoir ${code}` });
  const fiche = (code: string, enjeu: string, refs: string[]) => ({
    code,
    metier: { code, libelle: `Métier ${code}` },
    definition: `${'Une définition longue. '.repeat(10)}${code}`,
    groupes: [{ enjeu: { code: enjeu, libelle: `Enjeu ${enjeu}` }, competences: refs.map(ref) }],
  });

  test('keeps one instance of each equal part and the same content', () => {
    const list = [fiche('A', 'E1', ['1', '2']), fiche('B', 'E1', ['2', '3']), fiche('C', 'E2', ['1', '2'])];
    const copy = structuredClone(list);
    const shared = shareEqualParts(list);
    expect(shared).toEqual(copy);
    const [a, b, c] = shared;
    expect(b.groupes[0].enjeu).toBe(a.groupes[0].enjeu);
    expect(c.groupes[0].enjeu).not.toBe(a.groupes[0].enjeu);
    expect(b.groupes[0].competences[0]).toBe(a.groupes[0].competences[1]);
    // Equal arrays of equal parts are one array.
    expect(c.groupes[0].competences).toBe(a.groupes[0].competences);
    expect(b.groupes[0].competences).not.toBe(a.groupes[0].competences);
  });

  test('never merges parts that differ in a field, a type or a long text', () => {
    const list = [
      { code: '1', value: 1, text: 'x'.repeat(200) },
      { code: '1', value: '1', text: 'x'.repeat(200) },
      { code: '1', value: 1, text: 'x'.repeat(200) },
      { code: '1', value: true },
      { code: '1', value: 'true' },
      { code: '1', value: null },
      { code: '1', value: 'null' },
      { code: '1' },
    ];
    const copy = structuredClone(list);
    const shared = shareEqualParts(list);
    expect(shared).toEqual(copy);
    expect(new Set(shared).size).toBe(shared.length);
  });
});
