import { z } from 'zod';
import { attachmentCategorySchema } from '@lz/policy';

/** The category may come as a multipart field (before the file) or as `?category=`. */
export const attachQuerySchema = z.strictObject({ category: attachmentCategorySchema.optional() });
export type AttachQuery = z.infer<typeof attachQuerySchema>;
