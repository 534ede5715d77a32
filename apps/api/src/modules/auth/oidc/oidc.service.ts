import { Injectable, Logger } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { notFound } from '../../../common/errors/domain-error';
import { TenantDb } from '../../../common/tenancy/tenant-db';
import { OrganisationEntity } from '../../organisations/organisation.entity';
import { OidcIdentity, toIdentity } from './oidc-claims';
import { OidcClient } from './oidc-client';
import { newFlow, OidcFlow } from './oidc-flow';
import { OidcUserSync, SignInRefusal } from './oidc-user-sync';

export type OidcStart = { ok: true; url: string; flow: OidcFlow } | { ok: false; refusal: SignInRefusal };
export type OidcSignIn = { ok: true; user: { id: string; organisationId: string } } | { ok: false; refusal: SignInRefusal };

/**
 * What went wrong, for the log: error class, codes and messages down the cause chain (openid-client wraps the
 * specific check that failed). Messages only; never the causes' payloads, which may hold tokens or codes.
 */
function describe(error: unknown, depth = 0): string {
  if (!(error instanceof Error)) return String(error);
  const { code, error: oauthError, error_description: description } = error as Error & Record<string, unknown>;
  const detail = [code, oauthError, description].filter((part) => typeof part === 'string' && part !== '').join(' ');
  const cause = error.cause instanceof Error && depth < 3 ? `; ${describe(error.cause, depth + 1)}` : '';
  return `${error.name}${detail ? ` (${detail})` : ''}: ${error.message}${cause}`;
}

/**
 * Single sign-on through the organisation's OpenID provider: starts the authorisation request and completes the
 * callback into an app user of the organisation with OIDC_MUNICIPALITY_CODE. Sign-ins and refusals are logged like
 * password sign-ins (event login / login_failed, method oidc).
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('Authentication');

  constructor(
    private readonly client: OidcClient,
    private readonly users: OidcUserSync,
    private readonly dataSource: DataSource,
    private readonly db: TenantDb,
  ) {}

  /** The authorisation URL for a new flow; NOT_FOUND when single sign-on is off. */
  async start(ip: string | undefined): Promise<OidcStart> {
    if (!this.client.enabled) throw notFound('Single sign-on');
    const flow = newFlow();
    try {
      return { ok: true, url: (await this.client.authorizationUrl(flow)).href, flow };
    } catch (error) {
      this.logger.error({ event: 'login_failed', method: 'oidc', reason: `discovery: ${describe(error)}`, ip });
      return { ok: false, refusal: 'sso-fejl' };
    }
  }

  /** Completes the callback; null flow = the browser brought no (valid, unexpired) flow cookie. */
  async finish(callbackQuery: string, flow: OidcFlow | null, ip: string | undefined): Promise<OidcSignIn> {
    if (!this.client.enabled) throw notFound('Single sign-on');
    const settings = this.client.settings;
    const refuse = (refusal: SignInRefusal, reason: string, extra: Record<string, unknown> = {}): OidcSignIn => {
      this.logger.warn({ event: 'login_failed', method: 'oidc', reason, ip, ...extra });
      return { ok: false, refusal };
    };
    if (!flow) return refuse('sso-fejl', 'no sign-in in progress (flow cookie missing or expired)');

    let identity: OidcIdentity;
    try {
      identity = toIdentity(await this.client.redeem(callbackQuery, flow), settings);
    } catch (error) {
      return refuse('sso-fejl', `protocol: ${describe(error)}`);
    }
    if (identity.subject.length > 255) return refuse('sso-fejl', 'issuer and subject exceed 255 characters');

    // Before any tenant is known, like a password sign-in: the owner connection finds the organisation.
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneBy({ municipalityCode: settings.municipalityCode });
    const who = { subject: identity.subject, email: identity.email };
    if (!organisation) return refuse('sso-fejl', `no organisation has municipality code ${settings.municipalityCode}`, who);

    try {
      const result = await this.db.run({ organisationId: organisation.id, userId: null }, () =>
        this.users.sync(this.db.manager, organisation.id, identity),
      );
      if (!result.ok) return refuse(result.refusal, result.reason, who);
      const { user, provisioned, linked } = result;
      this.logger.log({ event: 'login', method: 'oidc', userId: user.id, provisioned, linked, ip });
      return { ok: true, user: { id: user.id, organisationId: user.organisationId } };
    } catch (error) {
      const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : {};
      if (driverError.code === '23505') {
        // uq_app_user_email: the address is taken in another organisation; uq_app_user_oidc_subject: a concurrent first sign-in.
        return refuse('sso-fejl', `conflict with an existing user (${driverError.constraint ?? 'unique'})`, who);
      }
      this.logger.error({ event: 'login_failed', method: 'oidc', reason: `unexpected: ${describe(error)}`, ip, ...who });
      return { ok: false, refusal: 'sso-fejl' };
    }
  }
}
