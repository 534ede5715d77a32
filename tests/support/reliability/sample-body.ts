import { randomUUID } from 'node:crypto';
import { daysFromToday, thisYear } from '../clock';
import { effectiveType, OpenApiDocument, Operation, resolveSchema, Schema } from './openapi';

/** An object of an organisation that a path slot or a body field can name. */
export interface Resource {
  id: string;
  version?: number;
}

/**
 * Ids of one organisation's objects, keyed by path slot (`initiatives/{id}`, `agenda/{itemId}`, …) and by the kinds
 * bodies refer to that have no route of their own (`department`, `other-department`, `criterion`).
 */
export type IdBook = Record<string, Resource>;

/** Which object a body's uuid field names, by field name. */
const FIELD_KINDS: Record<string, string> = {
  initiativeId: 'initiatives/{id}',
  steeringGroupId: 'steering-groups/{id}',
  parentId: 'steering-groups/{id}',
  goalId: 'goals/{id}',
  strategicGoalId: 'strategic-goals/{id}',
  poolId: 'funding-pools/{id}',
  reviewId: 'portfolio-reviews/{id}',
  evaluationPointId: 'evaluation-points/{id}',
  ownerUserId: 'users/{id}',
  chairUserId: 'users/{id}',
  projectOwnerUserId: 'users/{id}',
  memberUserIds: 'users/{id}',
  criterionId: 'criterion',
  // A benefit map link: from a change of the map to a benefit.
  from: 'benefit-map-nodes/{id}',
  to: 'benefits/{id}',
  leadDepartmentId: 'department',
  payingDepartmentId: 'department',
  receivingDepartmentId: 'department',
  departmentId: 'department',
  // Another department than the lead one (an initiative's lead is not also involved).
  involvedDepartmentIds: 'other-department',
};

/**
 * Where class-validator's conditions (ValidateIf, "value or time study", weights summing to 100) need more than
 * the schema says. Keyed by component name; merged over the generated body.
 */
const OVERRIDES: Record<string, () => Record<string, unknown>> = {
  CreateMeasurementDto: () => ({ kind: 'during', measuredOn: daysFromToday(-30), value: 10 }),
  DecisionDto: () => ({ kind: 'scale' }),
  PriorityCriteriaDto: () => ({ criteria: [{ name: 'Strategisk sigte', weight: 100 }] }),
  CreateStatusReportDto: () => ({ periodStart: daysFromToday(-60), periodEnd: daysFromToday(-1) }),
  CreateGoalDto: () => ({ baselineDate: daysFromToday(-60), targetDate: daysFromToday(300) }),
  EvaluationScheduleDto: () => ({ start: daysFromToday(-30), monthsApart: 3, count: 2 }),
  CreateFundingLineDto: () => ({ source: 'own_budget', amount: 1000 }),
  CreateInitiativeDto: () => ({ plannedStart: daysFromToday(-30), plannedEnd: daysFromToday(300) }),
};

let emails = 0;

export interface SampleOptions {
  /** Version of the object the call is about (the body's `version`). */
  version?: number;
  /** Fill optional uuid fields too (with the book's ids), to probe references across organisations. */
  allReferences?: boolean;
}

/**
 * A valid-looking body from the operation's schema: required fields (and, for a versioned update, one changed
 * field, so the write would really change something), uuid fields filled from the book.
 */
export function sampleBody(doc: OpenApiDocument, operation: Operation, book: IdBook, options: SampleOptions = {}): Record<string, unknown> | undefined {
  if (!operation.body || operation.contentType !== 'application/json') return undefined;
  const body = sampleObject(doc, operation.body, book, options);
  const required = operation.body.required ?? [];
  if (required.every((name) => name === 'version')) {
    const changed = Object.entries(operation.body.properties ?? {}).find(([name, s]) => name !== 'version' && effectiveType(s) === 'string' && !s.enum);
    if (changed) body[changed[0]] = sampleValue(doc, changed[1], changed[0], book, options);
  }
  if (operation.bodyName && OVERRIDES[operation.bodyName]) Object.assign(body, OVERRIDES[operation.bodyName]());
  return body;
}

function sampleObject(doc: OpenApiDocument, schema: Schema, book: IdBook, options: SampleOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const reference = options.allReferences && FIELD_KINDS[name] !== undefined;
    if (required.has(name) || reference) out[name] = sampleValue(doc, property, name, book, options);
  }
  return out;
}

export function sampleValue(doc: OpenApiDocument, raw: Schema, name: string, book: IdBook, options: SampleOptions = {}): unknown {
  const schema = resolveSchema(doc, raw);
  if (name === 'version') return options.version ?? 1;
  if (schema.enum?.length) return schema.enum[0];
  switch (effectiveType(schema)) {
    case 'string':
      return sampleString(schema, name, book);
    case 'number':
    case 'integer':
      if (name === 'year') return thisYear();
      return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 10, 3));
    case 'boolean':
      return false;
    case 'array': {
      const count = Math.max(schema.minItems ?? 1, 1);
      return Array.from({ length: count }, () => sampleValue(doc, schema.items ?? { type: 'string' }, name, book, options));
    }
    default:
      return sampleObject(doc, schema, book, options);
  }
}

function sampleString(schema: Schema, name: string, book: IdBook): string {
  switch (schema.format) {
    case 'uuid':
      return book[FIELD_KINDS[name] ?? '']?.id ?? randomUUID();
    case 'date':
      return daysFromToday(30);
    case 'email':
      emails += 1;
      return `probe${emails}.${Date.now()}@test.gevinst.dk`;
    default: {
      const text = 'Pålidelighedsprøve æøå';
      return text.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? text.length);
    }
  }
}
