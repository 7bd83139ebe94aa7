-- Guests whose sample gear was created (lifecycle event user.created); the primary key makes
-- seeding happen once however often the event is delivered.
CREATE TABLE "packing"."seeded_users" (
    "user_id" UUID NOT NULL,
    "seeded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "seeded_users_pkey" PRIMARY KEY ("user_id")
);
