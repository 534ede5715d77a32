import type { AdviceTheme } from './advice-types';
import { KL, SERVICE_DESIGN } from './advice-resources';

/** The guide's Forankring themes, in our own words. */
export const FORANKRING_THEMES: readonly AdviceTheme[] = [
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
];
