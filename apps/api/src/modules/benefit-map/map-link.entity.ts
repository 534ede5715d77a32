import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantOwnedEntity } from '../../database/tenant-owned.entity';
import { BenefitEntity } from '../benefits/benefit.entity';
import { InitiativeEntity } from '../initiatives/initiative.entity';
import { MapNodeEntity } from './map-node.entity';

/**
 * A link of a benefit map from a delivery or change to a change or a benefit. Links from benefits to goals and from
 * goals to strategic goals are the records' own references, not rows here.
 */
@Entity({ name: 'benefit_map_link' })
@Check('ck_benefit_map_link_one_target', '(to_node_id IS NULL) <> (to_benefit_id IS NULL)')
@Index('ux_benefit_map_link_node', ['fromNodeId', 'toNodeId'], { unique: true, where: '"to_node_id" IS NOT NULL' })
@Index('ux_benefit_map_link_benefit', ['fromNodeId', 'toBenefitId'], { unique: true, where: '"to_benefit_id" IS NOT NULL' })
@Index('ix_benefit_map_link_org_initiative', ['organisationId', 'initiativeId'])
// Deleting a node or benefit finds the links to it by key alone (foreign-key actions).
@Index('ix_benefit_map_link_to_node', ['toNodeId'], { where: '"to_node_id" IS NOT NULL' })
@Index('ix_benefit_map_link_to_benefit', ['toBenefitId'], { where: '"to_benefit_id" IS NOT NULL' })
export class MapLinkEntity extends TenantOwnedEntity {
  @Column({ name: 'initiative_id', type: 'uuid' })
  initiativeId!: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id' })
  initiative?: InitiativeEntity;

  @Column({ name: 'from_node_id', type: 'uuid' })
  fromNodeId!: string;

  @ManyToOne(() => MapNodeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_node_id' })
  fromNode?: MapNodeEntity;

  @Column({ name: 'to_node_id', type: 'uuid', nullable: true })
  toNodeId!: string | null;

  @ManyToOne(() => MapNodeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_node_id' })
  toNode?: MapNodeEntity | null;

  @Column({ name: 'to_benefit_id', type: 'uuid', nullable: true })
  toBenefitId!: string | null;

  @ManyToOne(() => BenefitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_benefit_id' })
  toBenefit?: BenefitEntity | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
