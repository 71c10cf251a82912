-- Hand-written: a name link is worth 0.95 only from the entry's primary name to the target's
-- primary name, 0.9 with an alias on either side (lib/official-lists/import-match.ts). Links made
-- before graded the entry's side alone; their reason says which name of the target matched.
UPDATE "ListEntry" SET "matchConfidence" = 0.9
WHERE "matchKind" = 'NAME' AND "matchConfidence" = 0.95 AND "matchReason" NOT LIKE '% equals primary "%';
