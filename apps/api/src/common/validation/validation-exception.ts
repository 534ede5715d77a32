import { BadRequestException, ValidationError } from '@nestjs/common';
import type { FieldError } from '@gevinst/domain';

/** Flattens nested class-validator errors into dotted field paths. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export class ValidationFailedException extends BadRequestException {
  constructor(readonly details: FieldError[]) {
    super('The request is invalid');
  }
}

export const validationExceptionFactory = (errors: ValidationError[]) =>
  new ValidationFailedException(toFieldErrors(errors));
