/**
 * The API's field messages are English (class-validator defaults and service checks). Known
 * patterns get a Danish text; anything else a generic one, so no English reaches the form.
 */
const TRANSLATIONS: ReadonlyArray<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/should not be empty/i, () => 'Feltet skal udfyldes'],
  [/shorter than or equal to (\d+) characters/i, (m) => `Højst ${m[1]} tegn`],
  [/must be a date/i, () => 'Skriv en gyldig dato'],
  [/plannedEnd must not be before plannedStart/i, () => 'Slutdato må ikke ligge før startdato'],
  [/must not include the lead department/i, () => 'Den ledende forvaltning skal ikke også være valgt som involveret'],
  [/unknown department/i, () => 'Forvaltningen findes ikke længere. Vælg en anden.'],
  [/no more than (\d+) elements/i, (m) => `Vælg højst ${m[1]}`],
  [/must be one of the following values/i, () => 'Vælg en af de mulige værdier'],
];

export function toDanishFieldMessage(message: string): string {
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return translate(match);
  }
  return 'Værdien er ikke gyldig';
}
