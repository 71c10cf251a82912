-- CreateEnum
CREATE TYPE "ListSource" AS ENUM ('OFAC_SDN', 'OFAC_CONSOLIDATED', 'EU_FSF', 'UN_SC', 'UK_OFSI', 'UK_FCDO');

-- CreateEnum
CREATE TYPE "ListFormat" AS ENUM ('OFAC_CSV', 'OFAC_XML', 'OFAC_ADVANCED_XML', 'EU_XML', 'UN_XML', 'UK_OFSI_CSV', 'UK_FCDO_XML');

-- CreateEnum
CREATE TYPE "ListMatchKind" AS ENUM ('SAME_LIST_ID', 'NAME', 'CREATED');

-- CreateTable
CREATE TABLE "ListImport" (
    "id" SERIAL NOT NULL,
    "source" "ListSource" NOT NULL,
    "format" "ListFormat" NOT NULL,
    "fileNames" TEXT[],
    "sha256" TEXT NOT NULL,
    "publishedAt" DATE,
    "publishedBasis" TEXT NOT NULL,
    "entryCount" INTEGER NOT NULL,
    "designations" INTEGER NOT NULL,
    "delistings" INTEGER NOT NULL,
    "amendments" INTEGER NOT NULL,
    "targetsCreated" INTEGER NOT NULL,
    "targetsMatched" INTEGER NOT NULL,
    "unknownProgrammes" TEXT[],
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ListImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListEntry" (
    "id" SERIAL NOT NULL,
    "importId" INTEGER NOT NULL,
    "listId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[],
    "weakAliases" TEXT[],
    "entryType" TEXT NOT NULL,
    "targetKind" "TargetKind" NOT NULL,
    "programmes" TEXT[],
    "legalBasis" TEXT[],
    "remarks" TEXT,
    "listedText" TEXT,
    "listedStart" DATE,
    "listedEnd" DATE,
    "listedPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "listedBasis" TEXT,
    "location" TEXT NOT NULL,
    "targetId" INTEGER,
    "matchKind" "ListMatchKind",
    "matchConfidence" DOUBLE PRECISION,
    "matchReason" TEXT,

    CONSTRAINT "ListEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ListEntryCandidate" (
    "entryId" INTEGER NOT NULL,
    "targetId" INTEGER NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "ListEntryCandidate_pkey" PRIMARY KEY ("entryId","targetId")
);

-- CreateTable
CREATE TABLE "ActionListEntry" (
    "actionId" INTEGER NOT NULL,
    "entryId" INTEGER NOT NULL,
    "importId" INTEGER NOT NULL,

    CONSTRAINT "ActionListEntry_pkey" PRIMARY KEY ("actionId","entryId")
);

-- CreateIndex
CREATE INDEX "ListImport_source_publishedAt_idx" ON "ListImport"("source", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ListImport_source_sha256_key" ON "ListImport"("source", "sha256");

-- CreateIndex
CREATE INDEX "ListEntry_targetId_idx" ON "ListEntry"("targetId");

-- CreateIndex
CREATE INDEX "ListEntry_listId_idx" ON "ListEntry"("listId");

-- CreateIndex
CREATE UNIQUE INDEX "ListEntry_importId_listId_key" ON "ListEntry"("importId", "listId");

-- CreateIndex
CREATE INDEX "ListEntryCandidate_targetId_idx" ON "ListEntryCandidate"("targetId");

-- CreateIndex
CREATE INDEX "ActionListEntry_entryId_idx" ON "ActionListEntry"("entryId");

-- CreateIndex
CREATE INDEX "ActionListEntry_importId_idx" ON "ActionListEntry"("importId");

-- AddForeignKey
ALTER TABLE "ListEntry" ADD CONSTRAINT "ListEntry_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ListImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListEntry" ADD CONSTRAINT "ListEntry_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListEntryCandidate" ADD CONSTRAINT "ListEntryCandidate_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ListEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ListEntryCandidate" ADD CONSTRAINT "ListEntryCandidate_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionListEntry" ADD CONSTRAINT "ActionListEntry_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "SanctionAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionListEntry" ADD CONSTRAINT "ActionListEntry_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ListEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionListEntry" ADD CONSTRAINT "ActionListEntry_importId_fkey" FOREIGN KEY ("importId") REFERENCES "ListImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;
