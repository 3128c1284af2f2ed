import type { CompetenceDto, ContexteTravailDto, RomeVersionDto } from '../../upstream';
import type { GraphContext } from '../context';
import { fromUpstream } from '../shared/errors';
import { perRequest } from '../shared/per-request';
import { occupationIndexOf, type OccupationIndex } from './rome-referential';
import { sheetIndexOf, type SheetIndex } from './sheet-referential';

export interface RomeLoaders {
  /** Whole métiers referential (one upstream call per quarter, then cache). */
  occupations(): Promise<OccupationIndex>;
  /** Whole fiches métiers referential: competences of each occupation, grouped as the sheet presents them. */
  competences(): Promise<SheetIndex>;
  /** Whole Compétences API list, every kind. */
  competenceList(): Promise<CompetenceDto[]>;
  /** Whole Contextes de travail list. */
  workContexts(): Promise<ContexteTravailDto[]>;
  /** Version of the referential. */
  version(): Promise<RomeVersionDto>;
}

export const romeLoaders = perRequest<GraphContext, RomeLoaders>(({ upstream }) => {
  let occupations: Promise<OccupationIndex> | undefined;
  let competences: Promise<SheetIndex> | undefined;
  let competenceList: Promise<CompetenceDto[]> | undefined;
  let workContexts: Promise<ContexteTravailDto[]> | undefined;
  let version: Promise<RomeVersionDto> | undefined;
  return {
    occupations: () => (occupations ??= fromUpstream(() => upstream.rome.listMetiers()).then(occupationIndexOf)),
    competences: () => (competences ??= fromUpstream(() => upstream.rome.listFichesMetiers()).then(sheetIndexOf)),
    competenceList: () => (competenceList ??= fromUpstream(() => upstream.rome.listCompetences())),
    workContexts: () => (workContexts ??= fromUpstream(() => upstream.romeContextesTravail.listContextesTravail())),
    version: () => (version ??= fromUpstream(() => upstream.rome.version())),
  };
});
