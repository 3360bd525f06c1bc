// TypeDoc plugin: the house rules for TSDoc that TypeDoc's own `validation.notDocumented` does not check.
//
// For every public declaration (not `@internal`) at the top level or inside a namespace (`Load.decode`):
// - a summary sentence (a codec's type may share its codec's summary: `const Party` + `type Party`);
// - `@since`;
// - `@category` (namespaces excepted: they fall into the default category, `modules`);
// - `@example` on functions (an example that the doc-examples test runs).
// Each breach is a validation warning, which `treatValidationWarningsAsErrors` turns into a failed build.
import { relative } from 'node:path'
import { Application, ReflectionKind } from 'typedoc'

const CHECKED =
  ReflectionKind.Namespace |
  ReflectionKind.Enum |
  ReflectionKind.Variable |
  ReflectionKind.Function |
  ReflectionKind.Class |
  ReflectionKind.Interface |
  ReflectionKind.TypeAlias

/** Every comment that documents `r`: its own, its signatures', and those of a function type it is declared with. */
const commentsOf = (r) => {
  const out = [r.comment]
  const signatures = [...(r.signatures ?? [])]
  if (r.type?.type === 'reflection') {
    out.push(r.type.declaration.comment)
    signatures.push(...(r.type.declaration.signatures ?? []))
  }
  for (const s of signatures) out.push(s.comment)
  return out.filter((c) => c !== undefined)
}

const hasSummary = (comments) =>
  comments.some((c) => c.summary.some((part) => part.kind !== 'text' || part.text.trim() !== ''))
const hasTag = (comments, tag) => comments.some((c) => c.blockTags.some((t) => t.tag === tag))

const isFunctionLike = (r) =>
  r.kindOf(ReflectionKind.Function) ||
  (r.type?.type === 'reflection' && (r.type.declaration.signatures ?? []).length > 0)

/** A type (or interface) named like a documented value beside it: the io-ts codec/type pair. */
const sharesCodecDocs = (r) =>
  r.kindOf(ReflectionKind.TypeAlias | ReflectionKind.Interface) &&
  (r.parent?.children ?? []).some(
    (s) => s !== r && s.name === r.name && s.kindOf(ReflectionKind.Variable) && hasSummary(commentsOf(s)),
  )

/** @param {import('typedoc').Application} app */
export function load(app) {
  // In the validation phase, beside TypeDoc's own checks, so that all problems are listed in one run.
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    const problems = []
    const undocumentedModules = []
    for (const r of project.getReflectionsByKind(CHECKED)) {
      // Only what a user reaches by name: top-level exports and namespace members (not nested type members).
      if (!r.parent?.kindOf(ReflectionKind.Project | ReflectionKind.Namespace)) continue
      const comments = commentsOf(r)
      if (comments.length === 0) {
        // TypeDoc's own `notDocumented` check reports it; add the fix for a namespace.
        if (r.kindOf(ReflectionKind.Namespace)) undocumentedModules.push(r)
        continue
      }
      const name = r.getFriendlyFullName()
      const kind = ReflectionKind.singularString(r.kind)
      const missing = []
      if (!hasSummary(comments) && !sharesCodecDocs(r)) missing.push('a summary')
      if (!hasTag(comments, '@since')) missing.push('@since')
      if (!r.kindOf(ReflectionKind.Namespace) && !hasTag(comments, '@category') && !sharesCodecDocs(r))
        missing.push('@category')
      if (isFunctionLike(r) && !hasTag(comments, '@example')) missing.push('@example')
      if (missing.length > 0) problems.push(`${name} (${kind}) lacks ${missing.join(', ')}`)
    }
    for (const p of problems.sort()) app.logger.validationWarning(`house rules: ${p}`)
    if (undocumentedModules.length > 0) {
      const where = undocumentedModules.map((r) => {
        const file = project.getSymbolIdFromReflection(r)?.fileName
        return `${r.name} (${file === undefined ? '?' : relative(process.cwd(), file)})`
      })
      app.logger.validationWarning(
        `house rules: a namespace takes its documentation from its module's first comment, which TypeDoc reads only when it has the \`@packageDocumentation\` tag: add it to ${where.join(', ')}`,
      )
    }
  })
}
