/**
 * Demo goals, benefits, measurements and evaluation points for the demo initiatives (see demo-data.ts).
 *
 * Written in our own words from the cases and advice in KL's guide "Digital transformation – redskaber, eksempler
 * og råd" (source: KL, Kommunernes Landsforening): Rudersdal's goal for automatic bookkeeping (50 % of invoices,
 * 38 % after six months of operation) and Ballerup's task force, whose projects together freed 7,300 hours in
 * their first year, followed up with before and after measurements. Figures are illustrative.
 *
 * Pure data. Dates are days relative to the day the demo is seeded (negative = in the past) and years are relative
 * to that day's year, so open evaluation points in the past stay overdue whenever the demo is started.
 */
import type { BenefitStatus, BenefitType, BenefitUnit, Direction, MeasurementKind } from '@gevinst/domain';

export interface DemoMeasurement {
  kind: MeasurementKind;
  day: number;
  value: number;
  comment?: string;
  /** Stored with its inputs; the value is its hours per year. */
  timeStudy?: { minutesBefore: number; minutesAfter: number; casesPerYear: number };
  /** The measurement fulfils an evaluation point of this label, due on the measurement's day. */
  point?: string;
}

/** Measurements and open (not yet measured) evaluation points of a goal or a benefit. */
export interface DemoFollowUp {
  measurements: DemoMeasurement[];
  openPoints: { day: number; label: string }[];
}

export interface DemoGoal extends DemoFollowUp {
  title: string;
  indicatorName: string;
  unit: string;
  direction: Direction;
  baselineValue: number;
  baselineDay: number;
  targetValue: number;
  targetDay: number;
  pessimisticTarget?: number;
  optimisticTarget?: number;
  strategicGoal: string;
  sideEffects?: string;
}

export interface DemoBenefit extends DemoFollowUp {
  title: string;
  description: string;
  type: BenefitType;
  quantified: boolean;
  unit: BenefitUnit;
  unitLabel?: string;
  /** Index into the initiative's goals: the goal the benefit serves. */
  goal: number | null;
  owner: 'benefit_owner' | 'project_lead';
  receivingDepartmentCode: string;
  preconditions: string;
  measurementMethod: string;
  inBudget: boolean;
  status: BenefitStatus;
  /** yearOffset 0 is the seed day's year. */
  years: { yearOffset: number; planned: number; realised: number | null }[];
}

export interface DemoInitiativeBenefits {
  /** The initiative's title in DEMO_INITIATIVES. */
  initiative: string;
  goals: DemoGoal[];
  benefits: DemoBenefit[];
}

export const DEMO_STRATEGIC_GOALS = [
  { title: 'Mere tid til kerneopgaven', description: 'Ensartede rutineopgaver løses digitalt, så medarbejderne bruger tiden hos borgerne.' },
  { title: 'Digital velfærd med borgeren i centrum', description: 'Digitale løsninger skal gøre det lettere og hurtigere at være borger i kommunen.' },
  { title: 'Datadrevet ledelse', description: 'Beslutninger og opfølgning bygger på data, der er til at stole på.' },
] as const;

const QUARTERLY = 'Kvartalsmåling';

export const DEMO_BENEFITS: readonly DemoInitiativeBenefits[] = [
  {
    // Rudersdal: a clear, ambitious goal keeps the pressure on to harvest the benefit.
    initiative: 'Softwarerobot til bogføring af regninger på dag- og botilbud',
    goals: [
      {
        title: 'Halvdelen af regningerne bogføres automatisk',
        indicatorName: 'Andel automatisk bogførte regninger',
        unit: '%', direction: 'higher',
        baselineValue: 0, baselineDay: -200,
        targetValue: 50, targetDay: 180,
        pessimisticTarget: 35, optimisticTarget: 60,
        strategicGoal: 'Mere tid til kerneopgaven',
        sideEffects: 'Regninger, der kræver et fagligt skøn, må ikke forsvinde i robotten: de sendes til manuel behandling.',
        measurements: [
          { kind: 'before', day: -200, value: 0, comment: 'Alle regninger blev konteret og bogført i hånden.' },
          { kind: 'during', day: -95, value: 21, comment: 'Tre måneder i drift; flere leverandører skal på fast kontering.', point: QUARTERLY },
          { kind: 'after', day: -8, value: 38, comment: 'Efter et halvt års drift bogfører robotten 38 % af regningerne.', point: QUARTERLY },
        ],
        openPoints: [{ day: 85, label: QUARTERLY }],
      },
    ],
    benefits: [
      {
        title: 'Frigjort tid til borgerne på dag- og botilbud',
        description: 'Medarbejderne bruger ikke længere tid på at kontere ensartede regninger.',
        type: 'time', quantified: true,
        unit: 'hours',
        goal: 0, owner: 'benefit_owner',
        receivingDepartmentCode: 'SOS-HAN',
        preconditions: 'Robotten er i drift, og leverandørerne sender elektroniske regninger.',
        measurementMethod: 'Tidsstudie: minutter pr. regning før og efter × antal regninger om året',
        inBudget: false, status: 'in_progress',
        years: [{ yearOffset: -1, planned: 400, realised: 380 }, { yearOffset: 0, planned: 900, realised: 615 }, { yearOffset: 1, planned: 1200, realised: null }],
        measurements: [
          { kind: 'before', day: -205, value: 0, comment: 'Før robotten: ingen tid frigjort.' },
          { kind: 'during', day: -70, value: 615, timeStudy: { minutesBefore: 6, minutesAfter: 1.5, casesPerYear: 8200 }, point: QUARTERLY },
        ],
        openPoints: [
          { day: -40, label: QUARTERLY },
          { day: -10, label: 'Måling efter seks måneders drift' },
          { day: 50, label: QUARTERLY },
        ],
      },
      {
        title: 'Færre fejlkonteringer at rette for Økonomi',
        description: 'Robotten konterer efter faste regler, så Økonomi retter færre fejl bagefter.',
        type: 'quality', quantified: false,
        unit: 'other', unitLabel: 'rettelser',
        goal: 0, owner: 'project_lead',
        receivingDepartmentCode: 'OKD-OKO',
        preconditions: 'Konteringsreglerne holdes ved lige.',
        measurementMethod: 'Stikprøve af rettede posteringer hvert kvartal',
        inBudget: false, status: 'in_progress',
        years: [],
        measurements: [],
        openPoints: [{ day: 30, label: 'Stikprøve' }],
      },
    ],
  },
  {
    // Ballerup: a task force, a benefit map per project and before/after measurements; 7,300 hours in year one.
    initiative: 'Taskforce for digitale arbejdsgange',
    goals: [
      {
        title: 'Digitale arbejdsgange frigør 10.000 timer om året',
        indicatorName: 'Frigjorte timer pr. år',
        unit: 'timer', direction: 'higher',
        baselineValue: 0, baselineDay: -420,
        targetValue: 10000, targetDay: 250,
        strategicGoal: 'Mere tid til kerneopgaven',
        measurements: [
          { kind: 'before', day: -420, value: 0 },
          { kind: 'after', day: -20, value: 7300, comment: 'Samlet efter taskforcens første år.' },
        ],
        openPoints: [],
      },
    ],
    benefits: [
      taskForceBenefit('Digital modtagelse af ansøgninger i Borgerservice', 'BOS-BS', 'benefit_owner', 2000, 2100, { minutesBefore: 14, minutesAfter: 5, casesPerYear: 14000 }),
      taskForceBenefit('Automatisk journalisering af indgående post', 'BOS-SEK', 'project_lead', 1800, 1650),
      taskForceBenefit('Digitale tjeklister i hjemmeplejen', 'SOS-AEL', 'benefit_owner', 2200, 2350),
      taskForceBenefit('Selvbetjent booking af mødelokaler og haller', 'TEM-EJD', 'project_lead', 1000, 1200),
    ],
  },
  {
    // Silkeborg: digitised requests for access to documents.
    initiative: 'Digital behandling af anmodninger om aktindsigt',
    goals: [
      {
        title: 'Kortere ventetid på aktindsigt',
        indicatorName: 'Gennemsnitlig sagsbehandlingstid',
        unit: 'dage', direction: 'lower',
        baselineValue: 12, baselineDay: -60,
        targetValue: 7, targetDay: 365,
        strategicGoal: 'Digital velfærd med borgeren i centrum',
        measurements: [{ kind: 'before', day: -60, value: 12, comment: 'Opgjort over de seneste 200 sager.' }],
        openPoints: [{ day: 120, label: 'Første måling efter ibrugtagning' }],
      },
    ],
    benefits: [
      {
        title: 'Mindre tid til journalisering og oversendelse',
        description: 'Sagsbehandlerne sparer tid, når dokumenterne samles og sendes digitalt.',
        type: 'economic', quantified: true,
        unit: 'DKK',
        goal: 0, owner: 'project_lead',
        receivingDepartmentCode: 'BOS-SEK',
        preconditions: 'Løsningen er integreret med ESDH-systemet.',
        measurementMethod: 'Timer sparet pr. sag × antal sager × timepris',
        inBudget: true, status: 'planned',
        years: [{ yearOffset: 0, planned: 150000, realised: null }, { yearOffset: 1, planned: 300000, realised: null }],
        measurements: [],
        openPoints: [{ day: -5, label: 'Baseline for tidsforbrug' }, { day: 90, label: QUARTERLY }],
      },
      {
        title: 'Borgerne oplever hurtigere og mere gennemsigtig behandling',
        description: 'Borgeren kan følge sin anmodning og får svar hurtigere.',
        type: 'citizen_experience', quantified: true,
        unit: 'other', unitLabel: 'tilfredshed (1-5)',
        goal: 0, owner: 'benefit_owner',
        receivingDepartmentCode: 'BOS-BS',
        preconditions: 'Kvitteringsmail med forventet svartid.',
        measurementMethod: 'Kort spørgeskema til borgere, der har fået svar',
        inBudget: false, status: 'planned',
        years: [{ yearOffset: 1, planned: 4.2, realised: null }],
        measurements: [{ kind: 'before', day: -50, value: 3.1 }],
        openPoints: [{ day: 150, label: 'Måling efter et halvt år' }],
      },
    ],
  },
  {
    // Billund: a budget tool run as a change project; followed up after the project closed.
    initiative: 'Nyt værktøj til økonomi- og budgetstyring',
    goals: [
      {
        title: 'Hurtigere budgetopfølgning',
        indicatorName: 'Timer pr. budgetopfølgning i alt',
        unit: 'timer', direction: 'lower',
        baselineValue: 120, baselineDay: -540,
        targetValue: 80, targetDay: 60,
        strategicGoal: 'Datadrevet ledelse',
        measurements: [
          { kind: 'before', day: -540, value: 120 },
          { kind: 'after', day: -30, value: 92, comment: 'Første opfølgning efter projektets afslutning.' },
        ],
        openPoints: [],
      },
    ],
    benefits: [
      {
        title: 'Sparede konsulentudgifter til budgetmodeller',
        description: 'Budgetmodellerne vedligeholdes i værktøjet i stedet for i regneark hos en konsulent.',
        type: 'economic', quantified: true,
        unit: 'DKK',
        goal: 0, owner: 'benefit_owner',
        receivingDepartmentCode: 'OKD-OKO',
        preconditions: 'Budgetterne bruger værktøjet i hele budgetprocessen.',
        measurementMethod: 'Faktiske konsulentudgifter sammenlignet med de tre foregående år',
        inBudget: true, status: 'in_progress',
        years: [{ yearOffset: -1, planned: 400000, realised: 350000 }, { yearOffset: 0, planned: 400000, realised: 180000 }],
        measurements: [{ kind: 'after', day: -100, value: 350000, point: 'Opfølgning efter lukning' }],
        openPoints: [{ day: -60, label: 'Halvårlig opfølgning' }],
      },
    ],
  },
];

function taskForceBenefit(
  title: string,
  receivingDepartmentCode: string,
  owner: DemoBenefit['owner'],
  planned: number,
  realised: number,
  timeStudy?: DemoMeasurement['timeStudy'],
): DemoBenefit {
  return {
    title,
    description: 'Et af taskforcens projekter, med sit eget gevinstkort og målinger før og efter.',
    type: 'time', quantified: true,
    unit: 'hours',
    goal: 0,
    owner,
    receivingDepartmentCode,
    preconditions: 'Medarbejderne er oplært, og den gamle arbejdsgang er lukket.',
    measurementMethod: 'Før- og eftermåling af tidsforbrug pr. sag',
    inBudget: false, status: 'realised',
    years: [{ yearOffset: -1, planned, realised }, { yearOffset: 0, planned, realised: null }],
    measurements: [
      { kind: 'before', day: -400, value: 0 },
      { kind: 'after', day: -45, value: timeStudy ? 2100 : realised, timeStudy, point: 'Eftermåling' },
    ],
    openPoints: owner === 'benefit_owner' ? [{ day: -25, label: QUARTERLY }] : [{ day: 70, label: QUARTERLY }],
  };
}
