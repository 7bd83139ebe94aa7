-- AlterTable
ALTER TABLE "packing"."lists" ADD COLUMN     "category_order" UUID[] DEFAULT ARRAY[]::UUID[];

-- AlterTable
ALTER TABLE "packing"."packs" ADD COLUMN     "category_order" UUID[] DEFAULT ARRAY[]::UUID[];

-- Added by hand (Prisma cannot express it): an order names at most the 100 categories a user may have.
ALTER TABLE "packing"."lists"
  ADD CONSTRAINT "lists_category_order_size" CHECK (cardinality("category_order") <= 100);
ALTER TABLE "packing"."packs"
  ADD CONSTRAINT "packs_category_order_size" CHECK (cardinality("category_order") <= 100);
