/**
 * The advice catalogue (DESIGN §3): the themes of KL's guide on digital transformation in its four groups, each with
 * its good state, warning signs, advice and the municipalities' cases, written in our own words (Danish, as the UI).
 * Health rules cite a theme and one advice item of it (RULE_ADVICE), so a finding can link to the advice it comes from.
 *
 * Ids are stable: findings, links (/raad/<themeId>#<adviceId>) and stored data refer to them. Add, never rename.
 * The guide's front page speaks of its themes in four groups; it has 16 (3 + 6 + 4 + 3), which is what is here.
 */
import type { AdviceGroupId, AdviceItem, AdviceTheme, AdviceThemeId } from './advice-types';
import { FORANKRING_THEMES } from './advice-themes-forankring';
import { STRATEGI_THEMES } from './advice-themes-strategi';
import { STYRING_THEMES } from './advice-themes-styring';
import { TEKNIK_THEMES } from './advice-themes-teknik';

export * from './advice-types';

export const ADVICE_THEMES: readonly AdviceTheme[] = [...STRATEGI_THEMES, ...STYRING_THEMES, ...FORANKRING_THEMES, ...TEKNIK_THEMES];

/**
 * Which theme and advice each health rule of DESIGN §6 cites, plus the rules added since: RISK-6 (an open high risk
 * has actions and an owner) and ROL-3 (decisions record who decided).
 * A finding links to /raad/<themeId>#<adviceId>.
 */
export const RULE_ADVICE: Record<string, { themeId: AdviceThemeId; adviceId: string }> = {
  'MAAL-1': { themeId: 'maal', adviceId: 'maal.klare-maal' },
  'MAAL-2': { themeId: 'maal', adviceId: 'maal.ambitioese-maal' },
  'MAAL-3': { themeId: 'maal', adviceId: 'maal.faa-centrale-maal' },
  'MAAL-4': { themeId: 'maal', adviceId: 'maal.lokale-maal' },
  'MAAL-5': { themeId: 'maal', adviceId: 'maal.bieffekter' },
  'ROL-1': { themeId: 'roller-og-ansvar', adviceId: 'roller-og-ansvar.beslutningsret' },
  'ROL-2': { themeId: 'roller-og-ansvar', adviceId: 'roller-og-ansvar.kompetencer' },
  'ROL-3': { themeId: 'roller-og-ansvar', adviceId: 'roller-og-ansvar.beslutningsret' },
  'GOV-1': { themeId: 'governance', adviceId: 'governance.forankring-i-toppen' },
  'GOV-2': { themeId: 'governance', adviceId: 'governance.portefoeljestyring' },
  'FIN-1': { themeId: 'finansiering', adviceId: 'finansiering.gevinstejer' },
  'FIN-2': { themeId: 'finansiering', adviceId: 'finansiering.finansieringsplan' },
  'RISK-1': { themeId: 'risikovurdering', adviceId: 'risikovurdering.handler' },
  'RISK-2': { themeId: 'risikovurdering', adviceId: 'risikovurdering.tidligt' },
  'RISK-3': { themeId: 'risikovurdering', adviceId: 'risikovurdering.risikopulje' },
  'RISK-4': { themeId: 'risikovurdering', adviceId: 'risikovurdering.lille-skala' },
  'RISK-5': { themeId: 'risikovurdering', adviceId: 'risikovurdering.levende-log' },
  'RISK-6': { themeId: 'risikovurdering', adviceId: 'risikovurdering.haandtering' },
  'GEV-1': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.over-tid' },
  'GEV-2': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.ikke-kvantificerbare' },
  'GEV-3': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.forudsaetninger' },
  'GEV-4': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.foer-og-efter' },
  'GEV-5': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.evalueringspunkter' },
  // The benefit map rules cite the advice on benefit trees (breaking benefits down through their preconditions).
  'GEV-6': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.over-tid' },
  'GEV-7': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.over-tid' },
  'GEV-8': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.forudsaetninger' },
  'GEV-9': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.forudsaetninger' },
  'GEV-10': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.over-tid' },
  'MET-1': { themeId: 'metode-og-procedure', adviceId: 'metode-og-procedure.projektmodel' },
  'MET-2': { themeId: 'metode-og-procedure', adviceId: 'metode-og-procedure.arbejdsgange' },
  'IND-1': { themeId: 'inddragelse-og-ejerskab', adviceId: 'inddragelse-og-ejerskab.implementeringsansvar' },
  'KOM-1': { themeId: 'kommunikation', adviceId: 'kommunikation.kommunikationsplan' },
  'PRI-1': { themeId: 'prioritering', adviceId: 'prioritering.systematisk' },
};

/** The theme with `id`, if there is one (ids come from URLs, so any string is accepted). */
export const adviceTheme = (id: string): AdviceTheme | undefined => ADVICE_THEMES.find((theme) => theme.id === id);

/** The group's themes in the guide's order. */
export const adviceThemesOf = (group: AdviceGroupId): AdviceTheme[] => ADVICE_THEMES.filter((theme) => theme.group === group);

/** The theme and advice item a health rule cites, if it is in the catalogue. */
export function adviceForRule(ruleId: string): { theme: AdviceTheme; advice: AdviceItem } | undefined {
  const cited = Object.hasOwn(RULE_ADVICE, ruleId) ? RULE_ADVICE[ruleId] : undefined;
  const theme = cited && adviceTheme(cited.themeId);
  const advice = theme?.advice.find((item) => item.id === cited?.adviceId);
  return theme && advice ? { theme, advice } : undefined;
}

/** The ids of the rules citing a theme, in id order with numbers compared as numbers (RISK-2 before RISK-10). */
export const ruleIdsCiting = (themeId: string): string[] =>
  Object.keys(RULE_ADVICE)
    .filter((ruleId) => RULE_ADVICE[ruleId].themeId === themeId)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
