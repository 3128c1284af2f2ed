/** Codes and labels of the Offres d'emploi v2 referentials that generated offers use (upstream-apis §3.4–3.5). */

export interface ContractType {
  code: string;
  libelle: string;
  /** Contracts with a duration get "CDD - 6 Mois"-style labels. */
  withDuration: boolean;
}

export const CONTRACT_TYPES: ContractType[] = [
  { code: 'CDI', libelle: 'CDI', withDuration: false },
  { code: 'CDD', libelle: 'CDD', withDuration: true },
  { code: 'MIS', libelle: 'Intérim', withDuration: true },
  { code: 'SAI', libelle: 'Contrat travail saisonnier', withDuration: true },
  { code: 'DIN', libelle: 'CDI intérimaire', withDuration: false },
  { code: 'LIB', libelle: 'Profession libérale', withDuration: false },
  { code: 'FRA', libelle: 'Franchise', withDuration: false },
  { code: 'CCE', libelle: 'Profession commerciale', withDuration: false },
];

export const CONTRACT_TYPE_CODES = new Set(CONTRACT_TYPES.map((c) => c.code));

export const NATURES_CONTRAT: Record<string, string> = {
  E1: 'Contrat travail',
  E2: 'Contrat apprentissage',
  FS: 'Cont. professionnalisation',
  FA: 'Emploi non salarié',
  FJ: 'CUI - Parcours Emploi Compétences',
  I1: "Insertion par l'activ.éco.",
};

export const QUALIFICATIONS: Record<string, string> = {
  '1': 'Manœuvre',
  '2': 'Ouvrier spécialisé',
  '3': 'Ouvrier qualifié (P1,P2)',
  '4': 'Ouvrier qualifié (P3,P4,OHQ)',
  '5': 'Employé non qualifié',
  '6': 'Employé qualifié',
  '7': 'Technicien',
  '8': 'Agent de maîtrise',
  '9': 'Cadre',
};

export const DEPLACEMENTS: Record<string, string> = { '1': 'Jamais', '2': 'Ponctuels', '3': 'Fréquents' };

export const TRANCHES_EFFECTIF = [
  '1 ou 2 salariés',
  '3 à 5 salariés',
  '6 à 9 salariés',
  '10 à 19 salariés',
  '20 à 49 salariés',
  '50 à 99 salariés',
  '100 à 199 salariés',
  '200 à 249 salariés',
  '250 à 499 salariés',
  '500 à 999 salariés',
  '1 000 à 1 999 salariés',
  '2 000 à 4 999 salariés',
  '10 000 salariés et plus',
];

export const NIVEAUX_FORMATION = [
  'CAP, BEP et équivalents',
  'Bac ou équivalent',
  'Bac+2 ou équivalents',
  'Bac+3, Bac+4 ou équivalents',
  'Bac+5 et plus ou équivalents',
];

export const SALARY_COMPLEMENTS = [
  { code: '1', libelle: 'Primes' },
  { code: '3', libelle: 'Téléphone mobile' },
  { code: '4', libelle: 'Ordinateur portable' },
  { code: '5', libelle: 'Chèque repas' },
  { code: '7', libelle: 'Complémentaire santé' },
  { code: '14', libelle: 'Indemnité transports' },
];

/** Partner job boards whose offers France Travail republishes (names as they appear in recorded offers). */
export const PARTNERS = [
  { nom: 'DIRECTEMPLOI', slug: 'directemploi' },
  { nom: 'BEETWEEN', slug: 'beetween' },
  { nom: 'TALENTS_HANDICAP', slug: 'talents_handicap' },
  { nom: 'HANDICAP_JOB', slug: 'handicap_job' },
  { nom: 'LINDUSTRIE RECRUTE', slug: 'uimm' },
  { nom: 'NICOKA', slug: 'nicoka' },
];

export interface NafCode {
  code: string;
  libelle: string;
}

const naf = (code: string, libelle: string): NafCode => ({ code, libelle });

const TEMPORARY_WORK = naf('78.20Z', 'Activités des agences de travail temporaire');

/** Employer activities (NAF rév. 2 sous-classes) plausible for a fiche, by domaine professionnel or grand domaine. */
const NAF_BY_DOMAINE: Record<string, NafCode[]> = {
  M18: [
    naf('62.01Z', 'Programmation informatique'),
    naf('62.02A', 'Conseil en systèmes et logiciels informatiques'),
    naf('58.29C', 'Edition de logiciels applicatifs'),
    naf('62.03Z', "Gestion d'installations informatiques"),
  ],
  M14: [
    naf('62.02A', 'Conseil en systèmes et logiciels informatiques'),
    naf('70.22Z', 'Conseil pour les affaires et autres conseils de gestion'),
    naf('73.20Z', 'Études de marché et sondages'),
  ],
  M12: [
    naf('69.20Z', 'Activités comptables'),
    naf('70.22Z', 'Conseil pour les affaires et autres conseils de gestion'),
  ],
  D11: [
    naf('10.71C', 'Boulangerie et boulangerie-pâtisserie'),
    naf('47.24Z', 'Commerce de détail de pain, pâtisserie et confiserie en magasin spécialisé'),
  ],
  D14: [
    naf('46.69B', 'Commerce de gros (commerce interentreprises) de fournitures et équipements industriels divers'),
    naf(
      '46.51Z',
      "Commerce de gros (commerce interentreprises) d'ordinateurs, d'équipements informatiques périphériques et de logiciels",
    ),
  ],
  D15: [naf('47.11D', 'Supermarchés'), naf('47.11F', 'Hypermarchés')],
  F16: [naf('43.22A', "Travaux d'installation d'eau et de gaz en tous locaux")],
  F17: [
    naf('43.99C', 'Travaux de maçonnerie générale et gros œuvre de bâtiment'),
    naf('41.20A', 'Construction de maisons individuelles'),
  ],
  G16: [naf('56.10A', 'Restauration traditionnelle'), naf('56.29A', 'Restauration collective sous contrat')],
  G18: [naf('56.10A', 'Restauration traditionnelle'), naf('55.10Z', 'Hôtels et hébergement similaire')],
  J13: [naf('88.91A', 'Accueil de jeunes enfants'), naf('86.10Z', 'Activités hospitalières')],
  J15: [naf('86.10Z', 'Activités hospitalières'), naf('87.10A', 'Hébergement médicalisé pour personnes âgées')],
  K13: [naf('88.91A', 'Accueil de jeunes enfants'), naf('88.10A', 'Aide à domicile')],
  K22: [
    naf('81.21Z', 'Nettoyage courant des bâtiments'),
    naf('81.22Z', 'Autres activités de nettoyage des bâtiments et nettoyage industriel'),
  ],
  N11: [naf('52.10B', 'Entreposage et stockage non frigorifique'), naf('52.29A', 'Messagerie, fret express')],
  N41: [
    naf('49.41A', 'Transports routiers de fret interurbains'),
    naf('49.41B', 'Transports routiers de fret de proximité'),
  ],
};

export function nafCandidates(codeDomaine: string): NafCode[] {
  return [
    ...(NAF_BY_DOMAINE[codeDomaine] ?? [naf('82.99Z', 'Autres activités de soutien aux entreprises n.c.a.')]),
    TEMPORARY_WORK,
  ];
}

/** Words for invented employer names (never a person's name). */
export const EMPLOYER_NOUNS: Record<string, string[]> = {
  M: ['DATA', 'NUMERIQUE', 'LOGICIELS', 'SYSTEMES', 'DIGITAL', 'CONSEIL', 'SOLUTIONS'],
  D: ['MAISON', 'COMMERCE', 'DISTRIBUTION', 'MARCHE', 'FOURNIL'],
  F: ['BATIMENT', 'CONSTRUCTIONS', 'RENOVATION', 'TRAVAUX'],
  G: ['BRASSERIE', 'RESTAURANT', 'HOTELLERIE', 'TABLE'],
  J: ['CLINIQUE', 'RESIDENCE', 'CENTRE DE SOINS', 'SANTE'],
  K: ['SERVICES', 'PROPRETE', 'ACCUEIL', 'ENTRETIEN'],
  N: ['LOGISTIQUE', 'TRANSPORTS', 'ENTREPOTS', 'FRET'],
};

export const EMPLOYER_SUFFIXES = [
  'HORIZON',
  'AVENIR',
  'DU CENTRE',
  "DE L'OUEST",
  'ATLANTIQUE',
  'DES HALLES',
  'CONSEIL ET ASSOCIES',
  'PLUS',
  'PARTENAIRES',
  'ET CIE',
];

/** Every NAF sous-classe generated offers may carry, for `referentiel/nafs`. */
export function allNafCodes(): NafCode[] {
  const byCode = new Map<string, NafCode>();
  for (const list of [...Object.values(NAF_BY_DOMAINE), nafCandidates('')]) for (const n of list) byCode.set(n.code, n);
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** `referentiel/niveauxFormations`. */
export const TRAINING_LEVELS = [
  { code: 'AFS', libelle: 'Aucune formation scolaire' },
  { code: 'CFG', libelle: 'Primaire à 4ème' },
  { code: 'CP4', libelle: 'Certificat de formation générale' },
  { code: 'NV5', libelle: 'CAP, BEP et équivalents' },
  { code: 'NV4', libelle: 'Bac ou équivalent' },
  { code: 'NV3', libelle: 'Bac+2 ou équivalents' },
  { code: 'NV2', libelle: 'Bac+3, Bac+4 ou équivalents' },
  { code: 'NV1', libelle: 'Bac+5 et plus ou équivalents' },
];

/** `referentiel/permis`: codes and labels as offers print them ("B - Véhicule léger"). */
export const DRIVING_LICENCES = [
  { code: 'AM', libelle: 'AM - Cyclomoteur' },
  { code: 'A', libelle: 'A - Moto' },
  { code: 'B', libelle: 'B - Véhicule léger' },
  { code: 'BE', libelle: 'BE - Véhicule léger + remorque' },
  { code: 'C', libelle: 'C - Poids lourd' },
  { code: 'CE', libelle: 'CE - Poids lourd + remorque' },
  { code: 'D', libelle: 'D - Transport en commun' },
];

export const LANGUAGES = [
  { code: 'AL', libelle: 'Allemand' },
  { code: 'AN', libelle: 'Anglais' },
  { code: 'AR', libelle: 'Arabe' },
  { code: 'CH', libelle: 'Chinois' },
  { code: 'ES', libelle: 'Espagnol' },
  { code: 'FR', libelle: 'Français' },
  { code: 'IT', libelle: 'Italien' },
  { code: 'PO', libelle: 'Portugais' },
];

/** INSEE codes: 99 + continent digit (+ country), as `paysContinent` takes them. */
export const CONTINENTS = [
  { code: '991', libelle: 'Europe' },
  { code: '992', libelle: 'Asie' },
  { code: '993', libelle: 'Afrique' },
  { code: '994', libelle: 'Amérique' },
  { code: '995', libelle: 'Océanie' },
];

export const COUNTRIES = [
  { code: '01', libelle: 'France' },
  { code: '99109', libelle: 'Allemagne' },
  { code: '99110', libelle: 'Autriche' },
  { code: '99127', libelle: 'Italie' },
  { code: '99131', libelle: 'Belgique' },
  { code: '99134', libelle: 'Espagne' },
  { code: '99137', libelle: 'Luxembourg' },
  { code: '99140', libelle: 'Suisse' },
  { code: '99132', libelle: 'Royaume-Uni' },
  { code: '99401', libelle: 'Canada' },
];
