// What every connection of the app starts with, as PostgreSQL's `options` startup parameter.
//
// Parallel query is off. The overview asks for its figures and four charts at once, each of
// several statements, on a machine of a few cores; a parallel plan adds two worker processes per
// statement, each a new backend that starts with cold caches. Interleaved runs at a million
// actions (BENCHMARKS.md, 5 December) took a text's headline figures from 168 to 105 ms p95
// and a range of days' from 126 to 54, with no page of the explorer slower.
export const APP_CONNECTION_OPTIONS = "-c max_parallel_workers_per_gather=0";
