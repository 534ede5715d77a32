import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { BenefitCard } from './benefit-card.types';
import { CardPdfRenderer } from './card-pdf';

const read = async (stream: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};
/** The page objects of a PDF (pdfkit writes one `/Type /Page` dictionary per page, uncompressed). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
const out = (name: string, pdf: Buffer) => {
  if (!process.env.CARD_PDF_OUT) return;
  mkdirSync(process.env.CARD_PDF_OUT, { recursive: true });
  writeFileSync(join(process.env.CARD_PDF_OUT, name), pdf);
};

const long = (word: string, n: number) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');

/** A card as large as the data allows: every list far beyond the caps, every text at its maximum length. */
function largestCard(code = 'TST-2026-001', wide = 'Wåæø'): BenefitCard {
  const title200 = `${wide} ${long('Mølleåsøgning', 14)}`.slice(0, 200);
  return {
    initiative: {
      id: '00000000-0000-4000-8000-000000000001',
      code,
      title: title200,
      purpose: long('Formålsbeskrivelse-med-æøå', 200),
      description: long('Beskrivelse', 300),
      phase: 'implementation',
      leadDepartment: `Økonomi og Digitalisering ${long('Område', 10)}`,
      plannedStart: '2026-01-01',
      plannedEnd: '2029-12-31',
      organisationName: `Testrup Kommune ${long('Forvaltning', 10)}`,
    },
    roles: { projectOwner: long('Projektejer', 20), projectLead: long('Projektleder', 20), steeringGroup: long('Styregruppe', 20) },
    goals: Array.from({ length: 40 }, (_, i) => ({
      title: `${title200} ${i}`,
      indicatorName: long('Indikator', 30),
      unit: 'borgere pr. måned',
      direction: 'higher' as const,
      baseline: { value: 1234567.125, date: '2025-01-01' },
      target: { pessimistic: 2000000.5, likely: 2500000.25, optimistic: 3000000.75, date: '2028-12-31' },
      latest: { value: 1800000.5, measuredOn: '2026-06-30' },
      achievementPercent: 44.2,
    })),
    benefits: Array.from({ length: 120 }, (_, i) => ({
      title: `${title200} ${i}`,
      quantified: i % 7 !== 3,
      unit: i % 3 === 0 ? ('DKK' as const) : i % 3 === 1 ? ('hours' as const) : ('other' as const),
      unitLabel: i % 3 === 2 ? 'henvendelser pr. år' : null,
      owner: long('Gevinstejer', 10),
      receivingDepartment: long('Modtagende', 10),
      years: Array.from({ length: 10 }, (_, y) => ({ year: 2026 + y, planned: 9999999999.99, realised: y < 3 ? 8888888888.88 : null })),
    })),
    evaluationPoints: Array.from({ length: 8 }, (_, i) => ({ dueDate: `2026-0${i + 1}-15`, label: long('Etiket', 20), subject: title200, overdue: i < 3 })),
    evaluationPointCount: 200,
    findings: Array.from({ length: 26 }, (_, i) => ({ ruleId: `GEV-${i}`, severity: i % 2 ? ('warning' as const) : ('error' as const), message: long('Fundbesked', 60) })),
    map: { chains: Array.from({ length: 60 }, () => ({ delivery: title200, change: title200, benefit: title200, goal: title200 })) },
    preconditions: Array.from({ length: 30 }, () => ({ title: title200, owner: long('Ejer', 20), dueDate: '2027-03-31' })),
    businessCase: {
      scenarios: [
        { label: 'pessimistisk', netPresentValue: -123456789012.55 },
        { label: 'forventet', netPresentValue: 123456789012.55 },
        { label: 'optimistisk', netPresentValue: 923456789012.55 },
      ],
      paybackYear: 2031,
      discountRate: 0.035,
    },
  };
}

/** A small, ordinary card. */
function smallCard(code = 'TST-2026-002'): BenefitCard {
  return {
    initiative: {
      id: '00000000-0000-4000-8000-000000000002',
      code,
      title: 'Softwarerobot til bogføring',
      purpose: 'Manuel bogføring af regninger tager tid fra kerneopgaven.',
      description: null,
      phase: 'analysis',
      leadDepartment: 'Økonomi',
      plannedStart: '2026-02-01',
      plannedEnd: null,
      organisationName: 'Testrup Kommune',
    },
    roles: { projectOwner: 'Søren Ærø', projectLead: null, steeringGroup: 'Direktionen' },
    goals: [],
    benefits: [{ title: 'Sparet licens', quantified: true, unit: 'DKK', unitLabel: null, owner: null, receivingDepartment: 'Økonomi', years: [{ year: 2026, planned: 1250000, realised: null }] }],
    evaluationPoints: [],
    evaluationPointCount: 0,
    findings: [],
  };
}

/** A large but ordinary initiative: every list beyond its cap, texts of everyday length. */
function typicalCard(code = 'TST-2026-003'): BenefitCard {
  const card = largestCard(code);
  return {
    ...card,
    initiative: {
      ...card.initiative,
      title: 'Digital pladsanvisning i dagtilbud',
      purpose: 'Forældre venter i dag på brev og telefon. Med digital pladsanvisning kan de selv søge, følge og takke ja til en plads, og pladsanvisningen frigør tid til de svære sager.',
      description: 'Løsningen integreres med KMD Institution og NemLog-in og rulles ud i tre bølger.',
      leadDepartment: 'Børn og Unge',
      organisationName: 'Testrup Kommune',
    },
    roles: { projectOwner: 'Åse Østergård', projectLead: 'Bjørn Præstø', steeringGroup: 'Direktionen' },
    goals: card.goals.slice(0, 7).map((g, i) => ({ ...g, title: `Færre manuelle ansøgninger ${i + 1}`, indicatorName: 'Andel digitale ansøgninger', unit: '%', baseline: { value: 20, date: '2025-01-01' }, target: { pessimistic: 60, likely: 75, optimistic: 90, date: '2027-12-31' }, latest: { value: 48, measuredOn: '2026-09-30' }, achievementPercent: 50.9 })),
    benefits: card.benefits.slice(0, 8).map((b, i) => ({ ...b, title: `Frigjort tid i pladsanvisningen ${i + 1}`, owner: 'Åse Østergård', receivingDepartment: 'Dagtilbud', years: b.years.slice(0, 5).map((y) => ({ ...y, planned: 1250000, realised: y.realised === null ? null : 812500.5 })) })),
    findings: card.findings.slice(0, 8).map((f) => ({ ...f, message: 'En kvantificeret gevinst har ingen gevinstejer i den modtagende forvaltning.' })),
    evaluationPoints: card.evaluationPoints.slice(0, 8).map((p) => ({ ...p, subject: 'Frigjort tid i pladsanvisningen', label: 'Kvartalsmåling' })),
    evaluationPointCount: 9,
    map: { chains: card.map!.chains.slice(0, 9).map(() => ({ delivery: 'Selvbetjeningsløsning', change: 'Forældre søger selv', benefit: 'Frigjort tid', goal: 'Færre manuelle ansøgninger' })) },
    preconditions: card.preconditions!.slice(0, 9).map((p) => ({ ...p, title: 'Integration til KMD Institution i drift', owner: 'Bjørn Præstø' })),
  };
}

describe('CardPdfRenderer', () => {
  const renderer = new CardPdfRenderer();
  const context = { printedAt: new Date('2026-12-08T13:05:00Z') };

  async function render(cards: BenefitCard[]) {
    const writer = renderer.writer(cards.length, context, cards[0]?.initiative.code);
    const body = read(writer.stream);
    const levels = await writer.write(cards);
    writer.end();
    const pdf = await body;
    return { pdf, levels, pages: pageCount(pdf) };
  }

  it('renders an ordinary card on one page at the fullest level', async () => {
    const { pdf, levels, pages } = await render([smallCard()]);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect({ pages, levels }).toEqual({ pages: 1, levels: [0] });
  });

  it('shows a large but ordinary initiative in full (level 0) on one page', async () => {
    const { pdf, levels, pages } = await render([typicalCard()]);
    out('typical-card.pdf', pdf);
    expect({ pages, levels }).toEqual({ pages: 1, levels: [0] });
  });

  it('keeps the largest possible card to one page by tightening its level', async () => {
    const { pdf, levels, pages } = await render([largestCard()]);
    out('largest-card.pdf', pdf);
    expect(pages).toBe(1);
    expect(levels[0]).toBeGreaterThan(0);
  });

  it('gives every card of a batch its own page, each at its own level', async () => {
    const { pdf, levels, pages } = await render([smallCard('A'), largestCard('B'), smallCard('C')]);
    out('batch.pdf', pdf);
    expect(pages).toBe(3);
    expect([levels[0], levels[2]]).toEqual([0, 0]);
  });
});
