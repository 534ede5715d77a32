import { APPLICATION_STATUSES } from '@gevinst/domain';
import { type ListStateOf, idParam, listCodec, listParam, pageParam, pageSizeParam } from '@gevinst/web/ui/list-state';
import type { ApplicationListQuery } from '../data-access/funding-api';

/** The applications list on /finansiering/puljer, kept in the URL. */
const schema = {
  poolId: idParam('poolId'),
  statuses: listParam('status', APPLICATION_STATUSES),
  page: pageParam,
  pageSize: pageSizeParam(),
};
export type ApplicationListState = ListStateOf<typeof schema>;
export const APPLICATION_LIST = listCodec<ApplicationListState>(schema);

export function applicationStateToQuery(state: ApplicationListState): ApplicationListQuery {
  return {
    poolId: state.poolId ?? undefined,
    status: state.statuses.length > 0 ? state.statuses : undefined,
    page: state.page,
    pageSize: state.pageSize,
  };
}
