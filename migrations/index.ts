import type { MigrationInterface } from 'typeorm';
import { InitialSchema1764230400000 } from './1764230400000-initial-schema';

/** Every migration in order, listed explicitly so the webpack bundle needs no globs. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [InitialSchema1764230400000];
