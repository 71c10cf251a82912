import Link from "next/link";
import { countNoun } from "@/lib/format/count-noun";

/** A number in a chart's table view, linking to its actions; named for what it counts, since a link list reads it alone. */
export function CountLink({ href, count, of }: { href: string; count: number; of: string }) {
  return <Link href={href} aria-label={`${of}: ${countNoun(count, "action")}, open in the table`}>{count.toLocaleString("en-GB")}</Link>;
}
