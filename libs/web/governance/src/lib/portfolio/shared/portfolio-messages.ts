import type { ApiError, SteeringLevel } from '@gevinst/domain';
import { knownDanishMessage } from '../../shared/governance-messages';

const LEVEL_NOUNS: Record<SteeringLevel, string> = {
  directorate: 'direktionsniveau',
  department: 'forvaltningsniveau',
  project: 'projektniveau',
};
const level = (value: string) => LEVEL_NOUNS[value as SteeringLevel] ?? value;
const count = (text: string, one: string, many: string) => (Number(text) === 1 ? `1 ${one}` : `${Number(text).toLocaleString('da-DK')} ${many}`);

/**
 * The messages of the portfolio pages' endpoints (steering groups, reviews, the decision log) that the governance
 * messages (decisions, gates, reports) do not cover. Checked first; the rest falls back to those. Pure: no Angular.
 */
const TRANSLATIONS: ReadonlyArray<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/name is already used|steering group with this name/i, () => 'Navnet bruges allerede af en anden styregruppe'],
  [/directorate-level group reports to no one/i, () => 'En gruppe på direktionsniveau refererer ikke til nogen og har ingen overordnet gruppe'],
  [/cannot report to itself/i, () => 'En gruppe kan ikke referere til sig selv'],
  [/would make a cycle/i, () => 'Den valgte gruppe refererer selv til denne gruppe, så de ville gå i ring'],
  [/A (\w+)-level group cannot report to a (\w+)-level group/i, (m) => `En gruppe på ${level(m[1])} kan ikke referere til en gruppe på ${level(m[2])}`],
  [/A (\w+)-level group reports to this group; it cannot become a (\w+)-level group/i, (m) =>
    `En gruppe på ${level(m[1])} refererer til denne gruppe, så den kan ikke komme på ${level(m[2])}`],
  [/(\d+) initiative\(s\) are assigned to the group/i, (m) => `${count(m[1], 'initiativ er', 'initiativer er')} tilknyttet gruppen. Flyt dem til en anden gruppe først.`],
  [/(\d+) group\(s\) report to this group/i, (m) => `${count(m[1], 'gruppe', 'grupper')} refererer til gruppen. Flyt eller slet dem først.`],
  [/held portfolio reviews/i, () => 'Gruppen har holdt porteføljemøder og bevares for deres referater.'],
  [/Decisions were recorded in the group/i, () => 'Der er truffet beslutninger i gruppen, så den bevares for beslutningsloggen.'],
  [/already on the agenda/i, () => 'Initiativet står allerede på dagsordenen'],
  [/Decisions were recorded for this item/i, () => 'Der er truffet beslutninger om punktet på mødet, så det bliver på dagsordenen'],
  [/to must not be before from/i, () => 'Til-datoen må ikke ligge før fra-datoen'],
  [/must not be (less|greater) than|must be a number|must be an integer/i, () => 'Skriv et gyldigt tal'],
];

/** Danish texts the domain writes itself (the criteria checks of validateWeights): shown as they are. */
const DANISH = /^(Der skal være|Vægt|Navnet „|Det samme kriterium|Ukendt kriterium)/;

export const GENERIC_MESSAGE = 'Værdien er ikke gyldig';

export function toDanishMessage(message: string): string {
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = message.match(pattern);
    if (match) return translate(match);
  }
  if (DANISH.test(message)) return message;
  return knownDanishMessage(message) ?? GENERIC_MESSAGE;
}

/** The rule a refusal (a 4xx other than a version conflict) names, in Danish, or null when the message is not known. */
export function knownRule(error: ApiError): string | null {
  if (error.statusCode < 400 || error.statusCode >= 500 || error.code === 'VERSION_CONFLICT' || !error.message) return null;
  const translated = toDanishMessage(error.message);
  return translated === GENERIC_MESSAGE ? null : translated;
}
