import { Injectable } from '@nestjs/common';
import { upstreamOf } from '@gevinst/domain';
import type { BenefitMap, BusinessCaseSnapshot, Scenario } from '@gevinst/domain';
import type { AuthUser } from '../../common/auth/auth-user';
import { BenefitMapReader } from '../benefit-map/benefit-map.reader';
import { BusinessCaseService } from '../business-case/business-case.service';
import type { BenefitCard, CardBusinessCase, CardMap, CardPrecondition } from './benefit-card.types';

const SCENARIO_NAMES: Record<Scenario, string> = { pessimistic: 'pessimistisk', likely: 'forventet', optimistic: 'optimistisk' };

/** "A", "A + B", "A + 2 flere": several deliveries or changes in one link of a chain. */
const several = (titles: string[]): string | null =>
  titles.length === 0 ? null : titles.length <= 2 ? titles.join(' + ') : `${titles[0]} + ${titles.length - 1} flere`;

/**
 * The map in compact form: one chain per benefit that the map's own nodes lead to — the deliveries and changes
 * upstream of it, the benefit, the goal it serves. Benefits no delivery or change leads to are left out (the goals
 * table shows them already).
 */
export function compactMap(map: BenefitMap): CardMap {
  const byId = new Map(map.nodes.map((node) => [node.id, node]));
  const titles = (ids: Iterable<string>, kind: string) => [...ids].flatMap((id) => (byId.get(id)?.kind === kind ? [byId.get(id)?.title ?? ''] : []));
  const chains = map.nodes
    .filter((node) => node.kind === 'benefit')
    .map((benefit) => {
      const upstream = upstreamOf(map.links, benefit.id);
      const goals = titles(map.links.filter((l) => l.from === benefit.id).map((l) => l.to), 'goal');
      return { delivery: several(titles(upstream, 'delivery')), change: several(titles(upstream, 'change')), benefit: benefit.title, goal: goals[0] ?? null };
    })
    .filter((chain) => chain.delivery !== null || chain.change !== null);
  return { chains };
}

/** The map's changes (forudsætninger) that are not done, soonest due first (undated last). */
export function openPreconditions(map: BenefitMap): CardPrecondition[] {
  return map.nodes
    .filter((node) => node.kind === 'change' && node.status !== 'done')
    .map((node) => ({ title: node.title, owner: node.owner?.name ?? null, dueDate: node.dueDate }))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
}

/** Net present value per scenario and the likely scenario's payback year. */
export function businessCaseSummary(snapshot: BusinessCaseSnapshot): CardBusinessCase {
  const likely = snapshot.scenarios.find((s) => s.scenario === 'likely');
  return {
    scenarios: snapshot.scenarios.map((s) => ({ label: SCENARIO_NAMES[s.scenario], netPresentValue: s.npv })),
    paybackYear: likely?.paybackYear ?? null,
    discountRate: snapshot.settings.discountRate,
  };
}

/**
 * The card's boxes owned by other modules: the benefit map (compact chains and open preconditions) and the business
 * case, read through those modules' own services so their rules stay in one place. They read one initiative at a
 * time (a few queries each), so a pack costs those per card on top of the loader's fixed number; a bulk read in
 * BenefitMapReader and BusinessCaseService would remove that.
 */
@Injectable()
export class CardExtras {
  constructor(
    private readonly maps: BenefitMapReader,
    private readonly cases: BusinessCaseService,
  ) {}

  async addTo(user: AuthUser, cards: readonly BenefitCard[]): Promise<void> {
    for (const card of cards) {
      const map = await this.maps.read(user, card.initiative.id);
      card.map = compactMap(map);
      card.preconditions = openPreconditions(map);
      card.businessCase = businessCaseSummary(await this.cases.snapshot(user, card.initiative.id));
    }
  }
}
