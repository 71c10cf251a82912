-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Jurisdiction" AS ENUM ('US', 'EU', 'UN', 'UK');

-- CreateEnum
CREATE TYPE "AuthorityKind" AS ENUM ('GOVERNMENT_DEPARTMENT', 'EXECUTIVE_ADMINISTRATION', 'NATIONAL_GOVERNMENT', 'INTERGOVERNMENTAL_COUNCIL', 'INTERGOVERNMENTAL_BODY', 'ADVOCACY_GROUP', 'COMMENTATOR');

-- CreateEnum
CREATE TYPE "InstrumentKind" AS ENUM ('EXECUTIVE_ORDER', 'REGULATION', 'DECISION', 'STATUTE', 'UN_RESOLUTION', 'STATUTORY_INSTRUMENT', 'PROGRAMME', 'OTHER');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('GOVERNMENT_BODY', 'ORGANISATION', 'PERSON', 'VESSEL', 'AIRCRAFT', 'COUNTRY', 'CLASS');

-- CreateEnum
CREATE TYPE "AliasKind" AS ENUM ('PRIMARY', 'AKA', 'FKA', 'ACRONYM', 'SPELLING');

-- CreateEnum
CREATE TYPE "TargetRelationKind" AS ENUM ('HEADS', 'FORMERLY_HEADED', 'PART_OF', 'OFFICIAL_OF', 'CONTROLLED_BY', 'AFFILIATED_WITH');

-- CreateEnum
CREATE TYPE "ActionKind" AS ENUM ('DESIGNATION', 'DELISTING', 'AMENDMENT', 'REIMPOSITION', 'WAIVER_TERMINATION', 'PROPOSAL');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('IN_FORCE', 'LIFTED', 'PROPOSED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'SPAN', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "GroundCategory" AS ENUM ('HUMAN_RIGHTS', 'TERRORISM', 'PROLIFERATION', 'CYBER', 'SYRIA_SUPPORT', 'HOSTAGE_TAKING', 'ECONOMIC_PRESSURE', 'OTHER');

-- CreateEnum
CREATE TYPE "EvidenceField" AS ENUM ('WHOLE', 'AUTHORITY', 'TARGET', 'DATE', 'INSTRUMENT', 'GROUNDS', 'STATUS');

-- CreateEnum
CREATE TYPE "ActionOrigin" AS ENUM ('ARTICLE', 'OFFICIAL_LIST');

-- CreateTable
CREATE TABLE "Authority" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "jurisdiction" "Jurisdiction",
    "kind" "AuthorityKind" NOT NULL,

    CONSTRAINT "Authority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalInstrument" (
    "id" SERIAL NOT NULL,
    "citation" TEXT NOT NULL,
    "kind" "InstrumentKind" NOT NULL,
    "jurisdiction" "Jurisdiction",
    "title" TEXT,
    "date" DATE,

    CONSTRAINT "LegalInstrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TargetKind" NOT NULL,
    "country" TEXT,
    "description" TEXT,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetAlias" (
    "id" SERIAL NOT NULL,
    "targetId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    "kind" "AliasKind" NOT NULL,

    CONSTRAINT "TargetAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetRelation" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" "TargetRelationKind" NOT NULL,
    "note" TEXT,

    CONSTRAINT "TargetRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SourceDocument" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "author" TEXT,
    "publisher" TEXT,
    "publishedText" TEXT,
    "publishedStart" DATE,
    "publishedEnd" DATE,
    "publishedPrecision" "DatePrecision" NOT NULL DEFAULT 'UNKNOWN',
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,

    CONSTRAINT "SourceDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SanctionAction" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ActionKind" NOT NULL,
    "status" "ActionStatus" NOT NULL,
    "origin" "ActionOrigin" NOT NULL DEFAULT 'ARTICLE',
    "jurisdiction" "Jurisdiction" NOT NULL,
    "authorityId" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "dateText" TEXT,
    "dateStart" DATE,
    "dateEnd" DATE,
    "datePrecision" "DatePrecision" NOT NULL,
    "dateBasis" TEXT,
    "groundsText" TEXT,
    "groundCategories" "GroundCategory"[],
    "note" TEXT,

    CONSTRAINT "SanctionAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionTarget" (
    "actionId" INTEGER NOT NULL,
    "targetId" INTEGER NOT NULL,

    CONSTRAINT "ActionTarget_pkey" PRIMARY KEY ("actionId","targetId")
);

-- CreateTable
CREATE TABLE "ActionInstrument" (
    "actionId" INTEGER NOT NULL,
    "instrumentId" INTEGER NOT NULL,

    CONSTRAINT "ActionInstrument_pkey" PRIMARY KEY ("actionId","instrumentId")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "actionId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "field" "EvidenceField" NOT NULL,
    "quote" TEXT NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Authority_slug_key" ON "Authority"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "LegalInstrument_citation_key" ON "LegalInstrument"("citation");

-- CreateIndex
CREATE UNIQUE INDEX "Target_slug_key" ON "Target"("slug");

-- CreateIndex
CREATE INDEX "Target_name_idx" ON "Target"("name");

-- CreateIndex
CREATE UNIQUE INDEX "TargetAlias_targetId_alias_key" ON "TargetAlias"("targetId", "alias");

-- CreateIndex
CREATE INDEX "TargetRelation_toId_idx" ON "TargetRelation"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "TargetRelation_fromId_toId_kind_key" ON "TargetRelation"("fromId", "toId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_slug_key" ON "SourceDocument"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_contentHash_key" ON "SourceDocument"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "SanctionAction_slug_key" ON "SanctionAction"("slug");

-- CreateIndex
CREATE INDEX "SanctionAction_dateStart_id_idx" ON "SanctionAction"("dateStart", "id");

-- CreateIndex
CREATE INDEX "SanctionAction_jurisdiction_dateStart_idx" ON "SanctionAction"("jurisdiction", "dateStart");

-- CreateIndex
CREATE INDEX "SanctionAction_authorityId_idx" ON "SanctionAction"("authorityId");

-- CreateIndex
CREATE INDEX "SanctionAction_kind_idx" ON "SanctionAction"("kind");

-- CreateIndex
CREATE INDEX "SanctionAction_status_idx" ON "SanctionAction"("status");

-- CreateIndex
CREATE INDEX "ActionTarget_targetId_idx" ON "ActionTarget"("targetId");

-- CreateIndex
CREATE INDEX "ActionInstrument_instrumentId_idx" ON "ActionInstrument"("instrumentId");

-- CreateIndex
CREATE INDEX "Evidence_documentId_startOffset_idx" ON "Evidence"("documentId", "startOffset");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_actionId_documentId_field_startOffset_endOffset_key" ON "Evidence"("actionId", "documentId", "field", "startOffset", "endOffset");

-- AddForeignKey
ALTER TABLE "TargetAlias" ADD CONSTRAINT "TargetAlias_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRelation" ADD CONSTRAINT "TargetRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetRelation" ADD CONSTRAINT "TargetRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SanctionAction" ADD CONSTRAINT "SanctionAction_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionTarget" ADD CONSTRAINT "ActionTarget_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "SanctionAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionTarget" ADD CONSTRAINT "ActionTarget_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionInstrument" ADD CONSTRAINT "ActionInstrument_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "SanctionAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionInstrument" ADD CONSTRAINT "ActionInstrument_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "LegalInstrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "SanctionAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;
