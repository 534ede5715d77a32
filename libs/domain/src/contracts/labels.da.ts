import type { Phase, RadarRing, SizeClass } from './initiative';
import type { BenefitStatus, BenefitType, MeasurementKind } from './benefits';
import type { RiskActionStatus, RiskCategory, RiskHandler, RiskStatus } from './risks';
import type { RiskBand } from '../risks/risk-score';
import type { ApplicationStatus, FundingCategory, FundingLineStatus, FundingSource } from './funding';

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
