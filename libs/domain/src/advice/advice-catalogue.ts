/**
 * The advice catalogue (DESIGN §3): the themes of KL's guide on digital transformation in its four groups, each with
 * its good state, warning signs, advice and the municipalities' cases, written in our own words (Danish, as the UI).
 * Health rules cite a theme and one advice item of it (RULE_ADVICE), so a finding can link to the advice it comes from.
 *
 * Ids are stable: findings, links (/raad/<themeId>#<adviceId>) and stored data refer to them. Add, never rename.
 * The guide's front page speaks of its themes in four groups; it has 16 (3 + 6 + 4 + 3), which is what is here.
 */

/** The credit shown wherever the catalogue's text appears. */
export const ADVICE_SOURCE = 'Kilde: KL, »Digital transformation – redskaber, eksempler og råd« (omskrevet af Gevinst)';

export const ADVICE_GROUP_IDS = ['strategi', 'styring', 'forankring', 'teknik'] as const;
export type AdviceGroupId = (typeof ADVICE_GROUP_IDS)[number];

/** In the guide's order. */
export const ADVICE_THEME_IDS = [
  'strategi-og-retning',
  'prioritering',
  'maal',
  'roller-og-ansvar',
  'governance',
  'finansiering',
  'risikovurdering',
  'gevinstrealisering',
  'metode-og-procedure',
  'inddragelse-og-ejerskab',
  'kommunikation',
  'kompetencer',
  'ledelse',
  'fundamenter',
  'sammenhaeng',
  'data',
] as const;
export type AdviceThemeId = (typeof ADVICE_THEME_IDS)[number];

export interface AdviceGroup {
  id: AdviceGroupId;
  title: string;
  /** One sentence on what the group's themes are about. */
  description: string;
}

export interface AdviceItem {
  /** `<themeId>.<slug>`, e.g. 'risikovurdering.handler'; also the anchor on the theme page. */
  id: string;
  title: string;
  text: string;
  /** Gevinst's own addition, not advice from the guide (shown as such, so the credit stays honest). */
  addedByGevinst?: true;
}

/** A municipality's experience the guide tells about. */
export interface AdviceCase {
  municipality: string;
  title: string;
  /** One sentence, in our words. */
  summary: string;
}

/** A tool or publication the guide points to (by name: the guide's links are not kept). */
export interface AdviceResource {
  title: string;
  publisher: string;
  description: string;
}

export interface AdviceTheme {
  id: AdviceThemeId;
  title: string;
  group: AdviceGroupId;
  /** How it looks when it works (hvordan ser det ud, når det lykkes). */
  goodState: string;
  /** Advarselstegn. */
  warningSigns: readonly string[];
  advice: readonly AdviceItem[];
  cases: readonly AdviceCase[];
  resources: readonly AdviceResource[];
}

export const ADVICE_GROUPS: readonly AdviceGroup[] = [
  { id: 'strategi', title: 'Strategi', description: 'Hvor kommunen vil hen med det digitale, hvad der kommer først, og hvad det skal føre til.' },
  { id: 'styring', title: 'Styring', description: 'Hvem der beslutter, hvordan initiativerne betales, styres og følges op, og hvordan risici og gevinster håndteres.' },
  { id: 'forankring', title: 'Forankring', description: 'De mennesker, der skal bruge og bære forandringen: inddragelse, kommunikation, kompetencer og ledelse.' },
  { id: 'teknik', title: 'Teknik', description: 'En it-arkitektur, der holder, systemer, der spiller sammen, og data, man kan stole på.' },
];

const KL = 'KL';
const SERVICE_DESIGN: AdviceResource = {
  title: 'KL’s servicedesignværktøj',
  publisher: KL,
  description: 'Metoder til at inddrage brugerne og afprøve idéer med prototyper, før der bygges stort.',
};
const ARCHITECTURE_PRINCIPLES: AdviceResource = {
  title: 'De fælleskommunale arkitekturprincipper',
  publisher: KL,
  description: 'Kommunernes fælles mål, principper og regler for it-arkitektur – også som plakater.',
};
const BENEFITS_GUIDE: AdviceResource = {
  title: 'Metodevejledning til gevinstrealisering',
  publisher: KL,
  description: 'KL’s værktøj og vejledning til at planlægge og følge op på gevinster, herunder roller og ansvar i projekterne.',
};

export const ADVICE_THEMES: readonly AdviceTheme[] = [
  // ── Strategi ──────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'strategi-og-retning',
    title: 'Strategi og retning',
    group: 'strategi',
    goodState:
      'Kommunen har en fælles holdning til, hvad det digitale skal bruges til – som strategi, vision, principper eller politik – og den er kendt i hele ledelseskæden, så lederne kan prioritere ud fra den.',
    warningSigns: [
      'Der er ingen strategisk tilgang til det digitale – eller den er låst fast i en tung flerårig strategi.',
      'Digitalisering får ingen prioritet fra ledelsen.',
      'Det digitale ses som »teknik« og lever sit eget liv uden forbindelse til kerneopgaven.',
    ],
    advice: [
      {
        id: 'strategi-og-retning.direktionen',
        title: 'Gør digitalisering til en strategisk sag',
        text: 'Direktionen skal have blik for det digitale og udstikke en retning, så lederne ved, hvad der forventes, når de prioriterer digitalisering, teknologi og data.',
      },
      {
        id: 'strategi-og-retning.politik',
        title: 'Sæt det digitale på den politiske dagsorden',
        text: 'Hvordan kommunen møder borgerne digitalt, er et politisk spørgsmål. Giv politikerne mulighed for at sætte retningen og stå bag den.',
      },
      {
        id: 'strategi-og-retning.fortaelling',
        title: 'Fortæl, hvorfor I digitaliserer',
        text: 'Formulér en fælles fortælling: Hvad skal digitalisering, teknologi og data bruges til, hvem skal have gavn af det, og vil kommunen gå forrest eller hellere følge efter, hurtigt eller roligt?',
      },
      {
        id: 'strategi-og-retning.principper',
        title: 'Vælg principper frem for tykke strategier',
        text: 'Overvej at erstatte den store digitaliseringsstrategi med et digitalt mindset eller nogle få principper, og skriv det digitale ind i fagområdernes egne mål og visioner.',
      },
    ],
    cases: [
      {
        municipality: 'Haderslev',
        title: 'Udefra og ind',
        summary:
          'Før retningen blev lagt, fulgte digitaliseringens konsulenter i tre måneder hverdagen hos bl.a. SOSU-hjælpere, pædagoger, socialrådgivere, ledere og administrative medarbejdere.',
      },
      {
        municipality: 'Holbæk',
        title: 'Holbæk i en digital verden',
        summary:
          'Direktionens ønske om mere fart på digitaliseringen blev til et projekt, der løfter alle medarbejderes digitale kompetencer og flytter digitaliseringen ud i kerneområderne.',
      },
    ],
    resources: [
      {
        title: 'Fra papir til praksis – Toplederens rolle i strategi',
        publisher: 'Væksthus for Ledelse',
        description: 'Inspiration til topledelsens arbejde med strategi.',
      },
    ],
  },
  {
    id: 'prioritering',
    title: 'Prioritering',
    group: 'strategi',
    goodState:
      'I vælger bevidst mellem de digitale og teknologiske muligheder, og lederne kan se, hvor behovet er størst, og hvor det giver mest mening.',
    warningSigns: [
      'Ingen har overblik over, hvilke digitale initiativer og teknologiforsøg der er i gang.',
      'Initiativer opstår tilfældigt eller af sig selv, uden at nogen har valgt dem.',
      'Der bliver ikke fulgt op undervejs, så ingen tager stilling til, om der skal prioriteres om.',
    ],
    advice: [
      {
        id: 'prioritering.systematisk',
        title: 'Skab overblik, og prioritér systematisk',
        text: 'Kortlæg, hvad I bruger og afprøver i dag, og beslut efter faste kriterier, hvad I vil tage i brug fremover.',
      },
      {
        id: 'prioritering.risikovillighed',
        title: 'Vid, hvor I tør tage chancer',
        text: 'Gør det klart, på hvilke områder kommunen vil være modig og tage risici, og hvor den ikke vil.',
      },
      {
        id: 'prioritering.modne-teknologier',
        title: 'Få den modne teknologi til at virke',
        text: 'Brug kræfterne på at få gennemprøvet teknologi til at skabe værdi i driften og i mødet med borgerne.',
      },
      {
        id: 'prioritering.andres-erfaringer',
        title: 'Byg videre på andres erfaringer',
        text: 'Lær af andre kommuner, og afprøv og skalér i samarbejde med dem og med de kommunale digitaliseringsfællesskaber.',
      },
    ],
    cases: [],
    resources: [
      {
        title: 'Kommunernes Teknologiradar',
        publisher: KL,
        description:
          'Et fælles billede af ny teknologi, som kan bruges til at drøfte, om I afprøver for meget uden at få det ud i driften – eller for lidt og går glip af gevinster.',
      },
      {
        title: 'Byg jeres egen radar',
        publisher: KL,
        description: 'Kortlæg jeres egne teknologier, og brug radaren som samtaleværktøj om, hvad I vil satse på.',
      },
    ],
  },
  {
    id: 'maal',
    title: 'Mål',
    group: 'strategi',
    goodState:
      'Digitaliseringen har klare mål, så medarbejderne kan se meningen, og gevinsterne kan følges op. Kommunens overordnede mål kan oversættes til lokale mål tæt på opgaven.',
    warningSigns: [
      'Det er uklart, hvad digitaliseringen skal føre til, så ingen kan følge op på den.',
      'Målene hænger dårligt sammen med kerneopgaven og med kommunens formål med at digitalisere.',
      'Målene er sat så lavt, at de altid bliver nået.',
      'Hver afdeling sætter sine egne mål uden blik for helheden og for borgerne.',
    ],
    advice: [
      {
        id: 'maal.klare-maal',
        title: 'Sæt mål, der kan følges op',
        text: 'Giv initiativet mindst ét mål med en indikator, et udgangspunkt og et niveau, der skal nås, så det senere kan afgøres, om det lykkedes.',
      },
      {
        id: 'maal.ambitioese-maal',
        title: 'Sæt mål, der rykker',
        text: 'Et mål, der er nået på forhånd, flytter ingenting. Målet skal ligge ud over udgangspunktet – i den retning, der er bedst.',
      },
      {
        id: 'maal.faa-centrale-maal',
        title: 'Hold jer til få, centrale mål',
        text: 'Vælg de få mål, der handler om kerneopgaven og om det, borgerne faktisk efterspørger, frem for mange mål for forhold i udkanten.',
      },
      {
        id: 'maal.lokale-maal',
        title: 'Knyt de lokale mål til de overordnede',
        text: 'Oversæt kommunens overordnede mål til mål for det enkelte område, og tænk i hele værdikæden frem for i den enkelte afdeling.',
      },
      {
        id: 'maal.bieffekter',
        title: 'Tænk bieffekterne igennem',
        text: 'Et mål kan skævvride indsatsen. Overvej, hvad målet kan få folk til at gøre – eller lade være med – ud over det, der var meningen.',
      },
      {
        id: 'maal.brug-maalene',
        title: 'Brug målene til at forandre',
        text: 'Når et mål ikke nås, så lær af det, og ret indsatsen til i stedet for at forklare resultatet væk.',
      },
    ],
    cases: [
      {
        municipality: 'Rudersdal',
        title: 'Mål for den digitale løsning',
        summary:
          'En softwarerobot bogfører regninger på dag- og botilbud med et mål om 50 % automatisk bogføring; efter et halvt år var 38 % nået, og det høje mål holder motivationen for at hente resten af gevinsten.',
      },
    ],
    resources: [],
  },
  // ── Styring ───────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'roller-og-ansvar',
    title: 'Roller og ansvar',
    group: 'styring',
    goodState:
      'Nogen har mandat til at sætte digitale initiativer i gang, og ansvaret for løsningerne er placeret i organisationen, fx i styregrupper eller et digitaliseringsforum.',
    warningSigns: [
      'Ingen ved med sikkerhed, hvem der træffer de vigtige beslutninger undervejs.',
      'Det tekniske eller det forretningsfaglige ansvar bliver ikke taget, fordi det føles som en andens opgave.',
    ],
    advice: [
      {
        id: 'roller-og-ansvar.beslutningsret',
        title: 'Gør det klart, hvem der beslutter hvad',
        text: 'Fastlæg projektejer, projektleder og styregruppe, og hvad hver af dem har mandat til at beslutte.',
      },
      {
        id: 'roller-og-ansvar.kompetencer',
        title: 'Få både teknik og fag med',
        text: 'Sammensæt projektet, så både de tekniske og de forretningsfaglige kompetencer er til stede.',
      },
      {
        id: 'roller-og-ansvar.maal-og-gevinster',
        title: 'Organisér jer efter mål og gevinster',
        text: 'Lad organiseringen følge de mål og gevinster, projektet skal levere, frem for afdelingsgrænserne.',
      },
      {
        id: 'roller-og-ansvar.interessenter',
        title: 'Tag dem med, som gevinsterne afhænger af',
        text: 'Inddrag de interessenter, der har betydning for, at gevinsterne faktisk bliver hentet.',
      },
    ],
    cases: [
      {
        municipality: 'Herning',
        title: 'Én projektmodel for alle',
        summary:
          'Alle digitale projekter og skal-opgaver styres efter samme projektmodel, som projektledere og proceskonsulenter i fagforvaltningerne er uddannet i, så ansvaret også ligger i fagområderne, og et projekt kan ledes både centralt og decentralt.',
      },
    ],
    resources: [BENEFITS_GUIDE],
  },
  {
    id: 'governance',
    title: 'Governance og koordinering',
    group: 'styring',
    goodState:
      'Organiseringen og koordineringen passer til det, I vil opnå med digitaliseringen, og sikrer, at gevinsterne bliver hentet. Styringen er tilpasset opgaven: stabil drift kræver noget andet end udvikling.',
    warningSigns: [
      'Styringen er så stiv, at processerne bliver tunge og langsomme.',
      'Styringen er så uklar, at initiativerne ikke bliver koordineret.',
      'Medarbejderne ved ikke, hvor de kan få hjælp og støtte til et digitalt initiativ.',
    ],
    advice: [
      {
        id: 'governance.portefoeljestyring',
        title: 'Styr initiativerne som en portefølje',
        text: 'Brug porteføljestyring til at prioritere og styre initiativerne samlet, og følg op på dem med faste mellemrum.',
      },
      {
        id: 'governance.forankring-i-toppen',
        title: 'Forankr porteføljen hos direktionen',
        text: 'Placér porteføljestyringen højt, så direktionen kender den digitale dagsorden, tager ansvar for den og ser indsatsen som en helhed.',
      },
      {
        id: 'governance.hurtig-gennemfoersel',
        title: 'Gør vejen fra idé til drift kort',
        text: 'Indret styringen, så digitaliseringsprojekter kan gennemføres hurtigt og effektivt.',
      },
      {
        id: 'governance.videndeling',
        title: 'Del viden på tværs',
        text: 'Hav fora – formelle eller uformelle – hvor erfaringer deles og spredes mellem forvaltningerne.',
      },
    ],
    cases: [
      {
        municipality: 'Silkeborg',
        title: 'Lokale styregrupper',
        summary:
          'Digital behandling af anmodninger om aktindsigt gik på tværs af forvaltningerne; en styregruppe med ophæng i direktionen arbejdede sammen med lokale styregrupper af chefer og ledere, hvilket gav et klart ansvar og plads til lokale forskelle.',
      },
    ],
    resources: [
      {
        title: 'Rapport om porteføljestyring',
        publisher: 'KOMBIT',
        description: 'Råd og vejledning om, hvordan kommuner kan styre deres digitale portefølje.',
      },
    ],
  },
  {
    id: 'finansiering',
    title: 'Finansiering',
    group: 'styring',
    goodState:
      'Der er sat midler af til både indkøb og implementering af digitale og teknologiske tiltag, og når et initiativ går på tværs af forvaltninger, er det aftalt, hvem der betaler, og hvem der får gevinsten.',
    warningSigns: [
      'Pengene bliver fundet fra sag til sag, så den økonomiske styring af projekterne bliver besværlig.',
      'Det er uklart, hvordan projekterne skal finansieres.',
      'Ingen ved, hvem der skal have gevinsten.',
    ],
    advice: [
      {
        id: 'finansiering.gevinstejer',
        title: 'Udpeg en gevinstejer dér, hvor forandringen sker',
        text: 'Gevinstejeren skal sidde, hvor arbejdet ændrer sig. Det øger chancen for, at gevinsten faktisk bliver hentet.',
      },
      {
        id: 'finansiering.finansieringsplan',
        title: 'Lav en finansieringsplan på tværs',
        text: 'Aftal år for år, hvilken forvaltning der betaler, og hvilken der modtager gevinsten, når et initiativ går på tværs.',
      },
      {
        id: 'finansiering.pulje',
        title: 'Overvej en pulje til afprøvning',
        text: 'Tag stilling til, hvordan forsøg med digitalisering og ny teknologi skal betales – fx fra en særlig pulje, man kan søge.',
      },
      {
        id: 'finansiering.nem-ansoegning',
        title: 'Gør puljen let at søge',
        text: 'Fjern barrierer som lange procedurer og indforstået sprog, så fagfolkene faktisk søger.',
      },
    ],
    cases: [
      {
        municipality: 'Favrskov',
        title: 'Digitaliseringsbanken',
        summary:
          'Serviceudgifterne skæres med 2,5 promille, og halvdelen går til en bank, som forvaltninger og institutioner kan søge til digitaliserings- og innovationsprojekter, der ellers er svære at få plads til i budgettet.',
      },
    ],
    resources: [],
  },
  {
    id: 'risikovurdering',
    title: 'Risikovurdering',
    group: 'styring',
    goodState:
      'De større risici – politiske, tekniske og økonomiske – bliver undersøgt og håndteret tidligt, fordi de rette interessenter og fagfolk kommer ind over projektet.',
    warningSigns: [
      'Projekter strander jævnligt, fordi de bliver stoppet af økonomiske, politiske eller sikkerhedsmæssige grunde.',
      'Der bliver valgt forkerte løsninger.',
      'Tiltagene mangler opbakning.',
    ],
    advice: [
      {
        id: 'risikovurdering.handler',
        title: 'Beslut, hvem der håndterer hver risiko',
        text: 'Tag for hver risiko stilling til, hvem der er bedst til at håndtere den: kommunen selv, leverandøren eller begge i fællesskab.',
      },
      {
        id: 'risikovurdering.tidligt',
        title: 'Vurdér risici tidligt',
        text: 'Se på risiciene tidligt i projektets liv, og få dem med, der kan afklare dem, fx jurister og økonomer.',
      },
      {
        id: 'risikovurdering.risikopulje',
        title: 'Sæt penge af til risici',
        text: 'Afsæt om nødvendigt et beløb i projektets økonomi til at håndtere risici.',
      },
      {
        id: 'risikovurdering.lille-skala',
        title: 'Afprøv i lille skala først',
        text: 'Mindsk risikoen ved at afprøve løsningen i det små, fx med prototyper eller design thinking, før den rulles ud.',
      },
      {
        id: 'risikovurdering.haandtering',
        title: 'Giv de store risici en ejer og tiltag',
        text: 'En høj risiko bliver kun håndteret, hvis nogen har ansvaret for den, og der er konkrete tiltag, der skal bringe den ned.',
      },
      {
        id: 'risikovurdering.levende-log',
        title: 'Hold risikologgen levende',
        text: 'Risici ændrer sig undervejs. Gennemgå loggen jævnligt, og følg op på tiltag, hvis frist er overskredet.',
        addedByGevinst: true,
      },
    ],
    cases: [
      {
        municipality: 'Ballerup',
        title: 'Skabelon til risikoanalyse',
        summary: 'Kommunens risikolog i et regneark er et forlæg, andre kan bruge til deres egen risikoanalyse.',
      },
    ],
    resources: [SERVICE_DESIGN],
  },
  {
    id: 'gevinstrealisering',
    title: 'Gevinstrealisering',
    group: 'styring',
    goodState:
      'I følger op på, om gevinsterne bliver hentet, og om løsningerne bliver brugt og skaber værdi – med evalueringer og en kultur og styring, hvor opfølgning er en selvfølge.',
    warningSigns: [
      'Der bliver sat mål, men sjældent fulgt op på, om de nås.',
      'Opfølgningen går i stå undervejs.',
      'Beslutningstagerne interesserer sig ikke for, om gevinsterne kommer.',
    ],
    advice: [
      {
        id: 'gevinstrealisering.over-tid',
        title: 'Fordel gevinsterne over tid',
        text: 'Bryd gevinsterne ned år for år eller i de forudsætninger, der skal være opfyldt, fx med gevinsttræer og en forandringsteori.',
      },
      {
        id: 'gevinstrealisering.ikke-kvantificerbare',
        title: 'Beskriv de gevinster, der ikke kan tælles',
        text: 'Gevinster, der ikke kan gøres op i tal, beskrives med ord og holdes uden for beregningerne.',
      },
      {
        id: 'gevinstrealisering.forudsaetninger',
        title: 'Hav fokus på forudsætningerne',
        text: 'En god business case er enkel, fordeler rollerne klart og gør tydeligt, hvad der skal være på plads, for at gevinsterne kan nås.',
      },
      {
        id: 'gevinstrealisering.foer-og-efter',
        title: 'Mål før og efter',
        text: 'Mål udgangspunktet, før forandringen sættes i gang, og mål igen bagefter, så gevinsten kan dokumenteres.',
      },
      {
        id: 'gevinstrealisering.evalueringspunkter',
        title: 'Sæt evalueringspunkter, og brug dem',
        text: 'Aftal, hvornår og hvordan det skal vise sig, at indsatsen virker, fremlæg evalueringen, så der kan besluttes ud fra den, og brug målingerne i implementeringen.',
      },
    ],
    cases: [
      {
        municipality: 'Ballerup',
        title: 'Gevinstkort og målinger før og efter',
        summary:
          'En task force satte 60 projekter om digitale arbejdsgange i gang det første år og sparede i alt 7.300 timer; hvert projekt får et gevinstrealiseringskort og målinger før og efter.',
      },
    ],
    resources: [BENEFITS_GUIDE],
  },
  {
    id: 'metode-og-procedure',
    title: 'Metode og procedure',
    group: 'styring',
    goodState:
      'I bruger fælles begreber og metoder, når I digitaliserer og tager teknologi i brug – fx en projektmodel og metoder til arbejdsgangsanalyse, teknologivurdering og evaluering.',
    warningSigns: [
      'Arbejdet med digitalisering og teknologi er tilfældigt.',
      'Hvordan et projekt bliver gennemført, afhænger af, hvem der leder det.',
      'Det er svært at se, hvilke projekter der er i gang, og hvor langt de er.',
    ],
    advice: [
      {
        id: 'metode-og-procedure.projektmodel',
        title: 'Brug en projektmodel',
        text: 'Beskriv, hvordan projekter organiseres og drives – fx i faser – og hvilke roller der indgår.',
      },
      {
        id: 'metode-og-procedure.smaa-og-store',
        title: 'Skeln mellem små og store projekter',
        text: 'Giv de små projekter en lettere model end de store og komplekse.',
      },
      {
        id: 'metode-og-procedure.arbejdsgange',
        title: 'Analysér de arbejdsgange, der ændres',
        text: 'Næsten al digitalisering ændrer arbejdsgange. Find forandringerne med en forretningsprocesanalyse (hvad skal der til for at løse opgaven) og en arbejdsgangsanalyse (hvordan arbejdet konkret bliver udført).',
      },
    ],
    cases: [
      {
        municipality: 'Hørsholm, Ballerup og Aalborg',
        title: 'Kommunale projektmodeller',
        summary: 'De tre kommuners modeller for digitaliseringsprojekter er samlet af KL til inspiration for andre.',
      },
    ],
    resources: [
      {
        title: 'KLAR-håndbogen',
        publisher: KL,
        description: 'Håndbog i KL’s metode til arbejdsgangsanalyse.',
      },
    ],
  },
  // ── Forankring ────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'inddragelse-og-ejerskab',
    title: 'Inddragelse og ejerskab',
    group: 'forankring',
    goodState:
      'Medarbejdere og borgere bliver inddraget, når der er brug for det, og er med til at udvikle og kvalificere løsningerne – alt efter hvem der primært skal bruge dem.',
    warningSigns: [
      'Løsningerne giver ikke mening for de medarbejdere eller borgere, der skal bruge dem.',
      'Ingen har ansvaret for implementeringen.',
      'It og fagområderne arbejder ikke sammen om at få løsningen godt i brug.',
    ],
    advice: [
      {
        id: 'inddragelse-og-ejerskab.lokalt-ejerskab',
        title: 'Skab ejerskab i driften',
        text: 'Når driftsorganisationen ikke tager ejerskab, udebliver gevinsterne ofte. Forankr projektet lokalt fra starten.',
      },
      {
        id: 'inddragelse-og-ejerskab.implementeringsansvar',
        title: 'Gør det klart, hvem der står for implementeringen',
        text: 'Der skal være en navngiven ansvarlig for, at løsningen bliver taget i brug i den organisation, der modtager den.',
      },
      {
        id: 'inddragelse-og-ejerskab.lange-seje-traek',
        title: 'Anerkend det lange, seje træk',
        text: 'Gevinsterne kommer først, når den nye praksis har sat sig. Det vedholdende arbejde med det er en del af gevinstrealiseringen.',
      },
      {
        id: 'inddragelse-og-ejerskab.servicedesign',
        title: 'Inddrag brugerne med servicedesign',
        text: 'Brug servicedesign, når I skal tænke nyt, så I rammer brugernes egentlige problemer i stedet for jeres egne antagelser om dem.',
      },
    ],
    cases: [
      {
        municipality: 'Aalborg',
        title: 'Brugergrupper',
        summary:
          'Centrale brugere som børnehaveledere og skolesekretærer mødes tre-fire gange om året, giver deres syn på nye digitale løsninger, deler erfaringer og bliver ambassadører for løsningerne i deres netværk.',
      },
    ],
    resources: [SERVICE_DESIGN],
  },
  {
    id: 'kommunikation',
    title: 'Kommunikation',
    group: 'forankring',
    goodState:
      'I forklarer, hvorfor I digitaliserer, så forandringen giver mening for ledere og medarbejdere, og de er forberedt, når arbejdsgangene ændrer sig.',
    warningSigns: [
      'Der bliver næsten ikke kommunikeret om formål, fremdrift og forventninger.',
      'Der er ingen kommunikationsplan.',
      'Der er ingen dialog med brugerne om problemer og uafklarede spørgsmål.',
    ],
    advice: [
      {
        id: 'kommunikation.kommunikationsplan',
        title: 'Lav en kommunikationsplan – og følg den',
        text: 'God kommunikation hænger tæt sammen med, at digitale projekter lykkes, men en plan for den virker kun, hvis den bliver brugt.',
      },
      {
        id: 'kommunikation.dialog',
        title: 'Gå i dialog',
        text: 'Lyt til dem, forandringen berører, og giv plads til, at de kan diskutere den.',
      },
      {
        id: 'kommunikation.maalgrupper',
        title: 'Tilpas budskabet til målgruppen',
        text: 'Forskellige grupper har brug for forskellige budskaber – tænk hver af dem igennem.',
      },
    ],
    cases: [
      {
        municipality: 'Billund',
        title: 'Et forandringsprojekt',
        summary:
          'Et digitalt værktøj til økonomi- og budgetstyring blev indført som et forandringsprojekt frem for et teknologiprojekt, med fokus på nye roller og opgaver og en fælles styringskultur i hele kommunen.',
      },
    ],
    resources: [],
  },
  {
    id: 'kompetencer',
    title: 'Kompetencer',
    group: 'forankring',
    goodState:
      'Organisationen har de kompetencer, der skal til for at udvikle og drive digitale og teknologiske løsninger, og det tænkes ind både ved rekruttering og i kompetenceudviklingen.',
    warningSigns: [
      'Kompetencerne rækker ikke til at løfte digitaliseringen og bruge ny teknologi.',
      'Nye løsninger bliver ikke taget i brug.',
      'Gamle forestillinger om roller og opgaver står i vejen.',
    ],
    advice: [
      {
        id: 'kompetencer.droeft-behovet',
        title: 'Tal om kompetencebehovet',
        text: 'Drøft, hvor godt I er klædt på til at bruge de digitale løsninger, og hvad I har brug for at lære.',
      },
      {
        id: 'kompetencer.strategi',
        title: 'Lav en kompetencestrategi',
        text: 'Knyt den til kommunens og områdets strategi, og tag udgangspunkt i, hvordan opgaverne vil se ud, når teknologien og rammevilkårene udvikler sig.',
      },
      {
        id: 'kompetencer.rekruttering',
        title: 'Overvej rekruttering og omskoling',
        text: 'Vurdér, om behovet bedst dækkes ved at ansætte nye eller ved at uddanne de medarbejdere, I allerede har.',
      },
      {
        id: 'kompetencer.konkret',
        title: 'Vær konkret',
        text: 'Beskriv de kompetencer, der bliver brug for, så medarbejderne kan se sig selv i de nye opgaver og ikke føler sig efterladt.',
      },
    ],
    cases: [
      {
        municipality: 'Hjørring',
        title: 'Kompetencespillet',
        summary: 'Et spil, hvor kolleger taler om deres kompetencebehov, opgaver og roller i en mere digital arbejdsdag.',
      },
    ],
    resources: [
      {
        title: 'Det digitale kompetencehjul',
        publisher: KL,
        description: 'Et tjek af, hvor jeres digitale kompetencer står i dag.',
      },
      {
        title: 'Dialogkort om digitale kompetencer',
        publisher: KL,
        description: 'Kort, der sætter gang i samtalen om behovet for kompetenceudvikling.',
      },
    ],
  },
  {
    id: 'ledelse',
    title: 'Ledelse',
    group: 'forankring',
    goodState:
      'Lederne kan og må sætte digitale og teknologiske initiativer i gang og følge dem helt til dørs. De går aktivt forrest i forandringen og tager ansvar for den.',
    warningSigns: [
      'Lederne er ikke optaget af, hvad digitalisering og teknologi kan gøre på deres område.',
      'Lederne ser det ikke som en del af deres ledelsesopgave – og bliver heller ikke bedt om det.',
    ],
    advice: [
      {
        id: 'ledelse.kerneopgaven',
        title: 'Hold fokus på kerneopgaven',
        text: 'Spørg, hvad digital innovation betyder for kerneopgaven på dit område.',
      },
      {
        id: 'ledelse.ideer',
        title: 'Opmuntr medarbejdernes idéer',
        text: 'Giv medarbejderne lyst og plads til at komme med idéer og udvikle dem.',
      },
      {
        id: 'ledelse.rammer',
        title: 'Skab kultur og rammer for innovation',
        text: 'Sørg for, at der er tid, rum og opbakning til at afprøve nyt.',
      },
      {
        id: 'ledelse.mindset',
        title: 'Styrk mindset og kompetencer',
        text: 'Frem en innovativ tilgang og de digitale kompetencer – hos dig selv og hos medarbejderne.',
      },
      {
        id: 'ledelse.forandringsledelse',
        title: 'Led forandringen',
        text: 'Gode ledere af digital innovation er dygtige til at lede forandringer, ikke kun projekter.',
      },
    ],
    cases: [],
    resources: [
      {
        title: 'Ledelse af digital innovation',
        publisher: 'Væksthus for Ledelse',
        description: 'Eksempler fra fem kommuner, der er gået forrest.',
      },
      {
        title: 'Lederes digitale kompetencer',
        publisher: KL,
        description: 'Et bud på, hvordan ledere kan arbejde med et digitalt mindset over for omverdenen, organisationen og medarbejderne.',
      },
    ],
  },
  // ── Teknik ────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'fundamenter',
    title: 'Fundamenter',
    group: 'teknik',
    goodState:
      'Kommunen har en beskrevet it-arkitektur, der også bliver fulgt, en strategi med principper og retningslinjer for at anskaffe og bruge it, og et kortlagt systemlandskab.',
    warningSigns: [
      'Ingen ved rigtigt, hvad man skal gøre for at anskaffe ny it eller teknologi.',
      'Kommunens it hænger ikke sammen som et fundament.',
      'Der er ikke overblik over, hvilke systemer I har, og hvordan de er forbundet.',
    ],
    advice: [
      {
        id: 'fundamenter.sammenhaengende-it',
        title: 'Byg sammenhængende it',
        text: 'Borgere og medarbejdere skal ikke taste de samme oplysninger flere gange, og opgaver skal kunne gå automatisk fra én løsning til den næste.',
      },
      {
        id: 'fundamenter.genbrug',
        title: 'Byg til genbrug og forandring',
        text: 'Betal ikke flere gange for den samme funktion; vælg opdelte løsninger, der let kan tilpasses ny lovgivning.',
      },
      {
        id: 'fundamenter.leverandoerskift',
        title: 'Undgå at blive låst til én leverandør',
        text: 'Det skal være teknisk muligt at skifte leverandør.',
      },
      {
        id: 'fundamenter.data-som-ressource',
        title: 'Behandl data som en ressource',
        text: 'Data og deres definitioner skal have en kvalitet, så de kan bruges på tværs af løsninger og sektorer.',
      },
      {
        id: 'fundamenter.tillid-og-sikkerhed',
        title: 'Sørg for tillid og sikkerhed',
        text: 'Borgere og virksomheder skal kunne stole på, at deres data er korrekte og beskyttet lige godt i alle løsninger.',
      },
    ],
    cases: [],
    resources: [
      ARCHITECTURE_PRINCIPLES,
      {
        title: 'Den gode it-anskaffelse',
        publisher: 'KL og KOMBIT',
        description: 'En guide til at købe it ind, så det passer ind i kommunens fundament.',
      },
    ],
  },
  {
    id: 'sammenhaeng',
    title: 'Sammenhæng',
    group: 'teknik',
    goodState:
      'Systemerne udveksler data med hinanden, så intet skal flyttes i hånden, og data er aktuelle. Kommunen tager nationale krav og tendenser med i sit digitaliseringsarbejde.',
    warningSigns: [
      'Systemerne hænger ikke sammen, og de samme oplysninger bliver tastet ind flere gange.',
      'Data er ikke altid opdaterede.',
      'Tværgående processer og samarbejde er ikke tænkt ind i systemerne.',
    ],
    advice: [
      {
        id: 'sammenhaeng.styr-arkitekturen',
        title: 'Styr arkitekturen på det rette niveau',
        text: 'Tag arkitekturbeslutningerne dér, hvor de hører hjemme, og optimér efter både projektets og de fælles mål.',
      },
      {
        id: 'sammenhaeng.faelles-rammer',
        title: 'Brug de fælles rammer',
        text: 'Beskriv arkitekturen på en fælles måde, og brug og byg videre på den fællesoffentlige rammearkitektur.',
      },
      {
        id: 'sammenhaeng.brugerrejser',
        title: 'Design hele forløb',
        text: 'Tænk i sammenhængende brugerrejser og i tværgående processer, der indrettes efter fælles mål.',
      },
      {
        id: 'sammenhaeng.del-og-genbrug',
        title: 'Del og genbrug data og byggeblokke',
        text: 'Udstil snitflader efter fælles mønstre og standarder, og genbrug byggeblokke på tværs af løsningerne.',
      },
    ],
    cases: [],
    resources: [
      ARCHITECTURE_PRINCIPLES,
      {
        title: 'Årsoverblik',
        publisher: 'KL og KOMBIT',
        description: 'Årets vigtige opgaver for kommunerne på digitaliseringsområdet.',
      },
    ],
  },
  {
    id: 'data',
    title: 'Data',
    group: 'teknik',
    goodState:
      'Data er valide, så beslutninger kan træffes på et sagligt grundlag. I ved, hvordan – og om – data bliver brugt, og en klar datagovernance placerer ansvaret for, at data er tilgængelige og opdaterede.',
    warningSigns: [
      'Centrale nøgletal er ikke defineret eller ikke opdateret.',
      'Tiden går med at kontrollere, om data er rigtige, i stedet for at bruge dem.',
      'Data er ikke tilgængelige for dem, der har brug for dem, og ingen har et klart ansvar for dem.',
    ],
    advice: [
      {
        id: 'data.registrering',
        title: 'Forstå vejen fra registrering til nøgletal',
        text: 'Gør det tydeligt, hvordan registreringerne i fagsystemerne bliver til data og nøgletal, og hvordan de bruges i organisationen.',
      },
      {
        id: 'data.datamodeller',
        title: 'Saml data i datamodeller',
        text: 'Datamodeller giver overblik over, hvad I ved, og gør det muligt at lave analyser.',
      },
      {
        id: 'data.kompetencer',
        title: 'Styrk datakompetencerne',
        text: 'Nogen skal kunne læse data og oversætte dem til indsigt, der kan handles på.',
      },
      {
        id: 'data.etik',
        title: 'Forvalt data etisk og forsvarligt',
        text: 'Tag stilling til dataetikken, og forvalt data, så borgerne kan have tillid til brugen af dem.',
      },
    ],
    cases: [
      {
        municipality: 'Rudersdal',
        title: 'Et digitaliseringsudvalg',
        summary:
          'Et udvalg med direktionen og områdecheferne bidrager til den overordnede prioritering og skal fremover især se på infrastrukturen for data: dataflow, sikkerhed, tilgængelighed og overblik.',
      },
    ],
    resources: [],
  },
];

/**
 * Which theme and advice each health rule of DESIGN §6 cites, plus the rules added since: RISK-6 (an open high risk
 * has actions and an owner) and ROL-3 (decisions record who decided).
 * A finding links to /raad/<themeId>#<adviceId>.
 */
export const RULE_ADVICE: Record<string, { themeId: AdviceThemeId; adviceId: string }> = {
  'MAAL-1': { themeId: 'maal', adviceId: 'maal.klare-maal' },
  'MAAL-2': { themeId: 'maal', adviceId: 'maal.ambitioese-maal' },
  'MAAL-3': { themeId: 'maal', adviceId: 'maal.faa-centrale-maal' },
  'MAAL-4': { themeId: 'maal', adviceId: 'maal.lokale-maal' },
  'MAAL-5': { themeId: 'maal', adviceId: 'maal.bieffekter' },
  'ROL-1': { themeId: 'roller-og-ansvar', adviceId: 'roller-og-ansvar.beslutningsret' },
  'ROL-2': { themeId: 'roller-og-ansvar', adviceId: 'roller-og-ansvar.kompetencer' },
  'ROL-3': { themeId: 'roller-og-ansvar', adviceId: 'roller-og-ansvar.beslutningsret' },
  'GOV-1': { themeId: 'governance', adviceId: 'governance.forankring-i-toppen' },
  'GOV-2': { themeId: 'governance', adviceId: 'governance.portefoeljestyring' },
  'FIN-1': { themeId: 'finansiering', adviceId: 'finansiering.gevinstejer' },
  'FIN-2': { themeId: 'finansiering', adviceId: 'finansiering.finansieringsplan' },
  'RISK-1': { themeId: 'risikovurdering', adviceId: 'risikovurdering.handler' },
  'RISK-2': { themeId: 'risikovurdering', adviceId: 'risikovurdering.tidligt' },
  'RISK-3': { themeId: 'risikovurdering', adviceId: 'risikovurdering.risikopulje' },
  'RISK-4': { themeId: 'risikovurdering', adviceId: 'risikovurdering.lille-skala' },
  'RISK-5': { themeId: 'risikovurdering', adviceId: 'risikovurdering.levende-log' },
  'RISK-6': { themeId: 'risikovurdering', adviceId: 'risikovurdering.haandtering' },
  'GEV-1': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.over-tid' },
  'GEV-2': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.ikke-kvantificerbare' },
  'GEV-3': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.forudsaetninger' },
  'GEV-4': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.foer-og-efter' },
  'GEV-5': { themeId: 'gevinstrealisering', adviceId: 'gevinstrealisering.evalueringspunkter' },
  'MET-1': { themeId: 'metode-og-procedure', adviceId: 'metode-og-procedure.projektmodel' },
  'MET-2': { themeId: 'metode-og-procedure', adviceId: 'metode-og-procedure.arbejdsgange' },
  'IND-1': { themeId: 'inddragelse-og-ejerskab', adviceId: 'inddragelse-og-ejerskab.implementeringsansvar' },
  'KOM-1': { themeId: 'kommunikation', adviceId: 'kommunikation.kommunikationsplan' },
  'PRI-1': { themeId: 'prioritering', adviceId: 'prioritering.systematisk' },
};

/** The theme with `id`, if there is one (ids come from URLs, so any string is accepted). */
export const adviceTheme = (id: string): AdviceTheme | undefined => ADVICE_THEMES.find((theme) => theme.id === id);

/** The group's themes in the guide's order. */
export const adviceThemesOf = (group: AdviceGroupId): AdviceTheme[] => ADVICE_THEMES.filter((theme) => theme.group === group);

/** The theme and advice item a health rule cites, if it is in the catalogue. */
export function adviceForRule(ruleId: string): { theme: AdviceTheme; advice: AdviceItem } | undefined {
  const cited = Object.hasOwn(RULE_ADVICE, ruleId) ? RULE_ADVICE[ruleId] : undefined;
  const theme = cited && adviceTheme(cited.themeId);
  const advice = theme?.advice.find((item) => item.id === cited?.adviceId);
  return theme && advice ? { theme, advice } : undefined;
}

/** The ids of the rules citing a theme, in id order with numbers compared as numbers (RISK-2 before RISK-10). */
export const ruleIdsCiting = (themeId: string): string[] =>
  Object.keys(RULE_ADVICE)
    .filter((ruleId) => RULE_ADVICE[ruleId].themeId === themeId)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
