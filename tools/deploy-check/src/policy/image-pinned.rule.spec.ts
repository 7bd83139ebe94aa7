import { describe, expect, it } from 'vitest';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { checkImagesPinned } from './image-pinned.rule.js';
import { find, renderedProduction } from '../testing/rendered-overlays.js';

describe('pinned images', () => {
  it('pass on the production overlay (tags set by its images: list)', async () => {
    const objects = await renderedProduction();
    expect(checkImagesPinned(objects)).toEqual([]);
    expect(find<IDeployment>(objects, 'Deployment', 'router').spec!.template.spec!.containers[0]!.image).toBe(
      'registry.example.com/packyourbag/router:0.1.0',
    );
  });

  it('catch an image without a tag or with latest, and accept a digest', async () => {
    for (const [image, findings] of [
      ['registry.example.com:5000/packyourbag/web', 1],
      ['packyourbag/web:latest', 1],
      ['packyourbag/web@sha256:0123456789abcdef', 0],
    ] as const) {
      const objects = await renderedProduction();
      find<IDeployment>(objects, 'Deployment', 'web').spec!.template.spec!.containers[0]!.image = image;
      expect(checkImagesPinned(objects).filter((finding) => finding.rule === 'image-pinned')).toHaveLength(
        findings,
      );
    }
  });
});
