import { Injectable, type Provider, inject } from '@angular/core';
import { DateAdapter, MAT_DATE_FORMATS, MAT_DATE_LOCALE, type MatDateFormats } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { DateFnsAdapter } from '@angular/material-date-fns-adapter';
import { da } from 'date-fns/locale/da';
import { DanishDatepickerIntl } from './danish-datepicker-intl';
import { Today } from './today';

/**
 * dd.MM.yyyy everywhere. Parsing also accepts 1.2.2026 and 1.2.26; 'd.M.yy' is tried first
 * because 'yyyy' would read "26" as the year 26.
 */
export const DANISH_DATE_FORMATS: MatDateFormats = {
  parse: { dateInput: ['d.M.yy', 'dd.MM.yyyy', 'd.M.yyyy'] },
  display: {
    dateInput: 'dd.MM.yyyy',
    monthYearLabel: 'LLL yyyy',
    dateA11yLabel: 'd. MMMM yyyy',
    monthYearA11yLabel: 'LLLL yyyy',
  },
};

/**
 * date-fns adapter whose "today" is the API's (see Today), not the browser's clock: the calendar marks that day
 * and opens on it when the field is empty.
 */
@Injectable()
export class ApiTodayDateFnsAdapter extends DateFnsAdapter {
  private readonly clock = inject(Today);

  override today(): Date {
    return this.clock.date();
  }
}

/** Material datepicker on date-fns with the Danish locale (weeks start on Monday) and the API's today. */
export function provideDanishDates(): Provider[] {
  return [
    { provide: DateAdapter, useClass: ApiTodayDateFnsAdapter },
    { provide: MAT_DATE_FORMATS, useValue: DANISH_DATE_FORMATS },
    { provide: MAT_DATE_LOCALE, useValue: da },
    { provide: MatDatepickerIntl, useClass: DanishDatepickerIntl },
  ];
}
