// Fictional municipalities and people. Names are built from common Danish place-name parts and first and last
// names; any likeness to a real municipality or person is chance, and e-mail domains end in .example (RFC 2606).

const PLACE_STEMS = [
  'Ege', 'Birke', 'Aske', 'Bøge', 'Elle', 'Linde', 'Hassel', 'Pile', 'Rønne', 'Kløver', 'Lyng', 'Mose', 'Sø', 'Bakke',
  'Dals', 'Fjord', 'Strand', 'Skov', 'Enge', 'Marke', 'Hede', 'Klint', 'Vig', 'Næs', 'Holm', 'Ager', 'Lunde', 'Stene',
  'Havne', 'Bro', 'Kilde', 'Ravns', 'Ulve', 'Ørne', 'Hjorte', 'Trane',
];
const PLACE_SUFFIXES = ['by', 'rup', 'lev', 'sted', 'borg', 'købing', 'bjerg', 'holt', 'løse', 'strup', 'bæk', 'have', 'vad', 'torp', 'magle'];

export const FIRST_NAMES = [
  'Anne', 'Mette', 'Hanne', 'Susanne', 'Lene', 'Marianne', 'Camilla', 'Louise', 'Charlotte', 'Maria', 'Tina', 'Pia',
  'Helle', 'Birgitte', 'Karina', 'Julie', 'Sofie', 'Emma', 'Ida', 'Cecilie', 'Rikke', 'Maja', 'Line', 'Signe',
  'Peter', 'Jens', 'Lars', 'Michael', 'Henrik', 'Søren', 'Thomas', 'Jan', 'Martin', 'Morten', 'Anders', 'Niels',
  'Jesper', 'Rasmus', 'Mads', 'Christian', 'Kasper', 'Jacob', 'Mikkel', 'Frederik', 'Torben', 'Ole', 'Bo', 'Kim',
];
export const LAST_NAMES = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
  'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
  'Knudsen', 'Jakobsen', 'Mikkelsen', 'Frederiksen', 'Lund', 'Holm', 'Schmidt', 'Eriksen', 'Kristiansen', 'Simonsen',
  'Clausen', 'Svendsen', 'Andreasen', 'Iversen', 'Østergaard', 'Jeppesen', 'Vestergaard', 'Nissen', 'Lauridsen', 'Kjær',
];

/** Letters an e-mail address or a domain can hold: æ → ae, ø → oe, å → aa, the rest lower-case a–z and 0–9. */
export function ascii(text) {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `count` different place names ("Egeby"), in the random's order. */
export function placeNames(count, random) {
  const all = [];
  for (const stem of PLACE_STEMS) for (const suffix of PLACE_SUFFIXES) all.push(`${stem}${suffix}`);
  if (count > all.length) throw new RangeError(`Only ${all.length} place names are available`);
  return random.sample(all, count);
}

/** Initiative-code prefixes (2–6 capitals): three letters of the name, the first always, unique among `taken`. */
export function codePrefix(placeName, taken) {
  const letters = placeName.toUpperCase().replace(/[^A-ZÆØÅ]/g, '');
  for (let i = 1; i < letters.length; i++) {
    for (let j = i + 1; j < letters.length; j++) {
      const prefix = `${letters[0]}${letters[i]}${letters[j]}`;
      if (!taken.has(prefix)) return prefix;
    }
  }
  for (let n = 0; ; n++) {
    const prefix = `${letters.slice(0, 3)}${String.fromCharCode(65 + (n % 26))}${n >= 26 ? String.fromCharCode(65 + Math.floor(n / 26) - 1) : ''}`;
    if (!taken.has(prefix)) return prefix;
  }
}
