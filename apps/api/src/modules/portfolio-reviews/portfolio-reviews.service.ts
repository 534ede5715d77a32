import { Injectable } from '@nestjs/common';
import { GOVERNANCE_LIMITS } from '@gevinst/domain';
import type { PortfolioReview } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { DomainError, notFound } from '../../common/errors/domain-error';
import { TenantDb } from '../../common/tenancy/tenant-db';
import { authorise, staleVersion, unknownReference } from '../goals/initiative-access';
import { PortfolioReviewEntity } from './portfolio-review.entity';
import { buildAgenda, LATEST_SUBMITTED } from './agenda';
import type { AddAgendaItemDto, CreatePortfolioReviewDto, UpdatePortfolioReviewDto } from './dto/portfolio-review.dto';
import { renderMinutes } from './minutes-html';
import { inGroupChain, PortfolioReviewSummary, REVIEW_SQL, ReviewRow, toPortfolioReview } from './review-rows';
import { Clock } from '../../common/clock/clock';
import { versionedUpdate } from '../../common/versioning/versioned-update';

const FORBIDDEN = 'Only the directorate and the members of the steering group (or a group above it) manage its reviews';

/** Portfolio reviews: a steering group's meeting, its agenda built from the initiatives due, and the frozen reports. */
@Injectable()
export class PortfolioReviewsService {
  constructor(private readonly clock: Clock, private readonly db: TenantDb) {}

  /** Newest meeting first; optionally one group's. */
  async list(user: AuthUser, steeringGroupId?: string): Promise<PortfolioReviewSummary[]> {
    return this.db.manager.query(
      `SELECT r.id, json_build_object('id', sg.id, 'name', sg.name, 'level', sg.level) AS "steeringGroup", r.title, r.held_on::text AS "heldOn",
              r.status, (SELECT count(*)::int FROM review_item it WHERE it.review_id = r.id) AS "itemCount",
              (SELECT count(*)::int FROM decision d WHERE d.organisation_id = r.organisation_id AND d.review_id = r.id) AS "decisionCount", r.version
       FROM portfolio_review r JOIN steering_group sg ON sg.id = r.steering_group_id
       WHERE r.organisation_id = $1 AND ($2::uuid IS NULL OR r.steering_group_id = $2)
       ORDER BY r.held_on DESC, r.created_at DESC`,
      [user.organisationId, steeringGroupId ?? null],
    );
  }

  async get(user: AuthUser, id: string): Promise<PortfolioReview> {
    const [row]: ReviewRow[] = await this.db.manager.query(REVIEW_SQL, [user.organisationId, id, user.id]);
    if (!row) throw notFound('Portfolio review');
    return toPortfolioReview(row, user);
  }

  /** The meeting and, in the same transaction, its agenda of the initiatives due in the group's part of the tree. */
  async create(user: AuthUser, dto: CreatePortfolioReviewDto): Promise<PortfolioReview> {
    const [group]: { in_group: boolean }[] = await this.db.manager.query(
      `SELECT ${inGroupChain('g.id', '$3')} AS in_group FROM steering_group g WHERE g.organisation_id = $1 AND g.id = $2`,
      [user.organisationId, dto.steeringGroupId, user.id],
    );
    if (!group) throw unknownReference('steeringGroupId', 'Unknown steering group: it must belong to the organisation');
    authorise(user, 'review.manage', { inSteeringGroup: group.in_group }, FORBIDDEN);
    const [{ id }]: { id: string }[] = await this.db.manager.query(
      `INSERT INTO portfolio_review (organisation_id, steering_group_id, title, held_on) VALUES ($1, $2, $3, $4) RETURNING id`,
      [user.organisationId, dto.steeringGroupId, dto.title, dto.heldOn],
    );
    await buildAgenda(this.db.manager, user.organisationId, dto.steeringGroupId, id, this.clock.today());
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdatePortfolioReviewDto): Promise<PortfolioReview> {
    const current = await this.manageable(user, id);
    if (current.version !== dto.version) throw staleVersion('portfolio review', current);
    const { version, ...changes } = dto;
    const key = { id, organisationId: user.organisationId, version };
    if ((await versionedUpdate(this.db.manager, PortfolioReviewEntity, key, changes)) === 'stale') throw staleVersion('portfolio review', await this.get(user, id));
    return this.get(user, id);
  }

  /** Puts an initiative of the organisation on the agenda (reason "added", with its latest submitted report). */
  async addItem(user: AuthUser, id: string, dto: AddAgendaItemDto): Promise<PortfolioReview> {
    const review = await this.manageable(user, id);
    if (review.agenda.some((item) => item.initiative.id === dto.initiativeId)) {
      throw new DomainError('DUPLICATE', 'The initiative is on the agenda already', [{ field: 'initiativeId', messages: ['Already on the agenda'] }]);
    }
    if (review.agenda.length >= GOVERNANCE_LIMITS.agendaMax) {
      throw new DomainError('INVALID_STATE', `An agenda holds at most ${GOVERNANCE_LIMITS.agendaMax} items`);
    }
    const inserted: unknown[] = await this.db.manager.query(
      `INSERT INTO review_item (organisation_id, review_id, initiative_id, position, reasons, status_report_id)
       SELECT $1, $2, i.id, (SELECT COALESCE(max(position), 0) + 1 FROM review_item WHERE review_id = $2), ARRAY['added']::agenda_reason[],
              (SELECT latest.id FROM (${LATEST_SUBMITTED}) latest)
       FROM initiative i WHERE i.organisation_id = $1 AND i.id = $3
       ON CONFLICT ON CONSTRAINT uq_review_item_review_initiative DO NOTHING RETURNING id`,
      [user.organisationId, id, dto.initiativeId],
    );
    if (inserted.length === 0) {
      const [known]: unknown[] = await this.db.manager.query('SELECT 1 FROM initiative WHERE organisation_id = $1 AND id = $2', [
        user.organisationId,
        dto.initiativeId,
      ]);
      if (!known) throw unknownReference('initiativeId', 'Unknown initiative: it must belong to the organisation');
      throw new DomainError('DUPLICATE', 'The initiative is on the agenda already', [{ field: 'initiativeId', messages: ['Already on the agenda'] }]);
    }
    return this.get(user, id);
  }

  /** Takes an item off the agenda and closes the gap; an item with decisions recorded in this meeting stays. */
  async removeItem(user: AuthUser, id: string, itemId: string): Promise<void> {
    const review = await this.manageable(user, id);
    const item = review.agenda.find((candidate) => candidate.id === itemId);
    if (!item) throw notFound('Agenda item');
    if (item.decisions.length > 0) {
      throw new DomainError('INVALID_STATE', 'Decisions were recorded for this item in the meeting: it stays on the agenda');
    }
    await this.db.manager.query('DELETE FROM review_item WHERE organisation_id = $1 AND review_id = $2 AND id = $3', [user.organisationId, id, itemId]);
    await this.db.manager.query('UPDATE review_item SET position = position - 1 WHERE organisation_id = $1 AND review_id = $2 AND position > $3', [
      user.organisationId,
      id,
      item.position,
    ]);
  }

  /** The minutes as a print-ready page: the review, read in one query, and the group's members as attendees. */
  async minutes(user: AuthUser, id: string, styleNonce: string): Promise<string> {
    const review = await this.get(user, id);
    const attendees: { name: string; chair: boolean }[] = await this.db.manager.query(
      `SELECT u.name, (u.id = g.chair_user_id) AS chair
       FROM steering_group g JOIN app_user u
         ON u.id = g.chair_user_id OR u.id IN (SELECT m.user_id FROM steering_group_member m WHERE m.group_id = g.id)
       WHERE g.organisation_id = $1 AND g.id = $2
       ORDER BY (u.id = g.chair_user_id) DESC, u.name`,
      [user.organisationId, review.steeringGroup.id],
    );
    return renderMinutes({ review, attendees, printedAt: this.clock.now(), styleNonce });
  }

  /** The review if this user may manage it (404, else 403). */
  private async manageable(user: AuthUser, id: string): Promise<PortfolioReview> {
    const review = await this.get(user, id);
    if (!review.can.manage) throw new DomainError('FORBIDDEN', FORBIDDEN);
    return review;
  }
}
