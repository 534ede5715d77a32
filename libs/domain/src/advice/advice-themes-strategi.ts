import type { AdviceTheme } from './advice-types';
import { KL } from './advice-resources';

/** The guide's Strategi themes, in our own words. */
export const STRATEGI_THEMES: readonly AdviceTheme[] = [
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
];
