import { Injectable } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';

/** Danish labels for the calendar popup and its toggle button. */
@Injectable()
export class DanishDatepickerIntl extends MatDatepickerIntl {
  override calendarLabel = 'Kalender';
  override openCalendarLabel = 'Vælg dato';
  override closeCalendarLabel = 'Luk kalender';
  override prevMonthLabel = 'Forrige måned';
  override nextMonthLabel = 'Næste måned';
  override prevYearLabel = 'Forrige år';
  override nextYearLabel = 'Næste år';
  override prevMultiYearLabel = 'Forrige 24 år';
  override nextMultiYearLabel = 'Næste 24 år';
  override switchToMonthViewLabel = 'Vælg dato';
  override switchToMultiYearViewLabel = 'Vælg måned og år';
  override startDateLabel = 'Startdato';
  override endDateLabel = 'Slutdato';
  override comparisonDateLabel = 'Sammenligningsperiode';

  override formatYearRange(start: string, end: string): string {
    return `${start}–${end}`;
  }

  override formatYearRangeLabel(start: string, end: string): string {
    return `${start} til ${end}`;
  }
}
