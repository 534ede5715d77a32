import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DestinationStream } from 'pino';
import { Clock } from './common/clock/clock';
import { ClockModule } from './common/clock/clock.module';
import { ApiExceptionFilter } from './common/filters/api-exception.filter';
import { PolicyGuard } from './common/auth/policy.guard';
import { SessionGuard } from './common/auth/session.guard';
import { TenancyModule } from './common/tenancy/tenancy.module';
import { TenantTransactionInterceptor } from './common/tenancy/tenant-transaction.interceptor';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { loggerModule } from './config/logger.module';
import { dataSourceOptions } from './database/data-source-options';
import { DemoSeedOnBoot } from './demo/demo-seed-on-boot';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { BenefitCardModule } from './modules/benefit-card/benefit-card.module';
import { BenefitPlanModule } from './modules/benefit-plan/benefit-plan.module';
import { BenefitTotalsModule } from './modules/benefit-totals/benefit-totals.module';
import { BenefitMapModule } from './modules/benefit-map/benefit-map.module';
import { BenefitsModule } from './modules/benefits/benefits.module';
import { BusinessCaseModule } from './modules/business-case/business-case.module';
import { DepartmentsModule } from './modules/departments/departments.module';
import { FinanceModule } from './modules/finance/finance.module';
import { GoalsModule } from './modules/goals/goals.module';
import { GovernanceModule } from './modules/governance/governance.module';
import { HealthModule } from './modules/health/health.module';
import { HealthCheckModule } from './modules/health-check/health-check.module';
import { InitiativesModule } from './modules/initiatives/initiatives.module';
import { MeasurementsModule } from './modules/measurements/measurements.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { PortfolioOverviewModule } from './modules/portfolio-overview/portfolio-overview.module';
import { PortfolioReviewsModule } from './modules/portfolio-reviews/portfolio-reviews.module';
import { FundingPoolsModule } from './modules/funding-pools/funding-pools.module';
import { FundingModule } from './modules/funding/funding.module';
import { PrioritisationModule } from './modules/prioritisation/prioritisation.module';
import { RisksModule } from './modules/risks/risks.module';
import { StatusReportsModule } from './modules/status-reports/status-reports.module';
import { SteeringGroupsModule } from './modules/steering-groups/steering-groups.module';
import { StrategicGoalsModule } from './modules/strategic-goals/strategic-goals.module';
import { UsersModule } from './modules/users/users.module';

/**
 * The whole API, built from an already validated configuration (see loadConfig). The clock is the machine's and the
 * logs go to stdout; only the test set-up passes others (tests/support/test-app.ts: TEST_TODAY, log assertions).
 */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, clock: Clock = Clock.system(), logDestination?: DestinationStream): DynamicModule {
    // loadConfig has made WEB_DIST_PATH absolute and checked that it holds the build.
    const webRoot = config.WEB_DIST_PATH;
    return {
      module: AppModule,
      // Global so every module can inject APP_CONFIG.
      global: true,
      exports: [APP_CONFIG],
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, skipProcessEnv: true, load: [() => ({ ...config })] }),
        ClockModule.forRoot(clock),
        loggerModule(config, logDestination),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.DATABASE_URL, config.DB_POOL_SIZE, { logSql: config.SQL_LOG }), migrationsRun: config.DB_MIGRATIONS_RUN }),
        ...(webRoot ? [ServeStaticModule.forRoot({ rootPath: webRoot, exclude: ['/api/{*path}'] })] : []),
        // Storage for the sign-in rate limit (AuthController applies ThrottlerGuard to login only).
        ThrottlerModule.forRoot([{ name: 'login', ttl: 60_000, limit: 10 }]),
        TenancyModule,
        HealthModule,
        AuthModule,
        UsersModule,
        AuditModule,
        OrganisationsModule,
        DepartmentsModule,
        InitiativesModule,
        StrategicGoalsModule,
        RisksModule,
        FundingModule,
        FundingPoolsModule,
        GoalsModule,
        BenefitsModule,
        BenefitMapModule,
        MeasurementsModule,
        BenefitPlanModule,
        BenefitCardModule,
        BenefitTotalsModule,
        BusinessCaseModule,
        FinanceModule,
        StatusReportsModule,
        PortfolioReviewsModule,
        PrioritisationModule,
        SteeringGroupsModule,
        GovernanceModule,
        HealthCheckModule,
        PortfolioOverviewModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ApiExceptionFilter },
        // Order matters: resolve the session, then decide access; the interceptor opens the tenant transaction.
        { provide: APP_GUARD, useClass: SessionGuard },
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
        DemoSeedOnBoot,
      ],
    };
  }
}
