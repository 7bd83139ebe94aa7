-- Items keep the unit their weight was entered in (the LighterPack export writes each item in its
-- own unit); existing items were entered in milligrams through the API and get G. An import job
-- remembers whether it leaves rows with problems out, so a resumed job does the same
-- (docs/decisions/0809).

-- AlterTable
ALTER TABLE "packing"."import_jobs" ADD COLUMN     "skip_rows_with_problems" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "packing"."items" ADD COLUMN     "weight_unit" TEXT NOT NULL DEFAULT 'G';

ALTER TABLE "packing"."items" ADD CONSTRAINT "items_weight_unit_check" CHECK ("weight_unit" IN ('G', 'KG', 'OZ', 'LB'));
