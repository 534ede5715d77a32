import { ROLES } from '@gevinst/domain';
import type { Role } from '@gevinst/domain';
import { AppConfig, ConfigError } from '../../../config/app-config';

/** Claim value → the app roles it grants. */
export type RoleMap = ReadonlyMap<string, readonly Role[]>;

/** The single sign-on configuration, checked once at boot. */
export interface OidcSettings {
  issuer: URL;
  clientId: string;
  /** Unset = a public client (PKCE only). */
  clientSecret?: string;
  redirectUri: string;
  /** Kommunekode of the organisation every user of this provider belongs to. */
  municipalityCode: number;
  rolesClaim: string;
  roleMap: RoleMap;
  /** Unset = departments are not taken from the provider (admins set them). */
  departmentClaim?: string;
  allowInsecureHttp: boolean;
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * Parses OIDC_ROLE_MAP: "claimValue=role" entries separated by ';'. Values are matched exactly (case-sensitive); a
 * value may contain '=' (the last one separates the role) but not ';'. Repeat a value to grant it several roles.
 * Throws a ConfigError naming every bad entry.
 */
export function parseRoleMap(text: string): RoleMap {
  const map = new Map<string, Role[]>();
  const problems: string[] = [];
  for (const entry of text.split(';').map((part) => part.trim()).filter(Boolean)) {
    const at = entry.lastIndexOf('=');
    const value = entry.slice(0, Math.max(at, 0)).trim();
    const role = at < 0 ? '' : entry.slice(at + 1).trim();
    if (!value || !role) {
      problems.push(`OIDC_ROLE_MAP entry "${entry}" is not claimValue=role`);
    } else if (!isRole(role)) {
      problems.push(`OIDC_ROLE_MAP entry "${entry}" names an unknown role (known: ${ROLES.join(', ')})`);
    } else if (!map.get(value)?.includes(role)) {
      map.set(value, [...(map.get(value) ?? []), role]);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return map;
}

/** The OIDC settings, or null when single sign-on is off (no OIDC_ISSUER). Throws a ConfigError when they are unusable. */
export function oidcSettings(config: AppConfig): OidcSettings | null {
  if (!config.OIDC_ISSUER) return null;
  const problems: string[] = [];
  const issuer = new URL(config.OIDC_ISSUER);
  if (issuer.protocol === 'http:' && !config.OIDC_ALLOW_INSECURE_HTTP) {
    problems.push('OIDC_ISSUER uses http://; use https://, or set OIDC_ALLOW_INSECURE_HTTP=true for tests and local development only');
  }
  let roleMap: RoleMap = new Map();
  try {
    roleMap = parseRoleMap(config.OIDC_ROLE_MAP);
    if (roleMap.size === 0) problems.push('OIDC_ROLE_MAP must map at least one claim value to a role when OIDC_ISSUER is set');
  } catch (error) {
    problems.push(...(error as ConfigError).problems);
  }
  if (!config.OIDC_ROLES_CLAIM.trim()) problems.push('OIDC_ROLES_CLAIM must name a claim');
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    issuer,
    clientId: config.OIDC_CLIENT_ID as string,
    clientSecret: config.OIDC_CLIENT_SECRET || undefined,
    redirectUri: config.OIDC_REDIRECT_URI as string,
    municipalityCode: config.OIDC_MUNICIPALITY_CODE as number,
    rolesClaim: config.OIDC_ROLES_CLAIM.trim(),
    roleMap,
    departmentClaim: config.OIDC_DEPARTMENT_CLAIM?.trim() || undefined,
    allowInsecureHttp: config.OIDC_ALLOW_INSECURE_HTTP,
  };
}
