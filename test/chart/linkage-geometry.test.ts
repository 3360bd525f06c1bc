import { describe, expect, it } from 'vitest'
import { geometry, wrap, type Geometry, type Point, type Route } from '../../src/chart/linkage-geometry'
import { placed } from './build'

/** The boxes as `[issue, x, y, inCycle]`. */
const boxes = (g: Geometry) => g.boxes.map((b) => [b.node.id, b.x, b.y, b.inCycle])

/** The routes as `[from>to, smooth, points as [x, y]]`. */
const routes = (g: Geometry) =>
  g.routes.map((r) => [`${r.edge.from}>${r.edge.to}`, r.smooth, r.points.map((p) => [p.x, p.y])])

/** Where the holders of a smooth route go: a third of the way along its first step, a curve that leaves vertically. */
const third = (p: Point, q: Point): Point => ({
  x: p.x + ((q.x - p.x) * 7) / 27,
  y: (p.y * 8) / 27 + ((p.y + q.y) / 2) * (2 / 3) + q.y / 27,
})

const expectLabel = (r: Route | undefined, at: Point): void => {
  expect(r?.label.x).toBeCloseTo(at.x, 9)
  expect(r?.label.y).toBeCloseTo(at.y, 9)
}

describe('wrap: an issue label on at most two lines of a box', () => {
  it('keeps a label of up to 26 characters on one line', () => {
    expect(wrap('abcdefghijklmnopqrstuvwxyz')).toEqual(['abcdefghijklmnopqrstuvwxyz', ''])
    expect(wrap('Troops')).toEqual(['Troops', ''])
    expect(wrap('Ceasefire now')).toEqual(['Ceasefire now', ''])
    expect(wrap('Ceasefire monitoring terms')).toEqual(['Ceasefire monitoring terms', ''])
  })

  it('breaks a longer label at the last space that fits', () => {
    expect(wrap('abcdefghijklmnopqrstuvwxyz1')).toEqual(['abcdefghijklmnopqrstuvwxyz', '1'])
    expect(wrap('Ceasefire monitoring and verification')).toEqual([
      'Ceasefire monitoring and',
      'verification',
    ])
    expect(wrap('Prisoners exchange-and-verification mission')).toEqual([
      'Prisoners',
      'exchange-and-verification…',
    ])
  })

  it('cuts a word when the only space that fits leaves a first line of 8 characters or fewer', () => {
    expect(wrap('Prisoner exchange-and-verification mission')).toEqual([
      'Prisoner exchange-and-veri',
      'fication mission',
    ])
    expect(wrap('Ceasefire-monitoring-and-verification mission')).toEqual([
      'Ceasefire-monitoring-and-v',
      'erification mission',
    ])
  })

  it('shortens the second line with an ellipsis when the rest does not fit', () => {
    expect(
      wrap('Return of the displaced to their homes under international supervision and verification'),
    ).toEqual(['Return of the displaced to', 'their homes under interna…'])
  })
})

describe('geometry: where the boxes go', () => {
  it('draws an empty graph as a small empty frame', () => {
    expect(geometry(placed([], []))).toEqual({ width: 600, height: 60, boxes: [], routes: [] })
  })

  it('puts one row of boxes per layer, 110 pixels apart, each row centred, and widens the frame for a long row', () => {
    const g = geometry(
      placed(
        [
          ['d', 0, 3],
          ['c', 0, 2],
          ['b', 0, 1],
          ['a', 0, 0],
          ['e', 1, 0],
          ['f', 2, 0],
        ],
        [],
      ),
    )
    expect([g.width, g.height]).toEqual([850, 334])
    expect(boxes(g)).toEqual([
      ['a', 20, 54, false],
      ['b', 230, 54, false],
      ['c', 440, 54, false],
      ['d', 650, 54, false],
      ['e', 335, 164, false],
      ['f', 335, 274, false],
    ])
    expect(g.boxes.map((b) => [b.w, b.h])).toEqual(Array.from({ length: 6 }, () => [180, 40]))
  })

  it('orders a row by order, then issues by id, then issues before the bends at the same place', () => {
    const g = geometry(
      placed(
        [
          ['b', 0, 0],
          ['a', 0, 0],
          ['z', 0, -1],
          ['c', 1, 0],
          ['d', 2, 0],
        ],
        [{ from: 'z', to: 'd', bends: [{ layer: 1, order: 0 }] }],
      ),
    )
    expect(g.width).toBe(640)
    expect(boxes(g)).toEqual([
      ['z', 20, 54, false],
      ['a', 230, 54, false],
      ['b', 440, 54, false],
      ['c', 207, 164, false],
      ['d', 230, 274, false],
    ])
    // the bend's slot, 16 pixels wide, comes after the box of c on its row
    expect(routes(g)).toEqual([
      [
        'z>d',
        true,
        [
          [110, 94],
          [425, 164],
          [425, 204],
          [320, 274],
        ],
      ],
    ])
  })

  it('leaves out issues that have no place on a row, the arrows to them and the bends off the rows', () => {
    const g = geometry(
      placed(
        [
          ['a', 0, 0],
          ['b', 1, 0],
          ['x', -1, 0],
          ['y', 1.5, 0],
        ],
        [
          {
            from: 'a',
            to: 'b',
            bends: [
              { layer: -1, order: 0 },
              { layer: 2, order: 0 },
            ],
          },
          { from: 'a', to: 'x', cycle: true },
          { from: 'y', to: 'b', cycle: true },
        ],
      ),
    )
    expect([g.width, g.height]).toEqual([600, 224])
    expect(boxes(g)).toEqual([
      ['a', 210, 54, false],
      ['b', 210, 164, false],
    ])
    expect(routes(g)).toEqual([
      [
        'a>b',
        true,
        [
          [300, 94],
          [300, 164],
        ],
      ],
    ])
  })

  it('marks the boxes at either end of an arrow on a cycle, and only those', () => {
    const g = geometry(
      placed(
        [
          ['a', 0, 0],
          ['b', 1, 0],
          ['c', 2, 0],
        ],
        [
          { from: 'c', to: 'a', bends: [{ layer: 1, order: 0.5 }], cycle: true },
          { from: 'a', to: 'b' },
        ],
      ),
    )
    expect(boxes(g)).toEqual([
      ['a', 210, 54, true],
      ['b', 187, 164, false],
      ['c', 210, 274, true],
    ])
  })
})

describe('geometry: where the arrows go', () => {
  it('spreads the arrows leaving a box along its edge in the order of where they head, and labels each near its source', () => {
    const g = geometry(
      placed(
        [
          ['a', 0, 0],
          ['b', 1, 0],
          ['c', 2, 0],
          ['d', 2, 1],
        ],
        [
          { from: 'a', to: 'b' },
          { from: 'a', to: 'c', bends: [{ layer: 1, order: -0.5 }] },
          { from: 'a', to: 'd', bends: [{ layer: 1, order: 0.5 }] },
        ],
      ),
    )
    expect(boxes(g)).toEqual([
      ['a', 210, 54, false],
      ['b', 210, 164, false],
      ['c', 105, 274, false],
      ['d', 315, 274, false],
    ])
    expect(routes(g)).toEqual([
      [
        'a>b',
        true,
        [
          [300, 94],
          [300, 164],
        ],
      ],
      [
        'a>c',
        true,
        [
          [255, 94],
          [172, 164],
          [172, 204],
          [195, 274],
        ],
      ],
      [
        'a>d',
        true,
        [
          [345, 94],
          [428, 164],
          [428, 204],
          [405, 274],
        ],
      ],
    ])
    for (const r of g.routes) expectLabel(r, third(r.points[0] as Point, r.points[1] as Point))
    expectLabel(g.routes[1], { x: 233.48148148148147, y: 119.92592592592595 })
  })

  it('spreads the arrows entering a box in the order of where they come from, whatever the order of the arrows', () => {
    const nodes = [
      ['z', 0, 0],
      ['a', 0, 1],
      ['c', 1, 0],
      ['d', 2, 0],
    ] as const
    const long = { from: 'a', to: 'd', bends: [{ layer: 1, order: -0.5 }] }
    const short = { from: 'c', to: 'd' }
    const expected = {
      'a>d': [
        [405, 94],
        [195, 164],
        [195, 204],
        [270, 274],
      ],
      'c>d': [
        [323, 204],
        [330, 274],
      ],
    }
    for (const edges of [
      [long, short],
      [short, long],
    ]) {
      const g = geometry(placed(nodes, edges))
      expect(Object.fromEntries(routes(g).map(([k, , p]) => [k, p]))).toEqual(expected)
    }
  })

  it('runs two arrows between the same boxes side by side, the first on the left', () => {
    const g = geometry(
      placed(
        [
          ['a', 0, 0],
          ['b', 1, 0],
        ],
        [
          { from: 'a', to: 'b' },
          { from: 'a', to: 'b', kind: 'linkage' },
        ],
      ),
    )
    expect(routes(g)).toEqual([
      [
        'a>b',
        true,
        [
          [270, 94],
          [270, 164],
        ],
      ],
      [
        'a>b',
        true,
        [
          [330, 94],
          [330, 164],
        ],
      ],
    ])
  })

  it('spreads the arrows that share a bend slot a few pixels apart', () => {
    const nodes = [
      ['a', 0, 0],
      ['b', 0, 1],
      ['c', 1, 0],
      ['d', 2, 0],
      ['e', 2, 1],
    ] as const
    const via = [{ layer: 1, order: 0.5 }]
    const two = geometry(
      placed(nodes, [
        { from: 'a', to: 'd', bends: via },
        { from: 'b', to: 'e', bends: via },
      ]),
    )
    expect(boxes(two)).toEqual([
      ['a', 105, 54, false],
      ['b', 315, 54, false],
      ['c', 187, 164, false],
      ['d', 105, 274, false],
      ['e', 315, 274, false],
    ])
    expect(two.routes.map((r) => r.points.slice(1, 3))).toEqual([
      [
        { x: 402.5, y: 164 },
        { x: 402.5, y: 204 },
      ],
      [
        { x: 407.5, y: 164 },
        { x: 407.5, y: 204 },
      ],
    ])
    const four = geometry(
      placed(nodes, [
        { from: 'a', to: 'd', bends: via },
        { from: 'b', to: 'e', bends: via },
        { from: 'a', to: 'e', bends: via },
        { from: 'b', to: 'd', bends: via },
      ]),
    )
    expect(four.routes.map((r) => r.points[1]?.x)).toEqual([399, 403, 407, 411])
    // an arrow that names the same slot twice still takes one place in it
    const twice = geometry(
      placed(nodes, [
        { from: 'a', to: 'd', bends: [...via, ...via] },
        { from: 'b', to: 'e', bends: via },
      ]),
    )
    expect(twice.routes.map((r) => r.points.map((p) => p.x))).toEqual([
      [195, 402.5, 402.5, 402.5, 402.5, 195],
      [405, 407.5, 407.5, 405],
    ])
  })

  it('gives bends on different rows slots of their own', () => {
    const g = geometry(
      placed(
        [
          ['a', 0, 0],
          ['b', 1, 0],
          ['c', 2, 0],
          ['d', 3, 0],
        ],
        [
          { from: 'a', to: 'c', bends: [{ layer: 1, order: 0.5 }] },
          { from: 'b', to: 'd', bends: [{ layer: 2, order: -0.5 }] },
        ],
      ),
    )
    expect(routes(g)).toEqual([
      [
        'a>c',
        true,
        [
          [300, 94],
          [405, 164],
          [405, 204],
          [323, 274],
        ],
      ],
      [
        'b>d',
        true,
        [
          [277, 204],
          [195, 274],
          [195, 314],
          [300, 384],
        ],
      ],
    ])
  })

  it('runs an arrow that points up from the bottom of each bend slot to its top, into the bottom of its target', () => {
    const g = geometry(
      placed(
        [
          ['a', 0, 0],
          ['b', 1, 0],
          ['c', 2, 0],
        ],
        [
          { from: 'c', to: 'a', bends: [{ layer: 1, order: 0.5 }], cycle: true },
          { from: 'a', to: 'b' },
        ],
      ),
    )
    expect(routes(g)).toEqual([
      [
        'c>a',
        true,
        [
          [300, 274],
          [405, 204],
          [405, 164],
          [330, 94],
        ],
      ],
      [
        'a>b',
        true,
        [
          [270, 94],
          [277, 164],
        ],
      ],
    ])
    expectLabel(g.routes[0], third({ x: 300, y: 274 }, { x: 405, y: 204 }))
  })

  it('draws a bend on the first row there too', () => {
    const g = geometry(
      placed(
        [
          ['a', 0, 0],
          ['b', 1, 0],
        ],
        [{ from: 'b', to: 'a', bends: [{ layer: 0, order: 1 }] }],
      ),
    )
    expect(routes(g)).toEqual([
      [
        'b>a',
        true,
        [
          [300, 164],
          [405, 94],
          [405, 54],
          [277, 94],
        ],
      ],
    ])
  })

  it('draws a condition of an issue on itself as a small loop on the right of its box', () => {
    const g = geometry(placed([['a', 0, 0]], [{ from: 'a', to: 'a' }]))
    expect(g.routes).toEqual([
      {
        edge: g.routes[0]?.edge,
        smooth: false,
        points: [
          { x: 390, y: 66 },
          { x: 408, y: 66 },
          { x: 408, y: 82 },
          { x: 390, y: 82 },
        ],
        label: { x: 408, y: 50 },
      },
    ])
  })

  it('draws an arrow between issues of one row over the top, and gives it no port on the boxes', () => {
    const g = geometry(
      placed(
        [
          ['a', 0, 0],
          ['b', 0, 1],
          ['c', 1, 0],
        ],
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
          { from: 'b', to: 'c' },
          { from: 'a', to: 'a' },
        ],
      ),
    )
    const y = 54 - 70 / 3
    expect(g.routes.slice(0, 2)).toEqual([
      {
        edge: g.routes[0]?.edge,
        smooth: false,
        points: [
          { x: 240, y: 54 },
          { x: 240, y },
          { x: 360, y },
          { x: 360, y: 54 },
        ],
        label: { x: 300, y: y - 4 },
      },
      {
        edge: g.routes[1]?.edge,
        smooth: false,
        points: [
          { x: 360, y: 54 },
          { x: 360, y },
          { x: 240, y },
          { x: 240, y: 54 },
        ],
        label: { x: 300, y: y - 4 },
      },
    ])
    // the only port on the bottom of b is the arrow down to c, in the middle
    expect(routes(g)[2]).toEqual([
      'b>c',
      true,
      [
        [405, 94],
        [300, 164],
      ],
    ])
    expect(routes(g)[3]).toEqual([
      'a>a',
      false,
      [
        [285, 66],
        [303, 66],
        [303, 82],
        [285, 82],
      ],
    ])
  })
})
