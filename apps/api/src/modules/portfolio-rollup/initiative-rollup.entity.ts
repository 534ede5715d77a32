import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { HealthFindingBrief } from './portfolio-health';

/**
 * Derived data per initiative for the portfolio views (not audited): the health check's findings and the initiative's
 * share of each figure of the management overview (see ROLLUP_FIGURES_SQL). Database triggers on every table they read add to `changes`; the row is current while
 * `checked_changes = changes`, it was computed today (both depend on the date) and by this release (`version`).
 */
@Entity({ name: 'initiative_rollup' })
@Index('ix_initiative_rollup_org', ['organisationId', 'initiativeId'])
export class InitiativeRollupEntity {
  @PrimaryColumn({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ type: 'bigint', default: 0 })
  changes!: string;

  @Column({ name: 'checked_changes', type: 'bigint', nullable: true })
  checkedChanges!: string | null;

  @Column({ name: 'checked_on', type: 'date', nullable: true })
  checkedOn!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  version!: string | null;

  /** Rule, theme and severity of each finding (the messages are not needed for counting). */
  @Column({ type: 'jsonb', nullable: true })
  findings!: HealthFindingBrief[] | null;

  @Column({ type: 'smallint', default: 0 })
  errors!: number;

  @Column({ type: 'smallint', default: 0 })
  warnings!: number;

  /** Funding lines summed per year, paying department and status (confirmed or not): parallel arrays. */
  @Column({ name: 'funding_year', type: 'int', array: true, nullable: true })
  fundingYear!: number[] | null;

  @Column({ name: 'funding_department', type: 'uuid', array: true, nullable: true })
  fundingDepartment!: (string | null)[] | null;

  @Column({ name: 'funding_confirmed', type: 'boolean', array: true, nullable: true })
  fundingConfirmed!: boolean[] | null;

  @Column({ name: 'funding_ore', type: 'bigint', array: true, nullable: true })
  fundingOre!: string[] | null;

  @Column({ name: 'budget_ore', type: 'bigint', default: 0 })
  budgetOre!: string;

  /** Quantified benefits' planned and realised amounts per year and unit (DKK, hours): parallel arrays. */
  @Column({ name: 'benefit_year', type: 'int', array: true, nullable: true })
  benefitYear!: number[] | null;

  @Column({ name: 'benefit_unit', type: 'text', array: true, nullable: true })
  benefitUnit!: string[] | null;

  @Column({ name: 'benefit_planned', type: 'numeric', array: true, nullable: true })
  benefitPlanned!: string[] | null;

  @Column({ name: 'benefit_realised', type: 'numeric', array: true, nullable: true })
  benefitRealised!: string[] | null;

  /** Planned DKK benefits over all years (value vs risk). */
  @Column({ type: 'numeric', default: 0 })
  potential!: string;

  @Column({ type: 'int', default: 0 })
  goals!: number;

  @Column({ name: 'measured_goals', type: 'int', default: 0 })
  measuredGoals!: number;

  /** Σ achievement % of the measured goals: the overview's average is Σ pct_sum / Σ measured_goals. */
  @Column({ name: 'pct_sum', type: 'numeric', default: 0 })
  pctSum!: string;

  /** The latest submitted status report is red. */
  @Column({ type: 'boolean', default: false })
  red!: boolean;

  /** Live risks in the high band. */
  @Column({ name: 'high_risks', type: 'int', default: 0 })
  highRisks!: number;

  @Column({ name: 'max_risk', type: 'smallint', default: 0 })
  maxRisk!: number;

  /** Live risks per heat-map cell ('before p k' / 'after p k', residual = after actions): parallel arrays. */
  @Column({ name: 'heat_cell', type: 'text', array: true, nullable: true })
  heatCell!: string[] | null;

  @Column({ name: 'heat_risks', type: 'int', array: true, nullable: true })
  heatRisks!: number[] | null;

  /** Evaluation points due before today without a measurement. */
  @Column({ type: 'int', default: 0 })
  overdue!: number;

  /** In a reporting phase without a submitted report covering the current review cycle. */
  @Column({ name: 'missing_report', type: 'boolean', default: false })
  missingReport!: boolean;

  /** Weighted priority score 0–100, null unless every criterion is scored. */
  @Column({ type: 'double precision', nullable: true })
  priority!: number | null;
}
