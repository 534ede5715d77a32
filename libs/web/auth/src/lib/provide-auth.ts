import { type EnvironmentProviders, inject, provideAppInitializer } from '@angular/core';
import { AuthStore } from './data-access/auth-store';

/** Loads the signed-in user before the first navigation, so guards know who is there. */
export function provideAuth(): EnvironmentProviders {
  return provideAppInitializer(() => inject(AuthStore).load());
}
