export * from './lib/bar-chart';
