import { NOT_XLSX_MESSAGE, TOO_LARGE_MESSAGE, checkFile, toDanishFileMessage } from './file-messages';

describe('toDanishFileMessage', () => {
  it.each([
    ['The file is not an .xlsx file: save the risk log as an Excel workbook (.xlsx)', NOT_XLSX_MESSAGE],
    ['The file is not an Excel workbook (it is a zip file without xl/workbook.xml): save the risk log as .xlsx', NOT_XLSX_MESSAGE],
    ['The workbook could not be read: the .xlsx file is damaged', 'Filen er beskadiget og kan ikke læses. Gem den igen i Excel som .xlsx, og prøv igen.'],
    ['The workbook could not be read: a part unpacks to more than its declared size (a zip bomb?)', 'Filen er beskadiget og kan ikke læses. Gem den igen i Excel som .xlsx, og prøv igen.'],
    ['The workbook unpacks to more than 60 MB, the limit for a risk log import', TOO_LARGE_MESSAGE],
    ['The file is larger than 5 MB, the limit for a risk log import', TOO_LARGE_MESSAGE],
    ['The file has more than 5,000 rows of risks, the limit for one import: split it into several files', 'Filen har mere end 5.000 risici. Del den op i flere filer.'],
    ['The file is empty', 'Filen er tom.'],
    ['Attach the risk log as the form field "file" (multipart/form-data)', 'Vælg en Excel-fil (.xlsx).'],
  ])('translates "%s"', (english, danish) => {
    expect(toDanishFileMessage(english)).toBe(danish);
  });

  it('keeps the sheet and column names', () => {
    expect(toDanishFileMessage('The workbook is password-protected (encrypted) or in the old .xls format: save it as an unprotected .xlsx')).toMatch(
      /^Filen er beskyttet med adgangskode/,
    );
    expect(toDanishFileMessage('No sheet "Risikolog" was found: the workbook needs a sheet with the headings "Titel"')).toMatch(
      /^Filen har intet ark med navnet "Risikolog"\./,
    );
    expect(toDanishFileMessage('The sheet "Risikolog" has no column "Titel" or "Kategori"; the required columns are "Titel", "Kategori"')).toMatch(
      /^Arket "Risikolog" mangler kolonnerne "Titel" og "Kategori"\./,
    );
    expect(toDanishFileMessage('The sheet "Risikolog" has two columns for "Titel" ("Titel" in column B and "titel" in column F): keep one')).toBe(
      'Arket "Risikolog" har to kolonner for "Titel". Behold kun den ene.',
    );
  });

  it('never passes English through', () => {
    expect(toDanishFileMessage('Something unexpected')).toBe('Filen kunne ikke læses. Brug skabelonen (Hent skabelon), og prøv igen.');
  });
});

describe('checkFile', () => {
  it('wants an .xlsx file that is neither empty nor larger than 5 MB', () => {
    expect(checkFile(null)).toBe('Vælg en Excel-fil (.xlsx).');
    expect(checkFile({ name: 'risici.csv', size: 10 })).toBe(NOT_XLSX_MESSAGE);
    expect(checkFile({ name: 'risici.xlsx', size: 0 })).toBe('Filen er tom.');
    expect(checkFile({ name: 'risici.XLSX', size: 6 * 1024 * 1024 })).toBe(TOO_LARGE_MESSAGE);
    expect(checkFile({ name: 'risici.xlsx', size: 1024 })).toBeNull();
  });
});
