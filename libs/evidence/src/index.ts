// @lz/evidence — files uploaded as attachments (intake) and evidence (subsidy claims, evaluation
// reports), the same way everywhere: multipart read within a size limit, media type sniffed from
// the bytes, content-addressed storage under the sha256, downloads verified against it.
export * from './blob-store';
export * from './local-blob-store';
export * from './media-type';
export * from './evidence.schema';
export * from './evidence-files.service';
export * from './evidence-storage.module';
export * from './read-upload';
export * from './evidence.controller';
