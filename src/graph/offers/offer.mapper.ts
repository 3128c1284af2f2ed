import { workPlaceDepartement, type OffreDto } from '../../upstream';
import { utcInstant } from '../shared/date-time';
import { territoryDirectory } from '../territory/territory-directory';
import { ExperienceRequirement, type LabelledRequirement, Offer, OfferOriginSource, Requirement } from './offer.types';

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
  const origin = dto.origineOffre;
  const partners = origin?.partenaires ?? [];
  const salary = dto.salaire;
  return {
    id: dto.id,
    title: dto.intitule,
    description: dto.description ?? null,
    // Required by the Offres contract; an unreadable one fails this offer's field, not the page.
    createdAt: utcInstant(dto.dateCreation) as Date,
    updatedAt: utcInstant(dto.dateActualisation),
    romeCode: dto.romeCode ?? null,
    romeLabel: dto.romeLibelle ?? null,
    appellationLabel: dto.appellationlibelle ?? null,
    occupation: dto.romeCode ? { code: dto.romeCode } : null,
    contract: {
      type: dto.typeContrat ?? null,
      label: dto.typeContratLibelle ?? null,
      nature: dto.natureContrat ?? null,
      workingHours: dto.dureeTravailLibelle ?? null,
      workingTimeLabel: dto.dureeTravailLibelleConverti ?? null,
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
      logoUrl: dto.entreprise?.logo ?? null,
      sizeBand: dto.trancheEffectifEtab ?? null,
      adapted: dto.entreprise?.entrepriseAdaptee ?? null,
      siret: dto.entreprise?.siret ?? null,
    },
    salary: salary
      ? {
          label: salary.libelle ?? null,
          comment: salary.commentaire ?? null,
          complements: present([salary.complement1, salary.complement2]),
          benefits: (salary.listeComplements ?? []).map((b) => ({ code: b.code, label: b.libelle })),
        }
      : null,
    experience: dto.experienceLibelle ?? null,
    experienceRequirement: experienceRequirement(dto.experienceExige),
    experienceComment: dto.experienceCommentaire ?? null,
    formations: (dto.formations ?? []).map((f) => ({
      code: f.codeFormation ?? null,
      field: f.domaineLibelle ?? null,
      level: f.niveauLibelle ?? null,
      comment: f.commentaire ?? null,
      requirement: requirement(f.exigence),
    })),
    languages: (dto.langues ?? []).map(labelled),
    drivingLicences: (dto.permis ?? []).map(labelled),
    competences: (dto.competences ?? []).map((c) => ({
      code: c.code ?? null,
      label: c.libelle,
      requirement: requirement(c.exigence),
    })),
    professionalQualities: (dto.qualitesProfessionnelles ?? []).map((q) => ({
      label: q.libelle,
      description: q.description ?? null,
    })),
    workConditions: {
      schedules: dto.contexteTravail?.horaires ?? [],
      conditions: dto.contexteTravail?.conditionsExercice ?? [],
      additionalDetails: dto.complementExercice ?? null,
      specificCondition: dto.conditionExercice ?? null,
      officeTools: dto.outilsBureautiques ?? [],
    },
    travel: codeLabel(dto.deplacementCode, dto.deplacementLibelle),
    qualification: codeLabel(dto.qualificationCode, dto.qualificationLibelle),
    positions: dto.nombrePostes ?? null,
    nafCode: dto.codeNAF ?? null,
    naf: dto.codeNAF ? { code: dto.codeNAF } : null,
    sectorLabel: dto.secteurActiviteLibelle ?? null,
    sector: codeLabel(dto.secteurActivite, dto.secteurActiviteLibelle),
    contact: dto.contact
      ? {
          name: dto.contact.nom ?? null,
          lines: present([dto.contact.coordonnees1, dto.contact.coordonnees2, dto.contact.coordonnees3]),
          phone: dto.contact.telephone ?? null,
          email: dto.contact.courriel ?? null,
          comment: dto.contact.commentaire ?? null,
          recruiterUrl: dto.contact.urlRecruteur ?? null,
          applicationUrl: dto.contact.urlPostulation ?? null,
        }
      : null,
    agency: dto.agence ? { phone: dto.agence.telephone ?? null, email: dto.agence.courriel ?? null } : null,
    inclusion: {
      openToDisabledWorkers: dto.accessibleTH ?? null,
      adaptedCompany: dto.entrepriseAdaptee ?? null,
      disabilityCommittedEmployer: dto.employeurHandiEngage ?? null,
    },
    hardToFill: dto.offresManqueCandidats ?? null,
    origin: {
      source: origin?.origine === '2' ? OfferOriginSource.PARTNER : OfferOriginSource.FRANCE_TRAVAIL,
      url: origin?.urlOrigine ?? null,
      partners: partners.map((p) => p.nom),
      partnerLinks: partners.map((p) => ({ name: p.nom, url: p.url ?? null, logoUrl: p.logo ?? null })),
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

function present(values: (string | null | undefined)[]): string[] {
  return values.filter((value): value is string => typeof value === 'string' && value !== '');
}

function codeLabel(code: string | null | undefined, label: string | null | undefined) {
  return code ? { code, label: label ?? null } : null;
}

function labelled(item: { libelle: string; exigence?: string | null }): LabelledRequirement {
  return { label: item.libelle, requirement: requirement(item.exigence) };
}

function fullTime(converted: string | null | undefined): boolean | null {
  if (converted === 'Temps plein') return true;
  if (converted === 'Temps partiel') return false;
  return null;
}

function requirement(code: string | null | undefined): Requirement | null {
  if (code === 'E') return Requirement.REQUIRED;
  if (code === 'S') return Requirement.DESIRED;
  return null;
}

function experienceRequirement(code: string | null | undefined): ExperienceRequirement | null {
  if (code === 'D') return ExperienceRequirement.BEGINNER_ACCEPTED;
  if (code === 'S') return ExperienceRequirement.DESIRED;
  if (code === 'E') return ExperienceRequirement.REQUIRED;
  return null;
}
