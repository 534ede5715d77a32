import { daysBetween } from '../calculations/calendar';

/** Probability and consequence are rated 1–5 in the municipal risk-log template. */
export const RISK_SCALE = [1, 2, 3, 4, 5] as const;
export type RiskRating = (typeof RISK_SCALE)[number];

export const RISK_BANDS = ['low', 'medium', 'high'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

export const isRiskRating = (value: unknown): value is RiskRating => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;

/** Score = probability × consequence (1–25). */
export function riskScore(probability: RiskRating, consequence: RiskRating): number {
  if (!isRiskRating(probability) || !isRiskRating(consequence)) throw new RangeError('probability and consequence must be whole numbers 1–5');
  return probability * consequence;
}

/**
 * Band of a score: 1–4 low, 5–12 medium, 15–25 high. P×K on a 5×5 grid never gives 13 or 14, so the bands
 * cover every possible score.
 */
export function riskBand(score: number): RiskBand {
  if (!Number.isInteger(score) || score < 1 || score > 25) throw new RangeError(`Invalid risk score: ${score}`);
  return RISK_BANDS.find((band) => score <= RISK_BAND_RANGES[band][1]) as RiskBand;
}

/** Inclusive score range of each band (the API filters by band in SQL with these). */
export const RISK_BAND_RANGES: Record<RiskBand, readonly [min: number, max: number]> = {
  low: [1, 4],
  medium: [5, 12],
  high: [15, 25],
};

/** An open risk is stale when it has not been reviewed for `days` days (the guide: keep the log alive). */
export function isRiskStale(lastReviewed: string, today: string, days = 90): boolean {
  return daysBetween(lastReviewed, today) > days;
}


/** A never-reviewed risk counts from the day it was identified. */
export const lastReviewOf = (risk: { identifiedOn: string; lastReviewedOn: string | null }): string => risk.lastReviewedOn ?? risk.identifiedOn;

/** An action is overdue when it is not done and its deadline has passed. */
export const isActionOverdue = (action: { deadline: string | null; status: string }, today: string): boolean =>
  action.status !== 'done' && action.deadline !== null && action.deadline < today;

export interface RatedRisk {
  probability: number;
  consequence: number;
  residualProbability?: number | null;
  residualConsequence?: number | null;
}

/**
 * The residual ratings (after the actions) that exceed the inherent ones. Actions lower a risk; a residual rating above
 * the one before them is a mistake in the assessment, so it is refused rather than stored and flagged.
 */
export function residualAboveInherent(risk: RatedRisk): ('residualProbability' | 'residualConsequence')[] {
  const above: ('residualProbability' | 'residualConsequence')[] = [];
  if (risk.residualProbability != null && risk.residualProbability > risk.probability) above.push('residualProbability');
  if (risk.residualConsequence != null && risk.residualConsequence > risk.consequence) above.push('residualConsequence');
  return above;
}
