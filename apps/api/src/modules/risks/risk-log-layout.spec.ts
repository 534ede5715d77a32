import {
  ACTION_STATUS_LABELS,
  actionColumnOf,
  CATEGORY_LABELS,
  columnLetter,
  EXPORT_RISK_COLUMNS,
  HANDLER_LABELS,
  headingName,
  riskColumnOf,
  sheetKindOfName,
  STATUS_LABELS,
} from './risk-log-layout';

describe('risk log headings', () => {
  it('exports the municipal template headings, each recognised as its own column', () => {
    expect(EXPORT_RISK_COLUMNS.map((c) => c.heading)).toEqual([
      'Nr.', 'Titel', 'Årsag', 'Hændelse', 'Konsekvens', 'Kategori', 'Sandsynlighed (1-5)', 'Konsekvens (1-5)', 'Score', 'Niveau',
      'Håndteres af', 'Risikoejer', 'Sandsynlighed efter tiltag', 'Konsekvens efter tiltag', 'Score efter tiltag', 'Status',
      'Identificeret', 'Senest gennemgået',
    ]);
    for (const column of EXPORT_RISK_COLUMNS) expect(riskColumnOf(column.heading)).toBe(column.key);
  });

  it('compares headings without case, spaces, punctuation or æ/ø/å spelling', () => {
    expect(headingName(' Sandsynlighed (1 – 5) ')).toEqual({ name: 'sandsynlighed', scale: true });
    expect(riskColumnOf('SANDSYNLIGHED')).toBe('probability');
    expect(riskColumnOf('sandsynlighed 1 til 5')).toBe('probability');
    expect(riskColumnOf('Aarsag')).toBe('cause');
    expect(riskColumnOf('ÅRSAG:')).toBe('cause');
    expect(riskColumnOf('Haendelse')).toBe('event');
    expect(riskColumnOf('Haandteres af')).toBe('handler');
    expect(riskColumnOf('Senest gennemgaaet')).toBe('lastReviewedOn');
    expect(riskColumnOf('Nr')).toBe('number');
    expect(riskColumnOf('Risiko-ejer')).toBe('owner');
  });

  it('matches whole names only: "S" is not Sandsynlighed, and unknown headings are ignored', () => {
    expect(riskColumnOf('S')).toBeNull();
    expect(riskColumnOf('Sandsyn')).toBeNull();
    expect(riskColumnOf('Bemærkninger')).toBeNull();
    expect(riskColumnOf('')).toBeNull();
    expect(riskColumnOf('(1-5)')).toBeNull();
  });

  it('tells the consequence text from the rating: the scale 1-5 or a bare "K" makes it the rating', () => {
    expect(riskColumnOf('Konsekvens')).toBe('consequenceText');
    expect(riskColumnOf('konsekvens ')).toBe('consequenceText');
    expect(riskColumnOf('Konsekvensbeskrivelse')).toBe('consequenceText');
    expect(riskColumnOf('Konsekvens (1-5)')).toBe('consequence');
    expect(riskColumnOf('KONSEKVENS 1-5')).toBe('consequence');
    expect(riskColumnOf('Konsekvens (1 til 5)')).toBe('consequence');
    expect(riskColumnOf('K')).toBe('consequence');
    expect(riskColumnOf('Konsekvens efter tiltag')).toBe('residualConsequence');
    expect(riskColumnOf('Konsekvens efter tiltag (1-5)')).toBe('residualConsequence');
    expect(riskColumnOf('Sandsynlighed efter tiltag (1-5)')).toBe('residualProbability');
  });

  it('recognises the computed columns, so they are never read as input', () => {
    expect(riskColumnOf('Score')).toBe('score');
    expect(riskColumnOf('Niveau')).toBe('band');
    expect(riskColumnOf('Score efter tiltag')).toBe('residualScore');
    expect(riskColumnOf('Niveau efter tiltag')).toBe('residualBand');
  });

  it('reads the action sheet headings', () => {
    expect(actionColumnOf('Risiko nr.')).toBe('riskNumber');
    expect(actionColumnOf('risikonummer')).toBe('riskNumber');
    expect(actionColumnOf('Handling')).toBe('action');
    expect(actionColumnOf('Tiltag')).toBe('action');
    expect(actionColumnOf('Ansvarlig')).toBe('responsible');
    expect(actionColumnOf('Frist')).toBe('deadline');
    expect(actionColumnOf('Status')).toBe('status');
  });

  it('knows the sheets by name', () => {
    expect(sheetKindOfName('Risikolog')).toBe('risks');
    expect(sheetKindOfName('risiko-log')).toBe('risks');
    expect(sheetKindOfName('HANDLINGER')).toBe('actions');
    expect(sheetKindOfName('Vejledning')).toBe('guide');
    expect(sheetKindOfName('Ark1')).toBeNull();
    expect(sheetKindOfName(undefined)).toBeNull();
  });

  it('writes column letters', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('risk log labels', () => {
  it('reads every Danish label and the API value', () => {
    for (const reader of [CATEGORY_LABELS, HANDLER_LABELS, STATUS_LABELS, ACTION_STATUS_LABELS]) {
      for (const [value, label] of Object.entries<string>(reader.labels)) {
        expect(reader.read(label)).toBe(value);
        expect(reader.read(label.toUpperCase())).toBe(value);
        expect(reader.read(value)).toBe(value);
      }
    }
  });

  it('accepts the common spelling variants', () => {
    expect(CATEGORY_LABELS.read('GDPR')).toBe('information_security');
    expect(CATEGORY_LABELS.read('Informationssikkerhed')).toBe('information_security');
    expect(CATEGORY_LABELS.read('informationssikkerhed / gdpr')).toBe('information_security');
    expect(CATEGORY_LABELS.read('Økonomi')).toBe('economic');
    expect(CATEGORY_LABELS.read('Økonomisk')).toBe('economic');
    expect(CATEGORY_LABELS.read('oekonomisk')).toBe('economic');
    expect(CATEGORY_LABELS.read('Leverandøren')).toBe('supplier');
    expect(CATEGORY_LABELS.read('Leverandor')).toBeNull();
    expect(CATEGORY_LABELS.read('leverandoer')).toBe('supplier');
    expect(HANDLER_LABELS.read('Kommune')).toBe('municipality');
    expect(HANDLER_LABELS.read('Kommunen')).toBe('municipality');
    expect(HANDLER_LABELS.read('Leverandør')).toBe('supplier');
    expect(HANDLER_LABELS.read('Begge')).toBe('shared');
    expect(HANDLER_LABELS.read('Faelles')).toBe('shared');
    expect(STATUS_LABELS.read('Håndteres')).toBe('in_progress');
    expect(STATUS_LABELS.read('under haandtering')).toBe('in_progress');
    expect(STATUS_LABELS.read('aaben')).toBe('open');
    expect(ACTION_STATUS_LABELS.read('i gang')).toBe('in_progress');
    expect(ACTION_STATUS_LABELS.read('Udfoert')).toBe('done');
  });

  it('gives null for unknown labels', () => {
    expect(CATEGORY_LABELS.read('Miljø')).toBeNull();
    expect(STATUS_LABELS.read('')).toBeNull();
  });
});
