import { DecisionEntity } from '../modules/governance/decision.entity';
import { InitiativeGovernanceEntity } from '../modules/governance/initiative-governance.entity';
import { PortfolioReviewEntity } from '../modules/portfolio-reviews/portfolio-review.entity';
import { ReviewItemEntity } from '../modules/portfolio-reviews/review-item.entity';
import { PriorityCriterionEntity } from '../modules/prioritisation/priority-criterion.entity';
import { PriorityScoreEntity } from '../modules/prioritisation/priority-score.entity';
import { InitiativeRollupEntity } from '../modules/portfolio-rollup/initiative-rollup.entity';
import { RiskAppetiteEntity } from '../modules/prioritisation/risk-appetite.entity';
import { StatusReportEntity } from '../modules/status-reports/status-report.entity';
import { SteeringGroupMemberEntity } from '../modules/steering-groups/steering-group-member.entity';
import { SteeringGroupEntity } from '../modules/steering-groups/steering-group.entity';
import { FundingLineEntity } from '../modules/funding/funding-line.entity';
import { FundingPoolYearEntity } from '../modules/funding-pools/funding-pool-year.entity';
import { FundingPoolEntity } from '../modules/funding-pools/funding-pool.entity';
import { PoolApplicationEntity } from '../modules/funding-pools/pool-application.entity';
import { RiskActionEntity } from '../modules/risks/risk-action.entity';
import { RiskEntity } from '../modules/risks/risk.entity';
import { BenefitYearEntity } from '../modules/benefits/benefit-year.entity';
import { BenefitEntity } from '../modules/benefits/benefit.entity';
import { GoalEntity } from '../modules/goals/goal.entity';
import { EvaluationPointEntity } from '../modules/measurements/evaluation-point.entity';
import { MeasurementEntity } from '../modules/measurements/measurement.entity';
import { StrategicGoalEntity } from '../modules/strategic-goals/strategic-goal.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { DepartmentEntity } from '../modules/departments/department.entity';
import { InitiativeCodeSequenceEntity } from '../modules/initiatives/initiative-code-sequence.entity';
import { InitiativeDepartmentEntity } from '../modules/initiatives/initiative-department.entity';
import { InitiativeEntity } from '../modules/initiatives/initiative.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { UserEntity } from '../modules/users/user.entity';
import { MapLinkEntity } from '../modules/benefit-map/map-link.entity';
import { MapNodeEntity } from '../modules/benefit-map/map-node.entity';

/** Every entity, listed explicitly so the webpack bundle needs no globs. */
export const ENTITIES = [
  OrganisationEntity,
  DepartmentEntity,
  InitiativeEntity,
  InitiativeDepartmentEntity,
  InitiativeCodeSequenceEntity,
  UserEntity,
  SessionEntity,
  AuditLogEntity,
  StrategicGoalEntity,
  GoalEntity,
  BenefitEntity,
  BenefitYearEntity,
  MeasurementEntity,
  EvaluationPointEntity,
  RiskEntity,
  RiskActionEntity,
  FundingPoolEntity,
  FundingPoolYearEntity,
  PoolApplicationEntity,
  FundingLineEntity,
  SteeringGroupEntity,
  SteeringGroupMemberEntity,
  InitiativeGovernanceEntity,
  StatusReportEntity,
  PortfolioReviewEntity,
  ReviewItemEntity,
  DecisionEntity,
  PriorityCriterionEntity,
  PriorityScoreEntity,
  InitiativeRollupEntity,
  RiskAppetiteEntity,
  MapNodeEntity,
  MapLinkEntity,
];
