import type { Phase, RadarRing, SizeClass } from './initiative';
import type { BenefitStatus, BenefitType, MeasurementKind } from './benefits';
import type { RiskActionStatus, RiskCategory, RiskHandler, RiskStatus } from './risks';
import type { RiskBand } from '../risks/risk-score';
import type { ApplicationStatus, FundingCategory, FundingLineStatus, FundingSource } from './funding';
import type {
  AgendaReason,
  DecisionKind,
  Rag,
  ReportDimension,
  ReportStatus,
  ReviewCycle,
  ReviewStatus,
  RiskAppetite,
  SteeringLevel,
} from './governance';
import type { HealthSeverity, HealthTheme } from '../health/health-finding';

/** Danish display labels for the enums (UI text is Danish, code is English). */
export const PHASE_LABELS: Record<Phase, string> = {
  idea: 'Idé',
  analysis: 'Analyse',
  implementation: 'Gennemførelse',
  realisation: 'Realisering',
  closed: 'Afsluttet',
  paused: 'På pause',
  stopped: 'Stoppet',
};

export const SIZE_CLASS_LABELS: Record<SizeClass, string> = {
  small: 'Lille',
  large: 'Stor',
};

export const RADAR_RING_LABELS: Record<RadarRing, string> = {
  adopt: 'Klar',
  trial: 'Afprøv',
  assess: 'Hold øje',
  hold: 'Afvent',
};

export const BENEFIT_TYPE_LABELS: Record<BenefitType, string> = {
  economic: 'Økonomisk',
  time: 'Frigjort tid',
  quality: 'Kvalitet',
  citizen_experience: 'Borgeroplevelse',
  other: 'Andet',
};

export const BENEFIT_STATUS_LABELS: Record<BenefitStatus, string> = {
  planned: 'Planlagt',
  in_progress: 'Under realisering',
  realised: 'Realiseret',
  not_realised: 'Ikke realiseret',
};

export const MEASUREMENT_KIND_LABELS: Record<MeasurementKind, string> = {
  before: 'Før',
  during: 'Undervejs',
  after: 'Efter',
};

export const RISK_CATEGORY_LABELS: Record<RiskCategory, string> = {
  political: 'Politisk',
  economic: 'Økonomisk',
  technical: 'Teknisk',
  legal: 'Juridisk',
  information_security: 'Informationssikkerhed/GDPR',
  organisational: 'Organisatorisk',
  supplier: 'Leverandør',
};

export const RISK_HANDLER_LABELS: Record<RiskHandler, string> = {
  municipality: 'Kommunen',
  supplier: 'Leverandøren',
  shared: 'Fælles',
};

export const RISK_STATUS_LABELS: Record<RiskStatus, string> = {
  open: 'Åben',
  in_progress: 'Under håndtering',
  closed: 'Lukket',
  occurred: 'Indtruffet',
};

export const RISK_ACTION_STATUS_LABELS: Record<RiskActionStatus, string> = {
  planned: 'Planlagt',
  in_progress: 'I gang',
  done: 'Udført',
};

export const RISK_BAND_LABELS: Record<RiskBand, string> = {
  low: 'Lav',
  medium: 'Middel',
  high: 'Høj',
};

export const FUNDING_CATEGORY_LABELS: Record<FundingCategory, string> = {
  acquisition: 'Anskaffelse',
  implementation: 'Implementering',
  operation: 'Drift',
  risk_reserve: 'Risikopulje',
  other: 'Andet',
};

export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
  own_budget: 'Eget budget',
  pool: 'Pulje',
  central: 'Centrale midler',
  external_grant: 'Eksternt tilskud',
};

export const FUNDING_LINE_STATUS_LABELS: Record<FundingLineStatus, string> = {
  proposed: 'Foreslået',
  confirmed: 'Bekræftet',
};

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  applied: 'Ansøgt',
  granted: 'Bevilget',
  rejected: 'Afslået',
};

export const RAG_LABELS: Record<Rag, string> = {
  green: 'Grøn',
  amber: 'Gul',
  red: 'Rød',
};

export const REPORT_DIMENSION_LABELS: Record<ReportDimension, string> = {
  scope: 'Omfang',
  time: 'Tid',
  budget: 'Økonomi',
  benefits: 'Gevinster',
  risks: 'Risici',
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Kladde',
  submitted: 'Indsendt',
};

export const DECISION_KIND_LABELS: Record<DecisionKind, string> = {
  approve_phase: 'Godkend fase',
  continue: 'Fortsæt',
  reprioritise: 'Omprioritér',
  pause: 'Sæt på pause',
  stop: 'Stop',
  scale: 'Skalér',
};

export const STEERING_LEVEL_LABELS: Record<SteeringLevel, string> = {
  directorate: 'Direktion',
  department: 'Forvaltning',
  project: 'Projekt',
};

export const AGENDA_REASON_LABELS: Record<AgendaReason, string> = {
  gate_request: 'Anmodning om fase-gate',
  red_status: 'Rød status',
  amber_status: 'Gul status',
  decision_requested: 'Ønsker en beslutning',
  overdue_follow_up: 'Opfølgning forfalden',
  added: 'Tilføjet manuelt',
};

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  planned: 'Planlagt',
  held: 'Afholdt',
};

export const REVIEW_CYCLE_LABELS: Record<ReviewCycle, string> = {
  month: 'Måned',
  quarter: 'Kvartal',
};

export const RISK_APPETITE_LABELS: Record<RiskAppetite, string> = {
  averse: 'Risikoavers',
  cautious: 'Forsigtig',
  open: 'Åben',
};

export const HEALTH_SEVERITY_LABELS: Record<HealthSeverity, string> = {
  error: 'Fejl',
  warning: 'Advarsel',
};

/** The advice themes' short names (the catalogue's titles), without pulling the catalogue's text into a bundle. */
export const HEALTH_THEME_LABELS: Record<HealthTheme, string> = {
  'strategi-og-retning': 'Strategi og retning',
  prioritering: 'Prioritering',
  maal: 'Mål',
  'roller-og-ansvar': 'Roller og ansvar',
  governance: 'Governance og koordinering',
  finansiering: 'Finansiering',
  risikovurdering: 'Risikovurdering',
  gevinstrealisering: 'Gevinstrealisering',
  'metode-og-procedure': 'Metode og procedure',
  'inddragelse-og-ejerskab': 'Inddragelse og ejerskab',
  kommunikation: 'Kommunikation',
  kompetencer: 'Kompetencer',
  ledelse: 'Ledelse',
  fundamenter: 'Fundamenter',
  sammenhaeng: 'Sammenhæng',
  data: 'Data',
};
