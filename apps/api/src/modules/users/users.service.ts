import { Injectable } from '@nestjs/common';
import type { UserSummary } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { PasswordHasher } from '../auth/password-hasher';
import { parseRoles } from '../auth/session.service';
import { DepartmentsService } from '../departments/departments.service';
import type { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { UserEntity } from './user.entity';
import { versionedUpdate } from '../../common/versioning/versioned-update';

const toSummary = (user: UserEntity): UserSummary => ({
  id: user.id,
  email: user.email,
  name: user.name,
  roles: parseRoles(user.roles),
  departmentId: user.departmentId,
  active: user.active,
  hasPassword: user.passwordHash !== null,
  lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  version: user.version,
});

/** User administration by the portfolio office, inside the organisation's tenant transaction. */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDb,
    private readonly hasher: PasswordHasher,
    private readonly departments: DepartmentsService,
  ) {}

  async list(): Promise<UserSummary[]> {
    const users = await this.db.manager.getRepository(UserEntity).find({ order: { name: 'ASC', id: 'ASC' } });
    return users.map(toSummary);
  }

  async create(admin: AuthUser, dto: CreateUserDto): Promise<UserSummary> {
    await this.checkDepartment(admin, dto.departmentId ?? null);
    const repository = this.db.manager.getRepository(UserEntity);
    // The e-mail must be free in every organisation (it identifies the user at sign-in); the check runs as the
    // tenant role, so a clash with another organisation surfaces as the unique index's 409 instead.
    const { identifiers } = await repository.insert({
      organisationId: admin.organisationId,
      email: dto.email,
      name: dto.name,
      roles: dto.roles,
      departmentId: dto.departmentId ?? null,
      passwordHash: dto.password ? await this.hasher.hash(dto.password) : null,
    });
    return toSummary(await repository.findOneByOrFail({ id: identifiers[0].id as string }));
  }

  async update(admin: AuthUser, id: string, dto: UpdateUserDto): Promise<UserSummary> {
    const repository = this.db.manager.getRepository(UserEntity);
    const current = await repository.findOneBy({ id, organisationId: admin.organisationId });
    if (!current) throw notFound('User');
    const stale = () => new DomainError('VERSION_CONFLICT', 'The user was changed by someone else; reload and try again', undefined, toSummary(current));
    if (current.version !== dto.version) throw stale();
    if (id === admin.id && (dto.active === false || (dto.roles && !dto.roles.includes('admin')))) {
      throw new DomainError('INVALID_STATE', 'You cannot deactivate yourself or remove your own admin role');
    }
    if (dto.departmentId !== undefined) await this.checkDepartment(admin, dto.departmentId);
    const changes: Partial<Pick<UserEntity, 'name' | 'roles' | 'departmentId' | 'active'>> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.roles !== undefined) changes.roles = dto.roles;
    if (dto.departmentId !== undefined) changes.departmentId = dto.departmentId;
    if (dto.active !== undefined) changes.active = dto.active;
    const key = { id, organisationId: admin.organisationId, version: dto.version };
    if ((await versionedUpdate(this.db.manager, UserEntity, key, changes)) === 'stale') throw stale();
    if (dto.active === false) {
      await this.db.manager.query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [id]);
    }
    return toSummary(await repository.findOneByOrFail({ id }));
  }

  private async checkDepartment(admin: AuthUser, departmentId: string | null): Promise<void> {
    if (!departmentId) return;
    const known = await this.departments.existingIds(this.db.manager, admin.organisationId, [departmentId]);
    if (!known.has(departmentId)) {
      throw new DomainError('UNKNOWN_REFERENCE', 'A referenced department does not exist', [
        { field: 'departmentId', messages: ['Unknown department'] },
      ]);
    }
  }
}
