export const APP_NAME = 'Gevinst';

/** "Initiativer – Gevinst"; the app name alone when a page has no title. */
export function formatPageTitle(pageTitle: string | undefined | null): string {
  return pageTitle ? `${pageTitle} – ${APP_NAME}` : APP_NAME;
}

