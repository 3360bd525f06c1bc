/**
 * A small negotiation for the diff context tests: a subset of 31 elements (past the 30 that a bit mask holds), a
 * small subset, an unordered and an ordered choice, a flag and a quantity, read by two principals and a mediator,
 * with two drafts.
 */
import { frozen } from '../algebra/arbitraries'
import type { Negotiation } from '../../src'

const many = Array.from({ length: 31 }, (_, i) => ({ id: `e${String(i)}`, label: `E${String(i)}` }))

export const wide = frozen({
  format: 'negotiation-positions/1',
  title: 'Context fixture',
  parties: {
    B: { name: 'Beta', role: 'principal' },
    A: { name: 'Alpha', role: 'principal' },
    M: { name: 'Mediator', role: 'mediator' },
  },
  issues: {
    big: { label: 'Big', category: 'other', domain: { kind: 'subset', universe: many } },
    small: {
      label: 'Small',
      category: 'other',
      domain: {
        kind: 'subset',
        universe: [
          { id: 'p', label: 'P' },
          { id: 'q', label: 'Q' },
          { id: 'r', label: 'R' },
        ],
      },
    },
    venue: {
      label: 'Venue',
      category: 'other',
      domain: {
        kind: 'choice',
        options: [
          { id: 'x', label: 'X' },
          { id: 'y', label: 'Y' },
          { id: 'z', label: 'Z' },
        ],
      },
    },
    level: {
      label: 'Level',
      category: 'other',
      domain: {
        kind: 'choice',
        ordered: true,
        options: [
          { id: 'low', label: 'Low' },
          { id: 'mid', label: 'Mid' },
          { id: 'high', label: 'High' },
        ],
      },
    },
    flag: { label: 'Flag', category: 'other', domain: { kind: 'flag' } },
    qty: { label: 'Quantity', category: 'other', domain: { kind: 'quantity', unit: 'u', min: 0, max: 100 } },
  },
  positions: [
    {
      id: 'a-big',
      party: 'A',
      issue: 'big',
      asOf: '2025-01-01',
      sources: ['s2', 's1'],
      ideal: ['e0', 'e30'],
    },
    {
      id: 'a-qty',
      party: 'A',
      issue: 'qty',
      asOf: '2025-01-01',
      sources: ['s1'],
      acceptable: { kind: 'intervals', intervals: [{ min: 0, max: 50 }] },
    },
    {
      id: 'b-small',
      party: 'B',
      issue: 'small',
      asOf: '2025-01-01',
      sources: ['s1'],
      ideal: ['p', 'q'],
      redLines: { kind: 'subsets', any: [{ include: ['r'] }] },
    },
    {
      id: 'b-venue',
      party: 'B',
      issue: 'venue',
      asOf: '2025-01-01',
      sources: ['s1'],
      ideal: 'x',
      redLines: { kind: 'options', options: ['z'] },
    },
    { id: 'b-level', party: 'B', issue: 'level', asOf: '2025-01-01', sources: ['s2'], ideal: 'high' },
    {
      id: 'b-level-2',
      party: 'B',
      issue: 'level',
      asOf: '2025-02-01',
      sources: ['s1'],
      acceptable: { kind: 'options', options: ['mid', 'high'] },
    },
    { id: 'b-qty', party: 'B', issue: 'qty', asOf: '2025-01-01', sources: ['s2'], ideal: 100 },
    { id: 'm-flag', party: 'M', issue: 'flag', asOf: '2025-01-01', sources: ['s2'], ideal: true },
  ],
  proposals: {
    d1: {
      title: 'Draft 1',
      date: '2025-03-01',
      tabledBy: ['M'],
      sources: [],
      terms: {
        big: { value: ['e0'] },
        small: { value: ['r'] },
        venue: { value: 'z' },
        level: { value: 'low' },
        flag: { value: false },
        qty: { value: 80 },
      },
    },
    d2: {
      title: 'Draft 2',
      date: '2025-03-02',
      tabledBy: ['M'],
      sources: [],
      basedOn: 'd1',
      terms: {
        big: { value: ['e0', 'e30'] },
        small: { value: ['p'] },
        venue: { value: 'y' },
        level: { value: 'high' },
        flag: { value: true },
        qty: { value: 40 },
      },
    },
  },
  events: [],
  sources: { s1: { title: 'One' }, s2: { title: 'Two' } },
}) as unknown as Negotiation
