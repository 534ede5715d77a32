import { DECISION_KIND_LABELS, type Decision, PHASE_LABELS } from '@gevinst/domain';

/** "Idé → Analyse" when the decision moved the initiative, else "Fase uændret (Analyse)". */
export function phaseChange(decision: Pick<Decision, 'fromPhase' | 'toPhase'>): string {
  return decision.fromPhase === decision.toPhase
    ? `Fase uændret (${PHASE_LABELS[decision.toPhase]})`
    : `${PHASE_LABELS[decision.fromPhase]} → ${PHASE_LABELS[decision.toPhase]}`;
}

/** One line for a decision: "Godkend fase: Idé → Analyse". */
export function describeDecision(decision: Pick<Decision, 'kind' | 'fromPhase' | 'toPhase'>): string {
  return `${DECISION_KIND_LABELS[decision.kind]}: ${phaseChange(decision)}`;
}

/** "Besluttet af Dorte Direktør i Direktionen", leaving out what is unknown. */
export function decidedBy(decision: Pick<Decision, 'decidedBy' | 'steeringGroup'>): string {
  const who = decision.decidedBy?.name ?? 'ukendt';
  return decision.steeringGroup ? `Besluttet af ${who} i ${decision.steeringGroup.name}` : `Besluttet af ${who}`;
}
