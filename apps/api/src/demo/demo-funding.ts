/**
 * Demo funding for the demo initiatives (see demo-data.ts): funding plans per year, category, source and paying
 * department over five budget years, and the pool "Digitaliseringsbanken" with yearly capital and applications.
 *
 * Written in our own words from the funding advice in KL's guide "Digital transformation – redskaber, eksempler og
 * råd" (source: KL, Kommunernes Landsforening): set money aside for both purchase and implementation, make a clear
 * funding plan between departments when digitalisation crosses them, and keep a pool easy to apply for. The pool is
 * modelled on Favrskov's Digitaliseringsbank, funded by cutting service spending by 2.5 ‰ and putting half of it in
 * the bank. Amounts are illustrative, not a claim about any real municipality.
 *
 * The plans deliberately leave the health rules something to find: the paused chatbot has no funding plan (FIN-2),
 * the access-to-documents initiative keeps a risk reserve for its open high risk while the competence programme has
 * none for its own (RISK-3 both ways), and the initiatives without benefits cannot say who receives them (FIN-2).
 *
 * No fixed years or dates: budget years are years from the seeding day's year and days are days from the seeding day
 * (demo-calendar.ts), so the plan always runs from last year to three years ahead and the pool holds this year's capital.
 */
import { kronerToOre } from '@gevinst/domain';
import type { ApplicationStatus, FundingCategory, FundingLineStatus, FundingSource, Role } from '@gevinst/domain';
import type { EntityManager } from 'typeorm';
import { FundingLineEntity } from '../modules/funding/funding-line.entity';
import { FundingPoolYearEntity } from '../modules/funding-pools/funding-pool-year.entity';
import { FundingPoolEntity } from '../modules/funding-pools/funding-pool.entity';
import { PoolApplicationEntity } from '../modules/funding-pools/pool-application.entity';
import type { DemoCalendar } from './demo-calendar';

export interface DemoFundingLine {
  /** Budget years from the seeding day's year (0 = this year). */
  yearOffset: number;
  category: FundingCategory;
  /** DKK with at most two decimals. */
  amount: number;
  /** Pool lines come from granted applications only (DEMO_POOL_APPLICATIONS). */
  source: Exclude<FundingSource, 'pool'>;
  sourceName?: string;
  /** Code of the paying department. */
  payer: string;
  status: FundingLineStatus;
  note?: string;
}

export interface DemoInitiativeFunding {
  /** The initiative's title in DEMO_INITIATIVES. */
  initiative: string;
  lines: DemoFundingLine[];
}

export interface DemoPoolApplication {
  initiative: string;
  /** The budget year applied for, from the seeding day's year. */
  yearOffset: number;
  amount: number;
  category: FundingCategory;
  purpose: string;
  status: ApplicationStatus;
  /** The demo user with this role applied. */
  applicant: Role;
  /** Days from the seeding day (moved off weekends, like the decision). */
  appliedDay: number;
  /** Set when decided (by the demo finance user). */
  decidedDay: number | null;
  reason: string | null;
  /** Code of the department the granted funding line is booked on. */
  payer: string;
}

const BANK = 'Digitaliseringsbanken';

export const DEMO_FUNDING_POOL = {
  name: BANK,
  rules: [
    'Digitaliseringsbanken giver penge til at afprøve ny teknologi og nye digitale arbejdsgange, som det er svært at finde plads til i det almindelige budget.',
    '',
    'Hvor kommer pengene fra? Hvert år sænker vi serviceudgifterne med 2,5 promille. Halvdelen går til banken, og halvdelen går tilbage til kommunekassen.',
    '',
    'Hvem kan søge? Alle forvaltninger og institutioner – også en enkelt arbejdsplads.',
    '',
    'Sådan søger du: Skriv kort, med dine egne ord, hvad I vil afprøve, hvad det koster, og hvad I håber at få ud af det. Et par linjer er nok. Der er ingen bilag.',
    '',
    'Svar: Økonomi og Digitalisering svarer inden for tre uger. Får I et nej, fortæller vi hvorfor, og hvad der skal til for at søge igen.',
    '',
    'Når I får penge: Vi laver sammen et kort gevinstkort, og bagefter fortæller I kort, hvad afprøvningen viste – også hvis den ikke virkede.',
  ].join('\n'),
  /** 1.25 ‰ of the year's service spending (half of the 2.5 ‰ cut). */
  years: [
    { yearOffset: -1, capital: 3_012_500 },
    { yearOffset: 0, capital: 3_087_500 },
    { yearOffset: 1, capital: 3_150_000 },
  ],
} as const;

const ROBOT = 'Softwarerobot til bogføring af regninger på dag- og botilbud';
const TASKFORCE = 'Taskforce for digitale arbejdsgange';
const AKTINDSIGT = 'Digital behandling af anmodninger om aktindsigt';
const BUDGET = 'Nyt værktøj til økonomi- og budgetstyring';
const PLATFORM = 'Ny kommunikationsplatform for dagtilbud og skoler med brugergrupper';
const COMPETENCES = 'Digitale kompetencer for alle medarbejdere';
const DIALOGUE = 'Dialogspil om digitale kompetencer i ældreplejen';
const RADAR = 'Kommunens egen teknologiradar';
const DATA = 'Fælles dataplatform til datadrevet ledelse';
const CHATBOT = 'Chatbot til borgerhenvendelser på hjemmesiden';
const SENSORS = 'Sensorer til måling af fyldningsgrad i affaldsbeholdere i parker';

const CASH = 'Kassen: reserve til it-investeringer';

export const DEMO_FUNDING: readonly DemoInitiativeFunding[] = [
  {
    // Economy pays for the robot, the services whose time it frees pay its licence.
    initiative: ROBOT,
    lines: [
      { yearOffset: -1, category: 'implementation', amount: 185_000, source: 'own_budget', payer: 'OKD-OKO', status: 'confirmed', note: 'Konsulent til opsætning af robot og konteringsregler' },
      { yearOffset: -1, category: 'acquisition', amount: 64_800, source: 'central', sourceName: CASH, payer: 'OKD-IT', status: 'confirmed', note: 'Robotlicens og testmiljø' },
      { yearOffset: -1, category: 'operation', amount: 96_437.5, source: 'own_budget', payer: 'SOS-HAN', status: 'confirmed', note: 'Licens og drift, andet halvår' },
      { yearOffset: 0, category: 'operation', amount: 98_850, source: 'own_budget', payer: 'SOS-HAN', status: 'confirmed' },
      { yearOffset: 1, category: 'operation', amount: 101_321.25, source: 'own_budget', payer: 'SOS-HAN', status: 'proposed', note: 'Licensen fornyes; prisen kan stige (risiko nr. 4)' },
    ],
  },
  {
    // The low-code licences came from the bank (DEMO_POOL_APPLICATIONS); operation is shared by the departments that gain.
    initiative: TASKFORCE,
    lines: [
      { yearOffset: -1, category: 'implementation', amount: 1_450_000, source: 'own_budget', payer: 'OKD-IT', status: 'confirmed', note: 'Tre digitaliseringskonsulenter i et år' },
      { yearOffset: -1, category: 'other', amount: 65_000, source: 'own_budget', payer: 'OKD-IT', status: 'confirmed', note: 'Tidsstudier og gevinstkort for delprojekterne' },
      { yearOffset: 0, category: 'operation', amount: 190_000, source: 'own_budget', payer: 'OKD-IT', status: 'confirmed', note: 'Low-code-platformen' },
      { yearOffset: 0, category: 'operation', amount: 95_000, source: 'own_budget', payer: 'BOS-BS', status: 'confirmed' },
      { yearOffset: 0, category: 'operation', amount: 95_000, source: 'own_budget', payer: 'SOS-AEL', status: 'confirmed' },
    ],
  },
  {
    // An open high risk (personal data in the redaction), and money set aside for it.
    initiative: AKTINDSIGT,
    lines: [
      { yearOffset: -1, category: 'acquisition', amount: 640_000, source: 'own_budget', payer: 'BOS-SEK', status: 'confirmed', note: 'Overstregningsmodul og fristkontrol i sags- og dokumentsystemet' },
      { yearOffset: 0, category: 'implementation', amount: 225_187.5, source: 'own_budget', payer: 'BOS-SEK', status: 'confirmed' },
      { yearOffset: 0, category: 'implementation', amount: 87_312.5, source: 'own_budget', payer: 'SOS', status: 'confirmed', note: 'Udrulning i Social og Sundhed' },
      { yearOffset: 0, category: 'risk_reserve', amount: 150_000, source: 'central', sourceName: CASH, payer: 'BOS-SEK', status: 'confirmed', note: 'Ekstra kontrol og undervisning, hvis overstregningen svigter' },
      { yearOffset: 1, category: 'implementation', amount: 62_500, source: 'own_budget', payer: 'BUU-FAM', status: 'proposed', note: 'Udrulning i Familie og Rådgivning' },
      { yearOffset: 1, category: 'operation', amount: 185_000, source: 'own_budget', payer: 'BOS-SEK', status: 'proposed' },
    ],
  },
  {
    // Closed, but the licence runs on, shared by the forvaltninger that use the tool.
    initiative: BUDGET,
    lines: [
      { yearOffset: -1, category: 'implementation', amount: 425_000, source: 'own_budget', payer: 'OKD-OKO', status: 'confirmed' },
      ...[-1, 0, 1, 2, 3].flatMap((yearOffset): DemoFundingLine[] => [
        { yearOffset, category: 'operation', amount: 340_000, source: 'own_budget', payer: 'OKD-OKO', status: yearOffset <= 0 ? 'confirmed' : 'proposed' },
        { yearOffset, category: 'operation', amount: 170_000, source: 'own_budget', payer: 'SOS', status: yearOffset <= 0 ? 'confirmed' : 'proposed' },
        { yearOffset, category: 'operation', amount: 170_000, source: 'own_budget', payer: 'BUU', status: yearOffset <= 0 ? 'confirmed' : 'proposed' },
      ]),
    ],
  },
  {
    initiative: PLATFORM,
    lines: [
      { yearOffset: 0, category: 'acquisition', amount: 540_000, source: 'own_budget', payer: 'BUU-DAG', status: 'confirmed' },
      { yearOffset: 0, category: 'acquisition', amount: 360_000, source: 'own_budget', payer: 'BUU-SKO', status: 'confirmed' },
      { yearOffset: 1, category: 'implementation', amount: 95_000, source: 'own_budget', payer: 'OKD-IT', status: 'proposed', note: 'Migrering af data fra den gamle platform' },
      ...[1, 2, 3].flatMap((yearOffset): DemoFundingLine[] => [
        { yearOffset, category: 'operation', amount: 247_200, source: 'own_budget', payer: 'BUU-DAG', status: yearOffset === 1 ? 'confirmed' : 'proposed' },
        { yearOffset, category: 'operation', amount: 164_800, source: 'own_budget', payer: 'BUU-SKO', status: yearOffset === 1 ? 'confirmed' : 'proposed' },
      ]),
    ],
  },
  {
    // An open high risk (leaders not giving time to the programme) and no risk reserve: RISK-3.
    initiative: COMPETENCES,
    lines: [
      { yearOffset: -1, category: 'acquisition', amount: 275_000, source: 'own_budget', payer: 'OKD-HR', status: 'confirmed', note: 'E-læringsplatform' },
      { yearOffset: -1, category: 'implementation', amount: 180_000, source: 'external_grant', sourceName: 'Den Kommunale Kompetencefond', payer: 'OKD-HR', status: 'confirmed' },
      { yearOffset: 0, category: 'implementation', amount: 210_000, source: 'own_budget', payer: 'SOS', status: 'confirmed', note: 'Superbrugertimer' },
      { yearOffset: 0, category: 'implementation', amount: 185_000, source: 'own_budget', payer: 'BUU', status: 'confirmed', note: 'Superbrugertimer' },
      { yearOffset: 0, category: 'implementation', amount: 62_500, source: 'own_budget', payer: 'TEM', status: 'proposed', note: 'Superbrugertimer' },
      { yearOffset: 0, category: 'implementation', amount: 48_750, source: 'own_budget', payer: 'BOS', status: 'proposed', note: 'Superbrugertimer' },
      { yearOffset: 1, category: 'operation', amount: 95_000, source: 'own_budget', payer: 'OKD-HR', status: 'proposed' },
    ],
  },
  {
    initiative: RADAR,
    lines: [{ yearOffset: 1, category: 'other', amount: 25_000, source: 'own_budget', payer: 'OKD-IT', status: 'proposed', note: 'Radarmøder i direktionen' }],
  },
  {
    // Still in analyse: the plan is proposed, with a reserve for its high risk (data responsibility).
    initiative: DATA,
    lines: [
      { yearOffset: 1, category: 'acquisition', amount: 1_250_000, source: 'own_budget', payer: 'OKD-IT', status: 'proposed' },
      { yearOffset: 1, category: 'implementation', amount: 480_000, source: 'external_grant', sourceName: 'Statslig pulje til datadrevet styring', payer: 'OKD-IT', status: 'proposed', note: 'Ansøgning sendes i foråret' },
      { yearOffset: 2, category: 'risk_reserve', amount: 200_000, source: 'central', sourceName: CASH, payer: 'OKD-OKO', status: 'proposed' },
      ...[2, 3].flatMap((yearOffset): DemoFundingLine[] => [
        { yearOffset, category: 'operation', amount: 312_000, source: 'own_budget', payer: 'OKD-IT', status: 'proposed' },
        { yearOffset, category: 'operation', amount: 156_000, source: 'own_budget', payer: 'SOS', status: 'proposed' },
        { yearOffset, category: 'operation', amount: 156_000, source: 'own_budget', payer: 'BUU', status: 'proposed' },
      ]),
    ],
  },
  {
    initiative: SENSORS,
    lines: [{ yearOffset: 1, category: 'operation', amount: 18_562.5, source: 'own_budget', payer: 'TEM-VEJ', status: 'proposed', note: 'Dataabonnement til sensorerne' }],
  },
  // The chatbot has no funding plan: its application to the bank was rejected, and it is paused (FIN-2).
];

export const DEMO_POOL_APPLICATIONS: readonly DemoPoolApplication[] = [
  {
    initiative: TASKFORCE, yearOffset: -1, amount: 750_000, category: 'acquisition', status: 'granted', applicant: 'project_lead', payer: 'OKD-IT',
    purpose: 'Licenser til en low-code-platform, så taskforcen kan bygge små digitale arbejdsgange sammen med fagområderne.',
    appliedDay: -683, decidedDay: -665, reason: 'Bevilget. Hvert delprojekt får et gevinstkort.',
  },
  {
    initiative: CHATBOT, yearOffset: -1, amount: 950_000, category: 'implementation', status: 'rejected', applicant: 'project_lead', payer: 'BOS-BS',
    purpose: 'Afprøvning af en chatbot på hjemmesiden, der svarer på de hyppigste spørgsmål om pas, flytning og affald.',
    appliedDay: -599, decidedDay: -581,
    reason: 'Afslået indtil videre: det er ikke afklaret, om leverandørens behandling af persondata er lovlig. Søg igen, når den juridiske vurdering er på plads – og start gerne med ét emne.',
  },
  {
    initiative: AKTINDSIGT, yearOffset: -1, amount: 400_000, category: 'implementation', status: 'granted', applicant: 'project_lead', payer: 'BOS-SEK',
    purpose: 'Afprøvning af overstregning i sags- og dokumentsystemet i én forvaltning, før den rulles ud i resten.',
    appliedDay: -452, decidedDay: -434, reason: null,
  },
  {
    initiative: COMPETENCES, yearOffset: 0, amount: 350_000, category: 'implementation', status: 'granted', applicant: 'project_lead', payer: 'OKD-HR',
    purpose: 'Superbrugere på de første 20 arbejdspladser, så vi kan se, om lokal hjælp får flere til at bruge løsningerne.',
    appliedDay: -319, decidedDay: -301, reason: null,
  },
  {
    initiative: PLATFORM, yearOffset: 0, amount: 120_000, category: 'implementation', status: 'granted', applicant: 'project_lead', payer: 'BUU-DAG',
    purpose: 'Brugergrupper med pædagoger og skolesekretærer, der tester prototyper af platformen, før vi vælger opsætning.',
    appliedDay: -298, decidedDay: -280, reason: null,
  },
  {
    initiative: DATA, yearOffset: 0, amount: 1_400_000, category: 'operation', status: 'rejected', applicant: 'project_lead', payer: 'OKD-IT',
    purpose: 'Drift af en fælles dataplatform i de første år.',
    appliedDay: -53, decidedDay: -35,
    reason: 'Banken betaler for afprøvninger, ikke for varig drift. Driften skal findes i forvaltningernes budgetter. Søg gerne om en afgrænset afprøvning på ét område.',
  },
  {
    initiative: RADAR, yearOffset: 1, amount: 64_250, category: 'other', status: 'granted', applicant: 'project_lead', payer: 'OKD-IT',
    purpose: 'To workshops med forvaltningerne og en ekstern facilitator til den første teknologiradar.',
    appliedDay: -46, decidedDay: -28, reason: null,
  },
  {
    initiative: SENSORS, yearOffset: 1, amount: 185_000, category: 'implementation', status: 'applied', applicant: 'project_lead', payer: 'TEM-VEJ',
    purpose: 'Sensorer i affaldsbeholderne i én park i et halvt år, så ruterne kan planlægges efter, hvor fulde de er.',
    appliedDay: -18, decidedDay: null, reason: null,
  },
  {
    initiative: DIALOGUE, yearOffset: 1, amount: 42_500.75, category: 'other', status: 'applied', applicant: 'benefit_owner', payer: 'SOS-AEL',
    purpose: 'Et dialogspil om digitale kompetencer, som vi vil prøve på personalemøder i tre plejecentre.',
    appliedDay: -11, decidedDay: null, reason: null,
  },
];

export interface DemoFundingRefs {
  organisationId: string;
  /** Initiative ids by title. */
  initiativeIds: Map<string, string>;
  /** Department ids by code. */
  departmentIds: Map<string, string>;
  /** Demo user ids by role. */
  userIds: Map<Role, string>;
}

/** The pool with its capital and applications, then the funding plans, inside the seed's transaction. */
export async function seedDemoFunding(manager: EntityManager, refs: DemoFundingRefs, calendar: DemoCalendar): Promise<void> {
  const { organisationId } = refs;
  const poolYears = DEMO_FUNDING_POOL.years.map(({ yearOffset, capital }) => ({ year: calendar.year(yearOffset), capital }));
  // Finance decides on working days.
  const applications = DEMO_POOL_APPLICATIONS.map(({ yearOffset, appliedDay, decidedDay, ...a }) => ({
    ...a,
    year: calendar.year(yearOffset),
    appliedOn: calendar.workday(appliedDay),
    decidedOn: decidedDay === null ? null : calendar.workday(decidedDay),
  }));
  const lookup = <K>(map: Map<K, string>, key: K, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo funding names an unknown ${what}: ${String(key)}`);
    return id;
  };
  const ore = (amount: number) => String(kronerToOre(amount));
  const financeId = lookup(refs.userIds, 'finance', 'role');

  const pool = await manager.getRepository(FundingPoolEntity).save({ organisationId, name: DEMO_FUNDING_POOL.name, rules: DEMO_FUNDING_POOL.rules });
  await manager
    .getRepository(FundingPoolYearEntity)
    .insert(poolYears.map(({ year, capital }) => ({ organisationId, poolId: pool.id, year, capitalOre: ore(capital) })));

  const grantedOre = new Map<number, number>();
  for (const application of applications) {
    const capital = poolYears.find((y) => y.year === application.year)?.capital;
    if (capital === undefined) throw new Error(`Demo application of ${application.initiative} is for ${application.year}, a year without capital`);
    if ((application.status === 'applied') !== (application.decidedOn === null)) throw new Error(`Demo application of ${application.initiative} is decided only if not applied`);
    if (application.status === 'granted') {
      const granted = (grantedOre.get(application.year) ?? 0) + kronerToOre(application.amount);
      if (granted > kronerToOre(capital)) throw new Error(`Demo grants of ${application.year} exceed the pool's capital`);
      grantedOre.set(application.year, granted);
    }
    const initiativeId = lookup(refs.initiativeIds, application.initiative, 'initiative');
    const appliedAt = calendar.at(application.appliedOn, '09:30');
    const decidedAt = application.decidedOn === null ? null : calendar.at(application.decidedOn, '13:00');
    const { identifiers } = await manager.getRepository(PoolApplicationEntity).insert({
      organisationId,
      poolId: pool.id,
      initiativeId,
      year: application.year,
      amountOre: ore(application.amount),
      category: application.category,
      purpose: application.purpose,
      status: application.status,
      appliedBy: lookup(refs.userIds, application.applicant, 'role'),
      decidedBy: decidedAt === null ? null : financeId,
      decidedAt,
      reason: application.reason,
      createdAt: appliedAt,
      updatedAt: decidedAt ?? appliedAt,
    });
    if (application.status === 'granted') {
      await manager.getRepository(FundingLineEntity).insert({
        organisationId,
        initiativeId,
        year: application.year,
        category: application.category,
        amountOre: ore(application.amount),
        source: 'pool',
        poolId: pool.id,
        sourceName: null,
        payingDepartmentId: lookup(refs.departmentIds, application.payer, 'department'),
        note: `Bevilget af ${BANK}`,
        status: 'confirmed',
        applicationId: identifiers[0].id as string,
      });
    }
  }

  for (const plan of DEMO_FUNDING) {
    const initiativeId = lookup(refs.initiativeIds, plan.initiative, 'initiative');
    await manager.getRepository(FundingLineEntity).insert(
      plan.lines.map((line) => ({
        organisationId,
        initiativeId,
        year: calendar.year(line.yearOffset),
        category: line.category,
        amountOre: ore(line.amount),
        source: line.source,
        poolId: null,
        sourceName: line.sourceName ?? null,
        payingDepartmentId: lookup(refs.departmentIds, line.payer, 'department'),
        note: line.note ?? null,
        status: line.status,
        applicationId: null,
      })),
    );
  }
}
