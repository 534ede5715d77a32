import type { MigrationInterface } from 'typeorm';
import { InitialSchema1764230400000 } from './1764230400000-initial-schema';
import { IdentityRlsAudit1764316800000 } from './1764316800000-identity-rls-audit';

/** Every migration in order, listed explicitly so the webpack bundle needs no globs. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [InitialSchema1764230400000, IdentityRlsAudit1764316800000];
