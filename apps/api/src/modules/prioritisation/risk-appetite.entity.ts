import { RISK_APPETITES, RISK_CATEGORIES } from '@gevinst/domain';
import type { RiskAppetite, RiskCategory } from '@gevinst/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** The organisation's stated risk appetite for one area (a risk category). */
@Entity({ name: 'risk_appetite' })
export class RiskAppetiteEntity {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @PrimaryColumn({ type: 'enum', enum: RISK_CATEGORIES, enumName: 'risk_category' })
  category!: RiskCategory;

  @Column({ type: 'enum', enum: RISK_APPETITES, enumName: 'risk_appetite_level' })
  appetite!: RiskAppetite;

  @Column({ type: 'text', nullable: true })
  statement!: string | null;
}
