import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../../common/auth/auth-user';
import { Clock } from '../../common/clock/clock';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { BenefitCardLoader } from './benefit-card.loader';
import type { BenefitCard } from './benefit-card.types';
import { CardExtras } from './card-extras';
import { formatDate } from './card-format';

/** Cards read per round of queries in a pack: bounds the memory of a pack, not its length. */
export const CARD_CHUNK = 25;
/** The most cards one meeting pack holds (a directorate's whole portfolio is a list, not a pack). */
export const CARD_PACK_MAX = 300;

/** The initiatives of a meeting pack, in the order they are printed. */
export interface CardPack {
  ids: string[];
  firstCode: string | undefined;
  /** Printed in the header of every card, e.g. "Porteføljemøde marts · 12.03.2027". */
  title: string;
  /** The download's name without the extension. */
  fileName: string;
}

/** Lower-case, Danish letters kept, anything else a hyphen: "Styregruppe for Ældre" → "styregruppe-for-ældre". */
const slug = (text: string) =>
  text
    .toLocaleLowerCase('da-DK')
    .replace(/[^a-z0-9æøåäöüé]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'kort';

/**
 * The benefit cards (gevinstrealiseringskort): one initiative's, a steering group's pack (the live initiatives it
 * steers, or a group below it does, in code order — the agenda's rule) and a portfolio review's pack (its agenda, in
 * agenda order). Every lookup filters by the user's organisation: another organisation's id is a 404.
 */
@Injectable()
export class BenefitCardService {
  constructor(
    private readonly clock: Clock,
    private readonly db: TenantDb,
    private readonly loader: BenefitCardLoader,
    private readonly extras: CardExtras,
  ) {}

  async one(user: AuthUser, initiativeId: string): Promise<BenefitCard> {
    const [card] = await this.loader.load(user.organisationId, [initiativeId], this.clock.today());
    if (!card) throw notFound('Initiative');
    await this.extras.addTo(user, [card]);
    return card;
  }

  async steeringGroupPack(user: AuthUser, steeringGroupId: string): Promise<CardPack> {
    const [group]: { name: string }[] = await this.db.manager.query('SELECT name FROM steering_group WHERE organisation_id = $1 AND id = $2', [
      user.organisationId,
      steeringGroupId,
    ]);
    if (!group) throw notFound('Steering group');
    const rows: { id: string; code: string }[] = await this.db.manager.query(
      `WITH RECURSIVE subtree AS (
         SELECT id FROM steering_group WHERE organisation_id = $1 AND id = $2
         UNION
         SELECT g.id FROM steering_group g JOIN subtree t ON g.parent_id = t.id WHERE g.organisation_id = $1)
       SELECT i.id, i.code FROM initiative_governance ig JOIN initiative i ON i.id = ig.initiative_id
       WHERE ig.organisation_id = $1 AND ig.steering_group_id IN (SELECT id FROM subtree)
         AND i.archived_at IS NULL AND i.phase NOT IN ('closed', 'stopped')
       ORDER BY i.code LIMIT $3`,
      [user.organisationId, steeringGroupId, CARD_PACK_MAX + 1],
    );
    return this.pack(rows, `Styregruppe: ${group.name}`, `gevinstkort-${slug(group.name)}-${this.clock.today()}`, 'The steering group steers no live initiative');
  }

  async reviewPack(user: AuthUser, reviewId: string): Promise<CardPack> {
    const [review]: { title: string; held_on: string }[] = await this.db.manager.query(
      'SELECT title, held_on::text AS held_on FROM portfolio_review WHERE organisation_id = $1 AND id = $2',
      [user.organisationId, reviewId],
    );
    if (!review) throw notFound('Portfolio review');
    const rows: { id: string; code: string }[] = await this.db.manager.query(
      `SELECT i.id, i.code FROM review_item ri JOIN initiative i ON i.id = ri.initiative_id
       WHERE ri.organisation_id = $1 AND ri.review_id = $2 ORDER BY ri.position, i.code LIMIT $3`,
      [user.organisationId, reviewId, CARD_PACK_MAX + 1],
    );
    return this.pack(rows, `${review.title} · ${formatDate(review.held_on)}`, `gevinstkort-${slug(review.title)}-${review.held_on}`, 'The review has no initiative on its agenda');
  }

  /** The pack's cards, CARD_CHUNK at a time, read when the previous chunk has been written. */
  async *cards(user: AuthUser, ids: readonly string[]): AsyncGenerator<BenefitCard[]> {
    const today = this.clock.today();
    for (let i = 0; i < ids.length; i += CARD_CHUNK) {
      const cards = await this.loader.load(user.organisationId, ids.slice(i, i + CARD_CHUNK), today);
      await this.extras.addTo(user, cards);
      yield cards;
    }
  }

  private pack(rows: { id: string; code: string }[], title: string, fileName: string, empty: string): CardPack {
    if (rows.length === 0) throw new DomainError('INVALID_STATE', `${empty}: there are no benefit cards to print`);
    if (rows.length > CARD_PACK_MAX) throw new DomainError('INVALID_STATE', `A meeting pack holds at most ${CARD_PACK_MAX} benefit cards`);
    return { ids: rows.map((row) => row.id), firstCode: rows[0].code, title, fileName };
  }
}
