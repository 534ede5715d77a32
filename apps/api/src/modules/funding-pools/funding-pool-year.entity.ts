import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { FundingPoolEntity } from './funding-pool.entity';

/** A pool's capital in one year, in whole øre. Grants lock this row, so two grants can never overdraw it. */
@Entity({ name: 'funding_pool_year' })
@Check('ck_funding_pool_year_range', `"year" BETWEEN 2000 AND 2100`)
@Check('ck_funding_pool_year_capital', `"capital_ore" >= 0`)
export class FundingPoolYearEntity {
  @PrimaryColumn({ name: 'pool_id', type: 'uuid' })
  poolId!: string;

  @PrimaryColumn({ type: 'smallint' })
  year!: number;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @ManyToOne(() => FundingPoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pool_id' })
  pool?: FundingPoolEntity;

  @Column({ name: 'capital_ore', type: 'bigint' })
  capitalOre!: string;
}
