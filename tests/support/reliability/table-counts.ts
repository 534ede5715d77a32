import type { DataSource } from 'typeorm';

export type TableCounts = Record<string, number>;

/**
 * Row counts of every table in the public schema, in one round trip. The test DataSource connects as the owner,
 * outside any tenant transaction (no SET LOCAL ROLE gevinst_app), so row-level security does not hide rows.
 */
export class TableCounter {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly sql: string,
    readonly tables: string[],
  ) {}

  static async create(dataSource: DataSource): Promise<TableCounter> {
    const rows: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    const tables = rows.map((r) => r.table_name);
    if (!tables.includes('audit_log')) throw new Error('no audit_log table: the row-count check would miss audited changes');
    const sql = `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}")::int AS "${t}"`).join(', ')}`;
    return new TableCounter(dataSource, sql, tables);
  }

  async count(): Promise<TableCounts> {
    const [row] = (await this.dataSource.query(this.sql)) as TableCounts[];
    return row;
  }
}

/** `table: before → after` for every table whose count differs; empty when nothing changed. */
export function countChanges(before: TableCounts, after: TableCounts): string[] {
  return Object.keys({ ...before, ...after })
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t}: ${before[t]} → ${after[t]}`);
}
