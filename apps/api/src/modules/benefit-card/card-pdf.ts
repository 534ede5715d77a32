import { Injectable, Logger } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import type { Content, TFontDictionary } from 'pdfmake/interfaces';
import type { BenefitCard } from './benefit-card.types';
import { A4_MARGINS, CARD_DEFAULT_STYLE, CARD_LEVELS, CARD_STYLES, cardContent, cardEndId, cardFooter, cardInfo, cardStartId, type CardContext } from './card-layout';
import { pdfmakeEngine, type PdfKitDocument, type PdfMakeNode } from './pdfmake-engine';

export const PDF_TYPE = 'application/pdf';

/**
 * Roboto, as shipped inside the pdfmake package (Apache-2.0; it carries æ, ø, å and the rest of Latin-1). pdfmake's
 * fonts/Roboto.js names the files from its own directory, and the API bundle keeps npm packages external, so the
 * built API finds them in node_modules as the tests do. The bytes are read once; each PDF parses them afresh, since
 * a parsed font (fontkit) shared between PDFs lost glyphs from later PDFs' subsets (benefit-card.test caught it).
 */
function robotoFonts(): TFontDictionary {
  const files = pdfmakeEngine().robotoFiles();
  return {
    Roboto: { normal: readFileSync(files.normal), bold: readFileSync(files.bold), italics: readFileSync(files.italics), bolditalics: readFileSync(files.bolditalics) },
  };
}

/**
 * One PDF of benefit cards, written card by card: each card is laid out on its own (pdfmake's layout engine), checked
 * to keep to one page — laid out again one level tighter (CARD_LEVELS) when it ran over — and rendered at once, so
 * pdfkit flushes its page to `stream` while the next card is read or laid out. Memory holds one card's layout, not
 * the pack's, and the event loop gets a turn between cards.
 */
export class CardPdfWriter {
  private readonly doc: PdfKitDocument;
  private written = 0;

  constructor(
    fonts: TFontDictionary,
    /** Pages of the whole PDF (one per card), for "Side n af N"; known before the first card is written. */
    private readonly total: number,
    private readonly context: CardContext,
    firstCode: string | undefined,
    private readonly onOverflow: (code: string) => void,
  ) {
    this.doc = pdfmakeEngine().createDocument(fonts, cardInfo(total, firstCode, context));
  }

  get stream(): Readable {
    return this.doc;
  }

  /** Lays out and renders the cards, one page each, yielding to the event loop after each. */
  async write(cards: readonly BenefitCard[]): Promise<number[]> {
    const levels: number[] = [];
    for (const card of cards) {
      levels.push(this.writeOne(card));
      await new Promise((resolve) => setImmediate(resolve));
    }
    return levels;
  }

  /** Writes the fonts and the cross-reference table; the stream ends when they are read. */
  end(): void {
    this.doc.end();
  }

  private writeOne(card: BenefitCard): number {
    const engine = pdfmakeEngine();
    const index = this.written;
    this.written += 1;
    for (let level = 0; ; level++) {
      const placed = new Map<string, number[]>();
      const pages = engine.layout(this.doc, {
        content: cardContent(card, index, CARD_LEVELS[level], this.context),
        pageSize: 'A4',
        margins: A4_MARGINS,
        styles: CARD_STYLES,
        defaultStyle: CARD_DEFAULT_STYLE,
        footer: (): Content => cardFooter(card, index + 1, this.total, this.context),
        // Called once per node, never breaking: records where the card's first and last node landed.
        pageBreakBefore: (node: PdfMakeNode) => {
          if (node.id === cardStartId(index) || node.id === cardEndId(index)) placed.set(node.id, node.pageNumbers);
          return false;
        },
      });
      const onePage = pages.length === 1 && [cardStartId(index), cardEndId(index)].every((id) => placed.get(id)?.join() === '1');
      const last = level === CARD_LEVELS.length - 1;
      if (onePage || last) {
        if (!onePage) this.onOverflow(card.initiative.code);
        // The one-page rule holds even then: what ran over is not printed (logged; the last level fits by design).
        engine.render(this.doc, pages.slice(0, 1));
        return level;
      }
    }
  }
}

/** Makes CardPdfWriters; the fonts are read when the module starts, so a deployment without them fails at boot. */
@Injectable()
export class CardPdfRenderer {
  private readonly logger = new Logger(CardPdfRenderer.name);
  private readonly fonts = robotoFonts();

  writer(total: number, context: CardContext, firstCode?: string): CardPdfWriter {
    return new CardPdfWriter(this.fonts, total, context, firstCode, (code) =>
      this.logger.warn(`Benefit card ${code} ran over one page at the tightest level; the rest of it was left out`),
    );
  }
}
