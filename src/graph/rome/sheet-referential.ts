import type { FicheMetierDto } from '../../upstream';
import { memoizedOn } from '../shared/per-request';
import { type Competence, CompetenceKind, type CompetenceGroup, type KnowledgeGroup } from './competence.types';
import { competenceId, KINDS } from './rome-referential';

/** An occupation sheet (fiche métier) as the Fiches métiers API presents it: competences by stake, knowledge by category. */
export interface Sheet {
  competenceGroups: CompetenceGroup[];
  knowledgeGroups: KnowledgeGroup[];
}

/** Sheets by ROME code, indexed once per referential load. */
export type SheetIndex = Map<string, Sheet>;

export const sheetIndexOf = memoizedOn((fiches: FicheMetierDto[]) => buildSheetIndex(fiches));

/** Every competence and piece of knowledge of a sheet, in the sheet's order. */
export const competencesOfSheet = memoizedOn((sheet: Sheet): Competence[] => [
  ...sheet.competenceGroups.flatMap((group) => group.competences),
  ...sheet.knowledgeGroups.flatMap((group) => group.knowledge),
]);

/** ROME codes of the occupations that mobilise each competence, for the reverse link; built on first use only. */
export const occupationCodesByCompetenceOf = memoizedOn((sheets: SheetIndex) => {
  const byCompetence = new Map<string, string[]>();
  for (const [romeCode, sheet] of sheets) {
    for (const competence of competencesOfSheet(sheet)) {
      const list = byCompetence.get(competence.code);
      if (!list) byCompetence.set(competence.code, [romeCode]);
      else if (list[list.length - 1] !== romeCode) list.push(romeCode);
    }
  }
  return byCompetence;
});

function buildSheetIndex(fiches: FicheMetierDto[]): SheetIndex {
  const index: SheetIndex = new Map();
  // A competence recurs across dozens of fiches (90 000 mentions of 30 000 competences in the full ROME), and so
  // do stakes and categories: one shared object each keeps the index small.
  const shared = new Map<string, Competence>();
  const competence = (
    code: string,
    label: string,
    kind: CompetenceKind,
    category: { code: string; libelle: string } | null | undefined,
  ): Competence => {
    const id = competenceId(code, kind, category?.code ?? null);
    let found = shared.get(id);
    if (!found) {
      found = { id, code, label, kind, category: category?.libelle ?? null };
      shared.set(id, found);
    }
    return found;
  };
  const headings = new Map<string, { code: string; label: string }>();
  const heading = (kind: string, item: { code: string; libelle: string } | null | undefined) => {
    if (!item) return null;
    const key = `${kind}|${item.code}`;
    let found = headings.get(key);
    if (!found) {
      found = { code: item.code, label: item.libelle };
      headings.set(key, found);
    }
    return found;
  };
  for (const fiche of fiches) {
    const competenceGroups: CompetenceGroup[] = (fiche.groupesCompetencesMobilisees ?? []).map((group) => ({
      stake: heading('enjeu', group.enjeu),
      competences: (group.competences ?? []).map((item) =>
        competence(item.code, item.libelle, KINDS[item.type] ?? CompetenceKind.SKILL, group.enjeu),
      ),
    }));
    const knowledgeGroups: KnowledgeGroup[] = (fiche.groupesSavoirs ?? []).map((group) => ({
      category: heading('categorie', group.categorieSavoirs),
      knowledge: (group.savoirs ?? []).map((item) =>
        competence(item.code, item.libelle, CompetenceKind.KNOWLEDGE, group.categorieSavoirs),
      ),
    }));
    index.set(fiche.metier?.code ?? fiche.code, { competenceGroups, knowledgeGroups });
  }
  return index;
}
