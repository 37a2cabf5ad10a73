/// The report's stylesheet: readable on screen, A4 on paper. System fonts only (nothing is fetched).
///
/// A compile-time constant: the Content-Security-Policy allows exactly this text by its SHA-256 hash.
enum ReportStyle {
    static let css: StaticString = """
        :root{--ink:#1d2731;--muted:#55606b;--line:#d5dbe1;--accent:#1f3a5f;--soft:#eef3f8;--warn:#fff4d6;--warn-line:#e6c15c;--hl:#d35400;--hl-soft:#fde3cf}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;color:var(--ink);background:#fff;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif}
        main{max-width:62rem;margin:0 auto;padding:1.5rem 1.25rem 4rem}
        h1{font-size:1.9rem;line-height:1.2;margin:.2rem 0 1rem;color:var(--accent)}
        h2{font-size:1.45rem;margin:2.5rem 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid var(--accent);color:var(--accent)}
        h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
        p,li{max-width:48rem}
        .kicker{margin:0;text-transform:uppercase;letter-spacing:.06em;font-size:.8rem;color:var(--muted)}
        .facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}
        .facts dt{color:var(--muted)}
        .facts dd{margin:0}
        .callout{padding:.6rem .9rem;border-left:4px solid var(--accent);background:var(--soft);border-radius:3px}
        .callout.caveat{background:var(--warn);border-left-color:var(--warn-line)}
        .aside{color:var(--muted);font-size:.93rem}
        nav.toc{margin:1.5rem 0;padding:.5rem 1rem;border:1px solid var(--line);border-radius:4px}
        nav.toc h2{font-size:1rem;margin:.3rem 0;border:0;padding:0}
        nav.toc ol{margin:.2rem 0 .4rem;padding-left:1.4rem;columns:2;column-gap:2rem}
        a{color:var(--accent)}
        ul.cards{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));gap:.75rem}
        .card{border:1px solid var(--line);border-radius:4px;padding:.5rem .8rem;break-inside:avoid}
        .card h3{margin:.1rem 0 .3rem;font-size:1.05rem}
        .card ul{margin:0;padding-left:1.1rem}
        .card li{margin:.15rem 0}
        figure{margin:1rem 0}
        svg.diagram{display:block;width:auto;max-width:100%;height:auto;margin:0 auto}
        figcaption{color:var(--muted);font-size:.9rem;text-align:center;margin-top:.3rem}
        .reading{font-size:.93rem;color:var(--muted)}
        table{border-collapse:collapse;width:100%;margin:.75rem 0;font-size:.95rem}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
        thead th{border-bottom:2px solid var(--accent)}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tbody tr:nth-child(even){background:#f7f9fb}
        .blank{display:inline-block;min-width:12rem;min-height:1.4em;border-bottom:1px solid var(--ink);vertical-align:bottom}
        td .blank{min-width:7rem}
        .blank:focus{outline:2px solid var(--accent);background:var(--soft)}
        ol.groups li,ol.members li{margin:.2rem 0}
        .qview{margin:1.5rem 0}
        .js-only{display:none}
        .js .js-only{display:block}
        .switch{margin:.5rem 0 1rem;display:none;flex-wrap:wrap;gap:.4rem}
        .js .switch{display:flex}
        .switch button{font:inherit;font-size:.9rem;padding:.3rem .7rem;border:1px solid var(--accent);border-radius:999px;background:#fff;color:var(--accent);cursor:pointer}
        .switch button[aria-pressed="true"]{background:var(--accent);color:#fff}
        .js .qview.off{display:none}
        .hint{color:var(--muted);font-size:.9rem}
        [data-p]{cursor:pointer}
        .who.hl,tr.hl{background:var(--hl-soft);outline:1px solid var(--hl)}
        tr[data-p]:focus{outline:2px solid var(--accent)}
        svg.diagram g[data-p],svg.diagram g[data-a]{transition:opacity .12s}
        .focusing svg.diagram g[data-p]{opacity:.22}
        .focusing svg.diagram g[data-a]{opacity:.07}
        .focusing svg.diagram g[data-p].hl,.focusing svg.diagram g[data-p].nb,.focusing svg.diagram g[data-a].hl{opacity:1}
        svg.diagram g[data-p].hl ellipse,svg.diagram g[data-p].hl polygon,svg.diagram g[data-p].hl path{stroke:var(--hl);stroke-width:3}
        svg.diagram g[data-a].hl path{stroke-width:3}
        #info{position:fixed;right:1rem;bottom:1rem;max-width:22rem;background:#fff;border:1px solid var(--line);border-left:4px solid var(--hl);border-radius:4px;padding:.6rem .8rem;box-shadow:0 2px 10px rgba(0,0,0,.15);font-size:.9rem}
        #info[hidden]{display:none}
        #info p{margin:.2rem 0}
        footer{margin-top:2rem;color:var(--muted);font-size:.85rem}
        @page{size:A4;margin:14mm 14mm 16mm}
        @page wide{size:A4 landscape;margin:8mm}
        @page tall{size:A4;margin:8mm}
        @media print{
        html{font-size:10.5pt}body{font-size:10.5pt;line-height:1.4}
        main{max-width:none;padding:0}
        nav.toc,.switch,.hint,#info,.js-only{display:none!important}
        section.page{break-before:page}
        h2,h3{break-after:avoid}
        figure,tr,.card,.callout,dl,.reading{break-inside:avoid}
        .js .qview.off{display:block}
        .qview{break-inside:avoid}
        section.page:has(figure.diagram-figure:not(.wide)){page:tall}
        figure.diagram-figure{margin:0}
        figure.diagram-figure svg.diagram{width:100%;height:auto;max-height:268mm}
        figure.wide{page:wide;break-before:page;break-after:page}
        figure.wide svg.diagram{height:182mm;max-height:none}
        .focusing svg.diagram g{opacity:1!important}
        .who.hl,tr.hl{background:none;outline:0}
        a{color:inherit;text-decoration:none}
        tbody tr:nth-child(even){background:none}
        .blank{min-width:14rem}
        }
        """
}
