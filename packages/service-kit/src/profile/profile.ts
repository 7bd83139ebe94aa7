import type { Logger } from '../logging/logger.js';

/** NODE_ENV read as a profile (decision 0715). */
export type Profile = 'development' | 'test' | 'production';

/**
 * `development` and `test` as written; anything else — unset, `production`, `staging`, a typo — is
 * production, so a deployment that forgets NODE_ENV gets the safe defaults.
 */
export function profileOf(nodeEnv: string | undefined): Profile {
  return nodeEnv === 'development' || nodeEnv === 'test' ? nodeEnv : 'production';
}

/** What a GraphQL server shows of its schema to a caller who did not ask for it. */
export interface SchemaExposure {
  profile: Profile;
  /** INTROSPECTION: `__schema` / `__type` answered. */
  introspection: boolean;
  /** FIELD_SUGGESTIONS: "Did you mean …" in validation errors. */
  fieldSuggestions: boolean;
}

/**
 * One start-up line about schema exposure: info in development (where it is the default), a warning
 * anywhere else, since then someone turned it on for a deployment.
 */
export function logSchemaExposure(logger: Logger, exposure: SchemaExposure): void {
  const on = [
    ...(exposure.introspection ? ['introspection'] : []),
    ...(exposure.fieldSuggestions ? ['field suggestions'] : []),
  ];
  if (on.length === 0) return;
  const details = {
    profile: exposure.profile,
    introspection: exposure.introspection,
    fieldSuggestions: exposure.fieldSuggestions,
  };
  if (exposure.profile === 'development') {
    logger.info(details, `development profile: ${on.join(' and ')} on`);
  } else {
    logger.warn(details, `${on.join(' and ')} on outside development: callers can read the schema (0715)`);
  }
}
