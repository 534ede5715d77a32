import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { UserEntity } from '../../users/user.entity';
import { parseRoles } from '../session.service';
import { issuerOfSubjectKey, OidcIdentity } from './oidc-claims';

export type SignInRefusal = 'ingen-rolle' | 'sso-fejl';

export type SyncResult =
  | { ok: true; user: UserEntity; provisioned: boolean; linked: boolean }
  | { ok: false; refusal: SignInRefusal; reason: string };

const refuse = (refusal: SignInRefusal, reason: string): SyncResult => ({ ok: false, refusal, reason });
const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((role) => b.includes(role));

/**
 * Brings the app user of a single sign-on in line with the provider's claims, inside the organisation's tenant
 * transaction: found by subject, else linked by e-mail, else created (just-in-time provisioning). The claims decide
 * name, roles and (when OIDC_DEPARTMENT_CLAIM is set) department on every sign-in, overriding edits made in the app.
 */
@Injectable()
export class OidcUserSync {
  private readonly logger = new Logger('Authentication');

  async sync(manager: EntityManager, organisationId: string, identity: OidcIdentity): Promise<SyncResult> {
    const users = manager.getRepository(UserEntity);
    let user = await users.findOneBy({ organisationId, oidcSubject: identity.subject });
    let linked = false;
    if (!user && identity.email && identity.emailVerified) {
      const byEmail = await users
        .createQueryBuilder('u')
        .where('u.organisation_id = :organisationId AND lower(u.email) = lower(:email)', { organisationId, email: identity.email })
        .getOne();
      // A user already bound to another identity of this same provider keeps it (e.g. a reused address); one bound
      // to another issuer is re-linked, so switching provider (say to a KOMBIT broker) keeps the users.
      if (byEmail?.oidcSubject && issuerOfSubjectKey(byEmail.oidcSubject) === issuerOfSubjectKey(identity.subject)) {
        return refuse('sso-fejl', 'the e-mail belongs to a user bound to another subject of this provider');
      }
      user = byEmail;
      linked = user !== null;
    }
    if (user && !user.active) return refuse('sso-fejl', 'deactivated');
    if (!user && identity.roles.length === 0) return refuse('ingen-rolle', 'the claims map to no role');
    if (!user && !identity.email) return refuse('sso-fejl', 'the claims hold no e-mail address');
    const departmentId = await this.departmentId(manager, organisationId, identity.departmentCode);

    if (!user) {
      const { identifiers } = await users.insert({
        organisationId,
        email: identity.email as string,
        name: identity.name,
        roles: identity.roles,
        departmentId: departmentId ?? null,
        oidcSubject: identity.subject,
        passwordHash: null,
        lastLoginAt: new Date(),
      });
      return { ok: true, user: await users.findOneByOrFail({ id: identifiers[0].id as string }), provisioned: true, linked: false };
    }

    const changes: Partial<Pick<UserEntity, 'name' | 'roles' | 'departmentId' | 'oidcSubject'>> = {};
    if (user.name !== identity.name) changes.name = identity.name;
    if (!sameRoles(parseRoles(user.roles), identity.roles)) changes.roles = identity.roles;
    if (departmentId !== undefined && user.departmentId !== departmentId) changes.departmentId = departmentId;
    if (user.oidcSubject !== identity.subject) changes.oidcSubject = identity.subject;
    const signedIn = identity.roles.length > 0;
    if (Object.keys(changes).length > 0 || signedIn) {
      await users
        .createQueryBuilder()
        .update()
        // version counts the changes admins see (optimistic locking); a bare sign-in only stamps last_login_at.
        .set({ ...changes, ...(Object.keys(changes).length > 0 && { version: () => 'version + 1' }), ...(signedIn && { lastLoginAt: new Date() }) })
        .where('id = :id AND organisation_id = :organisationId', { id: user.id, organisationId })
        .execute();
    }
    // Roles withdrawn at the provider are withdrawn here too (the update above), which also strips the user's
    // other sessions of their rights at once, since a session reads the roles on every request.
    if (!signedIn) return refuse('ingen-rolle', 'the claims map to no role');
    return { ok: true, user: await users.findOneByOrFail({ id: user.id }), provisioned: false, linked };
  }

  /** The department with the claimed code; null when none is claimed or the code is unknown; undefined when not managed by SSO. */
  private async departmentId(manager: EntityManager, organisationId: string, code: string | null | undefined): Promise<string | null | undefined> {
    if (code === undefined || code === null) return code;
    const [row]: { id: string }[] = await manager.query('SELECT id FROM department WHERE organisation_id = $1 AND code = $2', [organisationId, code]);
    if (!row) this.logger.warn({ event: 'oidc_unknown_department', organisationId, code });
    return row?.id ?? null;
  }
}
