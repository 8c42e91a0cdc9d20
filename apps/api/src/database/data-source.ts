import { DataSourceOptions } from 'typeorm';

import { CandidateEntity } from '../modules/candidates/candidate.entity';
import { CreateCandidates1763850000000 } from './migrations/1763850000000-create-candidates';

/** Listed explicitly (no globs) so that the same list works from TypeScript, jest and the build. */
export const entities = [CandidateEntity];
export const migrations = [CreateCandidates1763850000000];

/** The one description of the database, used by Nest, the db CLI and the tests. */
export function buildDataSourceOptions(databaseUrl: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    migrationsTableName: 'typeorm_migrations',
    // Schema changes are migrations, run explicitly at boot or by `npm run db:migrate`.
    synchronize: false,
    migrationsRun: false,
    extra: { max: poolSize },
  };
}
