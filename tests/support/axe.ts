import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA violations on the page as it is now, described readably for a failing assertion. */
export async function wcagViolations(page: Page): Promise<string[]> {
  // Material keeps a new snack bar's content aria-hidden for 150 ms until it has been moved to the live region.
  await page.waitForFunction(() => !document.querySelector('.mat-mdc-snack-bar-label > [aria-hidden="true"]'), undefined, { timeout: 2000 });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}
