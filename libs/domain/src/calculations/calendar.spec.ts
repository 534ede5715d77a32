import fc from 'fast-check';
import { addDays, addMonths, danishDay, daysBetween, firstOfYear, isIsoDay, yearOf } from './calendar';

// Days from 1990 to 2100, leap days included.
const days = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('calendar days', () => {
  it('reads the day in Denmark, not in UTC, on both sides of midnight and of a daylight-saving change', () => {
    expect(danishDay(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(danishDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
    // Summer time (UTC+2): 22:00 UTC is already midnight in Copenhagen.
    expect(danishDay(new Date('2028-06-30T21:59:00Z'))).toBe('2028-06-30');
    expect(danishDay(new Date('2028-06-30T22:00:00Z'))).toBe('2028-07-01');
  });

  it('crosses a year end and a leap day', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-29', 1)).toBe('2028-03-01');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2028-03-01', -366)).toBe('2027-03-01');
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    // The daylight-saving change (last Sunday of March) adds no hour to a day.
    expect(daysBetween('2028-03-25', '2028-03-27')).toBe(2);
  });

  it('keeps a month step inside the shorter month', () => {
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2028-03-15', -3)).toBe('2027-12-15');
  });

  it('knows real days from look-alikes', () => {
    expect(isIsoDay('2028-02-29')).toBe(true);
    expect(isIsoDay('2027-02-29')).toBe(false);
    expect(isIsoDay('2027-13-01')).toBe(false);
    expect(isIsoDay('27-01-01')).toBe(false);
    expect(firstOfYear('2028-02-29')).toBe('2028-01-01');
    expect(firstOfYear('2028-02-29', -3)).toBe('2025-01-01');
    expect(yearOf('2028-02-29')).toBe(2028);
  });

  it('adds and counts days consistently on any day', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -2000, max: 2000 }), (day, n) => {
        const moved = addDays(day, n);
        expect(isIsoDay(moved)).toBe(true);
        expect(daysBetween(day, moved)).toBe(n);
        expect(addDays(moved, -n)).toBe(day);
      }),
    );
  });

  it('steps months back and forth without leaving the month it lands in', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -60, max: 60 }), (day, n) => {
        const moved = addMonths(day, n);
        const [y, m] = day.split('-').map(Number);
        const expectedMonth = (((m - 1 + n) % 12) + 12) % 12;
        expect(Number(moved.slice(5, 7)) - 1).toBe(expectedMonth);
        expect(yearOf(moved)).toBe(y + Math.floor((m - 1 + n) / 12));
        expect(Number(moved.slice(8))).toBeLessThanOrEqual(Number(day.slice(8)));
      }),
    );
  });
});
