/**
 * The agreement zone: is there any deal every principal could accept, and which is best for whom? Issue by issue
 * (`perIssue`), as whole packages (`packages`, `enumerate`), on the Pareto frontier with its bargaining points
 * (`pareto`), and, when there is none, the cheapest concessions that would open one (`nearestAgreement`).
 *
 * @packageDocumentation
 * @since 0.1.0
 */
export type {
  BargainingPoint,
  Blocker,
  Concession,
  Evidence,
  IssueConflict,
  IssueLimit,
  IssueZone,
  NearestAgreement,
  Outcome,
  Package,
  PackageZone,
  Pareto,
  PerIssueZone,
  QuantityHandling,
  UnappliedCondition,
  ZoneError,
  ZoneOptions,
} from './model'
export { perIssue } from './per-issue'
export { packages, enumerate } from './packages'
export { pareto } from './pareto'
export { nearestAgreement } from './nearest'
