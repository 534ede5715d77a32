// Risks of digitalisation projects in the municipal risk-log's shape (cause → event → consequence) and their
// mitigation, per category; and statements of risk appetite. Our own words.

export const RISK_TEMPLATES = [
  { category: 'political', title: 'Ændrede politiske prioriteter', cause: 'Nyt byråd eller ny budgetaftale', event: 'Initiativet nedprioriteres midt i forløbet', consequence: 'Investeringen står halvt færdig, og gevinsterne udebliver' },
  { category: 'political', title: 'Modstand fra borgergrupper', cause: 'Borgerne oplever løsningen som en forringelse', event: 'Sagen kommer i pressen og på byrådets dagsorden', consequence: 'Udrulningen forsinkes eller stoppes' },
  { category: 'economic', title: 'Budgetoverskridelse', cause: 'Undervurderede udgifter til tilpasning og integration', event: 'Projektet mangler penge i gennemførelsen', consequence: 'Omfanget skæres ned, eller der skal findes penge andre steder' },
  { category: 'economic', title: 'Gevinsten høstes før den er realiseret', cause: 'Budgettet forudsætter gevinsten fra første år', event: 'Området får trukket midler, før arbejdsgangene er ændret', consequence: 'Driften presses, og opbakningen falder' },
  { category: 'technical', title: 'Integration til fagsystemet fejler', cause: 'Fagsystemets snitflader er dårligt dokumenterede', event: 'Data overføres ikke korrekt', consequence: 'Medarbejderne må taste dobbelt, og fejl når borgerne' },
  { category: 'technical', title: 'Ustabil drift efter idriftsættelse', cause: 'For lidt test under realistisk belastning', event: 'Løsningen er nede i spidsbelastning', consequence: 'Borgerne kan ikke få hjælp, og tilliden falder' },
  { category: 'legal', title: 'Uklart hjemmelsgrundlag', cause: 'Lovgivningen er ikke skrevet til den nye arbejdsgang', event: 'Juristerne kan ikke godkende løsningen', consequence: 'Idriftsættelsen udskydes' },
  { category: 'legal', title: 'Krav fra nye regler', cause: 'Ny lovgivning på området', event: 'Løsningen skal ændres, før den kan bruges', consequence: 'Ekstra udgifter og forsinkelse' },
  { category: 'information_security', title: 'Manglende databehandleraftale', cause: 'Leverandøren bruger underleverandører uden for EU', event: 'Aftalen kan ikke godkendes', consequence: 'Løsningen kan ikke tages i brug' },
  { category: 'information_security', title: 'Brud på persondatasikkerheden', cause: 'Forkert opsætning af adgangsrettigheder', event: 'Medarbejdere ser oplysninger, de ikke skal se', consequence: 'Anmeldelse til Datatilsynet og tab af tillid' },
  { category: 'organisational', title: 'Manglende ledelsesopbakning', cause: 'Lederne har ikke tid til forandringen', event: 'Arbejdsgangene ændres ikke', consequence: 'Gevinsterne realiseres ikke' },
  { category: 'organisational', title: 'Travlhed i driften', cause: 'Sygdom og vakancer i området', event: 'Medarbejderne kan ikke deltage i oplæring', consequence: 'Løsningen bliver brugt forkert eller slet ikke' },
  { category: 'supplier', title: 'Leverandøren leverer for sent', cause: 'Leverandøren har for mange kunder på samme tid', event: 'Milepæle skrider', consequence: 'Projektet forsinkes og bliver dyrere' },
  { category: 'supplier', title: 'Leverandøren går konkurs', cause: 'Lille leverandør på et umodent marked', event: 'Support og videreudvikling ophører', consequence: 'Løsningen skal udskiftes før tid' },
];

export const RISK_ACTIONS = {
  political: ['Løbende orientering af det politiske udvalg', 'Tydelig business case til budgetforhandlingerne'],
  economic: ['Risikopulje i budgettet', 'Månedlig opfølgning på forbrug med Økonomi'],
  technical: ['Test i testmiljø før hver opdatering', 'Aftale om integrationstest med leverandøren'],
  legal: ['Juridisk vurdering før idriftsættelse', 'Dialog med KL om fortolkning af reglerne'],
  information_security: ['Risikovurdering og konsekvensanalyse (DPIA)', 'Gennemgang af adgangsrettigheder hvert kvartal'],
  organisational: ['Superbrugere på hver arbejdsplads', 'Ledelsesforløb om forandringen'],
  supplier: ['Bod for forsinkelse i kontrakten', 'Exit-plan og deponering af kildekode'],
};

/** Statements per category and appetite: averse, cautious, open. */
export const RISK_APPETITE_STATEMENTS = {
  political: ['Vi sætter ikke projekter i gang, som byrådet ikke står bag.', 'Vi går gerne forrest, når byrådet er orienteret og bakker op.', 'Vi afprøver gerne nyt, også før andre kommuner har gjort det.'],
  economic: ['Vi investerer kun med sikre gevinster og fuld finansiering.', 'Vi investerer, når gevinsterne er sandsynliggjort og har en ejer.', 'Vi investerer gerne i forsøg, hvor gevinsten først skal vises.'],
  technical: ['Vi bruger kun afprøvet teknologi.', 'Vi afprøver ny teknologi i det små, før vi skalerer.', 'Vi er gerne blandt de første til at bruge ny teknologi.'],
  legal: ['Vi tager ingen chancer med lovgivningen.', 'Vi går videre, når juristerne har vurderet løsningen.', 'Vi søger frikommuneforsøg, når reglerne står i vejen.'],
  information_security: ['Borgernes data beskyttes altid, også på bekostning af fremdrift.', 'Vi tager løsninger i brug, når sikkerheden er vurderet og dokumenteret.', 'Vi accepterer begrænsede risici i afgrænsede forsøg uden følsomme data.'],
  organisational: ['Vi ændrer kun arbejdsgange med fuld opbakning i området.', 'Vi ændrer arbejdsgange, når medarbejderne er inddraget.', 'Vi er klar til store ændringer af roller og arbejdsgange.'],
  supplier: ['Vi bruger kun store, etablerede leverandører.', 'Vi vælger leverandører, der kan dokumentere drift og sikkerhed.', 'Vi arbejder gerne med nye leverandører og iværksættere.'],
};
