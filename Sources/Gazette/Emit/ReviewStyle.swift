/// The style sheet and the one script of the review pages, inlined in every page: nothing is
/// loaded from anywhere, and the fonts are the system's.
///
/// Nothing is told by colour alone: figures are underlined and badged "#", dates dashed and
/// badged "◷", leading units dotted and badged "▲", findings carry an icon and a word for
/// their severity. Text colours keep a contrast of at least 7:1 on their backgrounds.
package enum ReviewStyle {
    package static let page = """
        :root{--ink:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--paper:#fff;--panel:#f6f6f4;--fig:#fff1a8;\
        --date:#dcefff;--org:#e6f4e1;--err:#9b0014;--warn:#6b4200;--info:#174a87;--focus:#0b57d0}
        *{box-sizing:border-box}
        body{margin:0;color:var(--ink);background:var(--paper);font:16px/1.75 system-ui,-apple-system,"Segoe UI",\
        "PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif}
        a{color:var(--info)}
        :focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        header.bar{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:baseline;padding:.6rem 1.2rem;\
        border-bottom:1px solid var(--line);background:var(--panel);font-size:.9rem}
        header.bar .name{font-weight:600}
        .legend span{margin-right:.8rem}
        .layout{display:grid;grid-template-columns:minmax(12rem,16rem) minmax(0,1fr) minmax(14rem,22rem);\
        gap:1.5rem;padding:1rem 1.2rem;align-items:start}
        @media (max-width:60rem){.layout{grid-template-columns:1fr}}
        nav.outline,aside.findings{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto;\
        font-size:.88rem;line-height:1.5;background:var(--panel);border:1px solid var(--line);padding:.6rem .8rem}
        nav.outline ol{list-style:none;padding-left:.9rem;margin:.2rem 0}
        nav.outline>ol{padding-left:0}
        nav.outline li{margin:.15rem 0}
        h2.panel{font-size:1rem;margin:.2rem 0 .5rem}
        main.doc{max-width:46rem}
        main.doc h1{font-size:1.6rem;line-height:1.4;margin:.4rem 0}
        .subtitle{font-size:1.15rem;color:var(--muted);margin:.2rem 0 1rem}
        .missing{font-style:italic;color:var(--muted)}
        .part-label{font-size:.75rem;letter-spacing:.05em;text-transform:uppercase;color:var(--muted);\
        border:1px solid var(--line);border-radius:3px;padding:0 .3rem;margin-right:.4rem;font-weight:400}
        section.part,section.sec{margin:1rem 0;scroll-margin-top:1rem}
        section.sec{border-left:3px solid var(--line);padding-left:.8rem}
        .heading{font-size:1.1rem;line-height:1.5;margin:.6rem 0 .3rem}
        .marker{display:inline-block;font-weight:700;border:1px solid var(--ink);border-radius:3px;\
        padding:0 .35rem;margin-right:.45rem;background:var(--paper)}
        .form{font-size:.75rem;font-weight:400;color:var(--muted);margin-left:.4rem}
        .units{font-size:.9rem;margin:.2rem 0}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem;font-size:.88rem;margin:.6rem 0}
        dl.meta dt{color:var(--muted)}
        dl.meta dd{margin:0}
        mark{color:inherit;position:relative;padding:0 1px;border-radius:2px;scroll-margin-top:50vh}
        mark.fig{background:var(--fig);border-bottom:2px solid var(--ink);cursor:help}
        mark.fig::before{content:"#";font-size:.6em;vertical-align:super;margin-right:1px}
        mark.date{background:var(--date);border-bottom:2px dashed var(--ink)}
        mark.date::before{content:"\\25F7";font-size:.6em;vertical-align:super;margin-right:1px}
        .org{background:var(--org);border-bottom:2px dotted var(--ink);font-weight:600}
        .org::before{content:"\\25B2";font-size:.55em;vertical-align:super;margin-right:1px}
        mark.flagged{outline:2px solid var(--err);outline-offset:1px}
        mark.flagged::after,.flagged>.heading::after,h1.flagged::after{content:" !";color:var(--err);font-weight:700}
        mark[title]:hover::after,mark[title]:focus::after,mark[title]:target::after{content:attr(title);position:absolute;left:0;\
        top:100%;z-index:5;white-space:pre;font-size:.8rem;line-height:1.45;color:var(--paper);background:var(--ink);\
        padding:.35rem .5rem;border-radius:4px;font-weight:400}
        :target{outline:3px solid var(--focus);outline-offset:3px}
        figure.caption{margin:.8rem 0;padding:.4rem .7rem;border:1px dashed var(--line)}
        table.data{border-collapse:collapse;font-size:.9rem;margin:.6rem 0}
        table.data th,table.data td{border:1px solid var(--line);padding:.2rem .5rem;vertical-align:top}
        table.data caption{text-align:left;font-weight:600}
        ol.findings{list-style:none;padding:0;margin:0}
        ol.findings li{margin:.35rem 0;padding:.3rem .4rem;border-left:4px solid var(--line);background:var(--paper)}
        .sev{font-weight:700;white-space:nowrap}
        .sev-error{border-left-color:var(--err)!important}.sev-error .sev{color:var(--err)}
        .sev-warning{border-left-color:var(--warn)!important}.sev-warning .sev{color:var(--warn)}
        .sev-info .sev{color:var(--info)}
        code{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.85em}
        .pointer{color:var(--muted);word-break:break-all}
        details.source{margin:1.5rem 0;border:1px solid var(--line);padding:.4rem .7rem;background:var(--panel)}
        details.source pre{white-space:pre-wrap;word-break:break-all;font-size:.8rem;line-height:1.5;max-height:40rem;\
        overflow:auto}
        .status{font-weight:700}
        .status-fail{color:var(--err)}.status-warn{color:var(--warn)}.status-pass{color:#1f5e20}
        table.index{border-collapse:collapse;margin:1rem 1.2rem;font-size:.92rem}
        table.index th,table.index td{border:1px solid var(--line);padding:.3rem .6rem;text-align:left}
        table.index td.num{text-align:right;font-variant-numeric:tabular-nums}
        table.index th button{font:inherit;font-weight:700;background:none;border:0;padding:0;cursor:pointer;\
        color:var(--ink)}
        table.index th[aria-sort=ascending] button::after{content:" \\25B2"}
        table.index th[aria-sort=descending] button::after{content:" \\25BC"}
        table.index tr.failing{background:#fff4f4}
        """

    /// Sorts the index table by the column whose header button is pressed (again: the other
    /// way); cells sort by their `data-v` value, numerically when both are numbers.
    package static let sortScript = """
        (function(){var t=document.querySelector('table.index');if(!t)return;var b=t.tBodies[0];
        t.querySelectorAll('thead th').forEach(function(th,i){var btn=th.querySelector('button');if(!btn)return;
        btn.addEventListener('click',function(){var up=th.getAttribute('aria-sort')!=='ascending';
        t.querySelectorAll('thead th').forEach(function(o){o.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',up?'ascending':'descending');
        var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){
        var a=x.cells[i].getAttribute('data-v'),c=y.cells[i].getAttribute('data-v');
        var n=parseFloat(a),m=parseFloat(c);var r=(!isNaN(n)&&!isNaN(m))?n-m:a.localeCompare(c,'zh');
        return up?r:-r;});rows.forEach(function(r){b.appendChild(r);});});});})();
        """
}
