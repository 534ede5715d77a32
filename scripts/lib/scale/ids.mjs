// Row ids from the seed instead of gen_random_uuid(), so a rerun gives the same ids. The layout is a version 7 uuid
// (RFC 9562) whose 48-bit "time" field is the organisation's number and a running counter: each worker then adds to
// the end of its organisation's range in every primary-key index instead of at random places, which keeps a
// multi-million-row load fast; the remaining 74 bits come from the seed.
import { hash32, mix32 } from './random.mjs';

const COUNTER_BITS = 2 ** 36;

// Hex digits by byte: millions of ids are formatted, so this avoids toString/padStart on every part.
const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const hex16 = (value) => BYTE_HEX[(value >>> 8) & 0xff] + BYTE_HEX[value & 0xff];
const hex32 = (value) => hex16(value >>> 16) + hex16(value);

const seedBase = (seed, organisationNumber) => hash32(`ids|${seed}`) ^ Math.imul(organisationNumber, 0x9e3779b1);

function makeId(base, organisationNumber, counter) {
  const time = organisationNumber * COUNTER_BITS + counter;
  const timeHigh = Math.floor(time / 65536);
  const r1 = mix32(base ^ Math.imul(counter, 0x85ebca6b));
  const r2 = mix32(r1 ^ 0x27d4eb2f ^ counter);
  const r3 = mix32(r2 + 0x165667b1);
  return `${hex32(timeHigh)}-${hex16(time % 65536)}-${hex16(0x7000 | (r1 & 0x0fff))}-${hex16(0x8000 | ((r1 >>> 16) & 0x3fff))}-${hex32(r2)}${hex16(r3)}`;
}

/** The organisation's own id (counter 0 of its range). */
export const organisationId = (seed, organisationNumber) => makeId(seedBase(seed, organisationNumber), organisationNumber, 0);

/** Hands out an organisation's row ids in order, after its own. */
export function idSequence(seed, organisationNumber) {
  const base = seedBase(seed, organisationNumber);
  let counter = 1;
  return () => makeId(base, organisationNumber, counter++);
}
