// Seeds one organisation on one connection: its own rows in one tenant transaction, then its initiatives in batches
// of a transaction each, and last the code sequences. Every transaction acts as the organisation's first admin.
import { buildInitiative } from './build-initiative.mjs';
import { buildOrganisation } from './build-organisation.mjs';
import { planInitiatives } from './plan-initiatives.mjs';
import { RowSink, tenantTransaction } from './writer.mjs';

/** About 34,000 rows per transaction: large enough to keep round trips rare, small enough to hold in memory. */
const INITIATIVES_PER_BATCH = 100;

export async function seedOrganisation(client, plan, options, progress) {
  const own = new RowSink();
  const org = buildOrganisation(plan, options, own);
  const write = (sink) => tenantTransaction(client, org.id, org.adminId, () => sink.flush(client, org.id, progress.written));
  await write(own);

  const initiatives = planInitiatives(org);
  for (let start = 0; start < initiatives.length; start += INITIATIVES_PER_BATCH) {
    const batch = initiatives.slice(start, start + INITIATIVES_PER_BATCH);
    const sink = new RowSink();
    for (const initiative of batch) buildInitiative(org, initiative, sink);
    if (start + INITIATIVES_PER_BATCH >= initiatives.length) {
      for (const [year, lastValue] of org.codeSequences) sink.add('initiative_code_sequence', { year, last_value: lastValue });
    }
    await write(sink);
    progress.initiativesDone(batch.length);
  }
}
