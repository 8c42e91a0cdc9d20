import { DataSourceOptions } from 'typeorm';

import { CreateCandidates1763850000000 } from './migrations/1763850000000-create-candidates';
import { ScoringDomain1763860000000 } from './migrations/1763860000000-scoring-domain';
import { SignIn1763870000000 } from './migrations/1763870000000-sign-in';
import { RubricAdmin1763880000000 } from './migrations/1763880000000-rubric-admin';
import { CandidateSearch1763890000000 } from './migrations/1763890000000-candidate-search';
import { FeedbackOwed1763900000000 } from './migrations/1763900000000-feedback-owed';
import { CandidateNamePrefix1763910000000 } from './migrations/1763910000000-candidate-name-prefix';
import { Calibration1763920000000 } from './migrations/1763920000000-calibration';
import { CorrectedScores1763930000000 } from './migrations/1763930000000-corrected-scores';
import { CalibrationTrend1763940000000 } from './migrations/1763940000000-calibration-trend';
import { AccentInsensitiveSearch1763950000000 } from './migrations/1763950000000-accent-insensitive-search';
import { PanelSplit1763960000000 } from './migrations/1763960000000-panel-split';
import { ScorecardCategoryMeans1763970000000 } from './migrations/1763970000000-scorecard-category-means';
import { PasswordReset1763980000000 } from './migrations/1763980000000-password-reset';
import { CandidateNameSort1763990000000 } from './migrations/1763990000000-candidate-name-sort';
import { EmailWordSearch1764000000000 } from './migrations/1764000000000-email-word-search';
import { DeviceCookies1764010000000 } from './migrations/1764010000000-device-cookies';
import { RubricDraftRevision1764010000002 } from './migrations/1764010000002-rubric-draft-revision';
import { FeedbackOnTime1764020000000 } from './migrations/1764020000000-feedback-on-time';
import { LiveEvents1764030000000 } from './migrations/1764030000000-live-events';
import { NameSortKeyNotInlined1764040000000 } from './migrations/1764040000000-name-sort-key-not-inlined';
import { EmailOutbox1764050000000 } from './migrations/1764050000000-email-outbox';
import { Webhooks1764060000000 } from './migrations/1764060000000-webhooks';
import { NameSortKeySearchPath1764070000000 } from './migrations/1764070000000-name-sort-key-search-path';
import { SsoIdentities1764080000000 } from './migrations/1764080000000-sso-identities';
import { CandidateOutcomes1764090000000 } from './migrations/1764090000000-candidate-outcomes';
import { KnockOuts1764100000000 } from './migrations/1764100000000-knock-outs';
import { FitReportAggregates1764110000000 } from './migrations/1764110000000-fit-report-aggregates';
import { ValidityReportInputs1764120000000 } from './migrations/1764120000000-validity-report-inputs';
import { KnockOutWhatIfWindow1764130000000 } from './migrations/1764130000000-knock-out-what-if-window';

/** Listed explicitly (no globs) so that the same list works from TypeScript, jest and the build. */
export const migrations = [
  CreateCandidates1763850000000,
  ScoringDomain1763860000000,
  SignIn1763870000000,
  RubricAdmin1763880000000,
  CandidateSearch1763890000000,
  FeedbackOwed1763900000000,
  CandidateNamePrefix1763910000000,
  Calibration1763920000000,
  CorrectedScores1763930000000,
  CalibrationTrend1763940000000,
  AccentInsensitiveSearch1763950000000,
  PanelSplit1763960000000,
  ScorecardCategoryMeans1763970000000,
  PasswordReset1763980000000,
  CandidateNameSort1763990000000,
  EmailWordSearch1764000000000,
  DeviceCookies1764010000000,
  RubricDraftRevision1764010000002,
  FeedbackOnTime1764020000000,
  LiveEvents1764030000000,
  NameSortKeyNotInlined1764040000000,
  EmailOutbox1764050000000,
  Webhooks1764060000000,
  NameSortKeySearchPath1764070000000,
  SsoIdentities1764080000000,
  CandidateOutcomes1764090000000,
  KnockOuts1764100000000,
  FitReportAggregates1764110000000,
  ValidityReportInputs1764120000000,
  KnockOutWhatIfWindow1764130000000,
];

/** The one description of the database, used by Nest, the db CLI and the tests. */
export interface PoolLimits {
  /**
   * A query without an answer within this fails (0: wait forever). For the API's request pool
   * only: migrations and the calibration fit's own connections run long on purpose.
   */
  queryTimeoutMs?: number;
}

export function buildDataSourceOptions(
  databaseUrl: string,
  poolSize = 10,
  { queryTimeoutMs = 0 }: PoolLimits = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    // No entities: data access is SQL in repository files (lists, aggregates and guarded updates
    // need it anyway); the schema is the migrations, checked against schema.snapshot.sql.
    entities: [],
    migrations,
    migrationsTableName: 'typeorm_migrations',
    // Schema changes are migrations, run explicitly at boot or by `npm run db:migrate`.
    synchronize: false,
    migrationsRun: false,
    // A database that is down or stalled fails requests fast (a 503), instead of holding them:
    // pg waits forever for a connection and for an answer by default.
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5000,
      keepAlive: true,
      ...(queryTimeoutMs > 0 ? { query_timeout: queryTimeoutMs } : {}),
    },
  };
}
