import { RISK_LIMITS } from '@gevinst/domain';

const MAX_MB = Math.round(RISK_LIMITS.importMaxBytes / (1024 * 1024));
const MAX_ROWS = RISK_LIMITS.importMaxRows.toLocaleString('da-DK');

export const TOO_LARGE_MESSAGE = `Filen er for stor. Den må højst fylde ${MAX_MB} MB.`;
export const NOT_XLSX_MESSAGE = 'Filen er ikke en Excel-fil (.xlsx). Gem den som Excel-projektmappe, og prøv igen.';

export const USE_TEMPLATE = 'Brug skabelonen (Hent skabelon), og prøv igen.';
const DAMAGED = 'Filen er beskadiget og kan ikke læses. Gem den igen i Excel som .xlsx, og prøv igen.';

/**
 * The API's file-level messages (400, field "file") are English; each known one gets a Danish sentence, keeping
 * the sheet and column names they mention. Row errors come in Danish already.
 */
const FILE_MESSAGES: ReadonlyArray<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/No sheet "([^"]+)" was found/i, (m) => `Filen har intet ark med navnet "${m[1]}". ${USE_TEMPLATE}`],
  [/The sheet "([^"]+)" has no heading row/i, (m) => `Arket "${m[1]}" har ingen række med kolonneoverskrifter i de første rækker. ${USE_TEMPLATE}`],
  [/The sheet "([^"]+)" has two columns for "([^"]+)"/i, (m) => `Arket "${m[1]}" har to kolonner for "${m[2]}". Behold kun den ene.`],
  [
    /The sheet "([^"]+)" has no column (.+?);/i,
    (m) => `Arket "${m[1]}" mangler ${m[2].includes(' or ') ? 'kolonnerne' : 'kolonnen'} ${m[2].replace(/ or /g, ' og ')}. ${USE_TEMPLATE}`,
  ],
  [/password|encrypt|old \.xls/i, () => 'Filen er beskyttet med adgangskode eller gemt i det gamle .xls-format. Gem den som en ubeskyttet .xlsx-fil, og prøv igen.'],
  [/rows of risks/i, () => `Filen har mere end ${MAX_ROWS} risici. Del den op i flere filer.`],
  [/rows of actions/i, () => 'Filen har for mange rækker med handlinger til én import. Del den op i flere filer.'],
  [/larger than|unpacks to more than \d/i, () => TOO_LARGE_MESSAGE],
  [/could not be read|damaged|more than \d+ parts/i, () => DAMAGED],
  [/not an \.xlsx file|not an Excel workbook/i, () => NOT_XLSX_MESSAGE],
  [/file is empty/i, () => 'Filen er tom.'],
  [/Send one file only|form has too many/i, () => 'Send kun én fil: Excel-filen med risikologgen.'],
  [/Attach the risk log/i, () => 'Vælg en Excel-fil (.xlsx).'],
];

export function toDanishFileMessage(message: string): string {
  for (const [pattern, translate] of FILE_MESSAGES) {
    const match = message.match(pattern);
    if (match) return translate(match);
  }
  return `Filen kunne ikke læses. ${USE_TEMPLATE}`;
}

/** Checks the browser can make before sending: a file, an .xlsx name, not too large. */
export function checkFile(file: Pick<File, 'name' | 'size'> | null): string | null {
  if (!file) return 'Vælg en Excel-fil (.xlsx).';
  if (!/\.xlsx$/i.test(file.name)) return NOT_XLSX_MESSAGE;
  if (file.size === 0) return 'Filen er tom.';
  if (file.size > RISK_LIMITS.importMaxBytes) return TOO_LARGE_MESSAGE;
  return null;
}
