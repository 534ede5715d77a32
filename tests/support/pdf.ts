import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether Debian's poppler-utils (pdftotext, pdfinfo) are installed. */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * describe() when poppler-utils are installed; otherwise the block is skipped (counted as skipped by Jest) and the
 * reason printed, so a run that cannot read PDFs back never passes silently.
 */
export function describeWithPoppler(name: string, body: () => void): void {
  if (!hasPoppler()) {
    console.warn(`[tests] SKIPPED PDF tests "${name}": pdftotext/pdfinfo not found (apt-get install -y poppler-utils)`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

/** Runs a poppler tool on the PDF, written to a temporary file (removed afterwards). */
function withPdfFile<T>(pdf: Buffer, use: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'gevinst-pdf-'));
  try {
    const file = join(dir, 'card.pdf');
    writeFileSync(file, pdf);
    return use(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdfinfo's fields ("Pages", "Page size", "Title", …). */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = withPdfFile(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1].trim(), m[2].trim()]),
  );
}

/** The text of the PDF (or of one page), laid out as on the page (`pdftotext -layout`), UTF-8. */
export function pdfText(pdf: Buffer, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', ...range, file, '-'], { encoding: 'utf8' }));
}

/** Collects a binary body (supertest buffers only text and JSON by itself). */
export const binaryBody = (res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};
