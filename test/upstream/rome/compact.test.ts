import type { CompetenceDto } from '../../../src/upstream';
import { shareRepeatedParts } from '../../../src/upstream/rome/compact';

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
