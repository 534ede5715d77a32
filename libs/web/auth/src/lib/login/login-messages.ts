import type { ApiError } from '@gevinst/domain';

export const INVALID_CREDENTIALS_MESSAGE = 'Forkert e-mail eller adgangskode, eller brugeren er spærret.';
export const TOO_MANY_ATTEMPTS_MESSAGE = 'For mange forsøg. Vent et minut, og prøv igen.';
export const INVALID_INPUT_MESSAGE = 'Du blev ikke logget ind. Ret de markerede felter, og prøv igen.';

/** The codes the single sign-on callback sends back in /log-ind?fejl=<code>. */
export const SSO_ERROR_MESSAGES: Readonly<Record<string, string>> = {
  'sso-fejl': 'Log ind med single sign-on mislykkedes. Prøv igen, eller kontakt din it-support, hvis det bliver ved.',
  'ingen-rolle':
    'Du er logget ind hos din organisation, men din bruger har ingen roller i Gevinst. ' +
    'Kontakt porteføljekontoret for at få adgang.',
  'ukendt-bruger':
    'Din bruger findes ikke i Gevinst. Kontakt porteføljekontoret for at blive oprettet som bruger.',
};
const UNKNOWN_SSO_ERROR = 'Log ind mislykkedes. Prøv igen.';

/** The Danish message for ?fejl=<code>, or null when there is none. */
export function ssoErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return Object.prototype.hasOwnProperty.call(SSO_ERROR_MESSAGES, code) ? SSO_ERROR_MESSAGES[code] : UNKNOWN_SSO_ERROR;
}

/** The banner text for a failed POST /auth/login, or null to use the app's general description. */
export function loginFailureMessage(error: ApiError): string | null {
  if (error.statusCode === 401) return INVALID_CREDENTIALS_MESSAGE;
  if (error.statusCode === 429) return TOO_MANY_ATTEMPTS_MESSAGE;
  if (error.statusCode === 400) return INVALID_INPUT_MESSAGE;
  return null;
}
