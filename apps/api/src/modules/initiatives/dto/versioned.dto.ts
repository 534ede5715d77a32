import type { VersionedRequest } from '@gevinst/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsInt, Max, Min } from 'class-validator';

/** The version the client last saw; the service answers 409 when it is stale. */
export const VersionField = () =>
  applyDecorators(
    ApiProperty({ description: 'The version the client last saw; a stale one answers 409', minimum: 1 }),
    IsDefined({ message: 'version is required' }),
    IsInt(),
    Min(1),
    Max(2_147_483_647),
  );

export class VersionedDto implements VersionedRequest {
  @VersionField()
  version!: number;
}
