export * from './client';
export * from './multipart';
export type { components as IntakeComponents } from './generated/intake';
export type { components as ReviewComponents } from './generated/review';
export type { components as PublicityComponents } from './generated/publicity';
export type { components as SubsidyComponents } from './generated/subsidy';
export type { components as EvaluationComponents } from './generated/evaluation';
export * from './views';
export * from './pages';
