import type { Readable } from 'node:stream';
import type { Content, CustomTableLayout, Style, StyleDictionary, TDocumentInformation, TFontDictionary } from 'pdfmake/interfaces';

/**
 * The one place that reaches into pdfmake (pinned at 0.3.14) below its public API.
 *
 * Why: pdfmake's public `createPdf` lays out a whole document before it renders a byte, and does it in one
 * synchronous run. For a meeting pack of a hundred cards that is a hundred pages of layout in memory and seconds with
 * the event loop blocked. pdfmake's own Printer (js/Printer.js) is a thin sequence over its layout engine: a pdfkit
 * document with the fonts (PDFDocument), LayoutBuilder.layoutDocument → pages, Renderer.renderPages → pdfkit. Running
 * that sequence once per card on one pdfkit document gives one PDF whose pages are flushed as they are rendered. The
 * sequence below mirrors Printer.createPdfKitDocument of 0.3.14; benefit-card unit tests render through it, so an
 * upgrade that changes these internals fails there, not in production.
 */

/** pdfkit's document as pdfmake extends it: a Readable of PDF bytes. */
export interface PdfKitDocument extends Readable {
  end(): void;
}

/** What pdfmake's pageBreakBefore callback is given about a node (the subset the cards read). */
export interface PdfMakeNode {
  id?: string;
  pageNumbers: number[];
}

export interface LayoutRequest {
  content: Content;
  pageSize: 'A4';
  /** left, top, right, bottom */
  margins: [number, number, number, number];
  styles: StyleDictionary;
  defaultStyle: Style;
  footer: (page: number, pages: number) => Content;
  pageBreakBefore: (node: PdfMakeNode) => boolean;
}

/** Laid-out pages, opaque outside pdfmake. */
export type LaidOutPage = { readonly __brand: 'pdfmake-page' };

/** Paths of the Roboto files pdfmake ships (fonts/Roboto.js). */
export interface RobotoFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

export interface PdfMakeEngine {
  robotoFiles(): RobotoFiles;
  createDocument(fonts: TFontDictionary, info: TDocumentInformation): PdfKitDocument;
  layout(doc: PdfKitDocument, request: LayoutRequest): LaidOutPage[];
  render(doc: PdfKitDocument, pages: LaidOutPage[]): void;
}

type Ctor<T> = new (...args: never[]) => T;
interface LayoutBuilder {
  registerTableLayouts(layouts: Record<string, CustomTableLayout>): void;
  layoutDocument(...args: unknown[]): LaidOutPage[];
}

let engine: PdfMakeEngine | undefined;

/** pdfmake's internals, loaded on first use (from node_modules at run time: the API bundle keeps packages external). */
export function pdfmakeEngine(): PdfMakeEngine {
  if (engine) return engine;
  // Plain require: untyped internal modules of the pinned pdfmake, loaded from node_modules at run time.
  const PDFDocument = (require('pdfmake/js/PDFDocument') as { default: Ctor<PdfKitDocument> }).default;
  const LayoutBuilder = (require('pdfmake/js/LayoutBuilder') as { default: Ctor<LayoutBuilder> }).default;
  const SVGMeasure = (require('pdfmake/js/SVGMeasure') as { default: Ctor<object> }).default;
  const Renderer = (require('pdfmake/js/Renderer') as { default: Ctor<{ renderPages(pages: LaidOutPage[]): void }> }).default;
  const { normalizePageSize } = require('pdfmake/js/PageSize') as { normalizePageSize(size: string): object };
  const { tableLayouts } = require('pdfmake/js/tableLayouts') as { tableLayouts: Record<string, CustomTableLayout> };
  const { Roboto } = require('pdfmake/fonts/Roboto') as { Roboto: RobotoFiles };
  const New = <T>(C: Ctor<T>, ...args: unknown[]): T => new (C as unknown as new (...a: unknown[]) => T)(...args);

  engine = {
    robotoFiles: () => Roboto,
    createDocument(fonts, info) {
      const options = {
        size: [595.28, 841.89],
        pdfVersion: '1.7',
        compress: true,
        lang: 'da-DK',
        fontLayoutCache: true,
        bufferPages: false,
        autoFirstPage: false,
        info: { Title: info.title, Subject: info.subject, Creator: info.creator, Producer: info.producer, CreationDate: info.creationDate },
        font: null,
      };
      // No images, patterns or attachments; no virtual file system; every local file refused (fonts come as bytes).
      return New(PDFDocument, fonts, {}, {}, {}, options, null, () => false);
    },
    layout(doc, request) {
      const [left, top, right, bottom] = request.margins;
      const builder = New(LayoutBuilder, normalizePageSize(request.pageSize), { left, top, right, bottom }, New(SVGMeasure));
      builder.registerTableLayouts(tableLayouts);
      // (content, pdfDocument, styles, defaultStyle, background, header, footer, watermark, pageBreakBefore)
      return builder.layoutDocument(request.content, doc, request.styles, request.defaultStyle, undefined, undefined, request.footer, undefined, request.pageBreakBefore);
    },
    render(doc, pages) {
      New(Renderer, doc, undefined).renderPages(pages);
    },
  };
  return engine;
}
