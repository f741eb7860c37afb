/** The formats an export is written in; a file of its own so that the CLI lists them without loading the writers. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
