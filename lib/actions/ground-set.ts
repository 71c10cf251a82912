import { GroundCategory } from "../generated/prisma/enums";

const ORDER = Object.values(GroundCategory);

/** Ground categories as an action stores them: each once, in the enum's declared order (the check of migration ground_sets). */
export const groundSet = (categories: readonly GroundCategory[]): GroundCategory[] => ORDER.filter((g) => categories.includes(g));
