import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateBy, ValidateIf, ValidationOptions, validateSync } from 'class-validator';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const toBoolean = ({ value }: { value: unknown }) => {
  if (value === undefined || value === '') return undefined;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};

const IsBuiltWebApp = (options: ValidationOptions) =>
  ValidateBy({ name: 'isBuiltWebApp', validator: { validate: (value) => typeof value === 'string' && existsSync(join(value, 'index.html')) } }, options);

/** Environment variables the API reads. README.md documents each one. */
export class AppConfig {
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(1, { message: 'PORT must be between 1 and 65535' })
  @Max(65535, { message: 'PORT must be between 1 and 65535' })
  PORT = 3000;

  @IsOptional()
  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Run pending migrations at boot (default true). */
  @Transform(toBoolean)
  @IsBoolean({ message: 'DB_MIGRATIONS_RUN must be true or false' })
  DB_MIGRATIONS_RUN = true;

  /** Seed the demo organisation into an empty database (the embedded default sets it). */
  @Transform(toBoolean)
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO = false;

  /**
   * Folder of the built web app to serve on the same port; unset = API only. Resolved against the working directory
   * at boot, because the static server's fallback (deep links such as /overblik) needs an absolute path.
   */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && value !== '' ? resolve(value) : undefined))
  @IsString()
  @IsBuiltWebApp({ message: 'WEB_DIST_PATH must name a folder holding the built web app (index.html); build it with `npx nx build web`' })
  WEB_DIST_PATH?: string;

  @Transform(({ value }) => (value === undefined || value === '' ? 10 : Number(value)))
  @IsInt({ message: 'DB_POOL_SIZE must be a whole number' })
  @Min(1, { message: 'DB_POOL_SIZE must be between 1 and 100' })
  @Max(100, { message: 'DB_POOL_SIZE must be between 1 and 100' })
  DB_POOL_SIZE = 10;

  /** Refresh every organisation's portfolio rollup at boot and shortly after midnight (see RollupWarmer). */
  @Transform(toBoolean)
  @IsBoolean({ message: 'ROLLUP_WARMUP must be true or false' })
  ROLLUP_WARMUP = true;

  /** Diagnostics for the scale benchmark: print every SQL statement with its parameters as JSON lines on stdout. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'SQL_LOG must be true or false' })
  SQL_LOG = false;

  /** A session ends after this many minutes without requests. */
  @Transform(({ value }) => (value === undefined || value === '' ? 480 : Number(value)))
  @IsInt({ message: 'SESSION_IDLE_MINUTES must be a whole number' })
  @Min(5, { message: 'SESSION_IDLE_MINUTES must be between 5 and 1440' })
  @Max(1440, { message: 'SESSION_IDLE_MINUTES must be between 5 and 1440' })
  SESSION_IDLE_MINUTES = 480;

  /** A session ends this many hours after sign-in, active or not. */
  @Transform(({ value }) => (value === undefined || value === '' ? 12 : Number(value)))
  @IsInt({ message: 'SESSION_MAX_HOURS must be a whole number' })
  @Min(1, { message: 'SESSION_MAX_HOURS must be between 1 and 168' })
  @Max(168, { message: 'SESSION_MAX_HOURS must be between 1 and 168' })
  SESSION_MAX_HOURS = 12;

  /** Secure cookies: auto = when the request came over TLS (set TRUST_PROXY behind a TLS proxy). */
  @IsIn(['auto', 'true', 'false'], { message: 'COOKIE_SECURE must be auto, true or false' })
  COOKIE_SECURE: 'auto' | 'true' | 'false' = 'auto';

  /** Trust X-Forwarded-* from one proxy hop (for TLS detection and client addresses). */
  @Transform(toBoolean)
  @IsBoolean({ message: 'TRUST_PROXY must be true or false' })
  TRUST_PROXY = false;

  /** Single sign-on (OpenID Connect) is on when OIDC_ISSUER is set; see README for each variable. */
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'OIDC_ISSUER must be an http(s) URL' })
  OIDC_ISSUER?: string;

  @ValidateIf((c: AppConfig) => !!c.OIDC_ISSUER)
  @IsString({ message: 'OIDC_CLIENT_ID is required when OIDC_ISSUER is set' })
  OIDC_CLIENT_ID?: string;

  @IsOptional()
  @IsString()
  OIDC_CLIENT_SECRET?: string;

  /** The callback URL registered at the provider, e.g. https://gevinst.kommune.dk/api/v1/auth/oidc/callback. */
  @ValidateIf((c: AppConfig) => !!c.OIDC_ISSUER)
  @Matches(/^https?:\/\/.+\/api\/v1\/auth\/oidc\/callback$/, {
    message: 'OIDC_REDIRECT_URI must be the app URL ending in /api/v1/auth/oidc/callback',
  })
  OIDC_REDIRECT_URI?: string;

  /** Kommunekode of the organisation that users signing in through this provider belong to. */
  @ValidateIf((c: AppConfig) => !!c.OIDC_ISSUER)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'OIDC_MUNICIPALITY_CODE must be a kommunekode (whole number) when OIDC_ISSUER is set' })
  OIDC_MUNICIPALITY_CODE?: number;

  /** Claim holding the user's groups/roles, mapped by OIDC_ROLE_MAP. */
  @IsString()
  OIDC_ROLES_CLAIM = 'roles';

  /** claimValue=role pairs separated by ';', e.g. "Gevinst.Admin=admin;Gevinst.Projektleder=project_lead". */
  @IsString()
  OIDC_ROLE_MAP = '';

  /** Optional claim holding the user's department code. */
  @IsOptional()
  @IsString()
  OIDC_DEPARTMENT_CLAIM?: string;

  @IsString()
  OIDC_LABEL = 'Single sign-on';

  /** Accept an http:// OIDC_ISSUER (default false). Only for tests and local development: production issuers use https. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'OIDC_ALLOW_INSECURE_HTTP must be true or false' })
  OIDC_ALLOW_INSECURE_HTTP = false;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once at boot; throws a ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const known = Object.fromEntries(
    Object.keys(new AppConfig()).concat('DATABASE_URL', 'WEB_DIST_PATH', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI', 'OIDC_MUNICIPALITY_CODE', 'OIDC_DEPARTMENT_CLAIM').map((key) => [key, env[key]]),
  );
  const config = plainToInstance(AppConfig, known, { exposeDefaultValues: true });
  for (const key of Object.keys(config) as (keyof AppConfig)[]) {
    if (config[key] === undefined) delete config[key];
  }
  const errors = validateSync(config, { stopAtFirstError: true });
  if (errors.length > 0) {
    throw new ConfigError(errors.flatMap((e) => Object.values(e.constraints ?? { [e.property]: `${e.property} is invalid` })));
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
