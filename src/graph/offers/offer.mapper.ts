import { workPlaceDepartement, type OffreDto } from '../../upstream';
import { utcInstant } from '../shared/date-time';
import { territoryDirectory } from '../territory/territory-directory';
import { Offer, OfferOriginSource, Requirement } from './offer.types';

const mapped = new WeakMap<OffreDto, Offer>();

/** Maps an upstream offer to the graph's shape once; cached offers keep their mapped twin. */
export function toOffer(dto: OffreDto): Offer {
  let offer = mapped.get(dto);
  if (!offer) {
    offer = mapOffer(dto);
    mapped.set(dto, offer);
  }
  return offer;
}

function mapOffer(dto: OffreDto): Offer {
  const place = dto.lieuTravail;
  return {
    id: dto.id,
    title: dto.intitule,
    description: dto.description ?? null,
    // Required by the Offres contract; an unreadable one fails this offer's field, not the page.
    createdAt: utcInstant(dto.dateCreation) as Date,
    updatedAt: utcInstant(dto.dateActualisation),
    romeCode: dto.romeCode ?? null,
    appellationLabel: dto.appellationlibelle ?? null,
    occupation: dto.romeCode ? { code: dto.romeCode } : null,
    contract: {
      type: dto.typeContrat ?? null,
      label: dto.typeContratLibelle ?? null,
      nature: dto.natureContrat ?? null,
      workingHours: dto.dureeTravailLibelle ?? null,
      fullTime: fullTime(dto.dureeTravailLibelleConverti),
      workStudy: dto.alternance === true,
    },
    location: place
      ? {
          label: place.libelle,
          postalCode: place.codePostal ?? null,
          communeCode: place.commune ?? null,
          latitude: place.latitude ?? null,
          longitude: place.longitude ?? null,
          territory: workPlaceTerritory(place),
        }
      : null,
    company: {
      name: dto.entreprise?.nom ?? null,
      description: dto.entreprise?.description ?? null,
      url: dto.entreprise?.url ?? null,
      sizeBand: typeof dto.trancheEffectifEtab === 'string' ? dto.trancheEffectifEtab : null,
    },
    salary: dto.salaire ? { label: dto.salaire.libelle ?? null, comment: dto.salaire.commentaire ?? null } : null,
    experience: dto.experienceLibelle ?? null,
    competences: (dto.competences ?? []).map((c) => ({
      code: c.code ?? null,
      label: c.libelle,
      requirement: requirement(c.exigence),
    })),
    positions: dto.nombrePostes ?? null,
    nafCode: dto.codeNAF ?? null,
    sectorLabel: dto.secteurActiviteLibelle ?? null,
    origin: {
      source: dto.origineOffre?.origine === '2' ? OfferOriginSource.PARTNER : OfferOriginSource.FRANCE_TRAVAIL,
      url: dto.origineOffre?.urlOrigine ?? null,
      partners: (dto.origineOffre?.partenaires ?? []).map((p) => p.nom),
    },
  };
}

/** Always a territory the market subgraph knows, so the reference never resolves to an invalid Territory. */
function workPlaceTerritory(place: NonNullable<OffreDto['lieuTravail']>): { id: string } | null {
  const territory = territoryDirectory.locate({
    communeCode: place.commune,
    departementCode: workPlaceDepartement(place),
  });
  return territory ? { id: territory.id } : null;
}

function fullTime(converted: string | undefined): boolean | null {
  if (converted === 'Temps plein') return true;
  if (converted === 'Temps partiel') return false;
  return null;
}

function requirement(code: string | undefined): Requirement | null {
  if (code === 'E') return Requirement.REQUIRED;
  if (code === 'S') return Requirement.DESIRED;
  return null;
}
