import { FUNDING_RULES } from '../funding/funding-rules';
import { RISK_RULES } from '../risks/risk-rules';
import {
  ADVICE_GROUP_IDS,
  ADVICE_GROUPS,
  ADVICE_SOURCE,
  ADVICE_THEME_IDS,
  ADVICE_THEMES,
  RULE_ADVICE,
  adviceForRule,
  adviceTheme,
  adviceThemesOf,
  ruleIdsCiting,
} from './advice-catalogue';

/** The rule ids of DESIGN §6. */
const DESIGN_RULE_IDS = [
  ...['MAAL-1', 'MAAL-2', 'MAAL-3', 'MAAL-4', 'MAAL-5'],
  ...['ROL-1', 'ROL-2', 'GOV-1', 'GOV-2', 'FIN-1', 'FIN-2'],
  ...['RISK-1', 'RISK-2', 'RISK-3', 'RISK-4', 'RISK-5'],
  ...['GEV-1', 'GEV-2', 'GEV-3', 'GEV-4', 'GEV-5'],
  ...['MET-1', 'MET-2', 'IND-1', 'KOM-1', 'PRI-1'],
];
/** Rules added since DESIGN §6 was written, in rule files this spec does not import. */
const LATER_RULE_IDS = ['ROL-3', 'GEV-6', 'GEV-7', 'GEV-8', 'GEV-9', 'GEV-10'];

/** Every string anywhere in a value. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : [];

describe('advice catalogue', () => {
  it('holds the guide’s themes, in its order, in four groups with the right members', () => {
    // The guide lists 16 themes (3 + 6 + 4 + 3), though DESIGN §3 speaks of 17.
    expect(ADVICE_THEMES.map((theme) => theme.id)).toEqual([...ADVICE_THEME_IDS]);
    expect(ADVICE_THEMES).toHaveLength(16);
    expect(ADVICE_GROUPS.map((group) => group.id)).toEqual([...ADVICE_GROUP_IDS]);
    expect(ADVICE_GROUPS.map((group) => group.title)).toEqual(['Strategi', 'Styring', 'Forankring', 'Teknik']);
    const members = Object.fromEntries(ADVICE_GROUP_IDS.map((group) => [group, adviceThemesOf(group).map((theme) => theme.title)]));
    expect(members).toEqual({
      strategi: ['Strategi og retning', 'Prioritering', 'Mål'],
      styring: ['Roller og ansvar', 'Governance og koordinering', 'Finansiering', 'Risikovurdering', 'Gevinstrealisering', 'Metode og procedure'],
      forankring: ['Inddragelse og ejerskab', 'Kommunikation', 'Kompetencer', 'Ledelse'],
      teknik: ['Fundamenter', 'Sammenhæng', 'Data'],
    });
  });

  it('keeps the theme ids the rule files already use', () => {
    expect(adviceTheme('risikovurdering')?.title).toBe('Risikovurdering');
    expect(adviceTheme('finansiering')?.title).toBe('Finansiering');
    expect(adviceTheme('findes-ikke')).toBeUndefined();
    expect(adviceTheme('constructor')).toBeUndefined();
  });

  it('has unique, kebab-case theme ids and unique advice ids prefixed by their theme', () => {
    const themeIds = ADVICE_THEMES.map((theme) => theme.id);
    expect(new Set(themeIds).size).toBe(themeIds.length);
    themeIds.forEach((id) => expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/));
    const adviceIds = ADVICE_THEMES.flatMap((theme) => theme.advice.map((item) => item.id));
    expect(new Set(adviceIds).size).toBe(adviceIds.length);
    for (const theme of ADVICE_THEMES) {
      theme.advice.forEach((item) => expect(item.id).toMatch(new RegExp(`^${theme.id}\\.[a-z]+(-[a-z]+)*$`)));
    }
  });

  it('gives every theme a good state, warning signs and at least two pieces of advice', () => {
    for (const theme of ADVICE_THEMES) {
      expect(theme.goodState.length).toBeGreaterThan(40);
      expect(theme.warningSigns.length).toBeGreaterThanOrEqual(1);
      expect(theme.advice.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('has no empty or untrimmed text', () => {
    const texts = [ADVICE_SOURCE, ...stringsIn(ADVICE_GROUPS), ...stringsIn(ADVICE_THEMES)];
    expect(texts.length).toBeGreaterThan(300);
    for (const text of texts) {
      expect(text.trim()).not.toBe('');
      expect(text).toBe(text.trim());
    }
  });

  it('credits the guide', () => {
    expect(ADVICE_SOURCE).toContain('KL');
    expect(ADVICE_SOURCE).toContain('Digital transformation');
  });

  it('maps every rule of DESIGN §6 and of the rule files to an existing theme and advice of that theme', () => {
    const implemented = [...RISK_RULES, ...FUNDING_RULES];
    for (const ruleId of [...DESIGN_RULE_IDS, ...LATER_RULE_IDS, ...implemented.map((rule) => rule.id)]) {
      const cited = RULE_ADVICE[ruleId];
      expect(cited).toBeDefined();
      expect(adviceForRule(ruleId)).toEqual({
        theme: expect.objectContaining({ id: cited.themeId }),
        advice: expect.objectContaining({ id: cited.adviceId }),
      });
    }
    // A rule's own theme and the theme it cites in the catalogue agree.
    for (const rule of implemented) expect(RULE_ADVICE[rule.id].themeId).toBe(rule.theme);
    expect(Object.keys(RULE_ADVICE).sort()).toEqual([...new Set([...DESIGN_RULE_IDS, ...LATER_RULE_IDS, ...implemented.map((rule) => rule.id)])].sort());
    expect(adviceForRule('NOPE-1')).toBeUndefined();
    expect(adviceForRule('toString')).toBeUndefined();
  });

  it('lists the rules citing a theme in id order', () => {
    expect(ruleIdsCiting('risikovurdering')).toEqual(['RISK-1', 'RISK-2', 'RISK-3', 'RISK-4', 'RISK-5', 'RISK-6']);
    expect(ruleIdsCiting('maal')).toEqual(['MAAL-1', 'MAAL-2', 'MAAL-3', 'MAAL-4', 'MAAL-5']);
    expect(ruleIdsCiting('ledelse')).toEqual([]);
  });
});
