import { competenceIndexOf, occupationIndexOf } from '../../../src/graph/rome/rome-referential';
import { CompetenceKind } from '../../../src/graph/rome/rome.types';
import type { FicheMetierDto, MetierDto } from '../../../src/upstream';

const METIERS: MetierDto[] = [
  {
    code: 'M1805',
    libelle: 'Études et développement informatique',
    domaineProfessionnel: {
      code: 'M18',
      libelle: 'Systèmes d’information et de télécommunication',
      grandDomaine: { code: 'M', libelle: 'Support à l’entreprise' },
    },
    appellations: [
      { code: '38971', libelle: 'Développeur / Développeuse informatique', classification: 'PRINCIPALE' },
      { code: '404278', libelle: 'Développeur / Développeuse web', libelleCourt: 'Développeur web' },
    ],
  },
  { code: 'K2204', libelle: 'Nettoyage de locaux', appellations: [] },
];

const FICHES: FicheMetierDto[] = [
  {
    code: 'M1805',
    metier: { code: 'M1805', libelle: 'Études et développement informatique' },
    groupesCompetencesMobilisees: [
      {
        enjeu: { code: '1', libelle: 'Conception' },
        competences: [
          { type: 'COMPETENCE-DETAILLEE', code: '100', libelle: 'Concevoir une application' },
          { type: 'MACRO-SAVOIR-ETRE-PROFESSIONNEL', code: '200', libelle: 'Travailler en équipe' },
        ],
      },
    ],
    groupesSavoirs: [
      {
        categorieSavoirs: { code: 'S', libelle: 'Langages' },
        savoirs: [{ type: 'SAVOIR', code: '300', libelle: 'Java' }],
      },
    ],
  },
  {
    code: 'K2204',
    metier: { code: 'K2204', libelle: 'Nettoyage de locaux' },
    groupesCompetencesMobilisees: [
      { competences: [{ type: 'MACRO-SAVOIR-ETRE-PROFESSIONNEL', code: '200', libelle: 'Travailler en équipe' }] },
    ],
    groupesSavoirs: [],
  },
];

describe('occupationIndexOf', () => {
  const index = occupationIndexOf(METIERS);

  test('indexes occupations with their domain and appellations, each pointing back to it', () => {
    const occupation = index.occupations.get('M1805')!;
    expect(occupation.domain).toEqual({
      code: 'M18',
      label: 'Systèmes d’information et de télécommunication',
      majorDomain: { code: 'M', label: 'Support à l’entreprise' },
    });
    expect(occupation.appellations.map((a) => [a.code, a.principal, a.shortLabel])).toEqual([
      ['38971', true, null],
      ['404278', false, 'Développeur web'],
    ]);
    expect(index.appellations.get('404278')?.occupation).toBe(occupation);
    expect(index.occupations.get('K2204')).toMatchObject({ definition: null, domain: null, appellations: [] });
  });

  test('its matcher finds appellations among those of the offer’s ROME code', () => {
    expect(index.matcher.match('M1805', 'Développeuse web (H/F)')).toMatchObject({
      appellation: { code: '404278' },
      method: 'GENDERED_FORM',
    });
  });

  test('the same referential array is indexed once', () => {
    expect(occupationIndexOf(METIERS)).toBe(index);
  });
});

describe('competenceIndexOf', () => {
  test('kinds and categories by occupation, one shared object per competence and group', () => {
    const index = competenceIndexOf(FICHES);
    expect(index.get('M1805')).toEqual([
      { code: '100', label: 'Concevoir une application', kind: CompetenceKind.SKILL, category: 'Conception' },
      { code: '200', label: 'Travailler en équipe', kind: CompetenceKind.SOFT_SKILL, category: 'Conception' },
      { code: '300', label: 'Java', kind: CompetenceKind.KNOWLEDGE, category: 'Langages' },
    ]);
    expect(index.get('K2204')).toEqual([
      { code: '200', label: 'Travailler en équipe', kind: CompetenceKind.SOFT_SKILL, category: null },
    ]);
  });
});
