import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { DataSource } from 'typeorm';

import { buildDataSourceOptions, migrations } from '../src/database/data-source';
import { migrate } from '../src/database/database-runtime';

const snapshotFile = path.join(__dirname, '../src/database/schema.snapshot.sql');

/** The public schema as sorted DDL-like lines: columns, constraints and indexes. */
async function describeSchema(dataSource: DataSource): Promise<string> {
  const columns: { line: string }[] = await dataSource.query(`
    SELECT format('%s.%s %s%s%s', c.relname, a.attname, format_type(a.atttypid, a.atttypmod),
                  CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                  COALESCE(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')) AS line
      FROM pg_attribute a
      JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> 'typeorm_migrations'`);
  const constraints: { line: string }[] = await dataSource.query(`
    SELECT format('%s CONSTRAINT %s %s', c.relname, con.conname, pg_get_constraintdef(con.oid)) AS line
      FROM pg_constraint con
      JOIN pg_class c ON c.oid = con.conrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
     WHERE c.relname <> 'typeorm_migrations' AND con.contype <> 'n'`);
  const indexes: { line: string }[] = await dataSource.query(`
    SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`);
  return [...columns, ...constraints, ...indexes]
    .map((row) => row.line)
    .sort()
    .join('\n')
    .concat('\n');
}

describe('database schema', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = new DataSource(
      buildDataSourceOptions(process.env.CALIBRATE_TEST_DATABASE_URL ?? '', 2),
    );
    await dataSource.initialize();
  });
  afterAll(() => dataSource.destroy());

  it('is what schema.snapshot.sql says (UPDATE_SCHEMA_SNAPSHOT=1 rewrites it after a new migration)', async () => {
    const schema = await describeSchema(dataSource);
    if (process.env.UPDATE_SCHEMA_SNAPSHOT === '1') writeFileSync(snapshotFile, schema);
    expect(existsSync(snapshotFile)).toBe(true);
    expect(schema).toBe(readFileSync(snapshotFile, 'utf8'));
  });

  it('reverts every migration cleanly and re-applies them to the same schema', async () => {
    const before = await describeSchema(dataSource);
    for (let step = 0; step < migrations.length; step += 1) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const leftover: { tablename: string }[] = await dataSource.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'`,
    );
    expect(leftover).toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await describeSchema(dataSource)).toBe(before);
  });

  it('lets two API instances that start together apply the migrations once, one after the other', async () => {
    const before = await describeSchema(dataSource);
    for (let step = 0; step < migrations.length; step += 1) {
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const instances = [0, 1].map(
      () =>
        new DataSource(buildDataSourceOptions(process.env.CALIBRATE_TEST_DATABASE_URL ?? '', 2)),
    );
    await Promise.all(instances.map((instance) => instance.initialize()));
    try {
      const applied = await Promise.all(instances.map((instance) => migrate(instance)));
      // One instance ran them all, the other found nothing left to do.
      expect(applied.map((names) => names.length).sort()).toEqual([0, migrations.length]);
    } finally {
      await Promise.all(instances.map((instance) => instance.destroy()));
    }
    const [recorded] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM typeorm_migrations`,
    )) as { n: number }[];
    expect(recorded?.n).toBe(migrations.length);
    expect(await describeSchema(dataSource)).toBe(before);
  });
});
