import type { MigrationInterface } from 'typeorm';
import { InitialSchema1764230400000 } from './1764230400000-initial-schema';
import { IdentityRlsAudit1764316800000 } from './1764316800000-identity-rls-audit';
import { BenefitsRealisation1764403200000 } from './1764403200000-benefits-realisation';
import { OrganisationSettingsGrant1764489600000 } from './1764489600000-organisation-settings-grant';
import { RiskRegister1764576000000 } from './1764576000000-risk-register';
import { Funding1764662400000 } from './1764662400000-funding';
import { Governance1764748800000 } from './1764748800000-governance';
import { InitiativeRollup1764835200000 } from './1764835200000-initiative-rollup';
import { ScaleIndexes1764921600000 } from './1764921600000-scale-indexes';
import { AuditClock1765065600000 } from './1765065600000-audit-clock';
import { BenefitAmountsInHundredths1765152000000 } from './1765152000000-benefit-amounts-in-hundredths';
import { BenefitMap1765324800000 } from './1765324800000-benefit-map';
import { BusinessCase1765411200000 } from './1765411200000-business-case';

/** Every migration in order, listed explicitly so the webpack bundle needs no globs. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1764230400000,
  IdentityRlsAudit1764316800000,
  BenefitsRealisation1764403200000,
  OrganisationSettingsGrant1764489600000,
  RiskRegister1764576000000,
  Funding1764662400000,
  Governance1764748800000,
  InitiativeRollup1764835200000,
  ScaleIndexes1764921600000,
  AuditClock1765065600000,
  BenefitAmountsInHundredths1765152000000,
  BenefitMap1765324800000,
  BusinessCase1765411200000,
];
