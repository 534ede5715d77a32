import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

export type VersionedUpdateOutcome = 'updated' | 'unchanged' | 'stale';

export interface VersionedKey {
  id: string;
  organisationId: string;
  /** The version the client read. */
  version: number;
}

/**
 * The optimistic lock of every PATCH: UPDATE … SET changes, version + 1 WHERE id, organisation and version match and at
 * least one column would really change. A request that changes nothing leaves the row, its version and the audit log
 * (an UPDATE trigger) alone, so nobody else gets a 409 for nothing. `force` bumps the version even when the row's own
 * columns stay, for changes to its children (involved departments, actions, years). `where` narrows the rows further
 * (e.g. only drafts).
 *
 * 'stale' means no row with that id, organisation and version (and `where`): changed meanwhile, or gone.
 */
export async function versionedUpdate<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  key: VersionedKey,
  changes: Partial<E>,
  options: { force?: boolean; where?: string } = {},
): Promise<VersionedUpdateOutcome> {
  const metadata = manager.connection.getMetadata(entity);
  const defined = Object.entries(changes).filter(([, value]) => value !== undefined);
  const match = `id = :id AND organisation_id = :organisationId AND version = :version${options.where ? ` AND (${options.where})` : ''}`;
  const params: Record<string, unknown> = { id: key.id, organisationId: key.organisationId, version: key.version };

  if (defined.length > 0 || options.force) {
    const differs = defined.map(([property], index) => {
      const column = metadata.findColumnWithPropertyName(property);
      if (!column) throw new Error(`${metadata.name} has no column ${property}`);
      const value = changes[property as keyof E];
      params[`changed${index}`] = column.transformer && !Array.isArray(column.transformer) ? column.transformer.to(value) : value;
      return `"${column.databaseName}" IS DISTINCT FROM :changed${index}`;
    });
    const update = manager
      .createQueryBuilder()
      .update(entity)
      .set({ ...Object.fromEntries(defined), version: () => 'version + 1' } as never)
      .where(match, params);
    if (!options.force) update.andWhere(`(${differs.join(' OR ')})`);
    if ((await update.execute()).affected === 1) return 'updated';
  }
  const found = await manager.createQueryBuilder().select('1').from(entity, 'row').where(match, params).getRawOne();
  return found ? 'unchanged' : 'stale';
}
