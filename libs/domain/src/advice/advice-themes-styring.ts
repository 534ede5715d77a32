import type { AdviceTheme } from './advice-types';
import { BENEFITS_GUIDE, KL, SERVICE_DESIGN } from './advice-resources';

/** The guide's Styring themes, in our own words. */
export const STYRING_THEMES: readonly AdviceTheme[] = [
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
];
