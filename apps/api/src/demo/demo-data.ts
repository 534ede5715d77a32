/**
 * Demo data for Gevinst: one fictional municipality ("Demo Kommune", not a real kommune),
 * its department tree and a portfolio of initiatives.
 *
 * The initiatives are modelled on the cases and advice in KL's guide
 * "Digital transformation – redskaber, eksempler og råd" (source: KL, Kommunernes Landsforening).
 * The cases from Rudersdal, Ballerup, Silkeborg, Favrskov, Billund, Aalborg, Haderslev, Holbæk,
 * Hjørring and Herning are retold in our own words and moved into the fictional municipality;
 * figures are illustrative and not a claim about the real municipalities.
 *
 * Pure data: no runtime imports, so the seed script and tests can use it freely.
 * No dates: days are counted from the day the demo is seeded (negative = in the past), resolved by demo-calendar.ts,
 * so the portfolio is current whenever it is seeded.
 */
import type { Phase, RadarRing, SizeClass } from '@gevinst/domain';

export interface DemoDepartment {
  code: string;
  name: string;
  parentCode: string | null;
}

export interface DemoInitiative {
  title: string;
  purpose: string;
  description: string;
  expectedValue: string;
  leadDepartmentCode: string;
  involvedDepartmentCodes: string[];
  sizeClass: SizeClass;
  technology: string | null;
  radarRing: RadarRing | null;
  phase: Phase;
  /** Days from the seeding day to its registration: the code's year (DEM-<year>-NNN) is that day's year. */
  registeredDay: number;
  /** Days from the seeding day to the planned start and end (moved off weekends); null = not planned yet. */
  startDay: number | null;
  endDay: number | null;
}

export const DEMO_ORGANISATION = {
  name: 'Demo Kommune',
  municipalityCode: 999,
  codePrefix: 'DEM',
} as const;

/** Forvaltninger first, then their områder, so parents always precede children. */
export const DEMO_DEPARTMENTS: readonly DemoDepartment[] = [
  { code: 'OKD', name: 'Økonomi og Digitalisering', parentCode: null },
  { code: 'BOS', name: 'Borgerservice og Administration', parentCode: null },
  { code: 'SOS', name: 'Social og Sundhed', parentCode: null },
  { code: 'BUU', name: 'Børn og Unge', parentCode: null },
  { code: 'TEM', name: 'Teknik og Miljø', parentCode: null },

  { code: 'OKD-OKO', name: 'Økonomi og Budget', parentCode: 'OKD' },
  { code: 'OKD-IT', name: 'Digitalisering og IT', parentCode: 'OKD' },
  { code: 'OKD-HR', name: 'HR og Organisation', parentCode: 'OKD' },

  { code: 'BOS-BS', name: 'Borgerservice', parentCode: 'BOS' },
  { code: 'BOS-SEK', name: 'Sekretariat og Jura', parentCode: 'BOS' },

  { code: 'SOS-AEL', name: 'Ældre og Pleje', parentCode: 'SOS' },
  { code: 'SOS-HAN', name: 'Handicap og Psykiatri', parentCode: 'SOS' },
  { code: 'SOS-SUN', name: 'Sundhed og Forebyggelse', parentCode: 'SOS' },

  { code: 'BUU-DAG', name: 'Dagtilbud', parentCode: 'BUU' },
  { code: 'BUU-SKO', name: 'Skoler', parentCode: 'BUU' },
  { code: 'BUU-FAM', name: 'Familie og Rådgivning', parentCode: 'BUU' },

  { code: 'TEM-VEJ', name: 'Vej og Park', parentCode: 'TEM' },
  { code: 'TEM-BYG', name: 'Byggeri og Plan', parentCode: 'TEM' },
  { code: 'TEM-EJD', name: 'Ejendomme', parentCode: 'TEM' },
];

export const DEMO_INITIATIVES: readonly DemoInitiative[] = [
  // Modelled on Rudersdal: RPA for automatic bookkeeping on day and residential services (theme: mål).
  {
    title: 'Softwarerobot til bogføring af regninger på dag- og botilbud',
    purpose:
      'Medarbejderne på dag- og botilbuddene bruger mange timer på at kontere og bogføre ensartede regninger i hånden. Tiden tages fra borgerne, og fejl i konteringen skal rettes bagefter af Økonomi.',
    description:
      'En softwarerobot henter regningerne fra den elektroniske fakturaindbakke, konterer dem efter faste regler og bogfører dem i økonomisystemet. Regninger, robotten ikke kan genkende, sendes videre til manuel behandling. Vi har sat et mål om, at halvdelen af regningerne skal bogføres automatisk, så der fortsat er et pres for at høste gevinsten. Efter et halvt års drift ligger andelen på 38 %.',
    expectedValue:
      'Halvdelen af regningerne bogføres uden manuel behandling, svarende til ca. 1.100 frigjorte timer om året på tilbuddene. Færre konteringsfejl og hurtigere betaling af leverandører.',
    leadDepartmentCode: 'OKD-OKO',
    involvedDepartmentCodes: ['SOS-HAN', 'OKD-IT'],
    sizeClass: 'large',
    technology: 'RPA',
    radarRing: 'adopt',
    phase: 'realisation',
    registeredDay: -900,
    startDay: -816,
    endDay: -546,
  },
  // Modelled on Ballerup: a task force that accelerates the digitalisation of work processes (theme: gevinstrealisering).
  {
    title: 'Taskforce for digitale arbejdsgange',
    purpose:
      'Mange manuelle arbejdsgange kunne digitaliseres, men fagområderne mangler tid og kompetencer til at komme i gang. Uden et samlet overblik ved vi heller ikke, hvilke gevinster de enkelte tiltag giver.',
    description:
      'Et lille tværgående hold af digitaliseringskonsulenter hjælper fagområderne med at finde, prioritere og gennemføre mindre digitaliseringer af arbejdsgange. Hvert delprojekt får et gevinstkort og en før- og eftermåling, så vi kan se den samlede effekt. I det første år blev der sat omkring 60 delprojekter i gang.',
    expectedValue:
      'Ca. 7.000 frigjorte timer om året på tværs af forvaltningerne, dokumenteret med før- og eftermålinger. Bedre overblik over gevinster og en fælles metode for små projekter.',
    leadDepartmentCode: 'OKD-IT',
    involvedDepartmentCodes: ['BOS-BS', 'SOS-AEL', 'BUU-DAG', 'TEM-BYG'],
    sizeClass: 'large',
    technology: 'Low-code',
    radarRing: 'adopt',
    phase: 'realisation',
    registeredDay: -760,
    startDay: -690,
    endDay: -343,
  },
  // Modelled on Silkeborg: digitised handling of requests for access to documents, local steering groups (theme: governance).
  {
    title: 'Digital behandling af anmodninger om aktindsigt',
    purpose:
      'Anmodninger om aktindsigt behandles forskelligt i hver forvaltning, ofte med manuel fremfinding og overstregning af dokumenter. Det giver lange svartider og risiko for fejl i forhold til fristerne.',
    description:
      'Vi indfører et fælles digitalt forløb fra modtagelse af anmodningen til udlevering, med sporbar fristkontrol og understøttelse af overstregning i sags- og dokumentsystemet. En central styregruppe med ophæng i direktionen arbejder sammen med lokale styregrupper i forvaltningerne, så der er plads til lokale forskelle. Løsningen rulles ud forvaltning for forvaltning.',
    expectedValue:
      'Kortere svartid og færre overskredne frister. Ca. 1.500 frigjorte timer om året i sagsbehandlingen og en ensartet juridisk kvalitet på tværs af forvaltningerne.',
    leadDepartmentCode: 'BOS-SEK',
    involvedDepartmentCodes: ['OKD-IT', 'SOS', 'BUU-FAM', 'TEM-BYG'],
    sizeClass: 'large',
    technology: 'ESDH-workflow',
    radarRing: 'adopt',
    phase: 'implementation',
    registeredDay: -500,
    startDay: -422,
    endDay: 124,
  },
  // Modelled on Favrskov: the Digitaliseringsbank funding pool (theme: finansiering).
  {
    title: 'Etablering af Digitaliseringsbanken',
    purpose:
      'Gode idéer til afprøvning af ny teknologi strander, fordi de ikke kan finde plads i de almindelige budgetter. Der mangler et sted, hvor forvaltninger og institutioner nemt kan søge midler til digitalisering og innovation.',
    description:
      'Vi opretter en pulje, som finansieres ved en lille procentvis reduktion af serviceudgifterne, hvor halvdelen går til puljen og resten tilbage til kassen. Ansøgningsskemaet holdes kort og i et sprog, fagfolk kan bruge uden hjælp. Bevillinger kobles til et gevinstkort, så vi kan følge op på, hvad pengene har skabt.',
    expectedValue:
      'Et fast råderum til afprøvning af ny teknologi og opbygning af kompetencer. Flere afprøvninger fra fagområderne og et bedre grundlag for at beslutte, hvad der skal skaleres.',
    leadDepartmentCode: 'OKD-OKO',
    involvedDepartmentCodes: ['OKD-IT'],
    sizeClass: 'large',
    technology: null,
    radarRing: null,
    phase: 'closed',
    registeredDay: -1060,
    startDay: -1030,
    endDay: -707,
  },
  // Modelled on Billund: a budget tool run as a change project, not a technology project (theme: kommunikation).
  {
    title: 'Nyt værktøj til økonomi- og budgetstyring',
    purpose:
      'Budgetlægning og opfølgning sker i mange forskellige regneark, så ledelsen mangler et samlet og ensartet overblik. Budgetansvarlige ledere bruger meget tid på at samle tal sammen.',
    description:
      'Vi indfører et fælles digitalt værktøj til budgetlægning og budgetopfølgning for hele kommunen. Projektet er formuleret som et forandringsprojekt: nye roller for budgetansvarlige og økonomikonsulenter, en ny styringskultur og en kommunikationsplan rettet mod hver målgruppe. Teknologien er et middel, ikke målet.',
    expectedValue:
      'Ét samlet overblik over økonomien i hele kommunen og ensartede budgetopfølgninger. Ca. 800 frigjorte timer om året hos ledere og økonomikonsulenter.',
    leadDepartmentCode: 'OKD-OKO',
    involvedDepartmentCodes: ['BOS', 'SOS', 'BUU', 'TEM'],
    sizeClass: 'large',
    technology: 'Budgetsystem (SaaS)',
    radarRing: 'adopt',
    phase: 'closed',
    registeredDay: -1040,
    startDay: -1001,
    endDay: -392,
  },
  // Modelled on Aalborg: user groups of key users who are affected by new solutions (theme: inddragelse og ejerskab).
  {
    title: 'Ny kommunikationsplatform for dagtilbud og skoler med brugergrupper',
    purpose:
      'Den nuværende platform til kommunikation med forældre er svær at bruge for både personale og forældre. Tidligere løsninger blev valgt uden at dem, der bruger dem hver dag, var med.',
    description:
      'Vi nedsætter brugergrupper med dagtilbudsledere, pædagoger og skolesekretærer, som mødes tre til fire gange om året. De kvalificerer kravene, tester prototyper og deler erfaringer om arbejdsgangene. Deltagerne fungerer bagefter som ambassadører for løsningen i deres egne netværk.',
    expectedValue:
      'Højere tilfredshed blandt personale og forældre og færre henvendelser om brugen af platformen. Hurtigere ibrugtagning, fordi løsningen passer til arbejdsgangene.',
    leadDepartmentCode: 'BUU-DAG',
    involvedDepartmentCodes: ['BUU-SKO', 'OKD-IT'],
    sizeClass: 'large',
    technology: 'Kommunikationsplatform (SaaS)',
    radarRing: 'adopt',
    phase: 'implementation',
    registeredDay: -320,
    startDay: -270,
    endDay: 91,
  },
  // Modelled on Haderslev: working outside-in by observing daily work before setting direction (theme: strategi og retning).
  {
    title: 'Udefra og ind: observation af hverdagen i kerneopgaven',
    purpose:
      'Kommunens digitale prioriteringer er hidtil blevet lagt fra skrivebordet. Vi ved for lidt om, hvor de digitale løsninger hjælper eller står i vejen i den daglige opgaveløsning.',
    description:
      'Digitaliseringskonsulenter følger i tre måneder det daglige arbejde hos social- og sundhedshjælpere, pædagoger, socialrådgivere og administrative medarbejdere. Iagttagelserne samles i en kort rapport med de vigtigste behov. Rapporten er grundlaget for den næste prioritering af digitale initiativer.',
    expectedValue:
      'Et prioriteringsgrundlag, der bygger på de faktiske behov i kerneopgaven. Bedre forankring af kommende projekter, fordi medarbejderne kan genkende problemerne.',
    leadDepartmentCode: 'OKD-IT',
    involvedDepartmentCodes: ['SOS-AEL', 'BUU-DAG', 'BUU-FAM'],
    sizeClass: 'small',
    technology: null,
    radarRing: null,
    phase: 'closed',
    registeredDay: -1000,
    startDay: -963,
    endDay: -875,
  },
  // Modelled on Holbæk: raising every employee's digital competences (theme: kompetencer, ledelse).
  {
    title: 'Digitale kompetencer for alle medarbejdere',
    purpose:
      'Mange medarbejdere føler sig usikre i de digitale værktøjer, og nye løsninger bliver derfor kun delvist taget i brug. Direktionen ønsker at sætte mere fart på digitaliseringen ude i kerneområderne.',
    description:
      'Alle medarbejdere tilbydes et kompetenceforløb med korte e-læringsmoduler og lokale superbrugere på hver arbejdsplads. Lederne får et særskilt forløb i at lede digital forandring. Forløbet tager afsæt i de konkrete opgaver, så medarbejderne kan se sig selv i de nye roller.',
    expectedValue:
      'Højere brug af de løsninger, kommunen allerede har betalt for, og færre henvendelser til it-supporten. Målt som andel medarbejdere, der vurderer sig trygge ved de digitale værktøjer.',
    leadDepartmentCode: 'OKD-HR',
    involvedDepartmentCodes: ['OKD-IT', 'SOS', 'BUU', 'TEM', 'BOS'],
    sizeClass: 'large',
    technology: 'E-læring',
    radarRing: 'adopt',
    phase: 'implementation',
    registeredDay: -540,
    startDay: -473,
    endDay: 215,
  },
  // Modelled on Hjørring: a dialogue game about digital competences (theme: kompetencer).
  {
    title: 'Dialogspil om digitale kompetencer i ældreplejen',
    purpose:
      'I ældreplejen taler vi sjældent om, hvilke digitale kompetencer hverdagen kræver. Det gør det svært at målrette kompetenceudviklingen.',
    description:
      'Vi vil afprøve et dialogspil, hvor kolleger på personalemøder drøfter opgaver, roller og behov for kompetencer i den digitale hverdag. Svarene samles og bruges i den lokale kompetenceplan.',
    expectedValue:
      'En kompetenceplan for hver enhed, der bygger på medarbejdernes egne behov. Kvalitativ gevinst: større tryghed ved nye digitale løsninger.',
    leadDepartmentCode: 'SOS-AEL',
    involvedDepartmentCodes: ['OKD-HR'],
    sizeClass: 'small',
    technology: null,
    radarRing: null,
    phase: 'idea',
    registeredDay: -25,
    startDay: null,
    endDay: null,
  },
  // Modelled on the guide's advice to use the municipalities' technology radar and build your own (theme: prioritering).
  {
    title: 'Kommunens egen teknologiradar',
    purpose:
      'Vi har ikke overblik over, hvilke teknologier der er i brug eller under afprøvning, og afprøvninger kobles sjældent til driften. Det gør det svært at prioritere og at skalere det, der virker.',
    description:
      'Vi kortlægger de teknologier, forvaltningerne bruger og afprøver, og placerer dem på en radar med ringene klar, afprøv, hold øje og afvent. Radaren drøftes i direktionen to gange om året som grundlag for prioriteringen. Vi bygger på andre kommuners erfaringer frem for at afprøve alt selv.',
    expectedValue:
      'Færre afprøvninger, der aldrig når i drift, og en tydelig prioritering af modne teknologier. Et fælles sprog om, hvor vi vil være modige, og hvor vi ikke vil tage risici.',
    leadDepartmentCode: 'OKD-IT',
    involvedDepartmentCodes: [],
    sizeClass: 'small',
    technology: null,
    radarRing: null,
    phase: 'analysis',
    registeredDay: -150,
    startDay: -87,
    endDay: 124,
  },
  // Modelled on Herning: one project model for all digital projects, with trained project leads in the departments (theme: metode og procedure).
  {
    title: 'Fælles projektmodel for digitale projekter',
    purpose:
      'Digitale projekter gennemføres forskelligt fra gang til gang og afhænger af den enkelte projektleder. Det er svært at få overblik over fremdriften og at placere ansvaret i fagforvaltningerne.',
    description:
      'Vi indfører én projektmodel med faser, beslutningspunkter og roller, og en lettere udgave for små projekter. Projektledere og proceskonsulenter i fagforvaltningerne uddannes i modellen, så et projekt kan ledes både fra fagområdet og fra Digitalisering og IT.',
    expectedValue:
      'Ensartet styring og opfølgning på tværs af forvaltningerne og et klart ansvar i fagområderne. Kvalitativ gevinst: bedre samarbejde mellem fag og it.',
    leadDepartmentCode: 'OKD-IT',
    involvedDepartmentCodes: ['OKD-HR', 'SOS', 'BUU', 'TEM'],
    sizeClass: 'small',
    technology: null,
    radarRing: null,
    phase: 'closed',
    registeredDay: -1100,
    startDay: -1047,
    endDay: -728,
  },
  // Modelled on Rudersdal's digitalisation committee and the guide's theme on data (data infrastructure, data-driven management).
  {
    title: 'Fælles dataplatform til datadrevet ledelse',
    purpose:
      'Nøgletal hentes manuelt fra mange fagsystemer, og meget tid går med at kontrollere, om tallene er rigtige. Ansvaret for de enkelte datakilder er ikke placeret.',
    description:
      'Vi analyserer behovet for en fælles dataplatform, der samler udvalgte data fra fagsystemerne og giver ledere adgang til ensartede nøgletal. Analysen omfatter dataflow, informationssikkerhed, dataetik og en klar placering af dataansvar. Et digitaliseringsudvalg med direktionen og områdechefer prioriterer, hvilke områder der kommer først.',
    expectedValue:
      'Mindre tid på at samle og kontrollere tal og flere beslutninger på et fælles datagrundlag. Ca. 600 frigjorte timer om året i stabsfunktionerne, når de første områder er med.',
    leadDepartmentCode: 'OKD-IT',
    involvedDepartmentCodes: ['OKD-OKO', 'SOS', 'BUU'],
    sizeClass: 'large',
    technology: 'Dataplatform',
    radarRing: 'assess',
    phase: 'analysis',
    registeredDay: -130,
    startDay: -57,
    endDay: 581,
  },
  // Modelled on the guide's risk advice: decide early who handles each risk, involve legal expertise, test at small scale.
  {
    title: 'Chatbot til borgerhenvendelser på hjemmesiden',
    purpose:
      'Borgerservice modtager mange ensartede spørgsmål om fx pas, flytning og affald, som binder medarbejdere ved telefonen. Borgerne får ikke svar uden for åbningstiden.',
    description:
      'En chatbot på hjemmesiden skal besvare de hyppigste spørgsmål og henvise til selvbetjening. Projektet er sat på pause, fordi leverandørens behandling af persondata skal afklares juridisk, før løsningen kan tages i brug. Når det er afklaret, afprøves chatbotten først på ét emne, før den udvides.',
    expectedValue:
      'Færre telefonopkald om enkle spørgsmål, svarende til ca. 900 frigjorte timer om året i Borgerservice. Svar til borgerne døgnet rundt.',
    leadDepartmentCode: 'BOS-BS',
    involvedDepartmentCodes: ['OKD-IT', 'BOS-SEK'],
    sizeClass: 'large',
    technology: 'Chatbot',
    radarRing: 'hold',
    phase: 'paused',
    registeredDay: -640,
    startDay: -575,
    endDay: 215,
  },
  // Modelled on Favrskov's pool in use: a small test of new technology funded by the Digitaliseringsbank (theme: finansiering, risikovurdering).
  {
    title: 'Sensorer til måling af fyldningsgrad i affaldsbeholdere i parker',
    purpose:
      'Affaldsbeholderne i parkerne tømmes efter faste ruter, uanset om de er fulde eller tomme. Det giver unødig kørsel og overfyldte beholdere på varme dage.',
    description:
      'Vi vil afprøve sensorer, der melder fyldningsgraden, i en enkelt park, før en eventuel udrulning. Ruterne planlægges efter de faktiske behov. Afprøvningen søges finansieret af Digitaliseringsbanken.',
    expectedValue:
      'Færre kørsler og mindre CO₂-udledning, anslået 300 timer om året i Vej og Park ved fuld udrulning. Renere parker uden overfyldte beholdere.',
    leadDepartmentCode: 'TEM-VEJ',
    involvedDepartmentCodes: ['OKD-IT'],
    sizeClass: 'small',
    technology: 'Sensorer (IoT)',
    radarRing: 'trial',
    phase: 'idea',
    registeredDay: -35,
    startDay: 125,
    endDay: 336,
  },
];
