import { DECISION_KINDS } from '@gevinst/domain';
import { type ListStateOf, dayParam, idParam, listCodec, listParam, pageParam, pageSizeParam } from '@gevinst/web/ui/list-state';
import type { DecisionLogQuery } from '../data-access/reviews-api';

/** The decision log's filters and page, kept in the URL so a view can be bookmarked and shared. */
const schema = {
  kinds: listParam('kind', DECISION_KINDS),
  steeringGroupId: idParam('steeringGroupId'),
  /** Danish calendar days, both included: 'YYYY-MM-DD'. */
  from: dayParam('from'),
  to: dayParam('to'),
  page: pageParam,
  pageSize: pageSizeParam(),
};
export type DecisionLogState = ListStateOf<typeof schema>;

/** Dates the wrong way round are swapped. */
export const DECISION_LOG = listCodec<DecisionLogState>(schema, (state) =>
  state.from && state.to && state.from > state.to ? { ...state, from: state.to, to: state.from } : state,
);

export const FILTER_KEYS = ['kinds', 'steeringGroupId', 'from', 'to'] as const;
export type DecisionFilters = Pick<DecisionLogState, (typeof FILTER_KEYS)[number]>;

export function decisionStateToQuery(state: DecisionLogState): DecisionLogQuery {
  return {
    kind: state.kinds.length > 0 ? state.kinds : undefined,
    steeringGroupId: state.steeringGroupId ?? undefined,
    from: state.from ?? undefined,
    to: state.to ?? undefined,
    page: state.page,
    pageSize: state.pageSize,
  };
}

export const hasDecisionFilters = (filters: DecisionFilters): boolean => DECISION_LOG.anySet(filters, FILTER_KEYS);
