import type { Injector, Type } from '@angular/core';
import type { MatDialog } from '@angular/material/dialog';
import { type Observable, from, switchMap } from 'rxjs';

/**
 * Loads a dialog's code on first use and opens it. The injector is the caller's, so the dialog finds what the
 * route provides (the Danish date adapter for its datepickers). Emits the dialog's result, undefined on cancel.
 */
export function openLazyDialog<C, D, R>(
  dialog: MatDialog,
  injector: Injector,
  load: () => Promise<Type<C>>,
  data: D,
  width = '720px',
): Observable<R | undefined> {
  return from(load()).pipe(
    switchMap((component) => dialog.open<C, D, R>(component, { data, injector, width, maxWidth: '95vw' }).afterClosed()),
  );
}
