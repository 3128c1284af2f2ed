import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A ROME 4.0 work context (contexte de travail): conditions, hours, places, employers, public.',
  simpleResolvers: true,
})
export class WorkContext {
  @Field({ description: 'OGR code.' })
  code!: string;

  @Field({ description: 'Label, as the ROME writes it.' })
  label!: string;

  @Field({
    description:
      'CONDITIONS_TRAVAIL, TYPE_BENEFICIAIRE, LIEU_ET_DEPLACEMENT, HORAIRE_ET_DUREE_TRAVAIL, TYPE_STRUCTURE_ACCUEIL or STATUT_EMPLOI.',
  })
  category!: string;
}

@ObjectType({ description: 'Work contexts of one category.', simpleResolvers: true })
export class WorkContextGroup {
  @Field({ description: 'Category code, see WorkContext.category.' })
  category!: string;

  @Field(() => [WorkContext], { description: 'Work contexts of the category.' })
  contexts!: WorkContext[];
}

@ObjectType({ description: 'Version of the ROME referential served.', simpleResolvers: true })
export class RomeVersion {
  @Field({ description: 'e.g. "460".' })
  version!: string;

  @Field(() => String, { nullable: true, description: 'Date of the last change, as France Travail gives it.' })
  lastModifiedDate!: string | null;
}
