export * from './audit/audit.schema';
export * from './candidates/candidates.schema';
export * from './common/pagination.schema';
export * from './errors/api-error.schema';
export * from './errors/error-codes';
export * from './health/health.schema';
export * from './rubrics/publish-rules';
export * from './rubrics/rubrics.schema';
