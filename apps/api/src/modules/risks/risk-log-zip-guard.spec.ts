import * as ExcelJS from 'exceljs';
import { crc32, deflateRawSync } from 'node:zlib';
import { DomainError } from '../../common/errors/domain-error';
import { FILE_PROBLEMS } from './risk-log-errors';
import { checkMagicBytes, checkWorkbookZip, workbookStream } from './risk-log-zip-guard';

interface Part {
  name: string;
  content: Buffer;
  /** Deflate (default) or store. */
  stored?: boolean;
  /** What the headers claim the part unpacks to (default: the truth). */
  declaredSize?: number;
  /** The name in the local header, when it should differ from the central directory's. */
  localName?: string;
  flags?: number;
  /** Sizes in a data descriptor after the data (local header sizes 0), as streaming writers do. */
  deferred?: boolean;
  /** Written as a local entry but left out of the central directory. */
  hidden?: boolean;
}

/** A small zip writer for crafted containers: local entries, central directory, end record. */
function buildZip(parts: Part[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let listed = 0;
  for (const part of parts) {
    const data = part.stored ? part.content : deflateRawSync(part.content);
    const size = part.declaredSize ?? part.content.length;
    const crc = crc32(part.content);
    const flags = (part.flags ?? 0) | (part.deferred ? 0x8 : 0) | 0x800;
    const name = Buffer.from(part.name);
    const localName = Buffer.from(part.localName ?? part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(part.stored ? 0 : 8, 8);
    local.writeUInt32LE(part.deferred ? 0 : crc, 14);
    local.writeUInt32LE(part.deferred ? 0 : data.length, 18);
    local.writeUInt32LE(part.deferred ? 0 : size, 22);
    local.writeUInt16LE(localName.length, 26);
    const descriptor = Buffer.alloc(part.deferred ? 16 : 0);
    if (part.deferred) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(data.length, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    const entry = Buffer.concat([local, localName, data, descriptor]);
    if (!part.hidden) {
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(flags, 8);
      header.writeUInt16LE(part.stored ? 0 : 8, 10);
      header.writeUInt32LE(crc, 16);
      header.writeUInt32LE(data.length, 20);
      header.writeUInt32LE(size, 24);
      header.writeUInt16LE(name.length, 28);
      header.writeUInt32LE(offset, 42);
      central.push(header, name);
      listed += 1;
    }
    chunks.push(entry);
    offset += entry.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

const xml = (text: string) => Buffer.from(text, 'utf8');
const MINIMAL: Part[] = [
  { name: '[Content_Types].xml', content: xml('<Types/>') },
  { name: 'xl/worksheets/sheet1.xml', content: xml('<worksheet/>') },
  { name: 'xl/workbook.xml', content: xml('<workbook/>') },
  { name: 'xl/_rels/workbook.xml.rels', content: xml('<Relationships/>') },
];
const LIMITS = { maxEntries: 500, maxUncompressedBytes: 60 * 1024 * 1024 };

async function problemOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).details).toEqual([{ field: 'file', messages: [(error as DomainError).message] }]);
  return (error as DomainError).message;
}

const collect = async (stream: NodeJS.ReadableStream) => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

describe('checkMagicBytes', () => {
  it('tells an encrypted or .xls workbook (an OLE container) and a non-zip file from an .xlsx', () => {
    expect(() => checkMagicBytes(Buffer.alloc(0))).toThrow(FILE_PROBLEMS.empty);
    expect(() => checkMagicBytes(Buffer.from('d0cf11e0a1b11ae1000000', 'hex'))).toThrow(FILE_PROBLEMS.encrypted);
    expect(() => checkMagicBytes(Buffer.from('Nr.;Titel;Kategori\n1;Datatab;GDPR\n'))).toThrow(FILE_PROBLEMS.notXlsx);
    expect(() => checkMagicBytes(buildZip(MINIMAL))).not.toThrow();
  });
});

describe('checkWorkbookZip', () => {
  it('accepts a real workbook and orders its parts for the streaming reader', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Risikolog').addRow(['Titel']);
    workbook.addWorksheet('Handlinger').addRow(['Handling']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const parts = await checkWorkbookZip(buffer, LIMITS);
    const names = parts.map((p) => p.name);
    expect(names.slice(0, 4)).toEqual(['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml', 'xl/sharedStrings.xml']);
    expect(names.slice(-2)).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
  });

  it('refuses a zip without a workbook', async () => {
    const parts = MINIMAL.filter((p) => p.name !== 'xl/workbook.xml');
    expect(await problemOf(checkWorkbookZip(buildZip(parts), LIMITS))).toBe(FILE_PROBLEMS.notWorkbook);
  });

  it('refuses a damaged container: truncated, or with data that does not inflate', async () => {
    const whole = buildZip(MINIMAL);
    expect(await problemOf(checkWorkbookZip(whole.subarray(0, whole.length - 30), LIMITS))).toBe(FILE_PROBLEMS.damaged);
    const garbage = MINIMAL.map((p) => (p.name === 'xl/workbook.xml' ? { ...p, stored: true } : p));
    const broken = buildZip(garbage);
    // Say "deflated" for a stored part: its bytes are not a deflate stream.
    const at = broken.indexOf(Buffer.from('xl/workbook.xml')) - 22;
    broken.writeUInt16LE(8, at);
    const central = broken.lastIndexOf(Buffer.from('xl/workbook.xml')) - 36;
    broken.writeUInt16LE(8, central);
    expect(await problemOf(checkWorkbookZip(broken, LIMITS))).toBe(FILE_PROBLEMS.damaged);
  });

  it('counts the parts and their declared sizes before inflating anything', async () => {
    expect(await problemOf(checkWorkbookZip(buildZip(MINIMAL), { ...LIMITS, maxEntries: 3 }))).toBe(FILE_PROBLEMS.tooManyParts(3));
    const bomb = [...MINIMAL, { name: 'xl/worksheets/sheet2.xml', content: xml('<x/>'), declaredSize: 61 * 1024 * 1024 }];
    expect(await problemOf(checkWorkbookZip(buildZip(bomb), LIMITS))).toBe(FILE_PROBLEMS.tooLargeUnpacked(LIMITS.maxUncompressedBytes));
  });

  it('stops inflating a part that unpacks to more than its header says (a lying zip bomb)', async () => {
    const liar = [...MINIMAL, { name: 'xl/worksheets/sheet2.xml', content: Buffer.alloc(2 * 1024 * 1024, 'a'), declaredSize: 100 }];
    expect(await problemOf(checkWorkbookZip(buildZip(liar), LIMITS))).toBe(FILE_PROBLEMS.sizeMismatch);
  });

  it('refuses encrypted parts, other compression methods, duplicate names and headers that disagree', async () => {
    const encrypted = MINIMAL.map((p, i) => (i === 1 ? { ...p, flags: 0x1 } : p));
    expect(await problemOf(checkWorkbookZip(buildZip(encrypted), LIMITS))).toBe(FILE_PROBLEMS.encrypted);
    const duplicate = [...MINIMAL, MINIMAL[1]];
    expect(await problemOf(checkWorkbookZip(buildZip(duplicate), LIMITS))).toBe(FILE_PROBLEMS.damaged);
    const renamed = MINIMAL.map((p, i) => (i === 1 ? { ...p, localName: 'xl/sharedStrings.xml' } : p));
    expect(await problemOf(checkWorkbookZip(buildZip(renamed), LIMITS))).toBe(FILE_PROBLEMS.damaged);
    const bzip = buildZip(MINIMAL);
    const central = bzip.lastIndexOf(Buffer.from('xl/workbook.xml')) - 36;
    bzip.writeUInt16LE(12, central);
    expect(await problemOf(checkWorkbookZip(bzip, LIMITS))).toBe(FILE_PROBLEMS.compression);
  });

  it('reads parts with deferred sizes up to their data descriptor, and refuses a descriptor signature inside the data', async () => {
    const deferred = MINIMAL.map((p) => ({ ...p, deferred: true }));
    const buffer = buildZip(deferred);
    const parts = await checkWorkbookZip(buffer, LIMITS);
    const workbook = parts.find((p) => p.name === 'xl/workbook.xml')!;
    expect(buffer.readUInt32LE(workbook.end - 16)).toBe(0x08074b50);
    const tricked = MINIMAL.map((p, i) => (i === 1 ? { ...p, stored: true, deferred: true, content: Buffer.concat([xml('<a>'), Buffer.from('504b0708', 'hex'), xml('</a>')]) } : p));
    expect(await problemOf(checkWorkbookZip(buildZip(tricked), LIMITS))).toBe(FILE_PROBLEMS.damaged);
  });

  it('feeds the reader only the parts of the central directory, with an end record and shared strings', async () => {
    const hidden = [...MINIMAL, { name: 'xl/sharedStrings.xml', content: Buffer.alloc(1000, 'b'), hidden: true }];
    const buffer = buildZip(hidden);
    const parts = await checkWorkbookZip(buffer, LIMITS);
    expect(parts.map((p) => p.name)).not.toContain('xl/sharedStrings.xml');
    const stream = await collect(workbookStream(buffer, parts));
    // The hidden part's bytes are not there; an empty shared-strings part stands in for the missing one.
    expect(stream.includes(deflateRawSync(Buffer.alloc(1000, 'b')))).toBe(false);
    expect(stream.includes(Buffer.from('count="0" uniqueCount="0"'))).toBe(true);
    expect(stream.readUInt32LE(stream.length - 22)).toBe(0x06054b50);
    expect(stream.readUInt32LE(0)).toBe(0x04034b50);
  });
});
