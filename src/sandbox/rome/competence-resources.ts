import type { Referential } from '../referential/model';
import type { FieldSchema } from './champs';
import { byCodeIn, type Item, type RomeCollection } from './collection';
import type { RomeResources } from './resources';
import { COMPETENCE_SCHEMA } from './schemas';

const BASE = '/rome-competences/v1/competences';

const arborescenceNode: FieldSchema = { code: true, libelle: true, codearborescence: true };
const ENJEU_SCHEMA: FieldSchema = { ...arborescenceNode, domainecompetence: arborescenceNode };
const OBJECTIF_SCHEMA: FieldSchema = { ...arborescenceNode, enjeu: ENJEU_SCHEMA };

/**
 * The Compétences API resources beside the whole `competence` list (upstream-apis §4.2): one kind of compétence
 * each, and the tree above the macro-compétences (domaine → enjeu → objectif), read off the macro-compétences'
 * own `objectif`, so both views always agree.
 */
export function competenceCollections(resources: RomeResources, referential: Referential): RomeCollection[] {
  const ofTypes = (types: string[]) => {
    let items: Item[] | undefined;
    return () => {
      items ??= resources.listCompetences().filter((item) => types.includes(String(item.type)));
      return items;
    };
  };
  const macros = ofTypes(['MACRO-SAVOIR-FAIRE', 'MACRO-SAVOIR-ETRE-PROFESSIONNEL']);
  const tree = lazyTree(macros);
  const categories: Item[] = referential.categoriesSavoirs.map(({ code, libelle }) => ({ code, libelle }));

  const collection = (resource: string, schema: FieldSchema, list: () => Item[], label: string): RomeCollection => ({
    api: 'rome-competences',
    path: `${BASE}/${resource}`,
    schema,
    list,
    get: byCodeIn(list),
    label,
  });
  return [
    collection('macro-competence', COMPETENCE_SCHEMA, macros, 'macro-compétence'),
    collection('macro-savoir-faire', COMPETENCE_SCHEMA, ofTypes(['MACRO-SAVOIR-FAIRE']), 'macro-savoir-faire'),
    collection(
      'macro-savoir-etre-professionnel',
      COMPETENCE_SCHEMA,
      ofTypes(['MACRO-SAVOIR-ETRE-PROFESSIONNEL']),
      'macro-savoir-être professionnel',
    ),
    collection('savoir', COMPETENCE_SCHEMA, ofTypes(['SAVOIR']), 'savoir'),
    collection('domaine-competence', arborescenceNode, () => tree().domaines, 'domaine de compétences'),
    collection('enjeu', ENJEU_SCHEMA, () => tree().enjeux, 'enjeu'),
    collection('objectif', OBJECTIF_SCHEMA, () => tree().objectifs, 'objectif'),
    collection('categorie-savoirs', { code: true, libelle: true }, () => categories, 'catégorie de savoirs'),
  ];
}

interface Tree {
  domaines: Item[];
  enjeux: Item[];
  objectifs: Item[];
}

function lazyTree(macros: () => Item[]): () => Tree {
  let tree: Tree | undefined;
  return () => {
    if (tree) return tree;
    const objectifs = new Map<string, Item>();
    for (const macro of macros()) {
      const objectif = macro.objectif as Item | undefined;
      if (objectif) objectifs.set(String(objectif.code), objectif);
    }
    const enjeux = new Map<string, Item>();
    for (const objectif of objectifs.values()) {
      const enjeu = objectif.enjeu as Item | undefined;
      if (enjeu) enjeux.set(String(enjeu.code), enjeu);
    }
    const domaines = new Map<string, Item>();
    for (const enjeu of enjeux.values()) {
      const domaine = enjeu.domaineCompetence as Item | undefined;
      if (domaine) domaines.set(String(domaine.code), domaine);
    }
    const sorted = (items: Map<string, Item>) =>
      [...items.values()].sort((a, b) => String(a.codeArborescence).localeCompare(String(b.codeArborescence)));
    tree = { domaines: sorted(domaines), enjeux: sorted(enjeux), objectifs: sorted(objectifs) };
    return tree;
  };
}
