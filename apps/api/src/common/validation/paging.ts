import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** `page` of a paged list query, counting from 1. */
export const PageField = () =>
  applyDecorators(ApiPropertyOptional({ minimum: 1, default: 1 }), IsOptional(), Type(() => Number), IsInt(), Min(1), Max(100_000));

/** `pageSize` of a paged list query, 1 to `max`. */
export const PageSizeField = (max: number, byDefault: number) =>
  applyDecorators(
    ApiPropertyOptional({ minimum: 1, maximum: max, default: byDefault }),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );
