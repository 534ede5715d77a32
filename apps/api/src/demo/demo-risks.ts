/**
 * Demo risk logs for the demo initiatives (see demo-data.ts), in the columns of the municipal risk-log template:
 * cause → event → consequence, category, probability and consequence 1–5, who handles it, owner, mitigation actions,
 * residual ratings after mitigation, status, identified and last-reviewed dates.
 *
 * Written in our own words from the risk advice in KL's guide "Digital transformation – redskaber, eksempler og råd"
 * (source: KL, Kommunernes Landsforening): decide early who handles each risk, assess risks before the project leaves
 * analyse, keep the log alive. Illustrative, not a claim about any real municipality.
 *
 * The logs deliberately leave the health rules something to find: a risk without a handler (RISK-1), risks not reviewed
 * for more than 90 days and overdue actions (RISK-5), and a new high risk without actions (RISK-6).
 *
 * Pure data (seeded by demo-risks-seed.ts). Identified dates are days from the initiative's planned start (negative =
 * during analyse, before the initiative left it), so the logs stay "assessed early" whenever the demo is seeded. Review
 * dates and action deadlines are days from the seed day, so stale risks and overdue actions stay stale and overdue.
 */
import type { RiskActionStatus, RiskCategory, RiskHandler, RiskRating, RiskStatus, Role } from '@gevinst/domain';

export interface DemoRiskAction {
  action: string;
  responsible: string | null;
  /** Days from the seed day; null = no deadline. */
  deadlineDay: number | null;
  status: RiskActionStatus;
}

export interface DemoRisk {
  title: string;
  cause: string;
  event: string;
  consequenceText: string;
  category: RiskCategory;
  probability: RiskRating;
  consequence: RiskRating;
  /** null: not decided yet (a RISK-1 finding while the risk is live). */
  handler: RiskHandler | null;
  /** The demo user with this role owns the risk. */
  owner: Role | null;
  /** [probability, consequence] after mitigation; null = not assessed. */
  residual: [RiskRating, RiskRating] | null;
  status: RiskStatus;
  /** Days from the initiative's planned start (negative = before it left analyse). */
  identifiedFromStart: number;
  /** Days from the seed day; null = never reviewed. */
  reviewedDay: number | null;
  actions: DemoRiskAction[];
}

export interface DemoInitiativeRisks {
  /** The initiative's title in DEMO_INITIATIVES; its risks are numbered 1, 2, … in this order. */
  initiative: string;
  risks: DemoRisk[];
}

const PL = 'Per Projektleder';

export const DEMO_RISKS: readonly DemoInitiativeRisks[] = [
  {
    initiative: 'Softwarerobot til bogføring af regninger på dag- og botilbud',
    risks: [
      {
        title: 'Robotten stopper, når økonomisystemet opdateres',
        cause: 'Robotten arbejder i økonomisystemets brugerflade, og leverandøren ændrer skærmbilleder ved de kvartalsvise opdateringer.',
        event: 'En opdatering flytter eller omdøber felter, så robotten ikke kan gennemføre bogføringen.',
        consequenceText: 'Regningerne hober sig op, betalingsfrister overskrides, og medarbejderne på tilbuddene må igen bogføre i hånden.',
        category: 'technical', probability: 3, consequence: 3, handler: 'shared', owner: 'project_lead',
        residual: [2, 3], status: 'in_progress', identifiedFromStart: -60, reviewedDay: -20,
        actions: [
          { action: 'Aftale med leverandøren om varsel af ændringer i brugerfladen fire uger før hver opdatering', responsible: PL, deadlineDay: -300, status: 'done' },
          { action: 'Fast test af robotten i testmiljøet før hver kvartalsopdatering', responsible: 'Digitalisering og IT', deadlineDay: 34, status: 'in_progress' },
        ],
      },
      {
        title: 'Forkert kontering giver fejl i regnskabet',
        cause: 'Konteringsreglerne bygger på leverandørnavn og varelinjer, som ikke altid er entydige.',
        event: 'Robotten konterer regninger på en forkert konto eller et forkert omkostningssted.',
        consequenceText: 'Fejl i regnskab og budgetopfølgning på tilbuddene; Økonomi skal finde og rette posteringerne bagefter.',
        category: 'economic', probability: 3, consequence: 2, handler: 'municipality', owner: 'finance',
        residual: [1, 2], status: 'closed', identifiedFromStart: -45, reviewedDay: -150,
        actions: [
          { action: 'Månedlig stikprøve på 25 robotbogførte regninger i de første seks måneder', responsible: 'Økonomi og Budget', deadlineDay: -160, status: 'done' },
          { action: 'Regninger, robotten ikke genkender sikkert, sendes til manuel behandling', responsible: PL, deadlineDay: -400, status: 'done' },
        ],
      },
      {
        title: 'Den frigjorte tid bliver ikke brugt hos borgerne',
        cause: 'Den frigjorte tid er spredt i små bidder på mange tilbud, og ingen har aftalt, hvad den skal bruges til.',
        event: 'Tiden forsvinder i andre administrative opgaver.',
        consequenceText: 'Gevinsten kan ikke dokumenteres, og målet om mere tid til kerneopgaven nås ikke.',
        category: 'organisational', probability: 3, consequence: 4, handler: 'municipality', owner: 'benefit_owner',
        residual: [2, 4], status: 'open', identifiedFromStart: -30, reviewedDay: -40,
        actions: [
          { action: 'Lederne på tilbuddene aftaler, hvad den frigjorte tid skal bruges til', responsible: 'Gitte Gevinstejer', deadlineDay: -90, status: 'done' },
          { action: 'Opfølgning på den frigjorte tid på lederkredsens kvartalsmøde', responsible: 'Gitte Gevinstejer', deadlineDay: -10, status: 'planned' },
        ],
      },
      {
        title: 'Leverandøren hæver prisen på robotlicensen',
        cause: 'Licensaftalen udløber om et år, og markedet for softwarerobotter er konsolideret.',
        event: 'Licensprisen stiger ved fornyelsen.',
        consequenceText: 'Driftsudgiften æder en del af den økonomiske gevinst.',
        category: 'supplier', probability: 2, consequence: 2, handler: 'municipality', owner: 'project_lead',
        residual: null, status: 'open', identifiedFromStart: 150, reviewedDay: -60,
        actions: [{ action: 'Undersøge licens via den fælleskommunale rammeaftale før fornyelsen', responsible: 'Økonomi og Budget', deadlineDay: 120, status: 'planned' }],
      },
    ],
  },
  {
    initiative: 'Taskforce for digitale arbejdsgange',
    risks: [
      {
        title: 'Taskforcens konsulenter trækkes ind i driftsopgaver',
        cause: 'Konsulenterne er de samme, som fagområderne kender fra it-supporten.',
        event: 'Drift og support tager en stigende del af deres tid.',
        consequenceText: 'Færre delprojekter gennemføres, og de forventede timegevinster udebliver.',
        category: 'organisational', probability: 4, consequence: 3, handler: 'municipality', owner: 'project_lead',
        residual: [2, 3], status: 'closed', identifiedFromStart: -40, reviewedDay: -200,
        actions: [{ action: 'Fast tidsfordeling aftalt med it-chefen: højst 10 % drift og support', responsible: 'Dorte Direktør', deadlineDay: -600, status: 'done' }],
      },
      {
        title: 'Low-code-løsninger uden driftsejer',
        cause: 'Delprojekterne bygger små løsninger i low-code-platformen, ofte uden at driften er aftalt.',
        event: 'En løsning holder op med at virke, og ingen har ansvaret for at rette den.',
        consequenceText: 'Arbejdsgangen falder tilbage til manuel behandling, og den dokumenterede gevinst falder.',
        category: 'technical', probability: 3, consequence: 3, handler: 'municipality', owner: 'admin',
        residual: [2, 2], status: 'in_progress', identifiedFromStart: 90, reviewedDay: -130,
        actions: [
          { action: 'Krav om en navngiven driftsejer, før et delprojekt sættes i drift', responsible: PL, deadlineDay: -250, status: 'done' },
          { action: 'Gennemgang af alle low-code-løsninger i drift med fagområderne', responsible: 'Anne Porteføljekontor', deadlineDay: 30, status: 'in_progress' },
        ],
      },
      {
        title: 'Timegevinsterne høstes som besparelse i budgettet',
        cause: 'De 7.000 frigjorte timer er nævnt i budgetaftalen.',
        event: 'Byrådet forventer, at alle timerne omsættes til kroner i næste budget.',
        consequenceText: 'Fagområderne holder op med at melde gevinster, hvis alle timer hentes som besparelse, og taskforcen mister sin opbakning.',
        category: 'political', probability: 3, consequence: 4, handler: 'municipality', owner: 'directorate',
        residual: [2, 4], status: 'open', identifiedFromStart: -20, reviewedDay: -25,
        actions: [{ action: 'Direktionen lægger principper frem for, hvilken andel af gevinsterne der hentes i budgettet', responsible: 'Dorte Direktør', deadlineDay: -100, status: 'done' }],
      },
    ],
  },
  {
    initiative: 'Digital behandling af anmodninger om aktindsigt',
    risks: [
      {
        title: 'Personoplysninger udleveres ved fejl i overstregningen',
        cause: 'Overstregningen sker i et nyt modul, som sagsbehandlerne ikke er vant til.',
        event: 'Et dokument udleveres med oplysninger, der skulle have været overstreget.',
        consequenceText: 'Brud på persondatasikkerheden, der skal anmeldes til Datatilsynet inden for 72 timer, og tab af borgernes tillid.',
        category: 'information_security', probability: 3, consequence: 5, handler: 'municipality', owner: 'project_lead',
        residual: [2, 5], status: 'in_progress', identifiedFromStart: -75, reviewedDay: -14,
        actions: [
          { action: 'Fire øjne på alle udleveringer med personoplysninger', responsible: 'Sekretariat og Jura', deadlineDay: -380, status: 'done' },
          { action: 'Undervisning af alle sagsbehandlere i overstregningsmodulet', responsible: PL, deadlineDay: 20, status: 'in_progress' },
          { action: 'Månedlig stikprøvekontrol af udleverede sager', responsible: 'Sekretariat og Jura', deadlineDay: 45, status: 'planned' },
        ],
      },
      {
        title: 'Overstregningsmodulet leveres for sent',
        cause: 'Modulet er nyt hos leverandøren af sags- og dokumentsystemet og afhænger af leverandørens egen udviklingsplan.',
        event: 'Leverancen forsinkes ud over udrulningen i den næste forvaltning.',
        consequenceText: 'Udrulningsplanen skrider, og forvaltningerne overstreger fortsat i hånden i længere tid.',
        category: 'supplier', probability: 4, consequence: 3, handler: 'supplier', owner: 'project_lead',
        residual: [3, 3], status: 'open', identifiedFromStart: -60, reviewedDay: -30,
        actions: [
          { action: 'Dagbod ved forsinkelse skrevet ind i leveranceaftalen', responsible: 'Sekretariat og Jura', deadlineDay: -400, status: 'done' },
          { action: 'Månedligt statusmøde med leverandøren om leveranceplanen', responsible: 'Leverandøren', deadlineDay: null, status: 'in_progress' },
        ],
      },
      {
        title: 'Fristerne for aktindsigt overskrides i overgangen',
        cause: 'I overgangsperioden findes anmodninger både i det gamle og det nye forløb.',
        event: 'En anmodning bliver liggende uden fristkontrol.',
        consequenceText: 'Svarfristen på syv arbejdsdage overskrides, borgeren klager, og kommunen risikerer kritik fra Folketingets Ombudsmand.',
        category: 'legal', probability: 2, consequence: 4, handler: 'municipality', owner: 'project_lead',
        residual: [1, 4], status: 'open', identifiedFromStart: -50, reviewedDay: -10,
        actions: [{ action: 'Fælles postkasse for aktindsigt med daglig kontrol af frister i overgangen', responsible: 'Sekretariat og Jura', deadlineDay: -350, status: 'done' }],
      },
      {
        title: 'De lokale styregrupper prioriterer udrulningen forskelligt',
        cause: 'Hver forvaltning har sin egen styregruppe og sine egne travle perioder.',
        event: 'En forvaltning udskyder sin udrulning.',
        consequenceText: 'Borgerne oplever forskellig behandling afhængigt af, hvilken forvaltning de søger aktindsigt hos.',
        category: 'organisational', probability: 2, consequence: 2, handler: 'municipality', owner: 'directorate',
        residual: null, status: 'closed', identifiedFromStart: -40, reviewedDay: -60,
        actions: [{ action: 'Fælles udrulningsplan godkendt i den centrale styregruppe', responsible: 'Dorte Direktør', deadlineDay: -300, status: 'done' }],
      },
    ],
  },
  {
    initiative: 'Ny kommunikationsplatform for dagtilbud og skoler med brugergrupper',
    risks: [
      {
        title: 'Data fra den gamle platform kan ikke flyttes',
        cause: 'Den gamle platform kan kun eksportere beskeder, billeder og samtykker i sit eget format.',
        event: 'Historik, samtykker og kontaktoplysninger kan ikke overføres automatisk.',
        consequenceText: 'Personalet skal genoprette oplysninger i hånden, og forældre mister adgang til tidligere beskeder.',
        category: 'technical', probability: 3, consequence: 4, handler: 'shared', owner: 'project_lead',
        residual: [2, 3], status: 'in_progress', identifiedFromStart: -70, reviewedDay: -21,
        actions: [
          { action: 'Prøvemigrering af én skoles data', responsible: 'Digitalisering og IT', deadlineDay: -60, status: 'done' },
          { action: 'Aftale med den gamle leverandør om eksport i et standardformat', responsible: PL, deadlineDay: -14, status: 'in_progress' },
        ],
      },
      {
        title: 'En tilbudsgiver klager over tildelingen',
        cause: 'Platformen er købt uden for den fælleskommunale rammeaftale.',
        event: 'En tabende tilbudsgiver klager over udbuddet.',
        consequenceText: 'Klagenævnet for Udbud kan annullere kontrakten, og projektet må begynde forfra.',
        category: 'legal', probability: 1, consequence: 5, handler: 'municipality', owner: 'project_lead',
        residual: [1, 5], status: 'closed', identifiedFromStart: -60, reviewedDay: -200,
        actions: [{ action: 'Juridisk vurdering af udbudsformen', responsible: 'Sekretariat og Jura', deadlineDay: -280, status: 'done' }],
      },
      {
        title: 'Beskeder når ikke frem til forældrene ved skiftet',
        cause: 'Skiftet sker midt i skoleåret, og forældrene skal hente en ny app og logge ind med MitID.',
        event: 'Beskeder om aflysninger og syge børn når ikke frem i de første uger.',
        consequenceText: 'Klager fra forældre og politisk opmærksomhed i Børne- og Ungeudvalget.',
        category: 'political', probability: 3, consequence: 3, handler: 'municipality', owner: 'directorate',
        residual: [2, 3], status: 'open', identifiedFromStart: -30, reviewedDay: -45,
        actions: [
          { action: 'Kommunikationspakke til forældre gennem skolernes og dagtilbuddenes egne kanaler', responsible: 'Dagtilbud', deadlineDay: -50, status: 'done' },
          { action: 'Brugergruppen tester beskeder om aflysninger på to dagtilbud før skiftet', responsible: 'Brugergruppen', deadlineDay: -30, status: 'done' },
        ],
      },
      {
        title: 'Pædagogerne mangler tid til at lære platformen',
        cause: 'Introduktionen skal passes ind mellem åbningstider og personalemøder.',
        event: 'Nogle stuer bliver ved med at bruge papirsedler og sms.',
        consequenceText: 'Forældrene får beskeder ad flere veje, og gevinsten ved én platform udebliver delvist.',
        category: 'organisational', probability: 2, consequence: 2, handler: 'municipality', owner: 'project_lead',
        residual: [1, 2], status: 'open', identifiedFromStart: 60, reviewedDay: -30,
        actions: [{ action: 'Ambassadørerne fra brugergrupperne holder korte introduktioner på personalemøderne', responsible: 'Brugergruppen', deadlineDay: 40, status: 'planned' }],
      },
    ],
  },
  {
    initiative: 'Digitale kompetencer for alle medarbejdere',
    risks: [
      {
        title: 'Lederne prioriterer ikke tid til kompetenceforløbet',
        cause: 'Forløbet skal passes ind i en travl hverdag med vagtplaner og mangel på vikarer.',
        event: 'Medarbejderne får ikke tid til e-læringsmodulerne.',
        consequenceText: 'Under halvdelen gennemfører forløbet, og de nye løsninger bliver fortsat kun delvist brugt.',
        category: 'organisational', probability: 4, consequence: 4, handler: 'municipality', owner: 'directorate',
        residual: [3, 3], status: 'in_progress', identifiedFromStart: -50, reviewedDay: -100,
        actions: [
          { action: 'Forløbet skrives ind i lederaftalerne', responsible: 'Dorte Direktør', deadlineDay: -200, status: 'done' },
          { action: 'Månedlig opgørelse af gennemførslen pr. enhed til områdecheferne', responsible: 'HR og Organisation', deadlineDay: 10, status: 'in_progress' },
        ],
      },
      {
        title: 'E-læringen lever ikke op til kravene om tilgængelighed',
        cause: 'E-læringsplatformen er købt som en standardløsning.',
        event: 'Modulerne kan ikke bruges med skærmlæser eller på en mobiltelefon.',
        consequenceText: 'Medarbejdere med handicap kan ikke deltage, og kommunen overholder ikke webtilgængelighedsloven.',
        category: 'supplier', probability: 2, consequence: 3, handler: 'supplier', owner: 'project_lead',
        residual: [1, 3], status: 'closed', identifiedFromStart: -40, reviewedDay: -180,
        actions: [{ action: 'Leverandøren dokumenterer tilgængeligheden med en erklæring efter WCAG 2.1 AA', responsible: 'Leverandøren', deadlineDay: -220, status: 'done' }],
      },
      {
        title: 'Superbrugernes tid er ikke finansieret',
        cause: 'Superbrugerne skal bruge omkring to timer om ugen, som ikke er dækket af enhedernes budgetter.',
        event: 'Enhederne trækker superbrugerne tilbage til driften.',
        consequenceText: 'Medarbejderne mister den lokale hjælp, og forløbet mister sin forankring på arbejdspladserne.',
        category: 'economic', probability: 3, consequence: 3, handler: null, owner: 'finance',
        residual: null, status: 'open', identifiedFromStart: 300, reviewedDay: -35,
        actions: [{ action: 'Finansieringen af superbrugertimer afklares i budgetopfølgningen', responsible: 'Øjvind Økonomi', deadlineDay: 25, status: 'planned' }],
      },
    ],
  },
  {
    initiative: 'Chatbot til borgerhenvendelser på hjemmesiden',
    risks: [
      {
        title: 'Leverandørens behandling af persondata er ikke lovlig',
        cause: 'Chatbotten bygger på en sprogmodel, som drives af en underleverandør uden for EU.',
        event: 'Borgere skriver personoplysninger i chatten, og de overføres til et tredjeland uden et gyldigt overførselsgrundlag.',
        consequenceText: 'Ulovlig behandling af personoplysninger; løsningen kan ikke tages i brug, og projektet står stille.',
        category: 'information_security', probability: 4, consequence: 5, handler: 'shared', owner: 'project_lead',
        residual: [2, 5], status: 'occurred', identifiedFromStart: -45, reviewedDay: -20,
        actions: [
          { action: 'Juridisk vurdering af databehandleraftalen og overførselsgrundlaget', responsible: 'Sekretariat og Jura', deadlineDay: -60, status: 'done' },
          { action: 'Konsekvensanalyse (DPIA) for chatbotten', responsible: PL, deadlineDay: 30, status: 'in_progress' },
        ],
      },
      {
        title: 'Chatbotten giver borgerne forkerte svar',
        cause: 'Svarene dannes ud fra hjemmesidens tekster, som ikke altid er opdaterede.',
        event: 'Chatbotten giver et forkert svar om fx frister eller regler for flytning.',
        consequenceText: 'Borgere handler på forkert vejledning, og kommunen kan have tilsidesat sin vejledningspligt efter forvaltningsloven.',
        category: 'legal', probability: 3, consequence: 4, handler: 'shared', owner: 'project_lead',
        residual: [2, 3], status: 'open', identifiedFromStart: -30, reviewedDay: -20,
        actions: [
          { action: 'Afprøvning på ét emne (affald), før chatbotten udvides', responsible: 'Borgerservice', deadlineDay: 120, status: 'planned' },
          { action: 'Chatbotten henviser altid til den side på hjemmesiden, svaret bygger på', responsible: 'Leverandøren', deadlineDay: null, status: 'planned' },
        ],
      },
    ],
  },
  {
    initiative: 'Fælles dataplatform til datadrevet ledelse',
    risks: [
      {
        title: 'Dataansvaret bliver ikke placeret',
        cause: 'Fagsystemerne hører under forskellige forvaltninger, og ingen har ansvaret for de fælles nøgletal.',
        event: 'Ingen vil godkende definitionerne af nøgletallene.',
        consequenceText: 'Lederne stoler ikke på tallene og bliver ved med deres egne regneark; platformen bliver ikke brugt.',
        category: 'organisational', probability: 4, consequence: 4, handler: 'municipality', owner: 'directorate',
        residual: null, status: 'open', identifiedFromStart: 40, reviewedDay: null,
        actions: [],
      },
      {
        title: 'Samlede data gør et sikkerhedsbrud mere alvorligt',
        cause: 'Platformen samler personhenførbare data fra flere fagsystemer ét sted.',
        event: 'Uvedkommende får adgang til platformen.',
        consequenceText: 'Bruddet rammer data om mange borgere på én gang og skal anmeldes til Datatilsynet.',
        category: 'information_security', probability: 2, consequence: 5, handler: 'shared', owner: 'project_lead',
        residual: [1, 5], status: 'open', identifiedFromStart: -30, reviewedDay: -7,
        actions: [
          { action: 'Dataflow og adgangsstyring beskrives i analysen', responsible: PL, deadlineDay: 35, status: 'in_progress' },
          { action: 'Kun pseudonymiserede data i den første version', responsible: 'Digitalisering og IT', deadlineDay: null, status: 'planned' },
        ],
      },
      {
        title: 'Driftsudgifterne bliver højere end forventet',
        cause: 'Prisen på en dataplatform afhænger af datamængde og antal brugere, som ikke kendes endnu.',
        event: 'Driftsudgifterne efter udrulningen overstiger budgettet.',
        consequenceText: 'Der skal findes penge i forvaltningernes budgetter, eller færre områder kommer med.',
        category: 'economic', probability: 3, consequence: 3, handler: 'municipality', owner: 'finance',
        residual: [2, 3], status: 'open', identifiedFromStart: -25, reviewedDay: -7,
        actions: [{ action: 'Business case med tre scenarier for datamængde og brugere', responsible: 'Øjvind Økonomi', deadlineDay: 20, status: 'in_progress' }],
      },
      {
        title: 'Politisk ønske om at komme hurtigere i gang',
        cause: 'Byrådet har efterspurgt nøgletal på ældreområdet til næste budgetforhandling.',
        event: 'Ældreområdet presses frem, før dataansvaret er på plads.',
        consequenceText: 'De første nøgletal bliver usikre og svækker tilliden til platformen.',
        category: 'political', probability: 2, consequence: 2, handler: 'municipality', owner: 'directorate',
        residual: null, status: 'open', identifiedFromStart: -10, reviewedDay: -7,
        actions: [{ action: 'Digitaliseringsudvalget fastlægger rækkefølgen af områderne', responsible: 'Dorte Direktør', deadlineDay: -20, status: 'done' }],
      },
    ],
  },
];
