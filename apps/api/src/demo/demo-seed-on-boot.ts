import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { seedDemoOrganisation } from './demo-seed';

/** With SEED_DEMO=true (the embedded default), an empty database gets the demo kommune. */
@Injectable()
export class DemoSeedOnBoot implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeed');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.SEED_DEMO) return;
    const seeded = await seedDemoOrganisation(this.dataSource, this.clock);
    this.logger.log(seeded ? 'Seeded the demo organisation into an empty database' : 'Database has data: demo seed skipped');
  }
}
