import type { Referential } from '../referential/model';
import type { FieldSchema } from './champs';
import { byCodeIn, type Item, type RomeCollection } from './collection';

const codeLabel: FieldSchema = { code: true, libelle: true };
const BASE = '/rome-metiers/v1/metiers';

/** Thèmes, centres d'intérêt and secteurs d'activité of the Métiers API: small lists read from the referential. */
export function metiersReferentialCollections(referential: Referential): RomeCollection[] {
  const themes: Item[] = referential.themes.map(({ code, libelle }) => ({ code, libelle }));
  const centres: Item[] = referential.centresInteret.map(({ code, libelle }) => ({ code, libelle }));
  const secteurs: Item[] = referential.secteursActivite.map((secteur) => {
    const parent = secteur.codeParent ? referential.labels.secteurActivite.get(secteur.codeParent) : undefined;
    return {
      code: secteur.code,
      libelle: secteur.libelle,
      secteurActivite: parent ? { code: parent.code, libelle: parent.libelle } : null,
    };
  });
  const collections: { path: string; schema: FieldSchema; items: Item[]; label: string }[] = [
    { path: `${BASE}/theme`, schema: codeLabel, items: themes, label: 'thème' },
    {
      path: `${BASE}/centre-interet`,
      schema: { ...codeLabel, definition: true },
      items: centres,
      label: "centre d'intérêt",
    },
    {
      path: `${BASE}/secteur-activite`,
      schema: { ...codeLabel, secteuractivite: codeLabel },
      items: secteurs,
      label: "secteur d'activité",
    },
  ];
  return collections.map(({ path, schema, items, label }) => ({
    api: 'rome-metiers',
    path,
    schema,
    list: () => items,
    get: byCodeIn(() => items),
    label,
  }));
}
