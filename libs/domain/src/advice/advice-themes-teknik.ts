import type { AdviceTheme } from './advice-types';
import { ARCHITECTURE_PRINCIPLES } from './advice-resources';

/** The guide's Teknik themes, in our own words. */
export const TEKNIK_THEMES: readonly AdviceTheme[] = [
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
