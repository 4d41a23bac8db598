# ruff: noqa: E731  (a part's helper, written blind)
"""Page generator of holdout50: invented sites and chrome around the invented documents in _docs.py."""
import html as _h
import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("holdout50_docs", Path(__file__).with_name("_docs.py"))
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
DOCS = _mod.DOCS

DECOR = [
    "【精选】{}（通用5篇）", "{}_桐乡文苑", "{}（可编辑版）", "{}【最新】", "{}.docx", "{}-墨客范文",
    "{}.pdf", "[推荐]{}", "{}（2篇）_文海拾贝", "{}.wps", "精编{}（word版）", "{}｜松风在线",
]


def _paras_with_chrome(body, mid, glued, glue_before):
    """Insert one chrome line between paragraphs and one glued chrome span before/after a 。."""
    ps = body.split("\n")
    if glued:
        for k in range(1, len(ps) - 1):
            if ps[k].endswith("。") and len(ps[k]) > 12:
                if glue_before:
                    i = ps[k].find("。")
                    if i < len(ps[k]) - 1:
                        ps[k] = ps[k][: i + 1] + glued + ps[k][i + 1 :]
                        break
                    continue
                ps[k] = ps[k] + glued
                break
    if mid:
        ps.insert(min(3, len(ps) - 1), mid)
    return "\n".join(ps)


def case(n, style, site, host, key, form, top, bottom, mid=None, glued=None, glue_before=False,
         tmode="record", dmode="document", byline=None, html_shell=None, **extra):
    d = DOCS[key]
    title = d["title"]
    date = d.get("date")
    c = dict(slug=f"{[x for x in host.split('.') if x not in ('www', 'm', 'bbs', 'wap')][0]}-{key}-{n:02d}", site=site + " (invented)", style=style, genre=d["genre"],
             kind=d["kind"], form=form, source=f"https://{host}/{key}/{2024 + n % 2}{n:03d}{n * 37 % 1000:03d}.html",
             title=title)
    if tmode == "decorated":
        c["record_title"] = DECOR[n % len(DECOR)].format(title)
        if c["record_title"].endswith((".docx", ".pdf", ".wps")):
            c["title_in"] = "file-name"
    elif tmode == "file-name":
        c["record_title"] = title + (".docx", ".pdf", ".wps", ".doc")[n % 4]
    elif tmode == "missing":
        c["record_title"] = None
    if byline and not date:
        date = byline
    if dmode == "record" and date:
        c["record_date"] = date
    c["date"] = date
    head = []
    if d.get("number"):
        head.append(d["number"])
    if d.get("under"):
        head += [d["under"], d["speaker"]]
    body = _paras_with_chrome(d["body"], mid, glued, glue_before)
    c["body"] = body
    if form == "text":
        lines = list(top) + ["{T}"] + head + ["{BODY}"] + list(bottom)
        c["page"] = "\n".join(lines)
    else:
        esc = lambda s: _h.escape(s, quote=False)
        def blk(items, tag="div"):
            out = []
            for it in items:
                if it.startswith("<"):
                    out.append(it)
                elif len(it) > 2 and it[0] == "!" and it[2] == " ":
                    out.append(f"<{tag}>⟦{it[1]} {esc(it[3:])}⟧</{tag}>")
                else:
                    out.append(f"<{tag}>{esc(it)}</{tag}>")
            return "\n".join(out)
        shell = html_shell or MODERN
        c["page"] = (shell.replace("@HEADTITLE@", esc(c.get("record_title") or title))
                     .replace("@TOP@", blk(top)).replace("@HEAD@", blk(head, "p"))
                     .replace("@BOTTOM@", blk(bottom)))
        c["p_html"] = extra.pop("p_html", '<p style="text-indent:2em">{}</p>')
    c.update(extra)
    return c


MODERN = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>@HEADTITLE@</title>
<link rel="stylesheet" href="/static/css/main.css"><script>var _hmt=_hmt||[];(function(){var s=document.createElement('script');s.src='//stat.example.invalid/t.js';})();</script>
<style>.nav li{float:left}</style></head>
<body><header class="top">
@TOP@
</header>
<main><article class="detail"><h1>{T}</h1>
@HEAD@
<div class="content">
{BODY}
</div></article>
<aside class="side">@BOTTOM@</aside></main>
<script src="/static/js/share.js"></script>
</body></html>"""

OLDTABLE = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>@HEADTITLE@</title>
<script language="javascript">function fontZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script></head>
<body topmargin="0"><table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td>@TOP@</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td>@HEAD@</td></tr>
<tr><td id="zoom">
{BODY}
</td></tr>
<tr><td bgcolor="#eeeeee">@BOTTOM@</td></tr>
</table></body></html>"""
