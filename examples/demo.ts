import { VERSION } from '../src'

console.log(`negotiation-positions ${VERSION}`)
