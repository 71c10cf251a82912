-- Hand-written: an action's ground categories are a set, stored each once in the enum's declared
-- order. Writers kept the order they were given, so one set could be stored several ways
-- ({TERRORISM,HUMAN_RIGHTS} and {HUMAN_RIGHTS,TERRORISM}): the table's chips changed order from
-- row to row, sorting by grounds (which compares the arrays) split equal sets apart, and the
-- chart cells held a cell for each way. The check keeps every writer to the one form.
CREATE FUNCTION ground_set(categories "GroundCategory"[]) RETURNS "GroundCategory"[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT DISTINCT g FROM unnest(categories) g ORDER BY g)
$$;

-- Through the chart triggers, which move each action to its set's cells.
UPDATE "SanctionAction" SET "groundCategories" = ground_set("groundCategories")
WHERE "groundCategories" <> ground_set("groundCategories");

ALTER TABLE "SanctionAction" ADD CONSTRAINT "SanctionAction_groundCategories_set"
  CHECK ("groundCategories" = ground_set("groundCategories"));
