// The calls both runtime consumers make, on the library as each build loads it (consumer.mjs: ESM `import`,
// consumer.cjs: `require`). Each consumer writes the JSON of the results to results-<build>.json, and check.mjs
// checks that the two files are byte-identical: both builds must behave the same.
// Add calls here as the public API grows (results must be JSON data).
'use strict'
const assert = require('node:assert/strict')
const { createHash } = require('node:crypto')
const { readFileSync } = require('node:fs')
const { join } = require('node:path')

const fixture = () => JSON.parse(readFileSync(join(__dirname, 'fixture.json'), 'utf8'))

/** @param {any} lib the package as one build loads it */
module.exports = function scenario(lib) {
  const { Datasets, Issues, Load, Negotiation, Report, VERSION } = lib

  assert.match(VERSION, /^\d+\.\d+\.\d+/, 'VERSION should look like semver')

  const decoded = Load.decode(fixture())
  assert.equal(
    decoded._tag,
    'Right',
    `Load.decode should accept the fixture: ${JSON.stringify(decoded.left)}`,
  )
  assert.ok(Object.isFrozen(decoded.right), 'a decoded document is frozen')

  const broken = fixture()
  broken.positions[0].ideal = 'memebr'
  broken.events[0].proposal = 'us-31-day'
  const problems = Load.decode(broken)
  assert.equal(problems._tag, 'Left', 'Load.decode should reject a broken document')
  assert.deepEqual(
    problems.left.map((i) => [i.path, i.code]),
    [
      ['positions[0].ideal', 'out-of-domain'],
      ['events[0].proposal', 'unknown-reference'],
    ],
  )

  const parsed = Load.parse('format: negotiation-positions/1\ntitle: From YAML\nparties: {}\nissues: {}\n')
  assert.equal(parsed._tag, 'Right', 'Load.parse should read YAML')

  const structural = Negotiation.decode(fixture())
  assert.equal(structural._tag, 'Right', 'the Negotiation codec should accept the fixture')

  const territory = Issues.territory({
    region: 'donetsk',
    label: 'Donetsk',
    holder: 'Ukraine',
    claimant: 'Russia',
  })
  assert.deepEqual(Object.keys(territory), ['territory.donetsk.control', 'territory.donetsk.recognition'])

  const merged = Issues.merge(Issues.ceasefire(), Issues.ceasefire({ aspects: ['scope'] }))
  assert.equal(merged._tag, 'Left', 'Issues.merge should report the clash')

  // The main job: the report on the embedded dataset, in every format. Built twice in this process (the two must be
  // byte-identical), and compared with what the other build gives through the results file.
  const formats = { text: Report.toText, markdown: Report.toMarkdown, html: Report.toHtml, json: Report.toJson }
  const reportOf = () => {
    const built = Report.build(Datasets.ruUa2025())
    assert.equal(built._tag, 'Right', `Report.build should accept the dataset: ${JSON.stringify(built.left)}`)
    return Object.fromEntries(Object.entries(formats).map(([name, render]) => [name, render(built.right)]))
  }
  const report = reportOf()
  const again = reportOf()
  for (const name of Object.keys(formats))
    assert.equal(again[name], report[name], `the ${name} report should be byte-identical when built twice`)
  assert.match(report.html, /<svg/, 'the HTML report should carry its charts as inline SVG')
  const digest = (s) => ({ bytes: Buffer.byteLength(s), sha256: createHash('sha256').update(s).digest('hex') })

  return {
    version: VERSION,
    report: {
      text: report.text,
      markdown: report.markdown,
      html: digest(report.html),
      json: digest(report.json),
    },
    decoded: decoded.right,
    problems: problems.left,
    parsed: parsed.right,
    territory,
    merged: merged.left,
    render: Load.format(problems.left),
  }
}
