import { Module } from '@nestjs/common';
import { ReviewCaseRepository } from './review-case.repository';

/** Review's copy of each application and its review status, shared by the review steps. */
@Module({ providers: [ReviewCaseRepository], exports: [ReviewCaseRepository] })
export class CasesModule {}
