import type { MyBenefit } from '@gevinst/domain';

/** The earliest due date among a benefit's overdue (or else open) evaluation points. */
function earliest(benefit: MyBenefit, overdueOnly: boolean): string | null {
  const dates = benefit.openPoints.filter((p) => !overdueOnly || p.overdue).map((p) => p.dueDate);
  return dates.length === 0 ? null : dates.reduce((a, b) => (a < b ? a : b));
}

/**
 * Most overdue first: benefits with overdue points by their oldest overdue date (more overdue points first on a
 * tie), then the rest by their next due date, those without any points last; then by initiative code and title.
 */
export function sortMostOverdueFirst(benefits: readonly MyBenefit[]): MyBenefit[] {
  const key = (b: MyBenefit) => {
    const overdue = earliest(b, true);
    if (overdue) return { group: 0, date: overdue };
    const next = earliest(b, false);
    return next ? { group: 1, date: next } : { group: 2, date: '' };
  };
  return [...benefits].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return (
      ka.group - kb.group ||
      ka.date.localeCompare(kb.date) ||
      b.overdueCount - a.overdueCount ||
      a.initiative.code.localeCompare(b.initiative.code, 'da') ||
      a.title.localeCompare(b.title, 'da')
    );
  });
}

/** "Du har 1 forfalden måling." / "… 3 forfaldne målinger …" / null when nothing is overdue. */
export function overdueSummary(benefits: readonly MyBenefit[]): string | null {
  const points = benefits.reduce((sum, b) => sum + b.overdueCount, 0);
  if (points === 0) return null;
  const withOverdue = benefits.filter((b) => b.overdueCount > 0).length;
  const measurements = points === 1 ? '1 forfalden måling' : `${points} forfaldne målinger`;
  const on = withOverdue === 1 ? '1 gevinst' : `${withOverdue} gevinster`;
  return `Du har ${measurements} på ${on}.`;
}
