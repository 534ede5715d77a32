import { ConfigError, loadConfig } from '../../../config/app-config';
import { oidcSettings, parseRoleMap } from './oidc-config';

describe('parseRoleMap', () => {
  it('maps claim values to roles, trimming blanks and empty entries', () => {
    const map = parseRoleMap(' Gevinst.Admin = admin ;Gevinst.Projektleder=project_lead;; ');
    expect([...map]).toEqual([
      ['Gevinst.Admin', ['admin']],
      ['Gevinst.Projektleder', ['project_lead']],
    ]);
  });

  it('lets a value grant several roles and ignores repeats', () => {
    expect(parseRoleMap('PMO=admin;PMO=finance;PMO=admin').get('PMO')).toEqual(['admin', 'finance']);
  });

  it('keeps values that contain = or are URIs (the last = separates the role)', () => {
    const map = parseRoleMap('CN=Gevinst,OU=Groups=directorate;http://kombit.dk/roles/usersystemrole/gevinst_pl/1=project_lead');
    expect(map.get('CN=Gevinst,OU=Groups')).toEqual(['directorate']);
    expect(map.get('http://kombit.dk/roles/usersystemrole/gevinst_pl/1')).toEqual(['project_lead']);
  });

  it('gives an empty map for an empty text', () => {
    expect(parseRoleMap('').size).toBe(0);
  });

  it('names every bad entry', () => {
    let error: unknown;
    try {
      parseRoleMap('a=superuser;justtext;=admin;b=');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringContaining('"a=superuser" names an unknown role'),
      expect.stringContaining('"justtext" is not claimValue=role'),
      expect.stringContaining('"=admin" is not claimValue=role'),
      expect.stringContaining('"b=" is not claimValue=role'),
    ]);
  });
});

describe('oidcSettings', () => {
  const env = {
    DATABASE_URL: 'postgres://user@localhost:5432/gevinst',
    OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
    OIDC_CLIENT_ID: 'gevinst',
    OIDC_REDIRECT_URI: 'https://gevinst.kommune.dk/api/v1/auth/oidc/callback',
    OIDC_MUNICIPALITY_CODE: '851',
    OIDC_ROLE_MAP: 'Gevinst.Admin=admin',
  };

  it('is null when single sign-on is off', () => {
    expect(oidcSettings(loadConfig({ DATABASE_URL: env.DATABASE_URL }))).toBeNull();
  });

  it('reads the variables with their defaults', () => {
    const settings = oidcSettings(loadConfig({ ...env, OIDC_DEPARTMENT_CLAIM: ' department ' }));
    expect(settings).toMatchObject({
      clientId: 'gevinst',
      clientSecret: undefined,
      municipalityCode: 851,
      rolesClaim: 'roles',
      departmentClaim: 'department',
      allowInsecureHttp: false,
    });
    expect(settings?.issuer.href).toBe('https://login.microsoftonline.com/tenant/v2.0');
    expect(settings?.roleMap.get('Gevinst.Admin')).toEqual(['admin']);
  });

  it('refuses an http issuer unless OIDC_ALLOW_INSECURE_HTTP is true', () => {
    const http = { ...env, OIDC_ISSUER: 'http://127.0.0.1:4000' };
    expect(() => oidcSettings(loadConfig(http))).toThrow(/OIDC_ALLOW_INSECURE_HTTP/);
    expect(oidcSettings(loadConfig({ ...http, OIDC_ALLOW_INSECURE_HTTP: 'true' }))?.allowInsecureHttp).toBe(true);
  });

  it('refuses an empty or bad role map', () => {
    expect(() => oidcSettings(loadConfig({ ...env, OIDC_ROLE_MAP: '' }))).toThrow(/at least one/);
    expect(() => oidcSettings(loadConfig({ ...env, OIDC_ROLE_MAP: 'x=boss' }))).toThrow(/unknown role/);
  });
});
