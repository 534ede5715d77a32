// The shell imports this barrel at start-up: keep it to small pieces. Pages load lazily from the routes.
export { AUTH_PATHS_WITHOUT_SESSION } from './lib/data-access/auth-api';
export { AuthStore } from './lib/data-access/auth-store';
export { FORBIDDEN_MESSAGE, SESSION_EXPIRED_MESSAGE, authInterceptor } from './lib/data-access/auth-interceptor';
export { LOGIN_PATH, safeReturnUrl } from './lib/data-access/return-url';
export { signedInGuard, signedOutGuard } from './lib/guards/auth-guards';
export { type AccessRule, mayPerform, restrictedRoute, withRole } from './lib/guards/restricted-route';
export { loginRoutes, profileRoutes } from './lib/auth.routes';
export { provideAuth } from './lib/provide-auth';
