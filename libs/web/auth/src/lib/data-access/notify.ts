import type { Injector } from '@angular/core';

/**
 * Shows a snackbar, loading Material's snackbar on first use: the interceptor is part of the initial
 * bundle, and the snackbar (with the CDK overlay) would add about 50 kB to it.
 */
export function notifyLazily(injector: Injector, message: string): void {
  void import('@angular/material/snack-bar').then(({ MatSnackBar }) =>
    injector.get(MatSnackBar).open(message, 'Luk', { duration: 8000 }),
  );
}
