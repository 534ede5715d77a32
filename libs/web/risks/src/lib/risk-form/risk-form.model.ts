import { type AbstractControl, FormArray, FormControl, FormGroup, type ValidationErrors, Validators } from '@angular/forms';
import {
  RISK_LIMITS,
  type Risk,
  type RiskAction,
  type RiskActionRequest,
  type RiskActionStatus,
  type RiskCategory,
  type RiskHandler,
  type RiskRating,
  type RiskRequest,
  type RiskStatus,
} from '@gevinst/domain';
import { fromIsoDate, toIsoDate } from '@gevinst/web/ui';
import { requiredText } from '../shared/form-errors';

export type ActionRow = FormGroup<{
  action: FormControl<string>;
  responsible: FormControl<string>;
  deadline: FormControl<Date | null>;
  status: FormControl<RiskActionStatus>;
}>;

/** Control names equal the request's property names, so server field errors map one to one. */
export type RiskForm = FormGroup<{
  title: FormControl<string>;
  cause: FormControl<string>;
  event: FormControl<string>;
  consequenceText: FormControl<string>;
  category: FormControl<RiskCategory | null>;
  probability: FormControl<RiskRating | null>;
  consequence: FormControl<RiskRating | null>;
  handler: FormControl<RiskHandler | null>;
  ownerUserId: FormControl<string | null>;
  residualProbability: FormControl<RiskRating | null>;
  residualConsequence: FormControl<RiskRating | null>;
  status: FormControl<RiskStatus>;
  identifiedOn: FormControl<Date | null>;
  lastReviewedOn: FormControl<Date | null>;
  actions: FormArray<ActionRow>;
}>;

/** What the risk owner (risk.update without risk.manage) may change; everything else is shown read-only. */
export const OWNER_FIELDS = ['status', 'actions', 'lastReviewedOn'] as const;

const text = (max: number, required = false) =>
  new FormControl('', { nonNullable: true, validators: [...(required ? [requiredText] : []), Validators.maxLength(max)] });

/** Residual probability and consequence go together: the one missing gets the error. */
function residualPair(other: 'residualProbability' | 'residualConsequence') {
  return (control: AbstractControl<RiskRating | null>): ValidationErrors | null => {
    const form = control.parent as RiskForm | null;
    if (!form) return null;
    return control.value === null && form.controls[other].value !== null ? { residualPair: true } : null;
  };
}

/** An action's deadline, and the review date, cannot lie before the day the risk was identified. */
function notBeforeIdentified(control: AbstractControl<Date | null>): ValidationErrors | null {
  const identified = toIsoDate((control.root as Partial<RiskForm>).controls?.identifiedOn?.value);
  const deadline = toIsoDate(control.value);
  return identified && deadline && deadline < identified ? { beforeIdentified: true } : null;
}

export function actionRow(action?: Pick<RiskAction, 'action' | 'responsible' | 'deadline' | 'status'>): ActionRow {
  return new FormGroup({
    action: new FormControl(action?.action ?? '', {
      nonNullable: true,
      validators: [requiredText, Validators.maxLength(RISK_LIMITS.actionMax)],
    }),
    responsible: new FormControl(action?.responsible ?? '', { nonNullable: true, validators: [Validators.maxLength(RISK_LIMITS.nameMax)] }),
    deadline: new FormControl<Date | null>(fromIsoDate(action?.deadline), notBeforeIdentified),
    status: new FormControl<RiskActionStatus>(action?.status ?? 'planned', { nonNullable: true }),
  });
}

export function createRiskForm(today: Date): RiskForm {
  const form: RiskForm = new FormGroup({
    title: text(RISK_LIMITS.titleMax, true),
    cause: text(RISK_LIMITS.textMax),
    event: text(RISK_LIMITS.textMax),
    consequenceText: text(RISK_LIMITS.textMax),
    category: new FormControl<RiskCategory | null>(null, Validators.required),
    probability: new FormControl<RiskRating | null>(null, Validators.required),
    consequence: new FormControl<RiskRating | null>(null, Validators.required),
    handler: new FormControl<RiskHandler | null>(null),
    ownerUserId: new FormControl<string | null>(null),
    residualProbability: new FormControl<RiskRating | null>(null, residualPair('residualConsequence')),
    residualConsequence: new FormControl<RiskRating | null>(null, residualPair('residualProbability')),
    status: new FormControl<RiskStatus>('open', { nonNullable: true }),
    identifiedOn: new FormControl<Date | null>(today, Validators.required),
    lastReviewedOn: new FormControl<Date | null>(null, notBeforeIdentified),
    actions: new FormArray<ActionRow>([]),
  });
  const controls = form.controls;
  // The pair's checks read each other; the deadlines read the identified date.
  controls.residualProbability.valueChanges.subscribe(() => controls.residualConsequence.updateValueAndValidity({ emitEvent: false }));
  controls.residualConsequence.valueChanges.subscribe(() => controls.residualProbability.updateValueAndValidity({ emitEvent: false }));
  controls.identifiedOn.valueChanges.subscribe(() => {
    controls.lastReviewedOn.updateValueAndValidity({ emitEvent: false });
    for (const row of controls.actions.controls) row.controls.deadline.updateValueAndValidity({ emitEvent: false });
  });
  return form;
}

export function fillRiskForm(form: RiskForm, risk: Risk): void {
  // The actions are rebuilt after the reset: resetting a row would clear its (nullable) deadline.
  const actions = form.controls.actions;
  actions.clear({ emitEvent: false });
  form.reset({
    title: risk.title,
    cause: risk.cause ?? '',
    event: risk.event ?? '',
    consequenceText: risk.consequenceText ?? '',
    category: risk.category,
    probability: risk.probability,
    consequence: risk.consequence,
    handler: risk.handler,
    ownerUserId: risk.owner?.id ?? null,
    residualProbability: risk.residualProbability,
    residualConsequence: risk.residualConsequence,
    status: risk.status,
    identifiedOn: fromIsoDate(risk.identifiedOn),
    lastReviewedOn: fromIsoDate(risk.lastReviewedOn),
  });
  for (const action of risk.actions) actions.push(actionRow(action), { emitEvent: false });
  actions.updateValueAndValidity();
}

/**
 * Read-only what the user may not change: the risk owner keeps status, actions and the review date current;
 * someone who may do neither sees the risk only.
 */
export function lockRiskForm(form: RiskForm, can: { manage: boolean; update: boolean }): void {
  if (can.manage) return;
  for (const [name, control] of Object.entries(form.controls)) {
    const ownerField = (OWNER_FIELDS as readonly string[]).includes(name);
    if (!can.update || !ownerField) control.disable({ emitEvent: false });
  }
}

const optional = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function toActionRequests(form: RiskForm): RiskActionRequest[] {
  return form.controls.actions.getRawValue().map((row) => ({
    action: row.action.trim(),
    responsible: optional(row.responsible),
    deadline: toIsoDate(row.deadline),
    status: row.status,
  }));
}

/** The request for a valid form; empty optional fields are sent as null so that clearing them clears them. */
export function toRiskRequest(form: RiskForm): RiskRequest {
  const value = form.getRawValue();
  return {
    title: value.title.trim(),
    cause: optional(value.cause),
    event: optional(value.event),
    consequenceText: optional(value.consequenceText),
    category: value.category as RiskCategory,
    probability: value.probability as RiskRating,
    consequence: value.consequence as RiskRating,
    handler: value.handler,
    ownerUserId: value.ownerUserId,
    residualProbability: value.residualProbability,
    residualConsequence: value.residualConsequence,
    status: value.status,
    identifiedOn: toIsoDate(value.identifiedOn) ?? undefined,
    lastReviewedOn: toIsoDate(value.lastReviewedOn),
    actions: toActionRequests(form),
  };
}

/** What the risk owner sends: only the fields the API lets them change. */
export function toOwnerUpdate(form: RiskForm): Pick<RiskRequest, (typeof OWNER_FIELDS)[number]> {
  const value = form.getRawValue();
  return { status: value.status, actions: toActionRequests(form), lastReviewedOn: toIsoDate(value.lastReviewedOn) };
}

const REQUIRED: Record<string, string> = {
  title: 'Skriv risikoens titel',
  category: 'Vælg en kategori',
  probability: 'Vælg sandsynligheden',
  consequence: 'Vælg konsekvensen',
  identifiedOn: 'Skriv datoen, risikoen blev identificeret',
  action: 'Beskriv tiltaget',
};

export function riskRequiredMessage(name: string): string {
  return REQUIRED[name] ?? 'Feltet skal udfyldes';
}
