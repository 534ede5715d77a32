/**
 * The advice catalogue's types and groups (DESIGN §3): the themes of KL's guide on digital transformation in its four groups, each with
 * its good state, warning signs, advice and the municipalities' cases, written in our own words (Danish, as the UI).
 * Health rules cite a theme and one advice item of it (RULE_ADVICE), so a finding can link to the advice it comes from.
 *
 * Ids are stable: findings, links (/raad/<themeId>#<adviceId>) and stored data refer to them. Add, never rename.
 * The guide's front page speaks of its themes in four groups; it has 16 (3 + 6 + 4 + 3), which is what is here.
 */

/** The credit shown wherever the catalogue's text appears. */
export const ADVICE_SOURCE = 'Kilde: KL, »Digital transformation – redskaber, eksempler og råd« (omskrevet af Gevinst)';

export const ADVICE_GROUP_IDS = ['strategi', 'styring', 'forankring', 'teknik'] as const;
export type AdviceGroupId = (typeof ADVICE_GROUP_IDS)[number];

/** In the guide's order. */
export const ADVICE_THEME_IDS = [
  'strategi-og-retning',
  'prioritering',
  'maal',
  'roller-og-ansvar',
  'governance',
  'finansiering',
  'risikovurdering',
  'gevinstrealisering',
  'metode-og-procedure',
  'inddragelse-og-ejerskab',
  'kommunikation',
  'kompetencer',
  'ledelse',
  'fundamenter',
  'sammenhaeng',
  'data',
] as const;
export type AdviceThemeId = (typeof ADVICE_THEME_IDS)[number];

export interface AdviceGroup {
  id: AdviceGroupId;
  title: string;
  /** One sentence on what the group's themes are about. */
  description: string;
}

export interface AdviceItem {
  /** `<themeId>.<slug>`, e.g. 'risikovurdering.handler'; also the anchor on the theme page. */
  id: string;
  title: string;
  text: string;
  /** Gevinst's own addition, not advice from the guide (shown as such, so the credit stays honest). */
  addedByGevinst?: true;
}

/** A municipality's experience the guide tells about. */
export interface AdviceCase {
  municipality: string;
  title: string;
  /** One sentence, in our words. */
  summary: string;
}

/** A tool or publication the guide points to (by name: the guide's links are not kept). */
export interface AdviceResource {
  title: string;
  publisher: string;
  description: string;
}

export interface AdviceTheme {
  id: AdviceThemeId;
  title: string;
  group: AdviceGroupId;
  /** How it looks when it works (hvordan ser det ud, når det lykkes). */
  goodState: string;
  /** Advarselstegn. */
  warningSigns: readonly string[];
  advice: readonly AdviceItem[];
  cases: readonly AdviceCase[];
  resources: readonly AdviceResource[];
}

export const ADVICE_GROUPS: readonly AdviceGroup[] = [
  { id: 'strategi', title: 'Strategi', description: 'Hvor kommunen vil hen med det digitale, hvad der kommer først, og hvad det skal føre til.' },
  { id: 'styring', title: 'Styring', description: 'Hvem der beslutter, hvordan initiativerne betales, styres og følges op, og hvordan risici og gevinster håndteres.' },
  { id: 'forankring', title: 'Forankring', description: 'De mennesker, der skal bruge og bære forandringen: inddragelse, kommunikation, kompetencer og ledelse.' },
  { id: 'teknik', title: 'Teknik', description: 'En it-arkitektur, der holder, systemer, der spiller sammen, og data, man kan stole på.' },
];
