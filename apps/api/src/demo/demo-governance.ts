/**
 * Demo governance for the demo initiatives (see demo-data.ts): steering groups in Silkeborg's model (Direktionen with
 * local groups under it, and a project group under one of them), who steers each initiative, a pending gate request,
 * status reports over four quarters, a held portfolio review with its decisions and a planned one, prioritisation
 * criteria with scores, and the organisation's risk appetite.
 *
 * Written in our own words from the governance, prioritisation and risk advice in KL's guide "Digital transformation –
 * redskaber, eksempler og råd" (source: KL, Kommunernes Landsforening): anchor portfolio management at the top, make
 * clear who decides what, follow up continuously and prioritise systematically. Illustrative, not a claim about any
 * real municipality.
 *
 * The data deliberately leaves the health rules something to find: the technology radar has no steering group or
 * project owner (ROL-1), and two initiatives have not submitted a report for the current quarter (GOV-2): the task
 * force has none, the competence programme only a draft.
 *
 * Pure data (seeded by demo-governance-seed.ts). Reports and meetings are placed in calendar quarters relative to the
 * seed day (0 = the current quarter, −1 the one before, …), so the current review cycle always has its reports whenever
 * the demo is seeded. Other quarters use days from the quarter's first day; the current quarter uses days back from the
 * seed day (never before the quarter began). Meetings and reports fall on working days.
 */
import type { AgendaReason, DecisionKind, Phase, Rag, RiskAppetite, RiskCategory, Role, StatusReportFigures } from '@gevinst/domain';

const ROBOT = 'Softwarerobot til bogføring af regninger på dag- og botilbud';
const TASKFORCE = 'Taskforce for digitale arbejdsgange';
const AKTINDSIGT = 'Digital behandling af anmodninger om aktindsigt';
const BANK = 'Etablering af Digitaliseringsbanken';
const BUDGET = 'Nyt værktøj til økonomi- og budgetstyring';
const PLATFORM = 'Ny kommunikationsplatform for dagtilbud og skoler med brugergrupper';
const OUTSIDE_IN = 'Udefra og ind: observation af hverdagen i kerneopgaven';
const COMPETENCES = 'Digitale kompetencer for alle medarbejdere';
const DIALOGUE = 'Dialogspil om digitale kompetencer i ældreplejen';
const RADAR = 'Kommunens egen teknologiradar';
const PROJECT_MODEL = 'Fælles projektmodel for digitale projekter';
const DATA = 'Fælles dataplatform til datadrevet ledelse';
const CHATBOT = 'Chatbot til borgerhenvendelser på hjemmesiden';
const SENSORS = 'Sensorer til måling af fyldningsgrad i affaldsbeholdere i parker';

const DIRECTORATE = 'Direktionen';
const DIGITAL = 'Digitaliseringsstyregruppen, Økonomi og Digitalisering';
const SOCIAL = 'Styregruppe for Social og Sundhed';
const AKTINDSIGT_GROUP = 'Projektstyregruppe for digital aktindsigt';

export interface DemoSteeringGroup {
  name: string;
  level: 'directorate' | 'department' | 'project';
  /** Listed before its children. */
  parent: string | null;
  /** The demo users with these roles; the chair (first) is a member too. */
  chair: Role;
  members: Role[];
}

export const DEMO_STEERING_GROUPS: readonly DemoSteeringGroup[] = [
  // The porteføljekontor prepares the directorate's portfolio reviews and sits in as secretary.
  { name: DIRECTORATE, level: 'directorate', parent: null, chair: 'directorate', members: ['admin'] },
  { name: DIGITAL, level: 'department', parent: DIRECTORATE, chair: 'directorate', members: ['finance', 'admin'] },
  { name: SOCIAL, level: 'department', parent: DIRECTORATE, chair: 'benefit_owner', members: ['finance'] },
  // Silkeborg: a central group with its line to the directorate, working with the departments' local groups.
  { name: AKTINDSIGT_GROUP, level: 'project', parent: DIGITAL, chair: 'directorate', members: ['admin', 'benefit_owner'] },
];

/** Who steers each initiative past idé; the technology radar has no group or owner yet (ROL-1). */
export const DEMO_STEERING: readonly { initiative: string; group: string; owner: Role }[] = [
  { initiative: ROBOT, group: SOCIAL, owner: 'benefit_owner' },
  { initiative: TASKFORCE, group: DIGITAL, owner: 'directorate' },
  { initiative: AKTINDSIGT, group: AKTINDSIGT_GROUP, owner: 'directorate' },
  { initiative: BANK, group: DIRECTORATE, owner: 'finance' },
  { initiative: BUDGET, group: DIGITAL, owner: 'finance' },
  { initiative: PLATFORM, group: DIGITAL, owner: 'directorate' },
  { initiative: OUTSIDE_IN, group: DIGITAL, owner: 'admin' },
  { initiative: COMPETENCES, group: DIRECTORATE, owner: 'directorate' },
  { initiative: PROJECT_MODEL, group: DIGITAL, owner: 'admin' },
  { initiative: DATA, group: DIGITAL, owner: 'directorate' },
  { initiative: CHATBOT, group: DIGITAL, owner: 'directorate' },
];

/** The analysis of the data platform is done: the project lead asks the gate for gennemførelse (days from the seed day). */
export const DEMO_GATE_REQUEST = {
  initiative: DATA,
  toPhase: 'implementation' as Phase,
  day: -6,
  note: 'Analysen er færdig: dataflow, informationssikkerhed og dataansvar er beskrevet, og ældreområdet er valgt som første område. Vi beder om at gå i gang med gennemførelsen.',
};

type Dimensions = [scope: Rag, time: Rag, budget: Rag, benefits: Rag, risks: Rag];

export interface DemoStatusReport {
  /** 0 = the current quarter, −1 the one before, … */
  quarter: number;
  overall: Rag;
  dimensions: Dimensions;
  summary: string;
  nextSteps: string;
  decisionRequest?: string;
  /** A draft is never submitted. */
  status: 'submitted' | 'draft';
  /** Past quarters: days from the quarter's first day; the current quarter: days back from the seed day. */
  day: number;
  /**
   * The frozen figures are the initiative's figures at seed time, with realised benefits and goal achievement scaled
   * by `progress` (how far it had come then), and any figure overridden.
   */
  progress?: number;
  figures?: Partial<StatusReportFigures>;
}

const G: Dimensions = ['green', 'green', 'green', 'green', 'green'];

export const DEMO_STATUS_REPORTS: readonly { initiative: string; reports: DemoStatusReport[] }[] = [
  {
    initiative: ROBOT,
    reports: [
      { quarter: -3, overall: 'green', dimensions: G, status: 'submitted', day: 68, progress: 0.35,
        summary: 'Robotten bogfører nu regninger fra alle dag- og botilbud. Andelen af robotbogførte regninger stiger støt, og stikprøverne har ikke fundet konteringsfejl.',
        nextSteps: 'Flere leverandører lægges på fast kontering. Tidsstudie af den frigjorte tid på tre tilbud.' },
      { quarter: -2, overall: 'green', dimensions: G, status: 'submitted', day: 66, progress: 0.6,
        summary: 'Kvartalsopdateringen af økonomisystemet gik uden nedbrud efter den faste test i testmiljøet. Godt en femtedel af regningerne bogføres nu af robotten.',
        nextSteps: 'Stikprøverne på kontering afsluttes. Lederne på tilbuddene aftaler, hvad den frigjorte tid skal bruges til.' },
      { quarter: -1, overall: 'amber', dimensions: ['green', 'green', 'green', 'amber', 'amber'], status: 'submitted', day: 64, progress: 0.85,
        summary: 'Robotten kører stabilt, men tilbuddene har ikke alle aftalt, hvad den frigjorte tid bruges til, og to evalueringspunkter er ikke fulgt op. Gevinsten kan derfor kun delvist dokumenteres.',
        nextSteps: 'Gevinstejeren tager den frigjorte tid op på lederkredsens kvartalsmøde.' },
      { quarter: 0, overall: 'amber', dimensions: ['green', 'green', 'green', 'amber', 'green'], status: 'submitted', day: 5,
        summary: '38 % af regningerne bogføres nu af robotten (målet er 50 %). Den frigjorte tid er endnu ikke fulgt op på alle tilbud.',
        nextSteps: 'Opfølgning på lederkredsens møde. Licens via den fælleskommunale rammeaftale undersøges før fornyelsen.' },
    ],
  },
  {
    // No report for the current quarter (GOV-2).
    initiative: TASKFORCE,
    reports: [
      { quarter: -3, overall: 'green', dimensions: G, status: 'submitted', day: 63, progress: 0.95,
        summary: 'Taskforcens første år sluttede med omkring 60 delprojekter. Eftermålingerne samles nu ind, og løsningerne overdrages til driften i fagområderne.',
        nextSteps: 'Hver løsning i drift får en navngiven driftsejer.' },
      { quarter: -2, overall: 'green', dimensions: G, status: 'submitted', day: 65, progress: 0.97,
        summary: 'Alle low-code-løsninger i drift har nu en driftsejer. Nye delprojekter vælges efter deres gevinstkort.',
        nextSteps: 'Gennemgang af løsningerne i drift sammen med fagområderne.' },
      { quarter: -1, overall: 'amber', dimensions: ['green', 'green', 'green', 'amber', 'amber'], status: 'submitted', day: 62,
        summary: 'Budgetaftalen forventer, at de frigjorte timer omsættes til kroner. Fagområderne frygter, at gevinsten høstes, før den er realiseret.',
        nextSteps: 'Afklaring med Økonomi af, hvilke gevinster der tages ind i budgettet, og hvornår.' },
    ],
  },
  {
    initiative: AKTINDSIGT,
    reports: [
      { quarter: -3, overall: 'amber', dimensions: ['green', 'amber', 'green', 'green', 'amber'], status: 'submitted', day: 66,
        summary: 'Overstregningsmodulet er installeret og afprøves i Sekretariat og Jura. Fristkontrollen virker, men afprøvningen af overstregningen er en måned forsinket.',
        nextSteps: 'Afprøvningen afsluttes; udrulningen i Social og Sundhed forberedes.' },
      { quarter: -2, overall: 'amber', dimensions: ['green', 'amber', 'green', 'green', 'amber'], status: 'submitted', day: 64,
        summary: 'Udrulningen i Social og Sundhed er i gang. Test viser, at overstregning af personnumre i vedhæftede filer ikke altid slår igennem.',
        nextSteps: 'Leverandøren analyserer fejlen. Manuel kontrol af alle udleveringer med vedhæftede filer.' },
      { quarter: -1, overall: 'red', dimensions: ['amber', 'red', 'amber', 'green', 'red'], status: 'submitted', day: 63, figures: { openHighRisks: 2 },
        summary: 'I to sager er der udleveret dokumenter med personoplysninger, som skulle have været overstreget. Udrulningen er standset, indtil fejlen er rettet; fristerne i de berørte sager er overholdt med manuel kontrol.',
        nextSteps: 'Leverandøren retter fejlen. Fire ugers dobbeltkontrol af alle udleveringer.',
        decisionRequest: 'Direktionen bedes godkende, at risikopuljen på 150.000 kr. bruges til ekstra kontrol og undervisning, og at udrulningen i Familie og Rådgivning flyttes til næste år.' },
      { quarter: 0, overall: 'amber', dimensions: ['green', 'amber', 'amber', 'green', 'amber'], status: 'submitted', day: 3,
        summary: 'Leverandøren har rettet fejlen, og dobbeltkontrollen har ikke fundet nye fejl. Risikopuljen er delvist brugt til ekstra kontrol og undervisning.',
        nextSteps: 'Udrulningen i Social og Sundhed genoptages. Plan for Familie og Rådgivning næste år.' },
    ],
  },
  {
    initiative: PLATFORM,
    reports: [
      { quarter: -3, overall: 'green', dimensions: G, status: 'submitted', day: 67,
        summary: 'Gennemførelsen er godkendt, og kontrakten med leverandøren er underskrevet. Brugergrupperne har testet de første prototyper.',
        nextSteps: 'Brugergrupperne kvalificerer opsætningen. Dataudtræk fra den gamle platform bestilles.' },
      { quarter: -2, overall: 'amber', dimensions: ['green', 'amber', 'green', 'green', 'green'], status: 'submitted', day: 65,
        summary: 'Overførslen af data fra den gamle platform er forsinket, fordi leverandøren ikke kan levere et fuldt dataudtræk.',
        nextSteps: 'Eskalering til leverandørens kundeansvarlige. Pilotdriften flyttes fire uger.' },
      { quarter: -1, overall: 'green', dimensions: G, status: 'submitted', day: 62,
        summary: 'Dataudtrækket er leveret, og pilotdriften i fire dagtilbud og to skoler er i gang. Brugergrupperne melder om færre spørgsmål fra forældrene.',
        nextSteps: 'Evaluering af pilotdriften med brugergrupperne.' },
      { quarter: 0, overall: 'green', dimensions: G, status: 'submitted', day: 8,
        summary: 'Pilotdriften er evalueret positivt. Udrulningen til alle dagtilbud og skoler er planlagt til næste kvartal.',
        nextSteps: 'Superbrugere uddannes; kommunikation til forældrene forberedes.' },
    ],
  },
  {
    // Only a draft for the current quarter (GOV-2: a draft is not a report).
    initiative: COMPETENCES,
    reports: [
      { quarter: -3, overall: 'green', dimensions: G, status: 'submitted', day: 65,
        summary: 'E-læringsmodulerne er lanceret, og de første 20 arbejdspladser har fået superbrugere.',
        nextSteps: 'Ledelsesforløbet starter for alle ledere.' },
      { quarter: -2, overall: 'amber', dimensions: ['green', 'amber', 'green', 'amber', 'amber'], status: 'submitted', day: 63,
        summary: 'Deltagelsen i ledelsesforløbet er lavere end planlagt; flere ledere melder, at de ikke har tid.',
        nextSteps: 'Direktøren skriver til lederne om forløbet. Kortere moduler afprøves.' },
      { quarter: -1, overall: 'amber', dimensions: ['amber', 'amber', 'green', 'amber', 'amber'], status: 'submitted', day: 64,
        summary: 'Kun halvdelen af lederne har gennemført ledelsesforløbet, og superbrugertimerne i Teknik og Miljø og i Borgerservice er ikke bevilget. Der er ingen risikopulje til den høje risiko for manglende ledelsesopbakning.',
        nextSteps: 'Ledelsesforløbet gøres obligatorisk for ledere på ældre- og dagtilbudsområdet.',
        decisionRequest: 'Direktionen bedes tage stilling til, om udrulningen i Teknik og Miljø og i Borgerservice skal vente til næste år.' },
      { quarter: 0, overall: 'amber', dimensions: ['amber', 'amber', 'green', 'amber', 'amber'], status: 'draft', day: 2,
        summary: 'Ledelsesforløbet er genstartet på ældre- og dagtilbudsområdet. Tallene for deltagelsen mangler endnu fra HR.',
        nextSteps: 'Rapporten indsendes, når HR har leveret tallene.' },
    ],
  },
  {
    // In gennemførelse until the directorate paused it; a paused initiative still reports.
    initiative: CHATBOT,
    reports: [
      { quarter: -3, overall: 'amber', dimensions: ['green', 'amber', 'green', 'green', 'amber'], status: 'submitted', day: 66, figures: { phase: 'implementation' },
        summary: 'Chatbotten er sat op til spørgsmål om pas og flytning, men juristernes vurdering af leverandørens behandling af persondata er ikke færdig.',
        nextSteps: 'Den juridiske vurdering afsluttes, før chatbotten afprøves på hjemmesiden.' },
      { quarter: -2, overall: 'amber', dimensions: ['green', 'red', 'green', 'amber', 'amber'], status: 'submitted', day: 64, figures: { phase: 'implementation' },
        summary: 'Leverandøren kan ikke dokumentere, hvor samtaledata opbevares. Afprøvningen på hjemmesiden er udskudt.',
        nextSteps: 'Møde med leverandøren om databehandleraftalen.' },
      { quarter: -1, overall: 'red', dimensions: ['amber', 'red', 'amber', 'amber', 'red'], status: 'submitted', day: 62, figures: { phase: 'implementation' },
        summary: 'Juristerne vurderer, at chatbotten ikke kan tages i brug med den nuværende databehandleraftale. Leverandøren kan ikke give en dato for en ny aftale.',
        nextSteps: 'Afventer direktionens beslutning.',
        decisionRequest: 'Projektet bedes sat på pause, indtil leverandøren kan tilbyde en lovlig databehandleraftale, så projektgruppen kan frigives til andre opgaver.' },
      { quarter: 0, overall: 'amber', dimensions: ['amber', 'red', 'green', 'amber', 'amber'], status: 'submitted', day: 4,
        summary: 'Projektet er på pause efter direktionens beslutning. Leverandøren har sendt et udkast til en ny databehandleraftale, som juristerne gennemgår.',
        nextSteps: 'Ved en positiv vurdering lægges en plan for genstart med ét emne (pas).' },
    ],
  },
];

export interface DemoDecision {
  initiative: string;
  kind: DecisionKind;
  fromPhase: Phase;
  reason: string;
  openFindings?: { ruleId: string; message: string }[];
}

/** The directorate's review of the previous quarter, held on its `day` (from the quarter's first day). */
export const DEMO_HELD_REVIEW = {
  group: DIRECTORATE,
  quarter: -1,
  day: 77,
  notes:
    'Direktionen gennemgik porteføljen på grundlag af kvartalets statusrapporter. Aktindsigt og chatbotten stod rødt; begge havde bedt om en beslutning. Den frigjorte tid fra softwarerobotten og taskforcens gevinster i budgettet følges op på næste møde.',
  items: [
    { initiative: DATA, reasons: ['gate_request'] },
    { initiative: AKTINDSIGT, reasons: ['red_status', 'decision_requested'] },
    { initiative: CHATBOT, reasons: ['red_status', 'decision_requested'] },
    { initiative: ROBOT, reasons: ['amber_status', 'overdue_follow_up'] },
    { initiative: TASKFORCE, reasons: ['amber_status'] },
    { initiative: COMPETENCES, reasons: ['amber_status', 'decision_requested'] },
  ] as { initiative: string; reasons: AgendaReason[] }[],
  decisions: [
    {
      initiative: DATA, kind: 'approve_phase', fromPhase: 'idea',
      reason: 'Godkendt til analyse, selv om der endnu ikke er opstillet mål: analysen skal netop afklare mål, baseline og gevinster, før der søges om gennemførelse.',
      openFindings: [{ ruleId: 'MAAL-1', message: 'Initiativet har ingen mål.' }],
    },
    {
      initiative: AKTINDSIGT, kind: 'continue', fromPhase: 'implementation',
      reason: 'Projektet fortsætter med dobbeltkontrol af alle udleveringer. Risikopuljen må bruges til ekstra kontrol og undervisning, og udrulningen i Familie og Rådgivning flyttes til næste år.',
    },
    {
      initiative: CHATBOT, kind: 'pause', fromPhase: 'implementation',
      reason: 'Sat på pause, indtil leverandøren kan tilbyde en databehandleraftale, som juristerne vurderer lovlig. Projektgruppen frigives til andre opgaver imens.',
    },
    {
      initiative: COMPETENCES, kind: 'reprioritise', fromPhase: 'implementation',
      reason: 'Ældre- og dagtilbudsområdet kommer først, og ledelsesforløbet går forud for e-læringen. Udrulningen i Teknik og Miljø og i Borgerservice venter til næste år.',
    },
  ] as DemoDecision[],
};

/** A gate passed at the steering group's own meeting, outside a portfolio review (days from the quarter's first day). */
export const DEMO_OTHER_DECISIONS: readonly (DemoDecision & { group: string; quarter: number; day: number })[] = [
  {
    initiative: PLATFORM, kind: 'approve_phase', fromPhase: 'analysis', group: DIGITAL, quarter: -3, day: 50,
    reason: 'Godkendt til gennemførelse på grundlag af brugergruppernes afprøvning af prototyperne. Mål for tilfredshed og henvendelser fastlægges med brugergrupperne før udrulningen.',
    openFindings: [{ ruleId: 'MAAL-1', message: 'Initiativet har ingen mål.' }],
  },
];

/**
 * The directorate's next review, early in the next quarter (days from its first day), on this quarter's reports: always
 * ahead of a newcomer, whatever day it is. Its agenda is built as the app builds it, from what is due today.
 */
export const DEMO_PLANNED_REVIEW = { group: DIRECTORATE, quarter: 1, day: 20 };

export const DEMO_PRIORITY_CRITERIA: readonly { name: string; description: string; weight: number; inverse: boolean }[] = [
  { name: 'Strategisk sigte', description: 'Hvor meget initiativet bidrager til kommunens digitaliseringsstrategi og overordnede mål.', weight: 30, inverse: false },
  { name: 'Gevinstpotentiale', description: 'Størrelsen af de forventede gevinster: kroner, frigjort tid, kvalitet og borgeroplevelse.', weight: 30, inverse: false },
  { name: 'Modenhed', description: 'Hvor moden teknologien og organisationen er: er løsningen afprøvet, hos os eller i andre kommuner?', weight: 15, inverse: false },
  { name: 'Risiko', description: 'Den samlede risiko i initiativet. En høj score trækker prioriteringen ned.', weight: 15, inverse: true },
  { name: 'Lovkrav / skal-opgave', description: 'Om initiativet er nødvendigt for at overholde lovgivning eller løse en skal-opgave.', weight: 10, inverse: false },
];

/** Scores 0–5 in the order of DEMO_PRIORITY_CRITERIA, for every demo initiative. */
export const DEMO_PRIORITY_SCORES: readonly { initiative: string; scores: [number, number, number, number, number] }[] = [
  { initiative: ROBOT, scores: [4, 4, 5, 2, 0] },
  { initiative: TASKFORCE, scores: [5, 5, 4, 2, 0] },
  { initiative: AKTINDSIGT, scores: [4, 3, 3, 4, 5] },
  { initiative: BANK, scores: [5, 3, 4, 1, 0] },
  { initiative: BUDGET, scores: [4, 3, 4, 2, 1] },
  { initiative: PLATFORM, scores: [3, 3, 4, 3, 2] },
  { initiative: OUTSIDE_IN, scores: [4, 2, 5, 1, 0] },
  { initiative: COMPETENCES, scores: [5, 3, 3, 4, 0] },
  { initiative: DIALOGUE, scores: [2, 1, 4, 1, 0] },
  { initiative: RADAR, scores: [4, 2, 3, 1, 0] },
  { initiative: PROJECT_MODEL, scores: [4, 2, 5, 1, 0] },
  { initiative: DATA, scores: [5, 4, 2, 4, 1] },
  { initiative: CHATBOT, scores: [3, 4, 2, 5, 0] },
  { initiative: SENSORS, scores: [2, 2, 2, 3, 0] },
];

export const DEMO_RISK_APPETITE: readonly { category: RiskCategory; appetite: RiskAppetite; statement: string }[] = [
  { category: 'political', appetite: 'cautious', statement: 'Vi går gerne forrest, når byrådet står bag, men sætter ikke projekter i gang, der kan svække borgernes tillid til kommunen.' },
  { category: 'economic', appetite: 'cautious', statement: 'Vi investerer, når gevinsterne er sandsynliggjort og har en ejer, og sætter penge af til risici i større projekter.' },
  { category: 'technical', appetite: 'open', statement: 'Vi afprøver gerne ny teknologi i det små, før vi skalerer, og bygger videre på andre kommuners erfaringer.' },
  { category: 'legal', appetite: 'averse', statement: 'Vi tager ingen chancer med lovgivningen: en løsning tages først i brug, når den juridiske vurdering er på plads.' },
  { category: 'information_security', appetite: 'averse', statement: 'Borgernes data beskyttes altid. Løsninger uden en lovlig databehandleraftale og en risikovurdering tages ikke i brug.' },
  { category: 'organisational', appetite: 'open', statement: 'Vi er klar til at ændre arbejdsgange og roller, når medarbejderne er inddraget, og ledelsen bakker op.' },
  { category: 'supplier', appetite: 'cautious', statement: 'Vi vælger leverandører, der kan dokumentere drift og sikkerhed, og undgår at binde os til én leverandør, hvor vi kan.' },
];
