import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { existsSync } from 'node:fs';
import { ApiExceptionFilter } from './common/filters/api-exception.filter';
import { OrganisationGuard } from './common/tenancy/organisation.guard';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { loggerModule } from './config/logger.module';
import { dataSourceOptions } from './database/data-source-options';
import { DemoSeedOnBoot } from './database/seed/demo-seed-on-boot';
import { DepartmentsModule } from './modules/departments/departments.module';
import { HealthModule } from './modules/health/health.module';
import { InitiativesModule } from './modules/initiatives/initiatives.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';

/** The whole API, built from an already validated configuration (see loadConfig). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    const webRoot = config.WEB_DIST_PATH && existsSync(config.WEB_DIST_PATH) ? config.WEB_DIST_PATH : undefined;
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, skipProcessEnv: true, load: [() => ({ ...config })] }),
        loggerModule(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL, config.DB_POOL_SIZE), migrationsRun: config.DB_MIGRATIONS_RUN }),
        ...(webRoot ? [ServeStaticModule.forRoot({ rootPath: webRoot, exclude: ['/api/{*path}'] })] : []),
        HealthModule,
        OrganisationsModule,
        DepartmentsModule,
        InitiativesModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        { provide: APP_GUARD, useClass: OrganisationGuard },
        DemoSeedOnBoot,
      ],
    };
  }
}
