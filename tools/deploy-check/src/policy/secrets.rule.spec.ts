import { describe, expect, it } from 'vitest';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { checkSecrets } from './secrets.rule.js';
import { find, renderedProduction } from '../testing/rendered-overlays.js';
import type { KubeObject } from '../render/kube-object.js';

const production = { production: true };

describe('secret rules', () => {
  it('pass on the production overlay: every secret is a Secret reference', async () => {
    const objects = await renderedProduction();
    expect(checkSecrets(objects, production)).toEqual([]);
    const auth = find<IDeployment>(objects, 'Deployment', 'auth').spec!.template.spec!.containers[0]!;
    expect(
      auth.env?.find((variable) => variable.name === 'KEY_ENCRYPTION_KEY')?.valueFrom?.secretKeyRef,
    ).toEqual({
      name: 'packyourbag-signing-keys',
      key: 'KEY_ENCRYPTION_KEY',
    });
  });

  it('catch a literal env value whose name looks like a secret', async () => {
    const objects = await renderedProduction();
    find<IDeployment>(objects, 'Deployment', 'router').spec!.template.spec!.containers[0]!.env!.push({
      name: 'ROUTER_SECRET',
      value: 'a-literal-router-secret-of-32-chars!',
    });
    expect(checkSecrets(objects, production)).toMatchObject([
      { rule: 'no-literal-secret', object: 'Deployment/packyourbag/router container router' },
    ]);
  });

  it('catch a password inside a literal URL, whatever the variable is called', async () => {
    const objects = await renderedProduction();
    find<IDeployment>(objects, 'Deployment', 'packing').spec!.template.spec!.containers[0]!.env!.push({
      name: 'DATABASE_URL',
      value: 'postgres://pyb_packing:hunter2@postgres:5432/packyourbag',
    });
    expect(checkSecrets(objects, production)).toMatchObject([{ rule: 'no-literal-secret' }]);
  });

  it('catch a secret put in a ConfigMap', async () => {
    const objects = await renderedProduction();
    const config = find<KubeObject & { data: Record<string, string> }>(objects, 'ConfigMap', 'auth-config');
    config.data['KEY_ENCRYPTION_KEY'] = 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=';
    expect(checkSecrets(objects, production)).toMatchObject([
      { rule: 'no-literal-secret', object: expect.stringMatching(/^ConfigMap\/packyourbag\/auth-config-/) },
    ]);
  });

  it('catch a Secret with data in production, and allow one in development', async () => {
    const objects = await renderedProduction();
    objects.push({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'packyourbag-router-proof', namespace: 'packyourbag' },
      stringData: { ROUTER_SECRET: 'committed-by-mistake' },
    });
    expect(checkSecrets(objects, production)).toMatchObject([
      { rule: 'no-secret-data', object: 'Secret/packyourbag/packyourbag-router-proof' },
    ]);
    expect(checkSecrets(objects, { production: false })).toEqual([]);
  });
});
