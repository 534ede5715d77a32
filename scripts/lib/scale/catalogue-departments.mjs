// The department tree of a municipality: forvaltninger (top level) with their områder. Larger municipalities get
// more forvaltninger and områder, and the largest a third level of local units.

export const FORVALTNINGER = [
  {
    code: 'OKD', name: 'Økonomi og Digitalisering', areas: [
      ['OKO', 'Økonomi og Budget'], ['IT', 'Digitalisering og IT'], ['HR', 'HR og Organisation'], ['IND', 'Indkøb og Udbud'], ['LON', 'Løn og Personale'],
    ],
  },
  {
    code: 'BOS', name: 'Borgerservice og Administration', areas: [
      ['BS', 'Borgerservice'], ['SEK', 'Sekretariat og Jura'], ['KOM', 'Kommunikation'], ['YDE', 'Ydelsesservice'], ['ARK', 'Dokumentation og Arkiv'],
    ],
  },
  {
    code: 'SOS', name: 'Social og Sundhed', areas: [
      ['AEL', 'Ældre og Pleje'], ['HAN', 'Handicap og Psykiatri'], ['SUN', 'Sundhed og Forebyggelse'], ['HJE', 'Hjemmeplejen'], ['REH', 'Træning og Rehabilitering'],
    ],
  },
  {
    code: 'BUU', name: 'Børn og Unge', areas: [
      ['DAG', 'Dagtilbud'], ['SKO', 'Skoler'], ['FAM', 'Familie og Rådgivning'], ['PPR', 'Pædagogisk Psykologisk Rådgivning'], ['SUP', 'Sundhedsplejen'],
    ],
  },
  {
    code: 'TEM', name: 'Teknik og Miljø', areas: [
      ['VEJ', 'Vej og Park'], ['BYG', 'Byggeri og Plan'], ['EJD', 'Ejendomme'], ['MIL', 'Natur og Miljø'], ['AFF', 'Affald og Genbrug'],
    ],
  },
  {
    code: 'BES', name: 'Beskæftigelse og Integration', areas: [
      ['JOB', 'Jobcenter'], ['INT', 'Integration'], ['UNG', 'Ungeindsatsen'], ['SYG', 'Sygedagpenge'],
    ],
  },
  {
    code: 'KUF', name: 'Kultur og Fritid', areas: [
      ['BIB', 'Biblioteker'], ['IDR', 'Idræt og Fritid'], ['MUS', 'Kultur og Museer'],
    ],
  },
];

/** Local units under an område in the largest municipalities. */
export const LOCAL_UNITS = [
  ['N', 'Nord'],
  ['S', 'Syd'],
  ['V', 'Vest'],
];

/** How the tree grows with the number of initiatives (a stand-in for the municipality's size). */
export function treeShape(initiatives) {
  return {
    forvaltninger: initiatives >= 400 ? 7 : initiatives >= 150 ? 6 : 5,
    areasEach: Math.min(5, 2 + Math.floor(initiatives / 200)),
    localUnits: initiatives >= 600 ? 3 : initiatives >= 300 ? 2 : 0,
  };
}
