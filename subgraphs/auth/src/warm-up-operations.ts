import type { WarmUpOperations } from '@packyourbag/service-kit/nest';

/**
 * `me`, what the router asks auth for, as a user id with no account: null, nothing written
 * (decision 1495). The User entity is left out: the router never fetches it from auth.
 */
export const authWarmUp: WarmUpOperations = () => [{ query: 'query WarmUpMe { me { id email isGuest } }' }];
