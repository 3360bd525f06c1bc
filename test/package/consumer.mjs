// ESM consumer: imports the packed package by name, the way a user's `"type": "module"` code would.
// A missing named export fails at link time; add assertions below as the public API grows.
import assert from 'node:assert/strict'
import { VERSION } from 'negotiation-positions'

assert.equal(typeof VERSION, 'string', 'VERSION should be a string')
assert.match(VERSION, /^\d+\.\d+\.\d+/, 'VERSION should look like semver')

console.log(`esm consumer ok (VERSION ${VERSION})`)
