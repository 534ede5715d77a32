import { SetMetadata } from '@nestjs/common';
import type { Action } from '@gevinst/domain';

export const ACCESS = 'access';

/** How a route is reached. Every route declares one; PolicyGuard refuses routes that do not (deny by default). */
export type Access = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'policy'; action: Action };

/** Open to anyone: sign-in, health. */
export const Public = () => SetMetadata(ACCESS, { kind: 'public' } satisfies Access);

/** Any signed-in user, whatever the roles: their own session and profile. */
export const SignedIn = () => SetMetadata(ACCESS, { kind: 'signed-in' } satisfies Access);

/** A signed-in user whose roles allow the action (object-level rules are checked again in the service). */
export const Policy = (action: Action) => SetMetadata(ACCESS, { kind: 'policy', action } satisfies Access);
