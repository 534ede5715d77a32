import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { numericTransformer } from '../../common/validation/numeric';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { BenefitEntity } from './benefit.entity';

/** The realisation profile: planned and realised amount of a benefit per year. */
@Entity({ name: 'benefit_year' })
@Check('ck_benefit_year_range', `"year" BETWEEN 2000 AND 2100`)
@Check('ck_benefit_year_three_point', `("planned_low" IS NULL OR "planned_low" <= "planned") AND ("planned_high" IS NULL OR "planned_high" >= "planned")`)
export class BenefitYearEntity {
  @PrimaryColumn({ name: 'benefit_id', type: 'uuid' })
  benefitId!: string;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => BenefitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'benefit_id' })
  benefit?: BenefitEntity;

  /** Hundredths at most (øre for DKK): the API refuses finer amounts, so sums are exact. */
  @Column({ type: 'numeric', precision: 15, scale: 2, transformer: numericTransformer })
  planned!: number;

  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true, transformer: numericTransformer })
  realised!: number | null;

  /** The business case's pessimistic and optimistic figures of the year; null: the scenario uses the planned figure. */
  @Column({ name: 'planned_low', type: 'numeric', precision: 15, scale: 2, nullable: true, transformer: numericTransformer })
  plannedLow!: number | null;

  @Column({ name: 'planned_high', type: 'numeric', precision: 15, scale: 2, nullable: true, transformer: numericTransformer })
  plannedHigh!: number | null;
}
