import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { VERSION } from '../src'

const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }

describe('VERSION', () => {
  it('matches the version in package.json', () => {
    expect(VERSION).toBe(pkg.version)
  })
})
