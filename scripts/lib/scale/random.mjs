// Deterministic pseudo-random numbers: a stream is named by its key (seed, organisation, …), so the same key gives
// the same sequence on every machine and in whichever order the workers take the organisations.
// The generator is sfc32 (a small, fast 32-bit chaotic generator) seeded from a 32-bit hash of the key.

/** A 32-bit hash of text: FNV-1a over the UTF-16 units, salted, then an avalanche finaliser. */
export function hash32(text, salt = 0) {
  let h = (0x811c9dc5 ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Spreads every input bit over the output (a murmur3-style finaliser). */
export function mix32(value) {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export function createRandom(...keyParts) {
  const key = keyParts.join('|');
  let a = hash32(key, 1);
  let b = hash32(key, 2);
  let c = hash32(key, 3);
  let d = hash32(key, 4);
  const uint32 = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of a freshly seeded state are the least mixed.
  for (let i = 0; i < 12; i++) uint32();
  const float = () => uint32() / 4_294_967_296;
  const int = (min, max) => min + Math.floor(float() * (max - min + 1));
  return {
    uint32,
    /** [0, 1) */
    float,
    /** A whole number in [min, max]. */
    int,
    /** A number in [min, max). */
    between: (min, max) => min + float() * (max - min),
    /** Spread like a log-uniform: as many values between 10 and 100 as between 100 and 1,000. */
    logBetween: (min, max) => Math.exp(Math.log(min) + float() * (Math.log(max) - Math.log(min))),
    chance: (probability) => float() < probability,
    pick: (list) => list[Math.floor(float() * list.length)],
    /** entries: [value, weight][] */
    weighted(entries) {
      let total = 0;
      for (const [, weight] of entries) total += weight;
      let roll = float() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    /** `count` different items of the list (all of them, shuffled, when count ≥ its length). */
    sample(list, count) {
      const copy = [...list];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(float() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
    /** Roughly normal noise with mean 0 and standard deviation 1 (sum of uniforms: cheap, bounded at ±3). */
    noise: () => (float() + float() + float() - 1.5) * 2,
  };
}
