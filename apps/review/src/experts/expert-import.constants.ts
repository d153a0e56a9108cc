/** The most data rows one import takes (a pool is hundreds of experts, not tens of thousands). */
export const EXPERT_IMPORT_MAX_ROWS = 1_000;
/** The largest file one import takes (`POST /experts/import`; the service's multipart limit). */
export const EXPERT_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** At most this many row errors are listed (the first ones, in row order). */
export const EXPERT_IMPORT_MAX_ERRORS = 200;
