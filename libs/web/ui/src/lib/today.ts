import { Injectable, signal } from '@angular/core';
import { addDays, danishDay, daysBetween, isIsoDay, yearOf } from '@gevinst/domain';
import { fromIsoDate } from './iso-date';

/** The API's day and the browser's Danish day at the moment the API reported it. */
interface ServerDay {
  server: string;
  browser: string;
}

/**
 * "Today" for the whole web app: the API's day in Denmark (CurrentUser.today from GET /auth/me and
 * POST /auth/login), so dialogs, filters and datepickers agree with the server that validates and stores the
 * dates, whatever the browser's clock says. This file is the only one in the web projects allowed to read the
 * browser's clock (ESLint no-restricted-syntax in every web project's eslint.config.mjs).
 *
 * The auth store passes on every CurrentUser it receives (start-up and sign-in). /auth/me is read only at start-up,
 * so a user who stays signed in past midnight would keep yesterday; instead the server's day is rolled forward by
 * the Danish midnights the browser has passed since it was reported. That uses only the browser's elapsed days,
 * never its date, so a browser set to the wrong day or year still follows the server; a reload re-reads the API.
 *
 * Before sign-in (the login page) nothing is known from the API yet: today is the browser's day in
 * Europe/Copenhagen.
 */
@Injectable({ providedIn: 'root' })
export class Today {
  private readonly reported = signal<ServerDay | null>(null);

  /** Takes the day the API reported (YYYY-MM-DD); anything else is ignored and the last known day kept. */
  adopt(serverDay: string | null | undefined): void {
    if (typeof serverDay !== 'string' || !isIsoDay(serverDay)) return;
    this.reported.set({ server: serverDay, browser: browserDay() });
  }

  /** Today as YYYY-MM-DD (reactive: signals and computeds that read it follow a newly reported day). */
  today(): string {
    const reported = this.reported();
    const browser = browserDay();
    if (!reported) return browser;
    // Never back: a browser clock set back must not move the day before the one the server reported.
    return addDays(reported.server, Math.max(0, daysBetween(reported.browser, browser)));
  }

  /** This year, e.g. the default year of a new funding line. */
  year(): number {
    return yearOf(this.today());
  }

  /** Today at local midnight, as the datepickers and their form controls take it. */
  date(): Date {
    return fromIsoDate(this.today()) as Date;
  }
}

/** The browser's own day in Denmark: the fallback before sign-in and the measure of midnights passed. */
function browserDay(): string {
  return danishDay(new Date());
}
