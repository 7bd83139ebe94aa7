import type { RequestContext } from '@packyourbag/service-kit';
import type { PackingLoaders } from './loaders/create-loaders.js';

/** Packing's resolver context: the verified caller, request id, logger, and this request's DataLoaders. */
export type SubgraphContext = RequestContext & { loaders: PackingLoaders };
