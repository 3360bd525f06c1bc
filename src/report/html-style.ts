/**
 * The HTML report's stylesheet, inlined in the page: system fonts only, readable tables, charts scaled to the page.
 * Internal.
 *
 * @internal
 */

/**
 * The stylesheet's text. A function rather than a constant, so that it is made while a page is rendered: the
 * tests that check the page's text (the HTML golden file holds it byte for byte) are then the ones that check it.
 *
 * @internal
 */
export const style = (): string =>
  [
    ':root{color-scheme:light;--ink:#1b1f23;--muted:#5a6270;--line:#e3e6ea;--soft:#f6f7f9;--accent:#1f4e79}',
    '*{box-sizing:border-box}',
    "body{margin:0;background:#ffffff;color:var(--ink);font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}",
    'main{max-width:1200px;margin:0 auto;padding:24px 20px 64px}',
    'header{border-bottom:2px solid var(--ink);margin-bottom:8px;padding-bottom:12px}',
    'h1{font-size:28px;line-height:1.2;margin:0 0 6px}',
    'h2{font-size:21px;margin:36px 0 10px;padding-top:10px;border-top:1px solid var(--line)}',
    'h3{font-size:16px;margin:22px 0 8px}',
    'p{margin:6px 0 10px;max-width:78em}',
    'p.meta,.meta{color:var(--muted)}',
    'p.note{color:var(--muted);font-style:italic}',
    'nav{display:flex;flex-wrap:wrap;gap:6px;margin-top:10px}',
    'nav a{padding:2px 10px;border:1px solid var(--line);border-radius:12px;color:var(--accent);text-decoration:none;font-size:13px}',
    'a{color:var(--accent)}',
    'ul,ol{margin:6px 0 12px;padding-left:24px}',
    'li{margin:2px 0}',
    '.table{overflow-x:auto;margin:8px 0 16px}',
    'table{border-collapse:collapse;font-size:13px;min-width:50%}',
    'th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}',
    'th{background:var(--soft);font-weight:600}',
    'tbody tr:nth-child(even){background:#fbfbfc}',
    'sup.cite{font-size:10px;color:var(--muted);margin-left:2px}',
    'sup.cite a{text-decoration:none}',
    'figure{margin:14px 0 26px;padding:12px;border:1px solid var(--line);border-radius:6px}',
    'figcaption{color:var(--muted);font-size:13px;margin-bottom:8px}',
    '.chart{overflow-x:auto}',
    '.chart svg{display:block;max-width:100%;height:auto}',
    'ol.sources{font-size:13px}',
    'ol.sources li{word-break:break-word}',
    '@media print{nav{display:none}figure{break-inside:avoid}}',
  ].join('')
