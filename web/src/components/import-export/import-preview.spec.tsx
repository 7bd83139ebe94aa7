import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImportPreview } from './import-preview';

describe('ImportPreview', () => {
  const rows = [
    ['Item Name', 'weight'],
    ['Tent', '1200'],
    ['Stove', 'heavy'],
  ];

  it('marks the refused cell of the row the API named, with its message', () => {
    const html = renderToStaticMarkup(
      <ImportPreview rows={rows} errors={[{ row: 2, column: 'weight', message: 'not a number' }]} />,
    );
    expect(html).toContain('2 rows, 1 with problems');
    expect(html).toMatch(
      /<tr class="row-error"><th scope="row">2<\/th><td>Stove<\/td><td aria-invalid="true">heavy/,
    );
    expect(html).toContain('not a number');
    expect(html).not.toMatch(/<th scope="row">1<\/th><td>Tent<\/td><td aria-invalid/);
  });

  it('says what to do before a file is chosen', () => {
    expect(renderToStaticMarkup(<ImportPreview rows={[]} errors={[]} />)).toContain(
      'Choose a LighterPack CSV file',
    );
  });
});
