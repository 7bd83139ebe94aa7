-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "packing";

-- CreateTable
CREATE TABLE "packing"."items" (
    "id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "weight_mg" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "items_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "items_owner_id_created_at_id_idx" ON "packing"."items"("owner_id", "created_at" DESC, "id" DESC);


-- Hand-added: the database refuses what validation refuses, whatever writes to it.
ALTER TABLE "packing"."items"
  ADD CONSTRAINT "items_name_length" CHECK (char_length("name") BETWEEN 1 AND 200),
  ADD CONSTRAINT "items_weight_mg_range" CHECK ("weight_mg" >= 0 AND "weight_mg" < 100000000);
