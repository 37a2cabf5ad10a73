/// The kit's stylesheet: A4 on paper, a sheet-like view on screen. System fonts only (nothing is fetched).
///
/// A compile-time constant: the pages' Content-Security-Policy allows exactly this text by its SHA-256 hash.
enum KitStyle {
    static let css: StaticString = """
        @page{size:A4;margin:14mm}
        *{box-sizing:border-box}
        body{margin:0;color:#1d2731;background:#fff;font:12pt/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Liberation Sans",Arial,sans-serif}
        main,.sheet{max-width:182mm;margin:0 auto}
        h1{font-size:20pt;line-height:1.2;margin:0 0 4mm;color:#1f3a5f}
        h2{font-size:14pt;line-height:1.25;margin:6mm 0 2mm;color:#1f3a5f;break-after:avoid}
        h3{font-size:12pt;margin:4mm 0 1mm;break-after:avoid}
        p,li{margin:1.5mm 0}
        ol,ul{padding-left:7mm}
        a{color:#1f3a5f}
        .kicker{margin:0 0 1mm;font-size:9pt;text-transform:uppercase;letter-spacing:.06em;color:#55606b}
        .callout{padding:2mm 3mm;border-left:3px solid #1f3a5f;background:#eef3f8}
        .warning{padding:2mm 4mm;border:2px solid #b03a2e;background:#fdecea;break-inside:avoid}
        .warning h2{color:#8e2b21;margin-top:2mm}
        .script{font-size:13pt;margin:2mm 0;padding:1mm 4mm;border-left:3px solid #1f3a5f}
        .question{font-size:13pt;font-weight:600;margin:1mm 0}
        .blank{display:inline-block;min-width:60mm;border-bottom:1px solid #1d2731;height:1.15em;vertical-align:bottom;color:#8a949e;font-size:9pt}
        .fill{display:block;height:13mm;border:1px solid #9aa5b1;border-radius:2px;margin:1mm 0 3mm}
        .files dt{font-weight:600;margin-top:2mm}
        .files dd{margin:0 0 0 6mm}
        code,pre{font:11pt ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace}
        pre{background:#eef3f8;padding:2mm 3mm;white-space:pre-wrap}
        .sources{margin-top:7mm;padding-top:1mm;border-top:1px solid #d5dbe1;font-size:9pt;color:#55606b}
        .sources h2{font-size:10pt;color:#55606b;margin:1mm 0}
        .sources li{overflow-wrap:anywhere}
        footer{margin-top:5mm;font-size:9pt;color:#55606b}
        .run{font-size:10pt;line-height:1.36}
        .run h1{margin-bottom:2mm}
        .run .cols{display:grid;grid-template-columns:1fr 1fr;column-gap:7mm}
        .run p,.run li{margin:.8mm 0}
        .run h2{margin:2.5mm 0 .8mm;font-size:11.5pt}
        .run .script{font-size:10.5pt}
        .run .sources{margin-top:3mm;font-size:8pt}
        .letter{font-size:11pt;line-height:1.4}
        .letter h1{font-size:16pt;margin:3mm 0 2mm}
        .letter h2{font-size:12pt;margin:3mm 0 .8mm}
        .letter p,.letter li{margin:1mm 0}
        .letter .sources{margin-top:4mm;font-size:8pt}
        .sheet{break-after:page}
        .sheet:last-child{break-after:auto}
        .sheet h1{font-size:18pt;margin-bottom:1mm}
        .own{font-size:15pt;margin:1mm 0 2mm}
        .sheet h2{font-size:13pt;margin:3mm 0 1mm}
        .ticks{list-style:none;padding:0;margin:0 0 2mm;columns:3;column-gap:6mm;font-size:13pt}
        .ticks li{break-inside:avoid;margin:0;line-height:7.2mm;padding-left:7.3mm;text-indent:-7.3mm}
        .box{display:inline-block;width:4.8mm;height:4.8mm;border:1.5px solid #1d2731;margin-right:2.5mm;vertical-align:-.7mm;text-indent:0}
        .dense .ticks li{line-height:6.2mm}
        .c4 .ticks{columns:4;font-size:12pt}
        .c4 .ticks li{line-height:6.6mm}
        .c4.dense .ticks li{line-height:5.8mm}
        .c5 .ticks{columns:5;font-size:11pt}
        .c5 .ticks li{line-height:6mm}
        .c5.dense .ticks li{line-height:5.2mm}
        .thanks{margin-top:3mm;font-size:12pt}
        table.interview{border-collapse:collapse;width:100%;font-size:12pt}
        table.interview th,table.interview td{border:1px solid #55606b;padding:0 2mm;height:7.5mm;text-align:left}
        table.interview td.mark,table.interview th.mark{width:24mm;text-align:center}
        .dense table.interview th,.dense table.interview td{height:6.2mm}
        .denser table.interview th,.denser table.interview td{height:5.4mm;font-size:11pt}
        @media screen{body{background:#eef1f4}main,.sheet{background:#fff;padding:10mm 12mm;margin:6mm auto;box-shadow:0 1px 4px rgba(0,0,0,.18)}}
        @media print{a{color:inherit;text-decoration:none}}
        """
}
