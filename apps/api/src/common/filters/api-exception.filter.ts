import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError } from '@gevinst/domain';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../errors/database-unavailable';
import { DOMAIN_ERROR_STATUS, DomainError } from '../errors/domain-error';
import { ValidationFailedException } from '../validation/validation-exception';

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Errors raised by body-parser before Nest routes the request (malformed JSON, oversized body). */
interface BodyParserError {
  type: string;
  status: number;
}

const isBodyParserError = (e: unknown): e is BodyParserError =>
  typeof e === 'object' && e !== null && typeof (e as BodyParserError).type === 'string' && typeof (e as BodyParserError).status === 'number';

/** Maps every error to the one ApiError shape; unexpected errors are logged and hidden behind a 500. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const body = this.toApiError(exception);
    body.requestId = request.id ? String(request.id) : undefined;
    if (body.code === 'DATABASE_UNAVAILABLE') {
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      this.logger.warn({ err: exception, requestId: body.requestId }, 'Database unavailable');
    }
    if (body.statusCode >= 500 && body.statusCode !== 503) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'Unhandled error');
    }
    response.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof ValidationFailedException) {
      return { statusCode: 400, code: 'VALIDATION_FAILED', message: 'The request is invalid', details: exception.details };
    }
    if (exception instanceof DomainError) {
      return {
        statusCode: DOMAIN_ERROR_STATUS[exception.code],
        code: exception.code,
        message: exception.message,
        details: exception.details,
        current: exception.current,
        importErrors: exception.importErrors,
      };
    }
    if (exception instanceof HttpException && isBodyParserError(exception.cause)) {
      return this.toApiError(exception.cause);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'object' && response !== null && 'message' in response
          ? [(response as { message: unknown }).message].flat().join('; ')
          : exception.message;
      return { statusCode: status, code: HTTP_CODES[status] ?? `HTTP_${status}`, message };
    }
    if (isBodyParserError(exception)) {
      if (exception.type === 'entity.too.large') {
        return { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
      }
      if (exception.status >= 400 && exception.status < 500) {
        return { statusCode: 400, code: 'MALFORMED_BODY', message: 'The request body is not valid JSON' };
      }
    }
    if (isDatabaseUnavailable(exception)) {
      return { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'The database is not reachable right now; try again in a moment' };
    }
    if (exception instanceof QueryFailedError) {
      const mapped = mapDatabaseError(exception);
      if (mapped) return mapped;
    }
    return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: 'INTERNAL', message: 'An unexpected error occurred' };
  }
}

/** Constraint violations that slip past validation still answer 4xx (e.g. races on unique keys). */
function mapDatabaseError(error: QueryFailedError): ApiError | undefined {
  const driverError = error.driverError as { code?: string; constraint?: string };
  switch (driverError.code) {
    case '23505':
      return { statusCode: 409, code: 'DUPLICATE', message: `A record with the same key already exists (${driverError.constraint ?? 'unique'})` };
    case '23503':
      return { statusCode: 422, code: 'UNKNOWN_REFERENCE', message: `A referenced record does not exist (${driverError.constraint ?? 'foreign key'})` };
    case '22001':
      return { statusCode: 400, code: 'VALIDATION_FAILED', message: 'A value is too long' };
    case '23514':
      return { statusCode: 400, code: 'VALIDATION_FAILED', message: `A value breaks a rule (${driverError.constraint ?? 'check'})` };
    case '23502':
      return { statusCode: 400, code: 'VALIDATION_FAILED', message: 'A required value is missing' };
    // A NUL character in text (22021) or in JSON (22P05) that got past the body guard, e.g. in a query string.
    case '22021':
    case '22P05':
      return { statusCode: 400, code: 'VALIDATION_FAILED', message: 'A text contains a character that cannot be stored (NUL)' };
    default:
      return undefined;
  }
}
