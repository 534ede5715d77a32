/** How many (organisation, filters) overviews one API process keeps. */
const CAPACITY = 500;

/**
 * Overviews already computed — as the JSON sent, so a reuse costs no serialising either — per organisation and
 * filters, with the rollup state they were computed from (see PortfolioRollupService.refresh). An entry is used only
 * while the database still reports that state, so every replica checks against the database on each request and none
 * can serve figures older than the data.
 */
export class OverviewCache {
  private readonly entries = new Map<string, { state: string; json: string }>();

  get(key: string, state: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.state !== state) return undefined;
    // Most recently used last: the first entry is the one to evict.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.json;
  }

  set(key: string, state: string, json: string): void {
    this.entries.delete(key);
    this.entries.set(key, { state, json });
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
  }
}
