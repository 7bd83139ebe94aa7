import { describe, expect, it } from 'vitest';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IJob } from 'kubernetes-models/batch/v1/Job';
import { checkPodSecurity } from './pod-security.rule.js';
import { find, renderedProduction, rulesOf } from '../testing/rendered-overlays.js';
import type { KubeObject } from '../render/kube-object.js';

/** The rules broken after `mutate` changed the rendered production overlay's router Deployment. */
async function afterMutatingRouter(mutate: (router: IDeployment) => void): Promise<string[]> {
  const objects = await renderedProduction();
  mutate(find<IDeployment>(objects, 'Deployment', 'router'));
  return rulesOf(checkPodSecurity(objects));
}

const container = (deployment: IDeployment) => deployment.spec!.template.spec!.containers[0]!;

describe('pod security rules', () => {
  it('pass on every workload of the production overlay', async () => {
    expect(checkPodSecurity(await renderedProduction())).toEqual([]);
  });

  it('catch a container that may run as root', async () => {
    expect(
      await afterMutatingRouter((router) => {
        delete container(router).securityContext!.runAsNonRoot;
        delete router.spec!.template.spec!.securityContext!.runAsNonRoot;
      }),
    ).toEqual(['run-as-non-root']);
    expect(await afterMutatingRouter((router) => (container(router).securityContext!.runAsUser = 0))).toEqual(
      ['run-as-non-root'],
    );
  });

  it('catch a writable root filesystem', async () => {
    expect(
      await afterMutatingRouter(
        (router) => (container(router).securityContext!.readOnlyRootFilesystem = false),
      ),
    ).toEqual(['read-only-root-filesystem']);
  });

  it('catch a writable mount other than /tmp, and accept it read-only', async () => {
    const mount = { name: 'tmp', mountPath: '/app/web/.next/cache' };
    expect(await afterMutatingRouter((router) => container(router).volumeMounts!.push({ ...mount }))).toEqual(
      ['writable-tmp-only'],
    );
    expect(
      await afterMutatingRouter((router) =>
        container(router).volumeMounts!.push({ ...mount, readOnly: true }),
      ),
    ).toEqual([]);
  });

  it('catch privilege escalation and privileged containers', async () => {
    expect(
      await afterMutatingRouter(
        (router) => delete container(router).securityContext!.allowPrivilegeEscalation,
      ),
    ).toEqual(['no-privilege-escalation']);
    expect(
      await afterMutatingRouter((router) => (container(router).securityContext!.privileged = true)),
    ).toEqual(['no-privilege-escalation']);
  });

  it('catch capabilities kept or added', async () => {
    expect(
      await afterMutatingRouter(
        (router) => (container(router).securityContext!.capabilities = { drop: ['NET_RAW'] }),
      ),
    ).toEqual(['drop-all-capabilities']);
    expect(
      await afterMutatingRouter(
        (router) =>
          (container(router).securityContext!.capabilities = { drop: ['ALL'], add: ['NET_BIND_SERVICE'] }),
      ),
    ).toEqual(['drop-all-capabilities']);
  });

  it('catch a missing or unconfined seccomp profile', async () => {
    expect(
      await afterMutatingRouter((router) => {
        delete container(router).securityContext!.seccompProfile;
        router.spec!.template.spec!.securityContext!.seccompProfile = { type: 'Unconfined' };
      }),
    ).toEqual(['seccomp-runtime-default']);
  });

  it('apply to the migration job and to init containers too', async () => {
    const objects: KubeObject[] = await renderedProduction();
    const job = find<IJob>(objects, 'Job', 'migrate');
    job.spec!.template.spec!.containers[0]!.securityContext!.readOnlyRootFilesystem = false;
    const router = find<IDeployment>(objects, 'Deployment', 'router');
    router.spec!.template.spec!.initContainers = [{ name: 'wait', image: 'busybox:1.36' }];
    const findings = checkPodSecurity(objects);
    expect(findings.filter((finding) => finding.object.includes('Job/'))).toMatchObject([
      { rule: 'read-only-root-filesystem', object: 'Job/packyourbag/migrate container migrate' },
    ]);
    expect(rulesOf(findings.filter((finding) => finding.object.endsWith('container wait')))).toEqual([
      'drop-all-capabilities',
      'no-privilege-escalation',
      'read-only-root-filesystem',
    ]);
  });
});
