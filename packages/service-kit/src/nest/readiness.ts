/** Resolves when the service's store answers; rejects with what is wrong otherwise. */
export type ReadinessCheck = () => Promise<void>;

export const READINESS_CHECK = Symbol('READINESS_CHECK');
