-- AlterTable
ALTER TABLE "auth"."outbox_events" ADD COLUMN     "trace_parent" TEXT;
