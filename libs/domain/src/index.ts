export * from './contracts/api-error';
export * from './contracts/department';
export * from './contracts/initiative';
export * from './contracts/labels.da';
export * from './contracts/organisation';
export * from './contracts/page';
export * from './calculations/initiative-code';
export * from './calculations/planned-period';
