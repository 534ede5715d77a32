export * from './lib/bar-chart';
export * from './lib/line-chart';
