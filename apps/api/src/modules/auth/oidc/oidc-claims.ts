import { ROLES } from '@gevinst/domain';
import type { Role } from '@gevinst/domain';
import type { OidcSettings, RoleMap } from './oidc-config';

export type Claims = Record<string, unknown>;

/** What a sign-in tells about the person, read from the provider's claims. */
export interface OidcIdentity {
  /** `${iss}|${sub}`: unique across providers (sub alone is unique only per issuer); stored in app_user.oidc_subject. */
  subject: string;
  email: string | null;
  /** False only when the provider says so (email_verified: false); such an address never links an existing user. */
  emailVerified: boolean;
  name: string;
  roles: Role[];
  /** The department code claimed; null = none claimed; undefined = departments are not taken from the provider. */
  departmentCode: string | null | undefined;
}

type ClaimSettings = Pick<OidcSettings, 'rolesClaim' | 'roleMap' | 'departmentClaim'>;

/** app_user.oidc_subject for an issuer and subject; the issuer ends at the first '|' (a sub may contain '|'). */
export const subjectKey = (issuer: string, sub: string) => `${issuer}|${sub}`;
export const issuerOfSubjectKey = (key: string) => key.slice(0, key.indexOf('|'));

/** A claim by its exact name (claim names can be URIs with dots), else by a dotted path (e.g. realm_access.roles). */
export function readClaim(claims: Claims, name: string): unknown {
  if (name in claims) return claims[name];
  let value: unknown = claims;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    value = (value as Claims)[part];
  }
  return value;
}

/** The values of a claim holding one string or a list of them; anything else holds none. */
export function claimValues(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/** The app roles the claim values map to (unknown values are ignored), without duplicates, in ROLES order. */
export function mapRoles(values: string[], map: RoleMap): Role[] {
  const granted = new Set(values.flatMap((value) => map.get(value) ?? []));
  return ROLES.filter((role) => granted.has(role));
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const address = (value: unknown) => (text(value)?.includes('@') ? text(value) : undefined);

/** Whether the ID token lacks a claim the sign-in needs, so userinfo should be asked. */
export function lacksClaims(claims: Claims, settings: ClaimSettings): boolean {
  const wanted = ['email', 'name', settings.rolesClaim, ...(settings.departmentClaim ? [settings.departmentClaim] : [])];
  return wanted.some((name) => readClaim(claims, name) === undefined);
}

/** The identity in a provider's claims (the ID token's, completed from userinfo). */
export function toIdentity(claims: Claims, settings: ClaimSettings): OidcIdentity {
  const iss = text(claims['iss']);
  const sub = text(claims['sub']);
  if (!iss || !sub) throw new Error('the claims lack iss or sub');
  // Entra ID without the email claim configured still sends the user principal name, which is an address.
  const email = address(claims['email']) ?? address(claims['preferred_username']) ?? null;
  const fullName = [text(claims['given_name']), text(claims['family_name'])].filter(Boolean).join(' ');
  return {
    subject: subjectKey(iss, sub),
    email,
    emailVerified: claims['email_verified'] !== false,
    name: (text(claims['name']) ?? (fullName || email || sub)).slice(0, 200),
    roles: mapRoles(claimValues(readClaim(claims, settings.rolesClaim)), settings.roleMap),
    departmentCode: settings.departmentClaim ? (claimValues(readClaim(claims, settings.departmentClaim))[0] ?? null) : undefined,
  };
}
