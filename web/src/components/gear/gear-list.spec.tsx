import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { GearList } from './gear-list';

const items = [
  { id: '1', name: 'Tent', weightMg: 1_200_000 },
  { id: '2', name: 'Stove <MSR>', weightMg: 73_000 },
];

describe('GearList', () => {
  it('lists each item with its weight in the chosen unit, and the total', () => {
    const html = renderToStaticMarkup(<GearList items={items} unit="KG" />);
    expect(html).toContain('<th scope="row">Tent</th><td class="numeric">1.2 kg</td>');
    expect(html).toContain('<td class="numeric">0.073 kg</td>');
    expect(html).toContain('Total (2 items)</th><td class="numeric">1.273 kg</td>');
  });

  it('switches units without touching the data', () => {
    const html = renderToStaticMarkup(<GearList items={items} unit="OZ" />);
    expect(html).toContain('42.33 oz');
    expect(html).toContain('2.57 oz');
  });

  it('escapes item names', () => {
    expect(renderToStaticMarkup(<GearList items={items} unit="G" />)).toContain('Stove &lt;MSR&gt;');
  });

  it('says so when the library is empty', () => {
    expect(renderToStaticMarkup(<GearList items={[]} unit="G" />)).toContain('No gear yet');
  });
});
