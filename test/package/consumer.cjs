// CJS consumer: requires the packed package by name, the way a user's CommonJS code would. The calls themselves are
// in scenario.cjs, shared with the ESM consumer.
'use strict'
const assert = require('node:assert/strict')
const { writeFileSync } = require('node:fs')
const lib = require('negotiation-positions')
const scenario = require('./scenario.cjs')

assert.ok(lib && typeof lib === 'object', 'require() should return the module namespace')
const results = scenario(lib)
writeFileSync('results-cjs.json', JSON.stringify(results, null, 2) + '\n')

console.log(`cjs consumer ok (VERSION ${lib.VERSION})`)
