-- DropIndex
DROP INDEX "SanctionAction_dateStart_id_idx";

-- DropIndex
DROP INDEX "SanctionAction_jurisdiction_dateStart_idx";

-- DropIndex
DROP INDEX "SanctionAction_kind_idx";

-- DropIndex
DROP INDEX "SanctionAction_status_idx";

-- AlterTable
ALTER TABLE "SanctionAction" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sortAuthority" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sortInstruments" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sortTargets" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceCount" INTEGER NOT NULL DEFAULT 0;
