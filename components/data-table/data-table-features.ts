// The table features every server-driven table registers: the server sorts and pages, so
// there are no client row models, only the state and the APIs to change it.
import { columnVisibilityFeature, rowPaginationFeature, rowSortingFeature, tableFeatures } from "@tanstack/react-table";

export const dataTableFeatures = tableFeatures({ rowSortingFeature, rowPaginationFeature, columnVisibilityFeature });

export type DataTableFeatures = typeof dataTableFeatures;
