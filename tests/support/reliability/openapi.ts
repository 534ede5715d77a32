import type { Server } from 'node:http';
import request from 'supertest';

/** The parts of the OpenAPI document the reliability suite reads. */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Schema {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface RawOperation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Partial<Record<Method, RawOperation>>>;
  components?: { schemas?: Record<string, Schema> };
}

export interface Operation {
  method: Method;
  /** As the document writes it, e.g. /api/v1/portfolio-reviews/{id}/agenda/{itemId}. */
  path: string;
  label: string;
  /** Path parameters keyed by the segment before them, e.g. `agenda/{itemId}`: `id` alone says nothing of its kind. */
  pathSlots: string[];
  queryParameters: Parameter[];
  contentType?: string;
  /** The request body's schema, `$ref` and `allOf` resolved at the top (nested refs resolve on demand). */
  body?: Schema;
  /** The component name of the body, e.g. CreateRiskDto. */
  bodyName?: string;
}

export const WRITE_METHODS: Method[] = ['post', 'put', 'patch', 'delete'];

export async function loadOpenApi(server: Server): Promise<OpenApiDocument> {
  const response = await request(server).get('/api/docs-json').expect(200);
  return response.body as OpenApiDocument;
}

/** `$ref` and single `allOf` wrappers (how @nestjs/swagger writes a nested DTO) followed to the schema itself. */
export function resolveSchema(doc: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`OpenAPI: unresolved ${schema.$ref}`);
    return resolveSchema(doc, target);
  }
  if (schema.allOf?.length === 1) return resolveSchema(doc, { ...schema.allOf[0], ...withoutAllOf(schema) });
  return schema;
}

function withoutAllOf(schema: Schema): Schema {
  const { allOf: _allOf, ...rest } = schema;
  return rest;
}

/**
 * @nestjs/swagger writes a `string | null` property as `type: object` with the string's format and length: such a
 * schema without properties is a (nullable) string.
 */
export function effectiveType(schema: Schema): string | undefined {
  if (schema.type === 'object' && !schema.properties && (schema.format !== undefined || schema.maxLength !== undefined)) return 'string';
  return schema.type;
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(methods) as [Method, RawOperation][]) {
      const [contentType, media] = Object.entries(raw.requestBody?.content ?? {})[0] ?? [];
      const ref = media?.schema?.$ref;
      operations.push({
        method,
        path,
        label: `${method.toUpperCase()} ${path}`,
        pathSlots: pathSlotsOf(path),
        queryParameters: (raw.parameters ?? []).filter((p) => p.in === 'query'),
        contentType,
        body: media?.schema ? resolveSchema(doc, media.schema) : undefined,
        bodyName: ref?.split('/').pop(),
      });
    }
  }
  return operations;
}

/** `/api/v1/portfolio-reviews/{id}/agenda/{itemId}` → ['portfolio-reviews/{id}', 'agenda/{itemId}']. */
export function pathSlotsOf(path: string): string[] {
  const segments = path.split('/');
  return segments.flatMap((segment, i) => (/^\{\w+\}$/.test(segment) ? [`${segments[i - 1]}/${segment}`] : []));
}

/** The path with each `{param}` replaced by the value for its slot. */
export function fillPath(operation: Operation, valueOf: (slot: string) => string): string {
  const segments = operation.path.split('/');
  return segments.map((segment, i) => (/^\{\w+\}$/.test(segment) ? encodeURIComponent(valueOf(`${segments[i - 1]}/${segment}`)) : segment)).join('/');
}
