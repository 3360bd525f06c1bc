/**
 * Ready-made, typed issue builders for the dimensions most negotiations share — territory, alliance membership,
 * sanctions, security guarantees and ceasefires — plus the general constructors they are built on (`choice`,
 * `quantity`, `subset`, `flag`, `option`). Each builder returns ordinary `Issue` values keyed by id, ready to spread
 * into a document's `issues`; the keys are typed (`territory.donetsk.control`), and ordered scales run from one pole
 * to the other so that "moved toward" means something.
 *
 * Builders return their issues directly: ids written as literals are checked by the type checker, and the loader
 * checks everything else (ids known only at run time, bounds, duplicates) when the document is decoded.
 *
 * @packageDocumentation
 * @since 0.1.0
 */

// model and constructors
export type {
  AspectText,
  ChoiceIssue,
  FlagIssue,
  IssueExtras,
  Named,
  OptionInput,
  OptionLabels,
  QuantityIssue,
  SubsetIssue,
  ValidId,
} from './builders-core'
export { choice, flag, option, quantity, subset } from './builders-core'

// territory
export type {
  ControlOption,
  RecognitionOption,
  Territory,
  TerritoryAspect,
  TerritorySettings,
} from './builders-territory'
export { CONTROL_OPTIONS, RECOGNITION_OPTIONS, TERRITORY_ASPECTS, territory } from './builders-territory'

// alliance membership
export type { AllianceMembership, AllianceSettings, MembershipOption } from './builders-alliance'
export { allianceMembership, MEMBERSHIP_OPTIONS } from './builders-alliance'

// sanctions
export type {
  Regime,
  Sanctions,
  SanctionsOption,
  SanctionsSettings,
  TimingOption,
} from './builders-sanctions'
export { SANCTIONS_OPTIONS, sanctions, TIMING_OPTIONS } from './builders-sanctions'

// security guarantees
export type {
  GuaranteeAspect,
  GuaranteeSettings,
  SecurityGuarantees,
  StrengthOption,
  TroopsOption,
} from './builders-guarantees'
export {
  GUARANTEE_ASPECTS,
  securityGuarantees,
  STRENGTH_OPTIONS,
  TROOPS_OPTIONS,
} from './builders-guarantees'

// ceasefire
export type {
  Ceasefire,
  CeasefireAspect,
  CeasefireSettings,
  ScopeOption,
  SequencingOption,
} from './builders-ceasefire'
export { CEASEFIRE_ASPECTS, ceasefire, SCOPE_OPTIONS, SEQUENCING_OPTIONS } from './builders-ceasefire'

// merging
export type { DuplicateIssueId, Merged } from './builders-merge'
export { merge } from './builders-merge'
