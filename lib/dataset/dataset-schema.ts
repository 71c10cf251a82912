// The shape of prisma/seed/dataset.json: the evidenced record of what the articles say.
import { z } from "zod";
import {
  ActionKind,
  ActionStatus,
  AliasKind,
  AuthorityKind,
  DatePrecision,
  EvidenceField,
  GroundCategory,
  InstrumentKind,
  Jurisdiction,
  TargetKind,
  TargetRelationKind,
} from "../generated/prisma/enums";

const IsoDate = z.iso.date();
const Slug = z.string().regex(/^[a-z0-9-]+$/);

export const DatasetEvidence = z.object({
  document: Slug,
  field: z.enum(EvidenceField),
  quote: z.string().min(1),
  start: z.int().nonnegative(),
  end: z.int().positive(),
});

export const DatasetAction = z.object({
  slug: Slug,
  kind: z.enum(ActionKind),
  status: z.enum(ActionStatus),
  jurisdiction: z.enum(Jurisdiction),
  authority: Slug,
  summary: z.string().min(1),
  date: z.object({
    text: z.string().nullable(),
    start: IsoDate.nullable(),
    end: IsoDate.nullable(),
    precision: z.enum(DatePrecision),
    basis: z.string().nullable(),
  }),
  grounds: z.object({ text: z.string().nullable(), categories: z.array(z.enum(GroundCategory)) }),
  // The database's bounds (migration action_size_bounds): more is better recorded as several actions.
  targets: z.array(Slug).min(1).max(400),
  instruments: z.array(z.string()).max(100),
  note: z.string().nullable(),
  evidence: z.array(DatasetEvidence).min(1),
});

export const Dataset = z.object({
  documents: z.array(
    z.object({
      slug: Slug,
      file: z.string().regex(/^[\w.-]+\.txt$/),
      title: z.string().min(1),
      author: z.string().nullable(),
      publisher: z.string().nullable(),
    }),
  ),
  authorities: z.array(
    z.object({
      slug: Slug,
      name: z.string().min(1),
      shortName: z.string().nullable(),
      jurisdiction: z.enum(Jurisdiction).nullable(),
      kind: z.enum(AuthorityKind),
    }),
  ),
  instruments: z.array(
    z.object({
      citation: z.string().min(1),
      kind: z.enum(InstrumentKind),
      jurisdiction: z.enum(Jurisdiction).nullable(),
      title: z.string().nullable(),
      date: IsoDate.nullable(),
    }),
  ),
  targets: z.array(
    z.object({
      slug: Slug,
      name: z.string().min(1),
      kind: z.enum(TargetKind),
      country: z.string().length(2).nullable(),
      description: z.string().nullable(),
      aliases: z.array(z.object({ alias: z.string().min(1), kind: z.enum(AliasKind) })),
    }),
  ),
  relations: z.array(
    z.object({ from: Slug, to: Slug, kind: z.enum(TargetRelationKind), note: z.string().nullable() }),
  ),
  actions: z.array(DatasetAction),
});

export type Dataset = z.infer<typeof Dataset>;
export type DatasetAction = z.infer<typeof DatasetAction>;
