import type { Finding } from '../policy/finding.js';
import { describeObject, type KubeObject } from '../render/kube-object.js';
import { MODELS } from './models.js';

/** Checks every object against the Kubernetes OpenAPI schema of its kind, offline. */
export function validateSchemas(objects: readonly KubeObject[]): Finding[] {
  const findings: Finding[] = [];
  for (const object of objects) {
    const Model = MODELS[`${object.apiVersion}/${object.kind}`];
    if (!Model) {
      findings.push({
        rule: 'schema',
        object: describeObject(object),
        message: `no schema for ${object.apiVersion} ${object.kind} (unknown or retired API version)`,
      });
      continue;
    }
    try {
      new Model(object as never).validate();
    } catch (error) {
      findings.push({
        rule: 'schema',
        object: describeObject(object),
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return findings;
}
