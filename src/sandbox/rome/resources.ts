import type {
  AppellationRecord,
  CodeLabel,
  CompetenceRecord,
  ContexteRecord,
  FicheRecord,
  Referential,
  SavoirRecord,
} from '../referential/model';

/**
 * ROME 4.0 response objects built from the referential, in their complete form (what a call without `champs`
 * returns). Field names follow upstream-apis §4; fields the open data cannot fill are left out.
 */

export interface CompetenceRef {
  type: string;
  code: string;
  libelle: string;
}

const TRANSITION_ECO_DETAIL: Record<string, string> = {
  'Emploi Blanc': 'EMPLOI_BLANC',
  'Emploi Brun': 'EMPLOI_BRUN',
  'Emploi Vert': 'EMPLOI_VERT',
  'Emploi stratégique pour la Transition écologique': 'EMPLOI_STRATEGIQUE',
};

/** Context types of the open data (code_type_cont_trav) → the API's `categorie`. */
const CONTEXTE_CATEGORIES: Record<string, string> = {
  '1': 'CONDITIONS_TRAVAIL',
  '2': 'HORAIRE_ET_DUREE_TRAVAIL',
  '3': 'LIEU_ET_DEPLACEMENT',
  '5': 'TYPE_BENEFICIAIRE',
  '6': 'TYPE_STRUCTURE_ACCUEIL',
  '7': 'STATUT_EMPLOI',
};

/**
 * The ecological-transition flags of ROME 4.0: every qualified job is in the transition scope except
 * "Emploi Brun" ones (jobs expected to shrink); the detailed label is kept as given.
 */
function transitionFields(record: {
  transitionEco: string;
  transitionNumerique: boolean;
  transitionDemographique: boolean;
}) {
  return {
    transitionEcologique: record.transitionEco !== '' && record.transitionEco !== 'Emploi Brun',
    transitionEcologiqueDetaillee: TRANSITION_ECO_DETAIL[record.transitionEco],
    transitionNumerique: record.transitionNumerique,
    transitionDemographique: record.transitionDemographique,
  };
}

export function contexteCategorie(record: ContexteRecord): string {
  return CONTEXTE_CATEGORIES[record.codeType] ?? 'CONDITIONS_TRAVAIL';
}

/**
 * The open data has the position of each macro-compétence in the compétence tree (e.g. "3B104": domaine 3,
 * enjeu B, objectif 1, n° 04) but not the labels of domaines, enjeux and objectifs.
 */
export function enjeuOf(competence: CompetenceRecord | undefined, referential: Referential): CodeLabel | undefined {
  const macro =
    competence?.type === 'COMPETENCE-DETAILLEE'
      ? referential.competenceByCode.get(competence.macroCode ?? '')
      : competence;
  const position = macro?.codeArborescence;
  if (!position || position.length < 2) return undefined;
  const code = position.slice(0, 2);
  return { code, libelle: `Enjeu ${code}` };
}

/** "3B104" → "03.02.01.04" (domaine, enjeu, objectif, macro-compétence), the dotted form the API uses. */
function dottedArborescence(position: string | undefined): string | undefined {
  const match = position && /^(\d)([A-Z])(\d)(\d{2})$/.exec(position);
  if (!match) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return [pad(Number(match[1])), pad(match[2].charCodeAt(0) - 64), pad(Number(match[3])), match[4]].join('.');
}

/**
 * The macro-compétence's objectif, enjeu and domaine from its tree position ("3B104": domaine 3, enjeu B,
 * objectif 1). The open data lacks their labels (upstream-apis §1 of the data README): they are named after
 * their code, consistently with the fiches' enjeux.
 */
function objectifOf(position: string | undefined): Record<string, unknown> | undefined {
  const match = position && /^(\d)([A-Z])(\d)\d{2}$/.exec(position);
  if (!match) return undefined;
  const dotted = dottedArborescence(position) ?? '';
  const domaine = match[1];
  const enjeu = `${domaine}${match[2]}`;
  const objectif = `${enjeu}${match[3]}`;
  return {
    code: objectif,
    libelle: `Objectif ${objectif}`,
    codeArborescence: dotted.slice(0, 8),
    enjeu: {
      code: enjeu,
      libelle: `Enjeu ${enjeu}`,
      codeArborescence: dotted.slice(0, 5),
      domaineCompetence: {
        code: domaine,
        libelle: `Domaine de compétences ${domaine}`,
        codeArborescence: dotted.slice(0, 2),
      },
    },
  };
}

export class RomeResources {
  private metiers?: Record<string, unknown>[];
  private appellations?: Record<string, unknown>[];
  private fiches?: Record<string, unknown>[];
  private competences?: Record<string, unknown>[];
  private contextes?: Record<string, unknown>[];
  private metierIndex?: Map<string, Record<string, unknown>>;
  private appellationIndex?: Map<string, Record<string, unknown>>;
  private ficheIndex?: Map<string, Record<string, unknown>>;
  private competenceIndex?: Map<string, Record<string, unknown>>;
  private contexteIndex?: Map<string, Record<string, unknown>>;
  private macros?: Map<string, Record<string, unknown>>;
  private sousCategories?: Map<string, string>;

  constructor(private readonly referential: Referential) {}

  listMetiers(): Record<string, unknown>[] {
    this.metiers ??= this.referential.fiches.map((fiche) => this.metier(fiche));
    return this.metiers;
  }

  getMetier(code: string): Record<string, unknown> | undefined {
    this.metierIndex ??= indexByCode(this.listMetiers());
    return this.metierIndex.get(code);
  }

  listAppellations(): Record<string, unknown>[] {
    this.appellations ??= this.referential.appellations.map((a) => this.appellation(a));
    return this.appellations;
  }

  getAppellation(code: string): Record<string, unknown> | undefined {
    this.appellationIndex ??= indexByCode(this.listAppellations());
    return this.appellationIndex.get(code);
  }

  listFichesMetiers(): Record<string, unknown>[] {
    this.fiches ??= this.referential.fiches.map((fiche) => this.ficheMetier(fiche));
    return this.fiches;
  }

  getFicheMetier(code: string): Record<string, unknown> | undefined {
    this.ficheIndex ??= indexByCode(this.listFichesMetiers());
    return this.ficheIndex.get(code);
  }

  listCompetences(): Record<string, unknown>[] {
    this.competences ??= [
      ...this.referential.competences.map((c) => this.competence(c)),
      ...this.referential.savoirs.map((s) => this.savoir(s)),
    ];
    return this.competences;
  }

  getCompetence(code: string): Record<string, unknown> | undefined {
    this.competenceIndex ??= indexByCode(this.listCompetences());
    return this.competenceIndex.get(code);
  }

  listContextesTravail(): Record<string, unknown>[] {
    this.contextes ??= this.referential.contextes.map((c) => ({
      code: c.code,
      libelle: c.libelle,
      categorie: contexteCategorie(c),
    }));
    return this.contextes;
  }

  getContexteTravail(code: string): Record<string, unknown> | undefined {
    this.contexteIndex ??= indexByCode(this.listContextesTravail());
    return this.contexteIndex.get(code);
  }

  /** `GET …/version` of each ROME product. */
  version(): Record<string, unknown> {
    return { version: this.referential.version, lastModifiedDate: this.referential.publishedOn ?? null };
  }

  /** Compétences and savoirs of a fiche as `{type, code, libelle}` references. */
  competenceRef(code: string): CompetenceRef | undefined {
    const competence = this.referential.competenceByCode.get(code);
    if (competence) return { type: competence.type, code, libelle: competence.libelle };
    const savoir = this.referential.savoirByCode.get(code);
    return savoir ? { type: 'SAVOIR', code, libelle: savoir.libelle } : undefined;
  }

  private metier(fiche: FicheRecord): Record<string, unknown> {
    const r = this.referential;
    const mobilised = (codes: string[]) =>
      codes.flatMap((code) => {
        const ref = this.competenceRef(code);
        if (!ref) return [];
        const macro = r.competenceByCode.get(code);
        const riasecSource =
          macro?.type === 'COMPETENCE-DETAILLEE' ? r.competenceByCode.get(macro.macroCode ?? '') : macro;
        return [
          { ...ref, codeOgr: code, riasecMajeur: riasecSource?.riasecMajeur, riasecMineur: riasecSource?.riasecMineur },
        ];
      });
    const secteur = (code: string) => {
      const record = r.labels.secteurActivite.get(code);
      const parent = record?.codeParent ? r.labels.secteurActivite.get(record.codeParent) : undefined;
      return {
        code,
        libelle: record?.libelle ?? '',
        secteurActivite: parent ? { code: parent.code, libelle: parent.libelle } : null,
      };
    };
    const labelled = (codes: string[], labels: Map<string, string>) =>
      codes.map((code) => ({ code, libelle: labels.get(code) ?? '' }));
    return {
      code: fiche.code,
      libelle: fiche.libelle,
      definition: fiche.definition,
      accesEmploi: fiche.accesEmploi,
      riasecMajeur: fiche.riasecMajeur,
      riasecMineur: fiche.riasecMineur,
      obsolete: false,
      emploiCadre: fiche.emploiCadre,
      emploiReglemente: fiche.emploiReglemente,
      ...transitionFields(fiche),
      domaineProfessionnel: this.domaineProfessionnel(fiche.codeDomaine),
      appellations: fiche.appellations.flatMap((code) => {
        const a = r.appellationByCode.get(code);
        return a ? [this.appellationSummary(a)] : [];
      }),
      themes: labelled(fiche.themes, r.labels.theme),
      centresInterets: labelled(
        fiche.centresInteret.filter((c) => c.principal).map((c) => c.code),
        r.labels.centreInteret,
      ),
      centresInteretsLies: labelled(
        fiche.centresInteret.filter((c) => !c.principal).map((c) => c.code),
        r.labels.centreInteret,
      ),
      secteursActivites: fiche.secteursActivite.filter((s) => s.principal).map((s) => secteur(s.code)),
      secteursActivitesLies: fiche.secteursActivite.filter((s) => !s.principal).map((s) => secteur(s.code)),
      competencesMobilisees: mobilised([...fiche.competences, ...fiche.savoirs]),
      competencesMobiliseesPrincipales: mobilised(fiche.competencesPrincipales),
      competencesMobiliseesEmergentes: mobilised(fiche.competencesEmergentes),
      divisionsNaf: labelled(fiche.divisionsNaf, r.labels.divisionNaf),
      contextesTravail: fiche.contextes.flatMap((code) => {
        const c = r.contexteByCode.get(code);
        return c ? [{ code, libelle: c.libelle, categorie: contexteCategorie(c) }] : [];
      }),
      metiersEnProximite: (fiche.mobilites ?? []).flatMap((code) => {
        const target = r.ficheByCode.get(code);
        return target ? [{ code, libelle: target.libelle }] : [];
      }),
    };
  }

  private domaineProfessionnel(code: string) {
    const grandDomaine = code.slice(0, 1);
    return {
      code,
      libelle: this.referential.labels.domaine.get(code) ?? '',
      grandDomaine: { code: grandDomaine, libelle: this.referential.labels.grandDomaine.get(grandDomaine) ?? '' },
    };
  }

  private appellationSummary(a: AppellationRecord) {
    return {
      code: a.code,
      libelle: a.libelle,
      libelleCourt: a.libelleCourt,
      classification: a.classification,
      emploiCadre: a.emploiCadre,
      emploiReglemente: a.emploiReglemente,
      ...transitionFields(a),
    };
  }

  private appellation(a: AppellationRecord): Record<string, unknown> {
    const fiche = this.referential.ficheByCode.get(a.codeRome);
    return {
      ...this.appellationSummary(a),
      obsolete: false,
      metier: {
        code: a.codeRome,
        libelle: fiche?.libelle ?? '',
        riasecMajeur: fiche?.riasecMajeur,
        riasecMineur: fiche?.riasecMineur,
      },
    };
  }

  private ficheMetier(fiche: FicheRecord): Record<string, unknown> {
    const groups = new Map<string, { enjeu?: CodeLabel; competences: CompetenceRef[] }>();
    for (const code of fiche.competences) {
      const ref = this.competenceRef(code);
      if (!ref) continue;
      const enjeu = enjeuOf(this.referential.competenceByCode.get(code), this.referential);
      const key = enjeu?.code ?? '';
      const group = groups.get(key) ?? { enjeu, competences: [] };
      group.competences.push(ref);
      groups.set(key, group);
    }
    const savoirGroups = new Map<string, { categorieSavoirs: CodeLabel; savoirs: CompetenceRef[] }>();
    for (const code of fiche.savoirs) {
      const savoir = this.referential.savoirByCode.get(code);
      if (!savoir) continue;
      const categorie = savoir.codeCategorie;
      const group = savoirGroups.get(categorie) ?? {
        categorieSavoirs: { code: categorie, libelle: this.referential.labels.categorieSavoirs.get(categorie) ?? '' },
        savoirs: [],
      };
      group.savoirs.push({ type: 'SAVOIR', code, libelle: savoir.libelle });
      savoirGroups.set(categorie, group);
    }
    return {
      code: fiche.code,
      obsolete: false,
      metier: { code: fiche.code, libelle: fiche.libelle },
      groupesCompetencesMobilisees: [...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([, group]) => group),
      groupesSavoirs: [...savoirGroups.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([, group]) => group),
    };
  }

  private competence(c: CompetenceRecord): Record<string, unknown> {
    const common = {
      type: c.type,
      code: c.code,
      codeOgr: c.code,
      libelle: c.libelle,
      obsolete: false,
      transitionEcologique: c.transitionEcologique,
      transitionNumerique: c.transitionNumerique,
    };
    if (c.type === 'COMPETENCE-DETAILLEE') {
      const macro = this.referential.competenceByCode.get(c.macroCode ?? '');
      return {
        ...common,
        riasecMajeur: macro?.riasecMajeur,
        riasecMineur: macro?.riasecMineur,
        macroCompetence: macro && macro.type !== 'COMPETENCE-DETAILLEE' ? this.macroCompetence(macro) : undefined,
      };
    }
    return this.macroCompetence(c);
  }

  /** One object per macro-compétence, shared by the compétences détaillées that embed it. */
  private macroCompetence(c: CompetenceRecord): Record<string, unknown> {
    this.macros ??= new Map();
    let macro = this.macros.get(c.code);
    if (!macro) {
      macro = {
        type: c.type,
        code: c.code,
        codeOgr: c.code,
        libelle: c.libelle,
        obsolete: false,
        transitionEcologique: c.transitionEcologique,
        transitionNumerique: c.transitionNumerique,
        codeArborescence: dottedArborescence(c.codeArborescence),
        sousCategorie: c.sousCategorie,
        // The open data has no such flag: a "Transverse" savoir-faire is the one that carries across métiers.
        transferable: c.sousCategorie === 'Transverse',
        riasecMajeur: c.riasecMajeur,
        riasecMineur: c.riasecMineur,
        definition: c.type === 'MACRO-SAVOIR-ETRE-PROFESSIONNEL' ? c.definition : undefined,
        qualiteProfessionnelle: c.type === 'MACRO-SAVOIR-ETRE-PROFESSIONNEL' ? c.libelle : undefined,
        objectif: objectifOf(c.codeArborescence),
      };
      this.macros.set(c.code, macro);
    }
    return macro;
  }

  /** The open data names savoir sub-categories without a code: number them within their category, by label. */
  private sousCategorieCode(s: SavoirRecord): string {
    if (!this.sousCategories) {
      this.sousCategories = new Map();
      const labels = [...new Set(this.referential.savoirs.map((x) => `${x.codeCategorie}|${x.sousCategorie}`))].sort();
      const counters = new Map<string, number>();
      for (const key of labels) {
        const categorie = key.slice(0, key.indexOf('|'));
        const n = (counters.get(categorie) ?? 0) + 1;
        counters.set(categorie, n);
        this.sousCategories.set(key, `${categorie}.${n}`);
      }
    }
    return this.sousCategories.get(`${s.codeCategorie}|${s.sousCategorie}`) ?? s.codeCategorie;
  }

  private savoir(s: SavoirRecord): Record<string, unknown> {
    return {
      type: 'SAVOIR',
      code: s.code,
      codeOgr: s.code,
      libelle: s.libelle,
      obsolete: false,
      transitionEcologique: s.transitionEcologique,
      transitionNumerique: s.transitionNumerique,
      categorieSavoir: {
        code: this.sousCategorieCode(s),
        libelle: s.sousCategorie,
        categorie: {
          code: s.codeCategorie,
          libelle: this.referential.labels.categorieSavoirs.get(s.codeCategorie) ?? '',
        },
      },
    };
  }
}

function indexByCode(items: Record<string, unknown>[]): Map<string, Record<string, unknown>> {
  return new Map(items.map((item) => [String(item.code), item]));
}
