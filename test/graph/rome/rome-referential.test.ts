import { occupationIndexOf } from '../../../src/graph/rome/rome-referential';
import {
  competencesOfSheet,
  occupationCodesByCompetenceOf,
  sheetIndexOf,
} from '../../../src/graph/rome/sheet-referential';
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
    expect(occupation.id).toBe('M1805');
    expect(occupation.domain).toEqual({
      id: 'M18',
      code: 'M18',
      label: 'Systèmes d’information et de télécommunication',
      majorDomain: { id: 'M', code: 'M', label: 'Support à l’entreprise' },
    });
    expect(index.appellations.get('404278')?.id).toBe('404278');
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

describe('sheetIndexOf', () => {
  const index = sheetIndexOf(FICHES);

  test('kinds and categories by occupation, one shared object per competence and group', () => {
    expect(competencesOfSheet(index.get('M1805')!)).toEqual([
      {
        id: '100:SKILL:1',
        code: '100',
        label: 'Concevoir une application',
        kind: CompetenceKind.SKILL,
        category: 'Conception',
      },
      {
        id: '200:SOFT_SKILL:1',
        code: '200',
        label: 'Travailler en équipe',
        kind: CompetenceKind.SOFT_SKILL,
        category: 'Conception',
      },
      { id: '300:KNOWLEDGE:S', code: '300', label: 'Java', kind: CompetenceKind.KNOWLEDGE, category: 'Langages' },
    ]);
    // Same competence, another category: another id, so that a client cache never mixes the two.
    expect(competencesOfSheet(index.get('K2204')!)).toEqual([
      {
        id: '200:SOFT_SKILL:',
        code: '200',
        label: 'Travailler en équipe',
        kind: CompetenceKind.SOFT_SKILL,
        category: null,
      },
    ]);
  });

  test('keeps the groups of the sheet: competences by stake, knowledge by category', () => {
    const sheet = index.get('M1805')!;
    expect(sheet.competenceGroups.map((g) => [g.stake, g.competences.map((c) => c.code)])).toEqual([
      [{ code: '1', label: 'Conception' }, ['100', '200']],
    ]);
    expect(sheet.knowledgeGroups.map((g) => [g.category, g.knowledge.map((c) => c.code)])).toEqual([
      [{ code: 'S', label: 'Langages' }, ['300']],
    ]);
  });

  test('lists the occupations of each competence, once each', () => {
    const byCompetence = occupationCodesByCompetenceOf(index);
    expect(byCompetence.get('200')).toEqual(['M1805', 'K2204']);
    expect(byCompetence.get('300')).toEqual(['M1805']);
  });
});
