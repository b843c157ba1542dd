/// The page's stylesheet, served as `/workbench.css` (the page's content policy allows no inline style).
extension PageAssets {
    static let style = #"""
        :root { --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --accent: #8b0000; --good: #155724; --bad: #a10000; --paper: #ffffff; --tint: #f4f4f4; }
        * { box-sizing: border-box; }
        html { font-size: 100%; }
        html.large { font-size: 150%; }
        body { margin: 0; font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: var(--paper); line-height: 1.45; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: var(--paper); padding: .5rem; z-index: 10; }
        .bar { padding: .75rem 1.25rem; border-bottom: 3px solid var(--accent); background: var(--tint); }
        .bar h1 { margin: 0 0 .25rem; font-size: 1.5rem; }
        .tools { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
        button { font: inherit; padding: .35rem .75rem; border: 1px solid var(--ink); border-radius: 4px; background: var(--paper); color: var(--ink); cursor: pointer; }
        button[aria-pressed="true"] { background: var(--ink); color: var(--paper); }
        button:disabled { color: #595959; border-color: #767676; cursor: not-allowed; }
        button.fix { border-color: var(--good); color: var(--good); margin: .2rem 0; }
        input, select { font: inherit; padding: .25rem; border: 1px solid #767676; border-radius: 3px; max-width: 100%; }
        input[type="checkbox"], input[type="radio"] { width: 1.2em; height: 1.2em; }
        :focus-visible { outline: 3px solid #1f5fbf; outline-offset: 2px; }
        [aria-invalid="true"] { border: 2px solid var(--bad); }
        .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.25rem; padding: 1rem 1.25rem; }
        html.large .layout { grid-template-columns: 1fr; }
        .documents section { position: relative; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; }
        .card.has-problem { border-left: 6px solid var(--bad); }
        .card h3 { margin: 0 0 .25rem; }
        .intro, .hint, .summary { color: var(--muted); margin: .2rem 0; }
        .setting { display: grid; grid-template-columns: minmax(10rem, 1fr) minmax(8rem, 1fr); gap: .2rem .75rem; padding: .4rem 0; border-top: 1px dotted var(--line); align-items: center; }
        .setting .hint, .setting .problems, .setting details { grid-column: 1 / -1; }
        fieldset { border: 1px solid var(--line); border-radius: 4px; margin: .5rem 0; }
        .option { padding: .3rem 0; }
        .option label { font-weight: 600; margin-left: .3rem; }
        details summary { cursor: pointer; color: var(--muted); }
        .problems { margin: .2rem 0; padding-left: 1.2rem; }
        .problem.error { color: var(--bad); }
        .problem.warning { color: #7a4a00; }
        .problem .rule, .problem .because, .problem .advice { color: var(--muted); }
        #verdict.valid, p.valid { color: var(--good); font-weight: 600; }
        #verdict.invalid, p.invalid { color: var(--bad); font-weight: 600; }
        #agm { border: 2px solid var(--accent); border-radius: 6px; padding: .75rem 1rem; margin: 0 0 1rem; }
        .row, .adopt { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
        .document { overflow-wrap: break-word; border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; max-height: 80vh; overflow: auto; background: #fffdf8; }
        html.large .document { max-height: none; }
        .document nav.contents ol { list-style: none; padding-left: 0; }
        .document ins { background: #d4f4dd; color: #0b3d1a; text-decoration: underline; }
        .document del { background: #fbdada; color: #6b0000; text-decoration: line-through; }
        .document .watermark { color: #6b0000; font-weight: 700; }
        .document table { border-collapse: collapse; max-width: 100%; }
        .document pre, .document code { white-space: pre-wrap; overflow-wrap: anywhere; }
        .layout > div { min-width: 0; }
        .document th, .document td { border: 1px solid var(--line); padding: .2rem .4rem; }
        .empty { color: var(--muted); }
        .table-wrap { overflow-x: auto; }
        table.records { border-collapse: collapse; width: 100%; margin: .5rem 0 .25rem; }
        table.records th, table.records td { border-bottom: 1px dotted var(--line); padding: .25rem .15rem; text-align: left; vertical-align: middle; }
        table.records thead th { color: var(--muted); font-weight: 600; vertical-align: bottom; border-bottom: 2px solid var(--line); }
        table.records tbody th { color: var(--muted); font-weight: 400; width: 2rem; }
        table.records input[type="text"], table.records input[type="date"], table.records input[type="number"], table.records select { width: 100%; min-width: 0; }
        table.records th.col-string { min-width: 7rem; }
        table.records th.col-choice { min-width: 11rem; }
        table.records th.col-integer { min-width: 5rem; }
        table.records th.col-date { min-width: 7.5rem; }
        table.records th.col-boolean { width: 4.5rem; }
        table.records tr.record-problems td { border-bottom: 1px solid var(--line); padding-top: 0; }
        table.records button.remove-record { white-space: nowrap; padding: .3rem .45rem; }
        table.records input, table.records select { padding: .2rem; }
        .card.has-problem tr.record-problems:not([hidden]) td { background: #fff5f5; }
        button.add-record { margin: .25rem 0 .5rem; }
        """#
}
