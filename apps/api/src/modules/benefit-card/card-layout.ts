import { PHASE_LABELS } from '@gevinst/domain';
import type { Content, StyleDictionary, TDocumentInformation } from 'pdfmake/interfaces';
import type { BenefitCard } from './benefit-card.types';
import { formatDate, formatStamp, truncate } from './card-format';
import {
  benefitsSection,
  businessCaseSection,
  type CardCaps,
  findingsSection,
  goalsSection,
  mapSection,
  pointsSection,
  preconditionsSection,
} from './card-sections';

/**
 * The one-page rule: every card is one A4 page. Lists are capped and texts cut by the caps of a level; level 0 fits an
 * initiative with every list full and texts of ordinary length (five goals: the guide's "few central goals"), and
 * when a card still runs over its page (long names wrap) the renderer lays it out again one level tighter
 * (card-pdf.ts). The last level fits the longest texts the API accepts (card-pdf.spec.ts).
 */
export const CARD_LEVELS: readonly CardCaps[] = [
  { goals: 5, benefits: 7, years: 5, points: 4, preconditions: 4, findings: 5, chains: 4, purposeChars: 360, descriptionChars: 200, titleChars: 80, lineChars: 100, nameChars: 30 },
  { goals: 4, benefits: 6, years: 5, points: 4, preconditions: 4, findings: 4, chains: 4, purposeChars: 260, descriptionChars: 0, titleChars: 60, lineChars: 90, nameChars: 24 },
  { goals: 3, benefits: 4, years: 4, points: 3, preconditions: 3, findings: 3, chains: 3, purposeChars: 160, descriptionChars: 0, titleChars: 40, lineChars: 80, nameChars: 20 },
];

export const A4_MARGINS: [number, number, number, number] = [28, 26, 28, 30];

/** Ids of the first and last node of a card: the renderer reads their pages to tell whether the card kept to one. */
export const cardStartId = (index: number) => `card-start-${index}`;
export const cardEndId = (index: number) => `card-end-${index}`;

export interface CardContext {
  /** When the cards were printed (the footer's stamp). */
  printedAt: Date;
  /** Shown in the header of every card of a meeting pack, e.g. "Porteføljemøde 12.03.2027". */
  packTitle?: string;
}

const GREY = '#5f6b7a';
const role = (label: string, value: string | null, caps: CardCaps): Content[] => [
  { text: `${label}: `, color: GREY },
  { text: value ? `${truncate(value, caps.nameChars + 10)}   ` : '–   ', bold: value !== null },
];

function headerSection(card: BenefitCard, index: number, caps: CardCaps, context: CardContext): Content[] {
  const i = card.initiative;
  const period = i.plannedStart || i.plannedEnd ? `${i.plannedStart ? formatDate(i.plannedStart) : '?'} – ${i.plannedEnd ? formatDate(i.plannedEnd) : '?'}` : null;
  const description = caps.descriptionChars > 0 && i.description ? truncate(i.description, caps.descriptionChars) : '';
  return [
    {
      columns: [
        { text: `Gevinstrealiseringskort · ${truncate(i.organisationName, 60)}`, color: GREY, id: cardStartId(index) },
        { text: context.packTitle ? truncate(context.packTitle, 70) : '', color: GREY, alignment: 'right' },
      ],
    },
    {
      columns: [
        { text: [{ text: `${i.code}  `, color: GREY }, truncate(i.title, 110)], style: 'h1', width: '*' },
        { text: `Fase: ${PHASE_LABELS[i.phase]}`, alignment: 'right', bold: true, width: 100, margin: [0, 3, 0, 0] },
      ],
      margin: [0, 1, 0, 3],
    },
    { text: [{ text: 'Formål: ', bold: true }, truncate(i.purpose, caps.purposeChars)] },
    ...(description ? [{ text: description, color: GREY, margin: [0, 1, 0, 0] } as Content] : []),
    {
      text: [
        ...role('Projektejer', card.roles.projectOwner, caps),
        ...role('Projektleder', card.roles.projectLead, caps),
        ...role('Styregruppe', card.roles.steeringGroup, caps),
        ...role('Forvaltning', i.leadDepartment, caps),
        ...(period ? role('Periode', period, caps) : []),
      ],
      margin: [0, 3, 0, 0],
    },
  ];
}

/** One card's content (`index` names its first and last node): header, map, goals, benefits, business case, then points | preconditions and the findings. */
export function cardContent(card: BenefitCard, index: number, caps: CardCaps, context: CardContext): Content {
  const lists: Content[] = [{ stack: pointsSection(card, caps) }];
  if (card.preconditions) lists.push({ stack: preconditionsSection(card, caps) });
  return {
    stack: [
      ...headerSection(card, index, caps, context),
      ...(card.map ? mapSection(card, caps) : []),
      ...goalsSection(card.goals, caps),
      ...benefitsSection(card.benefits, caps),
      ...businessCaseSection(card),
      { columns: lists, columnGap: 12 },
      ...findingsSection(card, caps),
      {
        text: `Data pr. ${formatStamp(context.printedAt)}. Opnået = (seneste måling − baseline) / (forventet mål − baseline).`,
        color: GREY,
        fontSize: 6,
        margin: [0, 5, 0, 0],
        id: cardEndId(index),
      },
    ],
  };
}

/** The page's shared look: Roboto (the only font the renderer registers), small sizes so a card keeps to its page. */
export const CARD_DEFAULT_STYLE = { font: 'Roboto', fontSize: 7.2, lineHeight: 1.1 } as const;
export const CARD_STYLES: StyleDictionary = {
  h1: { fontSize: 12.5, bold: true },
  h2: { fontSize: 8.6, bold: true, color: '#12355b', margin: [0, 6, 0, 1.5] },
  th: { bold: true, fontSize: 6.6, color: '#12355b' },
};

/** The footer of card `page` (1-based) of `pages`: the initiative's code, the print stamp, the page number. */
export function cardFooter(card: BenefitCard, page: number, pages: number, context: CardContext): Content {
  return {
    columns: [
      { text: `${card.initiative.code} · udskrevet ${formatStamp(context.printedAt)}`, color: GREY },
      { text: `Side ${page} af ${pages}`, alignment: 'right', color: GREY },
    ],
    fontSize: 6.5,
    margin: [A4_MARGINS[0], 10, A4_MARGINS[2], 0],
  };
}

/** The PDF's metadata. */
export function cardInfo(cards: number, firstCode: string | undefined, context: CardContext): TDocumentInformation {
  const title = cards === 1 && firstCode ? `Gevinstrealiseringskort ${firstCode}` : (context.packTitle ?? 'Gevinstrealiseringskort');
  return { title, subject: 'Gevinstrealiseringskort', creator: 'Gevinst', producer: 'Gevinst', creationDate: context.printedAt };
}
