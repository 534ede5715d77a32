import type { Writable } from 'node:stream';

/** The client went away mid-download: stop reading, let the transaction end. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client closed the connection before the export was complete');
    this.name = 'ClientGoneError';
  }
}

const gone = (stream: Writable) => stream.destroyed || stream.closed;

/**
 * Back-pressure between batches: resolves at once while the client keeps up, else when the response has drained;
 * rejects with ClientGoneError when the connection closed. Lets queued writes (e.g. the zip compressor's) run first.
 */
export async function drained(stream: Writable): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (gone(stream)) throw new ClientGoneError();
  if (!stream.writableNeedDrain) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', onDrain);
      stream.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new ClientGoneError());
    stream.on('drain', onDrain);
    stream.on('close', onClose);
  });
}

/** `work`, unless the connection closes first (then ClientGoneError): an export never waits forever on a dead socket. */
export function whileConnected<T>(stream: Writable, work: Promise<T>): Promise<T> {
  let onClose: (() => void) | undefined;
  const closed = new Promise<never>((_, reject) => {
    onClose = () => {
      if (!stream.writableFinished) reject(new ClientGoneError());
    };
    stream.on('close', onClose);
  });
  return Promise.race([work, closed]).finally(() => {
    if (onClose) stream.off('close', onClose);
  });
}

/** Ends the stream and resolves when everything is handed to the OS (or rejects when the client went away). */
export function finish(stream: Writable): Promise<void> {
  return whileConnected(
    stream,
    new Promise<void>((resolve, reject) => {
      stream.once('finish', () => resolve());
      stream.once('error', reject);
      stream.end();
    }),
  );
}

/**
 * An Excel date-time for an instant: Excel has no time zones, so the cell holds the wall-clock time in Denmark
 * (encoded as that time in UTC, which is how exceljs writes a Date).
 */
export function excelDanishTime(at: Date): Date {
  const text = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return new Date(`${text.replace(' ', 'T')}Z`);
}
