import type { AppellationSummaryDto, CompetenceRefDto, CompetenceType, MetierDto } from '../../upstream';
import { memoizedOn } from '../shared/per-request';
import { AppellationMatcher, type AppellationCandidate } from './appellation-matcher';
import { type Competence, CompetenceKind } from './competence.types';
import type { KeyCompetence, Occupation, RomeAppellation, TransitionFlags } from './rome.types';
import type { WorkContext } from './work-context.types';

/** Occupations and appellations of the ROME, indexed once per referential load. */
export interface OccupationIndex {
  occupations: Map<string, Occupation>;
  appellations: Map<string, RomeAppellation>;
  matcher: AppellationMatcher;
}

/** The upstream keeps a loaded referential as one array: index it once, whatever the number of requests. */
export const occupationIndexOf = memoizedOn((metiers: MetierDto[]) => buildOccupationIndex(metiers));

export const KINDS: Record<CompetenceType, CompetenceKind> = {
  'COMPETENCE-DETAILLEE': CompetenceKind.SKILL,
  'MACRO-SAVOIR-FAIRE': CompetenceKind.KNOW_HOW,
  'MACRO-SAVOIR-ETRE-PROFESSIONNEL': CompetenceKind.SOFT_SKILL,
  SAVOIR: CompetenceKind.KNOWLEDGE,
};

/** A competence as a reference (type, code, label) names it; its other fields come from the Compétences API. */
export function competenceOfRef(ref: CompetenceRefDto): Competence {
  const kind = KINDS[ref.type] ?? CompetenceKind.SKILL;
  return { id: competenceId(ref.code, kind, null), code: ref.code, label: ref.libelle, kind, category: null };
}

/**
 * Stable id of a competence in its group: OGR code, kind and the code of the stake or knowledge category it is
 * listed under in a fiche (empty outside a fiche), since `category` differs from one group to another.
 */
export function competenceId(code: string, kind: CompetenceKind, categoryCode: string | null): string {
  return `${code}:${kind}:${categoryCode ?? ''}`;
}

const EMPTY: never[] = [];

function transitionsOf(item: {
  transitionEcologique?: boolean | null;
  transitionEcologiqueDetaillee?: string | null;
  transitionNumerique?: boolean | null;
  transitionDemographique?: boolean | null;
}): TransitionFlags {
  const flags: TransitionFlags = {
    ecological: item.transitionEcologique ?? null,
    ecologicalDetail: item.transitionEcologiqueDetaillee ?? null,
    digital: item.transitionNumerique ?? null,
    demographic: item.transitionDemographique ?? null,
  };
  // A few dozen combinations for 15 000 occupations and appellations: one object each.
  const key = `${flags.ecological}|${flags.ecologicalDetail}|${flags.digital}|${flags.demographic}`;
  const found = TRANSITIONS.get(key);
  if (found) return found;
  TRANSITIONS.set(key, flags);
  return flags;
}

const TRANSITIONS = new Map<string, TransitionFlags>();

const codesOf = (items: { code: string }[] | null | undefined): string[] =>
  items?.length ? items.map((item) => item.code) : EMPTY;

function buildOccupationIndex(metiers: MetierDto[]): OccupationIndex {
  const occupations = new Map<string, Occupation>();
  const appellations = new Map<string, RomeAppellation>();
  const candidates = new Map<string, AppellationCandidate[]>();
  const shared = sharedObjects();
  for (const metier of metiers) {
    const occupation = toOccupation(metier, shared);
    for (const summary of metier.appellations ?? []) {
      const appellation = toAppellation(summary, occupation, shared);
      occupation.appellations.push(appellation);
      appellations.set(appellation.code, appellation);
    }
    occupations.set(occupation.code, occupation);
    candidates.set(
      metier.code,
      (metier.appellations ?? []).map((a) => ({
        code: a.code,
        libelle: a.libelle,
        libelleCourt: a.libelleCourt ?? undefined,
        classification: a.classification ?? undefined,
      })),
    );
  }
  return { occupations, appellations, matcher: new AppellationMatcher(candidates) };
}

/** Objects met in many métiers, kept once. */
interface Shared {
  workContext(item: { code: string; libelle: string; categorie: string }): WorkContext;
  /** The upstream list keeps one instance of each equal key competence: so does the index. */
  keyCompetence(key: NonNullable<AppellationSummaryDto['competencesCles']>[number]): KeyCompetence;
  /** The graph form of an upstream part (a theme, a sector…), made once per part and variant. */
  once<T>(part: object, variant: string, make: () => T): T;
}

function sharedObjects(): Shared {
  const workContexts = new Map<string, WorkContext>();
  const keyCompetences = new Map<object, KeyCompetence>();
  const competences = new Map<object, Competence>();
  const made = new Map<string, Map<object, unknown>>();
  return {
    once(part, variant, make) {
      let byPart = made.get(variant);
      if (!byPart) {
        byPart = new Map();
        made.set(variant, byPart);
      }
      if (!byPart.has(part)) byPart.set(part, make());
      return byPart.get(part) as ReturnType<typeof make>;
    },
    keyCompetence(key) {
      let found = keyCompetences.get(key);
      if (!found) {
        let competence = competences.get(key.competence);
        if (!competence) {
          competence = competenceOfRef(key.competence);
          competences.set(key.competence, competence);
        }
        found = { competence, frequency: key.frequence ?? null };
        keyCompetences.set(key, found);
      }
      return found;
    },
    workContext(item) {
      let found = workContexts.get(item.code);
      if (!found) {
        found = { code: item.code, label: item.libelle, category: item.categorie };
        workContexts.set(item.code, found);
      }
      return found;
    },
  };
}

function toOccupation(metier: MetierDto, shared: Shared): Occupation {
  const domain = metier.domaineProfessionnel;
  const codeLabel = (item: { code: string; libelle: string }) =>
    shared.once(item, 'code-label', () => ({ code: item.code, label: item.libelle }));
  const codeLabels = (items: { code: string; libelle: string }[] | null | undefined) =>
    items?.length ? items.map(codeLabel) : EMPTY;
  const sectors = (items: MetierDto['secteursActivites'], principal: boolean) =>
    (items ?? []).map((s) =>
      shared.once(s, `sector:${principal}`, () => ({
        code: s.code,
        label: s.libelle,
        parent: s.secteurActivite ? codeLabel(s.secteurActivite) : null,
        principal,
      })),
    );
  const interests = (items: MetierDto['centresInterets'], principal: boolean) =>
    (items ?? []).map((c) =>
      shared.once(c, `interest:${principal}`, () => ({ code: c.code, label: c.libelle, principal })),
    );
  return {
    id: metier.code,
    code: metier.code,
    label: metier.libelle,
    definition: metier.definition ?? null,
    access: metier.accesEmploi ?? null,
    domain: domain
      ? {
          id: domain.code,
          code: domain.code,
          label: domain.libelle,
          majorDomain: domain.grandDomaine
            ? { id: domain.grandDomaine.code, code: domain.grandDomaine.code, label: domain.grandDomaine.libelle }
            : null,
        }
      : null,
    riasec:
      metier.riasecMajeur || metier.riasecMineur
        ? { major: metier.riasecMajeur ?? null, minor: metier.riasecMineur ?? null }
        : null,
    executive: metier.emploiCadre ?? null,
    regulated: metier.emploiReglemente ?? null,
    transitions: transitionsOf(metier),
    appellations: [],
    themes: codeLabels(metier.themes),
    interestCentres: [...interests(metier.centresInterets, true), ...interests(metier.centresInteretsLies, false)],
    sectors: [...sectors(metier.secteursActivites, true), ...sectors(metier.secteursActivitesLies, false)],
    nafDivisions: codeLabels(metier.divisionsNaf),
    nearbyCodes: codesOf(metier.metiersEnProximite),
    workContextList: (metier.contextesTravail ?? EMPTY).map((c) => shared.workContext(c)),
    coreCompetenceCodes: codesOf(metier.competencesMobiliseesPrincipales),
    emergingCompetenceCodes: codesOf(metier.competencesMobiliseesEmergentes),
  };
}

function toAppellation(summary: AppellationSummaryDto, occupation: Occupation, shared: Shared): RomeAppellation {
  const keyCompetences = (summary.competencesCles ?? []).map((key) => shared.keyCompetence(key));
  return {
    id: summary.code,
    code: summary.code,
    label: summary.libelle,
    shortLabel: summary.libelleCourt ?? null,
    principal: summary.classification === 'PRINCIPALE',
    classification: summary.classification ?? null,
    executive: summary.emploiCadre ?? null,
    regulated: summary.emploiReglemente ?? null,
    transitions: transitionsOf(summary),
    keyCompetences: keyCompetences.length ? keyCompetences : EMPTY,
    occupationCode: occupation.code,
    occupation,
  };
}

/** Occupations by work context code, for the reverse link; built on first use only. */
export const occupationsByWorkContextOf = memoizedOn((index: OccupationIndex) => {
  const byContext = new Map<string, Occupation[]>();
  for (const occupation of index.occupations.values()) {
    for (const { code } of occupation.workContextList) {
      const list = byContext.get(code);
      if (list) list.push(occupation);
      else byContext.set(code, [occupation]);
    }
  }
  return byContext;
});
