import type { Role } from '@gevinst/domain';

/**
 * Demo users, one per role, created only by the demo seed (SEED_DEMO=true, which `npm start` sets for the
 * embedded database). README lists them. A production installation gets no users from here.
 */
export const DEMO_PASSWORD = 'Gevinst-demo-2026';

export interface DemoUser {
  email: string;
  name: string;
  roles: Role[];
  departmentCode: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'admin@demo.gevinst.dk', name: 'Anne Porteføljekontor', roles: ['admin'], departmentCode: 'OKD-IT' },
  { email: 'projektleder@demo.gevinst.dk', name: 'Per Projektleder', roles: ['project_lead'], departmentCode: 'OKD-IT' },
  { email: 'gevinstejer@demo.gevinst.dk', name: 'Gitte Gevinstejer', roles: ['benefit_owner'], departmentCode: 'SOS-AEL' },
  { email: 'direktion@demo.gevinst.dk', name: 'Dorte Direktør', roles: ['directorate'], departmentCode: 'OKD' },
  { email: 'oekonomi@demo.gevinst.dk', name: 'Øjvind Økonomi', roles: ['finance'], departmentCode: 'OKD-OKO' },
];
