import type { FieldError } from '@gevinst/domain';

/**
 * The API's field messages are English (class-validator defaults and service checks). Known ones get a Danish
 * text; anything else a generic one, so no English reaches the form.
 */
const TRANSLATIONS: ReadonlyArray<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/should not be empty/i, () => 'Feltet skal udfyldes'],
  [/shorter than or equal to (\d+) characters/i, (m) => `Højst ${m[1]} tegn`],
  [/targetValue must differ from baselineValue/i, () => 'Målet skal være forskelligt fra baseline, ellers kan målopfyldelsen ikke beregnes'],
  [/baselineValue and baselineDate/i, () => 'Angiv både baseline og dato for baseline, eller ingen af dem'],
  [/more than a day in the future/i, () => 'Datoen må højst ligge én dag ude i fremtiden'],
  [/must not be before (\d{4})/i, (m) => `Datoen må ikke ligge før ${m[1]}`],
  [/must be a date/i, () => 'Skriv en gyldig dato'],
  [/must be a URL/i, () => 'Skriv en gyldig webadresse, der begynder med https://'],
  [/economic benefit is counted in DKK/i, () => 'En økonomisk gevinst opgøres i kroner (DKK)'],
  [/freed time is counted in hours/i, () => 'Frigjort tid opgøres i timer'],
  [/unitLabel names the unit/i, () => 'Skriv enhedens navn'],
  [/time study gives hours/i, () => 'Tidsstudier kan kun bruges på gevinster, der opgøres i timer'],
  [/implausibly large/i, () => 'Tidsstudiet giver et urealistisk stort antal timer'],
  [/send value, or timeStudy/i, () => 'Skriv en værdi'],
  [/the indicator is measured in/i, () => 'Enheden passer ikke til indikatoren'],
  [/benefit owner must belong/i, () => 'Gevinstejeren findes ikke i organisationen. Vælg en anden.'],
  [/unknown department/i, () => 'Forvaltningen findes ikke længere. Vælg en anden.'],
  [/unknown strategic goal/i, () => 'Det strategiske mål findes ikke længere. Vælg et andet.'],
  [/goal must be one of the same initiative/i, () => 'Målet findes ikke længere på initiativet. Vælg et andet.'],
  [/no open evaluation point/i, () => 'Evalueringspunktet er allerede opfyldt. Vælg et andet.'],
  [/(\d{4}) appears twice/i, (m) => `${m[1]} står der to gange`],
  [/must end by 2100|must lie in 2000/i, () => 'Datoerne skal ligge mellem år 2000 og 2100'],
  [/must not be (less|greater) than|must be a number|must be an integer/i, () => 'Skriv et gyldigt tal'],
  [/must be one of the following values/i, () => 'Vælg en af de mulige værdier'],
];

export function toDanishFieldMessage(message: string): string {
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return translate(match);
  }
  return 'Værdien er ikke gyldig';
}

/** Field errors with Danish messages and paths renamed to the form's controls (e.g. "timeStudy.casesPerYear"). */
export function toFormFieldErrors(
  details: readonly FieldError[],
  rename: (field: string) => string = (field) => field,
): FieldError[] {
  return details.map((detail) => ({
    field: rename(detail.field),
    messages: [...new Set(detail.messages.map(toDanishFieldMessage))],
  }));
}
