import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PriorityCriterionEntity } from './priority-criterion.entity';

/** An initiative's score (0–5) on one criterion. */
@Entity({ name: 'priority_score' })
@Check('ck_priority_score_range', `"score" BETWEEN 0 AND 5`)
export class PriorityScoreEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @PrimaryColumn({ name: 'criterion_id', type: 'uuid' })
  criterionId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @ManyToOne(() => PriorityCriterionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criterion_id' })
  criterion?: PriorityCriterionEntity;

  @Column({ type: 'smallint' })
  score!: number;
}
