// Which organisations there are and how many initiatives each has. Sizes follow a rank-size (Zipf-like) curve:
// the n-th largest has about largest × n^−0.344 initiatives, so a few large municipalities and many small ones;
// with 98 organisations and a largest of 1,000 that is about 30,000 initiatives in all.
import { ascii, codePrefix, placeNames } from './catalogue-people.mjs';
import { organisationId } from './ids.mjs';
import { createRandom } from './random.mjs';

export const SIZE_EXPONENT = 0.344;

/** Initiatives per organisation, largest first: the first exactly `largest`, the others below it. */
export function organisationSizes(count, largest, random) {
  const ceiling = largest > 1 ? largest - 1 : 1;
  return Array.from({ length: count }, (_, index) => {
    if (index === 0) return largest;
    const size = Math.round(largest * (index + 1) ** -SIZE_EXPONENT * random.between(0.92, 1.08));
    return Math.min(ceiling, Math.max(1, size));
  });
}

/** Everything fixed about each organisation before its rows are built; number 1 is the largest. */
export function planOrganisations({ organisations, largest, seed }) {
  const random = createRandom(seed, 'plan');
  const sizes = organisationSizes(organisations, largest, random);
  const places = placeNames(organisations, random);
  const prefixes = new Set();
  return sizes.map((initiatives, index) => {
    const number = index + 1;
    const prefix = codePrefix(places[index], prefixes);
    prefixes.add(prefix);
    return {
      number,
      id: organisationId(seed, number),
      name: `${places[index]} Kommune`,
      slug: ascii(places[index]),
      // Real codes are 101–860 too; these belong to fictional municipalities.
      municipalityCode: 100 + number,
      codePrefix: prefix,
      initiatives,
      hourlyRateDkk: 380 + 5 * random.int(0, 28),
    };
  });
}
