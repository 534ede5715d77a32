// Kinds of digitalisation initiatives a municipality runs, in our own words: the title's core, the technology and
// its radar ring, and the forvaltning that usually leads it. Titles vary by a prefix and the leading område.

export const INITIATIVE_THEMES = [
  { core: 'Softwarerobot til bogføring af regninger', technology: 'Softwarerobot (RPA)', ring: 'adopt', lead: 'OKD' },
  { core: 'Digital selvbetjening til ansøgning om hjælpemidler', technology: 'Selvbetjeningsløsning', ring: 'adopt', lead: 'SOS' },
  { core: 'Skærmbesøg i hjemmeplejen', technology: 'Videokommunikation', ring: 'adopt', lead: 'SOS' },
  { core: 'Elektronisk medicinhåndtering på plejecentre', technology: 'Medicinrobot', ring: 'trial', lead: 'SOS' },
  { core: 'Sensorer til måling af fyldningsgrad i affaldsbeholdere', technology: 'IoT-sensorer', ring: 'trial', lead: 'TEM' },
  { core: 'Chatbot til borgerhenvendelser', technology: 'Chatbot', ring: 'assess', lead: 'BOS' },
  { core: 'Automatisk journalisering af e-mails', technology: 'Maskinlæring', ring: 'assess', lead: 'BOS' },
  { core: 'Fælles dataplatform til ledelsesinformation', technology: 'Dataplatform', ring: 'trial', lead: 'OKD' },
  { core: 'Digital vagtplanlægning', technology: 'Planlægningssystem', ring: 'adopt', lead: 'SOS' },
  { core: 'Ruteoptimering i hjemmeplejen', technology: 'Ruteoptimering', ring: 'adopt', lead: 'SOS' },
  { core: 'Ny kommunikationsplatform til forældre', technology: 'Kommunikationsplatform', ring: 'adopt', lead: 'BUU' },
  { core: 'Digital pladsanvisning i dagtilbud', technology: 'Selvbetjeningsløsning', ring: 'adopt', lead: 'BUU' },
  { core: 'Tale-til-tekst i sagsbehandlingen', technology: 'Talegenkendelse', ring: 'trial', lead: 'BUU' },
  { core: 'Digital byggesagsbehandling', technology: 'Fagsystem', ring: 'adopt', lead: 'TEM' },
  { core: 'Energistyring i kommunale bygninger', technology: 'Bygningsautomatik', ring: 'trial', lead: 'TEM' },
  { core: 'Automatisk tjek af ydelsessager', technology: 'Regelmotor', ring: 'trial', lead: 'BOS' },
  { core: 'Digitale kompetencer for medarbejdere', technology: null, ring: null, lead: 'OKD' },
  { core: 'Fælles projektmodel for digitale projekter', technology: null, ring: null, lead: 'OKD' },
  { core: 'Kunstig intelligens til visitation af henvendelser', technology: 'Sprogmodel', ring: 'assess', lead: 'BES' },
  { core: 'Digitalt jobcenterforløb for ledige', technology: 'Selvbetjeningsløsning', ring: 'adopt', lead: 'BES' },
  { core: 'Virtuel træning efter genoptræningsplan', technology: 'Træningsapp', ring: 'trial', lead: 'SOS' },
  { core: 'Selvbetjent udlån og åbent bibliotek', technology: 'Adgangskontrol', ring: 'adopt', lead: 'KUF' },
  { core: 'Digital booking af lokaler og haller', technology: 'Bookingsystem', ring: 'adopt', lead: 'KUF' },
  { core: 'Droner til inspektion af broer og tage', technology: 'Droner', ring: 'assess', lead: 'TEM' },
  { core: 'Robotplæneklippere på boldbaner', technology: 'Robotteknologi', ring: 'trial', lead: 'TEM' },
  { core: 'Elektronisk fakturakontrol', technology: 'Regelmotor', ring: 'adopt', lead: 'OKD' },
  { core: 'Digital underskrift af aftaler', technology: 'Digital signatur', ring: 'adopt', lead: 'BOS' },
  { core: 'Sammenhængende borgerforløb på tværs af fagsystemer', technology: 'Integrationsplatform', ring: 'assess', lead: 'SOS' },
  { core: 'Tidlig opsporing med data i ældreplejen', technology: 'Prædiktiv analyse', ring: 'hold', lead: 'SOS' },
  { core: 'Digital læringsplatform i skolerne', technology: 'Læringsplatform', ring: 'adopt', lead: 'BUU' },
];

export const TITLE_PREFIXES = ['', '', '', 'Pilot: ', 'Udbredelse af ', 'Fase 2: '];

export const PURPOSES = [
  'Medarbejderne bruger for meget tid på manuelle arbejdsgange, og tiden tages fra borgerne. Initiativet skal frigøre tid og mindske fejl.',
  'Borgerne venter for længe på svar, og mange henvendelser handler om det samme. Initiativet skal give hurtigere og mere ensartede svar.',
  'Den nuværende løsning er forældet og dyr i drift. Initiativet skal sikre en stabil løsning, der kan følge med lovgivningen.',
  'Ledelsen mangler et samlet overblik over data fra flere systemer. Initiativet skal gøre det muligt at styre efter resultater.',
  'Området står over for flere opgaver med færre hænder. Initiativet skal bruge teknologi, så medarbejderne kan bruge tiden, hvor den gør mest gavn.',
];

export const DESCRIPTIONS = [
  'Løsningen afprøves først i et afgrænset område, evalueres med medarbejderne og udbredes derefter trinvist.',
  'Projektet køber en standardløsning på en fælleskommunal rammeaftale og tilpasser arbejdsgangene til den.',
  'Der gennemføres før- og eftermålinger, og gevinsterne følges op kvartalsvis af gevinstejeren.',
  'Projektet gennemføres i tæt samarbejde med brugerne, der tester løsningen undervejs i faste brugergrupper.',
];

export const EXPECTED_VALUES = [
  'Frigjort tid i driften, færre fejl og en bedre oplevelse for borgerne.',
  'Lavere driftsudgifter fra andet år og kortere sagsbehandlingstid.',
  'Bedre kvalitet i opgaveløsningen og et stærkere grundlag for ledelse.',
  'Færre henvendelser, hurtigere svar og mere tid til den borgernære opgave.',
];
