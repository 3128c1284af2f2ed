/**
 * The sandbox's job seekers and what each one told France Travail they are looking for (upstream-apis §7 shape).
 * Varied on purpose: zero, one and two sought jobs; mobility by commune (with a radius), département and région;
 * an appellation that has offers and one that has none nearby (the graph then falls back to its ROME code); two
 * people (alice, emma) with one sought job in common.
 */
export interface SandboxJobSeeker {
  /** Subject of their id_token and the `login_hint` that signs them in on the sandbox's authorize page. */
  id: string;
  givenName: string;
  metiersRecherches: unknown[];
}

const MR = { code: 'MR', libelle: 'Métier Recherché' };
const CDI = { type: { code: 'CDI', libelle: 'CDI', libelleLong: 'Contrat à durée indéterminée' } };
const CDD = { type: { code: 'CDD', libelle: 'CDD', libelleLong: 'Contrat à durée déterminée' } };
const MIS = { type: { code: 'MIS', libelle: 'Intérim', libelleLong: 'Mission intérimaire' } };
const FULL_TIME = { tempsTravail: { code: '1', libelle: 'temps plein' } };
const PART_TIME = { tempsTravail: { code: '2', libelle: 'temps partiel', min: 20, max: 30 } };
const KM = { code: 'KM', libelle: 'Kilomètres' };
/** Lieu types: 5 commune and 4 département are documented; the sandbox uses 2 for a région. */
const COMMUNE = { code: '5', libelle: 'Commune' };
const DEPARTEMENT = { code: '4', libelle: 'Département' };
const REGION = { code: '2', libelle: 'Région' };

/** Alice's first sought job; Emma looks for exactly the same, so they share offers, tension and ROME data. */
const DEVELOPER_IN_RENNES = {
  rome: { code: 'M1805', libelle: 'Développeur / Développeuse informatique' },
  appellation: { code: '14153', libelle: 'Développeur / Développeuse informatique' },
  typologieEmploi: MR,
  contrats: [
    { ...CDI, priorite: 1, critereOre: true },
    { ...CDD, priorite: 2, critereOre: false },
  ],
  dureesHebdo: [{ ...FULL_TIME, critereOre: true }],
  dureeExperience: { valeur: 3, unite: { code: 'AN', libelle: 'An(s)' } },
  mobilites: [
    {
      lieu: { code: '35238', codeDepartement: '35', codePostal: '35000', libelle: 'RENNES', type: COMMUNE },
      rayon: 30,
      unite: KM,
    },
  ],
  mobiliteHabitation: { valeur: 30, unite: { code: 'KM', libelle: 'Kilomètres' } },
  salaire: { remuneration: 38000, libelle: 'Annuel', code: 'A' },
  typeCrefFranchise: false,
  typeCrefReprise: false,
  typeCrefCreation: false,
};

export const SANDBOX_JOB_SEEKERS: readonly SandboxJobSeeker[] = [
  {
    id: 'alice',
    givenName: 'Alice',
    metiersRecherches: [
      DEVELOPER_IN_RENNES,
      {
        rome: { code: 'M1811', libelle: 'Data engineer' },
        appellation: { code: '404278', libelle: 'Data engineer' },
        typologieEmploi: MR,
        contrats: [{ ...CDI, priorite: 1, critereOre: false }],
        dureesHebdo: [{ ...FULL_TIME, critereOre: false }],
        dureeExperience: { valeur: 1, unite: { code: 'AN', libelle: 'An(s)' } },
        mobilites: [
          { lieu: { code: '35', libelle: 'ILLE-ET-VILAINE', type: DEPARTEMENT } },
          { lieu: { code: '44', libelle: 'LOIRE-ATLANTIQUE', type: DEPARTEMENT } },
        ],
        typeCrefCreation: true,
      },
    ],
  },
  {
    id: 'bob',
    givenName: 'Bob',
    metiersRecherches: [
      {
        rome: { code: 'N1101', libelle: 'Cariste' },
        appellation: { code: '11679', libelle: 'Cariste' },
        typologieEmploi: MR,
        contrats: [
          { ...MIS, priorite: 1, critereOre: false },
          { ...CDD, priorite: 2, critereOre: false },
        ],
        dureesHebdo: [{ ...PART_TIME, critereOre: false }],
        dureeExperience: { valeur: 6, unite: { code: 'MO', libelle: 'Mois' } },
        mobilites: [{ lieu: { code: '52', libelle: 'PAYS DE LA LOIRE', type: REGION } }],
        mobiliteHabitation: { valeur: 45, unite: { code: 'MN', libelle: 'Minutes' } },
        salaire: { remuneration: 11.88, libelle: 'Horaire', code: 'H' },
        typeCrefFranchise: false,
        typeCrefReprise: true,
        typeCrefCreation: false,
      },
    ],
  },
  { id: 'chloe', givenName: 'Chloé', metiersRecherches: [] },
  { id: 'emma', givenName: 'Emma', metiersRecherches: [DEVELOPER_IN_RENNES] },
  {
    id: 'david',
    givenName: 'David',
    metiersRecherches: [
      {
        rome: { code: 'G1609', libelle: 'Cuisinier / Cuisinière' },
        appellation: { code: '200103', libelle: 'Sushiman / Sushiwoman' },
        typologieEmploi: MR,
        contrats: [{ ...CDI, priorite: 1, critereOre: false }],
        mobilites: [
          {
            lieu: { code: '44109', codeDepartement: '44', codePostal: '44000', libelle: 'NANTES', type: COMMUNE },
            rayon: 30,
            unite: KM,
          },
        ],
      },
    ],
  },
];

export function jobSeekerById(id: string): SandboxJobSeeker | undefined {
  return SANDBOX_JOB_SEEKERS.find((jobSeeker) => jobSeeker.id === id);
}
