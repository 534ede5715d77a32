import {
  type HeatMapCell,
  type HeatMapMatrix,
  LIVE_RISK_STATUSES,
  RISK_SCALE,
  type RiskBand,
  type RiskHeatMap,
  type RiskRating,
  type RiskStatus,
  riskBand,
} from '@gevinst/domain';

/** One cell of a heat map, to draw. */
export interface HeatMapGridCell {
  probability: RiskRating;
  consequence: RiskRating;
  score: number;
  band: RiskBand;
  count: number;
}

/** A row of the grid: one probability, consequences 1 → 5. */
export interface HeatMapGridRow {
  probability: RiskRating;
  cells: HeatMapGridCell[];
}

/** A cell of the matrix chosen as a filter. */
export interface HeatMapCellFilter {
  matrix: HeatMapMatrix;
  probability: RiskRating;
  consequence: RiskRating;
}

/** Probability 5 at the top, consequence 1 at the left, as the municipal templates draw it. */
export const PROBABILITIES_TOP_DOWN: readonly RiskRating[] = [...RISK_SCALE].reverse();

/** The full 5×5 grid from the API's non-empty cells (missing cells count 0). */
export function heatMapGrid(cells: readonly HeatMapCell[]): HeatMapGridRow[] {
  const counts = new Map(cells.map((c) => [`${c.probability}:${c.consequence}`, c.count]));
  return PROBABILITIES_TOP_DOWN.map((probability) => ({
    probability,
    cells: RISK_SCALE.map((consequence) => {
      const score = probability * consequence;
      return { probability, consequence, score, band: riskBand(score), count: counts.get(`${probability}:${consequence}`) ?? 0 };
    }),
  }));
}

interface RatedRisk {
  status: RiskStatus;
  probability: RiskRating;
  consequence: RiskRating;
  residualProbability: RiskRating | null;
  residualConsequence: RiskRating | null;
}

const isLive = (risk: { status: RiskStatus }) => LIVE_RISK_STATUSES.includes(risk.status);
const isAssessedAfter = (risk: RatedRisk) => risk.residualProbability !== null && risk.residualConsequence !== null;

/** The cell a risk sits in: its inherent ratings before mitigation; after, its residual ones (inherent if not assessed). */
export function cellOf(risk: RatedRisk, matrix: HeatMapMatrix): { probability: RiskRating; consequence: RiskRating } {
  if (matrix === 'after' && isAssessedAfter(risk)) {
    return { probability: risk.residualProbability as RiskRating, consequence: risk.residualConsequence as RiskRating };
  }
  return { probability: risk.probability, consequence: risk.consequence };
}

/** The heat maps of one initiative's log, counted in the browser the way the API counts the portfolio's: live risks only. */
export function heatMapOf(risks: readonly RatedRisk[]): RiskHeatMap {
  const live = risks.filter(isLive);
  const count = (matrix: HeatMapMatrix): HeatMapCell[] => {
    const byCell = new Map<string, HeatMapCell>();
    for (const risk of live) {
      const { probability, consequence } = cellOf(risk, matrix);
      const key = `${probability}:${consequence}`;
      const cell = byCell.get(key) ?? { probability, consequence, count: 0 };
      cell.count += 1;
      byCell.set(key, cell);
    }
    return [...byCell.values()];
  };
  return { before: count('before'), after: count('after'), total: live.length, unassessed: live.filter((r) => !isAssessedAfter(r)).length };
}

/** Whether a risk is one the cell filter selects (a live risk in that cell of that matrix). */
export function inCell(risk: RatedRisk, filter: HeatMapCellFilter): boolean {
  if (!isLive(risk)) return false;
  const cell = cellOf(risk, filter.matrix);
  return cell.probability === filter.probability && cell.consequence === filter.consequence;
}

/** "1 risiko", "3 risici". */
export function riskCount(count: number): string {
  return count === 1 ? '1 risiko' : `${count.toLocaleString('da-DK')} risici`;
}

/** The cell's accessible name: "Sandsynlighed 4, konsekvens 5: 3 risici". */
export function cellName(cell: { probability: number; consequence: number; count: number }): string {
  return `Sandsynlighed ${cell.probability}, konsekvens ${cell.consequence}: ${riskCount(cell.count)}`;
}

export const MATRIX_LABELS: Record<HeatMapMatrix, string> = {
  before: 'før tiltag',
  after: 'efter tiltag',
};

/** "Sandsynlighed 4, konsekvens 5 (før tiltag)". */
export function describeCell(filter: HeatMapCellFilter): string {
  return `Sandsynlighed ${filter.probability}, konsekvens ${filter.consequence} (${MATRIX_LABELS[filter.matrix]})`;
}
