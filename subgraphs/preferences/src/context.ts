import type { RequestContext } from '@packyourbag/service-kit';

/** Preferences' resolver context: the verified caller, request id and logger. */
export type SubgraphContext = RequestContext;
