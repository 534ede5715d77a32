import { addDays, danishDay } from '@gevinst/domain';

/** The day in Denmark at `at`, moved by whole days: the demo's dates are all relative to the day it is seeded. */
export const danishDate = (at: Date, plusDays = 0): string => addDays(danishDay(at), plusDays);
