import type { RequestContext } from '@packyourbag/service-kit';

/** Auth's resolver context: the verified caller, request id and logger. */
export type SubgraphContext = RequestContext;
