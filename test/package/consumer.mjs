// ESM consumer: imports the packed package by name, the way a user's `"type": "module"` code would. A missing named
// export fails at link time. The calls themselves are in scenario.cjs, shared with the CJS consumer.
import { writeFileSync } from 'node:fs'
import { Datasets, Issues, Load, Negotiation, Report, VERSION } from 'negotiation-positions'
import scenario from './scenario.cjs'

const results = scenario({ Datasets, Issues, Load, Negotiation, Report, VERSION })
writeFileSync('results-esm.json', JSON.stringify(results, null, 2) + '\n')

console.log(`esm consumer ok (VERSION ${VERSION})`)
