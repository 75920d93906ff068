export * from './catalogue.ts';
export * from './evaluate.ts';
export * from './schemas.ts';
export * from './flow.ts';
export * from './focus.ts';
export * from './group.ts';
export * from './round-changes.ts';
export * from './respondents.ts';
