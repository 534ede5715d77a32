import { GOVERNANCE_LIMITS as L } from '../contracts/governance';

/**
 * Systematic prioritisation (the guide's theme "prioritering", DESIGN PRI-1): weighted criteria, a score per
 * initiative and a ranked list cut off where the available funding runs out. Pure functions; the API is authoritative.
 */

export interface WeightedCriterion {
  id: string;
  /** Whole percent; an organisation's weights sum to 100. */
  weight: number;
  /** A criterion like risk counts against the priority: a high score lowers it. */
  inverse: boolean;
}

export interface CriterionScore {
  criterionId: string;
  /** 0 (none) to 5 (very high), whole. */
  score: number;
}

/**
 * The priority score 0–100: Σ weight × (inverse ? 5 − score : score) / 5. Null unless every criterion is scored
 * (and null without criteria). Scores of criteria that are not in the list are ignored. A score outside 0–5 or not
 * a whole number is a programming error (the API validates first) and throws a RangeError.
 */
export function priorityScore(criteria: readonly WeightedCriterion[], scores: readonly CriterionScore[]): number | null {
  if (criteria.length === 0) return null;
  const byCriterion = new Map<string, number>();
  for (const { criterionId, score } of scores) {
    if (!Number.isInteger(score) || score < 0 || score > L.scoreMax) throw new RangeError(`${score} is not a score from 0 to ${L.scoreMax}`);
    byCriterion.set(criterionId, score);
  }
  // Σ weight × points is a whole number; one division at the end keeps equal sums equal.
  let points = 0;
  for (const criterion of criteria) {
    const score = byCriterion.get(criterion.id);
    if (score === undefined) return null;
    points += criterion.weight * (criterion.inverse ? L.scoreMax - score : score);
  }
  return points / L.scoreMax;
}

export type WeightProblemCode = 'count' | 'weight' | 'sum' | 'duplicate_name';

/** One thing wrong with a set of criteria, with the request field it belongs to (`criteria`, `criteria.2.weight`). */
export interface WeightProblem {
  code: WeightProblemCode;
  field: string;
  message: string;
}

/**
 * What is wrong with a whole set of criteria (empty: a valid set): 1–10 criteria, every weight a whole number
 * from 0 to 100, weights summing to exactly 100, and no two names alike (ignoring case and surrounding space).
 * The sum is only checked when every weight is valid, so one mistake gives one message. Messages are Danish (UI).
 */
export function validateWeights(criteria: readonly { name: string; weight: number }[]): WeightProblem[] {
  const problems: WeightProblem[] = [];
  if (criteria.length < L.criteriaMin || criteria.length > L.criteriaMax) {
    problems.push({
      code: 'count',
      field: 'criteria',
      message: `Der skal være mellem ${L.criteriaMin} og ${L.criteriaMax} kriterier (der er ${criteria.length})`,
    });
  }
  let weightsValid = true;
  criteria.forEach((criterion, index) => {
    if (!Number.isInteger(criterion.weight) || criterion.weight < 0 || criterion.weight > L.weightTotal) {
      weightsValid = false;
      problems.push({ code: 'weight', field: `criteria.${index}.weight`, message: `Vægten skal være et helt tal fra 0 til ${L.weightTotal}` });
    }
  });
  if (weightsValid && criteria.length > 0) {
    const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
    if (total !== L.weightTotal) {
      problems.push({ code: 'sum', field: 'criteria', message: `Vægtene skal summe til ${L.weightTotal} (i alt ${total})` });
    }
  }
  const seen = new Set<string>();
  criteria.forEach((criterion, index) => {
    const key = criterion.name.trim().toLocaleLowerCase('da-DK');
    if (seen.has(key)) {
      problems.push({ code: 'duplicate_name', field: `criteria.${index}.name`, message: `Navnet „${criterion.name.trim()}“ er brugt mere end én gang` });
    }
    seen.add(key);
  });
  return problems;
}

export interface RankInput {
  id: string;
  /** Ties are broken by code when given (e.g. BAL-2026-014), then by id. */
  code?: string;
  score: number;
  /** Whole øre, so cumulative sums stay exact. */
  cost: number;
}

export type Ranked<T extends RankInput> = T & {
  /** 1, 2, 3 … in ranked order. */
  rank: number;
  /** This item's cost plus every cost ranked above it, øre. */
  cumulativeCost: number;
  /** Above the cut-off line: the cumulative cost fits within what is available. */
  funded: boolean;
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Ranks by score (highest first; ties by code, then id, so the order never depends on the input's), adds the
 * cumulative cost and marks as funded what fits: cumulative cost ≤ available. Costs and `available` are whole øre
 * (non-negative safe integers, else a RangeError). The funded items are always a prefix of the ranking.
 */
export function rankWithCutoff<T extends RankInput>(items: readonly T[], available: number): Ranked<T>[] {
  const whole = (value: number, what: string) => {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} ${value} is not a whole, non-negative number of øre`);
  };
  whole(available, 'available');
  items.forEach((item) => whole(item.cost, `cost of ${item.id}`));
  const sorted = [...items].sort((a, b) => b.score - a.score || byText(a.code ?? a.id, b.code ?? b.id) || byText(a.id, b.id));
  let cumulativeCost = 0;
  return sorted.map((item, index) => {
    cumulativeCost += item.cost;
    if (!Number.isSafeInteger(cumulativeCost)) throw new RangeError('The cumulative cost exceeds what is exact');
    return { ...item, rank: index + 1, cumulativeCost, funded: cumulativeCost <= available };
  });
}
