import { readFileSync } from 'node:fs';
import {
  AppellationMatcher,
  normalizeLabel,
  type AppellationCandidate,
  type AppellationMatch,
} from '../../../src/graph/rome/appellation-matcher';
import { genderedForms } from '../../../src/graph/rome/gendered-forms';
import {
  APPELLATION_FILE,
  groupByRomeCode,
  hasSharedData,
  readAppellations,
  sharedDataFile,
  type ReferentialAppellation,
} from '../../support/rome-csv';

// A few real ROME 4.0 appellations (v460), copied with their codes, ROME codes and classification.
const M1805: AppellationCandidate[] = [
  {
    code: '14153',
    libelle: 'Développeur / Développeuse informatique',
    libelleCourt: 'Développeur / Développeuse informatique',
    classification: 'PRINCIPALE',
  },
  { code: '18191', libelle: 'Programmeur industriel / Programmeuse industrielle', classification: 'SYNONYME' },
  {
    code: '38916',
    libelle: "Développeur / Développeuse de sécurité des systèmes d'information",
    libelleCourt: "Développeur(euse) de sécurité des systèmes d'information",
    classification: 'SYNONYME',
  },
];
const M1848: AppellationCandidate[] = [
  { code: '10934', libelle: 'Analyste Concepteur / Conceptrice informatique', classification: 'PRINCIPALE' },
];
const M1818: AppellationCandidate[] = [
  { code: '15699', libelle: "Ingénieur / Ingénieure d'étude informatique", classification: 'PRINCIPALE' },
  { code: '15567', libelle: "Informaticien chargé / Informaticienne chargée d'étude", classification: 'SYNONYME' },
];
const I1601: AppellationCandidate[] = [
  { code: '10201', libelle: 'Accastilleur-gréeur / Accastilleuse-gréeuse', classification: 'SYNONYME' },
];
const M1853: AppellationCandidate[] = [
  { code: '12246', libelle: 'Chef / Cheffe de projet informatique', classification: 'SYNONYME' },
];
const H2601: AppellationCandidate[] = [
  { code: '14646', libelle: 'Electrobobinier / Electrobobinière', classification: 'SYNONYME' },
  { code: '488942', libelle: 'Electrobobinier', classification: 'SYNONYME' },
];
// Same label twice within one ROME code, as the referential has it.
const M1404: AppellationCandidate[] = [
  { code: '14351', libelle: "Directeur / Directrice d'enquêtes terrain", classification: 'SYNONYME' },
  { code: '510102', libelle: "Directeur / Directrice d'enquêtes terrain", classification: 'SYNONYME' },
];
const K1719: AppellationCandidate[] = [
  { code: '12210', libelle: 'Chef / Cheffe de police municipale', classification: 'SYNONYME' },
  { code: '489241', libelle: 'Chef / Cheffe de police municipale', classification: 'PRINCIPALE' },
];

const matcher = new AppellationMatcher(
  new Map(Object.entries({ M1805, M1848, M1818, I1601, M1853, H2601, M1404, K1719 })),
);

function matched(match: AppellationMatch): { code: string; method: string } {
  if (!match.appellation) throw new Error(`expected a match, got ${match.reason}: ${match.message}`);
  return { code: match.appellation.code, method: match.method };
}

describe('normalizeLabel', () => {
  test.each([
    ['Développeur / Développeuse informatique', 'developpeur / developpeuse informatique'],
    ['  INGÉNIEUR   d’étude  ', "ingenieur d'etude"],
    ['Ingénieur ‘données’ ʼIA', "ingenieur 'donnees' 'ia"],
    ["Maître d'œuvre", "maitre d'oeuvre"],
    ['Cæcilia', 'caecilia'],
    ['Développeur informatique (H/F)', 'developpeur informatique'],
    ['Développeur informatique H/F', 'developpeur informatique'],
    ['Développeur informatique F/H', 'developpeur informatique'],
    ['Développeur informatique (F/H/X)', 'developpeur informatique'],
    ['Développeur informatique - H/F/NB', 'developpeur informatique'],
    ['Data Engineer (h / f)', 'data engineer'],
    ['Développeur/Développeuse informatique', 'developpeur / developpeuse informatique'],
    ['- Data engineer.', 'data engineer'],
    [
      'Ingénieur / Ingénieure en Intelligence Artificielle (IA)',
      'ingenieur / ingenieure en intelligence artificielle (ia)',
    ],
  ])('%s → %s', (label, expected) => {
    expect(normalizeLabel(label)).toBe(expected);
  });

  test('leaves letters h and f inside words alone', () => {
    expect(normalizeLabel('Chef / Cheffe de projet')).toBe('chef / cheffe de projet');
  });
});

describe('genderedForms', () => {
  test.each([
    ['Développeur / Développeuse informatique', ['Développeur informatique', 'Développeuse informatique']],
    [
      "Ingénieur / Ingénieure d'étude informatique",
      ["Ingénieur d'étude informatique", "Ingénieure d'étude informatique"],
    ],
    [
      'Analyste Concepteur / Conceptrice informatique',
      ['Analyste Concepteur informatique', 'Analyste Conceptrice informatique'],
    ],
    ['Accastilleur-gréeur / Accastilleuse-gréeuse', ['Accastilleur-gréeur', 'Accastilleuse-gréeuse']],
    ['Chef / Cheffe de projet informatique', ['Chef de projet informatique', 'Cheffe de projet informatique']],
    [
      "Informaticien chargé / Informaticienne chargée d'étude",
      ["Informaticien chargé d'étude", "Informaticienne chargée d'étude"],
    ],
    ['Analyste développeur / Analyste développeuse', ['Analyste développeur', 'Analyste développeuse']],
    [
      "Ingénieur navigant, navigateur / Ingénieure navigante, navigatrice de l'armée",
      ["Ingénieur navigant, navigateur de l'armée", "Ingénieure navigante, navigatrice de l'armée"],
    ],
    ["Chef d'équipe assistant / Cheffe assistante avion", ["Chef d'équipe assistant avion", 'Cheffe assistante avion']],
    ["Steward / Hôtesse de l'air", ["Steward de l'air", "Hôtesse de l'air"]],
    ['Layout man / Layout woman', ['Layout man', 'Layout woman']],
    ['Homme sage-femme / Sage-femme', ['Homme sage-femme', 'Sage-femme']],
    [
      'Chef / Cheffe de service infrastructure/environnement',
      ['Chef de service infrastructure/environnement', 'Cheffe de service infrastructure/environnement'],
    ],
    [
      "Développeur(euse) de sécurité des systèmes d'information",
      ["Développeur de sécurité des systèmes d'information", "Développeuse de sécurité des systèmes d'information"],
    ],
    [
      'Conducteur(trice) ambulancier(ère) hospitalier(ère)',
      ['Conducteur ambulancier hospitalier', 'Conductrice ambulancière hospitalière'],
    ],
    [
      'Chef(fe) mécanicien(ne) de maintenance',
      ['Chef mécanicien de maintenance', 'Cheffe mécanicienne de maintenance'],
    ],
    [
      'Agent(e) administratif(ive) des opérations',
      ['Agent administratif des opérations', 'Agente administrative des opérations'],
    ],
    [
      'Assistant(e) administratif(ve) et commercial(e)',
      ['Assistant administratif et commercial', 'Assistante administrative et commerciale'],
    ],
    [
      'Assembleur(se) en construction navale',
      ['Assembleur en construction navale', 'Assembleuse en construction navale'],
    ],
    [
      'Ingénieur / Ingénieure en Intelligence Artificielle (IA)',
      ['Ingénieur en Intelligence Artificielle (IA)', 'Ingénieure en Intelligence Artificielle (IA)'],
    ],
  ])('%s', (label, expected) => {
    expect(genderedForms(label).sort()).toEqual([...expected].sort());
  });

  test('a label with a single form has no expansion', () => {
    expect(genderedForms('Data engineer')).toEqual([]);
    expect(genderedForms('Analyste biologie/microbiologie en industrie')).toEqual([]);
  });
});

describe('AppellationMatcher', () => {
  test('an identical label is an EXACT match', () => {
    expect(matched(matcher.match('M1805', 'Développeur / Développeuse informatique'))).toEqual({
      code: '14153',
      method: 'EXACT',
    });
    expect(matched(matcher.match('M1805', "Développeur(euse) de sécurité des systèmes d'information"))).toEqual({
      code: '38916',
      method: 'EXACT',
    });
  });

  test('accents, case, apostrophes, spacing and gender markers are ignored (NORMALIZED)', () => {
    expect(matched(matcher.match('M1805', 'DEVELOPPEUR / DEVELOPPEUSE INFORMATIQUE (H/F)'))).toEqual({
      code: '14153',
      method: 'NORMALIZED',
    });
    expect(matched(matcher.match('M1818', 'Ingénieur / Ingénieure d’étude informatique'))).toEqual({
      code: '15699',
      method: 'NORMALIZED',
    });
    expect(matched(matcher.match('M1805', 'Développeur/Développeuse informatique F/H'))).toEqual({
      code: '14153',
      method: 'NORMALIZED',
    });
  });

  test('the masculine or the feminine form alone matches (GENDERED_FORM)', () => {
    expect(matched(matcher.match('M1805', 'Développeur informatique'))).toEqual({
      code: '14153',
      method: 'GENDERED_FORM',
    });
    expect(matched(matcher.match('M1805', 'Développeuse informatique (H/F)'))).toEqual({
      code: '14153',
      method: 'GENDERED_FORM',
    });
    expect(matched(matcher.match('M1853', 'Cheffe de projet informatique'))).toEqual({
      code: '12246',
      method: 'GENDERED_FORM',
    });
    expect(matched(matcher.match('I1601', 'accastilleuse-greeuse'))).toEqual({
      code: '10201',
      method: 'GENDERED_FORM',
    });
  });

  test('heads of several words keep their shared words in both forms', () => {
    expect(matched(matcher.match('M1848', 'Analyste concepteur informatique'))).toEqual({
      code: '10934',
      method: 'GENDERED_FORM',
    });
    expect(matched(matcher.match('M1848', 'Analyste conceptrice informatique'))).toEqual({
      code: '10934',
      method: 'GENDERED_FORM',
    });
    expect(matched(matcher.match('M1818', "Informaticienne chargée d'étude"))).toEqual({
      code: '15567',
      method: 'GENDERED_FORM',
    });
    expect(matched(matcher.match('M1805', 'Programmeuse industrielle'))).toEqual({
      code: '18191',
      method: 'GENDERED_FORM',
    });
  });

  test('forms of the short label written with glued endings match too', () => {
    expect(matched(matcher.match('M1805', "Développeuse de sécurité des systèmes d'information"))).toEqual({
      code: '38916',
      method: 'GENDERED_FORM',
    });
  });

  test('a stricter method wins over a looser one on another appellation', () => {
    // "Electrobobinier" is both an appellation of its own and the masculine form of "Electrobobinier / Electrobobinière".
    expect(matched(matcher.match('H2601', 'Electrobobinier'))).toEqual({ code: '488942', method: 'EXACT' });
    expect(matched(matcher.match('H2601', 'Electrobobinière'))).toEqual({ code: '14646', method: 'GENDERED_FORM' });
  });

  test('the ROME code is read case-insensitively', () => {
    expect(matched(matcher.match(' m1805 ', 'Développeur informatique')).code).toBe('14153');
  });

  test('a missing label is NO_LABEL', () => {
    for (const label of [undefined, '', '   ', '(H/F)']) {
      const match = matcher.match('M1805', label);
      expect(match).toMatchObject({ appellation: null, reason: 'NO_LABEL' });
      if (!match.appellation) expect(match.message).toContain('M1805');
    }
  });

  test('an unknown or missing ROME code is UNKNOWN_ROME_CODE', () => {
    const unknown = matcher.match('Z9999', 'Développeur informatique');
    expect(unknown).toMatchObject({ appellation: null, reason: 'UNKNOWN_ROME_CODE' });
    if (!unknown.appellation) {
      expect(unknown.message).toContain('Z9999');
      expect(unknown.message).toContain('Développeur informatique');
    }
    expect(matcher.match(undefined, 'Développeur informatique')).toMatchObject({
      appellation: null,
      reason: 'UNKNOWN_ROME_CODE',
    });
  });

  test('a label of another ROME code is never taken: NO_MATCHING_LABEL', () => {
    const match = matcher.match('M1818', 'Développeur informatique');
    expect(match).toMatchObject({ appellation: null, reason: 'NO_MATCHING_LABEL' });
    if (!match.appellation) {
      expect(match.message).toContain('M1818');
      expect(match.message).toContain('"Développeur informatique"');
    }
  });

  test('a label shared by several appellations goes to the principal one', () => {
    expect(matched(matcher.match('K1719', 'Chef / Cheffe de police municipale'))).toEqual({
      code: '489241',
      method: 'EXACT',
    });
    expect(matched(matcher.match('K1719', 'Cheffe de police municipale'))).toEqual({
      code: '489241',
      method: 'GENDERED_FORM',
    });
  });

  test('a label shared by appellations none of which is principal is AMBIGUOUS_LABEL', () => {
    for (const label of ["Directeur / Directrice d'enquêtes terrain", "Directrice d'enquêtes terrain"]) {
      const match = matcher.match('M1404', label);
      expect(match).toMatchObject({ appellation: null, reason: 'AMBIGUOUS_LABEL' });
      if (!match.appellation) {
        expect(match.message).toContain('14351');
        expect(match.message).toContain('510102');
        expect(match.message).toContain(label);
      }
    }
  });
});

const OFFERS_FILE = 'offres/offres_v2_sample_2026-06.json';
const withOfferData = hasSharedData(APPELLATION_FILE) && hasSharedData(OFFERS_FILE) ? describe : describe.skip;

withOfferData('AppellationMatcher on the ROME v460 referential', () => {
  let appellations: ReferentialAppellation[];
  let referentialMatcher: AppellationMatcher;

  beforeAll(() => {
    appellations = readAppellations();
    referentialMatcher = new AppellationMatcher(groupByRomeCode(appellations));
  });

  test('every recorded France Travail offer finds its appellation within its ROME code', () => {
    const offers = JSON.parse(readFileSync(sharedDataFile(OFFERS_FILE), 'utf8')) as {
      id: string;
      romeCode?: string;
      appellationlibelle?: string;
    }[];
    const romeCodeOf = new Map(appellations.map((appellation) => [appellation.code, appellation.romeCode]));
    const results = offers.map((offer) => ({
      offer,
      match: referentialMatcher.match(offer.romeCode, offer.appellationlibelle),
    }));

    const unmatched = results.filter(({ match }) => !match.appellation);
    expect(unmatched.map(({ offer, match }) => `${offer.id}: ${match.appellation ? '' : match.message}`)).toEqual([]);
    for (const { offer, match } of results) {
      if (match.appellation) expect(romeCodeOf.get(match.appellation.code)).toBe(offer.romeCode);
    }
    console.log(
      `Appellation matching: ${results.length - unmatched.length} of ${offers.length} recorded offers matched.`,
    );
    expect(offers).toHaveLength(18);

    // Checked by hand in unix_referentiel_appellation_v460_utf8.csv.
    const codeOf = (romeCode: string, label: string) =>
      results.find(({ offer }) => offer.romeCode === romeCode && offer.appellationlibelle === label)?.match.appellation
        ?.code;
    expect(codeOf('M1811', 'Data engineer')).toBe('404278');
    expect(codeOf('M1811', 'Ingénieur / Ingénieure données')).toBe('404284');
    expect(codeOf('M1889', 'Ingénieur / Ingénieure en Intelligence Artificielle (IA)')).toBe('510530');
    expect(codeOf('M1889', 'Développeur / Développeuse IA')).toBe('510526');
    expect(codeOf('M1405', 'Data scientist')).toBe('38972');
    expect(codeOf('M1805', 'Programmeur / Programmeuse logiciel de base informatique')).toBe('18193');
  });

  test('offer labels in their single-gender forms still find the same appellation', () => {
    expect(matched(referentialMatcher.match('M1811', 'Ingénieure données (H/F)'))).toEqual({
      code: '404284',
      method: 'GENDERED_FORM',
    });
    expect(matched(referentialMatcher.match('M1889', 'Développeur IA'))).toEqual({
      code: '510526',
      method: 'GENDERED_FORM',
    });
    expect(matched(referentialMatcher.match('M1805', 'Développeuse informatique'))).toEqual({
      code: '14153',
      method: 'GENDERED_FORM',
    });
  });

  test('every label form of every appellation leads back to it, unless another appellation of its ROME code has the same form', () => {
    type Form = { appellation: ReferentialAppellation; label: string };
    const forms: Form[] = [];
    // Which appellations of a ROME code produce each normalised form: more than one is a duplicate in the referential.
    const producers = new Map<string, Set<string>>();
    for (const appellation of appellations) {
      const labels = new Set<string>();
      for (const label of [appellation.libelle, appellation.libelleCourt]) {
        if (!label) continue;
        labels.add(label);
        for (const form of genderedForms(label)) labels.add(form);
      }
      for (const label of labels) {
        forms.push({ appellation, label });
        const key = `${appellation.romeCode}|${normalizeLabel(label)}`;
        const codes = producers.get(key) ?? new Set<string>();
        codes.add(appellation.code);
        producers.set(key, codes);
      }
    }

    let backToItself = 0;
    const sharedWithAnother: string[] = [];
    const ambiguous: string[] = [];
    const failures: string[] = [];
    for (const { appellation, label } of forms) {
      const match = referentialMatcher.match(appellation.romeCode, label);
      const sameForm = producers.get(`${appellation.romeCode}|${normalizeLabel(label)}`) ?? new Set<string>();
      const where = `${appellation.romeCode} ${appellation.code} "${label}"`;
      if (match.appellation?.code === appellation.code) backToItself++;
      else if (match.appellation && sameForm.has(match.appellation.code))
        sharedWithAnother.push(`${where} → ${match.appellation.code} (${match.method})`);
      else if (!match.appellation && match.reason === 'AMBIGUOUS_LABEL' && sameForm.size > 1)
        ambiguous.push(`${where}: ${match.message}`);
      else failures.push(`${where}: ${match.appellation ? `matched ${match.appellation.code}` : match.message}`);
    }

    console.log(
      [
        `Round trip over ${appellations.length} appellations, ${forms.length} label forms: ${backToItself} back to their own appellation,`,
        `${sharedWithAnother.length} to another appellation with the same form at an equal or stricter level:`,
        ...sharedWithAnother.map((line) => `  ${line}`),
        `${ambiguous.length} ambiguous because the referential repeats the form:`,
        ...ambiguous.map((line) => `  ${line}`),
      ].join('\n'),
    );
    expect(failures).toEqual([]);
  });
});
