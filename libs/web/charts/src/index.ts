export * from './lib/bar-chart';
export * from './lib/line-chart';
export * from './lib/chart-figure';
export * from './lib/category-bar-chart';
export * from './lib/category-line-chart';
export * from './lib/grouped-bar-chart';
export * from './lib/stacked-bar-chart';
export * from './lib/bubble-chart';
export {
  type BarGroup,
  type BubblePoint,
  type CategoryDatum,
  type Stack,
  formatCompact,
  formatKroner,
  formatNumber,
} from './lib/chart-data';
