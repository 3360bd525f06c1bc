// CJS consumer: requires the packed package by name, the way a user's CommonJS code would.
// Add assertions below as the public API grows.
'use strict'
const assert = require('node:assert/strict')
const lib = require('negotiation-positions')

assert.ok(lib && typeof lib === 'object', 'require() should return the module namespace')
assert.equal(typeof lib.VERSION, 'string', 'VERSION should be exported from the CJS build')
assert.match(lib.VERSION, /^\d+\.\d+\.\d+/, 'VERSION should look like semver')

console.log(`cjs consumer ok (VERSION ${lib.VERSION})`)
