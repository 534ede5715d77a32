import { Column, CreateDateColumn, Entity, Unique, UpdateDateColumn } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';

/** A funding pool initiatives apply to (Favrskov's Digitaliseringsbank); its capital is set per year. */
@Entity({ name: 'funding_pool' })
@Unique('uq_funding_pool_org_name', ['organisationId', 'name'])
export class FundingPoolEntity extends TenantOwnedEntity {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  rules!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
