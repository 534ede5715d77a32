// Goals with indicators, benefits and their follow-up, in our own words. A goal template gives the indicator, its
// unit and direction, where a baseline typically lies and how far a target moves it (as a share of the baseline).

export const GOAL_TEMPLATES = [
  { title: 'Kortere sagsbehandlingstid', indicator: 'Gennemsnitlig sagsbehandlingstid', unit: 'dage', direction: 'lower', baseline: [15, 60], change: [0.25, 0.5], decimals: 1, bounds: [0, 365] },
  { title: 'Flere borgere bruger selvbetjening', indicator: 'Andel digitale ansøgninger', unit: '%', direction: 'higher', baseline: [35, 65], change: [0.2, 0.45], decimals: 1, bounds: [0, 100] },
  { title: 'Færre fejl i sagerne', indicator: 'Andel sager med fejl', unit: '%', direction: 'lower', baseline: [4, 14], change: [0.35, 0.6], decimals: 1, bounds: [0, 100] },
  { title: 'Højere borgertilfredshed', indicator: 'Gennemsnitlig tilfredshed', unit: 'point (1-5)', direction: 'higher', baseline: [3, 3.7], change: [0.1, 0.25], decimals: 2, bounds: [1, 5] },
  { title: 'Mere tid til kerneopgaven', indicator: 'Timer brugt på administration pr. uge', unit: 'timer', direction: 'lower', baseline: [40, 240], change: [0.15, 0.35], decimals: 0, bounds: [0, 10000] },
  { title: 'Færre telefonhenvendelser', indicator: 'Telefonhenvendelser pr. måned', unit: 'antal', direction: 'lower', baseline: [400, 5000], change: [0.2, 0.4], decimals: 0, bounds: [0, 1e6] },
  { title: 'Bedre trivsel blandt medarbejderne', indicator: 'Score i trivselsmålingen', unit: 'point (0-100)', direction: 'higher', baseline: [55, 75], change: [0.06, 0.14], decimals: 0, bounds: [0, 100] },
  { title: 'Kortere ventetid for borgerne', indicator: 'Ventetid fra henvendelse til svar', unit: 'dage', direction: 'lower', baseline: [5, 40], change: [0.3, 0.55], decimals: 1, bounds: [0, 365] },
  { title: 'Lavere energiforbrug', indicator: 'Energiforbrug i bygningerne', unit: 'MWh pr. år', direction: 'lower', baseline: [500, 9000], change: [0.08, 0.2], decimals: 0, bounds: [0, 1e6] },
  { title: 'Flere sager behandles automatisk', indicator: 'Andel automatisk behandlede sager', unit: '%', direction: 'higher', baseline: [5, 30], change: [1, 2.5], decimals: 1, bounds: [0, 100] },
  { title: 'Færre genindlæggelser', indicator: 'Genindlæggelser inden for 30 dage pr. 1.000 borgere over 65', unit: 'pr. 1.000', direction: 'lower', baseline: [8, 20], change: [0.1, 0.25], decimals: 1, bounds: [0, 1000] },
  { title: 'Flere borgere klarer sig selv', indicator: 'Andel borgere uden hjælp efter forløb', unit: '%', direction: 'higher', baseline: [30, 55], change: [0.1, 0.3], decimals: 1, bounds: [0, 100] },
];

export const SIDE_EFFECTS = [
  'Borgere uden digitale færdigheder kan få sværere ved at få hjælp; der er stadig personlig betjening.',
  'Medarbejderne kan opleve mindre faglig sparring, når flere opgaver løses automatisk.',
  'Flere henvendelser kan flytte fra telefon til e-mail i en overgang.',
];

/** A strategic goal's title and description. */
export const STRATEGIC_GOALS = [
  ['Borgeren i centrum', 'Borgerne oplever sammenhængende, hurtige og forståelige forløb, digitalt og personligt.'],
  ['Mere tid til kerneopgaven', 'Medarbejderne bruger tiden på borgerne og fagligheden, ikke på manuelle arbejdsgange.'],
  ['Grøn omstilling', 'Kommunen nedbringer sit energiforbrug og sin CO2-udledning år for år.'],
  ['Datadrevet ledelse', 'Beslutninger træffes på et oplyst grundlag med data, der er til at stole på.'],
  ['En attraktiv arbejdsplads', 'Kommunen tiltrækker og fastholder dygtige medarbejdere med gode arbejdsgange og værktøjer.'],
  ['Sikker og ansvarlig digitalisering', 'Borgernes data beskyttes, og løsningerne lever op til lovgivningen.'],
  ['Lige adgang for alle borgere', 'Ingen borger lades i stikken, fordi de ikke kan bruge de digitale løsninger.'],
  ['En økonomi i balance', 'Gevinster fra digitalisering bidrager til at få budgettet til at hænge sammen.'],
];

/** Benefit kinds of an initiative, in order: two DKK, one hours, one measured on another scale, one described only. */
export const BENEFIT_KINDS = [
  { type: 'economic', unit: 'DKK', quantified: true, titles: ['Lavere udgifter til licenser og drift', 'Sparede udgifter til vikarer og overarbejde', 'Lavere udgifter til porto og print'] },
  { type: 'economic', unit: 'DKK', quantified: true, titles: ['Færre udgifter til fejlrettelser', 'Mindre forbrug af eksterne konsulenter', 'Lavere energiudgifter'] },
  { type: 'time', unit: 'hours', quantified: true, titles: ['Frigjort tid til borgernære opgaver', 'Færre timer på manuel registrering', 'Mindre tid på kørsel mellem borgere'] },
  { type: 'citizen_experience', unit: 'other', quantified: true, unitLabel: 'tilfredshed (1-5)', titles: ['Borgerne oplever hurtigere svar', 'Borgerne oplever mere sammenhæng', 'Forældrene oplever bedre information'] },
  { type: 'quality', unit: 'other', quantified: false, unitLabel: 'beskrives i tekst', titles: ['Bedre kvalitet i dokumentationen', 'Mere ensartet sagsbehandling', 'Bedre arbejdsmiljø for medarbejderne'] },
];

export const PRECONDITIONS = [
  'Medarbejderne er oplært, og de gamle arbejdsgange er lukket ned.',
  'Løsningen er integreret med fagsystemet og kører stabilt.',
  'Ledelsen har aftalt, hvad den frigjorte tid skal bruges til.',
  'Borgerne kender løsningen og bliver hjulpet i gang.',
];

export const MEASUREMENT_METHODS = [
  'Tidsstudie før og efter på udvalgte arbejdspladser',
  'Udtræk fra fagsystemet hver måned',
  'Kort spørgeskema til borgere efter afsluttet sag',
  'Sammenligning af regnskabstal før og efter',
  'Stikprøve af sager hvert kvartal',
];

export const MEASUREMENT_COMMENTS = [
  'Tal fra fagsystemet.',
  'Stikprøve af 50 sager.',
  'Målt på tre arbejdspladser.',
  'Lavere end ventet pga. ferieperiode.',
  'Inkluderer de nye teams.',
];

export const EVALUATION_LABELS = ['Kvartalsmåling', 'Måling efter et halvt år', 'Eftermåling', 'Årlig opfølgning'];
