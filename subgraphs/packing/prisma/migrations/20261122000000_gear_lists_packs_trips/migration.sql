-- CreateEnum
CREATE TYPE "packing"."trip_status" AS ENUM ('PLANNING', 'PACKING', 'DONE');

-- CreateEnum
CREATE TYPE "packing"."import_status" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- AlterTable
ALTER TABLE "packing"."items" ADD COLUMN     "archived" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "category_id" UUID,
ADD COLUMN     "currency" CHAR(3),
ADD COLUMN     "link" TEXT,
ADD COLUMN     "notes" TEXT,
ADD COLUMN     "price_minor" INTEGER,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "packing"."categories" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "color_index" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "packing"."lists" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "color_index" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lists_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "packing"."list_entries" (
    "id" UUID NOT NULL,
    "list_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "worn_quantity" INTEGER NOT NULL DEFAULT 0,
    "consumable" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "list_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "packing"."packs" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "packs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "packing"."pack_lists" (
    "pack_id" UUID NOT NULL,
    "list_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "pack_lists_pkey" PRIMARY KEY ("pack_id","list_id")
);

-- CreateTable
CREATE TABLE "packing"."pack_entries" (
    "id" UUID NOT NULL,
    "pack_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "worn_quantity" INTEGER NOT NULL DEFAULT 0,
    "consumable" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "pack_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "packing"."trips" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "start_date" DATE,
    "end_date" DATE,
    "destination" TEXT,
    "notes" TEXT,
    "status" "packing"."trip_status" NOT NULL DEFAULT 'PLANNING',
    "pack_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "trips_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "packing"."trip_checks" (
    "trip_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "checked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "trip_checks_pkey" PRIMARY KEY ("trip_id","item_id")
);

-- CreateTable
CREATE TABLE "packing"."share_links" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "list_id" UUID,
    "pack_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "share_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "packing"."import_jobs" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "status" "packing"."import_status" NOT NULL DEFAULT 'RUNNING',
    "total_rows" INTEGER NOT NULL,
    "processed_rows" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "list_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "import_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "categories_owner_id_idx" ON "packing"."categories"("owner_id");

-- CreateIndex
CREATE INDEX "lists_owner_id_created_at_id_idx" ON "packing"."lists"("owner_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "list_entries_list_id_position_idx" ON "packing"."list_entries"("list_id", "position");

-- CreateIndex
CREATE INDEX "list_entries_item_id_idx" ON "packing"."list_entries"("item_id");

-- CreateIndex
CREATE UNIQUE INDEX "list_entries_list_id_item_id_key" ON "packing"."list_entries"("list_id", "item_id");

-- CreateIndex
CREATE INDEX "packs_owner_id_created_at_id_idx" ON "packing"."packs"("owner_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "pack_lists_list_id_idx" ON "packing"."pack_lists"("list_id");

-- CreateIndex
CREATE INDEX "pack_entries_item_id_idx" ON "packing"."pack_entries"("item_id");

-- CreateIndex
CREATE UNIQUE INDEX "pack_entries_pack_id_item_id_key" ON "packing"."pack_entries"("pack_id", "item_id");

-- CreateIndex
CREATE INDEX "trips_owner_id_created_at_id_idx" ON "packing"."trips"("owner_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "trips_pack_id_idx" ON "packing"."trips"("pack_id");

-- CreateIndex
CREATE UNIQUE INDEX "share_links_token_key" ON "packing"."share_links"("token");

-- CreateIndex
CREATE INDEX "share_links_list_id_idx" ON "packing"."share_links"("list_id");

-- CreateIndex
CREATE INDEX "share_links_pack_id_idx" ON "packing"."share_links"("pack_id");

-- CreateIndex
CREATE INDEX "import_jobs_owner_id_idx" ON "packing"."import_jobs"("owner_id");

-- CreateIndex
CREATE INDEX "items_category_id_idx" ON "packing"."items"("category_id");

-- AddForeignKey
ALTER TABLE "packing"."items" ADD CONSTRAINT "items_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "packing"."categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packing"."list_entries" ADD CONSTRAINT "list_entries_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "packing"."lists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packing"."list_entries" ADD CONSTRAINT "list_entries_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "packing"."items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packing"."pack_lists" ADD CONSTRAINT "pack_lists_pack_id_fkey" FOREIGN KEY ("pack_id") REFERENCES "packing"."packs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packing"."pack_lists" ADD CONSTRAINT "pack_lists_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "packing"."lists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packing"."pack_entries" ADD CONSTRAINT "pack_entries_pack_id_fkey" FOREIGN KEY ("pack_id") REFERENCES "packing"."packs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packing"."pack_entries" ADD CONSTRAINT "pack_entries_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "packing"."items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packing"."trips" ADD CONSTRAINT "trips_pack_id_fkey" FOREIGN KEY ("pack_id") REFERENCES "packing"."packs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packing"."trip_checks" ADD CONSTRAINT "trip_checks_trip_id_fkey" FOREIGN KEY ("trip_id") REFERENCES "packing"."trips"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packing"."trip_checks" ADD CONSTRAINT "trip_checks_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "packing"."items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packing"."share_links" ADD CONSTRAINT "share_links_list_id_fkey" FOREIGN KEY ("list_id") REFERENCES "packing"."lists"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "packing"."share_links" ADD CONSTRAINT "share_links_pack_id_fkey" FOREIGN KEY ("pack_id") REFERENCES "packing"."packs"("id") ON DELETE CASCADE ON UPDATE CASCADE;



-- Hand-added: the database refuses what validation refuses, whatever writes to it.
ALTER TABLE "packing"."items"
  ADD CONSTRAINT "items_price_range" CHECK ("price_minor" IS NULL OR ("price_minor" >= 0 AND "price_minor" < 1000000000)),
  ADD CONSTRAINT "items_price_currency_together" CHECK (("price_minor" IS NULL) = ("currency" IS NULL)),
  ADD CONSTRAINT "items_currency_code" CHECK ("currency" IS NULL OR "currency" ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT "items_link_scheme" CHECK ("link" IS NULL OR "link" ~* '^https?://'),
  ADD CONSTRAINT "items_version_positive" CHECK ("version" >= 1);

ALTER TABLE "packing"."categories"
  ADD CONSTRAINT "categories_name_length" CHECK (char_length("name") BETWEEN 1 AND 200),
  ADD CONSTRAINT "categories_color_index_range" CHECK ("color_index" BETWEEN 0 AND 9);
-- Names are unique per owner regardless of case (the CSV import matches categories by name).
CREATE UNIQUE INDEX "categories_owner_id_lower_name_key" ON "packing"."categories"("owner_id", lower("name"));

ALTER TABLE "packing"."lists"
  ADD CONSTRAINT "lists_name_length" CHECK (char_length("name") BETWEEN 1 AND 200),
  ADD CONSTRAINT "lists_color_index_range" CHECK ("color_index" IS NULL OR "color_index" BETWEEN 0 AND 9);

ALTER TABLE "packing"."list_entries"
  ADD CONSTRAINT "list_entries_quantity_range" CHECK ("quantity" BETWEEN 1 AND 999),
  ADD CONSTRAINT "list_entries_worn_range" CHECK ("worn_quantity" BETWEEN 0 AND "quantity");

ALTER TABLE "packing"."packs"
  ADD CONSTRAINT "packs_name_length" CHECK (char_length("name") BETWEEN 1 AND 200);

ALTER TABLE "packing"."pack_entries"
  ADD CONSTRAINT "pack_entries_quantity_range" CHECK ("quantity" BETWEEN 1 AND 999),
  ADD CONSTRAINT "pack_entries_worn_range" CHECK ("worn_quantity" BETWEEN 0 AND "quantity");

ALTER TABLE "packing"."trips"
  ADD CONSTRAINT "trips_name_length" CHECK (char_length("name") BETWEEN 1 AND 200),
  ADD CONSTRAINT "trips_dates_ordered" CHECK ("start_date" IS NULL OR "end_date" IS NULL OR "start_date" <= "end_date");

ALTER TABLE "packing"."share_links"
  ADD CONSTRAINT "share_links_one_target" CHECK (("list_id" IS NULL) <> ("pack_id" IS NULL));
