"""Shared HTML scaffolding for holdout36's source modules (invented sites; see ../README.md)."""


def html_page(head_title, top, main, side="", foot="", old=False):
    """A full page: head with styles and scripts, a top bar / navigation, the main column, a sidebar, a footer."""
    if old:
        return (
            '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
            "<title>" + head_title + "</title>\n"
            '<link href="/css/style.css" rel="stylesheet" type="text/css">\n'
            "<script language=\"javascript\">function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>\n"
            "</head>\n<body leftmargin=\"0\" topmargin=\"0\">\n"
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">\n'
            "<tr><td>" + top + "</td></tr>\n</table>\n"
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">\n<tr>\n'
            '<td width="720" valign="top">' + main + "</td>\n"
            '<td width="260" valign="top">' + side + "</td>\n</tr>\n</table>\n"
            '<table width="980" align="center"><tr><td align="center">' + foot + "</td></tr></table>\n"
            '<script src="/js/count.asp?id=88"></script>\n</body>\n</html>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        "<title>" + head_title + "</title>\n"
        '<link rel="stylesheet" href="/static/css/main.min.css">\n'
        "<script>window.dataLayer=window.dataLayer||[];var _hmt=_hmt||[];</script>\n"
        "</head>\n<body>\n<header class=\"site-top\">" + top + "</header>\n"
        '<div class="wrap">\n<main class="article">' + main + "</main>\n"
        '<aside class="side">' + side + "</aside>\n</div>\n"
        '<footer class="foot">' + foot + "</footer>\n"
        '<script src="/static/js/app.bundle.js"></script>\n'
        "<script>(function(){var s=document.createElement('script');s.src='/stat.js';document.body.appendChild(s);})();</script>\n"
        "</body>\n</html>"
    )
