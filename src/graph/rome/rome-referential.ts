import type { CompetenceType, FicheMetierDto, MetierDto } from '../../upstream';
import { AppellationMatcher, type AppellationCandidate } from './appellation-matcher';
import { memoizedOn } from '../shared/per-request';
import { Competence, CompetenceKind, Occupation, RomeAppellation } from './rome.types';

/** Occupations and appellations of the ROME, indexed once per referential load. */
export interface OccupationIndex {
  occupations: Map<string, Occupation>;
  appellations: Map<string, RomeAppellation>;
  matcher: AppellationMatcher;
}

/** Competences of each occupation, from the fiches métiers, indexed once per referential load. */
export type CompetenceIndex = Map<string, Competence[]>;

/** The upstream keeps a loaded referential as one array: index it once, whatever the number of requests. */
export const occupationIndexOf = memoizedOn((metiers: MetierDto[]) => buildOccupationIndex(metiers));
export const competenceIndexOf = memoizedOn((fiches: FicheMetierDto[]) => buildCompetenceIndex(fiches));

function buildOccupationIndex(metiers: MetierDto[]): OccupationIndex {
  const occupations = new Map<string, Occupation>();
  const appellations = new Map<string, RomeAppellation>();
  const candidates = new Map<string, AppellationCandidate[]>();
  for (const metier of metiers) {
    const domain = metier.domaineProfessionnel;
    const occupation: Occupation = {
      id: metier.code,
      code: metier.code,
      label: metier.libelle,
      definition: metier.definition ?? null,
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
      appellations: [],
    };
    for (const summary of metier.appellations ?? []) {
      const appellation: RomeAppellation = {
        id: summary.code,
        code: summary.code,
        label: summary.libelle,
        shortLabel: summary.libelleCourt ?? null,
        principal: summary.classification === 'PRINCIPALE',
        occupationCode: metier.code,
        occupation,
      };
      occupation.appellations.push(appellation);
      appellations.set(appellation.code, appellation);
    }
    occupations.set(occupation.code, occupation);
    candidates.set(metier.code, metier.appellations ?? []);
  }
  return { occupations, appellations, matcher: new AppellationMatcher(candidates) };
}

const KINDS: Record<CompetenceType, CompetenceKind> = {
  'COMPETENCE-DETAILLEE': CompetenceKind.SKILL,
  'MACRO-SAVOIR-FAIRE': CompetenceKind.KNOW_HOW,
  'MACRO-SAVOIR-ETRE-PROFESSIONNEL': CompetenceKind.SOFT_SKILL,
  SAVOIR: CompetenceKind.KNOWLEDGE,
};

/** The stake or knowledge category a competence is listed under in a fiche. */
type Category = { code: string; libelle: string };

function buildCompetenceIndex(fiches: FicheMetierDto[]): CompetenceIndex {
  const index: CompetenceIndex = new Map();
  // A competence recurs across dozens of fiches (90 000 mentions of 30 000 competences in the full ROME):
  // one shared object per competence and group keeps the index small.
  const shared = new Map<string, Competence>();
  const competence = (
    code: string,
    label: string,
    kind: CompetenceKind,
    category: Category | undefined,
  ): Competence => {
    const id = `${code}:${kind}:${category?.code ?? ''}`;
    let found = shared.get(id);
    if (!found) {
      found = { id, code, label, kind, category: category?.libelle ?? null };
      shared.set(id, found);
    }
    return found;
  };
  for (const fiche of fiches) {
    const competences: Competence[] = [];
    for (const group of fiche.groupesCompetencesMobilisees ?? []) {
      for (const item of group.competences ?? []) {
        competences.push(competence(item.code, item.libelle, KINDS[item.type] ?? CompetenceKind.SKILL, group.enjeu));
      }
    }
    for (const group of fiche.groupesSavoirs ?? []) {
      for (const item of group.savoirs ?? []) {
        competences.push(competence(item.code, item.libelle, CompetenceKind.KNOWLEDGE, group.categorieSavoirs));
      }
    }
    index.set(fiche.metier?.code ?? fiche.code, competences);
  }
  return index;
}
