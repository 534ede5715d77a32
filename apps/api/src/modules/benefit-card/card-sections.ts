import { benefitTotalsByUnit, HEALTH_SEVERITY_LABELS } from '@gevinst/domain';
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { BenefitCard, CardBenefit, CardGoal } from './benefit-card.types';
import { formatAmount, formatDate, formatKroner, formatMeasure, formatPercent, moreLine, truncate, unitName } from './card-format';

/** How much of each list a card shows; the layout tightens these when a card would not fit its page (card-layout.ts). */
export interface CardCaps {
  goals: number;
  benefits: number;
  /** Year columns of the benefit table, the last one summing the years after it when there are more. */
  years: number;
  points: number;
  preconditions: number;
  findings: number;
  chains: number;
  purposeChars: number;
  descriptionChars: number;
  /** Titles in table cells (goals, benefits). */
  titleChars: number;
  /** One-line list entries (points, preconditions, findings, chains). */
  lineChars: number;
  nameChars: number;
}

const GREY = '#5f6b7a';
const RED = '#b3261e';

/** The compact table layout of the card: hairlines between rows, small paddings. */
export const CARD_TABLE_LAYOUT = {
  hLineWidth: (i: number) => (i === 0 ? 0 : 0.4),
  vLineWidth: () => 0,
  hLineColor: () => '#c9d1db',
  paddingLeft: () => 2,
  paddingRight: () => 2,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

export const heading = (text: string): Content => ({ text, style: 'h2' });
const muted = (text: string): Content => ({ text, color: GREY });
const more = (hidden: number): Content[] => (hidden > 0 ? [{ text: moreLine(hidden), color: GREY, italics: true, margin: [0, 1, 0, 0] }] : []);
const name = (value: string | null, caps: CardCaps) => (value ? truncate(value, caps.nameChars) : '–');

/** "0 %" / "50 %" with the goal's unit (% is written without a space, as the goal was entered). */
const withUnit = (value: number, unit: string) => (unit ? `${formatMeasure(value)} ${truncate(unit, 14)}` : formatMeasure(value));

function targetText(goal: CardGoal): string {
  const { pessimistic, likely, optimistic } = goal.target;
  if (pessimistic === null && optimistic === null) return withUnit(likely, goal.unit);
  const three = [pessimistic, likely, optimistic].map((v) => (v === null ? '–' : formatMeasure(v))).join(' · ');
  return goal.unit ? `${three} ${truncate(goal.unit, 14)}` : three;
}

export function goalsSection(goals: readonly CardGoal[], caps: CardCaps): Content[] {
  if (goals.length === 0) return [heading('Mål'), muted('Ingen mål registreret.')];
  const shown = goals.slice(0, caps.goals);
  const header: TableCell[] = ['Mål og indikator', 'Baseline', 'Mål (pess. · forv. · opt.)', 'Seneste måling', 'Opnået'].map((text, i) => ({
    text,
    style: 'th',
    alignment: i === 4 ? 'right' : 'left',
  }));
  const rows: TableCell[][] = shown.map((goal) => [
    { stack: [{ text: truncate(goal.title, caps.titleChars), bold: true }, muted(truncate(goal.indicatorName, caps.titleChars))] },
    goal.baseline
      ? { stack: [withUnit(goal.baseline.value, goal.unit), muted(goal.baseline.date ? formatDate(goal.baseline.date) : 'uden dato')] }
      : muted('Ingen baseline'),
    { stack: [targetText(goal), muted(`senest ${formatDate(goal.target.date)}`)] },
    goal.latest ? { stack: [withUnit(goal.latest.value, goal.unit), muted(formatDate(goal.latest.measuredOn))] } : muted('Ikke målt'),
    goal.achievementPercent === null ? { text: '–', alignment: 'right' } : { text: formatPercent(goal.achievementPercent), bold: true, alignment: 'right' },
  ]);
  return [
    heading('Mål'),
    { table: { headerRows: 1, widths: ['*', 70, 100, 70, 38], body: [header, ...rows] }, layout: CARD_TABLE_LAYOUT },
    ...more(goals.length - shown.length),
  ];
}

export interface YearColumn {
  label: string;
  years: number[];
}

/** Every year of the shown benefits' profiles, ascending; beyond `max` columns the last one spans the remaining years. */
export function yearColumns(benefits: readonly CardBenefit[], max: number): YearColumn[] {
  const years = [...new Set(benefits.flatMap((b) => (b.quantified ? b.years.map((y) => y.year) : [])))].sort((a, b) => a - b);
  if (years.length <= max) return years.map((year) => ({ label: String(year), years: [year] }));
  const rest = years.slice(max - 1);
  return [
    ...years.slice(0, max - 1).map((year) => ({ label: String(year), years: [year] })),
    { label: `${rest[0]}–${rest[rest.length - 1]}`, years: rest },
  ];
}

/** Planned and realised of one benefit over a column's years (exact in hundredths); realised null when none is recorded. */
function columnFigures(benefit: CardBenefit, column: YearColumn): { planned: number | null; realised: number | null } {
  const entries = benefit.years.filter((y) => column.years.includes(y.year));
  if (entries.length === 0) return { planned: null, realised: null };
  const realised = entries.filter((y) => y.realised !== null);
  return {
    planned: entries.reduce((sum, y) => sum + Math.round(y.planned * 100), 0) / 100,
    realised: realised.length ? realised.reduce((sum, y) => sum + Math.round((y.realised ?? 0) * 100), 0) / 100 : null,
  };
}

/** Totals per unit over all the initiative's quantified benefits (not only the rows shown); 'other' per label. */
export function unitTotals(benefits: readonly CardBenefit[]): { unit: string; planned: number; realised: number }[] {
  const groups = new Map<string, CardBenefit[]>();
  for (const benefit of benefits.filter((b) => b.quantified)) {
    const key = benefit.unit === 'other' ? `other|${benefit.unitLabel ?? ''}` : benefit.unit;
    groups.set(key, [...(groups.get(key) ?? []), benefit]);
  }
  return [...groups.values()].flatMap((group) =>
    benefitTotalsByUnit(
      group.map((b) => ({
        quantified: true,
        unit: b.unit,
        planned: b.years.map((y) => ({ year: y.year, amount: y.planned })),
        realised: b.years.filter((y) => y.realised !== null).map((y) => ({ year: y.year, amount: y.realised ?? 0 })),
      })),
    ).map((total) => ({ unit: unitName(total.unit, group[0].unitLabel), planned: total.planned, realised: total.realised })),
  );
}

const totalText = (value: number, unit: string) => (unit === 'kr.' ? formatKroner(value) : `${formatAmount(value)} ${unit}`);

const UNIT_ORDER: Record<CardBenefit['unit'], number> = { DKK: 0, hours: 1, other: 2 };
const plannedTotal = (b: CardBenefit) => b.years.reduce((sum, y) => sum + y.planned, 0);

/** The benefits a card shows first: quantified ones, kroner before hours before other units, largest planned total first. */
export function topBenefits(benefits: readonly CardBenefit[], count: number): CardBenefit[] {
  return benefits
    .map((benefit, index) => ({ benefit, index }))
    .sort(
      (a, b) =>
        Number(b.benefit.quantified) - Number(a.benefit.quantified) ||
        UNIT_ORDER[a.benefit.unit] - UNIT_ORDER[b.benefit.unit] ||
        plannedTotal(b.benefit) - plannedTotal(a.benefit) ||
        a.index - b.index,
    )
    .slice(0, count)
    .map(({ benefit }) => benefit);
}

export function benefitsSection(benefits: readonly CardBenefit[], caps: CardCaps): Content[] {
  if (benefits.length === 0) return [heading('Gevinster'), muted('Ingen gevinster registreret.')];
  const shown = topBenefits(benefits, caps.benefits);
  const columns = yearColumns(shown, caps.years);
  const header: TableCell[] = [
    { text: 'Gevinst', style: 'th' },
    { text: 'Gevinstejer', style: 'th' },
    { text: 'Modtagende forvaltning', style: 'th' },
    { text: 'Enhed', style: 'th' },
    ...columns.map((c): TableCell => ({ text: [c.label, { text: '\nplan / real.', color: GREY, bold: false }], style: 'th', alignment: 'right' })),
  ];
  const rows: TableCell[][] = shown.map((benefit) => {
    const lead: TableCell[] = [
      { text: truncate(benefit.title, caps.titleChars), bold: true },
      name(benefit.owner, caps),
      name(benefit.receivingDepartment, caps),
      benefit.quantified ? truncate(unitName(benefit.unit, benefit.unitLabel), 12) : '–',
    ];
    if (!benefit.quantified) {
      if (columns.length === 0) return lead;
      return [...lead, { text: 'Beskrevet i ord (indgår ikke i summer)', color: GREY, italics: true, colSpan: columns.length }, ...columns.slice(1).map(() => '')];
    }
    return [
      ...lead,
      ...columns.map((column): TableCell => {
        const { planned, realised } = columnFigures(benefit, column);
        if (planned === null) return { text: '–', alignment: 'right', color: GREY };
        return { stack: [formatAmount(planned), muted(realised === null ? '–' : formatAmount(realised))], alignment: 'right' };
      }),
    ];
  });
  const totals = unitTotals(benefits);
  return [
    heading('Gevinster, planlagt og realiseret pr. år'),
    {
      table: { headerRows: 1, widths: ['*', 62, 70, 30, ...columns.map(() => 46)], body: [header, ...rows] },
      layout: CARD_TABLE_LAYOUT,
    },
    ...more(benefits.length - shown.length),
    totals.length
      ? {
          text: [
            { text: 'I alt: ', bold: true },
            totals.map((t) => `${totalText(t.planned, t.unit)} planlagt, ${totalText(t.realised, t.unit)} realiseret`).join(' · '),
          ],
          margin: [0, 2, 0, 0],
        }
      : muted('Ingen kvantificerede gevinster.'),
  ];
}

/** A titled list of one-line entries, capped, with "+ N flere" and a text for the empty list. */
export function listSection(title: string, lines: Content[], total: number, empty: string): Content[] {
  return [heading(title), ...(lines.length ? lines : [muted(empty)]), ...more(total - lines.length)];
}

export function pointsSection(card: BenefitCard, caps: CardCaps): Content[] {
  const lines = card.evaluationPoints.slice(0, caps.points).map((point): Content => ({
    text: [
      { text: formatDate(point.dueDate), bold: true },
      point.overdue ? { text: ' overskredet', color: RED, bold: true } : '',
      `  ${truncate(point.subject, caps.lineChars - 30)}`,
      point.label ? { text: ` – ${truncate(point.label, 30)}`, color: GREY } : '',
    ],
  }));
  return listSection('Næste evalueringspunkter', lines, card.evaluationPointCount, 'Ingen åbne evalueringspunkter.');
}

export function preconditionsSection(card: BenefitCard, caps: CardCaps): Content[] {
  const all = card.preconditions ?? [];
  const lines = all.slice(0, caps.preconditions).map((p): Content => ({
    text: [
      { text: truncate(p.title, caps.lineChars - 30) },
      { text: [p.owner ? ` – ${truncate(p.owner, caps.nameChars)}` : '', p.dueDate ? ` – senest ${formatDate(p.dueDate)}` : ''].join(''), color: GREY },
    ],
  }));
  return listSection('Åbne forudsætninger', lines, all.length, 'Ingen åbne forudsætninger.');
}

export function findingsSection(card: BenefitCard, caps: CardCaps): Content[] {
  const lines = card.findings.slice(0, caps.findings).map((f): Content => ({
    text: [
      { text: `${f.ruleId} ${HEALTH_SEVERITY_LABELS[f.severity]}: `, bold: true, color: f.severity === 'error' ? RED : '#7a5b00' },
      // One line each: the health tab has the full text and the advice.
      truncate(f.message, Math.round(caps.lineChars * 1.35)),
    ],
  }));
  return listSection('Sundhedstjek', lines, card.findings.length, 'Ingen fund: initiativet følger rådene.');
}

export function mapSection(card: BenefitCard, caps: CardCaps): Content[] {
  const chains = card.map?.chains ?? [];
  const part = (text: string | null) => (text ? truncate(text, Math.floor(caps.lineChars / 2.2)) : '–');
  const lines = chains.slice(0, caps.chains).map((c): Content => ({
    // Roboto has no arrow glyph (→): the chain is joined with ›.
    text: [part(c.delivery), ' › ', part(c.change), ' › ', { text: part(c.benefit), bold: true }, ' › ', part(c.goal)],
  }));
  return listSection('Gevinstdiagram (levering › forandring › gevinst › mål)', lines, chains.length, 'Gevinstdiagrammet er ikke tegnet endnu.');
}

export function businessCaseSection(card: BenefitCard): Content[] {
  const bc = card.businessCase;
  if (!bc) return [];
  const figure = (label: string, value: string): Content => ({
    stack: [muted(label), { text: value, bold: true, fontSize: 10 }],
  });
  const rate = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }).format(bc.discountRate * 100);
  return [
    heading(`Business case (nutidsværdi ved ${rate} % diskonteringsrente)`),
    {
      columns: [
        ...bc.scenarios.slice(0, 3).map((s) => figure(`Nutidsværdi, ${s.label}`, formatKroner(s.netPresentValue))),
        figure('Tilbagebetalt', bc.paybackYear === null ? 'Ikke i perioden' : `i ${bc.paybackYear}`),
      ],
      columnGap: 8,
    },
  ];
}
