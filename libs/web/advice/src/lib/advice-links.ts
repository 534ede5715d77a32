import { FUNDING_RULES, type HealthRule, RISK_RULES, RULE_ADVICE, adviceForRule, adviceTheme, ruleIdsCiting } from '@gevinst/domain';
import type { AdviceItem } from '@gevinst/domain';

/** Where the app mounts adviceRoutes (the shell's route `raad`). */
export const ADVICE_PATH = '/raad';

/** The rule catalogues that name their rules; rules of DESIGN §6 not in them are shown by id. */
export const NAMED_RULES: readonly Pick<HealthRule, 'id' | 'title'>[] = [...RISK_RULES, ...FUNDING_RULES];

/**
 * A link from a health rule to the advice it cites, for `[routerLink]="link.commands" [fragment]="link.fragment"`:
 * /raad/risikovurdering#risikovurdering.handler. Null when the rule cites nothing in the catalogue.
 */
export function adviceLinkFor(ruleId: string): { commands: string[]; fragment: string } | null {
  const cited = adviceForRule(ruleId);
  return cited ? { commands: [ADVICE_PATH, cited.theme.id], fragment: cited.advice.id } : null;
}

/** A health rule that builds on a theme, as the theme page lists it. */
export interface ThemeRule {
  id: string;
  /** The rule's title where its family names it, else null. */
  title: string | null;
  /** The advice of the theme the rule cites. */
  advice: AdviceItem;
}

/** The rules citing a theme, in id order (RISK-2 before RISK-10), with their titles and the advice they cite. */
export function rulesCitingTheme(themeId: string, named: readonly Pick<HealthRule, 'id' | 'title'>[] = NAMED_RULES): ThemeRule[] {
  const theme = adviceTheme(themeId);
  if (!theme) return [];
  return ruleIdsCiting(themeId).flatMap((id) => {
    const advice = theme.advice.find((item) => item.id === RULE_ADVICE[id].adviceId);
    return advice ? [{ id, title: named.find((rule) => rule.id === id)?.title ?? null, advice }] : [];
  });
}

/** The same rules per advice id, for the note under each advice ("Sundhedstjek: RISK-1"). */
export function ruleIdsByAdvice(rules: readonly ThemeRule[]): ReadonlyMap<string, string[]> {
  const byAdvice = new Map<string, string[]>();
  for (const rule of rules) byAdvice.set(rule.advice.id, [...(byAdvice.get(rule.advice.id) ?? []), rule.id]);
  return byAdvice;
}

/** The browser title of a theme page; ids come from the URL. */
export const themePageTitle = (themeId: string | null): string => {
  const theme = themeId === null ? undefined : adviceTheme(themeId);
  return theme ? `${theme.title} – Gode råd` : 'Temaet findes ikke – Gode råd';
};
