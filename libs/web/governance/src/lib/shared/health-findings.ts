import { ADVICE_THEME_IDS, HEALTH_THEME_LABELS, type HealthFinding, type HealthTheme } from '@gevinst/domain';

export interface ThemeFindings {
  theme: HealthTheme;
  label: string;
  findings: HealthFinding[];
}

/**
 * Findings grouped by the guide's theme, in the catalogue's order; within a theme errors come before warnings, then
 * by rule id (MAAL-2 before MAAL-10).
 */
export function findingsByTheme(findings: readonly HealthFinding[]): ThemeFindings[] {
  const groups = new Map<HealthTheme, HealthFinding[]>();
  for (const finding of findings) groups.set(finding.theme, [...(groups.get(finding.theme) ?? []), finding]);
  const order = (theme: HealthTheme) => {
    const index = (ADVICE_THEME_IDS as readonly string[]).indexOf(theme);
    return index < 0 ? Number.MAX_SAFE_INTEGER : index;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([theme, items]) => ({
      theme,
      label: HEALTH_THEME_LABELS[theme] ?? theme,
      findings: [...items].sort(
        (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error') || a.ruleId.localeCompare(b.ruleId, 'da', { numeric: true }),
      ),
    }));
}

/** "2 fejl og 1 advarsel", "1 advarsel", "ingen fund". */
export function describeFindingCount(findings: readonly HealthFinding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const parts = [errors > 0 ? `${errors} fejl` : '', warnings > 0 ? `${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}` : ''].filter(Boolean);
  return parts.length === 0 ? 'ingen fund' : parts.join(' og ');
}
