"""holdout54, part f: generated pages of invented sites (see _h54docs.py, _h54kit.py, ../build.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _h54kit import make  # noqa: E402

CASES = [
    make('news-raft-news-60', 'raft-news', '新闻门户', 'html', 60, title_mode='decorated', date_mode='doc', site_i=0, opts={'p_html': '<section><span>{}</span></section>'}),
    make('wechat-raft-news-61', 'raft-news', '公众号镜像', 'text', 61, title_mode='missing', date_mode='doc', site_i=2, opts={'gap': True}),
    make('hospital-raft-news-62', 'raft-news', '医院官网', 'html', 62, title_mode='record', date_mode='record', site_i=0, opts={'p_html': '<div class="para">{}</div>'}),
    make('company-raft-news-63', 'raft-news', '企业官网', 'html', 63, title_mode='decorated', date_mode='doc', site_i=1, opts={'p_html': '<p>{}</p>'}),
    make('snapshot-raft-news-64', 'raft-news', '搜索快照', 'text', 64, title_mode='file', date_mode='doc', site_i=2, opts={}),
    make('blog-raft-news-65', 'raft-news', '博客', 'text', 65, title_mode='missing', date_mode='doc', site_i=2, opts={'gap': True}),
    make('gov-incense-request-66', 'incense-request', '政府门户', 'html', 66, title_mode='missing', date_mode='doc', site_i=3, opts={'p_html': '<p style="text-indent:2em">{}</p>'}),
    make('tender-incense-request-67', 'incense-request', '招投标网', 'html', 67, title_mode='record', date_mode='doc', site_i=1, opts={'p_html': '<section><span>{}</span></section>'}),
    make('lawfirm-incense-request-68', 'incense-request', '律所网站', 'html', 68, title_mode='decorated', date_mode='doc', site_i=1, opts={'p_html': '<div class="para">{}</div>'}),
    make('exam-incense-request-69', 'incense-request', '人事考试网', 'html', 69, title_mode='file', date_mode='record', site_i=1, opts={'p_html': '<p>{}</p>'}),
    make('hospital-incense-request-70', 'incense-request', '医院官网', 'text', 70, title_mode='missing', date_mode='doc', site_i=1, opts={}),
    make('news-incense-request-71', 'incense-request', '新闻门户', 'text', 71, title_mode='decorated', date_mode='doc', site_i=1, opts={}),
]
