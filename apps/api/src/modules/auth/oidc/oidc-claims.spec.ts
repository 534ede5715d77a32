import { claimValues, issuerOfSubjectKey, lacksClaims, mapRoles, readClaim, subjectKey, toIdentity } from './oidc-claims';
import { parseRoleMap } from './oidc-config';

const roleMap = parseRoleMap('Gevinst.PL=project_lead;Gevinst.Admin=admin;Gevinst.Okonomi=finance;Gevinst.Admin=finance');
const settings = { rolesClaim: 'roles', roleMap, departmentClaim: 'department' };

describe('claims', () => {
  it('reads a claim by exact name first, then by dotted path', () => {
    const uri = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/role';
    expect(readClaim({ [uri]: ['a'] }, uri)).toEqual(['a']);
    expect(readClaim({ realm_access: { roles: ['b'] } }, 'realm_access.roles')).toEqual(['b']);
    expect(readClaim({ realm_access: ['x'] }, 'realm_access.roles')).toBeUndefined();
    expect(readClaim({}, 'missing')).toBeUndefined();
  });

  it('takes one string or a list of strings as claim values', () => {
    expect(claimValues('Gevinst.PL')).toEqual(['Gevinst.PL']);
    expect(claimValues([' Gevinst.PL ', 7, null, '', 'Other'])).toEqual(['Gevinst.PL', 'Other']);
    expect(claimValues(undefined)).toEqual([]);
    expect(claimValues({ role: 'x' })).toEqual([]);
  });

  it('maps values to roles, ignoring unknown ones, without duplicates, in ROLES order', () => {
    expect(mapRoles(['Gevinst.Okonomi', 'Unknown', 'Gevinst.Admin', 'Gevinst.PL'], roleMap)).toEqual(['admin', 'project_lead', 'finance']);
    expect(mapRoles(['unknown'], roleMap)).toEqual([]);
    expect(mapRoles(['gevinst.pl'], roleMap)).toEqual([]);
  });

  it('keys users by issuer and subject; a subject may contain |', () => {
    const key = subjectKey('https://idp.example/t', 'auth0|123');
    expect(key).toBe('https://idp.example/t|auth0|123');
    expect(issuerOfSubjectKey(key)).toBe('https://idp.example/t');
  });

  it('asks userinfo only when the ID token lacks a needed claim', () => {
    const full = { email: 'a@b.dk', name: 'A', roles: [], department: 'X' };
    expect(lacksClaims(full, settings)).toBe(false);
    expect(lacksClaims({ ...full, department: undefined }, settings)).toBe(true);
    expect(lacksClaims({ ...full, department: undefined }, { ...settings, departmentClaim: undefined })).toBe(false);
  });
});

describe('toIdentity', () => {
  const base = { iss: 'https://idp.example', sub: 's-1' };

  it('reads subject, e-mail, name, roles and department', () => {
    expect(
      toIdentity({ ...base, email: 'Ane@Kommune.dk', name: ' Ane Hansen ', roles: ['Gevinst.PL', 'x'], department: ['OKD-IT', 'SOS'] }, settings),
    ).toEqual({
      subject: 'https://idp.example|s-1',
      email: 'Ane@Kommune.dk',
      emailVerified: true,
      name: 'Ane Hansen',
      roles: ['project_lead'],
      departmentCode: 'OKD-IT',
    });
  });

  it('falls back to preferred_username for the address and to given and family name', () => {
    const identity = toIdentity({ ...base, preferred_username: 'ane@kommune.dk', given_name: 'Ane', family_name: 'Hansen', email_verified: false }, settings);
    expect(identity).toMatchObject({ email: 'ane@kommune.dk', name: 'Ane Hansen', emailVerified: false, roles: [], departmentCode: null });
    expect(toIdentity({ ...base, preferred_username: 'ahansen' }, settings)).toMatchObject({ email: null, name: 's-1' });
  });

  it('leaves the department alone when no department claim is configured', () => {
    expect(toIdentity({ ...base, department: 'OKD' }, { ...settings, departmentClaim: undefined }).departmentCode).toBeUndefined();
  });

  it('refuses claims without iss or sub', () => {
    expect(() => toIdentity({ sub: 'x' }, settings)).toThrow(/iss or sub/);
  });
});
