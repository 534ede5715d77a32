import {
  RISK_ACTION_STATUS_LABELS,
  RISK_BAND_LABELS,
  RISK_CATEGORY_LABELS,
  RISK_HANDLER_LABELS,
  RISK_LIMITS,
  RISK_STATUS_LABELS,
} from '@gevinst/domain';
import type { RiskActionStatus, RiskCategory, RiskHandler, RiskStatus } from '@gevinst/domain';

/**
 * The municipal risk-log workbook: sheet names, columns, headings and the rules that recognise a heading or a Danish
 * label in a user's own file. Pure definitions, shared by the writer (export, template) and the reader (import).
 */

export const RISK_SHEET = 'Risikolog';
export const ACTION_SHEET = 'Handlinger';
export const GUIDE_SHEET = 'Vejledning';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DATE_FORMAT = 'dd-mm-yyyy';
export const TEMPLATE_FILE_NAME = 'risikolog-skabelon.xlsx';
export const CREDIT_LINE = "Skabelonen følger kolonnerne i kommunale risikologs (jf. KL's vejledning om digital transformation)";
/** The header row is looked for among the first rows of a sheet, so a title or info line may stand above it. */
export const HEADER_SCAN_ROWS = 10;
/** Each risk has at most RISK_LIMITS.actionsMax actions, so the action sheet is bounded by that many per risk. */
export const MAX_ACTION_ROWS = RISK_LIMITS.importMaxRows * RISK_LIMITS.actionsMax;

/** `risikolog-BAL-2026-014.xlsx` (codes are ASCII letters, digits and dashes). */
export const riskLogFileName = (code: string) => `risikolog-${code.replace(/[^A-Za-z0-9-]/g, '_')}.xlsx`;

/** Column number (1-based) → letters, for messages: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** How a column's cells are read on import. `computed` columns are written on export and never read. */
export type ColumnKind = 'integer' | 'text' | 'rating' | 'category' | 'handler' | 'status' | 'actionStatus' | 'owner' | 'date' | 'computed';

export interface ColumnSpec<K extends string> {
  key: K;
  /** The heading the export and the template write. */
  heading: string;
  kind: ColumnKind;
  required?: boolean;
  /** Column width in the export (characters). */
  width: number;
  /** Other headings accepted on import, compared after `headingName` (the canonical heading is always accepted). */
  aliases?: readonly string[];
  /** Vejledning: what the column means. */
  help: string;
  /** Vejledning: the values it accepts. */
  allowed: string;
}

export type RiskColumnKey =
  | 'number' | 'title' | 'cause' | 'event' | 'consequenceText' | 'category' | 'probability' | 'consequence' | 'score' | 'band'
  | 'handler' | 'owner' | 'residualProbability' | 'residualConsequence' | 'residualScore' | 'residualBand' | 'status'
  | 'identifiedOn' | 'lastReviewedOn';
export type ActionColumnKey = 'riskNumber' | 'action' | 'responsible' | 'deadline' | 'status';

const joinLabels = (labels: Record<string, string>) => Object.values(labels).join(', ');
const RATING = 'Helt tal fra 1 til 5';

/** The Risikolog sheet, in the export's column order. `residualBand` is recognised (and ignored) but not exported. */
export const RISK_COLUMNS: readonly ColumnSpec<RiskColumnKey>[] = [
  { key: 'number', heading: 'Nr.', kind: 'integer', width: 7, aliases: ['nummer', 'risikonr', 'risikonummer', 'lbnr', 'loebenr', 'loebenummer', 'id'],
    help: 'Risikoens nummer i initiativets log. Handlinger henviser til det.', allowed: 'Helt tal, unikt i filen; tomt = næste ledige nummer' },
  { key: 'title', heading: 'Titel', kind: 'text', required: true, width: 36, aliases: ['risikotitel', 'risiko', 'overskrift', 'navn'],
    help: 'Kort navn på risikoen.', allowed: `Tekst, højst ${RISK_LIMITS.titleMax} tegn` },
  { key: 'cause', heading: 'Årsag', kind: 'text', width: 32, aliases: ['aarsager'], help: 'Hvad der kan udløse hændelsen.', allowed: 'Tekst' },
  { key: 'event', heading: 'Hændelse', kind: 'text', width: 32, aliases: ['haendelser', 'risikohaendelse'], help: 'Hvad der kan ske.', allowed: 'Tekst' },
  { key: 'consequenceText', heading: 'Konsekvens', kind: 'text', width: 32, aliases: ['konsekvenser', 'konsekvensbeskrivelse', 'beskrivelseafkonsekvens', 'konsekvenstekst'],
    help: 'Hvad det betyder, hvis hændelsen indtræffer (tekst; vurderingen står i Konsekvens (1-5)).', allowed: 'Tekst' },
  { key: 'category', heading: 'Kategori', kind: 'category', required: true, width: 26, aliases: ['risikokategori', 'risikotype'],
    help: 'Risikoens kategori.', allowed: joinLabels(RISK_CATEGORY_LABELS) },
  { key: 'probability', heading: 'Sandsynlighed (1-5)', kind: 'rating', required: true, width: 15, aliases: ['sandsynlighed', 'sandsynlighedfoertiltag'],
    help: 'Sandsynligheden for at hændelsen indtræffer, før tiltag.', allowed: RATING },
  { key: 'consequence', heading: 'Konsekvens (1-5)', kind: 'rating', required: true, width: 15, aliases: ['k', 'konsekvensfoertiltag'],
    help: 'Hvor alvorlig konsekvensen er, før tiltag.', allowed: RATING },
  { key: 'score', heading: 'Score', kind: 'computed', width: 8, aliases: ['risikoscore', 'sxk', 'sk', 'risikotal'],
    help: 'Sandsynlighed × konsekvens. Beregnes af Gevinst og læses ikke ved import.', allowed: '1-25 (beregnet)' },
  { key: 'band', heading: 'Niveau', kind: 'computed', width: 10, aliases: ['risikoniveau'],
    help: 'Lav (score 1-4), Middel (5-12) eller Høj (15-25). Beregnes og læses ikke ved import.', allowed: joinLabels(RISK_BAND_LABELS) },
  { key: 'handler', heading: 'Håndteres af', kind: 'handler', width: 15, aliases: ['haandteresbedstaf', 'haandtering', 'ansvarligpart', 'part'],
    help: 'Hvem der er bedst til at håndtere risikoen.', allowed: joinLabels(RISK_HANDLER_LABELS) },
  { key: 'owner', heading: 'Risikoejer', kind: 'owner', width: 30, aliases: ['ejer', 'risikoejers', 'ejerafrisiko'],
    help: 'Den bruger i Gevinst, der ejer risikoen.', allowed: 'E-mailadresse eller det fulde navn på en bruger i kommunen (eksporten skriver e-mailadressen)' },
  { key: 'residualProbability', heading: 'Sandsynlighed efter tiltag', kind: 'rating', width: 15, aliases: ['restsandsynlighed', 'sandsynlighedefter', 'residualsandsynlighed'],
    help: 'Sandsynligheden, når handlingerne er gennemført.', allowed: `${RATING}; tomt = ikke vurderet` },
  { key: 'residualConsequence', heading: 'Konsekvens efter tiltag', kind: 'rating', width: 15, aliases: ['restkonsekvens', 'konsekvensefter', 'residualkonsekvens'],
    help: 'Konsekvensen, når handlingerne er gennemført.', allowed: `${RATING}; tomt = ikke vurderet` },
  { key: 'residualScore', heading: 'Score efter tiltag', kind: 'computed', width: 10, aliases: ['restscore', 'scoreefter', 'residualscore'],
    help: 'Score efter tiltag. Beregnes og læses ikke ved import.', allowed: '1-25 (beregnet)' },
  { key: 'residualBand', heading: 'Niveau efter tiltag', kind: 'computed', width: 10, aliases: ['restniveau', 'niveauefter'],
    help: 'Niveau efter tiltag. Beregnes og læses ikke ved import.', allowed: joinLabels(RISK_BAND_LABELS) },
  { key: 'status', heading: 'Status', kind: 'status', width: 17, aliases: ['risikostatus'],
    help: 'Hvor risikoen står.', allowed: `${joinLabels(RISK_STATUS_LABELS)}; tomt = Åben` },
  { key: 'identifiedOn', heading: 'Identificeret', kind: 'date', width: 14, aliases: ['identificeretdato', 'datoidentificeret', 'identificeretden', 'oprettet', 'registreret'],
    help: 'Hvornår risikoen blev identificeret.', allowed: 'Dato (dd-mm-åååå); tomt = importdagen' },
  { key: 'lastReviewedOn', heading: 'Senest gennemgået', kind: 'date', width: 14, aliases: ['sidstgennemgaaet', 'gennemgaaet', 'senestrevideret', 'senestopdateret'],
    help: 'Hvornår risikoen sidst blev gennemgået. Må ikke ligge før Identificeret.', allowed: 'Dato (dd-mm-åååå)' },
];

export const ACTION_COLUMNS: readonly ColumnSpec<ActionColumnKey>[] = [
  { key: 'riskNumber', heading: 'Risiko nr.', kind: 'integer', required: true, width: 10, aliases: ['risikonummer', 'risiko', 'nr', 'risikoid'],
    help: 'Nr. på risikoen i arket Risikolog, som handlingen afbøder.', allowed: 'Et Nr. fra arket Risikolog' },
  { key: 'action', heading: 'Handling', kind: 'text', required: true, width: 50, aliases: ['tiltag', 'afboedendehandling', 'afboedendetiltag', 'handlinger', 'beskrivelse'],
    help: 'Hvad der gøres for at mindske risikoen.', allowed: `Tekst, højst ${RISK_LIMITS.actionMax} tegn; højst ${RISK_LIMITS.actionsMax} handlinger pr. risiko` },
  { key: 'responsible', heading: 'Ansvarlig', kind: 'text', width: 28, aliases: ['ansvar', 'udfoeresaf', 'handlingsansvarlig'],
    help: 'Hvem der udfører handlingen (navn, team eller leverandøren).', allowed: `Tekst, højst ${RISK_LIMITS.nameMax} tegn` },
  { key: 'deadline', heading: 'Frist', kind: 'date', width: 14, aliases: ['deadline', 'tidsfrist', 'slutdato', 'senest'],
    help: 'Hvornår handlingen skal være udført. Må ikke ligge før risikoen blev identificeret.', allowed: 'Dato (dd-mm-åååå)' },
  { key: 'status', heading: 'Status', kind: 'actionStatus', width: 12, aliases: ['handlingsstatus'],
    help: 'Hvor handlingen står.', allowed: `${joinLabels(RISK_ACTION_STATUS_LABELS)}; tomt = Planlagt` },
];

/** The export's columns: every Risikolog column but the residual band. */
export const EXPORT_RISK_COLUMNS = RISK_COLUMNS.filter((c) => c.key !== 'residualBand');

const LETTERS: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue' };

/** Lower case with æ/ø/å spelt ae/oe/aa (as they are on a keyboard without them) and other accents dropped. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöü]/g, (c) => LETTERS[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** A label compared only by its letters and digits: "Under håndtering", "under-haandtering" and "UNDER HÅNDTERING" are one. */
export const normaliseLabel = (text: string) => fold(text).replace(/[^a-z0-9]/g, '');

/** "1-5", "1 – 5", "(1 til 5)": the rating scale written in a heading. */
const SCALE = /(^|[^0-9])1\s*(?:-|–|—|til)\s*5(?![0-9])/g;

/** A heading's comparable name and whether it names the 1–5 scale: "Konsekvens (1-5)" → { name: "konsekvens", scale: true }. */
export function headingName(text: string): { name: string; scale: boolean } {
  const folded = fold(text);
  const scale = new RegExp(SCALE.source).test(folded);
  return { name: folded.replace(SCALE, '$1').replace(/[^a-z0-9]/g, ''), scale };
}

/** The index key of a heading: its name, marked when it names the scale ("konsekvens" is not "konsekvens 1-5"). */
const indexKey = ({ name, scale }: { name: string; scale: boolean }) => (scale ? `${name}#1-5` : name);

function headingIndex<K extends string>(columns: readonly ColumnSpec<K>[]): Map<string, K> {
  const index = new Map<string, K>();
  for (const column of columns) {
    for (const name of [indexKey(headingName(column.heading)), ...(column.aliases ?? [])]) {
      if (index.has(name) && index.get(name) !== column.key) throw new Error(`Heading "${name}" is ambiguous`);
      index.set(name, column.key);
    }
  }
  return index;
}

const RISK_HEADINGS = headingIndex(RISK_COLUMNS);
const ACTION_HEADINGS = headingIndex(ACTION_COLUMNS);

/**
 * The Risikolog column a heading names, or null. Headings are compared by `headingName` (case, spaces, punctuation and
 * æ/ø/å spellings do not matter) against each column's heading and aliases, whole names only: "S" is not
 * "Sandsynlighed". "Konsekvens" is the description (text) and "Konsekvens (1-5)" the rating: a heading that names the
 * scale 1-5, or the rating's short form "K", is the rating.
 */
export const riskColumnOf = (heading: string): RiskColumnKey | null => lookUp(RISK_HEADINGS, heading);
export const actionColumnOf = (heading: string): ActionColumnKey | null => lookUp(ACTION_HEADINGS, heading);

/** A heading that names the scale matches a heading with the scale first, else the same name without it. */
function lookUp<K extends string>(index: Map<string, K>, heading: string): K | null {
  const parsed = headingName(heading);
  if (parsed.name === '') return null;
  return index.get(indexKey(parsed)) ?? index.get(parsed.name) ?? null;
}

export const riskColumn = (key: RiskColumnKey) => RISK_COLUMNS.find((c) => c.key === key) as ColumnSpec<RiskColumnKey>;
export const actionColumn = (key: ActionColumnKey) => ACTION_COLUMNS.find((c) => c.key === key) as ColumnSpec<ActionColumnKey>;

/** Which layout a sheet's name announces ("Risikolog", "risiko-log", "Handlinger"…), if any. */
export function sheetKindOfName(name: string | undefined): 'risks' | 'actions' | 'guide' | null {
  const normalised = normaliseLabel(name ?? '');
  if (['risikolog', 'risikologs', 'risici', 'risikoregister'].includes(normalised)) return 'risks';
  if (['handlinger', 'handlingsplan', 'tiltag', 'afboedendehandlinger'].includes(normalised)) return 'actions';
  if (['vejledning', 'omudtraekket', 'hjaelp'].includes(normalised)) return 'guide';
  return null;
}

/** Label variants accepted on import, besides each Danish label and the API's own value. */
const CATEGORY_VARIANTS: Record<RiskCategory, readonly string[]> = {
  political: ['politik', 'politiske'],
  economic: ['oekonomi', 'oekonomiske', 'budget', 'finansiel', 'finansiering'],
  technical: ['teknik', 'tekniske', 'teknologi', 'teknologisk', 'it'],
  legal: ['jura', 'juridiske', 'lovgivning', 'retlig'],
  information_security: ['informationssikkerhed', 'gdpr', 'informationssikkerhedoggdpr', 'gdprinformationssikkerhed', 'databeskyttelse', 'itsikkerhed', 'sikkerhed', 'persondata'],
  organisational: ['organisation', 'organisationen', 'organisatoriske', 'organisering'],
  supplier: ['leverandoeren', 'leverandoerer', 'leverandoermaessig', 'leverandoerforhold'],
};
const HANDLER_VARIANTS: Record<RiskHandler, readonly string[]> = {
  municipality: ['kommune', 'kommunal'],
  supplier: ['leverandoer', 'leverandoererne'],
  shared: ['begge', 'faelles', 'faellesansvar', 'kommuneogleverandoer', 'kommunenogleverandoeren', 'beggeparter'],
};
const STATUS_VARIANTS: Record<RiskStatus, readonly string[]> = {
  open: ['aaben', 'aabent', 'aabne', 'ny', 'aktiv'],
  in_progress: ['haandteres', 'underhaandtering', 'ihaandtering', 'igang', 'underbehandling', 'behandles'],
  closed: ['lukket', 'lukkede', 'afsluttet', 'ophoert'],
  occurred: ['indtruffet', 'indtraadt', 'sket', 'realiseret'],
};
const ACTION_STATUS_VARIANTS: Record<RiskActionStatus, readonly string[]> = {
  planned: ['planlagt', 'ikkestartet', 'ikkepaabegyndt', 'ny'],
  in_progress: ['igang', 'paabegyndt', 'underudfoerelse', 'igangsat'],
  done: ['udfoert', 'faerdig', 'afsluttet', 'gennemfoert', 'lukket'],
};

/** Reads a Danish label (or a variant, or the API's value) into its value; unknown labels give null. */
export interface LabelReader<T extends string> {
  read(text: string): T | null;
  /** The Danish labels, for messages and the template's drop-down lists. */
  labels: Record<T, string>;
}

function labelReader<T extends string>(labels: Record<T, string>, variants: Record<T, readonly string[]>): LabelReader<T> {
  const index = new Map<string, T>();
  for (const value of Object.keys(labels) as T[]) {
    for (const name of [labels[value], value, ...variants[value]].map(normaliseLabel)) {
      if (index.has(name) && index.get(name) !== value) throw new Error(`Label "${name}" is ambiguous`);
      index.set(name, value);
    }
  }
  return { read: (text) => index.get(normaliseLabel(text)) ?? null, labels };
}

export const CATEGORY_LABELS = labelReader(RISK_CATEGORY_LABELS, CATEGORY_VARIANTS);
export const HANDLER_LABELS = labelReader(RISK_HANDLER_LABELS, HANDLER_VARIANTS);
export const STATUS_LABELS = labelReader(RISK_STATUS_LABELS, STATUS_VARIANTS);
export const ACTION_STATUS_LABELS = labelReader(RISK_ACTION_STATUS_LABELS, ACTION_STATUS_VARIANTS);
