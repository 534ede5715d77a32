import type { BenefitMap, BusinessCaseSnapshot, MapNode } from '@gevinst/domain';
import type { CardBenefit } from './benefit-card.types';
import { businessCaseSummary, compactMap, openPreconditions } from './card-extras';
import { attachmentDisposition, formatAmount, formatDate, formatKroner, formatMeasure, formatPercent, formatStamp, moreLine, truncate, unitName } from './card-format';
import { topBenefits, unitTotals, yearColumns } from './card-sections';

describe('card formats (da-DK)', () => {
  it('writes amounts in hundredths with dots for thousands and two decimals only when there are any', () => {
    expect(formatKroner(1_250_000)).toBe('1.250.000 kr.');
    expect(formatKroner(812_500.5)).toBe('812.500,50 kr.');
    expect(formatKroner(-3400.05)).toBe('-3.400,05 kr.');
    expect(formatAmount(0.1 + 0.2)).toBe('0,30');
    expect(formatMeasure(1234.125)).toBe('1.234,125');
    expect(formatPercent(49.6)).toBe('50 %');
    expect(formatPercent(-12.2)).toBe('-12 %');
  });

  it('writes days as dd.mm.yyyy and instants in Danish time', () => {
    expect(formatDate('2027-03-09')).toBe('09.03.2027');
    expect(formatStamp(new Date('2026-12-31T23:30:00Z'))).toBe('01.01.2027 kl. 00.30');
    expect(formatStamp(new Date('2026-07-01T10:05:00Z'))).toBe('01.07.2026 kl. 12.05');
  });

  it('cuts long text at a word with an ellipsis, and counts what a list leaves out', () => {
    expect(truncate('  Kort   tekst ', 20)).toBe('Kort tekst');
    expect(truncate('Færre ansøgninger på papir og flere digitale', 30)).toBe('Færre ansøgninger på papir…');
    expect(truncate('Ætteudskiftningsprogrammeringsafdelingen', 12)).toBe('Ætteudskift…');
    expect(truncate(null, 10)).toBe('');
    expect([moreLine(0), moreLine(1), moreLine(1200)]).toEqual(['', '+ 1 mere', '+ 1.200 flere']);
  });

  it('names units and files as the card prints them', () => {
    expect([unitName('DKK', null), unitName('hours', null), unitName('other', 'borgere'), unitName('other', ' ')]).toEqual(['kr.', 'timer', 'borgere', 'enheder']);
    expect(attachmentDisposition('gevinstkort-styregruppe-ældre.pdf')).toBe(
      `attachment; filename="gevinstkort-styregruppe-_ldre.pdf"; filename*=UTF-8''gevinstkort-styregruppe-%C3%A6ldre.pdf`,
    );
  });
});

const benefit = (title: string, unit: CardBenefit['unit'], years: [number, number, number | null][], quantified = true): CardBenefit => ({
  title,
  quantified,
  unit,
  unitLabel: unit === 'other' ? 'borgere' : null,
  owner: null,
  receivingDepartment: null,
  years: years.map(([year, planned, realised]) => ({ year, planned, realised })),
});

describe('card sections', () => {
  const benefits = [
    benefit('Timer', 'hours', [[2026, 100, 50]]),
    benefit('Beskrevet', 'DKK', [], false),
    benefit('Lille', 'DKK', [[2026, 10, null]]),
    benefit('Stor', 'DKK', [[2026, 0.1, 0.1], [2027, 0.2, null], [2032, 1_000_000, null]]),
    benefit('Borgere', 'other', [[2030, 5, 1]]),
  ];

  it('shows quantified benefits first, kroner before hours, the largest first', () => {
    expect(topBenefits(benefits, 4).map((b) => b.title)).toEqual(['Stor', 'Lille', 'Timer', 'Borgere']);
  });

  it('gives each year a column, and sums the years beyond the last column in it', () => {
    expect(yearColumns(benefits, 6).map((c) => c.label)).toEqual(['2026', '2027', '2030', '2032']);
    expect(yearColumns(benefits, 3)).toEqual([
      { label: '2026', years: [2026] },
      { label: '2027', years: [2027] },
      { label: '2030–2032', years: [2030, 2032] },
    ]);
  });

  it('totals every quantified benefit per unit exactly, never mixing units', () => {
    expect(unitTotals(benefits)).toEqual([
      { unit: 'timer', planned: 100, realised: 50 },
      { unit: 'kr.', planned: 1_000_010.3, realised: 0.1 },
      { unit: 'borgere', planned: 5, realised: 1 },
    ]);
  });
});

describe('card extras from the benefit map and the business case', () => {
  const node = (id: string, kind: MapNode['kind'], title: string, extra: Partial<MapNode> = {}): MapNode => ({
    id,
    kind,
    title,
    owner: null,
    dueDate: null,
    status: kind === 'change' ? 'open' : null,
    description: null,
    disBenefit: false,
    measurements: 0,
    version: 1,
    ...extra,
  });
  const map: BenefitMap = {
    initiativeId: 'i',
    nodes: [
      node('d', 'delivery', 'Robot'),
      node('c1', 'change', 'Ny arbejdsgang', { dueDate: '2027-05-01', owner: { id: 'u', name: 'Åse' } }),
      node('c2', 'change', 'Uddannelse', { status: 'done' }),
      node('c3', 'change', 'Aftale med leverandør'),
      node('b1', 'benefit', 'Frigjort tid'),
      node('b2', 'benefit', 'Færre fejl'),
      node('g', 'goal', 'Hurtigere svar'),
    ],
    links: [
      { from: 'd', to: 'c1' },
      { from: 'c1', to: 'b1' },
      { from: 'c2', to: 'b1' },
      { from: 'b1', to: 'g' },
      { from: 'b2', to: 'g' },
    ],
    can: { manage: false },
  };

  it('draws one chain per benefit the map leads to, several changes in one link', () => {
    expect(compactMap(map).chains).toEqual([{ delivery: 'Robot', change: 'Ny arbejdsgang + Uddannelse', benefit: 'Frigjort tid', goal: 'Hurtigere svar' }]);
  });

  it('lists the changes not done as open preconditions, soonest due first', () => {
    expect(openPreconditions(map)).toEqual([
      { title: 'Ny arbejdsgang', owner: 'Åse', dueDate: '2027-05-01' },
      { title: 'Aftale med leverandør', owner: null, dueDate: null },
    ]);
  });

  it('sums the business case up as net present value per scenario and the likely payback year', () => {
    const snapshot = {
      settings: { discountRate: 0.035, horizonYears: 10, hourlyRateDkk: null, baseYear: 2026, lastYear: 2035 },
      scenarios: [
        { scenario: 'pessimistic', npv: -10, paybackYear: null },
        { scenario: 'likely', npv: 20.5, paybackYear: 2029 },
        { scenario: 'optimistic', npv: 30, paybackYear: 2028 },
      ],
    } as unknown as BusinessCaseSnapshot;
    expect(businessCaseSummary(snapshot)).toEqual({
      scenarios: [
        { label: 'pessimistisk', netPresentValue: -10 },
        { label: 'forventet', netPresentValue: 20.5 },
        { label: 'optimistisk', netPresentValue: 30 },
      ],
      paybackYear: 2029,
      discountRate: 0.035,
    });
  });
});
