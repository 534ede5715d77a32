import type { RiskBand, RiskRating } from '../risks/risk-score';

/** The municipal risk-log template's categories (politisk, økonomisk, teknisk, juridisk, GDPR, organisatorisk, leverandør). */
export const RISK_CATEGORIES = ['political', 'economic', 'technical', 'legal', 'information_security', 'organisational', 'supplier'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** Who is best placed to handle the risk: the municipality, the supplier, or both (the guide's advice). */
export const RISK_HANDLERS = ['municipality', 'supplier', 'shared'] as const;
export type RiskHandler = (typeof RISK_HANDLERS)[number];

/** Åben, under håndtering, lukket, indtruffet. */
export const RISK_STATUSES = ['open', 'in_progress', 'closed', 'occurred'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
/** Statuses of risks that are still live: they count in heat maps, the portfolio list and the health rules. */
export const LIVE_RISK_STATUSES: readonly RiskStatus[] = ['open', 'in_progress'];

/** Planlagt, i gang, udført. */
export const RISK_ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type RiskActionStatus = (typeof RISK_ACTION_STATUSES)[number];

export const RISK_SORT_FIELDS = ['score', 'residualScore', 'lastReviewedOn', 'identifiedOn', 'initiative'] as const;
export type RiskSortField = (typeof RISK_SORT_FIELDS)[number];

/** Field and import limits shared by the API's validation, the importer and the web forms. */
export const RISK_LIMITS = {
  titleMax: 200,
  textMax: 4000,
  nameMax: 200,
  actionsMax: 20,
  actionMax: 1000,
  /** Days without review after which an open risk is stale (the guide: keep the log alive). */
  staleDays: 90,
  notReviewedDaysMax: 3650,
  /** Upload limits, checked before the workbook is parsed. */
  importMaxBytes: 5 * 1024 * 1024,
  /** Total uncompressed size of all parts of the workbook: stops zip bombs before any XML is read. */
  importMaxUncompressedBytes: 60 * 1024 * 1024,
  importMaxEntries: 500,
  importMaxRows: 5000,
} as const;

export interface RiskAction {
  id: string;
  action: string;
  /** Who carries the action out (free text, as in the template: a name, a team or the supplier). */
  responsible: string | null;
  deadline: string | null;
  status: RiskActionStatus;
  /** Not done and past its deadline. */
  overdue: boolean;
}

export interface RiskActionRequest {
  action: string;
  responsible?: string | null;
  deadline?: string | null;
  status?: RiskActionStatus;
}

export interface Risk {
  id: string;
  initiativeId: string;
  /** Number within the initiative (the template's "Nr."). */
  number: number;
  title: string;
  cause: string | null;
  event: string | null;
  /** What happens if the event occurs (text); the rating is `consequence`. */
  consequenceText: string | null;
  category: RiskCategory;
  probability: RiskRating;
  consequence: RiskRating;
  score: number;
  band: RiskBand;
  handler: RiskHandler | null;
  owner: { id: string; name: string; email: string } | null;
  residualProbability: RiskRating | null;
  residualConsequence: RiskRating | null;
  residualScore: number | null;
  residualBand: RiskBand | null;
  status: RiskStatus;
  identifiedOn: string;
  lastReviewedOn: string | null;
  /** Live and not reviewed for RISK_LIMITS.staleDays days. */
  stale: boolean;
  actions: RiskAction[];
  version: number;
  /** manage: every field (the project lead); update: status, actions and review date (also the risk owner). */
  can: { manage: boolean; update: boolean };
}

export interface RiskRequest {
  title: string;
  cause?: string | null;
  event?: string | null;
  consequenceText?: string | null;
  category: RiskCategory;
  probability: number;
  consequence: number;
  handler?: RiskHandler | null;
  ownerUserId?: string | null;
  residualProbability?: number | null;
  residualConsequence?: number | null;
  status?: RiskStatus;
  /** Defaults to today. */
  identifiedOn?: string;
  lastReviewedOn?: string | null;
  /** The whole list of mitigation actions (replaces the current list). */
  actions?: RiskActionRequest[];
}

/** A change: any field plus the version the client last saw. A risk owner may send only status, actions and lastReviewedOn. */
export interface UpdateRiskRequest extends Partial<RiskRequest> {
  version: number;
}

/** A row of the portfolio risk list: the risk with its initiative. */
export interface RiskListItem extends Omit<Risk, 'actions' | 'can'> {
  initiative: { id: string; code: string; title: string };
  openActions: number;
  overdueActions: number;
}

export interface RiskListQuery {
  initiativeId?: string;
  departmentId?: string;
  band?: RiskBand[];
  category?: RiskCategory[];
  handler?: RiskHandler[];
  /** Default: the live statuses (open, in_progress). */
  status?: RiskStatus[];
  ownerUserId?: string;
  overdueActions?: boolean;
  /** Live risks not reviewed for at least this many days (or never reviewed). */
  notReviewedDays?: number;
  /** A heat-map cell: with `matrix`, the risks in that cell. */
  probability?: number;
  consequence?: number;
  matrix?: HeatMapMatrix;
  sort?: RiskSortField;
  direction?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

/** Before mitigation (the inherent ratings) or after (the residual ratings; unassessed risks keep their inherent cell). */
export const HEAT_MAP_MATRICES = ['before', 'after'] as const;
export type HeatMapMatrix = (typeof HEAT_MAP_MATRICES)[number];

export interface HeatMapCell {
  probability: RiskRating;
  consequence: RiskRating;
  count: number;
}

/** Counts per cell of the 5×5 matrix (only cells with risks are listed). */
export interface RiskHeatMap {
  before: HeatMapCell[];
  after: HeatMapCell[];
  total: number;
  /** Live risks with no residual assessment yet (counted at their inherent cell in `after`). */
  unassessed: number;
}

/** One row's problems in an import preview; `row` is the spreadsheet row number (1-based, as Excel shows it). */
export interface ImportRowError {
  sheet: string;
  row: number;
  column: string | null;
  message: string;
}

export interface RiskImportPreview {
  /** Whether the rows were written (false for a preview or when any row has errors). */
  committed: boolean;
  mode: RiskImportMode;
  rows: Array<Pick<Risk, 'number' | 'title' | 'category' | 'probability' | 'consequence' | 'score' | 'band' | 'status'> & { row: number; actions: number }>;
  errors: ImportRowError[];
}

/** Append to the initiative's log, or replace the whole log with the file's. */
export const RISK_IMPORT_MODES = ['append', 'replace'] as const;
export type RiskImportMode = (typeof RISK_IMPORT_MODES)[number];
