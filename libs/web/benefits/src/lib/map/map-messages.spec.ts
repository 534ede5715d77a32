import type { ApiError } from '@gevinst/domain';
import { mapErrorMessage } from './map-messages';

const error = (statusCode: number, message: string, field?: string, detail = message): ApiError =>
  ({ statusCode, code: 'VALIDATION_FAILED', message, requestId: 'r', ...(field ? { details: [{ field, messages: [detail] }] } : {}) }) as ApiError;

describe('benefit map messages', () => {
  it('says in Danish why a link or node was refused', () => {
    expect(mapErrorMessage(error(400, 'The request is invalid', 'to', 'The link would make a circle: …'))).toMatch(/ring/);
    expect(mapErrorMessage(error(400, 'The request is invalid', 'to', 'A link from a delivery leads to a change or a benefit, not to a goal'))).toMatch(/venstre mod højre/);
    expect(mapErrorMessage(error(400, 'The request is invalid', 'title', 'title should not be empty'))).toMatch(/titel/);
    expect(mapErrorMessage(error(422, 'The goal carries 2 measurements and cannot be deleted'))).toMatch(/målinger/);
    expect(mapErrorMessage(error(409, 'stale'))).toMatch(/ændret af en anden/);
    expect(mapErrorMessage(error(500, 'boom'))).toBe('Ændringen kunne ikke gemmes. Prøv igen.');
  });
});
