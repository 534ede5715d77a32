import { danishDay } from '@gevinst/domain';
import { Clock } from './clock';

describe('Clock', () => {
  it('runs on the machine’s day in Denmark by default', () => {
    const clock = Clock.system();
    const before = danishDay(new Date());
    const today = clock.today();
    expect([before, danishDay(new Date())]).toContain(today);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
  });

  it.each(['2028-02-29', '2027-12-31', '2031-01-01', '2019-06-15'])('runs on another day (%s) with the time of day going on', (day) => {
    const clock = Clock.onDay(day);
    expect(clock.today()).toBe(day);
    expect(clock.year()).toBe(Number(day.slice(0, 4)));
    const shift = clock.now().getTime() - Date.now();
    // Whole days apart from the machine's clock (give or take the milliseconds between the two reads).
    expect(Math.abs(shift / 86_400_000 - Math.round(shift / 86_400_000))).toBeLessThan(0.0001);
  });

  it('steps over a leap day and a year end', () => {
    const clock = Clock.onDay('2028-02-29');
    expect(clock.daysFromToday(1)).toBe('2028-03-01');
    expect(clock.daysFromToday(-365)).toBe('2027-03-01');
    expect(Clock.onDay('2027-12-31').daysFromToday(1)).toBe('2028-01-01');
  });
});
