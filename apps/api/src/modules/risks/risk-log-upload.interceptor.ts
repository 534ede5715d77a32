import { BadRequestException, CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor } from '@nestjs/common';
import { RISK_LIMITS } from '@gevinst/domain';
import { FileInterceptor } from '@nestjs/platform-express';
import { isUUID } from 'class-validator';
import type { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { FILE_PROBLEMS, fileError, fileTooLarge } from './risk-log-errors';
import { RiskLogImportService } from './risk-log-import.service';

/**
 * Runs before the upload is received: an unknown or foreign initiative is a 404 and a user who may not manage its
 * risks a 403 without the file being read, let alone parsed. (The guard has checked the roles; this is the
 * object-level rule, which the service checks again when it writes.)
 */
@Injectable()
export class RiskImportAccessInterceptor implements NestInterceptor {
  constructor(private readonly imports: RiskLogImportService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const id = request.params.id;
    if (typeof id !== 'string' || !isUUID(id, 'all')) throw notFound('Initiative');
    // The policy guard has let only signed-in users through; the check keeps the types honest.
    if (!request.user) throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    await this.imports.authoriseImport(request.user, id);
    return next.handle();
  }
}

/**
 * multer with memory storage (FileInterceptor's default: no `dest`, no `storage`): one file in the field "file",
 * at most RISK_LIMITS.importMaxBytes. Its limit errors become the API's one error shape: 413 for the size, 400
 * VALIDATION_FAILED on the field "file" for the rest.
 */
const Multipart = FileInterceptor('file', { limits: { fileSize: RISK_LIMITS.importMaxBytes, files: 1, fields: 5 } });

@Injectable()
export class RiskLogUploadInterceptor implements NestInterceptor {
  private readonly multipart: NestInterceptor = new Multipart();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multipart.intercept(context, next);
    } catch (error) {
      throw uploadProblem(error);
    }
  }
}

/** multer's (and busboy's) errors, which FileInterceptor keeps as the cause of the HTTP exception it throws. */
export function uploadProblem(error: unknown): unknown {
  const cause = error instanceof HttpException ? error.cause : error;
  const code = typeof cause === 'object' && cause !== null ? (cause as { code?: unknown }).code : undefined;
  switch (code) {
    case 'LIMIT_FILE_SIZE':
      return fileTooLarge();
    case 'LIMIT_FILE_COUNT':
      return fileError(FILE_PROBLEMS.oneFile);
    case 'LIMIT_UNEXPECTED_FILE':
      return fileError(FILE_PROBLEMS.missing);
  }
  if (typeof code === 'string' && (code.startsWith('LIMIT_') || code.endsWith('_FIELD_NAME'))) return fileError(FILE_PROBLEMS.formFields);
  if (error instanceof BadRequestException) return fileError(FILE_PROBLEMS.malformed);
  return error;
}
