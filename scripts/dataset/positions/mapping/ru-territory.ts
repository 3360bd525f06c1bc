/**
 * Russia's territory records of positions.json (group `RU`, keys `territory_*`), in file order. Rules: see
 * ../mapping.ts.
 */
import { except, needs, on, opts, rec, seq, toward, words, type Entry } from '../dsl'

const NOT_WITHDRAWAL = (region: 'donetsk' | 'luhansk' | 'zaporizhzhia' | 'kherson') =>
  except(`territory.${region}.control`, 'withdrawal')

export const ruTerritory: Readonly<Record<string, ReadonlyArray<Entry>>> = {
  territory_crimea: [
    rec('2025-06-02', on('territory.crimea.recognition', { ideal: 'de-jure' })),
    rec(
      '2025-08-15',
      on('territory.crimea.recognition', {
        acceptable: toward('RU', 'territory.crimea.recognition', 'de-jure'),
        note: 'Formal recognition of sovereignty is de jure recognition; whether by the US only or by all is unclear.',
      }),
    ),
    rec(
      '2025-11-21',
      on('territory.crimea.recognition', {
        acceptable: toward('RU', 'territory.crimea.recognition', 'de-facto'),
        note: 'De facto recognition (the 28-point draft) accepted as a basis for a settlement, not as a final text.',
      }),
    ),
    rec(
      '2025-12-19',
      on('territory.crimea.recognition', { redLines: opts('none') }),
      ...(['donetsk', 'luhansk', 'zaporizhzhia', 'kherson'] as const).map((r) =>
        on(`territory.${r}.recognition`, {
          redLines: opts('none'),
          note: "The map shown at the press conference had the four regions as Russian too; recognition of the 'realities' covers them.",
        }),
      ),
    ),
  ],
  territory_donetsk: [
    rec(
      '2024-06-14',
      on('territory.donetsk.control', {
        ideal: 'withdrawal',
        conditions: [
          seq(
            'territory.donetsk.control',
            'ceasefire.scope',
            "Ukraine's withdrawal from the whole region triggers the ceasefire.",
            'UA',
          ),
        ],
      }),
    ),
    rec(
      '2025-05-16',
      ...(['donetsk', 'luhansk', 'zaporizhzhia', 'kherson'] as const).map((r, i) =>
        on(`territory.${r}.control`, {
          redLines: NOT_WITHDRAWAL(r),
          conditions: [
            seq(`territory.${r}.control`, 'ceasefire.scope', 'Withdrawal before any ceasefire.', 'UA'),
          ],
          ...(i === 0 ? {} : { note: 'The reported demand covered all four regions.' }),
        }),
      ),
    ),
    rec(
      '2025-06-02',
      on('territory.donetsk.control', {
        ideal: 'withdrawal',
        conditions: [
          seq(
            'territory.donetsk.control',
            'ceasefire.scope',
            'Ceasefire option 1 of the memorandum: the ceasefire begins with the withdrawal.',
            'UA',
          ),
        ],
      }),
      on('territory.donetsk.recognition', { ideal: 'de-jure' }),
    ),
    rec(
      '2025-08-15',
      on('territory.donetsk.control', {
        acceptable: toward('RU', 'territory.donetsk.control', 'withdrawal'),
        conditions: [
          seq(
            'territory.donetsk.control',
            'ceasefire.scope',
            'No ceasefire before a full deal that includes the withdrawal.',
            'UA',
          ),
          words('In return Russia freezes the front elsewhere.'),
        ],
        note: 'The core territorial demand narrowed from the four regions to Donbas.',
      }),
    ),
    rec(
      '2025-11-27',
      on('territory.donetsk.control', {
        redLines: NOT_WITHDRAWAL('donetsk'),
        conditions: [
          seq(
            'territory.donetsk.control',
            'ceasefire.scope',
            'Fighting stops only once Ukrainian troops leave.',
            'UA',
          ),
        ],
        note: "'The territories they hold' is read by some as Donbas only and by others as all four regions; mapped on Donetsk, which every reading includes.",
      }),
    ),
    rec('2025-12-02', on('territory.donetsk.control')),
    rec(
      '2025-12-28',
      ...(['donetsk', 'luhansk'] as const).map((r, i) =>
        on(`territory.${r}.control`, {
          redLines: NOT_WITHDRAWAL(r),
          conditions: [
            seq(
              `territory.${r}.control`,
              'ceasefire.scope',
              'Withdrawal without delay; a 60-day ceasefire first is rejected.',
              'UA',
            ),
          ],
          ...(i === 0
            ? {}
            : { note: 'Donbas includes the part of Luhansk region that Ukraine still holds.' }),
        }),
      ),
    ),
    rec(
      '2026-01-22',
      ...(['donetsk', 'luhansk'] as const).map((r, i) =>
        on(`territory.${r}.control`, {
          redLines: NOT_WITHDRAWAL(r),
          conditions: [words('Withdrawal from Donbas presented as a condition even for trilateral talks.')],
          ...(i === 0
            ? {}
            : { note: 'Donbas includes the part of Luhansk region that Ukraine still holds.' }),
        }),
      ),
    ),
    rec(
      '2026-02-05',
      on('territory.donetsk.recognition', {
        ideal: 'de-jure',
        note: 'International recognition as Russian.',
      }),
      on('territory.luhansk.recognition', {
        ideal: 'de-jure',
        note: 'International recognition as Russian.',
      }),
    ),
    rec(
      '2026-02-18',
      ...(['donetsk', 'luhansk'] as const).map((r, i) =>
        on(`territory.${r}.control`, {
          redLines: NOT_WITHDRAWAL(r),
          ...(i === 0
            ? {}
            : { note: 'Donbas includes the part of Luhansk region that Ukraine still holds.' }),
        }),
      ),
    ),
  ],
  territory_luhansk: [
    rec('2024-06-14', on('territory.luhansk.control', { ideal: 'withdrawal' })),
    rec(
      '2025-06-02',
      on('territory.luhansk.control', { ideal: 'withdrawal' }),
      on('territory.luhansk.recognition', { ideal: 'de-jure' }),
    ),
    rec('2025-08-15', on('territory.luhansk.control', { redLines: NOT_WITHDRAWAL('luhansk') })),
  ],
  territory_zaporizhzhia: [
    rec('2024-06-14', on('territory.zaporizhzhia.control', { ideal: 'withdrawal' })),
    rec(
      '2025-06-02',
      on('territory.zaporizhzhia.control', { ideal: 'withdrawal' }),
      on('territory.zaporizhzhia.recognition', { ideal: 'de-jure' }),
    ),
    rec(
      '2025-08-15',
      on('territory.zaporizhzhia.control', {
        acceptable: toward('RU', 'territory.zaporizhzhia.control', 'contact-line'),
        redLines: opts('restored'),
        conditions: [
          needs('territory.donetsk.control', opts('withdrawal'), 'Only if Donbas is handed over.'),
          needs('territory.luhansk.control', opts('withdrawal'), 'Only if Donbas is handed over.'),
        ],
        note: 'A freeze here lifts contact-line and demilitarised from the red line of 16 May (withdrawal from all four regions); restored stays ruled out.',
      }),
    ),
    rec(
      '2025-12-19',
      on('territory.zaporizhzhia.control', {
        ideal: 'withdrawal',
        note: "Analysts' reading of Putin's year-end remarks; the freeze of 15 August is not withdrawn in words.",
      }),
      on('territory.kherson.control', {
        ideal: 'withdrawal',
        note: "Analysts' reading of Putin's year-end remarks; the freeze of 15 August is not withdrawn in words.",
      }),
    ),
    rec(
      '2025-12-29',
      on('territory.zaporizhzhia.control', {
        ideal: 'withdrawal',
        note: 'An order to take the whole region by force.',
      }),
    ),
  ],
  territory_kherson: [
    rec('2024-06-14', on('territory.kherson.control', { ideal: 'withdrawal' })),
    rec(
      '2025-06-02',
      on('territory.kherson.control', { ideal: 'withdrawal' }),
      on('territory.kherson.recognition', { ideal: 'de-jure' }),
    ),
    rec(
      '2025-08-15',
      on('territory.kherson.control', {
        acceptable: toward('RU', 'territory.kherson.control', 'contact-line'),
        redLines: opts('restored'),
        conditions: [
          needs(
            'territory.donetsk.control',
            opts('withdrawal'),
            'Reported as part of the Alaska package: Donbas handed over for a freeze elsewhere.',
          ),
        ],
        note: 'A freeze here lifts contact-line and demilitarised from the red line of 16 May (withdrawal from all four regions); restored stays ruled out.',
      }),
    ),
  ],
  territory_kursk_and_other: [
    rec('2025-04-26', on('territory.other-areas')),
    rec('2025-05-16', on('territory.other-areas')),
    rec(
      '2025-08-15',
      on('territory.other-areas', {
        acceptable: toward('RU', 'territory.other-areas', 'exchanged'),
        conditions: [
          needs(
            'territory.donetsk.control',
            opts('withdrawal'),
            'Reported as part of the Alaska package in which Ukraine leaves Donbas.',
          ),
        ],
        note: 'Handing back about 440 km² of Sumy and Kharkiv regions within the Donbas package: nearest option exchanged. A concession, so recorded as acceptable.',
      }),
    ),
  ],
  territory_general: [
    rec(
      '2025-03-13',
      on('ceasefire.sequencing', {
        ideal: 'framework-first',
        note: "The ceasefire must lead to a lasting peace that removes the 'root causes': the terms of peace before the truce, nearest option framework-first.",
      }),
    ),
    rec(
      '2025-11-27',
      ...(['crimea', 'donetsk', 'luhansk', 'zaporizhzhia', 'kherson'] as const).map((r) =>
        on(`territory.${r}.recognition`, {
          ideal: 'de-jure',
          note: "International recognition of Russia's territorial gains.",
        }),
      ),
    ),
    rec('2025-12-27', on('territory.line-of-contact')),
  ],
}
