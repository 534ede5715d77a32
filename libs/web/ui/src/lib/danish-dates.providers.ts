import type { Provider } from '@angular/core';
import { MAT_DATE_LOCALE, type MatDateFormats } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { provideDateFnsAdapter } from '@angular/material-date-fns-adapter';
import { da } from 'date-fns/locale/da';
import { DanishDatepickerIntl } from './danish-datepicker-intl';

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

/** Material datepicker on date-fns with the Danish locale (weeks start on Monday). */
export function provideDanishDates(): Provider[] {
  return [
    provideDateFnsAdapter(DANISH_DATE_FORMATS),
    { provide: MAT_DATE_LOCALE, useValue: da },
    { provide: MatDatepickerIntl, useClass: DanishDatepickerIntl },
  ];
}
