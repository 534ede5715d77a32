// Governance texts in our own words: status report summaries by colour, decision reasons, review notes, gate
// requests, prioritisation criteria, and the names and purposes of funding.

export const REPORT_SUMMARIES = {
  green: [
    'Projektet følger planen. Milepælene for kvartalet er nået, og brugerne melder positivt tilbage.',
    'Løsningen kører stabilt, og de første gevinster kan ses i målingerne.',
    'Udrulningen er gennemført som planlagt, og driften er overdraget til området.',
  ],
  amber: [
    'Projektet er lidt forsinket, fordi leverandøren har leveret en opdatering for sent. Forsinkelsen kan indhentes.',
    'Gevinsterne kommer langsommere end ventet, fordi ikke alle arbejdspladser har ændret arbejdsgange endnu.',
    'Der er usikkerhed om udgifterne til integrationen; Økonomi er orienteret.',
  ],
  red: [
    'Projektet er alvorligt forsinket, og budgettet holder ikke uden en beslutning om omfanget.',
    'En fejl i løsningen har ført til forkerte udbetalinger; udrulningen er standset, indtil fejlen er rettet.',
    'Leverandøren kan ikke levere den aftalte funktionalitet, og der er behov for en ny plan.',
  ],
};

export const NEXT_STEPS = [
  'Næste kvartal udbredes løsningen til de sidste arbejdspladser.',
  'Gevinstejeren følger op på målingerne med lederne.',
  'Der afholdes opfølgningsmøde med leverandøren om den reviderede plan.',
  'Superbrugerne samles til erfaringsudveksling.',
];

export const DECISION_REQUESTS = [
  'Styregruppen bedes tage stilling til, om omfanget skal reduceres, så projektet kan holde budgettet.',
  'Direktionen bedes godkende, at risikopuljen bruges til ekstra test og oplæring.',
  'Styregruppen bedes godkende en ny tidsplan for udrulningen.',
];

export const DECISION_REASONS = {
  approve_phase: [
    'Godkendt på grundlag af en gennemarbejdet business case med gevinstkort og gevinstejere.',
    'Godkendt: mål og baseline er på plads, og finansieringen er aftalt med de berørte områder.',
    'Godkendt med den bemærkning, at evalueringspunkterne skal følges op kvartalsvis.',
  ],
  continue: ['Projektet fortsætter som planlagt med skærpet opfølgning til næste porteføljemøde.'],
  reprioritise: ['Omfanget reduceres, og de mest gevinstgivende dele gennemføres først.'],
  pause: ['Sat på pause, indtil leverandøren kan levere en lovlig og stabil løsning.'],
  stop: ['Stoppet: gevinsterne kan ikke realiseres inden for en rimelig tidshorisont.'],
};

export const OPEN_FINDINGS = [
  { ruleId: 'GEV-5', message: 'Der er evalueringspunkter, som ikke er fulgt op.' },
  { ruleId: 'MAAL-4', message: 'Et eller flere mål er ikke knyttet til et overordnet mål.' },
  { ruleId: 'ROL-1', message: 'Initiativet har ingen projektejer.' },
  { ruleId: 'FIN-2', message: 'Finansieringsplanen dækker ikke alle år.' },
];

export const GATE_NOTES = [
  'Forudsætningerne for næste fase er på plads; vi beder om godkendelse ved næste møde.',
  'Analysen er færdig, og business casen er godkendt af Økonomi. Vi beder om at gå videre.',
  'Løsningen er i drift; vi beder om at overgå til gevinstrealisering.',
];

export const REVIEW_NOTES = [
  'Direktionen gennemgik kvartalets statusrapporter. De røde initiativer blev drøftet, og beslutningerne er ført til protokol.',
  'Porteføljen blev gennemgået med fokus på gevinstrealisering og overskredne evalueringspunkter.',
];

export const PRIORITY_CRITERIA = [
  ['Strategisk sigte', 'Hvor meget initiativet bidrager til kommunens strategi og overordnede mål.', false],
  ['Gevinstpotentiale', 'De forventede gevinster: kroner, frigjort tid, kvalitet og borgeroplevelse.', false],
  ['Modenhed', 'Hvor moden teknologien og organisationen er.', false],
  ['Risiko', 'Den samlede risiko i initiativet; en høj score trækker prioriteringen ned.', true],
  ['Lovkrav', 'Om initiativet er nødvendigt for at overholde lovgivningen.', false],
];
/** Weight sets for the criteria above; each sums to 100. */
export const PRIORITY_WEIGHTS = [
  [30, 30, 15, 15, 10],
  [25, 35, 15, 15, 10],
  [35, 25, 20, 10, 10],
];

export const POOL_NAMES = ['Digitaliseringspuljen', 'Puljen til grøn omstilling'];
export const POOL_RULES = 'Ansøgninger vurderes kvartalsvis af Økonomi. Gevinsterne skal være beskrevet med ejer og tidsplan.';
export const APPLICATION_PURPOSES = [
  'Medfinansiering af indkøb og implementering.',
  'Ekstra oplæring og superbrugere i udrulningen.',
  'Afprøvning i et pilotområde før fuld udrulning.',
];
export const REJECTION_REASONS = ['Puljen er opbrugt for året.', 'Gevinsterne er ikke tilstrækkeligt beskrevet.'];

export const EXTERNAL_SOURCES = ['Fonden for Velfærdsteknologi', 'Statslig pulje til digital omstilling', 'EU-midler'];
export const CENTRAL_SOURCES = ['Økonomiudvalgets udviklingspulje', 'Central it-ramme'];
export const FUNDING_NOTES = ['Forudsætter godkendelse i budgetforhandlingerne.', 'Aftalt med områdets ledelse.', 'Licens på fælleskommunal rammeaftale.'];
