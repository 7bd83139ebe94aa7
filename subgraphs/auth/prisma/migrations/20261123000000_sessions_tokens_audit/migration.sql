-- CreateEnum
CREATE TYPE "auth"."SecurityEventType" AS ENUM ('SIGN_UP', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_IN_THROTTLED', 'REFRESH_REUSE_DETECTED', 'PASSWORD_CHANGED', 'SESSION_REVOKED', 'SIGNED_OUT', 'SIGNED_OUT_EVERYWHERE', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'ACCOUNT_DELETED', 'GUEST_STARTED', 'GUEST_UPGRADED', 'KEY_ROTATED');

-- AlterTable
ALTER TABLE "auth"."users" ADD COLUMN     "is_guest" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "last_active_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "email" DROP NOT NULL,
ALTER COLUMN "password_hash" DROP NOT NULL;

-- AlterTable
ALTER TABLE "auth"."signing_keys" ADD COLUMN     "latest_expires_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "auth"."sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "revoke_reason" TEXT,
    "user_agent" TEXT,
    "ip" TEXT,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."refresh_tokens" (
    "id" UUID NOT NULL,
    "family_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "parent_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "used_at" TIMESTAMPTZ(3),
    "replaced_by" UUID,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "refresh_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."personal_access_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "scopes" TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "signing_key_id" TEXT NOT NULL,

    CONSTRAINT "personal_access_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."security_events" (
    "id" BIGSERIAL NOT NULL,
    "type" "auth"."SecurityEventType" NOT NULL,
    "user_id" UUID,
    "ip" TEXT,
    "user_agent" TEXT,
    "details" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "security_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."outbox_events" (
    "id" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "auth"."sign_in_throttles" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "last_failure_at" TIMESTAMPTZ(3) NOT NULL,
    "locked_until" TIMESTAMPTZ(3),

    CONSTRAINT "sign_in_throttles_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "auth"."sessions"("user_id");

-- CreateIndex
CREATE INDEX "sessions_revoked_at_idx" ON "auth"."sessions"("revoked_at");

-- CreateIndex
CREATE UNIQUE INDEX "refresh_tokens_token_hash_key" ON "auth"."refresh_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "refresh_tokens_family_id_idx" ON "auth"."refresh_tokens"("family_id");

-- CreateIndex
CREATE INDEX "personal_access_tokens_user_id_idx" ON "auth"."personal_access_tokens"("user_id");

-- CreateIndex
CREATE INDEX "security_events_user_id_id_idx" ON "auth"."security_events"("user_id", "id");

-- CreateIndex
CREATE INDEX "users_is_guest_last_active_at_idx" ON "auth"."users"("is_guest", "last_active_at");

-- AddForeignKey
ALTER TABLE "auth"."sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "auth"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth"."refresh_tokens" ADD CONSTRAINT "refresh_tokens_family_id_fkey" FOREIGN KEY ("family_id") REFERENCES "auth"."sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "auth"."personal_access_tokens" ADD CONSTRAINT "personal_access_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "auth"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: what Prisma cannot express ------------------------------------------------------

-- A guest has neither email nor password; everyone else has both.
ALTER TABLE "auth"."users" ADD CONSTRAINT "users_guest_or_credentials_check" CHECK (
    ("is_guest" AND "email" IS NULL AND "password_hash" IS NULL)
    OR (NOT "is_guest" AND "email" IS NOT NULL AND "password_hash" IS NOT NULL)
);

ALTER TABLE "auth"."sessions" ADD CONSTRAINT "sessions_expiry_check" CHECK ("expires_at" > "created_at");

ALTER TABLE "auth"."personal_access_tokens"
    ALTER COLUMN "scopes" SET NOT NULL,
    ADD CONSTRAINT "personal_access_tokens_scopes_check" CHECK (
        cardinality("scopes") > 0
        AND "scopes" <@ ARRAY['packing:read', 'packing:write', 'preferences:read', 'preferences:write']::TEXT[]
    ),
    ADD CONSTRAINT "personal_access_tokens_name_check" CHECK (char_length("name") BETWEEN 1 AND 100),
    ADD CONSTRAINT "personal_access_tokens_expiry_check" CHECK ("expires_at" > "created_at");

-- The publisher (issue 6) reads only what is still to send.
CREATE INDEX "outbox_events_unpublished_idx" ON "auth"."outbox_events"("created_at") WHERE "published_at" IS NULL;

-- The audit log is append-only for every role, the service's included (its DML grant is table-wide):
-- a row can be added and read, never changed or removed. See docs/decisions/0605.
CREATE FUNCTION "auth"."refuse_security_event_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'auth.security_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER "security_events_append_only"
    BEFORE UPDATE OR DELETE ON "auth"."security_events"
    FOR EACH ROW EXECUTE FUNCTION "auth"."refuse_security_event_change"();

CREATE TRIGGER "security_events_no_truncate"
    BEFORE TRUNCATE ON "auth"."security_events"
    FOR EACH STATEMENT EXECUTE FUNCTION "auth"."refuse_security_event_change"();

-- The revocation feed reads deleted accounts' sessions and tokens from their ACCOUNT_DELETED events.
CREATE INDEX "security_events_account_deleted_idx" ON "auth"."security_events"("created_at")
    WHERE "type" = 'ACCOUNT_DELETED';
