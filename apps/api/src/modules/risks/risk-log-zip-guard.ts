import { Readable } from 'node:stream';
import * as yauzl from 'yauzl';
import { DomainError } from '../../common/errors/domain-error';
import { FILE_PROBLEMS, fileError } from './risk-log-errors';

/**
 * Checks an uploaded .xlsx before any XML of it is parsed: the magic bytes, then the zip container with yauzl —
 * the number of parts, their declared sizes, and the bytes they really inflate to (counted while inflating, so a
 * header that lies about its size cannot get a zip bomb through).
 *
 * It hands back the byte ranges of the verified parts. The workbook reader (exceljs, which unzips with unzipper's
 * streaming parser) is fed exactly those ranges and nothing else from the file: a streaming parser reads local
 * headers one after the other, so without this it could find parts that are not in the central directory (and so
 * were never counted here), e.g. hidden between or inside the listed ones. The ranges are also put in the order the
 * reader wants (relationships, workbook, styles and shared strings before the worksheets), so it parses every sheet
 * as it streams and never spools one to a temporary file.
 */

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

/** A verified part: its name and where its local header, data and (deferred-size) data descriptor lie in the file. */
export interface WorkbookPart {
  name: string;
  start: number;
  end: number;
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const DATA_DESCRIPTOR = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
const STORED = 0;
const DEFLATED = 8;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DEFERRED_SIZES = 0x8;
const MAX_32 = 0xffffffff;

export const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** Parts the reader must see before the worksheets, in this order. */
const FIRST = [WORKBOOK_RELS, WORKBOOK_PART, 'xl/styles.xml', SHARED_STRINGS];
const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** Rejects what is not an .xlsx at all, by its first bytes (an encrypted workbook is an OLE container, not a zip). */
export function checkMagicBytes(buffer: Buffer): void {
  if (buffer.length === 0) throw fileError(FILE_PROBLEMS.empty);
  if (buffer.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC)) throw fileError(FILE_PROBLEMS.encrypted);
  if (!buffer.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) throw fileError(FILE_PROBLEMS.notXlsx);
}

/** Magic bytes, zip structure and limits; resolves with the parts to read, in reading order. */
export async function checkWorkbookZip(buffer: Buffer, limits: ZipLimits): Promise<WorkbookPart[]> {
  checkMagicBytes(buffer);
  let zip: yauzl.ZipFile;
  try {
    // Sizes are checked below while inflating (so both a too-small and a lying header are caught, with our message).
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: false, decodeStrings: true });
  } catch {
    throw fileError(FILE_PROBLEMS.damaged);
  }
  try {
    if (zip.entryCount > limits.maxEntries) throw fileError(FILE_PROBLEMS.tooManyParts(limits.maxEntries));
    const entries = await listEntries(zip, limits);
    const parts: WorkbookPart[] = [];
    for (const entry of entries) parts.push(await locate(zip, buffer, entry));
    let inflated = 0;
    for (const entry of entries) inflated = await inflate(zip, entry, inflated, limits.maxUncompressedBytes);
    return readingOrder(parts);
  } finally {
    zip.close();
  }
}

async function listEntries(zip: yauzl.ZipFile, limits: ZipLimits): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  const names = new Set<string>();
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.generalPurposeBitFlag & FLAG_ENCRYPTED) throw fileError(FILE_PROBLEMS.encrypted);
      if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) throw fileError(FILE_PROBLEMS.compression);
      // Two parts of one name would leave it to the reader which one counts.
      if (names.has(entry.fileName)) throw fileError(FILE_PROBLEMS.damaged);
      names.add(entry.fileName);
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) throw fileError(FILE_PROBLEMS.tooLargeUnpacked(limits.maxUncompressedBytes));
      entries.push(entry);
    }
  } catch (error) {
    throw asFileError(error);
  }
  if (!names.has(WORKBOOK_PART) || !names.has(WORKBOOK_RELS)) throw fileError(FILE_PROBLEMS.notWorkbook);
  return entries;
}

/**
 * Where the part lies, read as a streaming parser reads it: from its local header, whose name, method and sizes must
 * agree with the central directory. With deferred sizes (the sizes follow the data in a data descriptor), a streaming
 * parser finds the end of the data by the descriptor's signature, so the first signature after the data's start
 * must be exactly where the central directory says the data ends.
 */
async function locate(zip: yauzl.ZipFile, buffer: Buffer, entry: yauzl.Entry): Promise<WorkbookPart> {
  let header: yauzl.LocalFileHeader;
  try {
    header = await zip.readLocalFileHeaderPromise(entry);
  } catch {
    throw fileError(FILE_PROBLEMS.damaged);
  }
  const start = entry.relativeOffsetOfLocalHeader;
  const dataEnd = header.fileDataStart + entry.compressedSize;
  const sameName = header.fileName.equals(entry.fileNameRaw);
  if (!sameName || header.compressionMethod !== entry.compressionMethod || dataEnd > buffer.length) throw fileError(FILE_PROBLEMS.damaged);
  const localSize = localCompressedSize(header);
  const deferred = (header.generalPurposeBitFlag & FLAG_DEFERRED_SIZES) !== 0 && localSize === 0;
  if (!deferred) {
    if (localSize !== entry.compressedSize) throw fileError(FILE_PROBLEMS.damaged);
    // A trailing data descriptor is left out: the header gives the sizes, and the reader would take it for a record.
    return { name: entry.fileName, start, end: dataEnd };
  }
  if (buffer.indexOf(DATA_DESCRIPTOR, header.fileDataStart) !== dataEnd) throw fileError(FILE_PROBLEMS.damaged);
  // Signature, CRC-32 and the two 32-bit sizes: what the reader consumes.
  const end = dataEnd + 16;
  if (end > buffer.length) throw fileError(FILE_PROBLEMS.damaged);
  return { name: entry.fileName, start, end };
}

/** The local header's compressed size, from its ZIP64 extra field when the 32-bit field says so. */
function localCompressedSize(header: yauzl.LocalFileHeader): number {
  if (header.compressedSize !== MAX_32) return header.compressedSize;
  const zip64 = yauzl.parseExtraFields(header.extraField).find((field) => field.id === 0x0001);
  // The ZIP64 field holds the uncompressed size, then the compressed size (8 bytes each).
  if (!zip64 || zip64.data.length < 16) return -1;
  return Number(zip64.data.readBigUInt64LE(8));
}

/**
 * Inflates the part and counts its bytes: more than it declares, or more than the budget in all, and it is refused.
 * (With every part held to its declared size and the declared sizes to the budget, the running total is a second
 * line of defence.)
 */
async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, before: number, max: number): Promise<number> {
  let total = before;
  let own = 0;
  let stream: Readable | undefined;
  try {
    stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      own += chunk.length;
      total += chunk.length;
      if (own > entry.uncompressedSize) throw fileError(FILE_PROBLEMS.sizeMismatch);
      if (total > max) throw fileError(FILE_PROBLEMS.tooLargeUnpacked(max));
    }
  } catch (error) {
    throw asFileError(error);
  } finally {
    stream?.destroy();
  }
  return total;
}

function readingOrder(parts: WorkbookPart[]): WorkbookPart[] {
  const rank = (part: WorkbookPart) => {
    const first = FIRST.indexOf(part.name);
    if (first >= 0) return first;
    const sheet = WORKSHEET.exec(part.name);
    return sheet ? FIRST.length + 1 + Number(sheet[1]) / 1e6 : FIRST.length;
  };
  return [...parts].sort((a, b) => rank(a) - rank(b));
}

/**
 * The zip stream the workbook reader parses: the verified parts in reading order, then an empty end-of-central-
 * directory record. A workbook without shared strings (all text inline) gets an empty shared-strings part, so the
 * reader does not hold its worksheets back in temporary files waiting for one.
 */
export function workbookStream(buffer: Buffer, parts: WorkbookPart[]): Readable {
  const chunks = parts.map((part) => buffer.subarray(part.start, part.end));
  if (!parts.some((part) => part.name === SHARED_STRINGS)) {
    const workbook = parts.findIndex((part) => part.name === WORKBOOK_PART);
    chunks.splice(workbook + 1, 0, storedPart(SHARED_STRINGS, '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>'));
  }
  const endOfCentralDirectory = Buffer.alloc(22);
  endOfCentralDirectory.writeUInt32LE(0x06054b50, 0);
  chunks.push(endOfCentralDirectory);
  return Readable.from(chunks, { objectMode: false });
}

/** A stored (uncompressed) zip part; the streaming reader checks no CRC, so it is left 0. */
function storedPart(name: string, content: string): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const data = Buffer.from(content, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(STORED, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes, data]);
}

/** Our own 400s pass through; anything yauzl or zlib throws means the container is damaged. */
function asFileError(error: unknown): Error {
  return error instanceof DomainError ? error : fileError(FILE_PROBLEMS.damaged);
}
