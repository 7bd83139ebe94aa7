import { notFound } from '@packyourbag/service-kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids are UUIDs; anything else cannot exist, so it answers NOT_FOUND like a missing or foreign id
 * (and never reaches PostgreSQL, which would refuse the cast with an internal error).
 */
export function requireUuid(what: string, id: string): string {
  if (!UUID.test(id)) throw notFound(what, id);
  return id;
}
