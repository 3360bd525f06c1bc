/**
 * The model: io-ts codecs that are the types of a negotiation document.
 *
 * @since 0.1.0
 */
export * from './ids'
export { IsoDate } from './date'
export * from './domain'
export * from './party'
export * from './condition'
export * from './position'
export * from './proposal'
export * from './event'
export * from './negotiation'
