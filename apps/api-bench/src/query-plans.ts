import { Sql } from '@calibrate/api/database/sql';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';

/** What EXPLAIN (ANALYZE, BUFFERS) says about one statement an API read path sent. */
export interface QueryPlan {
  /** Which read path sent it (e.g. "pipeline search"). */
  path: string;
  /** The statement's first line, to tell the queries of one path apart. */
  statement: string;
  /** The plan's top node and its first scan, e.g. "Limit › Index Scan on candidates_pkey". */
  topNode: string;
  executionMs: number;
  sharedHitBlocks: number;
  sharedReadBlocks: number;
  /** Sequential scans on tables above `bigTableRows` rows anywhere in the plan. */
  bigSeqScans: string[];
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

const bigTableRows = 10_000;

/**
 * A DataSource stand-in for the API's repositories that, for every statement they send, first
 * records its EXPLAIN (ANALYZE, BUFFERS) and then runs it for real (the code that called it needs
 * its rows). The plans are thus of the exact SQL and parameters the API uses, not a copy.
 */
export class PlanRecorder {
  readonly plans: QueryPlan[] = [];
  private path = '';
  private tableRows = new Map<string, number>();

  constructor(private readonly pool: Pool) {}

  async loadTableSizes(): Promise<void> {
    const { rows } = await this.pool.query<{ relname: string; rows: string }>(
      `SELECT relname, reltuples::bigint::text AS rows FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`,
    );
    this.tableRows = new Map(rows.map((row) => [row.relname, Number(row.rows)]));
  }

  /** Records the statements `work` sends under the name `path`. */
  async record<T>(path: string, work: () => Promise<T>): Promise<T> {
    this.path = path;
    return work();
  }

  /** The object to give a repository or service in place of its injected DataSource. */
  dataSource(): DataSource {
    const run = (statement: string, params?: unknown[]) => this.run(statement, params);
    const sql: Sql = { query: run as Sql['query'] };
    // Named statements (see `preparedSql`) go through the recorder too.
    const master = {
      query: async (config: { text: string; values: unknown[] }) => ({
        rows: await run(config.text, config.values),
      }),
    };
    return { query: sql.query, manager: sql, driver: { master } } as unknown as DataSource;
  }

  private async run(statement: string, params: unknown[] = []): Promise<unknown[]> {
    const explained = await this.pool.query<{
      'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }];
    }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement}`, params);
    const [result] = explained.rows[0]?.['QUERY PLAN'] ?? [];
    if (result) {
      this.plans.push({
        path: this.path,
        statement: statement.trim().split('\n')[0]?.slice(0, 90) ?? '',
        topNode: summarize(result.Plan),
        executionMs: Math.round(result['Execution Time'] * 100) / 100,
        sharedHitBlocks: result.Plan['Shared Hit Blocks'] ?? 0,
        sharedReadBlocks: result.Plan['Shared Read Blocks'] ?? 0,
        bigSeqScans: this.seqScans(result.Plan),
      });
    }
    return (await this.pool.query(statement, params)).rows;
  }

  private seqScans(node: PlanNode): string[] {
    const own =
      node['Node Type'] === 'Seq Scan' &&
      node['Relation Name'] &&
      (this.tableRows.get(node['Relation Name']) ?? 0) > bigTableRows
        ? [node['Relation Name']]
        : [];
    return [...own, ...(node.Plans ?? []).flatMap((child) => this.seqScans(child))];
  }
}

const scanNodes = new Set([
  'Seq Scan',
  'Index Scan',
  'Index Only Scan',
  'Bitmap Heap Scan',
  'Bitmap Index Scan',
]);

/** The top node, and the first scan under it when the top is a Limit, Sort, Join… */
function summarize(top: PlanNode): string {
  if (scanNodes.has(top['Node Type'])) return describe(top);
  const queue = [...(top.Plans ?? [])];
  while (queue.length) {
    const node = queue.shift() as PlanNode;
    if (scanNodes.has(node['Node Type'])) return `${describe(top)} › ${describe(node)}`;
    queue.push(...(node.Plans ?? []));
  }
  return describe(top);
}

function describe(node: PlanNode): string {
  const target = node['Index Name'] ?? node['Relation Name'];
  return target ? `${node['Node Type']} on ${target}` : node['Node Type'];
}
