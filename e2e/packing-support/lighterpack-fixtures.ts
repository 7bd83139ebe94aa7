import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A file of subgraphs/packing/fixtures/lighterpack (LighterPack's exact format and variants; see its README). */
export function lighterPackFixture(name: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../../subgraphs/packing/fixtures/lighterpack/${name}`, import.meta.url)),
    'utf8',
  );
}

export const LIGHTERPACK_HEADER = 'Item Name,Category,desc,qty,weight,unit,url,price,worn,consumable';

/** The totals every fixture imports to, computed by hand in the fixtures' spec. */
export const FIXTURE_SUMMARY = {
  totalMg: 3_624_490,
  wornMg: 900_000,
  consumableMg: 1_400_000,
  baseMg: 1_324_490,
};

export const IMPORT_LIST = /* GraphQL */ `
  mutation ($csv: String!, $name: String!, $skip: Boolean) {
    importLighterPackCsv(csv: $csv, listName: $name, skipRowsWithProblems: $skip) {
      id
      entries {
        item {
          id
          name
          weightMg
          weightUnit
          category {
            name
          }
        }
        quantity
        wornQuantity
        consumable
      }
      summary {
        totalMg
        wornMg
        consumableMg
        baseMg
      }
    }
  }
`;

export interface ImportedList {
  id: string;
  entries: {
    item: {
      id: string;
      name: string;
      weightMg: number;
      weightUnit: string;
      category: { name: string } | null;
    };
    quantity: number;
    wornQuantity: number;
    consumable: boolean;
  }[];
  summary: typeof FIXTURE_SUMMARY;
}
