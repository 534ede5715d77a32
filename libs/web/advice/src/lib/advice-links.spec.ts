import { ADVICE_THEMES, RULE_ADVICE } from '@gevinst/domain';
import { adviceLinkFor, ruleIdsByAdvice, rulesCitingTheme, themePageTitle } from './advice-links';

describe('advice links', () => {
  it('links a rule to its theme page and advice anchor', () => {
    expect(adviceLinkFor('RISK-1')).toEqual({ commands: ['/raad', 'risikovurdering'], fragment: 'risikovurdering.handler' });
    expect(adviceLinkFor('FIN-1')).toEqual({ commands: ['/raad', 'finansiering'], fragment: 'finansiering.gevinstejer' });
    expect(adviceLinkFor('UKENDT-1')).toBeNull();
  });

  it('links every mapped rule to an advice of an existing theme', () => {
    for (const ruleId of Object.keys(RULE_ADVICE)) {
      const link = adviceLinkFor(ruleId);
      const theme = ADVICE_THEMES.find((candidate) => candidate.id === link?.commands[1]);
      expect(theme?.advice.map((item) => item.id)).toContain(link?.fragment);
    }
  });

  it('lists the rules citing a theme in id order, named where their family names them', () => {
    const named = [
      { id: 'RISK-2', title: 'Tidligt' },
      { id: 'RISK-10', title: 'Ti' },
    ];
    const rules = rulesCitingTheme('risikovurdering', named);
    expect(rules.map((rule) => [rule.id, rule.title, rule.advice.id])).toEqual([
      ['RISK-1', null, 'risikovurdering.handler'],
      ['RISK-2', 'Tidligt', 'risikovurdering.tidligt'],
      ['RISK-3', null, 'risikovurdering.risikopulje'],
      ['RISK-4', null, 'risikovurdering.lille-skala'],
      ['RISK-5', null, 'risikovurdering.levende-log'],
      ['RISK-6', null, 'risikovurdering.haandtering'],
    ]);
    // By default the risk and funding rule catalogues name their rules.
    expect(rulesCitingTheme('finansiering').map((rule) => rule.title)).toEqual([
      'Udpeg en gevinstejer dér, hvor forandringen skal ske',
      'Lav en klar finansieringsplan mellem forvaltningerne',
    ]);
    expect(rulesCitingTheme('ledelse')).toEqual([]);
    expect(rulesCitingTheme('findes-ikke')).toEqual([]);
  });

  it('groups the rule ids by the advice they cite', () => {
    const byAdvice = ruleIdsByAdvice(rulesCitingTheme('roller-og-ansvar'));
    expect(byAdvice.get('roller-og-ansvar.beslutningsret')).toEqual(['ROL-1', 'ROL-3']);
    expect(byAdvice.get('roller-og-ansvar.kompetencer')).toEqual(['ROL-2']);
    expect(byAdvice.get('roller-og-ansvar.interessenter')).toBeUndefined();
  });

  it('titles a theme page, and an unknown one', () => {
    expect(themePageTitle('risikovurdering')).toBe('Risikovurdering – Gode råd');
    expect(themePageTitle('nope')).toBe('Temaet findes ikke – Gode råd');
    expect(themePageTitle(null)).toBe('Temaet findes ikke – Gode råd');
  });
});
