import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImages, readImagesInput, repositoryDir, type ImagesInput } from './check-images.js';
import { parseDockerfile } from './dockerfile.js';

const REAL = readFileSync(join(repositoryDir, 'Dockerfile'), 'utf8');

/** The repository's real input, with the root Dockerfile's text changed by `edit`. */
async function withDockerfile(edit: (text: string) => string): Promise<ImagesInput> {
  const input = await readImagesInput();
  const edited = edit(REAL);
  expect(edited).not.toBe(REAL);
  return { ...input, dockerfiles: [parseDockerfile('Dockerfile', edited)] };
}

const rulesOf = (input: ImagesInput) => checkImages(input).findings.map((finding) => finding.rule);

describe('the image rules', () => {
  it('pass on the repository: one Dockerfile whose images are what compose builds and the manifests run', async () => {
    const report = checkImages(await readImagesInput());
    expect(report.findings).toEqual([]);
    expect(report.images).toEqual(['Dockerfile: router, subgraph, web, migrate, backup']);
  });

  it('catch an image that runs as root, inherited or set', async () => {
    const noUser = checkImages(await withDockerfile((text) => text.replace(/^USER node$/m, '')));
    expect(noUser.findings.filter((finding) => finding.rule === 'image-non-root')).toHaveLength(4);
    const backToRoot = await withDockerfile((text) =>
      text.replace('WORKDIR /app/web\n', 'WORKDIR /app/web\nUSER 0:0\n'),
    );
    expect(checkImages(backToRoot).findings).toEqual([
      expect.objectContaining({
        rule: 'image-non-root',
        message: expect.stringContaining('"web" runs as 0:0'),
      }),
    ]);
  });

  it('catch dev dependencies: installed for an image, copied out of the build, or inherited', async () => {
    const withDev = await withDockerfile((text) =>
      text.replace(
        '--omit=dev --include-workspace-root=false -w @packyourbag/router',
        '-w @packyourbag/router',
      ),
    );
    expect(rulesOf(withDev)).toContain('image-production-dependencies');
    const copied = await withDockerfile((text) =>
      text.replace(
        'COPY --from=build-router /out/ ./',
        'COPY --from=build-router /out/ ./\nCOPY --from=build-packages /repo/node_modules node_modules',
      ),
    );
    expect(rulesOf(copied)).toEqual(['image-production-dependencies']);
    const everything = await withDockerfile((text) =>
      text.replace('COPY --from=build-web /out/ ./', 'COPY --from=build-web /repo/ ./'),
    );
    expect(rulesOf(everything)).toEqual(['image-production-dependencies']);
    const inherited = await withDockerfile((text) =>
      text.replace('FROM runtime AS migrate', 'FROM build-migrate AS migrate'),
    );
    expect(rulesOf(inherited)).toContain('image-production-dependencies');
  });

  it('catch files handed to the process (chown, COPY --chown, VOLUME)', async () => {
    const chowned = await withDockerfile((text) =>
      text.replace('COPY --from=build-web /out/ ./', 'COPY --chown=node --from=build-web /out/ ./'),
    );
    expect(rulesOf(chowned)).toEqual(['image-read-only-root']);
    const volume = await withDockerfile((text) =>
      text.replace('EXPOSE 3000', 'EXPOSE 3000\nVOLUME /app/web/.next'),
    );
    expect(rulesOf(volume)).toEqual(['image-read-only-root']);
  });

  it('catch repeated build work: a copied stage, a workspace compiled twice, a second full install', async () => {
    const repeated = await withDockerfile(
      (text) =>
        `${text}\nFROM \${NODE_IMAGE} AS manifests-again\nWORKDIR /repo\nCOPY --from=sources /manifests/ ./\nENV NEXT_TELEMETRY_DISABLED=1\n`,
    );
    expect(checkImages(repeated).findings).toContainEqual(
      expect.objectContaining({
        rule: 'image-shared-stages',
        message: expect.stringContaining('repeats Dockerfile'),
      }),
    );
    const input = await readImagesInput();
    const second = parseDockerfile(
      'router/Dockerfile',
      [
        'FROM node:20 AS build',
        'WORKDIR /repo',
        'COPY . .',
        'RUN npm ci && npm run build -w @packyourbag/router',
        'FROM node:20',
        'COPY --from=build /repo/router/dist dist',
        'USER node',
      ].join('\n'),
    );
    const findings = checkImages({ ...input, dockerfiles: [...input.dockerfiles, second] }).findings;
    expect(findings.map((finding) => finding.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('@packyourbag/router is compiled again'),
        expect.stringContaining('the install with dev dependencies runs 2 times'),
      ]),
    );
  });

  it('catch compose building a stage that is not an image, and a manifest image nobody builds', async () => {
    const input = await readImagesInput();
    input.compose.services.router!.build!.target = 'build-router';
    delete input.compose.services.web!.image;
    const findings = checkImages(input).findings;
    expect(findings.map((finding) => [finding.rule, finding.object])).toEqual([
      ['image-targets', 'docker-compose.yml services.router'],
      ['image-targets', 'docker-compose.yml services.web'],
      ['image-targets', 'deploy/kubernetes packyourbag/web'],
    ]);
  });
});
