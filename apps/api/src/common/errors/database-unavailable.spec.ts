import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const driverError = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? 'driver error')), fields);

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', driverError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:5432' })],
    ['a server that is starting up', new QueryFailedError('SELECT 1', [], driverError({ code: '57P03', message: 'the database system is starting up' }))],
    ['a connection ended by the administrator', new QueryFailedError('COMMIT', [], driverError({ code: '57P01' }))],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['one refused address among several', new AggregateError([driverError({ code: 'ECONNREFUSED' })], 'all addresses failed')],
    ['a wrapped cause', new Error('query failed', { cause: driverError({ code: 'ECONNRESET' }) })],
  ])('recognises %s', (_, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ['a unique violation', new QueryFailedError('INSERT', [], driverError({ code: '23505' }))],
    ['a syntax error', new QueryFailedError('SELEC', [], driverError({ code: '42601' }))],
    ['a plain bug', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('leaves %s alone', (_, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});
