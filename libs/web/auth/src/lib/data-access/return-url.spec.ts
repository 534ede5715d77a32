import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps paths inside the app, with query and fragment', () => {
    expect(safeReturnUrl('/initiativer?q=aktindsigt&page=2')).toBe('/initiativer?q=aktindsigt&page=2');
    expect(safeReturnUrl('/initiativer/1b2c#historik')).toBe('/initiativer/1b2c#historik');
  });

  it.each([
    [null],
    [undefined],
    [''],
    ['https://evil.example/'],
    ['//evil.example/'],
    ['/\\evil.example/'],
    ['javascript:alert(1)'],
    ['initiativer'],
    ['/initiativer\n/x'],
    ['/log-ind'],
    ['/log-ind?returnUrl=/x'],
  ])('sends %p to the start page', (value) => {
    expect(safeReturnUrl(value)).toBe('/');
  });
});
