// Dates as whole days since 1970-01-01 (cheap to add and compare), turned into YYYY-MM-DD text only for the rows.

const DAY_MS = 86_400_000;
const textCache = new Map();

export const toDay = (isoDate) => Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** YYYY-MM-DD of a day number (cached: millions of measurements share a few thousand days). */
export function dayText(day) {
  let text = textCache.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    textCache.set(day, text);
  }
  return text;
}

export const yearOf = (day) => Number(dayText(day).slice(0, 4));

/** A timestamp on that day at hh:mm (UTC, within Danish working hours). */
export const at = (day, hour, minute = 0) => `${dayText(day)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;

/** Quarters are numbered year * 4 + (0…3); the first and last day of one. */
export const quarterOf = (day) => {
  const text = dayText(day);
  return Number(text.slice(0, 4)) * 4 + Math.floor((Number(text.slice(5, 7)) - 1) / 3);
};
export const quarterStart = (quarter) => toDay(`${Math.floor(quarter / 4)}-${String((quarter % 4) * 3 + 1).padStart(2, '0')}-01`);
export const quarterEnd = (quarter) => quarterStart(quarter + 1) - 1;
export const quarterName = (quarter) => `${(quarter % 4) + 1}. kvartal ${Math.floor(quarter / 4)}`;

/** Saturday and Sunday move back to the Friday before (meetings and submissions happen on weekdays). */
export function weekday(day) {
  const weekdayIndex = new Date(day * DAY_MS).getUTCDay();
  return weekdayIndex === 6 ? day - 1 : weekdayIndex === 0 ? day - 2 : day;
}

export const clamp = (value, min, max) => Math.min(max, Math.max(min, value));
