/**
 * Words shared by every module that writes sentences. Internal.
 *
 * @internal
 */

/** A count with its noun, singular or plural ("1 day", "3 days"). */
export const count = (n: number, one: string, many = `${one}s`): string =>
  `${String(n)} ${n === 1 ? one : many}`

/**
 * Orders strings by their UTF-16 code units, as `<` does (not by locale): the order every module sorts ids, keys
 * and labels in, so that results are the same on every machine.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * What a party's constraint says, without the party's name in front ("Alpha's red line on …" → "red line on …"),
 * for sentences that already name the party; `undefined` when the text does not begin with the name. The name is
 * matched as it is, whatever it holds (an apostrophe, a line break).
 */
export const ownedPart = (name: string, text: string): string | undefined =>
  text.startsWith(`${name}'s `) ? text.slice(name.length + 3) : undefined
