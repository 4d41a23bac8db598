"""holdout54, part e: generated pages of invented sites (see _h54docs.py, _h54kit.py, ../build.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _h54kit import make  # noqa: E402

CASES = [
    make('blog-incense-insight-48', 'incense-insight', '博客', 'text', 48, title_mode='file', date_mode='doc', site_i=1, opts={'indent': '\u3000\u3000'}),
    make('forum-incense-insight-49', 'incense-insight', '论坛', 'text', 49, title_mode='missing', date_mode='doc', site_i=2, opts={'gap': True, 'junk': {'lines': 2, 'glued': 2}}),
    make('anthology-incense-insight-50', 'incense-insight', '个人文集', 'text', 50, title_mode='decorated', date_mode='doc', site_i=1, opts={}),
    make('qa-incense-insight-51', 'incense-insight', '问答社区', 'text', 51, title_mode='missing', date_mode='record', site_i=1, opts={'indent': '\u3000\u3000'}),
    make('gkforum-incense-insight-52', 'incense-insight', '公考论坛', 'text', 52, title_mode='record', date_mode='doc', site_i=1, opts={'junk': {'lines': 1, 'glued': 2}}),
    make('fanwen-incense-insight-53', 'incense-insight', '范文站', 'text', 53, title_mode='decorated', date_mode='doc', site_i=2, opts={'gap': True}),
    make('exam-go-debrief-54', 'go-debrief', '人事考试网', 'html', 54, title_mode='missing', date_mode='doc', site_i=0, opts={'p_html': '<div class="para">{}</div>'}),
    make('training-go-debrief-55', 'go-debrief', '培训机构', 'text', 55, title_mode='decorated', date_mode='record', site_i=1, opts={}),
    make('fanwen-go-debrief-56', 'go-debrief', '范文站', 'text', 56, title_mode='missing', date_mode='doc', site_i=3, opts={}),
    make('wiki-go-debrief-57', 'go-debrief', '百科问答', 'html', 57, title_mode='record', date_mode='doc', site_i=1, opts={'p_html': '<p>{}</p>'}),
    make('college-go-debrief-58', 'go-debrief', '高校官网', 'html', 58, title_mode='decorated', date_mode='doc', site_i=1, opts={'p_html': '<p style="text-indent:2em">{}</p>'}),
    make('docshare-go-debrief-59', 'go-debrief', '文档分享', 'text', 59, title_mode='file', date_mode='doc', site_i=2, opts={}),
]
