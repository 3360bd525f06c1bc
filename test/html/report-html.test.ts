/**
 * The HTML report in a real browser: Debian's `chromium`, headless, with every host name mapped to nowhere and a
 * NetLog of every network request. We write the report for the embedded dataset and for a small YAML negotiation,
 * screenshot them (1200 × 3000), decode the PNGs and check that each chart is drawn (its own colours are there, in
 * the order the page lays the charts out), and check that the page asked the network for nothing — against a
 * control page that does, so the check is known to catch a request.
 *
 * Skipped, with a message, only when /usr/bin/chromium is absent (install it with `apt-get install chromium`).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STATUS_COLORS } from '../../src/ledger/charts'
import { KIND_COLORS, PARTY_COLORS } from '../../src/chart/palette'
import * as Datasets from '../../src/datasets'
import * as Report from '../../src/report'
import { right, talks } from '../report/fixture'
import { countColor, decodePng, type Image, inkShare } from './png'

const CHROMIUM = '/usr/bin/chromium'
const available = existsSync(CHROMIUM)
if (!available)
  console.warn(`Skipping the headless-Chromium test: ${CHROMIUM} is absent (apt-get install chromium).`)

/** One colour only each chart uses, on white. */
const SIGNATURES = {
  deadlocks: KIND_COLORS['red-line-clash'],
  linkage: ['#eaf2fb', '#fdecea'],
  acceptance: STATUS_COLORS.accepted,
  positions: PARTY_COLORS[0] as string,
} as const

interface Page {
  readonly html: string
  readonly png: Image
  readonly requests: readonly { readonly url: string; readonly initiator: string }[]
  readonly stderr: string
}

let dir = ''
const pages = new Map<string, Page>()

/** The network requests in a NetLog: every URL request job started, with the origin that initiated it. */
const requestsIn = (netlog: string): { url: string; initiator: string }[] => {
  const log = JSON.parse(netlog) as {
    constants: { logEventTypes: Record<string, number> }
    events: { type: number; params?: Record<string, unknown> }[]
  }
  const start = log.constants.logEventTypes['URL_REQUEST_START_JOB']
  return log.events
    .filter((e) => e.type === start && typeof e.params?.['url'] === 'string')
    .map((e) => ({
      url: e.params?.['url'] as string,
      initiator: typeof e.params?.['initiator'] === 'string' ? e.params['initiator'] : '',
    }))
}

const open = (name: string, html: string): Promise<Page> =>
  new Promise((resolve, reject) => {
    const file = join(dir, `${name}.html`)
    const png = join(dir, `${name}.png`)
    const netlog = join(dir, `${name}.netlog.json`)
    writeFileSync(file, html)
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(dir, `profile-${name}`)}`,
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--enable-logging=stderr',
      '--v=0',
      `--log-net-log=${netlog}`,
      '--hide-scrollbars',
      `--screenshot=${png}`,
      '--window-size=1200,3000',
      `file://${file}`,
    ]
    const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0 || !existsSync(png))
        return reject(new Error(`chromium exited with ${String(code)}:\n${stderr.slice(-2000)}`))
      resolve({
        html,
        png: decodePng(readFileSync(png)),
        requests: requestsIn(readFileSync(netlog, 'utf8')),
        stderr,
      })
    })
  })

/** The first row of the screenshot where a colour appears (a run of at least 3 pixels), or -1. */
const firstRow = (img: Image, colors: string | readonly string[]): number => {
  for (let y = 0; y < img.height; y++)
    if ([colors].flat().some((c) => countColor(img, c, y, y + 1) >= 3)) return y
  return -1
}

const count = (img: Image, colors: string | readonly string[]): number =>
  [colors].flat().reduce((n, c) => n + countColor(img, c), 0)

describe.skipIf(!available)('the HTML report in headless Chromium', { timeout: 300_000 }, () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'np-html-'))
    const dataset = Report.toHtml(right(Report.build(Datasets.ruUa2025())))
    const small = Report.toHtml(right(Report.build(talks())))
    const control =
      '<!DOCTYPE html><html><body><p>control</p><img src="http://np-control.invalid/pixel.png" alt=""></body></html>'
    const [a, b, c] = await Promise.all([
      open('dataset', dataset),
      open('talks', small),
      open('control', control),
    ])
    pages.set('dataset', a).set('talks', b).set('control', c)
  }, 300_000)

  afterAll(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true })
  })

  it('contains nothing that would load from the network: no script, stylesheet, font, image or frame', () => {
    for (const name of ['dataset', 'talks']) {
      const html = pages.get(name)?.html ?? ''
      expect(html).not.toMatch(
        /<script|<link|<img|<iframe|<object|<embed|<video|<audio|@import|@font-face|url\((?!#)|\bsrc\s*=/i,
      )
      for (const m of html.matchAll(/<(\w+)[^>]*\bhref="([^"]*)"/g)) {
        const [, tag, href] = m as unknown as [string, string, string]
        if (!href.startsWith('#')) {
          expect(tag).toBe('a')
          expect(href).toMatch(/^https?:\/\//)
        }
      }
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`)
    }
  })

  it('asked the network for nothing while Chromium drew it (a control page with a remote image did)', () => {
    const control = pages.get('control')?.requests ?? []
    expect(
      control.filter((r) => r.url.startsWith('http://np-control.invalid/')).map((r) => r.initiator),
    ).toEqual(['null'])
    for (const name of ['dataset', 'talks']) {
      const page = pages.get(name) as Page
      // Chromium's own background requests (updates, accounts) are initiated by no origin; anything the page asked
      // for would carry the page's (opaque, file://) origin.
      expect(page.requests.filter((r) => r.initiator !== 'not an origin')).toEqual([])
      const links = [...page.html.matchAll(/href="(https?:[^"]*)"/g)].map((m) =>
        (m[1] as string).replace(/&amp;/g, '&'),
      )
      expect(page.requests.filter((r) => links.includes(r.url))).toEqual([])
      for (const link of links.slice(0, 50)) expect(page.stderr).not.toContain(link)
    }
  })

  it('draws the small report’s four charts, each in its place: deadlocks, linkage, acceptance, positions', () => {
    const img = (pages.get('talks') as Page).png
    expect([img.width, img.height]).toEqual([1200, 3000])
    expect(inkShare(img, 0, 120)).toBeGreaterThan(0.01)
    expect(count(img, SIGNATURES.deadlocks)).toBeGreaterThan(500)
    expect(count(img, SIGNATURES.linkage)).toBeGreaterThan(500)
    expect(count(img, SIGNATURES.acceptance)).toBeGreaterThan(500)
    expect(count(img, SIGNATURES.positions)).toBeGreaterThan(200)
    const rows = [SIGNATURES.deadlocks, SIGNATURES.linkage, SIGNATURES.acceptance, SIGNATURES.positions].map(
      (c) => firstRow(img, c),
    )
    expect(rows.every((y, i) => y > 0 && (i === 0 || y > (rows[i - 1] as number)))).toBe(true)
  })

  it('draws the dataset’s charts: the deadlock timeline, the linkage graph and the acceptance matrix within the first screen', () => {
    const img = (pages.get('dataset') as Page).png
    expect(inkShare(img, 0, 120)).toBeGreaterThan(0.01)
    expect(count(img, SIGNATURES.deadlocks)).toBeGreaterThan(2000)
    expect(count(img, SIGNATURES.linkage)).toBeGreaterThan(2000)
    expect(count(img, SIGNATURES.acceptance)).toBeGreaterThan(1000)
    const rows = [SIGNATURES.deadlocks, SIGNATURES.linkage, SIGNATURES.acceptance].map((c) =>
      firstRow(img, c),
    )
    expect(rows.every((y, i) => y > 0 && (i === 0 || y > (rows[i - 1] as number)))).toBe(true)
  })
})
