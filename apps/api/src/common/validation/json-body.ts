import type { FieldError } from '@gevinst/domain';
import type { NextFunction, Request, Response } from 'express';
import { DomainError } from '../errors/domain-error';

/** Far beyond any DTO (the deepest nest 3 levels), far below where class-transformer overflows the stack (~2,500). */
export const MAX_JSON_DEPTH = 32;

/**
 * What no DTO can take: nesting deeper than `maxDepth`, or a string PostgreSQL cannot store as sent: a NUL character
 * (text refuses it) or an unpaired surrogate (jsonb refuses it; text would get U+FFFD in its place).
 */
export type JsonProblem = { kind: 'too-deep' } | { kind: 'bad-text'; field: string };

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/** The first problem of a parsed JSON body, if any; iterative, so any depth is safe to walk. */
export function jsonProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonProblem | undefined {
  // [node, containers above it, dotted path]
  const stack: [unknown, number, string][] = [[value, 0, '']];
  while (stack.length > 0) {
    const [node, depth, path] = stack.pop() as [unknown, number, string];
    if (typeof node === 'string') {
      if (unstorable(node)) return { kind: 'bad-text', field: path || 'body' };
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= maxDepth) return { kind: 'too-deep' };
    for (const [key, child] of Object.entries(node)) stack.push([child, depth + 1, path ? `${path}.${key}` : key]);
  }
  return undefined;
}

/**
 * After the JSON parser, before the pipes: a body nested thousands of levels deep is valid JSON, but class-transformer
 * (the ValidationPipe's plainToInstance) recurses per level and dies with a RangeError; a NUL or a lone surrogate in a
 * string passes every validator and makes PostgreSQL fail the query. All were 500s; here they are 400s.
 */
export function guardJsonBody(request: Request, _response: Response, next: NextFunction): void {
  const problem = jsonProblem(request.body);
  if (!problem) return next();
  if (problem.kind === 'too-deep') return next(new DomainError('VALIDATION_FAILED', `The request body is nested more than ${MAX_JSON_DEPTH} levels deep`));
  const details: FieldError[] = [{ field: problem.field, messages: [`${problem.field} must be text without NUL characters or unpaired surrogates`] }];
  next(new DomainError('VALIDATION_FAILED', 'The request is invalid', details));
}
