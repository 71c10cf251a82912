// The format parsers by name, and recognising a format from the start of its first file.
import { open } from "node:fs/promises";
import type { ListFormat } from "../../generated/prisma/enums";
import { euXmlParser } from "./eu-xml";
import type { ListFormatParser } from "./list-entry-parts";
import { ofacAdvancedXmlParser } from "./ofac-advanced-xml";
import { ofacCsvParser } from "./ofac-csv";
import { ofacXmlParser } from "./ofac-xml";
import { ukFcdoXmlParser } from "./uk-fcdo-xml";
import { ukOfsiCsvParser } from "./uk-ofsi-csv";
import { unXmlParser } from "./un-xml";

export const LIST_FORMAT_PARSERS: Record<ListFormat, ListFormatParser> = {
  OFAC_CSV: ofacCsvParser,
  OFAC_XML: ofacXmlParser,
  OFAC_ADVANCED_XML: ofacAdvancedXmlParser,
  EU_XML: euXmlParser,
  UN_XML: unXmlParser,
  UK_OFSI_CSV: ukOfsiCsvParser,
  UK_FCDO_XML: ukFcdoXmlParser,
};

export const LIST_FORMATS = Object.keys(LIST_FORMAT_PARSERS) as ListFormat[];

const XML_ROOTS: Record<string, ListFormat> = {
  sdnList: "OFAC_XML",
  Sanctions: "OFAC_ADVANCED_XML",
  export: "EU_XML",
  CONSOLIDATED_LIST: "UN_XML",
  Designations: "UK_FCDO_XML",
};

/** The format of a set of files, from the root element or the first line of the first file. */
export async function detectListFormat(file: string): Promise<ListFormat | null> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(8192), 0, 8192, 0);
    const head = buffer.subarray(0, bytesRead).toString("latin1").replace(/^\uFEFF|^\xEF\xBB\xBF/, "");
    const root = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, "").match(/<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>]/);
    if (head.trimStart().startsWith("<")) return root ? (XML_ROOTS[root[2]] ?? null) : null;
    if (head.startsWith("Last Updated,")) return "UK_OFSI_CSV";
    if (/^(\d+|ent_num),/.test(head)) return "OFAC_CSV";
    return null;
  } finally {
    await handle.close();
  }
}
