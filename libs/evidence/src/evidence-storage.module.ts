import { Module, type DynamicModule } from '@nestjs/common';
import { BLOB_STORE } from './blob-store';
import { EvidenceFiles } from './evidence-files.service';
import { LocalBlobStore } from './local-blob-store';

/**
 * The blob store of a service (the local directory by default; an object store can take over by
 * providing another {@link BLOB_STORE}) and {@link EvidenceFiles} on top of it.
 */
@Module({})
export class EvidenceStorageModule {
  static forRoot(options: { blobDir: string }): DynamicModule {
    return {
      module: EvidenceStorageModule,
      providers: [{ provide: BLOB_STORE, useValue: new LocalBlobStore(options.blobDir) }, EvidenceFiles],
      exports: [BLOB_STORE, EvidenceFiles],
    };
  }
}
