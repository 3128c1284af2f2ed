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
  occupations: wholeListLoader('rome.occupations', async () =>
    occupationIndexOf(await upstream.rome.listMetiers(upstreamScope)),
  ),
  competences: wholeListLoader('rome.sheets', async () =>
    sheetIndexOf(await upstream.rome.listFichesMetiers(upstreamScope)),
  ),
  competenceList: wholeListLoader('rome.competences', () => upstream.rome.listCompetences(upstreamScope)),
  workContexts: wholeListLoader('rome.workContexts', () =>
    upstream.romeContextesTravail.listContextesTravail(upstreamScope),
  ),
  version: wholeListLoader('rome.version', () => upstream.rome.version(upstreamScope)),
}));
