import { randomUUID } from 'node:crypto';

/** A caller-chosen id is kept only if it is a short plain token, so it is safe in logs and headers. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** The incoming `x-request-id` when it is sane, otherwise a fresh UUID. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}
