-- Hand-written: a finer sample of the search text for the planner. PostgreSQL estimates how many
-- actions a text matches ('%shamkhani%') from the column's histogram, 100 values by default: a
-- text held by 3% of the actions is expected in 3 of them, and an ANALYZE whose sample held none
-- estimated 100 matches for 31,036 (synthetic million, after the ground_sets rewrite). The charts
-- share a match as ids only when it is expected to be small (lib/charts/charts-text-match.ts), so
-- each chart then read 5,001 matches for nothing before matching the text itself. With 1,000
-- values such a text is expected in some 30 of them.
ALTER TABLE "SanctionAction" ALTER COLUMN "searchText" SET STATISTICS 1000;
ANALYZE "SanctionAction" ("searchText");
