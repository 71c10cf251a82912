-- Hand-written: the explorer sorts by ground categories too; like every other sort it pages
-- through an index with the id tiebreaker (btree over the enum array, compared element-wise).
CREATE INDEX "SanctionAction_groundCategories_id" ON "SanctionAction" ("groundCategories", id);
