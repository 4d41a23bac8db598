"""Page shells for holdout38's HTML cases (invented wording is passed in by each case)."""


def modern(title, top="", nav="", crumb="", info="", before="", after="", side="", foot="", head=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title}</title>{head}
<link rel="stylesheet" href="/static/css/main.css">
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
</head><body>
<header class="site-head">{top}</header>
<nav class="menu">{nav}</nav>
<div class="wrap"><main class="col-main">
<div class="crumbs">{crumb}</div>
<article>
<h1 class="art-title">{{T}}</h1>
<div class="art-info">{info}</div>
{before}
<div class="art-body">
{{BODY}}
</div>
{after}
</article></main>
<aside class="col-side">{side}</aside></div>
<footer class="site-foot">{foot}</footer>
<script src="/static/js/stat.js"></script>
</body></html>
"""


def old(title, top="", nav="", crumb="", info="", before="", after="", side="", foot=""):
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}</title>
<style type="text/css">td{{font-size:12px}}</style>
<script language="javascript">function fontZoom(s){{document.getElementById('zoom').style.fontSize=s+'px';}}</script>
</head><body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>{top}</td></tr>
<tr><td bgcolor="#1d5fa8">{nav}</td></tr></table>
<table width="960" border="0" align="center"><tr>
<td width="220" valign="top">{side}</td>
<td valign="top">
<table width="100%"><tr><td>{crumb}</td></tr>
<tr><td align="center"><b>{{T}}</b></td></tr>
<tr><td align="center">{info}</td></tr>
<tr><td>{before}</td></tr>
<tr><td id="zoom">
{{BODY}}
</td></tr>
<tr><td>{after}</td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">{foot}</td></tr></table>
</body></html>
"""
