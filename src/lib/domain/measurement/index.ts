/** Shared measurement: the pure rules (measurement.md). */
export * from './approval.ts';
export * from './disaggregation.ts';
export * from './forecast.ts';
export * from './indicator.ts';
export * from './numbers.ts';
export * from './periods.ts';
export * from './schemas.ts';
export * from './status.ts';
export * from './unusual.ts';
