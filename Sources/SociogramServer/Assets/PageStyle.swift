extension PageAssets {
    /// `/app.css`: calm, readable at 1280×800 and on a laptop, print-friendly, visible keyboard focus.
    static let style = #"""
        :root { --ink: #1f2933; --muted: #52606d; --line: #cbd2d9; --soft: #f5f7fa; --accent: #1f5fa8; --warn: #8a4b00; --bad: #a61b1b; }
        * { box-sizing: border-box; }
        html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
        body { margin: 0; line-height: 1.5; font-size: 16px; }
        header.top { display: flex; justify-content: space-between; align-items: flex-start; gap: 1rem; padding: 1rem 2rem; border-bottom: 1px solid var(--line); background: var(--soft); }
        header.top h1 { margin: 0; font-size: 1.6rem; }
        .tagline { margin: .25rem 0 0; color: var(--muted); max-width: 48rem; }
        .controls { display: flex; gap: .5rem; align-items: center; white-space: nowrap; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 2rem 4rem; }
        .step { border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.5rem 1.5rem; margin: 1.25rem 0; }
        .step h2 { margin-top: .25rem; font-size: 1.3rem; }
        .help, .small { color: var(--muted); }
        .small { font-size: .9rem; }
        .lead { font-size: 1.1rem; font-weight: 600; }
        .drop { border: 2px dashed var(--accent); border-radius: 10px; padding: 1.5rem; text-align: center; background: #f0f6fc; }
        .drop.over { background: #dcebfa; }
        .drop-title { font-size: 1.25rem; font-weight: 600; margin: 0 0 .25rem; }
        .drop-label { display: block; margin-bottom: .5rem; }
        .row { margin: 1rem 0; }
        .row.inline { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; }
        .row.inline input[type=number] { width: 5rem; }
        .buttons { display: flex; gap: .75rem; flex-wrap: wrap; }
        button { font: inherit; padding: .55rem 1.1rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
        button.secondary { background: #fff; color: var(--accent); }
        button:disabled { opacity: .6; cursor: wait; }
        select, input[type=number] { font: inherit; padding: .3rem .4rem; }
        :focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
        .status { position: sticky; top: 0; background: #fff8e1; border: 1px solid #f0b429; padding: .5rem 1rem; border-radius: 6px; z-index: 2; }
        .error { border-left: 5px solid var(--bad); background: #fdecea; padding: .75rem 1rem; margin-top: 1rem; }
        .error p { margin: .25rem 0 0; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .95rem; white-space: pre-wrap; }
        table.grid { border-collapse: collapse; width: 100%; }
        table.grid th, table.grid td { border-bottom: 1px solid var(--line); padding: .4rem .5rem; text-align: left; vertical-align: top; }
        table.grid th { background: var(--soft); font-weight: 600; }
        .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
        ul.plain { list-style: none; padding: 0; margin: .25rem 0; }
        ul.plain li { padding: .15rem 0; }
        ul.messages { padding-left: 1.25rem; font-size: .92rem; }
        ul.messages li.warning { color: var(--warn); }
        details { margin-top: 1rem; }
        summary { cursor: pointer; color: var(--accent); }
        summary h2 { display: inline; }
        .snapshot { border-left: 4px solid var(--line); padding-left: .75rem; color: var(--muted); }
        .consent { background: #eef7ee; border-left: 5px solid #2f7d32; padding: .6rem 1rem; }
        ol.people li { margin-bottom: .5rem; }
        ol.people .reasons { display: block; color: var(--muted); font-size: .92rem; }
        iframe#report-frame { width: 100%; height: 75vh; max-height: 56rem; border: 1px solid var(--line); border-radius: 6px; margin-top: 1rem; background: #fff; }
        fieldset { border: 1px solid var(--line); border-radius: 6px; margin: .75rem 0; padding: .5rem 1rem .75rem; }
        legend { font-weight: 600; padding: 0 .25rem; }
        .checks { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: .15rem 1rem; }
        .pair-list li { display: flex; gap: .75rem; align-items: center; }
        .pair-list button { padding: .1rem .6rem; font-size: .9rem; }
        .round { margin-top: 1.5rem; }
        .group-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: .75rem; }
        .card { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; background: var(--soft); }
        .card h4 { margin: 0 0 .25rem; }
        .card ul { margin: 0; padding-left: 1.1rem; }
        .card .lead-mark { font-weight: 600; }
        .card .alone { color: var(--bad); }
        .unmet li { color: var(--warn); }
        table.grid caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        table.grid td.num { text-align: right; font-variant-numeric: tabular-nums; }
        .diagram { max-width: min(100%, 56rem); height: auto; border: 1px solid var(--line); border-radius: 6px; margin-top: .75rem; background: #fff; }
        ul.downloads { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: .5rem 1.5rem; }
        ul.downloads a { font-weight: 600; }
        ul.downloads .key { color: var(--warn); }
        a { color: var(--accent); }
        @media (max-width: 800px) { .columns { grid-template-columns: 1fr; } header.top { flex-direction: column; } main { padding: 1rem; } }
        #seating-room-size.unmet-line, .unmet li.hard { color: var(--bad); }
        @media print { #seating-form, .seating-links { display: none !important; } }
        @media print {
          header.top .controls, #load, .buttons, #groups-form, #downloads, iframe { display: none !important; }
          .step { border: none; padding: 0; }
          main { max-width: none; }
        }

        """#
}
