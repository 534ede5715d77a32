import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { configureApp } from './app-setup';
import { ConfigError, loadConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { demoSignIn } from './demo/demo-sign-in';

async function bootstrap(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bodyParser: false,
    bufferLogs: true,
  });
  configureApp(app, { trustProxy: config.TRUST_PROXY });
  await app.listen(config.PORT);
  const url = `http://localhost:${config.PORT}`;
  console.log(`Gevinst is listening on ${url} (API at /api/v1, docs at /api/docs)`);
  // The last line of the start-up output: what to open and, in demo mode, how to sign in.
  const signIn = await demoSignIn(app.get(DataSource), config);
  console.log(signIn ? `Ready: open ${url} and ${signIn}` : `Ready: open ${url}`);
}

/** `main.js migrate`: apply pending migrations and exit — a release step before replicas start with DB_MIGRATIONS_RUN=false. */
async function migrate(): Promise<void> {
  const config = loadConfig(process.env);
  const dataSource = await new DataSource(dataSourceOptions(config.DATABASE_URL, 1)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length === 0 ? 'The database schema is up to date.' : `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  } finally {
    await dataSource.destroy();
  }
}

(process.argv[2] === 'migrate' ? migrate() : bootstrap()).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Gevinst failed to start:', error);
  }
  process.exit(1);
});
