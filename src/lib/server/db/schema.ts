export * from '../audit/audit.table.ts';
export * from '../auth/auth.table.ts';
export * from '../organisations/organisations.table.ts';
export * from '../users/users.table.ts';
export * from '../assessments/assessments.table.ts';
export * from '../learning/learning.table.ts';
export * from '../limits/rate-limit.table.ts';
export * from '../initiatives/initiatives.table.ts';
