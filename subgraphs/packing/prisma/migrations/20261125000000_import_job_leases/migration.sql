-- Import jobs carry a lease, an attempt number and their input, so a job whose process died is
-- resumed by another one (docs/decisions/0807). Jobs RUNNING before this migration get a lease that
-- has already expired and no input: recovery marks them FAILED, asking the user to import again.

-- AlterTable
ALTER TABLE "packing"."import_jobs" ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "input_csv" TEXT,
ADD COLUMN     "input_currency" TEXT,
ADD COLUMN     "input_list_name" TEXT,
ADD COLUMN     "lease_expires_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "import_jobs_status_lease_expires_at_idx" ON "packing"."import_jobs"("status", "lease_expires_at");
