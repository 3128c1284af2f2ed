import type { CompetenceDto } from '../../upstream';
import { memoizedOn } from '../shared/per-request';
import type { Competence } from './competence.types';
import { competenceId, KINDS } from './rome-referential';

type MacroDto = Extract<CompetenceDto, { type: 'MACRO-SAVOIR-FAIRE' | 'MACRO-SAVOIR-ETRE-PROFESSIONNEL' }>;
type SavoirDto = Extract<CompetenceDto, { type: 'SAVOIR' }>;

interface Node {
  code: string;
  label: string;
  treeCode: string | null;
}

/** One level of the competence tree with its parent and children codes. */
export interface TreeNode extends Node {
  parentCode: string | null;
  childCodes: string[];
}

export interface KnowledgeCategoryNode {
  code: string;
  label: string;
  subCategories: Map<string, { code: string | null; label: string; knowledgeCodes: string[] }>;
  knowledgeCodes: string[];
}

/** The Compétences API list, by code: the records stay as loaded, graph objects are made per use. */
export const competenceCatalogOf = memoizedOn((list: CompetenceDto[]) => {
  const byCode = new Map<string, CompetenceDto>();
  for (const item of list) byCode.set(item.code, item);
  return byCode;
});

/** A graph object for a record of the Compétences API (outside any occupation sheet). */
export function competenceOfRecord(record: CompetenceDto): Competence {
  const kind = KINDS[record.type];
  return {
    id: competenceId(record.code, kind, null),
    code: record.code,
    label: record.libelle,
    kind,
    category: null,
    record,
  };
}

/**
 * The domaine → enjeu → objectif → macro-compétence → compétence détaillée tree and the savoirs by category, as the
 * macro-compétences and savoirs of the list describe their place in it. Built on first use only.
 */
export const competenceTreeOf = memoizedOn((list: CompetenceDto[]) => {
  const domains = new Map<string, TreeNode>();
  const stakes = new Map<string, TreeNode>();
  const objectives = new Map<string, TreeNode>();
  const skillsByMacro = new Map<string, string[]>();
  const categories = new Map<string, KnowledgeCategoryNode>();
  const node = (
    map: Map<string, TreeNode>,
    item: { code: string; libelle: string; codeArborescence?: string | null },
    parentCode: string | null,
  ) => {
    let found = map.get(item.code);
    if (!found) {
      found = {
        code: item.code,
        label: item.libelle,
        treeCode: item.codeArborescence ?? null,
        parentCode,
        childCodes: [],
      };
      map.set(item.code, found);
      if (parentCode) parentOf(map)?.get(parentCode)?.childCodes.push(item.code);
    }
    return found;
  };
  const parentOf = (map: Map<string, TreeNode>) => (map === stakes ? domains : map === objectives ? stakes : undefined);

  for (const item of list) {
    if (item.type === 'COMPETENCE-DETAILLEE') {
      const macro = item.macroCompetence?.code;
      if (macro) (skillsByMacro.get(macro) ?? skillsByMacro.set(macro, []).get(macro))?.push(item.code);
    } else if (item.type === 'SAVOIR') {
      addKnowledge(categories, item);
    } else {
      addMacro(item);
    }
  }
  return { domains, stakes, objectives, skillsByMacro, categories };

  function addMacro(item: MacroDto): void {
    const objectif = item.objectif;
    if (!objectif) return;
    const enjeu = objectif.enjeu;
    const domaine = enjeu?.domaineCompetence;
    if (domaine) node(domains, domaine, null);
    if (enjeu) node(stakes, enjeu, domaine?.code ?? null);
    node(objectives, objectif, enjeu?.code ?? null).childCodes.push(item.code);
  }
});

function addKnowledge(categories: Map<string, KnowledgeCategoryNode>, item: SavoirDto): void {
  const sub = item.categorieSavoir;
  const top = sub?.categorie;
  if (!sub || !top) return;
  let category = categories.get(top.code);
  if (!category) {
    category = { code: top.code, label: top.libelle, subCategories: new Map(), knowledgeCodes: [] };
    categories.set(top.code, category);
  }
  category.knowledgeCodes.push(item.code);
  const key = sub.code ?? sub.libelle;
  let subCategory = category.subCategories.get(key);
  if (!subCategory) {
    subCategory = { code: sub.code ?? null, label: sub.libelle, knowledgeCodes: [] };
    category.subCategories.set(key, subCategory);
  }
  subCategory.knowledgeCodes.push(item.code);
}
