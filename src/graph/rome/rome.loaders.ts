import type { CompetenceDto, ContexteTravailDto, RomeVersionDto } from '../../upstream';
import type { GraphContext } from '../context';
import { wholeListLoader } from '../shared/loaders';
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

export const romeLoaders = perRequest<GraphContext, RomeLoaders>(({ upstream, upstreamScope }) => ({
  occupations: wholeListLoader(async () => occupationIndexOf(await upstream.rome.listMetiers(upstreamScope))),
  competences: wholeListLoader(async () => sheetIndexOf(await upstream.rome.listFichesMetiers(upstreamScope))),
  competenceList: wholeListLoader(() => upstream.rome.listCompetences(upstreamScope)),
  workContexts: wholeListLoader(() => upstream.romeContextesTravail.listContextesTravail(upstreamScope)),
  version: wholeListLoader(() => upstream.rome.version(upstreamScope)),
}));
