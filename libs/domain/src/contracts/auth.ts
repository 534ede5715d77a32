import type { Role } from '../auth/roles';

export const AUTH_LIMITS = {
  emailMax: 254,
  passwordMin: 12,
  passwordMax: 256,
  nameMax: 200,
} as const;

export interface LoginRequest {
  email: string;
  password: string;
}

/** The signed-in user, as GET /auth/me and POST /auth/login return it. */
export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  department: { id: string; code: string; name: string } | null;
  organisation: { id: string; name: string; municipalityCode: number };
  /** How the user signed in this session. */
  signedInWith: 'password' | 'oidc';
  /** Today in Denmark (YYYY-MM-DD) by the API's clock: the web app's "today", so browser and server agree. */
  today: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** What the login page needs to know before sign-in. */
export interface AuthOptions {
  passwordLogin: boolean;
  /** Set when single sign-on is configured: the button text and the URL that starts it. */
  sso: { label: string; startUrl: string } | null;
}

/** A user as the admin pages show it. */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  departmentId: string | null;
  active: boolean;
  hasPassword: boolean;
  lastLoginAt: string | null;
  version: number;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  roles: Role[];
  departmentId?: string | null;
  /** Initial password; omit for users who sign in only with single sign-on. */
  password?: string;
}

export interface UpdateUserRequest {
  version: number;
  name?: string;
  roles?: Role[];
  departmentId?: string | null;
  active?: boolean;
}
