// Writes the evidenced dataset into the database in one transaction. Upserts by stable
// keys and removes child rows the dataset no longer lists, so running it again changes
// nothing and editing the dataset converges the database to it.
import type { Db } from "../db/client";
import { groundSet } from "../actions/ground-set";
import { findDatasetProblems, type LoadedDataset, sha256 } from "./load-dataset";

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

export async function seedDataset(db: Db, loaded: LoadedDataset): Promise<{ actions: number; evidence: number }> {
  const problems = findDatasetProblems(loaded);
  if (problems.length) throw new Error(`The dataset is not sound; nothing was written:\n- ${problems.join("\n- ")}`);
  const { dataset, texts } = loaded;

  return db.$transaction(
    async (tx) => {
      const documentIds = new Map<string, number>();
      for (const doc of dataset.documents) {
        const text = texts.get(doc.slug)!;
        const data = { title: doc.title, author: doc.author, publisher: doc.publisher, text, contentHash: sha256(text) };
        const row = await tx.sourceDocument.upsert({ where: { slug: doc.slug }, create: { slug: doc.slug, ...data }, update: data });
        documentIds.set(doc.slug, row.id);
      }

      const authorityIds = new Map<string, number>();
      for (const { slug, ...data } of dataset.authorities) {
        const row = await tx.authority.upsert({ where: { slug }, create: { slug, ...data }, update: data });
        authorityIds.set(slug, row.id);
      }

      const instrumentIds = new Map<string, number>();
      for (const { citation, date, ...rest } of dataset.instruments) {
        const data = { ...rest, date: day(date) };
        const row = await tx.legalInstrument.upsert({ where: { citation }, create: { citation, ...data }, update: data });
        instrumentIds.set(citation, row.id);
      }

      const targetIds = new Map<string, number>();
      for (const { slug, aliases, ...data } of dataset.targets) {
        const row = await tx.target.upsert({ where: { slug }, create: { slug, ...data }, update: data });
        targetIds.set(slug, row.id);
        const allNames = [{ alias: data.name, kind: "PRIMARY" as const }, ...aliases];
        for (const { alias, kind } of allNames) {
          await tx.targetAlias.upsert({
            where: { targetId_alias: { targetId: row.id, alias } },
            create: { targetId: row.id, alias, kind },
            update: { kind },
          });
        }
        await tx.targetAlias.deleteMany({ where: { targetId: row.id, alias: { notIn: allNames.map((a) => a.alias) } } });
      }

      for (const relation of dataset.relations) {
        const key = { fromId: targetIds.get(relation.from)!, toId: targetIds.get(relation.to)!, kind: relation.kind };
        await tx.targetRelation.upsert({
          where: { fromId_toId_kind: key },
          create: { ...key, note: relation.note },
          update: { note: relation.note },
        });
      }

      let evidenceCount = 0;
      for (const action of dataset.actions) {
        const data = {
          kind: action.kind,
          status: action.status,
          origin: "ARTICLE" as const,
          jurisdiction: action.jurisdiction,
          authorityId: authorityIds.get(action.authority)!,
          summary: action.summary,
          dateText: action.date.text,
          dateStart: day(action.date.start),
          dateEnd: day(action.date.end),
          datePrecision: action.date.precision,
          dateBasis: action.date.basis,
          groundsText: action.grounds.text,
          groundCategories: groundSet(action.grounds.categories),
          note: action.note,
        };
        const { id: actionId } = await tx.sanctionAction.upsert({
          where: { slug: action.slug },
          create: { slug: action.slug, ...data },
          update: data,
        });

        const wantedTargets = action.targets.map((slug) => targetIds.get(slug)!);
        await tx.actionTarget.deleteMany({ where: { actionId, targetId: { notIn: wantedTargets } } });
        await tx.actionTarget.createMany({ data: wantedTargets.map((targetId) => ({ actionId, targetId })), skipDuplicates: true });

        const wantedInstruments = action.instruments.map((c) => instrumentIds.get(c)!);
        await tx.actionInstrument.deleteMany({ where: { actionId, instrumentId: { notIn: wantedInstruments } } });
        await tx.actionInstrument.createMany({
          data: wantedInstruments.map((instrumentId) => ({ actionId, instrumentId })),
          skipDuplicates: true,
        });

        const evidence = action.evidence.map((e) => ({
          actionId,
          documentId: documentIds.get(e.document)!,
          field: e.field,
          quote: e.quote,
          startOffset: e.start,
          endOffset: e.end,
        }));
        const kept = await Promise.all(
          evidence.map((e) =>
            tx.evidence.upsert({
              where: {
                actionId_documentId_field_startOffset_endOffset: {
                  actionId,
                  documentId: e.documentId,
                  field: e.field,
                  startOffset: e.startOffset,
                  endOffset: e.endOffset,
                },
              },
              create: e,
              update: { quote: e.quote },
            }),
          ),
        );
        await tx.evidence.deleteMany({ where: { actionId, id: { notIn: kept.map((e) => e.id) } } });
        evidenceCount += kept.length;
      }
      return { actions: dataset.actions.length, evidence: evidenceCount };
    },
    { timeout: 60_000 },
  );
}
