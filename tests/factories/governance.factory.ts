import type { SteeringGroupRequest } from '@gevinst/domain';
import type { DataSource } from 'typeorm';
import { daysFromToday } from '../support/clock';

let counter = 0;

/** A steering group body with a unique name; a department-level group without parent, chair or members by default. */
export function steeringGroupInput(overrides: Partial<SteeringGroupRequest> = {}): SteeringGroupRequest {
  counter += 1;
  return { name: `Styregruppe ${counter}`, level: 'department', ...overrides };
}

/** A portfolio review of a group planned in two weeks, written straight to the database (the reviews API is built elsewhere). */
export async function createReview(dataSource: DataSource, organisationId: string, steeringGroupId: string): Promise<string> {
  counter += 1;
  const [row]: { id: string }[] = await dataSource.query(
    `INSERT INTO portfolio_review (organisation_id, steering_group_id, title, held_on) VALUES ($1, $2, $3, $4) RETURNING id`,
    [organisationId, steeringGroupId, `Porteføljemøde ${counter}`, daysFromToday(14)],
  );
  return row.id;
}
