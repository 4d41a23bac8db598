"""Page shells shared by holdout42's source modules (invented wording is passed in by each case)."""


def modern(head, site, nav, crumb, meta, side, foot, tools="", pre="", post="", h1="{T}", scripts=True):
    """A modern template: head, header, nav, breadcrumb, article, sidebar, footer, scripts."""
    s = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{head}</title>
<link rel="stylesheet" href="/static/css/main.min.css">
<script>var _hmt=_hmt||[];(function(){{var s=document.createElement('script');s.src='/tj.js';}})();</script>
</head><body>
<header class="top"><div class="logo">⟦m {site}⟧</div></header>
<nav class="menu">⟦m {nav}⟧</nav>
<div class="crumb">⟦m {crumb}⟧</div>
<div class="wrap"><article class="main">
<h1>{h1}</h1>
<div class="info">⟦m {meta}⟧</div>
{"<div class='tools'>⟦a " + tools + "⟧</div>" if tools else ""}
{pre}
<div class="content">
{{BODY}}
</div>
{post}
</article>
<aside class="side">{side}</aside></div>
<footer>{foot}</footer>
{"<script src='/static/js/jquery.min.js'></script><script>$('.share').on('click',function(){return false;});</script>" if scripts else ""}
</body></html>"""
    return s


def oldtable(head, site, nav, crumb, meta, side, foot, pre="", post="", h1="{T}"):
    """An old gb2312/ASP table layout."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{head}</title>
<style>td{{font-size:12px}}</style></head>
<body topmargin="0">
<table width="980" align="center"><tr><td>⟦m {site}⟧</td></tr>
<tr><td>⟦m {nav}⟧</td></tr></table>
<table width="980" align="center"><tr><td width="720" valign="top">
<table width="100%"><tr><td>⟦m {crumb}⟧</td></tr>
<tr><td align="center"><b>{h1}</b></td></tr>
<tr><td align="center">⟦m {meta}⟧</td></tr>
<tr><td>{pre}
{{BODY}}
{post}</td></tr></table></td>
<td width="250" valign="top">{side}</td></tr></table>
<table width="980" align="center"><tr><td align="center">{foot}</td></tr></table>
<script language="javascript" src="/count.asp?id=1"></script>
</body></html>"""


def box(cls, items, tag="li"):
    """A sidebar or footer box: every item a marked line."""
    return "<ul>" + "".join(f"<{tag}>⟦{cls} {x}⟧</{tag}>" for x in items) + "</ul>"
