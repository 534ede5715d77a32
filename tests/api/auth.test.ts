import request from 'supertest';
import { createOrganisation, OrganisationFixture } from '../factories/organisation.factory';
import { ApiClient, createUser, TEST_PASSWORD } from '../support/api-client';
import { startTestApp, TestApp } from '../support/test-app';

describe('sign-in and sessions', () => {
  let t: TestApp;
  let org: OrganisationFixture;

  beforeAll(async () => {
    // Trust X-Forwarded-For so each test can act from its own client address.
    t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
    org = await createOrganisation(t.dataSource);
  });
  afterAll(() => t?.close());

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    request(t.server).post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ email, password });
  const sessions = async (userId: string) =>
    Number((await t.dataSource.query('SELECT count(*) AS n FROM user_session WHERE user_id = $1', [userId]))[0].n);

  it('signs in with e-mail (any case) and password, setting an httpOnly session cookie and a readable CSRF cookie', async () => {
    const user = await createUser(t.dataSource, org.organisation.id, ['project_lead', 'finance'], { departmentId: org.departments['OKD-IT'].id });
    const response = await login(user.email.toUpperCase(), TEST_PASSWORD).expect(200);
    const cookies = ([] as string[]).concat(response.headers['set-cookie']);
    expect(cookies.find((c) => c.startsWith('gevinst_session='))).toMatch(/HttpOnly/i);
    expect(cookies.find((c) => c.startsWith('gevinst_session='))).toMatch(/SameSite=Lax/i);
    expect(cookies.find((c) => c.startsWith('XSRF-TOKEN='))).not.toMatch(/HttpOnly/i);
    expect(response.body).toMatchObject({
      id: user.id,
      roles: ['project_lead', 'finance'],
      department: { code: 'OKD-IT' },
      organisation: { id: org.organisation.id },
      signedInWith: 'password',
    });
    const stored = await t.dataSource.query('SELECT token_hash FROM user_session WHERE user_id = $1', [user.id]);
    const token = cookies.find((c) => c.startsWith('gevinst_session='))!.split(';')[0].split('=')[1];
    expect(stored[0].token_hash).not.toContain(token);
  });

  it('refuses a wrong password, an unknown e-mail and a deactivated user with the same answer', async () => {
    const user = await createUser(t.dataSource, org.organisation.id, ['admin']);
    const inactive = await createUser(t.dataSource, org.organisation.id, ['admin'], { active: false });
    const answers = [
      await login(user.email, 'wrong password!').expect(401),
      await login('nobody@test.gevinst.dk', TEST_PASSWORD).expect(401),
      await login(inactive.email, TEST_PASSWORD).expect(401),
    ];
    for (const answer of answers) {
      expect(answer.body).toMatchObject({ statusCode: 401, code: 'INVALID_CREDENTIALS' });
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
    expect(await sessions(inactive.id)).toBe(0);
  });

  it('locks an account after five wrong passwords, even for the right one', async () => {
    const user = await createUser(t.dataSource, org.organisation.id, ['admin']);
    for (let i = 0; i < 5; i++) await login(user.email, `wrong ${i}`, '10.0.1.1').expect(401);
    await login(user.email, TEST_PASSWORD, '10.0.1.2').expect(401);
    await t.dataSource.query('UPDATE app_user SET locked_until = now() - interval \'1 minute\' WHERE id = $1', [user.id]);
    await login(user.email, TEST_PASSWORD, '10.0.1.3').expect(200);
  });

  it('rate-limits sign-in attempts per client address and e-mail', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await login('flood@test.gevinst.dk', 'x', '10.9.9.9')).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // One error shape with a plain message (never the library's "ThrottlerException"), and when to try again.
    const refused = await login('flood@test.gevinst.dk', 'x', '10.9.9.9').expect(429);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS', message: expect.stringMatching(/^Too many sign-in attempts/), requestId: expect.any(String) });
    expect(refused.body.message).not.toMatch(/Throttler/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it.each([
    ['no body', {}],
    ['an oversized password', { email: 'a@b.dk', password: 'x'.repeat(300) }],
    ['a malformed e-mail', { email: "' OR 1=1 --", password: 'x' }],
    ['unknown fields', { email: 'a@b.dk', password: 'x', admin: true }],
  ])('answers 400 to %s without leaking anything', async (_name, body) => {
    const response = await request(t.server).post('/api/v1/auth/login').set('X-Forwarded-For', '10.2.2.2').send(body).expect(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(response.body)).not.toMatch(/password_hash|argon2|SELECT/i);
  });

  it('refuses a tampered, an expired and a revoked session', async () => {
    const client = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    await client.get('/api/v1/auth/me').expect(200);
    await request(t.server).get('/api/v1/auth/me').set('Cookie', 'gevinst_session=forged-token-value').expect(401);
    await t.dataSource.query('UPDATE user_session SET expires_at = now() - interval \'1 second\' WHERE user_id = $1', [client.user.id]);
    await client.get('/api/v1/auth/me').expect(401);

    const other = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    await t.dataSource.query('UPDATE user_session SET last_seen_at = now() - interval \'9 hours\' WHERE user_id = $1', [other.user.id]);
    await other.get('/api/v1/auth/me').expect(401);
  });

  it('refuses a state-changing request without the CSRF header, or with a wrong one', async () => {
    const client = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    const body = { title: 'x', purpose: 'y', sizeClass: 'small', leadDepartmentId: org.departments.OKD.id };
    const agentWithoutHeader = client.get('/api/v1/auth/me'); // same cookie jar
    await agentWithoutHeader.expect(200);
    const missing = await client.post('/api/v1/initiatives').unset('X-XSRF-TOKEN').send(body).expect(403);
    expect(missing.body.code).toBe('FORBIDDEN');
    await client.post('/api/v1/initiatives').set('X-XSRF-TOKEN', 'x'.repeat(43)).send(body).expect(403);
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM initiative'))[0].n)).toBe(0);
    await client.post('/api/v1/initiatives').send(body).expect(201);
  });

  it('logs out: the session ends and the cookies are cleared', async () => {
    const client = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['finance']);
    const response = await client.post('/api/v1/auth/logout').expect(204);
    expect(String(response.headers['set-cookie'])).toMatch(/gevinst_session=;/);
    await client.get('/api/v1/auth/me').expect(401);
  });

  it('changes the password: the current one must be right, other sessions end', async () => {
    const user = await createUser(t.dataSource, org.organisation.id, ['benefit_owner']);
    const first = await ApiClient.signIn(t.server, user);
    const second = await ApiClient.signIn(t.server, user);
    const wrong = await first.post('/api/v1/auth/password').send({ currentPassword: 'nope', newPassword: 'a new long password' }).expect(400);
    expect(wrong.body.details).toEqual([{ field: 'currentPassword', messages: [expect.any(String)] }]);
    const short = await first.post('/api/v1/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'short' }).expect(400);
    expect(short.body.details[0].field).toBe('newPassword');
    await first.post('/api/v1/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'a new long password' }).expect(204);
    await first.get('/api/v1/auth/me').expect(200);
    await second.get('/api/v1/auth/me').expect(401);
    await login(user.email, TEST_PASSWORD, '10.3.3.3').expect(401);
    await login(user.email, 'a new long password', '10.3.3.4').expect(200);
  });

  it('lets an admin create and deactivate users; deactivation ends their sessions', async () => {
    const admin = await ApiClient.as(t.server, t.dataSource, org.organisation.id, ['admin']);
    const created = await admin
      .post('/api/v1/users')
      .send({ email: 'Ny.Bruger@test.gevinst.dk', name: 'Ny Bruger', roles: ['project_lead'], departmentId: org.departments.SOS.id, password: 'a long enough password' })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Ny Bruger', roles: ['project_lead'], active: true, hasPassword: true, version: 1 });
    await admin.post('/api/v1/users').send({ email: 'ny.bruger@TEST.gevinst.dk', name: 'Dublet', roles: [] }).expect(409);
    const badRole = await admin.post('/api/v1/users').send({ email: 'x@test.gevinst.dk', name: 'X', roles: ['superuser'] }).expect(400);
    expect(badRole.body.details[0].field).toBe('roles');

    const newcomer = await request(t.server).post('/api/v1/auth/login').set('X-Forwarded-For', '10.4.4.4').send({ email: 'ny.bruger@test.gevinst.dk', password: 'a long enough password' }).expect(200);
    const cookie = ([] as string[]).concat(newcomer.headers['set-cookie']).map((c) => c.split(';')[0]).join('; ');
    await request(t.server).get('/api/v1/auth/me').set('Cookie', cookie).expect(200);

    await admin.patch(`/api/v1/users/${created.body.id}`).send({ version: 1, active: false }).expect(200);
    await request(t.server).get('/api/v1/auth/me').set('Cookie', cookie).expect(401);
    const stale = await admin.patch(`/api/v1/users/${created.body.id}`).send({ version: 1, name: 'Forældet' }).expect(409);
    expect(stale.body.current).toMatchObject({ active: false, version: 2 });
    await admin.patch(`/api/v1/users/${admin.user.id}`).send({ version: 1, active: false }).expect(422);
  });
});
