/**
 * The API's messages are English (class-validator defaults and the services' checks). Known ones get a Danish text;
 * anything else a generic one, so no English reaches a form or a banner. Pure: no Angular, so it is unit-tested.
 */
const TRANSLATIONS: ReadonlyArray<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/should not be empty|must be a string/i, () => 'Feltet skal udfyldes'],
  [/shorter than or equal to (\d+) characters/i, (m) => `Højst ${Number(m[1]).toLocaleString('da-DK')} tegn`],
  [/open findings needs a written reason/i, () => 'Skriv en begrundelse: der er åbne fund i tjeklisten'],
  [/Pausing an initiative needs a written reason/i, () => 'Skriv, hvorfor initiativet sættes på pause'],
  [/Stopping an initiative needs a written reason/i, () => 'Skriv, hvorfor initiativet stoppes'],
  [/Reprioritising an initiative needs a written reason/i, () => 'Skriv, hvorfor initiativet omprioriteres'],
  [/needs toPhase/i, () => 'Vælg den nye fase'],
  [/cannot be skipped or moved backwards/i, () => 'En fase kan ikke springes over, og et initiativ kan ikke gå tilbage til en tidligere fase'],
  [/pending gate request is for/i, () => 'Den ventende anmodning gælder en anden fase'],
  [/paused in is not recorded/i, () => 'Vælg den fase, initiativet skal genoptages i'],
  [/cannot request a gate|has no next phase/i, () => 'Initiativet har ingen næste fase at gå videre til'],
  [/already paused/i, () => 'Initiativet er allerede sat på pause'],
  [/takes no more decisions/i, () => 'Initiativet er afsluttet eller stoppet og kan ikke få flere beslutninger'],
  [/periodEnd must not be before periodStart/i, () => 'Slutdatoen må ikke ligge før startdatoen'],
  [/report starting .* exists|already has a report for this period/i, () => 'Der findes allerede en statusrapport, der starter den dag'],
  [/must be a date written YYYY-MM-DD/i, () => 'Skriv en gyldig dato som dd.mm.åååå'],
  [/submitted report is frozen/i, () => 'Rapporten er indsendt og kan ikke længere ændres'],
  [/Unknown steering group/i, () => 'Styregruppen findes ikke længere. Vælg en anden.'],
  [/Unknown user/i, () => 'Brugeren findes ikke længere. Vælg en anden.'],
  [/Unknown portfolio review/i, () => 'Porteføljemødet findes ikke'],
  [/Only the directorate or members/i, () => 'Kun direktionen og medlemmer af initiativets styregruppe (eller en gruppe over den) kan træffe beslutninger'],
  [/must be one of the following values|must be a UUID/i, () => 'Vælg en af de mulige værdier'],
];

export function toDanishMessage(message: string): string {
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return translate(match);
  }
  return 'Værdien er ikke gyldig';
}

/** A Danish message for a known server message, or null (then the generic description is used). */
export function knownDanishMessage(message: string): string | null {
  const danish = toDanishMessage(message);
  return danish === 'Værdien er ikke gyldig' ? null : danish;
}
