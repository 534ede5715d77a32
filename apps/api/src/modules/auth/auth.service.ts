import { Injectable, Logger } from '@nestjs/common';
import type { CurrentUser as CurrentUserView } from '@gevinst/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { DomainError } from '../../common/errors/domain-error';
import { UserEntity } from '../users/user.entity';
import { PasswordHasher } from './password-hasher';
import { parseRoles } from './session.service';

const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;

const invalidCredentials = () => new DomainError('INVALID_CREDENTIALS', 'Wrong e-mail or password, or the user is locked');

/** Local sign-in with argon2id hashes, lockout after repeated failures, and password change. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger('Authentication');

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  /** Checks credentials (before any organisation is known, hence the owner connection). One answer for every failure. */
  async verifyLogin(email: string, password: string, ip: string | undefined): Promise<UserEntity> {
    const users = this.dataSource.getRepository(UserEntity);
    const user = await users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne();
    const passwordOk = await this.hasher.verify(user?.passwordHash ?? null, password);
    const refuse = (reason: string) => {
      this.logger.warn({ event: 'login_failed', email, reason, ip });
      return invalidCredentials();
    };
    if (!user || !user.passwordHash) throw refuse('unknown user or no password');
    if (!user.active) throw refuse('deactivated');
    if (user.lockedUntil && user.lockedUntil > new Date()) throw refuse('locked');
    if (!passwordOk) {
      const failed = user.failedLogins + 1;
      const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null;
      await users.update({ id: user.id }, { failedLogins: lockedUntil ? 0 : failed, lockedUntil });
      throw refuse(lockedUntil ? 'wrong password, now locked' : 'wrong password');
    }
    await users.update({ id: user.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
    this.logger.log({ event: 'login', userId: user.id, ip });
    return user;
  }

  /** Runs inside the user's tenant transaction; other sessions of the user end. */
  async changePassword(manager: EntityManager, user: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const stored = await manager.getRepository(UserEntity).findOneByOrFail({ id: user.id });
    if (!stored.passwordHash || !(await this.hasher.verify(stored.passwordHash, currentPassword))) {
      this.logger.warn({ event: 'password_change_refused', userId: user.id });
      throw new DomainError('VALIDATION_FAILED', 'The request is invalid', [
        { field: 'currentPassword', messages: ['currentPassword is wrong'] },
      ]);
    }
    await manager.getRepository(UserEntity).update({ id: user.id }, { passwordHash: await this.hasher.hash(newPassword) });
    await manager.query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL', [
      user.id,
      user.sessionId,
    ]);
  }

  /** The profile of the signed-in user, read in the tenant transaction. */
  async profile(manager: EntityManager, user: AuthUser): Promise<CurrentUserView> {
    const [row]: {
      id: string; email: string; name: string; roles: string; department_id: string | null; department_code: string | null;
      department_name: string | null; organisation_id: string; organisation_name: string; municipality_code: number;
    }[] = await manager.query(
      `SELECT u.id, u.email, u.name, u.roles::text AS roles, d.id AS department_id, d.code AS department_code, d.name AS department_name,
              o.id AS organisation_id, o.name AS organisation_name, o.municipality_code
       FROM app_user u JOIN organisation o ON o.id = u.organisation_id LEFT JOIN department d ON d.id = u.department_id
       WHERE u.id = $1`,
      [user.id],
    );
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      roles: parseRoles(row.roles),
      department: row.department_id ? { id: row.department_id, code: row.department_code ?? '', name: row.department_name ?? '' } : null,
      organisation: { id: row.organisation_id, name: row.organisation_name, municipalityCode: row.municipality_code },
      signedInWith: user.signedInWith,
      today: this.clock.today(),
    };
  }
}
