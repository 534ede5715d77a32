import type { Role } from '@gevinst/domain';
import type { Server } from 'node:http';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../apps/api/src/modules/auth/password-hasher';
import { UserEntity } from '../../apps/api/src/modules/users/user.entity';

export const TEST_PASSWORD = 'correct horse battery staple';

let hashed: Promise<string> | undefined;
let counter = 0;
let loginCounter = 0;

/** A user written straight to the database (the password is TEST_PASSWORD). */
export async function createUser(
  dataSource: DataSource,
  organisationId: string,
  roles: Role[],
  overrides: Partial<Pick<UserEntity, 'email' | 'name' | 'active' | 'departmentId'>> = {},
): Promise<UserEntity> {
  hashed ??= hashPassword(TEST_PASSWORD);
  counter += 1;
  return dataSource.getRepository(UserEntity).save({
    organisationId,
    email: `user${counter}.${Date.now()}@test.gevinst.dk`,
    name: `Testbruger ${counter}`,
    roles,
    passwordHash: await hashed,
    ...overrides,
  });
}

/**
 * A signed-in browser in a test: keeps the session cookie and sends the CSRF header on every state-changing
 * request, as the web app does.
 */
export class ApiClient {
  private constructor(
    private readonly agent: ReturnType<typeof request.agent>,
    readonly csrfToken: string,
    readonly user: UserEntity,
  ) {}

  static async signIn(server: Server, user: UserEntity, password = TEST_PASSWORD): Promise<ApiClient> {
    const agent = request.agent(server);
    // A distinct client address per sign-in keeps the login rate limit out of the way (used when TRUST_PROXY is on).
    loginCounter += 1;
    const address = `10.${(loginCounter >> 8) & 255}.${loginCounter & 255}.200`;
    const response = await agent.post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email: user.email, password }).expect(200);
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const csrf = cookies.find((c) => c.startsWith('XSRF-TOKEN='))?.split(';')[0].split('=')[1];
    if (!csrf) throw new Error('login set no XSRF-TOKEN cookie');
    return new ApiClient(agent, decodeURIComponent(csrf), user);
  }

  static async as(server: Server, dataSource: DataSource, organisationId: string, roles: Role[]): Promise<ApiClient> {
    return ApiClient.signIn(server, await createUser(dataSource, organisationId, roles));
  }

  get(path: string) {
    return this.agent.get(path);
  }
  post(path: string) {
    return this.agent.post(path).set('X-XSRF-TOKEN', this.csrfToken);
  }
  patch(path: string) {
    return this.agent.patch(path).set('X-XSRF-TOKEN', this.csrfToken);
  }
  put(path: string) {
    return this.agent.put(path).set('X-XSRF-TOKEN', this.csrfToken);
  }
  delete(path: string) {
    return this.agent.delete(path).set('X-XSRF-TOKEN', this.csrfToken);
  }
}
