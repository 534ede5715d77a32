import { SetMetadata } from '@nestjs/common';

export const SKIP_TENANT = 'skipTenant';

/** For routes outside any organisation (health checks). */
export const SkipTenant = () => SetMetadata(SKIP_TENANT, true);
