import { residualAboveInherent, RISK_LIMITS, riskBand, riskScore } from '@gevinst/domain';
import type { ImportRowError, RiskImportMode, RiskImportPreview, RiskRating } from '@gevinst/domain';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { ImportedRiskDto } from './dto/risk.dto';
import { danishDateText, Parsed, parseDate, parseInteger, parseLabel, parseRating, parseText, RawCell } from './risk-log-cells';
import {
  ACTION_COLUMNS,
  ACTION_STATUS_LABELS,
  ActionColumnKey,
  CATEGORY_LABELS,
  HANDLER_LABELS,
  RISK_COLUMNS,
  RiskColumnKey,
  STATUS_LABELS,
} from './risk-log-layout';
import type { ReadRiskLog, ReadSheet, SheetRow } from './risk-log-reader';

/** Users of the organisation that the file's owners may name: by e-mail (lower case) and by full name (`ownerKey`). */
export interface OwnerDirectory {
  byEmail: Map<string, string>;
  byName: Map<string, string[]>;
}

/** How names and e-mails are compared: case and runs of spaces do not matter. */
export const ownerKey = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export interface MappingContext {
  mode: RiskImportMode;
  /** Numbers already in the initiative's log (only append must avoid them). */
  existingNumbers: ReadonlySet<number>;
  owners: OwnerDirectory;
  /** Today in Denmark: what an empty "Identificeret" becomes. */
  today: string;
}

export interface MappedRiskLog {
  /** The rows to write, in the file's order (only meaningful when there are no errors). */
  risks: ImportedRiskDto[];
  preview: RiskImportPreview['rows'];
  errors: ImportRowError[];
}

const NUMBER_MAX = 1_000_000;

/** Limits of text fields, for the Danish message of class-validator's maxLength. */
const TEXT_MAX: Record<string, number> = {
  title: RISK_LIMITS.titleMax,
  cause: RISK_LIMITS.textMax,
  event: RISK_LIMITS.textMax,
  consequenceText: RISK_LIMITS.textMax,
  action: RISK_LIMITS.actionMax,
  responsible: RISK_LIMITS.nameMax,
};

/** DTO property → the Risikolog column it comes from. */
const RISK_PROPERTY_COLUMN: Record<string, RiskColumnKey> = {
  number: 'number', title: 'title', cause: 'cause', event: 'event', consequenceText: 'consequenceText', category: 'category',
  probability: 'probability', consequence: 'consequence', handler: 'handler', ownerUserId: 'owner', residualProbability: 'residualProbability',
  residualConsequence: 'residualConsequence', status: 'status', identifiedOn: 'identifiedOn', lastReviewedOn: 'lastReviewedOn',
};
const ACTION_PROPERTY_COLUMN: Record<string, ActionColumnKey> = { action: 'action', responsible: 'responsible', deadline: 'deadline', status: 'status' };

interface PendingRisk {
  row: number;
  plain: Record<string, unknown>;
  actions: Record<string, unknown>[];
  actionRows: number[];
  /** Columns that already have an error (class-validator's message for them would only repeat it). */
  failed: Set<string>;
  identifiedOn: string;
}

/**
 * Turns the rows read from the file into the API's DTOs, checking each cell and the file as a whole: ratings,
 * labels, dates, numbers unique in the file (and, when appending, not in the log already), owners known to the
 * organisation, action deadlines not before the risk was identified, then class-validator's rules of the API itself.
 * Every problem is an ImportRowError (sheet, Excel row, column heading, Danish message); nothing stops at the first.
 */
export async function mapRiskLog(log: ReadRiskLog, context: MappingContext): Promise<MappedRiskLog> {
  const errors: ImportRowError[] = [];
  const riskSheet = log.risks;
  const riskError = (row: number, key: RiskColumnKey, message: string) =>
    errors.push({ sheet: riskSheet.name, row, column: headingOf(riskSheet, RISK_COLUMNS, key), message });

  const pending: PendingRisk[] = [];
  const rowOfNumber = new Map<number, number>();
  for (const source of riskSheet.rows) {
    const risk = mapRiskRow(source, context, (key, message) => riskError(source.row, key, message));
    const number = risk.plain.number as number | undefined;
    if (number !== undefined) {
      const first = rowOfNumber.get(number);
      if (first !== undefined) {
        riskError(source.row, 'number', `Nr. ${number} står også i række ${first}`);
        risk.failed.add('number');
      } else {
        rowOfNumber.set(number, source.row);
        if (context.mode === 'append' && context.existingNumbers.has(number)) {
          riskError(source.row, 'number', `Nr. ${number} findes allerede i initiativets risikolog; giv risikoen et andet nummer, lad feltet være tomt, eller erstat hele loggen`);
          risk.failed.add('number');
        }
      }
    }
    pending.push(risk);
  }

  if (log.actions) attachActions(log.actions, pending, rowOfNumber, errors);

  // The API's own rules, on exactly what would be written.
  const dtos: ImportedRiskDto[] = [];
  for (const risk of pending) {
    const dto = plainToInstance(ImportedRiskDto, { ...risk.plain, actions: risk.actions });
    for (const problem of await validate(dto, { whitelist: true, forbidNonWhitelisted: true })) {
      reportValidation(problem, risk, log, errors);
    }
    dtos.push(dto);
  }

  // Numbers for rows without one, as RisksService.insertMany will give them: after the log (append) and the file.
  let next = [...(context.mode === 'append' ? context.existingNumbers : []), ...dtos.map((dto) => dto.number ?? 0)].reduce((a, b) => Math.max(a, b), 0) + 1;
  const preview: RiskImportPreview['rows'] = [];
  pending.forEach((risk, i) => {
    const dto = dtos[i];
    const number = dto.number ?? next++;
    const complete = ['title', 'category', 'probability', 'consequence'].every((key) => !risk.failed.has(key) && dto[key as keyof ImportedRiskDto] != null);
    if (!complete) return;
    const score = riskScore(dto.probability as RiskRating, dto.consequence as RiskRating);
    preview.push({
      row: risk.row,
      number,
      title: dto.title,
      category: dto.category,
      probability: dto.probability as RiskRating,
      consequence: dto.consequence as RiskRating,
      score,
      band: riskBand(score),
      status: dto.status ?? 'open',
      actions: risk.actions.length,
    });
  });

  const sheetOrder = [riskSheet.name, log.actions?.name];
  errors.sort((a, b) => sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) || a.row - b.row);
  return { risks: dtos, preview, errors };
}

function mapRiskRow(source: SheetRow<RiskColumnKey>, context: MappingContext, error: (key: RiskColumnKey, message: string) => void): PendingRisk {
  const failed = new Set<string>();
  const plain: Record<string, unknown> = {};
  const take = <T>(key: RiskColumnKey, property: string, parsed: Parsed<T | null>) => {
    if (!parsed.ok) {
      error(key, parsed.message);
      failed.add(property);
    } else if (parsed.value !== null) {
      plain[property] = parsed.value;
    }
  };
  const cell = (key: RiskColumnKey): RawCell | undefined => source.cells[key];
  take('number', 'number', parseInteger(cell('number'), NUMBER_MAX));
  take('title', 'title', parseText(cell('title')));
  take('cause', 'cause', parseText(cell('cause')));
  take('event', 'event', parseText(cell('event')));
  take('consequenceText', 'consequenceText', parseText(cell('consequenceText')));
  take('category', 'category', parseLabel(cell('category'), CATEGORY_LABELS, 'kategori'));
  take('probability', 'probability', parseRating(cell('probability')));
  take('consequence', 'consequence', parseRating(cell('consequence')));
  take('handler', 'handler', parseLabel(cell('handler'), HANDLER_LABELS, 'værdi'));
  take('residualProbability', 'residualProbability', parseRating(cell('residualProbability')));
  take('residualConsequence', 'residualConsequence', parseRating(cell('residualConsequence')));
  take('status', 'status', parseLabel(cell('status'), STATUS_LABELS, 'status'));
  take('identifiedOn', 'identifiedOn', parseDate(cell('identifiedOn')));
  take('lastReviewedOn', 'lastReviewedOn', parseDate(cell('lastReviewedOn')));

  const owner = parseText(cell('owner'));
  if (!owner.ok) {
    error('owner', owner.message);
    failed.add('ownerUserId');
  } else if (owner.value !== null) {
    const resolved = resolveOwner(owner.value, context.owners);
    if ('id' in resolved) plain.ownerUserId = resolved.id;
    else {
      error('owner', resolved.message);
      failed.add('ownerUserId');
    }
  }

  const rated = plain as { probability?: number; consequence?: number; residualProbability?: number; residualConsequence?: number };
  if (rated.probability !== undefined && rated.consequence !== undefined) {
    const before = { residualProbability: ['Sandsynlighed', rated.probability], residualConsequence: ['Konsekvens', rated.consequence] } as const;
    for (const field of residualAboveInherent({ probability: rated.probability, consequence: rated.consequence, ...rated })) {
      const [name, value] = before[field];
      error(field, `${name} efter tiltag (${rated[field]}) er højere end før tiltag (${value}): tiltag sænker en risiko, de hæver den ikke`);
      failed.add(field);
    }
  }

  const identifiedOn = (plain.identifiedOn as string | undefined) ?? context.today;
  const reviewed = plain.lastReviewedOn as string | undefined;
  if (reviewed && reviewed < identifiedOn) {
    error('lastReviewedOn', `Senest gennemgået (${danishDateText(reviewed)}) ligger før datoen, hvor risikoen blev identificeret (${danishDateText(identifiedOn)})`);
    failed.add('lastReviewedOn');
  }
  return { row: source.row, plain, actions: [], actionRows: [], failed, identifiedOn };
}

/** An owner by e-mail (any case), else by a full name that exactly one user of the organisation has. */
export function resolveOwner(text: string, owners: OwnerDirectory): { id: string } | { message: string } {
  const key = ownerKey(text);
  const byEmail = owners.byEmail.get(key);
  if (byEmail) return { id: byEmail };
  const byName = owners.byName.get(key) ?? [];
  if (byName.length === 1) return { id: byName[0] };
  if (byName.length > 1) return { message: `Flere brugere hedder "${text}"; skriv risikoejerens e-mailadresse` };
  return { message: `Ukendt risikoejer "${text}": ingen bruger i organisationen har den e-mailadresse eller det navn` };
}

function attachActions(sheet: ReadSheet<ActionColumnKey>, risks: PendingRisk[], rowOfNumber: Map<number, number>, errors: ImportRowError[]): void {
  const riskByRow = new Map(risks.map((risk) => [risk.row, risk]));
  for (const source of sheet.rows) {
    const error = (key: ActionColumnKey, message: string) =>
      errors.push({ sheet: sheet.name, row: source.row, column: headingOf(sheet, ACTION_COLUMNS, key), message });
    const number = parseInteger(source.cells.riskNumber, NUMBER_MAX);
    const action: Record<string, unknown> = {};
    const failed = new Set<string>();
    const take = <T>(key: ActionColumnKey, parsed: Parsed<T | null>) => {
      if (!parsed.ok) {
        error(key, parsed.message);
        failed.add(key);
      } else if (parsed.value !== null) action[key] = parsed.value;
    };
    take('action', parseText(source.cells.action));
    take('responsible', parseText(source.cells.responsible));
    take('deadline', parseDate(source.cells.deadline));
    take('status', parseLabel(source.cells.status, ACTION_STATUS_LABELS, 'status'));
    if (!number.ok) {
      error('riskNumber', number.message);
      continue;
    }
    if (number.value === null) {
      error('riskNumber', 'Skal udfyldes: Nr. på risikoen i arket Risikolog');
      continue;
    }
    const riskRow = rowOfNumber.get(number.value);
    const risk = riskRow === undefined ? undefined : riskByRow.get(riskRow);
    if (!risk) {
      error('riskNumber', `Risiko nr. ${number.value} findes ikke i arket Risikolog`);
      continue;
    }
    const deadline = action.deadline as string | undefined;
    if (deadline && deadline < risk.identifiedOn) {
      error('deadline', `Fristen (${danishDateText(deadline)}) ligger før datoen, hvor risikoen blev identificeret (${danishDateText(risk.identifiedOn)})`);
      failed.add('deadline');
    }
    // Cells that failed stay out of the DTO; their errors are reported already, and class-validator skips them.
    if (failed.size > 0) for (const key of failed) risk.failed.add(`actions.${risk.actions.length}.${key}`);
    risk.actions.push(action);
    risk.actionRows.push(source.row);
  }
}

/** class-validator's complaint about a property of a risk (or of one of its actions) as a row error. */
function reportValidation(problem: ValidationError, risk: PendingRisk, log: ReadRiskLog, errors: ImportRowError[]): void {
  if (problem.property === 'actions') {
    const actions = log.actions;
    if (!actions) return;
    if (problem.constraints) {
      // Too many actions: reported at the first one over the limit.
      const row = risk.actionRows[RISK_LIMITS.actionsMax] ?? risk.actionRows[0] ?? risk.row;
      errors.push({ sheet: actions.name, row, column: headingOf(actions, ACTION_COLUMNS, 'riskNumber'), message: `En risiko kan højst have ${RISK_LIMITS.actionsMax} handlinger` });
    }
    for (const child of problem.children ?? []) {
      const index = Number(child.property);
      for (const field of child.children ?? []) {
        if (risk.failed.has(`actions.${index}.${field.property}`)) continue;
        const key = ACTION_PROPERTY_COLUMN[field.property];
        errors.push({
          sheet: actions.name,
          row: risk.actionRows[index],
          column: key ? headingOf(actions, ACTION_COLUMNS, key) : field.property,
          message: danishMessage(field),
        });
      }
    }
    return;
  }
  if (risk.failed.has(problem.property)) return;
  risk.failed.add(problem.property);
  const key = RISK_PROPERTY_COLUMN[problem.property];
  errors.push({
    sheet: log.risks.name,
    row: risk.row,
    column: key ? headingOf(log.risks, RISK_COLUMNS, key) : problem.property,
    message: danishMessage(problem),
  });
}

/** The Danish message for the first rule a value breaks (the user reads it in the preview). */
function danishMessage(problem: ValidationError): string {
  const value = problem.value;
  if (value === undefined || value === null || value === '') return 'Skal udfyldes';
  const rules = Object.keys(problem.constraints ?? {});
  if (rules.includes('maxLength')) return `Må højst være ${TEXT_MAX[problem.property]?.toLocaleString('da-DK') ?? 'så mange'} tegn (er ${String(value).length.toLocaleString('da-DK')})`;
  if (rules.includes('isNotEmpty')) return 'Skal udfyldes';
  if (rules.some((rule) => ['isInt', 'min', 'max'].includes(rule))) return problem.property === 'number' ? 'Skal være et helt tal' : 'Skal være et helt tal fra 1 til 5';
  if (rules.includes('isDateOnly')) return 'Ugyldig dato; skriv dd-mm-åååå';
  if (rules.includes('isIn')) return `Ugyldig værdi "${String(value)}"`;
  return `Ugyldig værdi (${Object.values(problem.constraints ?? {}).join('; ')})`;
}

function headingOf<K extends string>(sheet: ReadSheet<K>, columns: readonly { key: K; heading: string }[], key: K): string {
  return sheet.headings[key] ?? columns.find((c) => c.key === key)?.heading ?? key;
}
