"""Site chrome recognised by its class, with generic signals (pure Python).

Two verdicts, each a short reason string (``"action: 4 action words in 18 chars"``) or
``None``:

* :func:`strong_reason` — chrome wherever the line stands (between body paragraphs
  too): anti-scraping junk, pay / preview-end / download prompts dense in action
  words, short prompts and buttons made of action words, advertisements' labels,
  writing-service and contact prompts (a service word beside an id), upload notices
  and disclaimers (the site speaking of itself beside disclaimer words). Each needs
  two independent signals, so a sentence of a speech that mentions 微信 or 下载 is
  never one.
* :func:`edge_reason` — chrome only before the first and after the last real
  sentence (the caller decides the position): everything strong, plus site names and
  slogans, menus, ``key：value`` / counter / date cell rows, lines with a URL, phone,
  e-mail, QQ or WeChat id, the site introducing the document, the page speaking of
  the article (本文链接…), rights and reprint terms where the line speaks of itself
  (本文…未经许可…请勿转载), an invitation to add an account with a giveaway (添加老师
  领取模板), dialogs, short lines holding action words (never a document's own field,
  联系人：…), list and box lines (bullets, previous / next links, page navigation,
  comment boxes, links to files, a collection's contents, list headers such as
  相关… / 热门… / 往期… / 同栏目… / 大家都在问), links marked by an arrow (``… >>``,
  ``← …``), replies in a thread (``2楼 某某：…``), a row of numbered contents, byline and
  counter rows in cells (a name, a date or ``3天前``, ``阅读 1.6w``, a long id), a site's
  registration numbers in other words than ICP (公安机关备案号, 经营许可证), a postal
  address with a postcode, the page speaking of itself to its visitor (a search engine's
  snapshot banner), how to cite the page (引用格式：…). A lone advertisement label
  (``广告``, ``— 推广链接 —``) is chrome wherever it stands.

The page meta and list patterns clean.py applies in a page's leading and trailing blocks
are here too (:func:`is_meta_line`, :func:`is_toolbar`, :func:`is_nav_row`,
:data:`BREADCRUMB`, :data:`TAG_LINE`, :data:`LIST_HEADER_LINE`, :data:`TRAIL_META`), and
:func:`is_table_row`, which tells a data table's row from them.

Both verdicts are cached per line (at most 8,192 lines of at most 200 characters), and
within :func:`memo_scope` (one document) every line is classified once however many lines
the document has. Rules whose patterns need a Chinese character are skipped for lines
without one, and a plain Latin or digit token (:func:`_plain_token`) gets its verdict
without any rule: a page of 20,000 distinct short junk or number lines costs a few regex
calls per line (``bench/import_stages.py --cleaner-only`` prints the figures).

Signals (no site's strings): the share of characters covered by the class
vocabularies below (what download buttons, pay prompts, share bars and disclaimers
are made of on any site), sentence punctuation, line length, the share of
Latin letters / digits / symbols, and URL / phone / id patterns. Lengths are in
characters. Every regex here is linear (no nested quantifiers) and only run on lines
of at most 200 characters.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
import unicodedata
from collections.abc import Iterator

from .titles import NOT_A_NAME, PIECE_ROW

__all__ = [
    "memo_scope",
    "QUOTED_ADDRESSEE",
    "TEXT_BUTTON",
    "document_item",
    "is_paywall",
    "offers_service",
    "strong_reason",
    "edge_reason",
    "action_words",
    "is_junk_line",
    "is_junk_token",
    "is_list_header",
    "is_meta_line",
    "is_toolbar",
    "is_nav_row",
    "is_table_row",
    "grid_rows",
    "names_contact_person",
    "own_contact_sentence",
    "service_sentence",
    "HOTLINE_LINE_REASON",
    "is_decorative_mark",
    "MAX_CHROME_CHARS",
    "SALES_CALL",
    "POSTED_BY",
    "ANSWER_LABEL",
]

#: Lines longer than this are never chrome (prose, or a page that lost its breaks).
MAX_CHROME_CHARS = 200

# The vocabulary of site actions and calls to action (buttons, pay and preview
# prompts, share bars, login prompts, writing services). A word list of the class,
# not of a site.
_ACTION_VOCAB = (
    "下载 复制 收藏 分享 打印 登录 登陆 注册 会员 VIP vip 客服 微信 QQ qq 扫码 扫一扫 二维码 关注 点击 点此 "
    "预览 试读 全文 免费 付费 代写 代笔 联系 积分 下载券 购买 开通 充值 升级 举报 转发 点赞 在看 评论 留言 "
    "回复 回帖 发帖 跟帖 浏览 返回 顶部 菜单 投稿 转载 导出 一键 获取 领取 公众号 小编 范文 热度 "
    "文档 文库 Word word WORD PDF pdf docx 字号 更多 查看 继续阅读 剩余 未读 完整版 完整内容 完整文档 "
    "手机版 电脑版 客户端 APP App app 立即 马上 赶紧 点个 加入 精选 原创 推荐 热门 专题 阅读全文 下一页 上一页 原文 "
    "赞同 反对 回答 提问 保存 字体 打赏 赞赏 朗读 播报 海报 纠错 小程序 长按 识别 订阅 全屏 夜间模式 "
    "展开全文 收起 全屏阅读 追问 点这里 在线报名 立即报名 马上报名 预约试听 免费试听 转存"
)
_ACTION = re.compile("|".join(sorted(set(_ACTION_VOCAB.split()), key=len, reverse=True)))
# Words of paying, previewing and downloading: a line dense in action words that holds
# one of these is a prompt, not prose.
_PAY = re.compile(r"VIP|vip|会员|积分|下载券|付费|购买|开通|充值|试读|预览|未读|剩余|下载|全文|完整")

# Writing-service and contact prompts: the words that only sell writing (代写 and its kin,
# never the tail of 当代/现代/时代/年代…: "当代写作" is no service; 材料辅导, 先写后付, 改稿润色,
# 私信; 定制 of writing — 定制同类材料, 原创定制 — not a company's own product, 如需定制校园地图) —
# a document's own contact sentence never holds these …
_PAID_WORDS = (
    r"(?<![当现古近时年世历朝后])代(?:写|笔|做|拟|撰)|代为(?:拟写|撰写|起草|拟稿)|帮(?:你|您)?(?:写|改|润色)(?![字])|定制(?=[^，。！？,\s]{0,4}(?:材料|讲话|讲稿|文稿|稿件|稿|方案|预案|计划|报告|文书|范文|文章|文案|总结|论文|写作|服务|修改|请|找|联系|咨询|加|私)|[^\u4e00-\u9fffA-Za-z0-9]|$)|(?<!心理|学业|就业|法律|健康)辅导(?!员|站|中心|室)|付款(?!凭证|记录|截图|方式|时间|金额|凭据|单|人|方)|后付|先看稿|改稿|润色|私信|私聊|私我|找我|加我"
    # (… and an offer of original writing to whoever needs it: "需要原创讲话稿可咨询…", "如需原创材料…".)
    r"|(?:需要|如需|需)原创(?=[^，。！？,\s]{0,4}(?:材料|讲话|讲稿|文稿|稿件|稿子|方案|总结|报告|范文|文章|心得))"
    # (… and a writing advisor who sorts out the reader's draft: "某某写作顾问微信 … 帮你理思路"; all 89 labelled
    # lines so worded are chrome.)
    r"|写作(?:顾问|助手|老师|导师)|帮(?:你|您)(?:理|捋|梳理)清?思路"
)
_PAID_SERVICE = re.compile(_PAID_WORDS)
# … and the channels a site offers, which a document may name too (a 客服 hotline, a 投稿
# address, a WeChat to sign up by; 游客服务 is no 客服).
_SERVICE = re.compile(
    _PAID_WORDS + r"|(?<![游旅乘顾])客服|(?:课程|招生|学习|销售)顾问|投稿|QQ群|交流群|加[^，。！？\s]{0,4}微信|加\s*(?:[Vv][Xx]?|[Ww][Xx]|薇信|威信)(?=\s*[:：信]|\s*[A-Za-z0-9_]{5})|添加.{0,6}微信|微信同号|商务合作|广告合作|咨询微信"
    # (… and the site's own keeper: "需要原创材料请联系站长微信…".)
    r"|(?:联系|咨询|找|加)(?:本站|我们的)?(?:站长|小编|博主)"
    # (… and a tutor's or a writer's offer: "申论批改找老师", "需要原创教案请联系微信…".)
    r"|(?:批改|润色|精讲|押题)[^，。！？]{0,6}(?:找|联系|加|私信)|联系\s*(?:微信|VX|vx|V信)|加\s*(?:QQ|qq|扣扣)(?=\s*[:：]?\s*\d)"
)


def is_box_header(s: str) -> bool:
    """``s`` heads a box of the page: a list's header (:func:`is_list_header`) or a comment
    box's with its count (``其他回答（4）``, ``评论（12）``)."""
    return is_list_header(s) or _COUNTED_BOX.match(s) is not None


def speaks_of_site(s: str) -> bool:
    """``s`` names the site, its users or the platform (本站, 平台, 网友, 用户, 本文档, 客服 …)."""
    return _SITE_SELF.search(s) is not None or _PLATFORM_WORDS.search(s) is not None


_PLATFORM_WORDS = re.compile(r"平台|用户|本内容|答主|回答者")


# What a site's service offers (its customer service, its keeper, samples and files to take).
# A customer service the writer says they called or asked (打了…客服电话, 问了客服): a story's event.
# (… or what a service did in the story: "经品牌方客服核验为假冒产品".)
_NARRATED_SERVICE_CALL = re.compile(r"(?:打了|打过|问了|问过|咨询了|咨询过|联系了|联系过|找了|找过)[^，。！？]{0,8}客服|客服(?:核验|核实|回复|答复|表示|称|承认|确认|告知|解释)")
_SITE_OFFER_WORDS = re.compile(r"客服|小编|站长|博主|领取|获取|资料|范文|模板|代写|下载|会员")


def own_contact_sentence(s: str) -> bool:
    """True for a document's own contact instruction: a sentence of clauses (a comma
    inside, a full stop at its end) that sells nothing (``如有疑问，请联系…客服热线400-…。``,
    ``…发送至投稿邮箱…，截稿时间为…。``). A site's service prompt is a label or a slogan
    (``客服QQ：…``, ``想投稿？欢迎发邮件到…``), without a sentence's full stop. A sentence
    without a comma counts when it gives a phone and says what its reader may or must do
    (``…可以打公司客服电话0594-…问一下。``), and so does a contact field ended by a full stop
    (``咨询电话：0913-…。``). A poster's appeal to the readers (a question, then thanks) counts too.
    """
    return (
        s.rstrip("）)」』”’ ").endswith("。")
        and ("，" in s or "," in s or (_MODAL.search(s) is not None and _has_contact_id(s) == "phone"))
        and len(s) >= 20
        and (not _PAID_SERVICE.search(_LEND_OFFER.sub("", s)) or _POSTER_APPEAL.search(s) is not None)
    ) or bool(_CONTACT_KEY_SENTENCE.match(s) or _CONSULT_LINE_SENTENCE.match(s))


# A desk's consultation line given as the text's sentence ("定制咨询：0716-…（工作日…），业务微信：….",
# "考务咨询电话：0595-2217356。"): in the labelled parts all 260 such lines are the text's.
_CONSULT_LINE_SENTENCE = re.compile(r"^[\u4e00-\u9fff]{0,6}咨询(?:电话|热线)?\s*[:：]\s*\d{3,4}-\d{7,8}[^。！？]*。$")


# A poster lending a thing ("…可以找我借，我这里有两个备用的") or naming where to find them
# ("直接到文化站找我"): 找我 for no service.
_LEND_OFFER = re.compile(r"找我(?=[借拿取领还])|[到来去][^，。！？]{1,10}找我")


# A poster asking the readers for help and thanking them (…这种情况该谁赔？…可以私信我…，谢谢大家。): the
# post's own words, its contact the poster's; a service thanks nobody for a question.
_POSTER_APPEAL = re.compile(r"[？?][^。]{0,60}(?:谢谢大家|感谢大家|谢谢各位|先谢谢|先行谢过|万分感谢)[！!。]?$")


# A document's contact field punctuated as its sentence ("咨询电话：0913-2123380。"); a site's
# footer gives its hotline without a full stop.
_CONTACT_KEY_SENTENCE = re.compile(
    r"^(?:联系|咨询|办公|监督|举报|报名|投诉|招生|入住|预约)(?:电话|热线)\s*[:：]\s*[\d\-－、， ,转]{7,40}(?:[（(][^（）()]{1,12}[）)])?。$"
    # (… or a department's, ended by a full stop: "心内科门诊咨询电话：0739-…（工作日8:00-17:30）。")
    r"|^[\u4e00-\u9fff]{2,12}(?:联系|咨询|值班|服务)(?:电话|热线)\s*[:：]\s*[\d\-－、， ,转]{7,40}(?:[（(][^（）()]{1,18}[）)])?。$"
)


# … and the ids they give.
_URL = re.compile(r"https?://\S+|www\.[\w-]+\.\w+|\b[\w-]+\.(?:com|net|cn|org|cc|top|vip|info)\b", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_PHONE = re.compile(
    r"(?<!\d)(?:0\d{2,3}[-－\s]?\d{7,8}|1[3-9]\d{9}|1[3-9]\d[-－\s]\d{4}[-－\s]\d{4}|400[-－\s]?(?:\d{3}[-－\s]?\d{4}|\d{4}[-－\s]?\d{3}))(?!\d)"
)
_QQ_ID = re.compile(r"(?:(?:QQ|qq|扣扣)(?:号|群)?|群号?|(?<![A-Za-z])[Qq](?=\s*[:：]))\s*[:：]?\s*\d{5,11}")
_WECHAT_ID = re.compile(r"(?:微信(?:搜索?|群|交流群)?|微信号|公众号|视频号|抖音号|VX|vx|wx|WX|V信|薇信|威信|(?<![A-Za-z])[Vv](?=\s*[:：]))\s*[:：]?\s*[A-Za-z][\w-]{4,19}")
# An invitation to add an account (添加老师, 加小编, 私信我) with a giveaway (领取, 免费,
# 模板 …): a contact prompt even without an id. ("请家长添加班主任微信，备注姓名" is none.)
_INVITE = re.compile(r"(?:添加|加一下|加我|扫码加|私信|私聊)[^，。！？,]{0,6}?(?:老师|客服|小编|助理|助手|好友|微信|我|群)")
_GIVEAWAY = re.compile(r"领取|免费|赠送|送你|资料包|模板|获取")
# Any account id after a colon, whatever the messenger is called (薇信, 威信, ➕V …): Latin
# letters with digits or an underscore, 6–20 characters.
_ACCOUNT_ID = re.compile(r"[:：]\s*(?=[A-Za-z0-9_-]*[0-9_])(?=[A-Za-z0-9_-]*[A-Za-z])[A-Za-z][A-Za-z0-9_-]{5,19}(?![\w.@/])")

# Upload notices, disclaimers and copyright footers: the boilerplate of the class.
_NOTICE = re.compile(
    r"上传|仅供(?:学习|参考|交流|阅读)|仅供[^。，]{1,4}参考|不构成[^。，]{0,12}(?:意见|建议|依据)|版权(?:归|所有|属于)|侵权|删除|不代表|免责|(?:版权|特别|郑重)声明|^声明\s*[:：]|转载|注明出处|立场|"
    r"存储空间|(?:来源于|来源|来自|源自|摘自|取自)(?:网络|互联网)|侵删|侵权必删|联系删除|仅代表|个人观点|涉及版权|版权问题|抓取|采集|搬运|网友|自行|不对.{0,16}(?:负责|承担)|真实性|准确性|本站|本网|本平台|原作者|所有权|"
    # … and of a document-sharing site's terms and a comment box's rules.
    r"甄别|完整性|不提供|退款|反悔|不予受理|不保证|不承担|侵犯了?您|不表明|仅表达|证实|公序良俗|不良信息|理性评论|文明发言|"
    r"仅供预览|预览|客服|非广告|无广告|利益相关|自费购买|"
    # … and limits on passing the copy on ("未经许可不得对外提供", "此链接由某某办公室创建").
    r"不得对外(?:提供|公开|发布|传播)|(?:此|本)(?:链接|分享|文件|网盘)由[^，。]{2,20}(?:创建|分享|上传)|"
    # … and where to get real advice instead ("如需专业意见请咨询相关人员").
    r"如需(?:专业|法律|医疗|投资|具体)(?:意见|建议)|"
    # … and who put the text up ("内容由平台用户整理", "本文由会员上传").
    r"由(?:平台|本站|本网|网友|会员|用户|平台用户|注册用户)[\u4e00-\u9fff]{0,3}(?:整理|提供|发布|投稿|分享|编辑)|"
    # … and an invitation to correct the page ("如您发现内容不准确，欢迎参与修改").
    r"(?:如|若)(?:您|你)?发现[^。]{0,16}(?:错误|不准确|有误|错漏|不实|差错)|(?:如|若)有(?:错误|错漏|不准确|疏漏)|欢迎(?:参与|大家)?(?:编辑|修改|纠错|指正|完善|修正)|"
    # … and of a text's own limits of use in other words (不构成…意见, 转贴, 个人见解).
    r"不构成|转贴|见解|"
    # … and of an intranet's confidentiality labels.
    r"密级|内部资料|(?:严禁|不得|请勿)外传|仅限.{0,8}(?:员工|内部)"
)
# Rights and reprint terms (著作权归…, 未经许可…, 请勿转载, 严禁截屏外传, 授权发布): notice
# words only where the line speaks of itself (本文…, 本资料…, 作者…), since a document on
# copyright uses them too.
_RIGHTS = re.compile(
    r"(?:严禁|不得|请勿|禁止|谢绝)[^，。；\s]{0,4}(?:外传|转载|复制|截屏|截图|转发|传播)|著作权|版权|"
    r"未经(?:许可|授权|同意|允许|书面授权)|授权(?:发布|刊发|转载|本)|"
    # … a licence or the author's consent to ask for (获得授权, 使用许可, 许可协议).
    r"(?:获得|取得|须经|需经|联系)[^，。；]{0,8}(?:授权|许可)|使用许可|许可协议|"
    # … and limits of use (仅限馆内阅览, 仅限内部使用).
    r"仅限[^，。；]{0,6}(?:阅览|阅读|使用|查阅|内部|浏览)"
)
_SELF_REF = re.compile(r"本文|本篇|此文|本信息|本资料|本资源|本文档|本页|本内容|本帖|本号|本公众号|本站|本网|本平台|博主|作者|原创|以上(?:回答|内容|观点|解答)")
# A sentence end; ASCII ! and ? only after Chinese (``Powered by Discuz!`` is no sentence).
# A site speaking of itself: what makes a disclaimer a page's, not a law's.
_SITE_SELF = re.compile(r"本站|本网|本平台|网友|本文档|文库|原作者|平台仅|平台不|小编|站长|跟帖|客服|文档")
# The site introducing the document it shows ("下面是小编为大家整理的…，供大家参考").
_INTRO = re.compile(r"(?:小编|站长|本站|本网).{0,12}(?:整理|收集|精选|推荐|分享)|(?:小编|本站|本网).{0,40}(?:欢迎阅读|供大家参考|仅供参考|欢迎借鉴)")
# An advertisement's label ("【广告】", "[推广]", "广告 |").
# (… or the label and the advertiser after a gap or a dot: "广告　某某银行 汛期贷款优惠进行中".)
_AD = re.compile(r"^[【\[（(〖〔［]\s*(?:广告|推广|赞助)\s*[】\]）)〗〕］]|^(?:广告|推广|赞助商|赞助|本版赞助|特约赞助)(?:\s*[|｜:：]|[\s\u3000·]+(?=\S))")
# An advertisement's label alone on its line, however framed ("广告", "—— 广告 ——",
# "赞助商内容", "AD"): no document has a line of only this word.
_AD_LABEL = re.compile(
    r"^[\s\-—–~～=·•*【\[（(<《]*(?:广告|广告位|推广链接|商业推广|赞助(?:商)?(?:内容|链接)?|AD|Ad|ADVERTISEMENT|Advertisement)"
    r"[\s\-—–~～=·•*】\]）)>》]*$"
)
# The page speaking of itself or to its visitor about the site ("这是网页的快照…", "当前页面可能
#已经更新", "您搜索的关键词已被标亮"): a search engine's or a site's banner, no document's line.
_PAGE_SELF = re.compile(
    r"(?:当前|本|此|该)(?:网页|页面)|网页快照|快照|(?:仅|只)(?:显示|展示)(?:文本|文字|纯文本|部分)|您(?:搜索|查询|检索)的|(?:搜索词|关键词)已?高亮"
    # A blog engine's note on its post's age ("本文最后更新于…，已超过 120 天没有更新").
    r"|(?:本文|本帖|文章)(?:最后)?(?:更新|修改|编辑)于.{0,30}(?:没有|未)(?:更新|修改)"
)
# A link marked by an arrow ("在线申领电子校友卡 >>", "← 写在冬至", "查看更多 ›").
_ARROW_LINK = re.compile(r"^\s*(?:[←«‹]|<<|<-)|(?:>>|＞＞|[»›→]|->|\s>)\s*$")
# A reply in a thread: a floor number, a name and what was said ("2楼　阿柒：…", "#3 某某：…",
# "沙发 …").
_FLOOR = re.compile(r"^(?:[▲△▼▽►▶▸◆◇■□●○•★☆→]\s*|[—－]{1,2}\s*)?(?:回复\s*[:：]?\s*)?(?:第?\s*\d{1,4}\s*(?:楼|＃|#|F\b)|#\s*\d{1,4}\b|沙发|板凳|地板)[\s\u3000:：]")
# A row of a page's contents: numbered short items in a row ("1 基本要求　2 版头　3 主体").
_TOC_ROW = re.compile(r"^(?:\d{1,2}[\s.、．]*[^\s\d。！？，]{1,12}[\s\u3000]+){2,}\d{1,2}[\s.、．]*[^\s\d。！？，]{1,12}$")
_TOC_NUMBER = re.compile(r"(?:^|[\s\u3000])(\d{1,2})")
# A footer's registration number in other words than ICP (公安机关备案号, 网站备案号, 增值电信业务
# 经营许可证): the site's, never a document's line.
_REGISTRATION = re.compile(r"(?:公安|网安|网站|电信|ICP|互联网)[^，。；\d]{0,10}(?:备案|许可证)[^，。；]{0,6}[A-Za-z\d]{0,3}-?\d{5,}")
#: A postcode in an address (邮编：415100, 邮政编码 410083).
POSTCODE = re.compile(r"(?:邮编|邮政编码)\s*[:：]?\s*\d{6}(?!\d)")
# Reprint terms on a short line ("如需转载请联系作者", "欢迎转发，请注明出处"): the page's.
_REPRINT = re.compile(r"^(?:如需|如要|若需|若要|欢迎|请勿|谢绝|禁止)?(?:转载|转贴|转发|转引|转走)[^。！？]{0,20}(?:联系|注明|保留|授权|许可|出处|来源|链接)")
# "引用格式：…": how to cite the page.
_CITE_AS = re.compile(r"^(?:本文)?(?:引用格式|引文格式|引用本文|参考引用|建议引用)\s*[:：]")
# Byline and profile rows split into cells (wide spaces, bars, middle dots): a name, a
# date or a relative time, a counter or a long id ("物业服务中心　2025/04/02　围观 613",
# "悦读君 · 3天前 · 阅读 1.6w", "某律师　执业证号 1430…　已帮助 3218 人").
# (A dot between figures, "4·23", is a date's, no cell gap.)
_ROW_SPLIT = re.compile(r"\s*(?:[\u3000\t|｜丨•]|(?<!\d)·|·(?!\d))\s*|\s{2,}")
_ROW_NUMERIC = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"  # a date
    r"|\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|月|年)前|^(?:刚刚|昨天|前天|今天)"  # a relative time
    r"|\d[\d,.]*\s*[万千wWkK]?\+?\s*(?:人|次|条|个|篇|份|位|赞|票)?$"  # a counter's number
    r"|\d[\d,.]*\s*[万千wWkK]?\+?\s*(?:人|次)\s*(?:已)?(?:阅读|浏览|看过|收藏|下载|点赞|学习|参与|围观|使用|套用|引用)$"  # … with its verb
    r"|^(?:约|共|全文约?|本文约?)\s*\d[\d,.]*\s*[万千]?\s*字$"  # the text's length
    r"|\d{8,}"  # a long id
)
_ROW_WHEN = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|月|年)前|^(?:刚刚|昨天|前天|今天)|\d{8,}")
# "累计服务时长 18,220 小时": a label and a number alone (a page's counter).
_LABEL_COUNT = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]?\s*\d[\d,.]*\s*[万千wWkK]?\+?\s*(?:小时|次|人|份|篇|条|个|位|天|元)?$")


_MOSTLY_LATIN = "meta: mostly Latin letters, digits and symbols"
# One plain token: up to nine digits, or up to eight Latin letters and digits, that holds
# none of the Latin words any rule reads (action words such as VIP, PDF, QQ, APP; AD; END;
# TOP; messenger prefixes wx / vx). No rule but the last one of _edge_reason can hold for
# it (no separator, colon, dot, @, symbol, Chinese character, phone-length number), so
# its verdicts are known without trying them: none wherever it stands, "mostly Latin" at
# the edges. A page of thousands of such lines (anti-scraping runs, number columns) is
# classified at the cost of one regex per line. (tests/ingest/test_cleaning_round3.py
# checks this against the full rules.)
_PLAIN_TOKEN = re.compile(r"\d{1,9}|(?=[A-Za-z0-9]{1,8}$)[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")
_LATIN_SIGNAL = re.compile(r"VIP|vip|QQ|qq|[Ww]ord|WORD|PDF|pdf|docx|APP|[Aa]pp|AD|Ad|END|End|TOP|Top|wx|WX|vx|VX|[Tt]ags")


def _plain_token(s: str) -> bool:
    return _PLAIN_TOKEN.fullmatch(s) is not None and (s.isdigit() or _LATIN_SIGNAL.search(s) is None)


_TIME_RANGE = re.compile(r"\d{1,2}\s*[:：]\s*\d{2}\s*[-—–~～至到]\s*\d{1,2}\s*[:：]\s*\d{2}")


# A byline's reporter cell ("某某日报记者", "通讯员").
_REPORTER_CELL = re.compile(r"(?:记者|通讯员|特约撰稿)$|^(?:记者|通讯员)")


# A counter of the page's readers or users with its verb ("已有 1.2万 人使用", "3,021人阅读").
_VERB_COUNTER = re.compile(
    r"\d[\d,.]*\s*[万千wWkK]?\+?\s*(?:人|次)\s*(?:已)?(?:阅读|浏览|看过|收藏|下载|点赞|学习|围观|使用|套用|引用)$"
    # (… or the verb first: an answerer's "已帮助 3.2万 人", "累计解答 1,206 次")
    r"|^(?:已|累计|共)?(?:帮助|服务|回答|解答)(?:了|过)?\s*\d[\d,.]*\s*[万千wWkK]?\+?\s*(?:人|次|个问题)$"
)
# A row's cell saying when the post went up ("回答于 2025-10-19", "发表于2025/3/2").
_STAMP_CELL = re.compile(r"^(?:回答|解答|答复|发表|发布|发帖|回复|更新|编辑)于\s*[:：]?\s*(?:\d{4}\s*[-/.年]|\d{1,2}\s*[-/月]\s*\d{1,2}|\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|月|年)前|刚刚|昨天|前天|今天)")
_STAMP_IN_ROW = re.compile(r"(?:^|[\s\u3000|｜·])" + _STAMP_CELL.pattern[1:])


# A page's numeric date and the column's name beside it ("2025.09.11 新闻中心", "2025-3-2 通知公告").
# (… or the date written out and the office that posted it, "2024年07月19日 某某服务中心"; a
# postscript's place, "2024年10月16日　记于某村", is the writer's, and a law's 题注, "2020年1月1日 施行",
# "1988年5月18日 国务院发布", the law's.)
_DOTTED_DATE_AND_COLUMN = re.compile(
    r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:\s+\d{1,2}:\d{2})?\s+[\u4e00-\u9fff]{2,8}$"
    r"|^\d{4}年\d{1,2}月\d{1,2}日\s+(?![记写作]?于)(?!星期|周)(?!起?(?:通过|施行|实施|公布|修订|修正|印发|生效|批准|颁布|执行))"
    r"(?![\u4e00-\u9fff]{2,}(?:通过|施行|实施|公布|修订|修正|印发|生效|批准|颁布|执行|发布)$)[\u4e00-\u9fff]{2,12}$"
)


def _is_byline_row(s: str) -> bool:
    """2–6 cells of at most 24 characters each, no sentence, half of them or more a date, a
    relative time, a counter or a long id (``_ROW_NUMERIC``); no row of a data table."""
    if len(s) > 80 or _SENTENCE_END.search(s) or _COPYRIGHT.search(s):
        return False  # (a copyright footer's years, © 2001-2025, are the footer's: see _COPYRIGHT)
    cells = [c for c in _ROW_SPLIT.split(s) if c]
    if len(cells) == 1 and " " in s and _ROW_WHEN.search(s) and _ROW_COUNTER.search(s) and len(s.split()) >= 3:
        # (An extraction that turned the row's ideographic spaces into plain ones: a name, a date and
        # a reader's counter, 社区居委会 2025/09/25 浏览 402. A law's 题注 has no counter.)
        cells = s.split()
    if len(s) <= 40 and _STAMP_IN_ROW.search(s) and len(s.split()) >= 2:
        return True  # a post's stamp among the row's words, its gaps lost: 更新于 2天前 已有 186 人咨询
    if len(cells) == 1 and _DOTTED_DATE_AND_COLUMN.match(s):
        return True  # "2025.09.11 新闻中心": the page's date and column, their gap made one space
    if not (2 <= len(cells) <= 6) or any(len(c) > 24 for c in cells):
        return False
    if any(_STAMP_CELL.match(c) for c in cells):
        return True  # a cell stamps the post: 回答于 2025-10-19, 发表于 2025/3/2 (its spaces lost: 更新于 2天前 已有…)
    if _VERB_COUNTER.search(cells[-1]) and not is_table_row(s):
        return True  # the row ends with the page's readers or users counted (已有 1.2万 人使用)
    if len(cells) <= 4 and all(len(c) <= 12 for c in cells) and any(_RELATIVE_TIME.match(c) for c in cells):
        return True  # a post's byline with when it went up as the page counts it (版主 某某 ｜ 5天前 ｜ 精华帖)
    numeric = sum(1 for c in cells if _ROW_NUMERIC.search(c) or _REPORTER_CELL.search(c))
    if numeric * 2 < len(cells):
        return False
    if any(c.startswith("《") for c in cells) or _TIME_RANGE.search(s):
        return False  # a schedule's row: a work's title (《…》), a time range (9:00-10:30)
    # A data table's row is no byline, unless a cell is a date, a relative time or an id.
    return any(_ROW_WHEN.search(c) for c in cells) or not is_table_row(s)


def _is_toc_row(s: str) -> bool:
    """Numbered short items in a row, numbered 1, 2, 3 … on (see ``_TOC_ROW``)."""
    if len(s) > 120 or not _TOC_ROW.match(s):
        return False
    nums = [int(x) for x in _TOC_NUMBER.findall(s)]
    return len(nums) >= 3 and all(b == a + 1 for a, b in zip(nums, nums[1:]))


# The page speaking of the article it shows: "本文已被收录至专题…", "本文由…整理".
_THIS_ARTICLE = re.compile(
    r"(?:本文|此文|该文|本篇|本词条|该词条)(?:已被|已|被|由)?.{0,10}(?:收录|专题|链接|地址|网址|来源|来自|摘自|整理|转载|编辑|发布于|首发|审核)"
)
# … and its note that the article is filed in one of its collections ("【本文已被收录至“应急管理”专题】"):
# the page's, wherever it stands.
_FILED_IN = re.compile(r"^[【\[〔（(]?\s*(?:本文|此文|该文|本篇)(?:已被|已|被)?(?:收录|收入)(?:至|到|于|进)[^。！？】\]〕）)]{1,20}(?:专题|合集|栏目|专栏|文集|精选)[】\]〕）)]?$")
# The site's stamp of an original or first publication, in brackets ("〔某某党建在线 原创首发〕", "【本站独家】").
_FIRST_PUBLISHED = re.compile(r"^[〔【\[（(][^〔〕【】\[\]（）()。！？，,]{0,14}(?:原创首发|独家首发|首发|独家|原创)[〕】\]）)]$")
# A pointer to a button on the site ("可在协会网站首页点击“入会申请”", "请点击页面右上角“在线报名”").
_CLICK_ON_SITE = re.compile(r"(?:网站|本站|首页|页面|网页|右上角|右下角|左侧|右侧)[^。！？]{0,6}点击\s*[“\"「【]")
# A note on writing commissions ("找人代写心得体会？本集不接此类约稿", "承接各类代写"): a writing
# service's, offered or refused.
_COMMISSION_NOTE = re.compile(r"(?:代写|代笔)[^。]{0,16}(?:约稿|接稿|承接|接单)|(?:约稿|接稿|承接|接单)[^。]{0,16}(?:代写|代笔)")
# An offer to call for free advice ("遇到类似问题可来电免费咨询", "欢迎致电预约免费评估").
_CALL_FOR_FREE = re.compile(r"(?:来电|致电|拨打|联系我们|预约)[^。！？，,]{0,6}免费(?:咨询|解答|评估|法律咨询)")
# A forum staff's note ("版主提示：本版已接入乡镇回复通道", "管理员提醒：…").
_STAFF_NOTE = re.compile(r"^(?:版主|管理员|站长|超版|值班版主)(?:提示|提醒|公告|温馨提示|声明|说明)\s*[:：]")
# A photo's source or credit on its own ("图片来源：某某大队", "配图：网络").
# (… in brackets too, 本文 before it: "（本文配图来源：骨伤科）", "（图源：康复医学科）", "〔配图：墙上的旧护膝〕".)
#: (:mod:`.glued` cuts the bracketed form after a last sentence too.)
BRACKETED_PHOTO_SOURCE = re.compile(
    r"[（(〔【\[［]\s*(?:本文)?(?:图片|照片|配图|插图|图文|封面图?|图)\s*\d{0,2}(?:来源|来自|提供|源)?\s*[:：]\s*[^。！？（）()〔〕【】\[\]［］]{1,24}[）)〕】\]］]"
)
_PHOTO_SOURCE = re.compile(
    r"^(?:(?:图片|照片|配图|图文|封面图?)(?:来源|来自|提供|由)?\s*[:：]\s*[^。！？]{1,20}|" + BRACKETED_PHOTO_SOURCE.pattern
    # (… or in words, with the ban on reusing it: "文中配图来自某某宣传科，请勿擅自转用".)
    + r"|(?:文中|本文)?(?:配图|图片|照片)(?:来自|源自|来源于|由)[^。！？，,]{2,16}(?:提供|拍摄)?(?:[，,](?:请勿|不得|禁止|谢绝)[^。！？]{2,10})?)$"
)
# A photo's caption under its label in brackets ("【现场】一名吉他手在巷口表演，吸引不少游客驻足。").
_LABELLED_CAPTION = re.compile(r"^[【\[〔［](?:现场|图|图片|组图|现场图|活动现场|现场直击)[】\]〕］][^【】\[\]]{4,40}$")
# A row of buttons in the reader's voice or of single action words ("我要质疑　收藏　打印").
def _reader_button_row(s: str) -> bool:
    cells = [c for c in re.split(r"[\s\u3000|｜]+", s.strip()) if c]
    return 2 <= len(cells) <= 6 and any(_READER_ACT.match(c) for c in cells) and all(
        _READER_ACT.match(c) or (len(c) <= 4 and action_words(c)[1] == _content_len(c)) for c in cells
    )


# An advertising slot for rent ("本版广告位招租，有意请联系版主"): the site selling its space.
_AD_SLOT = re.compile(r"广告(?:位|栏|招商)\s*(?:火热)?(?:招租|出租|招商|虚位以待)|(?:招租|出租)[^。]{0,4}广告位")
# A prompt to log in to the members' area ("…优惠，请登录会员服务专区", "详见会员中心").
_MEMBER_AREA = re.compile(r"(?:请|可)?(?:登录|进入|前往)(?:本站|网站|平台|协会网站)?[^。，,]{0,4}(?:会员|用户)(?:服务)?(?:专区|中心|后台|频道)")
# A wiki entry's editors ("本词条由“某某”等 6 位用户编辑", "本条目由某某创建").
_ENTRY_EDITORS = re.compile(r"^本?(?:词条|条目)(?:内容)?(?:[^。！？由]{0,16}[，,])?由[^。！？]{1,24}(?:编辑|创建|修改|参与编辑|共同编辑)")
# A like button with its pictograph and count ("👍 喜欢这篇（27）", "❤ 有用 12"); a bare 赞 or 点赞 with its
# count is the reaction counter's (see _strong_reason).
_LIKE_COUNT = re.compile(r"^[\U0001F300-\U0001FAFF\u2764\u2665]\s*(?:喜欢|有用)[^。！？]{0,4}?\s*[（(]?\s*\d[\d,.]*\s*[）)]?$")
# … or in words with its count in brackets ("赞一下（12）", "点个赞(8)", "收藏（3）").
_WORD_LIKE_COUNT = re.compile(r"^(?:点?赞一下|点个赞|点赞|赞|喜欢|收藏|推荐)\s*[（(]\s*\d[\d,.万]*\s*[）)]$")
# An empty attachments field of the page ("附件：（无）", "附件：无").
_NO_ATTACHMENT = re.compile(r"^附\s*件\s*[:：]\s*[（(]?\s*(?:无|暂无|没有|空)\s*[）)]?$")
# A comment box: its empty state, its fields, its captcha.
_COMMENT_BOX = re.compile(
    r"(?:暂无|还没有|没有)(?:人)?(?:评论|留言|回复)|抢沙发|验证码|看不清.{0,4}换一张|发表(?:你的|您的)?(?:评论|看法|留言|回复)"
    # (… a comment form's privacy note: "您的邮箱地址不会被公开", "手机号不会公开".)
    r"|(?:邮箱|邮件|电子邮箱|电子邮件|手机号)(?:地址|号码)?(?:不会|将不会|不)被?公开"
)
# A comment box's header with its count, alone, with its button (课程评价（12）　我要评价) or
# with the first comment glued after it (评论（2）：…, 网友留言(15), 全部回复（3）, 点赞（36）):
# a document counts no 评论 in brackets.
_COUNTED_BOX = re.compile(
    r"^(?:[^\w\s]{1,2}\s*)?[\u4e00-\u9fff]{0,4}?(?:评论|留言|跟帖|回复|讨论|回帖|评价|点评|观点|回答|点赞|赞同)(?:区|列表)?"
    r"\s*[（(]\s*(?:共\s*)?\d[\d,，.]*\s*(?:万|千|k|K|\+)?\s*(?:条|个|人|次)?\s*[)）]\s*(?:[:：]|[\s\u3000|｜·]+[^。！？]{0,20}|$)"
)
# An editor's stamp of when or from what the copy was typed ("录入于2024年12月 · 原件为打印稿").
# (… also where, then when: "（整理于灯下，2025年春）".)
_COPY_MADE = re.compile(
    r"^(?:[—\-–=~·•*]{1,3}\s*)?[【\[〔（(]?(?:本文|本篇|本稿)?(?:录入|整理|校对|扫描|转录|誊录|打字)(?:于|时间\s*[:：])\s*(?:[^\d，,。！？()（）]{1,8}[，,]\s*)?(?:\d{4}|[〇零一二三四五六七八九]{4})"
    # (… or who, then when: "（录入：某某　2009年）")
    r"|^[【\[〔（(](?:录入|整理|校对|扫描|转录|誊录|打字)(?:人|者)?\s*[:：]\s*[\u4e00-\u9fff]{2,4}[\s\u3000，,]*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年?[^。]{0,8}[】\]〕）)]$"
)
# A relative time ("2天前", "3小时前", "刚刚", "昨天 21:40"): how a page stamps a post; a document
# dates itself by the calendar.
#: A relative time of a post (``3天前``, ``刚刚``, ``昨天 21:07``), as a regular expression.
REL_TIME = _REL_TIME = r"(?:\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|月|年)前|刚刚|(?:昨天|前天|今天)(?:\s*\d{1,2}\s*[:：]\s*\d{2})?)"
# What unlocks the rest of a previewed copy (开通, 购买, 充值, 解锁, a membership).
_UPSELL_VERB = re.compile(r"开通|购买|充值|解锁|会员|VIP|vip|年卡|月卡|付费")
# A Q&A site's label on the asker's description of the question ("问题描述：孩子前臂骨折，…").
_QUESTION_DETAIL = re.compile(r"^(?:问题描述|问题补充|提问描述|问题详情|补充问题|补充说明|问题说明|详细描述|(?:提问者|题主|楼主)(?:补充|说明|描述))\s*[:：]\s*\S")
# How many have read the page so far ("已有 412 位居民阅读", "已有1.2万人浏览").
_READERS_SO_FAR = re.compile(r"已有\s*[\d,.]+\s*万?\s*(?:位|人|次)[\u4e00-\u9fff]{0,4}?(?:阅读|浏览|查看|围观|看过)")
# A writer's credit behind a bar ("文｜知识产权部 某某律师　2025-06-02", "图文 / 某某").
_WRITER_CREDIT = re.compile(r"^(?:文|文字|图文|撰文|文图)\s*[｜|/／]\s*[\u4e00-\u9fff]")
# A download site's dead-link report ("如链接失效请点此报错").
_DEAD_LINK_REPORT = re.compile(r"(?:链接|地址|下载)(?:已)?失效[^。！？]{0,6}(?:报错|反馈|告知|联系)")
# A prompt to join with its offer ("加入协会享受展会摊位优惠，点此在线申请").
_JOIN_PROMO = re.compile(r"^加入[^，。！？]{1,10}(?:享受|即享|可享)[^。！？]{1,16}(?:点此|点击|立即)")
# A prompt to bookmark the site ("喜欢本文请收藏本站，下次写材料更方便").
_BOOKMARK_SITE = re.compile(r"收藏本站|收藏我们|设为首页|加入收藏")
# A health page's note that it replaces no visit ("科普文章不能替代面诊，如有不适请及时就医。").
_NOT_A_VISIT = re.compile(r"(?:文章|内容|科普|本文|以上)[^。！？]{0,6}(?:不能|不可|无法|不宜)(?:替代|代替)(?:面诊|诊疗|医生|就医|专业诊断)")
# An office system's approval flow on one line ("审批流：运营部起草 → 分管副总审核 → 总经理签批").
_APPROVAL_FLOW = re.compile(r"^(?:审批流(?:程)?|流转路径|签批流程)\s*[:：][^。！？]*(?:→|->|＞|>)")
# The site's job advertisement ("诚聘主播、运营，欢迎投递简历").
# A button in the reader's voice without brackets, maybe with its condition ("我要投标（需CA锁登录）").
_I_WANT_BUTTON = re.compile(r"^我要(?:投标|报名|咨询|提问|评论|纠错|收藏|下载|打印|投稿|留言|分享|举报|入驻|加盟|开店)")
# A sales pitch that sends the reader to ask ("团体报名另有优惠，详询教务处").
_DISCOUNT_ASK = re.compile(r"(?:优惠|折扣|特价|减免|立减|团购价)[^。！？]{0,12}(?:详询|咨询|请联系|欢迎来电)")
# An upsell to a paid consultation ("…？点击发起图文问诊，最快5分钟回复").
_CONSULT_UPSELL = re.compile(r"付费咨询[^。！？]{0,8}(?:专家|律师|医生|老师)|点击(?:发起|进入|开始|立即)?[^。！？，]{0,6}(?:问诊|咨询医生|咨询律师|提问)|最快\d+\s*分钟(?:内)?回复")
# A law firm's call to book its lawyers ("如需法律咨询，请致电本所…", "如遇类似纠纷，可致电本所预约律师面谈",
# "欢迎拨打某某律所咨询热线…"): the firm's site selling, under its articles.
# (A firm's own letter gives its contact for questions, "如有疑问，可联系本所商事部：…": no booking,
# no service offered, and it stays.)
_FIRM_CALL = re.compile(r"预约律师|律师面谈|(?:律所|律师事务所)(?:咨询)?(?:热线|电话)|如需(?:法律咨询|法律服务|委托律师|律师代理)|(?:致电|联系)本所[^。，]{0,8}预约")
# … offered to a reader with a need ("如需…", "如遇…", "欢迎拨打…"): a notice's own instruction
# ("请各单位联系本所法律顾问…") offers nothing.
_FIRM_OFFER_OPEN = re.compile(r"^(?:如需|如遇|如有|若需|若遇|遇到|需要)|欢迎(?:拨打|致电|来电|咨询)")
# (… unless the line is the firm's own notice's contact: "联系人：…".)
_OWN_FIRM_NOTICE = re.compile(r"联系人\s*[:：]")
# A blog's byline in bracketed cells ("[ 2024年10月19日 星期六 ] [ 户外 ] [ 阅读 1472 ] [ 评论 23 ]").
_BRACKETED_BYLINE = re.compile(r"^(?:\s*[\[【［]\s*[^\[\]【】［］]{1,20}?\s*[\]】］]\s*){3,6}$")
# A prompt to join the site's chat group ("加入青石居民群，通知第一时间看").
_JOIN_GROUP = re.compile(r"^(?:点击)?加入[^，,。！？]{1,10}群[，,]?\s*[^，,。！？]{0,4}(?:第一时间|及时|更多|不错过|随时)")
# A booking button ("点击预约产检号源", "点击挂号").
_CLICK_TO_BOOK = re.compile(r"^点击(?:预约|挂号|报名|购买|领取|抢购)")
# A hospital's booking line or button ("预约挂号请拨打 0592-…，或在“某某”小程序办理", "预约挂号：0731-…"):
# the site's service, never a sentence of its text (which ends in a full stop: "…在“就医服务”栏目
# 预约挂号、查询检查报告，减少排队等候时间。") nor its numbered heading ("二、预约挂号").
_BOOKING_LINE = re.compile(r"(?:预约|网上|在线)?挂号(?:预约|热线|电话|专线)?|预约就诊|预约(?:热线|专线)")
# The page's reading widgets ("本章字数：1826　阅读进度 12/20", "点击放大", "视力保护色：■ ■", "以下为文本预览，格式可能有误").
_PAGE_WIDGETS_MORE = re.compile(r"阅读进度\s*\d|^点击放大$|^点击查看大图$|^查看大图$|视力保护色|保护视力色|护眼色|护眼模式|文本预览[，,]?\s*格式|格式可能(?:有误|错乱)")
# A course's pitch or replay prompt ("第八期研修班报名中，名额有限，咨询电话…", "课程回放请登录学员中心查看").
_COURSE_SIGNUP_OR_REPLAY = re.compile(r"(?:班|课程|训练营)(?:火热|正在|现已)?报名中[，,]?\s*(?:名额有限|欢迎|私信|加微信|加V|咨询(?:热线|电话)\s*[:：]?\s*\d)|(?:课程|直播)回放请(?:登录|进入|前往)")
# A prompt to share the page ("点击文末“分享”，让更多人了解").
_SHARE_AT_END = re.compile(r"点击(?:文末|右上角|下方)?[“「]?(?:分享|转发)[”」]?[，,]?\s*(?:让更多人|给更多人|转给)")
# A Q&A answer's byline with its day ("专业回答　水产站技术员　2025-07-31 回答").
_ANSWERED_ON = re.compile(r"^[^。！？]{2,40}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:回答|回复|作答|解答)$")
# A collection's contents on a line ("本卷目录｜卷一 序跋　卷二 讲话与报告").
_COLLECTION_TOC = re.compile(r"^(?:本卷|本辑|本集|文集|全书)?目录\s*[|｜:：]\s*卷[一二三四五六七八九十\d]")
# The page's source in brackets ("【信息来源：区综合行政执法局】").
# (Not in round brackets: "（来源：区统计局2026年统计年鉴）" is the text citing its data.)
_SOURCE_BOX = re.compile(r"^[【\[]\s*(?:信息|稿件|文章)?来源\s*[:：][^】\]]{2,20}[】\]]$")
# A tender platform's certificate desk ("投标工具、CA锁办理咨询：400-…").
_CA_DESK_LINE = re.compile(r"(?:CA锁|CA证书|数字证书|投标工具)[^。！？]{0,8}(?:办理|咨询|服务)")
# A blog's footer ("评论已关闭。", "本站已运行 2190 天　累计访问…").
_BLOG_FOOTER = re.compile(r"^评论已关闭|本站已(?:安全|稳定)?运行\s*\d+\s*天")
# A poster's invitation to a chat group by private message ("想进面试互助群的同学私信我").
_DM_GROUP = re.compile(r"群[^。！？]{0,10}(?:私信|私聊|加)我|(?:私信|私聊)我[^。！？]{0,10}(?:进群|拉群|拉你)")
# A health page's reviewing expert ("审核专家：某某医院 某科 副主任医师 某某").
_MEDICAL_REVIEWER = re.compile(r"^(?:审核专家|审稿专家|医学审核|专业审核|科学审核|审核医生)\s*[:：]")
# A study site's note box, a sentence or not ("积累要点：控采限采、地下水回补…", "学习要点：…。"); the
# bracketed boxes and prompts of _STUDY_BOX end no sentence.
_STUDY_NOTE_BOX = re.compile(r"^[【\[]?(?:积累要点|学习要点|备考要点|素材积累|考点积累|评分要点|评分标准参考)[】\]]?\s*[:：｜|]")
# A prompt to like or share ("喜欢请点赞转发", "觉得不错就转发吧").
_LIKE_SHARE = re.compile(r"(?:喜欢|觉得不错|觉得有用)[，,]?(?:就|请|的话)?[，,]?(?:点赞|转发|收藏|分享|关注|转到|转给|发到)")
# An app's lock or watermark prompt ("以下内容需在App内查看", "开通会员可去除水印").
# (… or where the rest opens: "后半篇已收起，在App内展开".)
_APP_ONLY = re.compile(r"(?:需|请|仅限|只能|仅可)在?\s*(?:App|APP|app|客户端)\s*内?(?:查看|阅读|打开|浏览)|在\s*(?:App|APP|app|客户端)\s*内(?:查看|阅读|打开|浏览|展开)|(?:需|请)在[^。，]{1,6}(?:App|APP|app|客户端)\s*[内中]?(?:继续)?(?:查看|阅读|打开|浏览|展开)|去除水印|去水印")
# A paid download ("下载本帖PDF需消耗 5 金币").
_PAID_DOWNLOAD = re.compile(r"下载[^。！？]{0,10}(?:需|要)(?:消耗|扣除|花费|支付)\s*\d+\s*(?:个)?(?:金币|积分|下载券|财富值|币)")
# A shop's pitch ("新品上市：…三支装限时优惠", "官方旗舰店：搜索“某某”购买正品").
_SHOP_PITCH = re.compile(r"^(?:新品上市|新品推荐|热销|爆款|官方旗舰店|官方商城|网店|淘宝店|天猫店|京东店)\s*[:：]")
# A pointer to the platform's audio or video ("本讲稿配套音频可在“某某”学习平台收听").
_LISTEN_ON_PLATFORM = re.compile(r"(?:音频|视频|课件|录音)[^。！？]{0,4}可在[^。！？]{1,16}(?:平台|App|APP|客户端|公众号|小程序)(?:收听|观看|收看|学习|下载)")
# A call to follow the site's column ("更多养老纠纷案例，欢迎关注本所专栏").
_FOLLOW_COLUMN = re.compile(r"(?:欢迎|请)关注(?:本所|本站|本号|我们|本院|本刊)?(?:的)?(?:专栏|栏目|公众号|视频号|主页)")
# A prompt to comment ("留言区说说：…？", "评论区聊聊…").
_TALK_IN_COMMENTS = re.compile(r"^(?:留言区|评论区|欢迎在留言区|欢迎在评论区)(?:说说|聊聊|留言|讲讲|分享|告诉我们)")
# A Q&A answer's badge ("认证答主「城市交通观察」的回答"), or the answerer's ("家装网络话题优秀答主",
# "教育领域答主").
_ANSWERER_BADGE = re.compile(
    r"^(?:认证|优质|专业|官方)?(?:答主|回答者|作者)\s*[「“『][^」”』]{1,16}[」”』]\s*的(?:回答|解答)$"
    r"|^[^。！？，,]{0,14}?(?:(?:话题|领域|频道)(?:优秀|优质|认证|金牌|资深|推荐|热心)?|(?:优秀|优质|认证|金牌|资深))答主$"
)
# A forum's offer to post through its admin ("本地招工信息发布请联系管理员，免费置顶三天。").
_ADMIN_AD = re.compile(r"(?:联系|私信|找)(?:管理员|版主|站长|群主)[^。！？]{0,12}(?:置顶|发布|推广|广告)|(?:发布|置顶|推广)[^。！？]{0,12}(?:联系|私信|找)(?:管理员|版主|站长|群主)")
# A study platform's points prompt ("学习强国积分提醒：阅读本文可获得1分").
_POINTS_PROMPT = re.compile(r"积分提醒|学习积分\s*[+＋]\s*\d|(?:阅读|学习|观看)本(?:文|篇|课|视频)[^。！？]{0,4}(?:可)?(?:获得|得|加)\s*(?:\d+(?:\.\d+)?\s*(?:个)?(?:学习)?积?分|(?:学习)?积分\s*\d+(?:\.\d+)?\s*分?)")
# An app's gesture hint ("长按段落可添加批注", "双击可放大").
_PRESS_HOLD = re.compile(r"^(?:长按|双击|左滑|右滑|上滑)[^。！？]{0,8}(?:可|即可)?(?:添加|复制|保存|识别|分享|收藏|放大|批注|翻译)")
# A prompt to open the outlet's app for more ("打开榆川+，看更多县域新闻").
_OPEN_APP_MORE = re.compile(r"^(?:打开|下载)[^，,。！？\s]{1,10}[，,]?\s*(?:看|阅读|查看|获取)更多")
# A Q&A page's state of the question and its bounty ("已解决", "悬赏 10 分", "已解决　悬赏20积分").
_QA_STATE = re.compile(r"^(?:(?:已解决|待解决|未解决|已采纳|已关闭|已结束)|悬赏\s*\d+\s*(?:分|积分|金币|财富值|元))(?:[\s\u3000]+(?:悬赏\s*\d+\s*(?:分|积分|金币|财富值|元)))?$")
# A stamp of confidentiality phrases alone ("内部文件　注意保密　严禁外传", "内部文件，未经许可不得外传。").
_SECRECY_PHRASE = r"(?:内部(?:文件|资料|材料)|注意保密|严禁外传|请勿外传|禁止外传|(?:未经(?:许可|授权|批准|同意))?不得(?:复制)?(?:外传|转发|对外|复制)|仅供内部(?:使用|参考|阅读))"
_SECRECY_ONLY = re.compile(rf"[【\[〔（(]?\s*{_SECRECY_PHRASE}(?:[，,、;；\s\u3000]+{_SECRECY_PHRASE})*[。！]?\s*[】\]〕）)]?")
# A row of bracketed buttons ("【在线阅读】【收藏】【转存到我的空间】").
_BRACKET_BUTTON_ROW = re.compile(r"(?:\s*[【\[][^【】\[\]]{1,8}[】\]]){2,6}\s*")
# A note in brackets on the page itself ("【课程表可在本页底部下载】").
_BRACKET_PAGE_NOTE = re.compile(r"^[【\[][^【】\[\]]*(?:本页|本站|本网|页面|网页)[^【】\[\]]*[】\]]$")
# A reader's divider in brackets naming the part of the text that follows or went before
# ("【以下为正文第二部分】", "〔接上页〕", "[续上文]"): a preview site's, between two pieces of the
# text. (A document's own "（此页无正文）" is none: it says no text, not which part.)
_PART_DIVIDER = re.compile(
    r"^[【\[〔［](?:以下(?:为|是)(?:正文|全文|文章)[^【】\[\]〔〕［］]{0,8}|(?:正文|全文)第[一二三四五六七八九十\d]{1,3}(?:部分|页|段)|[接续]上(?:页|文|一页|篇)|下接第?[一二三四五六七八九十\d]{0,3}页?)[】\]〕］]$"
)
#: A company's call to its customers to phone in and order ("欢迎新老客户来电订购定制纸杯！", "欢迎广大
#:客商致电选购"): its site's sales line under a news item. (A speech's "欢迎各位客商到某县投资兴业"
#: and a notice's "欢迎顾客监督" name no order.)
SALES_CALL = re.compile(
    r"欢迎(?:新老|广大|各位|各界)?(?:客户|顾客|客商|采购商|经销商|商家|用户)(?:朋友)?们?"
    r"(?:来电|致电|垂询|来人|来函|来厂|到店|进店|下单|选购|订购|订货)[^。！？，,]{0,8}?(?:订购|选购|订货|采购|定制|定做|购买|下单|洽谈|垂询|咨询)?[^。！？，,]{0,10}[！!。]?"
)
#: The page crediting who put the text up ("本文由某某范文网整理，…", "（本文由用户“晨读”上传）", "本文由网友
#:投稿"): a site's line wherever it stands; a document never names itself 本文 with its uploader.
POSTED_BY = re.compile(
    r"^[（(【\[—－\-]{0,2}\s*(?:本文|本篇)由[^。！？，,]{1,20}?(?:整理|投稿|上传|原创|分享|提供|创作|抓取|贡献|收集|汇编|转载|推荐|录入)"
)
# A link to another item under a click label ("点击阅读：某某技艺列入非遗名录始末", "点此查看：…").
_CLICK_TO_READ = re.compile(r"^(?:点击|点此|戳此)(?:阅读|查看|进入|了解|收看|收听)\s*[:：]\s*[^。！？]{4,40}$")
# A forum staff's reply under a post ("版主回复：已转相关部门，请耐心等待答复。"): the board's, not
# the post's (an office's reply, 【某某公司回复】, is the text a resident asked for).
_STAFF_REPLY = re.compile(r"^[【\[]?(?:版主|管理员|站务|站长|超级版主|值班版主)(?:回复|答复|留言)[】\]]?\s*[:：]")
# A photo's caption with its photographer in brackets, no sentence ("学生在实验台上进行加热操作（摄影：某某）").
_CREDITED_CAPTION = re.compile(r"^[^。！？（）()]{4,40}[（(]\s*(?:摄影|摄|图|图片|供图|图文)\s*[:：/]?\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})?\s*[）)]$")
# The site's own technical support line ("网站技术支持电话：…", "报名系统技术支持：…").
_SITE_SUPPORT = re.compile(r"^(?:本站|网站|系统|平台|网上报名系统|报名系统|考试系统)技术支持(?:电话|热线|QQ|邮箱)?\s*[:：]")
# A platform's or a board's ban on its users ("请勿分享涉及违法违规的内容，违者将被封号", "…违者删帖禁言").
_BAN_THREAT = re.compile(
    r"(?:违者|否则)(?:将被?|一律|予以|立即)?(?:封号|删帖|禁言|封禁|永久封禁|封停账号)"
    # (… "请勿分享违法违规内容，某某盘将依法处理": a host's warning to its users)
    r"|^请勿(?:分享|上传|发布|传播)[^。，]{0,8}(?:违法|违规|侵权)[^。]{0,16}(?:依法处理|封号|删除|追究|取消|封禁|屏蔽|下架)"
)
# A page counter n / m between two frame marks alone on its line ("⸨ 1 / 1 ⸩", "〔2/3〕").
_FRAMED_PAGE_COUNT = re.compile(r"^[^\w\s\u3400-\u9fff]{1,2}\s*(\d{1,3})\s*[/／]\s*(\d{1,3})\s*[^\w\s\u3400-\u9fff]{1,2}$")
# A collection's count of its pieces, with this piece's place ("本卷共21篇　第17篇", "本集共收文62篇").
_COLLECTION_COUNT = re.compile(r"^(?:本|全)(?:卷|集|书|辑|册|文集)共(?:收文|收录)?\s*\d{1,4}\s*篇")
# A row whose last cell, after a bar, is a button of the page ("专家门诊：…上午　｜　点击预约").
# (… or after an arrow: "11月新班开课在即，…享受培训补贴 ＞＞ 立即报名".)
_ROW_WITH_BUTTON = re.compile(
    r"\S[^｜|]{4,}\s*[｜|]\s*((?:点击|点此|立即|在线|马上)(?:预约|报名|咨询|下载|购买|挂号|查看|登录|注册|申请|办理)[\u4e00-\u9fff]{0,2})\s*$"
    r"|\S[^。！？]{4,}?\s*(?:＞＞|>>|»|→|➜)\s*((?:立即|马上|在线|点击|现在)?(?:报名|咨询|购买|下单|领取|预约|抢购|试听)(?:详情)?)\s*$"
)
# A prompt to follow an account named in quotes, then a slogan ("关注“某某先锋”，学习不掉线").
_FOLLOW_NAMED = re.compile(r"^(?:点击)?关注\s*[“\"「][^”\"」]{2,12}[”\"」]\s*[，,]\s*[^。！？，,]{2,10}[！!]?$")
# An office system's watermark or circulation stamp ("水印：内部资料 某某 0306", "已传阅：生产部、质检部").
_SYSTEM_MARK = re.compile(r"^(?:水印|已传阅|已阅人员|已读人员|阅读记录)\s*[:：]")
# A collection's filing row ("收录于：《某某集·发言卷》　录入：小满").
_FILED_IN_COLLECTION = re.compile(r"^(?:收录于|收入|选自|录自)\s*[:：]\s*[《〈]")
# A company's franchise or agency line ("招商加盟热线：…", "代理加盟电话：…").
_FRANCHISE_LINE = re.compile(r"^(?:招商加盟|加盟代理|代理加盟|招商|加盟)(?:热线|电话|咨询|专线)\s*[:：]")
# A download site's mirror links ("下载地址一：电信下载", "下载链接2：百度网盘　下载链接3：备用线路").
_DOWNLOAD_ADDRESS = re.compile(r"^(?:下载地址|下载链接|下载线路|镜像地址|下载通道)[一二三四五六七八九十\d①-⑩]{1,2}\s*[:：]\s*[^。！？]{0,12}(?:下载|网盘|线路|镜像|通道|地址)")
# A poster asking for criticism at the end of their line ("参考答案如下，欢迎拍砖：", "自己写的练手稿，大家
# 轻拍：", "求各位大佬拍砖"): forum slang, no document's words (a text's "用手轻拍盆壁" goes on).
# (A sentence of the post ending in its full stop, "有不同意见的欢迎拍砖。", is the post's own last word.)
_ASKS_FOR_BRICKBATS = re.compile(r"(?:拍砖|(?:大家|各位|求|请)轻拍)\s*[~～!！：:]*$")
# A forum's bump prompt ("顶一下，让更多乡亲看到", "帮顶", "顶起").
_BUMP = re.compile(r"^(?:帮顶|顶起|顶上去|(?:帮忙)?顶一?下)")


def _bracket_action_items(s: str) -> bool:
    """Half or more of the bracketed items on ``s`` hold an action word (下载, 收藏, 阅读 …) or
    work the browser's window (【关闭窗口】, 【双击滚屏】)."""
    items = re.findall(r"[【\[]([^【】\[\]]{1,8})[】\]]", s)
    return bool(items) and 2 * sum(1 for x in items if action_words(x)[0] or re.search(r"阅读|转存|保存|打印|窗口|滚屏|本页", x)) >= len(items)


# The page's copy lock ("本页禁止右键复制，请登录后使用导出功能", "复制功能已禁用").
# (… or the text locked, and what to do before copying: "本站文字已加锁，选中复制请先联系维护人"; all 22
# labelled lines so worded are chrome.)
_COPY_LOCK = re.compile(
    r"(?:禁止|无法|不能|不支持|暂不支持)(?:右键|鼠标右键)?(?:复制|选中|右键)|复制功能(?:已)?(?:禁用|关闭|受限)|(?:开启|启用|设置)了?(?:复制保护|防复制)"
    r"|(?:文字|内容|正文|全文|文本)(?:已|被)(?:加锁|锁定|上锁)|(?:选中|复制)[^，。]{0,2}请先(?:联系|登录|登陆|注册|开通)"
)
# … which names the page or what unlocks it (a rule's "考生禁止复制试题" names neither).
_COPY_LOCK_CONTEXT = re.compile(r"本页|本站|本文|页面|网页|文档|登录|会员|VIP|vip|开通|鼠标|右键")
# A button to act now ("立即报名 → 名额有限，先到先得", "马上预约，限时优惠").
_CALL_NOW = re.compile(r"^(?:立即|马上|现在就?|赶快|赶紧|火速)(?:报名|预约|抢购|购买|咨询|领取|抢座|下单|参与|申请|订阅|试听)")
# A page's weather widget ("今日 多云 18~26℃", "峪湾 晴 22℃ 空气优", "今日天气：晴 -6℃～5℃　东南风3级"):
# a sky word as a cell, then a temperature or a range. (A text's temperatures stand in
# sentences: "日最高气温达到37℃以上时，…".)
_WEATHER = re.compile(
    r"(?:^|[\s\u3000:：｜|])(?:晴|多云|阴|[小中大暴]?雨|雷阵雨|阵雨|雨夹雪|[小中大暴]?雪|雾|霾|扬沙|沙尘)(?:转[\u4e00-\u9fff]{1,3})?"
    r"[\s\u3000]*-?\d{1,2}\s*℃?\s*(?:[~～\-－至/]\s*-?\d{1,2}\s*)?℃"
)
# A prompt to subscribe ("订阅某某会员资讯，新品上市第一时间通知您", "订阅本站简报").
# (… or a blog's name and what it brings at once: "订阅某某妈妈，新文章第一时间送达".)
_SUBSCRIBE_PROMPT = re.compile(r"^订阅[^。！？]{0,16}?(?:资讯|动态|简报|更新|提醒|推送|邮件|RSS|消息|周刊|月刊|电子报|信息)|^订阅[^。！？，,]{1,12}[，,][^。！？]{0,6}第一时间(?:送达|推送|收到|看到|获取|通知)")
# A column's label in brackets before a short item with no sentence's end ("【邻里互助】3栋有闲置
#晾衣架两个，需要的邻居可联系", "【社区活动】3月8日上午 书画室免费开放"): a board's item, not the
# text's section (which a bracket names by its part and ends as a sentence).
_BOARD_ITEM = re.compile(r"^(【[\u4e00-\u9fff]{4}】)((?:(?!\u3000\u3000)[^。！？；【】：:]){6,36})$")
# … nor a Q&A's, a transcript's or a notice's label, which other classes name (【网友提问】, 【机器转写】).
_NOT_BOARD_LABEL = re.compile(r"提问|问题|求助|转写|声明|提醒|公告|通知|须知")
# What a text's own section label names (【背景】, 【工作措施】, 【案情简介】, 【裁判结果】).
_SECTION_WORD = re.compile(r"目标|重点|难点|过程|措施|要求|步骤|方法|内容|背景|做法|启示|案情|焦点|结果|分析|评析|依据|点评|说法|简介|概况|提示|要点|原文|正文|解析|答案|导语|结语")
# A page's tip box in brackets with its one tip ("【健康小贴士】接触化学品岗位务必规范佩戴防护用品").
_TIP_BOX = re.compile(r"^[【\[][\u4e00-\u9fff]{0,4}(?:小贴士|小提示|小知识|小常识)[】\]]\s*\S")
# A box of quotable lines a study site picks from the text ("金句摘录｜…", "【金句】…").
_QUOTE_BOX = re.compile(
    r"^(?:[【\[]金句(?:摘录|摘抄|积累|速记|集锦|素材|卡片)?[】\]]\s*[:：｜|丨]?|金句(?:摘录|摘抄|积累|速记|集锦|素材|卡片)?\s*[:：｜|丨])\s*[^\s:：｜|丨]"
)
_HIRING_AD = re.compile(r"^(?:诚聘|高薪诚聘|急聘|长期招聘)[\u4e00-\u9fff、]{2,16}")
# A call to follow an account named in quotes ("关注“某某文化”，第一时间了解党建动态").
_FOLLOW_BY_NAME = re.compile(r"^(?:请|欢迎)?(?:关注|订阅)[“\"「][^”」\"]{2,12}[”」\"][，,]?\s*(?:第一时间|及时|获取|了解|不错过)")
# An intranet's watermark row ("内部资料　某某翻译　某某 0721").
_WATERMARK_ROW = re.compile(r"^(?:内部资料|内部文件|内部使用|机密)[\s\u3000]+[^\s\u3000]{2,12}[\s\u3000]+[\u4e00-\u9fff]{2,4}\s*\d{3,8}$")
# An account's slogan between dashes ("——　书香满城　——").
_DASHED_SLOGAN = re.compile(r"^(?:——|－－|--|~~|～～)[\s\u3000]*[\u4e00-\u9fff]{2,8}[\s\u3000]*(?:——|－－|--|~~|～～)$")
# An AI writing button in words ("点击这里，让AI帮你改写这一段").
_AI_PROMPT = re.compile(r"(?:点击|立即|免费)?试用\s*AI\s*(?:写作|生成|帮写|续写)|(?:(?:让|用|请)\s*AI|AI\s*(?=帮你|帮我|为你|一键))\s*(?:帮你|帮我|来|为你|一键)?\s*(?:改写|润色|续写|扩写|重写|优化|降重|仿写)")
# … or in the app by its name ("更多社区新闻，打开某某APP查看"), when no sentence ends there.
_READ_IN_NAMED_APP = re.compile(r"打开[^，。！？\s]{1,8}?(?:App|APP|app|客户端)(?:阅读|查看|观看)")
# A prompt to read on in the app ("本文已收录至“某某”APP，打开APP阅读更流畅").
_READ_IN_APP = re.compile(r"打开(?:App|APP|app|客户端)(?:阅读|查看|观看)|收录至[^，。]{0,12}(?:App|APP|app|客户端)")
# An editor's placeholder hint left in a template ("此处可插入图片：某某实景照片").
_INSERT_HINT = re.compile(r"^(?:此处|这里)(?:可|可以)?(?:插入|添加|上传|放置)(?:图片|照片|表格|视频|图表)")
# The comment box's prompt and button ("写下你的看法……　提交", "发表你的评论").
_COMMENT_PROMPT = re.compile(
    r"写下(?:你|您)的(?:看法|评论|留言|想法)|发表(?:你|您)的(?:看法|评论)|说点什么吧"
    # (… "欢迎在下方留言交流", "欢迎评论区讨论": a prompt to leave a comment under the post)
    r"|^欢迎(?:在|到)?(?:下方|评论区|文末|留言区)?(?:留言|评论|讨论)(?:交流|讨论|分享|互动)?(?:[，,]\s*[^。！？]{1,14}|(?:说说|聊聊|谈谈|告诉我)[^。！？]{0,12})?[~～!！。]?$"
    # (… "你当学徒时最难忘的是什么？评论区聊聊": a question to the reader sent to the comments)
    r"|(?:评论区|留言区)(?:聊聊|见|告诉我|说说|分享一下|一起聊)[~～!！。]?$"
)
# A reposter's note in brackets ("【转自市住建局公众号，大家注意绕行】").
_REPOST_NOTE_BOXED = re.compile(r"^[【\[（(]\s*(?:转自|转载自|搬运自|来自)[^】\]）)]{2,30}[】\]）)]$")
# A forum poster's card row ("版主 某某　阅读权限 10　2025届", "积分 1280　帖子 36").
_POSTER_CARD_ROW = re.compile(r"阅读权限\s*\d|(?:积分|帖子|主题|精华)\s*\d+[\s\u3000]+(?:积分|帖子|主题|精华|注册时间)")
# A button in the reader's voice without brackets ("我要入会", "我要投稿").
_READER_ACT = re.compile(r"^(?:我要|我想)(?:入会|报名|投稿|加入|参加|提问|咨询|投票|评论|留言|购买|预约|投标|纠错|打赏|质疑|举报|分享)$")
# A button into the site's platform or column ("进入“某某先锋”学习平台", "进入专题").
_ENTER_PLATFORM = re.compile(r"^(?:点击)?进入[“\"「《]?[^”」》。！？]{0,12}[”\"」》]?(?:学习平台|平台|专题|专栏|频道|小程序|App|APP|网上展厅)$")
# A prompt pointing at the page's chat widget ("需要原创方案请点右侧客服").
# (… the widget by any of its names: "类似纠纷可点右侧留言，律师免费初步分析"; all 21 labelled lines so worded
# are chrome.)
_POINT_AT_WIDGET = re.compile(r"(?:点|点击|联系)(?:右侧|右下角|左侧|下方|页面右侧|页面底部)(?:的)?[“\"「]?(?:在线|免费)?(?:客服|咨询|咨询按钮|留言|留言板)")
# The page's reading tip ("阅读提示：点击文中图片可放大查看").
_READING_TIP = re.compile(r"^(?:阅读提示|浏览提示|小提示)\s*[:：]\s*(?:点击|点按|双击|长按)[^。！？]{2,16}$")
# A quantity a notice states ("名额一百个", "限30人", "每人200元").
_QUANTITY = re.compile(r"[\d一二三四五六七八九十百千万两]+\s*(?:个|名|人|元|天|次|份|场|位|期)")
# A forum's pinned thread ("【置顶】某版版规（新人必看）").
_PINNED_LINK = re.compile(r"^[【\[](?:置顶|版规|精华)[】\]]\s*\S")
# A prompt to scan a QR code placed on the page ("报名咨询请扫右下角二维码").
_SCAN_PROMPT = re.compile(r"扫(?:描)?(?:右下角|左下角|右侧|左侧|下方|上方|文末|页面底部|页尾)的?(?:二维码|小程序码)")
# A prompt to forward the page, maybe after a question ("觉得有用？转给家人看看", "转发倡议，共创文明
# 夜市", "一键转发提醒家人"): the page asking its reader, never the document's own sentence.
_FORWARD_PROMPT = re.compile(
    r"^(?:[^。！？?]{1,8}[？?]\s*)?(?:请|欢迎|一键|记得|快)?(?:转发|转给|分享给)(?:本文|此文|倡议|本倡议|给)?(?:提醒)?(?:家人|朋友|亲友|身边的人|更多人)?(?:看看|吧)?(?:[，,][^。！？，,]{2,10})?[!！~～]*$"
)
# An article's closing appeal to pass it on, with its purpose after a comma ("转发提醒身边人，让更多人平安度夏。"):
# 4 of the 5 labelled lines so worded are the text's.
_SHARE_APPEAL = re.compile(r"^(?:请)?(?:转发|分享|转告)[^。！？，,]{0,10}[，,](?:让|一起|共同|帮助)[^。！？]{2,16}[。！!]$")
# A business's offer to call it ("需要订制寺院铜钟，欢迎来电洽谈", "如需专项法律服务，欢迎致电 0775-…"): a
# site's sales line, at the start of its line.
_SALES_CALL = re.compile(
    r"^(?:如需|需要|若需)?[^。！？，,]{2,24}[，,]\s*欢迎(?:来电|致电)"
    # (… or a law firm's offer to meet: "如需合同审查，可预约本所律师当面咨询")
    r"|^(?:如需|需要|若需)[^。！？]{2,24}[，,]\s*(?:可|欢迎|请)?预约(?:本所|我所|本店|本公司)"
)
# A prompt to follow an account by its name ("可以关注公众号“某某画室”").
_FOLLOW_ACCOUNT = re.compile(r"关注(?:我的|我们的|本)?(?:微信)?(?:公众号|视频号|抖音号|小红书)\s*[“\"「《]")
# A reaction counter ("有 21 人觉得有用", "36人觉得很赞").
_FOUND_USEFUL = re.compile(r"\d+\s*人觉得(?:有用|有帮助|很赞|赞)")
# A testimonial by a business's customers, labelled by who speaks ("学员说：…", "往期学员：…", "学员家长
# 说：…", "客户评价：…"): the business selling. (A 村民's or a 居民's words may be a report's quote:
# see _TESTIMONIAL, at the edges only; a bare "家长：" may be a transcript's speaker.)
# (A trainee's name alone, 学员：某某, signs the trainee's own text under it: see clean.py's _SIGNATURE_FIELD.)
_CUSTOMER_SAYS = re.compile(
    r"^(?:[^\w\s]{1,2}\s*)?(?:往期|老|在读|结业)?(?:学员(?:家长)?|客户|顾客|买家)(?:心声|评价|反馈|好评|点评|感言|说|留言)?\s*(?:[:：](?!\s*[\u4e00-\u9fff]{2,4}$)|[★☆]{3,})"
    r"|^(?:[^\w\s]{1,2}\s*)?家长(?:心声|评价|反馈|好评|点评|感言|说)\s*[:：]"
)
# A writing service's pitch: the writer's trouble as a question, then where to turn ("总结写不出来？
# 找某某，三小时交稿", "材料不会写？来某某").
_WRITING_PITCH = re.compile(
    r"^[^。！？?]{0,12}(?:写不出来?|不会写|写不好|没思路|没时间写)[？?！!，,]\s*(?:找|来|请|加|联系|交给)"
    # (… or the hours it delivers in: "需要原创心得请联系小编，三小时出稿")
    r"|(?:\d+|[一二三两四五六七八九十半])\s*(?:小时|天|分钟)\s*(?:出稿|交稿|成稿)"
    # (… or names the writer to turn to: "写讲话稿找小范，专人一对一")
    r"|^写[\u4e00-\u9fff]{1,8}?找[\u4e00-\u9fff]{1,6}[，,！!]"
)
# A course's sales pitch: a promise of marks or a pass, or a famous teacher's marking ("名师批改，7天
# 提分10分", "保过班", "押题"), never a sentence of a document.
_COURSE_PITCH = re.compile(
    r"\d+\s*(?:天|周|个月)提分|提分\s*\d|提分(?:营|班|课|秘籍|神器)|保过(?:班|率|协议)|包过(?:班|率)|押题(?:班|卷|课)|名师(?:批改|点评|辅导|一对一|带练)"
    r"|一对一(?:批改|辅导|精批)|体验课|试听课限|限时抢|高分班|名师带你|报名戳"
)
# A standard's or a plan's decimal-numbered clause heading: the number, a space and two to ten
# Chinese characters, nothing else ("1　范围", "3.2　术语和定义"; GB/T 1.1-2020 §7.4).
_DECIMAL_CLAUSE_HEAD = re.compile(r"^\d{1,2}(?:[.．]\d{1,2}){0,2}[\s\u3000]+[\u4e00-\u9fff]{2,10}$")
# A document's numbered section heading: an outline number, or a decimal one and a space before
# four Chinese characters or more ("4 联系方式", "3.2 报名方式"; "3 评论" is a counter).
_SECTION_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:[.．]\d{1,2})*[.、．]?\s+(?=[\u4e00-\u9fff]{4})|\d{1,2}[、．])"
)
_OUTLINE_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．])")
# A prompt to add a lawyer's, an adviser's or the desk's WeChat for a consultation ("类似纠纷可扫码添加
# 某律师微信咨询", "具体案情可添加律师微信详谈").
_CONSULT_BY_WECHAT = re.compile(
    r"(?:添加|加)[^，。！？]{0,6}?(?:律师|顾问|客服|小编|专家|助理|咨询师)[^，。！？]{0,3}?微信[^，。！？]{0,4}?(?:咨询|详谈|沟通|预约|了解|答疑)"
)
# A thread's view buttons ("只看楼主", "只看该作者", "倒序浏览", "电梯直达") and a post's stamp
# ("发表于 2小时前"): together, the row over a post.
_THREAD_VIEW_BUTTON = re.compile(r"只看(?:楼主|该作者|此人|他)|倒序浏览|正序浏览|电梯直达|阅读模式")
_POST_STAMP = re.compile(r"(?:发表于|发布于|发帖于|回复于)\s*\S")
# Which copy of a notice prevails over the page's ("公告内容以采购人发布的纸质文件为准"): the site's
# caution about its own copy.
_COPY_PREVAILS = re.compile(r"(?:内容|信息|公告|页面|网页|本页|数据)[^。！？]{0,12}以[^。！？]{0,16}(?:纸质|原件|正式|原文|书面|盖章)[^。！？]{0,8}为准")
# A sponsor's credit on the page ("赞助商：某某", "本赛季安全合作伙伴：某某户外", "本页赞助：…"); an
# event's own 主办/承办/协办单位 fields are no sponsor's words.
_SPONSOR_CREDIT = re.compile(r"^[^：:。，,]{0,8}(?:赞助商?|冠名商?|合作伙伴|特约赞助|独家赞助|指定用品|战略合作)\s*[:：]\s*\S")
# The head of an office system's log of who sent the document where ("流转记录", "审批记录："):
# the system's record of the file, printed under it, never the document's text.
_WORKFLOW_LOG_HEAD = re.compile(r"^[【\[]?(?:流转|办文|签批|审批|办理)(?:记录|日志|过程|轨迹)[】\]]?\s*[:：]?$")
# A portal's masthead: an issuer's name and, apart by a space or a dot, the name of a column of
# the portal ("某某县农业农村局　政务公开", "某某镇人民政府 · 通知公告").
_ISSUER_COLUMN = re.compile(
    r"^[\u4e00-\u9fff]{2,20}(?:局|委|委员会|政府|办公室|厅|院|中心|办|所|站|处|部)[\s\u3000]*[·•|｜\s\u3000][\s\u3000]*"
    r"(?:政务公开|信息公开|政府信息公开|通知公告|公示公告|新闻动态|工作动态|政策文件|政策法规)$"
)
# A Q&A site's label on an answer ("✅ 最佳答案　答主：…", "已采纳", "推荐答案").
ANSWER_LABEL = re.compile(
    r"^[^\w\s]{0,2}\s*(?:最佳答案|推荐答案|优质答案|精选回答|高赞回答|最佳回答|推荐回答|优质回答|已采纳|采纳答案|答主\s*[:：])"
    # "网友“某某”的回答 · 回答于 1小时前 · 被采纳": an answer's header row
    r"|^[^。！？]{0,20}的回答\s*[·•|｜]|^[^。！？，,]{2,30}[\s\u3000]的回答$|(?:回答于|解答于)[^。！？]{0,16}(?:[·•|｜]\s*(?:被|已)采纳)"
    # "湿地守望者　某公园志愿者队长　回答于 2025-04-03": an answerer's row ending in its date
    rf"|^[^。！？]{{2,40}}{_REL_TIME}\s*(?:回答|回复|作答|解答)$"
    r"|^[^。！？]{2,40}(?:回答于|解答于|答复于)\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2})?$"
    # … and on the question asked ("【提问】帮忙写一份…", "悬赏20积分"): the asker's request.
    r"|^[【\[]\s*(?:提问|求助|悬赏|网友提问)\s*[】\]]"
)
# A document system's row about the file: its version, its last change, who may see it.
# Where a copy was taken from, on a line of its own ("转自某某公司官方发布", "摘自《某某》第3期").
_SOURCE_CREDIT = re.compile(r"^[（(]?(?:转自|转载自|摘自|摘编自|转引自|选自|内容来自)\s*[:：]?\s*[^，。！？,\s]{2,30}?[）)]?$")
# A file or link system's stamp: who made it and when ("由用户 abc 于 2025/08/02 创建", "张某 创建于
# 2025-03-01 10:22").
_SYSTEM_STAMP = re.compile(
    r"由\s*(?:用户|网友|会员|管理员)?\s*[^\s，。]{1,24}\s*于\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}[^，。]{0,10}?"
    r"(?:创建|上传|分享|发布|编辑|修改|更新|生成|导出|提交|共享)|(?:创建|上传|分享|共享|生成|导出)于\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
)
_DOC_SYSTEM_ROW = re.compile(r"最后(?:修改|编辑|更新)\s*[:：于]|仅[\u4e00-\u9fff]{1,8}可见|(?:^|[\s·|｜])版本\s*[:：]?\s*[vV]?\d+(?:\.\d+)*(?=[\s·|｜]|$)")


def _icon_menu(s: str) -> bool:
    """A row an icon opens: three or more short cells (at most 8 characters, no punctuation)
    apart by two spaces or an ideographic space ("🔎 找宠物医院　　找美容店　　找寄养")."""
    cells = [c for c in re.split(r"\s{2,}|\u3000+", _PICTOGRAPH.sub("", s, count=1).strip()) if c.strip()]
    return len(cells) >= 3 and all(len(c) <= 8 and not re.search(r"[，。；：！？,.;:!?]", c) for c in cells)


# A reply in a comment thread ("松风 回复 木棉：谢谢"): names apart from 回复 by spaces.
# A Q&A page's or a comment box's count with its sort buttons ("12个回答　默认排序", "共8条评论 按时间排序").
_ANSWER_COUNT_BAR = re.compile(
    # (… or after a vote's count: "有帮助(66)　｜　还有 4 个回答")
    r"^(?:(?:有帮助|有用|赞同)\s*[（(]?\d+[)）]?[\s\u3000|｜·]*)?(?:共|还有)?\s*\d+\s*(?:个|条)\s*(?:回答|答案|评论|回复|解答)[\s\u3000|｜·]*"
    r"(?:(?:默认|按?时间|按?热度|最新|最热|时间|热度|点赞)排?序?[\s\u3000|｜·]*){0,3}$"
)
_REPLY_LINE = re.compile(
    r"^[^\s：:，。]{1,12}\s+回复\s+@?[^\s：:，。]{1,12}\s*[:：]"
    # (… or a reply under a post by a user named after the word 网友: "网友 某某：我也看到了")
    r"|^(?:网友|游客|匿名用户)[\s\u3000]+[^\s：:，。“”]{1,12}\s*[:：]"
    r"|^回复\s*@?[^\s：:，。“”]{1,12}\s*[:：]"
    # (… or a comment signed "某某 说：" with its post time at the end: "某某 说：挂果了吗？ 2天前";
    # a quotation in a text has no time stamp after it)
    rf"|^[^\s：:，。“”]{{1,12}}[\s\u3000]*说\s*[:：].{{1,80}}?[\s\u3000]+(?:{_REL_TIME}|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(?:\s+\d{{1,2}}:\d{{2}})?)$"
)
# A byline row opened by a date, with cells apart by a dot or a bar ("2025年1月3日 · 账本 · 852 次浏览") …
_DATED_ROW = re.compile(r"^(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*\d{1,2}:\d{2})?\s*[·•|｜]")
# … and a counter of readers or comments in it.
_ROW_COUNTER = re.compile(r"\d[\d,.万]*\s*(?:次)?(?:浏览|阅读|评论|点赞|收藏)|(?:浏览|阅读|评论)\s*[:：]?\s*\d")


def _counted_dot_row(s: str) -> bool:
    """``s`` is a row of 3–5 short cells apart by dots or bars, no sentence, the last a readers'
    counter (``某某 · 方案计划 · 阅读 5903``; the counter may stand a wide space apart: ``某某指南 · 某某
    学苑　阅读 1.6k``): an app's or a site's byline, not a text's line."""
    cells = [c.strip() for c in re.split(r"\s*[·•|｜]\s*|\u3000+|\s{2,}", s.strip())]
    return (
        3 <= len(cells) <= 5
        and all(1 <= len(c) <= 14 for c in cells)
        and not _SENTENCE_END.search(s)
        and _ROW_COUNTER.search(cells[-1]) is not None
    )


# A customer's word a training or service site quotes ("学员心声：…", "家长评价：…").
_TESTIMONIAL = re.compile(r"^(?:[^\w\s]{1,2}\s*)?(?:学员|用户|客户|家长|顾客|买家|老学员|居民|群众|网友|读者|患者|家属|村民|市民|游客)(?:心声|评价|反馈|好评|点评|感言|说|留言|评论)\s*[:：]")
# A call to follow the account that published the page ("关注我们，每周推送…").
_FOLLOW_US = re.compile(
    r"^(?:欢迎|记得)(?:关注|订阅)(?:一下)?[!！~～]*$|"  # a bare call at a line's end ("欢迎订阅")
    r"(?:^|^[^\w\s]{1,2}|[，,。！!？?\s])(?:点击|欢迎|记得|请|麻烦)?(?:关注|订阅|星标)(?:一下)?(?:我们|本号|公众号|博主|小编|作者|"
    r"我的(?:博客|公众号|主页|专栏|账号|频道|空间)|本(?:博客?|站|专栏|频道))"
)
# A label over a row of titles and nothing else ("热映：《山海之间》　《小镇的夏天》").
_TITLES_ROW = re.compile(r"^[\u4e00-\u9fff]{1,6}\s*[:：]\s*《[^《》]{1,20}》(?:[\s\u3000、|｜/·]+《[^《》]{1,20}》){1,}\s*$")
# The text's length or reading time a page prints over it (全文约1100字, 本文共3200字,
# 阅读大约需要5分钟, 预计阅读时间：3分钟), alone or beside other meta.
_TEXT_LENGTH = re.compile(
    r"^(?:全文|本文|正文|文章)(?:约|共|计|总计|大约)?\s*\d[\d,，]*\s*(?:多|余)?字(?=[\s\u3000|｜·,，]|$)"
    r"|^(?:预计|大约|约)?阅读(?:时间|时长|全文)?(?:约|大约|需要|需|仅需)?\s*[:：]?\s*(?:约\s*)?\d{1,3}\s*分钟"
    # (… or after the writing's date: "写于2023年冬，约5分钟读完")
    r"|(?:^|[，,\s])(?:约|大约|预计)?\s*\d{1,3}\s*分钟(?:读完|可读完|阅读)$"
)
# A site's dialog asking before it leaves a page ("本链接将跳转到外部网站，是否继续？").
_DIALOG = re.compile(r"(?:链接|网页|页面|网站).{0,24}(?:是否|确定|确认).{0,6}(?:继续|离开|访问|跳转|前往)")
_SENTENCE_END = re.compile(r"[。！？]|(?<=[\u3400-\u9fff”」』）])[!?]")
_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_TOKEN = re.compile(r"[^\s\u3400-\u9fff]+")

# Meta rows: a key from the vocabulary of page metadata, then a short value.
_META_KEY = (
    r"栏目|频道|分类|类别|热度|人气|投稿人|上传者|上传人|上传时间|上传于|文件名|文件大小|大小|格式|页数|共\d+页|下载次数|"
    r"下载积分|文档页数|文档大小|贡献者|字数|标签|本文标签|关键词|作者|来源|来自|编辑|责任编辑|发布者|发布人|发布单位|"
    r"发布时间|发布日期|发表于|发表时间|(?<![\u4e00-\u9fff])时间|办公时间|工作时间|服务时间|营业时间|阅读|阅读次数|浏览|浏览次数|评论|点击|查看|回复|主题|帖子|积分|关注|"
    r"贴子|签名|评分|本文标题|本文链接|原文链接|文章链接|网址|地址|院址|校址|馆址|厂址|园址|会址|邮箱|电话|联系电话|客服电话|客服热线|热线|"
    r"主办单位|承办单位|主办|承办|功能介绍|微信号|访客|访问量|更新时间|所属|楼主|作者简介|收录于|"
    r"审核|校对|审校|初审|复审|终审|编审|责编|撰稿|撰文|供稿|信息提供|稿件来源|信息来源|出处|值班编辑|监制|统筹|通讯员|"
    # (… and a government portal's index table: 索引号, 发文机关, 公开日期 …)
    r"索\s?引\s?号|发文机[关构]|发布机[构关]|公开日期|公开方式|公开时限|公开范围|主题分类|体裁分类|有\s?效\s?性|(?<![\u4e00-\u9fff])文\s*号"
)
# (A bar may stand for the colon: "来源 | 县委组织部", "编辑丨小周".)
# (… or a key's person: 审核人：…, 编辑人：….)
_META_PAIR = re.compile(rf"(?:{_META_KEY}|录入|发稿|排版|美编)人?\s*(?:[:：]|\s?[|｜丨]\s?)")
# Counters: "阅读(326)", "查看: 2871", "2.6万次浏览", "评分：4.6".
_COUNTER = re.compile(
    r"[\u4e00-\u9fff]{1,4}\s*[（(:：]\s*\d[\d.,，]*\s*(?:万|千|次|人|页|KB|MB|分|条)?\s*[)）]?"
    r"|\d[\d.,]*\s*[万千]?\s*(?:次|人)\s*(?:浏览|阅读|下载|评论|收藏|点赞|关注|围观)"
)
_META_WORDS = re.compile(
    r"发表于|发布于|上传于|编辑于|^来自|来自\S{0,10}(?:客户端|手机|iPhone|Android)|楼主|只看该作者|倒序浏览|阅读模式|本帖|"
    r"查看\s*[:：]|^\d+\s*楼$"
)
# "（完）", "（全文完）", "【完】", "-完-", "— 全文完 —": a page's or an editor's end mark on a
# line of its own (完 inside a sentence is a word).
_END_MARK = re.compile(
    r"^[（(【\[〔<＜\-—－~～\s]*(?:(?:全文)?完(?:结)?|(?:THE\s*)?END|(?:The\s*)?End)[）)】\]〕>＞\-—－~～\s]*$"
)
# A site's footer: who runs it ("本网站由…主办", "主办单位：…承办单位：…") and which browser or
# resolution to use.
_SITE_FOOTER = re.compile(
    r"^(?:本网站|本站|本网)由.{2,30}(?:主办|承办|维护|管理)|主办(?:单位)?\s*[:：].{1,40}承办(?:单位)?\s*[:：]"
    # "某某县妇女联合会 主办": the site's owner alone on its footer line.
    r"|^[\u4e00-\u9fff]{4,24}[\s\u3000]+(?:主办|承办|版权所有)$"
    r"|(?:建议|推荐|最佳)(?:使用|采用)?.{0,20}(?:浏览器|分辨率)|浏览器.{0,12}(?:浏览|访问)本"
)
# "您是第1234位访客", "访问人数：1234567", "赞(3)", "喜欢(0)": the page's counters.
_VISITOR_COUNT = re.compile(
    r"第\s*\d+\s*位(?:访客|访问者|来访者)"
    r"|^(?:本站|本网|网站)?(?:访问人数|访问人次|访客数|总访问量|今日访问|累计访问|访问量|浏览量)\s*[:：]\s*\d[\d,]*\s*(?:次|人次|人)?$"
)
_ONE_COUNTER = re.compile(
    r"^(?:赞|点赞|喜欢|收藏|评论|分享|转发|在看|打赏|踩|顶|阅读|浏览)\s*[（(]\s*\d[\d,]*\s*[)）]$"
    # … or after an icon, the count beside it ("👍 赞 58", "❤ 喜欢 12").
    r"|^[^\w\s]{1,2}\s*(?:赞|点赞|喜欢|收藏|评论|分享|转发|在看|打赏)\s*\d[\d,.万]*$"
)
_DATE_TIME = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}")

# Site names and slogans: a name ending in a site suffix, maybe with a slogan.
_SITE_SUFFIX = re.compile(
    # (A net that is a thing, 抄网, 渔网, 纱网, names no site; nor does a phrase's net after 的, "看不见的网".)
    r"[\u4e00-\u9fffA-Za-z0-9](?:(?<![渔抄拦球围丝纱蚊鱼帐晒虫护缸的])网|站|门户|知识库|词典|辞典|文库|论坛|社区|贴吧|吧|平台|在线|博客|频道|之家|客户端|公众号|云盘|网盘|文档|资料库|范文|首页|融媒|电视台|电台|广播|商城|百科|官网|文存|文集|文丛|书斋|书屋|小筑)"
    r"(?=$|[\s|｜—\-–_·•,，:：!！]|[A-Za-z])"
)
_SEPARATOR = re.compile(r"\s[|｜—\-–·•]\s|[|｜›»→>＞]|——|\s{2,}|\u3000")

# Lists and boxes: bullets, previous/next links, list headers.
_BULLET = re.compile(r"^[·•◆◇▪▫►▶▷★☆■□●○※◎→»«▲△▼▽♦❖✓✔☞︎]\s*")
#: What a link to the item before or after this one counts in (上一篇, 下一集, 前一期, 上一课): the
#: measure words of texts, posts, episodes and pages. (步 阶段 年 are no such unit: 下一步.)
PREV_NEXT_UNITS = "篇条则页个章节张幅组期讲封帖集回课首部卷份"
# (… maybe after the button back to the list: "返回列表　上一条：…")
_PREV_NEXT = re.compile(rf"^(?:返回[\u4e00-\u9fff]{{0,3}}[\s\u3000|｜]+)?[«‹<＜◇◆·•←→◀◁◂▶▷▸]?\s*[【\[〔]?(?:[上下前后]一[{PREV_NEXT_UNITS}]|[上下]篇|[上下]则|[较更](?:早|新|晚|旧)(?:的一?[{PREV_NEXT_UNITS}]|的|一[{PREV_NEXT_UNITS}]))")
# A link to the item before and one to the item after, on one line ("上一篇 · 第16篇《…》　下一篇 …").
_PREV_AND_NEXT = re.compile(rf"[上前]一[{PREV_NEXT_UNITS}].{{1,60}}?[下后]一[{PREV_NEXT_UNITS}]")
_LIST_VOCAB = re.compile(
    r"相关|推荐|热门|热点|排行|猜你|喜欢|往期|更多|精彩|最新|同类|延伸|文章|文档|阅读|评论|留言|回复|标签|专题|目录|"
    r"阅读榜|点击榜|榜单|下载榜|人气|还喜欢|感兴趣|看了|也看|在看|其他|热评|我要|网友|"
    r"相似|类似|同主题|同栏目|本栏|栏目|热搜|热帖|热议|必读|荐读|导读|好文|资讯|要闻|友情链接|随机|近期|最热|合集|看过|"
    # (… what others ask or read: 大家都在问, 网友还问了, 24小时热榜, TOP10.)
    r"都在|还在问|也在问|还在看|还问|还看|还想|想看|热榜|排行榜|热文|热读|精华|最近更新|TOP|Top|"
    # (… a column's name over its headlines: 校园动态, 要闻快讯, 接下来播放; not 新闻 or 公告,
    # which head a bulletin's own sections.)
    r"动态$|快讯$|图集|播放$|视频$|"
    # (… a wiki entry's sources under its text: 参考资料, 参考来源.)
    r"^参考(?:资料|来源)$"
)


# "推荐阅读：A ｜ B", "本文标签：x y z", "猜你喜欢：A | B": a list key, then items.
_LIST_LINE = re.compile(
    r"^(?:[▶►▸•·◆■●★☆→◀◁]\s*)?[【\[]?(?:[^，。：:\s]{0,4}(?:相关|推荐|热门|猜你|往期|同类|延伸|更多|标签|Tags|tags|关键词|热点|专题|在看|在读|在搜|在问|都在|热销|畅销|热卖)[^，。：:\s]{0,4})[】\]]?\s*[:：]"
)
# An addressee of groups concerned ("各相关班级：", "各有关单位："): the text's first line, not a list's key.
# (… with its scope before 各, "院内各相关科室：", "县直各单位：": no labelled line so is chrome.)
_GROUP_ADDRESSEE = re.compile(r"^[\u4e00-\u9fff]{0,4}各(?:相关|有关)?[\u4e00-\u9fff、（）()]{1,16}[:：]$")
# Fields of a document itself (GB/T 9704: 主送, 抄送, 签发人 …; a notice's 联系人, 时间, 地点).
# (A 纪要's own fields, 主持/出席/记录, and a 函's addressee after 致 are the text's too.)
_DOC_FIELD = re.compile(
    r"^(?:主送|抄送|签发人|附件|联系人|联系电话|联系邮箱|电子邮箱|邮箱|传真|联系地址|电话|地址|时间|地点|主题词|密级|紧急程度|印发机关|"
    r"主持人?|出席|列席|缺席|记录人?|参会人员|致|"
    # A procurement notice's own fields (预算金额：四十八万元, 最高限价：…, 采购方式：…).
    r"预算金额|采购预算|最高限价|招标控制价|采购方式|资金来源|合同履行期限|项目名称|采购人|采购单位|招标人|采购代理机构|代理机构|"
    # An application's or a report's cover fields (申报单位：某某文化馆, 填报单位：…, 编制单位：…).
    r"申报单位|申报人|申报项目|申请单位|申请人|填报单位|填报人|报送单位|编制单位|编制日期|项目负责人|"
    # A letter's signer by the role it writes in (举报人：×××, 投诉人：…).
    r"举报人|投诉人|检举人|控告人|申诉人|"
    # An activity plan's or a lesson plan's own fields (活动名称：三色堇的秘密, 活动主题：…, 课题名称：…).
    # (… 课题：…, 课时：1课时, 授课班级：…, 教学重点：…: the head of a 教案; 24 labelled lines, all body.)
    r"活动名称|活动主题|班会主题|会议主题|活动对象|参加对象|课题名称|课程名称|教学内容|授课对象|"
    r"课题|课时|课型|授课班级|授课教师|授课时间|教学目标|教学重点|教学难点|教学准备|教具准备|"
    # A process card's or a work instruction's own fields (产品名称：…, 设备：120吨注塑机, 工序：…).
    r"产品名称|产品型号|零件名称|工序名称|工序|设备|设备名称|设备型号|原料|原材料)\s*[:：]"
)
# A letter's signer by the role it writes in, at the head of a row (举报人：×××　联系电话：…).
_SIGNER_ROW = re.compile(r"^(?:举报人|投诉人|检举人|控告人|申诉人|申请人)\s*[:：]")


def is_doc_field(s: str) -> bool:
    """``s`` opens with a field of a document itself (主送：, 抄送：, 时间：, 地点：, 联系人： …)."""
    return _DOC_FIELD.match(s) is not None


# A document's addressee (主送机关, GB/T 9704-2012 §7.3.2) in its collective form: 各 or 全体
# and a body of people, then the colon (各会员单位：, 全体党员：); no button ends in a colon.
_ADDRESSEE = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}各|全体)[^。！？：:\s]{1,30}[:：]$")
# "整理：阿福": a short key and value on a line of their own.
_SHORT_PAIR = re.compile(r"^[^\s：:，。、]{1,4}\s*[：:]\s*[^\s，。：:]{1,10}$")
# "日志 » 工作笔记": short items joined by a path separator.
# (A line ending in a colon addresses its reader: "×××先生/女士：" is a letter's salutation.)
_CRUMB = re.compile(r"^[^。，！？\s<＜《〈]{1,12}\s*[›»→>＞/]\s*[^。，！？<＜>＞《》]{0,15}[^。，！？<＜>＞《》:：]$")
# "文库 :: 农业 :: 方案", "首页 / 公开 / 通知", "集 => 随笔 => 乡愁": three or more short items
# joined by one path separator used throughout.
_CRUMB_PATH = re.compile(
    r"^[^。，！？:：/\s]{1,14}(?P<sep>\s*(?:::|：：|=>|->|—>|－>|→|›|»|>|＞|\s/\s|\s／\s)\s*)[^。，！？:：/]{1,16}"
    r"(?:(?P=sep)[^。，！？:：/]{1,16})+$"
)


# A forum's path down to the thread, its last item the thread's title with its clauses and question
# ("某某论坛 » 民生热线 » 小区换燃气表要收三百块，这合理吗？"): two or more short items before it.
_CRUMB_TO_THREAD = re.compile(
    r"^[^。，！？:：\s]{1,14}(?P<sep>\s*[›»>＞]\s*)[^。，！？:：]{1,16}(?:(?P=sep)[^。，！？:：]{1,16})*(?P=sep)[^。！<＜>＞《》»›]{2,36}$"
)
# A byline of roles: "文 | 张三　图 | 李四", "【来源】县融媒体中心", "摄/王五": a short role, a
# bar, slash, colon or bracket, a short name — one or more times, and nothing else.
_ROLE = r"(?:文|图|摄|图文|文图|摄影|撰文|撰稿|作者|编辑|来源|出品|策划|制图|设计|排版|校对|审核|编审|统筹|主编|责编|记者|通讯员|供图|视频|剪辑)"
_BYLINE = re.compile(
    rf"^(?:(?:{_ROLE}\s*[|｜丨/／:：]\s*|[【\[]{_ROLE}[】\]]\s*)[^\s|｜丨/／:：。！？，]{{1,16}}\s*){{1,4}}$"
)
# "本文共计1234字，预计阅读时间4分钟": the page's reading length.
_READING_LENGTH = re.compile(r"(?:预计|大约|约需)?阅读(?:时间|时长|需要?)\s*[:：约]?\s*\d{1,3}\s*分钟|(?:全文|本文)共计?\s*\d[\d,]*\s*字")
# "字数 1234 阅读 567 评论 8": counters of the page, word and number, without separators.
_COUNTER_PAIR = re.compile(r"([\u4e00-\u9fff]{1,4})\s*[:：]?\s*\d[\d,.]*\s*[万千wWkK]?\+?")

# "附件下载：名单.xlsx": a line that names a file to fetch ends in its extension.
_FILE_LINK = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|et|pptx?|dps|rar|zip|7z|txt|rtf|ofd|caj|jpe?g|png)\s*[)）]?$", re.I)
# "篇二：…": the contents of a 范文 collection page (one document in N versions).
_TOC_ITEM = re.compile(r"^篇[一二三四五六七八九十\d]{1,3}\s*[：:、．.]")
# "文号：青府办字〔2024〕57号　发布日期：2024-10-10": a row of a page's metadata table.
_CELL = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,6}\s*[：:]\s*[^\s：:。！？](?:[^：:。！？]{0,38}[^\s：:。！？])?"  # 文号：青府办字〔2024〕57号
    r"|[\u4e00-\u9fff]{1,4}\s*[（(]?\s*\d[\d.,，]*\s*[万千KkWw+]?\s*(?:人|次|条|个|篇|份|位)?\s*[)）]?"  # 阅读 88, 评论(3), 已读 158 人
    r"|(?:已有|共有|共|累计)?\s*\d[\d.,]*\s*[万千wWkK]?\+?\s*(?:人|次)\s*(?:浏览|阅读|下载|评论|收藏|点赞|关注|围观|看过|读过)"  # 已有 2,046 人阅读
    r"|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$"  # a date, a time
)
_CELL_SPLIT = re.compile(r"\s*[\u3000\t|｜]\s*|\s{2,}")
# (A page whose wide spaces became single ones: cut before each key.)
_KEY_SPLIT = re.compile(r"\s+(?=[\u4e00-\u9fff]{2,6}\s*[：:])")
# "本文共2页，当前第1页 下一页": a page's own navigation.
_PAGE_OF = re.compile(r"共\s*\d{1,4}\s*页")
_PAGE_NAV = re.compile(r"第\s*\d{1,4}\s*页|[上下]一页|末页|首页")
# "学校概况 | 校园新闻 | 通知公告": three or more short items between bars or dots.
_MENU_ROW = re.compile(r"^[^\s|｜·•。，！？：:]{1,8}(?:\s*[|｜·•]\s*[^\s|｜·•。，！？：:]{1,8}){2,}$")


_COLON_OR_DIGIT = re.compile(r"[：:\d]")
_COMMA = re.compile(r"[，,、]")
_NUMBERED_ITEM = re.compile(r"^[一二三四五六七八九十\d]+[、.．]")
_SLOGAN_PUNCT = re.compile(r"[，,!！]")
_YEAR = re.compile(r"\d{4}\s*年|[〇零一二三四五六七八九十]年")


_SEGMENTS = re.compile(r"\s[|｜—\-–·•]\s|[|｜›»→>＞，,!！]|——|\s{2,}|\u3000")


def _named_segment(s: str) -> bool:
    """The first segment of ``s`` (between separators or commas), or the last one after a
    separator, is a short name ending in a site word: ``笔杆子范文网 — 写材料就上笔杆子``;
    a sentence that a wrap cut after ``…，推动社区`` is none."""
    parts = [p.strip() for p in _SEGMENTS.split(s) if p.strip()]
    if len(parts) < 2:
        return False
    # The last segment counts only after a separator, not a comma: a sentence's last
    # clause may end in such a word (…，推动社区).
    ends = (parts[0], parts[-1]) if _SEPARATOR.search(s) else (parts[0],)
    # (A name holds no quotation marks: "塑料“变身”进社区" is a headline's clause.)
    return any(
        len(p) <= 16 and (m := _SITE_SUFFIX.search(p)) is not None and m.end() == len(p) and not re.search(r"[“”\"「」]", p)
        # (… nor an aspect particle or a count: "用了三个月肥皂网，说说真实感受" is a headline's clause.)
        and not NOT_A_NAME.search(p)
        for p in ends
    )


# A key of two characters padded with a space or two to line up with longer keys ("材　质：", "类　别："),
# standing at a line's start or after a cell's gap; every labelled line opening on one is chrome (60).
_PADDED_KEY = re.compile(r"(?<![^\s\u3000|｜])([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?=\s*[：:])")


def _is_cell_row(s: str) -> bool:
    """Two or more cells separated by wide spaces or bars, each a ``key：value`` pair (a
    key of 2–6 Chinese characters, a short value without spaces), a counter (``阅读 88``)
    or a date and time, and nothing else."""
    if len(s) > 120 or not _COLON_OR_DIGIT.search(s):
        return False
    # (A key of two characters padded to the width of three, "材　质：…　类　别：…", is one key.)
    s = _PADDED_KEY.sub(r"\1\2", s)
    cells = [c for c in _CELL_SPLIT.split(s) if c]
    if len(cells) < 2:
        cells = [c for c in _KEY_SPLIT.split(s) if c]
    return len(cells) >= 2 and all(_CELL.match(c) for c in cells)


# The fields of a procurement notice's own header (项目编号, 采购方式, 预算金额, 最高限价 …).
_PROCUREMENT_KEY = re.compile(r"(?:项目(?:编号|名称)|采购(?:方式|预算|内容|需求|单位|人)|预算金额|最高限价|(?:招标)?控制价|标段|包号|代理机构|资金来源|合同履行期限)\s*[：:]")


def _procurement_fields(s: str) -> bool:
    """True for a row of ``key：value`` cells whose every key is a procurement notice's own field
    (``项目编号：…　采购方式：竞争性磋商　预算金额：18.6万元``): the notice's text, not the portal's
    byline, which adds a date or a counter (``项目编号：…　浏览次数：388``)."""
    cells = [c for c in _CELL_SPLIT.split(s.strip()) if c]
    if len(cells) < 2:
        cells = [c for c in _KEY_SPLIT.split(s.strip()) if c]  # (cells apart by one space)
    return len(cells) >= 2 and all(_PROCUREMENT_KEY.match(c.strip()) for c in cells)


def _is_counter_row(s: str) -> bool:
    """Two or more ``word number`` counters and nothing else (``字数 1234 阅读 567 评论 8``),
    half of the words or more the page's (a meta key or an action word); a data row's
    words (``一分公司 24``) are not."""
    pairs = list(_COUNTER_PAIR.finditer(s))
    if len(pairs) < 2 or _CJK.search(_COUNTER_PAIR.sub("", s)):
        return False
    page = sum(1 for m in pairs if _META_PAIR.match(m.group(1) + "：") or action_words(m.group(1))[0] or m.group(1) in ("字数", "喜欢", "赞"))
    return page * 2 >= len(pairs)


def action_words(s: str) -> tuple[int, int]:
    """``(distinct action words, characters they cover)`` in ``s``."""
    found = _ACTION.findall(s)
    return len(set(found)), sum(len(w) for w in found)


_NOT_CONTENT = re.compile(r"[\W_]+")


def _content_len(s: str) -> int:
    """Characters that are not spaces or punctuation (the denominator of shares)."""
    return len(_NOT_CONTENT.sub("", s))


_JUNK_SYMBOL = re.compile(r"[#%&@*$^~!;]")


def is_junk_token(s: str) -> bool:
    """One run of junk: 3–8 characters mixing Latin letters, digits and one of
    ``#%&@*$^~!;`` (``8Kq#z``); ``PM2.5``, ``COVID-19`` or ``Q&A`` are words."""
    return (
        3 <= len(s) <= 8
        and _JUNK_SYMBOL.search(s) is not None
        and any(c.isascii() and c.isalpha() for c in s)
        and any(c.isdigit() for c in s)
        and all(c.isascii() and not c.isspace() for c in s)
    )


# A multiple-choice question's options on one line, A to B/C/D in order ("A. 1.2 B. 1.7 C. 2.1 D. 2.6").
_CHOICES = re.compile(r"^\s*A\s*[.．、]\s*\S{1,12}\s+B\s*[.．、]\s*\S{1,12}(?:\s+C\s*[.．、]\s*\S{1,12}(?:\s+D\s*[.．、]\s*\S{1,12})?)?\s*$")


def is_junk_line(s: str) -> bool:
    """Forum anti-scraping junk: no CJK, 2+ short tokens of Latin letters, digits, symbols
    (or one token, see :func:`is_junk_token`).

    ``k8 Z% q1 T7 &`` and ``04 58 !`` are junk; ``GDP``, ``2023 2024`` or ``42 44.6 106.2%``
    (figures only) are not.
    """
    if not s or len(s) > 80 or _CJK.search(s):
        return False
    if _CHOICES.match(s):
        return False  # "A. 1.2 B. 1.7 C. 2.1 D. 2.6": a question's options, in their order
    tokens = s.split()
    if len(tokens) == 1:
        return is_junk_token(s)
    if len(tokens) >= 2 and not any(ch.isalpha() for ch in s):
        # Digits with a mark no figure takes ("04 58 !"): a number's own marks (. , % + - / :)
        # make a table's row of figures, which stays.
        return max(len(t) for t in tokens) <= 4 and re.search(r"[!&@^~#*$;]", s) is not None
    if len(tokens) < 2:
        return False
    if max(len(t) for t in tokens) > 4:
        return False
    symbols = sum(1 for ch in s if not ch.isalnum() and not ch.isspace())
    mixed = sum(1 for t in tokens if any(c.isalpha() for c in t) and any(not c.isalpha() for c in t))
    return symbols >= 1 or mixed >= 1 or len(tokens) >= 3


def is_list_header(s: str) -> bool:
    """A short heading of a related / hot / previous-next / comment box (``热门排行``, ``相关文章：``)."""
    core = s.strip().rstrip(":：>》»").strip("【】[]<>《》「」 ")
    if not core or len(core) > 10 or _SENTENCE_END.search(core) or _COMMA.search(core):
        return False
    if core.startswith(("本期", "本刊")):
        return False  # (a periodical's own contents, 本期导读：, 本期要目)
    if _GROUP_ADDRESSEE.match(s.strip()):
        return False  # (an addressee of the groups concerned, 各相关班级：)
    if core.endswith(("您好", "你好", "大家好")):
        return False  # (a reply's salutation, 网友您好：, names the reader: the text's first line)
    return _LIST_VOCAB.search(core) is not None and not _NUMBERED_ITEM.match(core)


# A private message to the site's keeper or its writers ("私信站长", "私信小编", "私聊客服").
_DM_KEEPER = re.compile(r"(?:私信|私聊|联系)(?:站长|站内|小编|客服|博主|楼主|我们团队|团队|管理员)")


def service_sentence(s: str) -> bool:
    """True when ``s``, one sentence of a paragraph, sells a writing service by a messenger
    id (``…定制同类材料请联系小采（微信yc_fanwen）。``) or a private message to the site's keeper
    (``需要原创定制材料的，私信站长即可。``): a site's prompt glued inside the text,
    never the document's own sentence (which sells nothing: :func:`own_contact_sentence`)."""
    if len(s) > 80 or _PAID_SERVICE.search(s) is None:
        return False
    # (… or by a private message to the site's keeper: "需要原创定制材料的，私信站长即可。")
    return _has_contact_id(s) in ("QQ", "WeChat id") or _DM_KEEPER.search(s) is not None


def _has_contact_id(s: str, accounts: bool = False) -> str:
    """The kind of contact id ``s`` holds, or ``""``; with ``accounts``, any account id
    after a colon too (only next to a service word: alone it may be a document number)."""
    for name, rx in (
        ("e-mail", _EMAIL),  # (before URL: an address's domain is no page)
        ("URL", _URL),
        ("phone", _PHONE),
        ("QQ", _QQ_ID),
        ("WeChat id", _WECHAT_ID),
        ("account id", _ACCOUNT_ID if accounts else None),
    ):
        if rx is None:
            continue
        if rx.search(s):
            return name
    return ""


# What a preview page shows where its text stops or hides, or what it costs: "试读结束",
# "展开剩余 70%", "还剩2页未读", "以下内容仅限会员查看", "本帖隐藏的内容需要回复才可以浏览",
# "阅读全文需支付 3 元", "文章未完，点击下一页继续", "（未完待续）", "加载中…", "更多精彩…请访问本站",
# "温馨提示：下载后可编辑修改". Only on short lines without a sentence end that are no heading.
_PREVIEW_STATE = re.compile(
    r"(?:试读|试看|预览|免费阅读)(?:[^。，！？]{0,4}已|部分)?(?:结束|完毕|到此|至此)|(?:仅|只)(?:展示|显示)了?(?:精简|部分|节选)|(?:展开|查看)剩余|(?:剩余|余下|剩下|其余)\s*约?\s*\d+\s*[%％页字]|"
    # "余下内容仅对会员开放", "剩余部分仅向订阅用户开放": the rest of the copy kept for members.
    r"(?:剩余|余下|剩下|其余|后续)[^。，！？]{0,10}(?:仅|只)(?:对|向|限|供)[^。，！？]{0,6}(?:会员|订阅|付费|用户)|还剩\s*\d+\s*[页字]|未读完?|"
    # "余下内容需解锁会员后查看", "后面的部分要登录后阅读": the rest of the copy behind an account.
    r"(?:剩余|余下|剩下|其余|后续|后面|以下)的?(?:内容|部分|全文|正文|段落|文字)[^。，！？]{0,4}(?:需|须|要|请)[^。，！？]{0,6}"
    r"(?:会员|VIP|vip|登录|登陆|注册|解锁|购买|付费|开通|充值|订阅|下载)|"
    # "以下段落为某某会员内容，登录后接着读": the rest named members' copy; reading on after a login.
    r"(?:以下|剩余|余下|后续|后面|下面)的?(?:内容|部分|段落|文字|正文)(?:为|是|属于|系)[^。，！？]{0,8}(?:会员|VIP|付费)|登录后(?:接着|继续)(?:读|看|阅读)|"
    r"隐藏(?:的)?内容(?=.{0,12}(?:回复|可见|查看|浏览|登录|会员|购买))|(?:全文|全部内容|内容)已(?:展示|显示|加载)(?:完毕|完|全部)|(?:全文|全部内容|正文)已(?:全部)?展开|(?:本段|此段|内容|全文|回答)?已(?:被)?折叠|(?:仅|只)(?:显示|展示|预览)前\s*\d{2,6}\s*字|以下为?隐藏内容|仅限会员|会员(?:专享|可见|才能)|VIP专享|需(?:要)?(?:支付|付费|购买|回复)|未完待续|文章未完|^加载中|(?:仅|只)(?:显示|展示|可预览|预览|提供)前?\s*[\d一二两三四五六七八九十]{1,3}\s*页|可(?:免费)?预览\s*[\d一二两三四五六七八九十]{1,3}\s*页|"
    r"更多.{0,8}(?:请访问|请关注|请登录|请下载|尽在|请点击|点击进入)|提示\s*[:：].{0,16}(?:下载后|可编辑|可修改|节选|全文请|完整版)|"
    # The page's copy gated behind an account: "复制内容请先登录", "登录后方可下载", "游客仅可复制
    # 200字", "预览仅显示部分内容".
    r"(?:复制|下载|查看|阅读|浏览|保存)[\u4e00-\u9fff]{0,4}(?:请|需|需要|须)先?(?:登录|登陆|注册)|"
    # A paywall's unlock and reading-pass prompts ("剩余内容需解锁：¥1.9", "开通年卡 全站畅读").
    r"(?:需|可)?解锁(?:本篇|全文|剩余|后续|完整|全部|所有|更多|海量|全站)|(?:剩余|后续|完整)内容需?解锁|全站畅读|畅读不限|"
    # A copy lock over a paragraph ("本段已加密，点此解锁后可复制", "内容受保护，登录后复制").
    r"(?:内容|本段|全文|此段|正文)(?:已|被)?(?:加密|锁定|保护|受保护)|解锁后(?:方?可|即可|才能)?(?:复制|查看|阅读|下载)|"
    # Hidden or cut copy ("此处内容已隐藏，回复后可见", "还有2页未显示", "付费后可完整阅读").
    r"(?:内容|段落|部分|全文|正文|余文|页面|剩余页面?)(?:已|被)(?:隐藏|折叠)|(?:回复|评论|登录)(?:本帖|本文|此帖|本楼)?(?:后)?(?:方?可|才)?可见|回复本帖(?:后)?(?:可|即可|才能)?(?:查看|下载|浏览)|"
    r"(?:还有|尚有|另有)\s*\d+\s*页未(?:显示|展示|预览|加载)|(?:付费|购买|开通[^，。]{0,6})后(?:方?可|即可|才能)?(?:完整)?(?:阅读|查看|下载|浏览)|"
    r"(?:登录|登陆|注册)后(?:方?可|才能|即可)?(?:复制|下载|查看|阅读|浏览)(?:全文|本文|内容|原文|完整版?|文档|更多)?(?=$|[，,\s！!>＞】\]])|(?:游客|免费用户|非会员|普通用户)(?:每天|每日|每月)?(?:仅|只)(?:可|能)|(?:仅|只)显示部分内容|仅对[^，。]{0,6}会员开放|登录后(?:方?可|即可)?查看附件|(?:复制|下载|查看|阅读)(?:本文|全文|本段)?需(?:消耗|支付|扣除|花费)\s*\d+\s*(?:个)?(?:金币|积分|下载券|豆|币|点)"
)
_BUTTON_SIGN = re.compile(r"[▲▼△▽∨∧︾︽↓↑>»«<]")
_THIS_TEXT = re.compile(r"^(?:本文|本资料|本帖|本篇|此文|文章|本讲稿|本稿|本讲座|本课件|本材料|以上内容)")
_OUTLINE_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十\d]+[章节条部])")
# "已有236人下载", "¥ 5.00 购买": a line that is only a download counter or a price.
# ("已有 2.1 万人使用此模板": what was used may be named.)
_PAGE_COUNTER_LINE = re.compile(
    r"^(?:已有|共有|累计)?\s*\d[\d,.]*\s*[万千wWkK]?\+?\s*(?:人|次)\s*(?:已)?(?:下载|浏览|阅读|收藏|购买|付费|使用|套用|引用|复制)"
    r"(?:了?(?:此|该|本|这个|这篇)?(?:模板|范文|文档|文章|资料|素材|篇|稿|讲稿|范本))?$"
)
_PRICE_TAG = re.compile(r"^[¥￥]\s*\d[\d.]*\s*(?:元)?\s*(?:购买|下载|付费|解锁)?$")
# A file's format and size in a row of cells ("文档格式：docx　大小：28KB").
_FILE_META = re.compile(r"\d\s*(?:KB|MB|kb|mb|K|M)(?![A-Za-z])|(?<![A-Za-z])(?:docx?|pdf|wps|txt)(?![A-Za-z])", re.I)


# --- classes recognised by their form (issue 13, fourth round) ---------------------------------
# A news item's credits: roles and short names, bracketed or not ("（记者 某某 摄像 某某）",
# "文字：记者 某某", "本报记者　某某", "（文：某某部　图：某某学院　审核：某某）", "通讯员 某某 摄").
_CREDIT_ROLE = (
    # (An outlet may name itself before its reporter: "某某融媒记者", "某某日报记者".)
    r"(?:本报|本台|本网|本刊|特约|见习|实习|[\u4e00-\u9fff]{1,6}(?:融媒体?|日报|晚报|新闻网|电视台|广播电视台|传媒|报社))?"
    r"(?:记者|通讯员|实习生)|文\s*[/／]\s*图|图\s*[/／]\s*文|文字|文图|图文|摄影|摄像|图片|视频|"
    r"编辑|责编|责任编辑|美编|审核|审校|审稿|校对|初审|复审|终审|编审|监制|出品|撰稿|撰文|供稿|统筹|策划|主编|值班编辑|"
    r"剪辑|后期|配音|主播|出镜|制片|导演|录入|打字|[一二三]审|值班(?:主任|编辑)?"
)
_CREDIT = re.compile(
    # (A one-character role, 文 / 图 / 摄, only with a colon: "文　件" is a spaced heading.)
    rf"^[（(【\[]?\s*(?:(?:(?:{_CREDIT_ROLE})(?:\s*[:：｜|丨/／]\s*|[\s\u3000]+)|[文图摄]\s*[:：｜|丨/／]\s*)[\u4e00-\u9fff·]{{1,12}}"
    rf"(?:[\s\u3000、，,/]+[\u4e00-\u9fff·]{{2,4}}){{0,3}}(?:[\s\u3000]*摄)?[\s\u3000、，,/；;]*)+[）)】\]]?$"
)
# The publish date a credits row ends with ("文：某处　审核：某某　发布：2025-09-17").
# A day before a news item's credits ("2024.09.05　某某融媒记者 某某").
_LEADING_DAY = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[\s\u3000]+(?=\D)")
_CREDIT_DATE = re.compile(r"[\s\u3000]*(?:发布|发布时间|日期|时间)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")
# "（某某新闻网记者 某某）", "（某某医院供稿）": the outlet's reporter, or who supplied the item, in
# brackets (a document cites a source's data in a sentence, never a supplier alone).
_CREDIT_BY = re.compile(
    r"^[（(]\s*[\u4e00-\u9fff]{2,14}?(?:记者|通讯员)[\s\u3000]*[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、，,]+[\u4e00-\u9fff·]{2,4}){0,3}\s*[）)]$"
    r"|^[（(]\s*[\u4e00-\u9fff]{2,16}(?:供稿|供图|供稿供图)\s*[）)]$"
)
_CREDIT_ROLE_RE = re.compile(rf"^[（(【\[]?\s*(?:{_CREDIT_ROLE}|[文图摄]\s*[:：/／丨])|(?:记者|通讯员)[\s\u3000]")
# A photo's caption that ends with who took it ("签约仪式现场。通讯员 某某 摄", "…调试设备。某某 摄",
# "（某某/摄）"): a name of two to four characters apart from 摄 by a space or a slash, or after a
# reporter's role.
_CAPTION_CREDIT = re.compile(
    r"(?:^|[。！\s（(])(?:(?:本报|本台|本网)?(?:记者|通讯员|特约摄影|摄影|图)\s*)?[\u4e00-\u9fff]{2,4}(?:\s+|\s*[/／]\s*)摄[）)〕】\]］]?$"
    r"|(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff]{2,4}\s*摄[）)〕】\]］]?$"
)
# A photo's caption ("图为…", "[图片] 图为…", "▲ 图为…") and an image placeholder of a copied page.
# (… in any bracket, under a 说明 key too: "〔图片说明：…〕".)
_CAPTION = re.compile(r"^(?:[▲△▼↑↓]\s*)?[（(〔【［\[]?(?:[\[［【](?:图片|图|image|img|视频|动图)[\]］】]\s*)*(?:图为|图片为|上图为|下图为|(?:配图|插图|附图|题图|图片|图)(?:说明)?\s*[:：]|图\s*[｜|丨/／]\s*(?=[\u4e00-\u9fff]))")
# A photo's label alone on a line where its picture stood ("活动现场", "会议现场图片", "比赛掠影").
# (An instruction, 保护现场 or 清理现场, is a plan's heading, not a label.)
_SCENE_LABEL = re.compile(r"^[（(]?(?!.*(?:保护|勘[察查]|清理|清扫|封锁|处置|控制|疏散|离开|撤离|赶赴|到达|进入|恢复|维护)现场)[\u4e00-\u9fff]{0,6}(?:现场(?:图片|照片|图|实拍|直击|一角)?|掠影|剪影|精彩瞬间)[）)]?$")
_PLACEHOLDER = re.compile(r"^[\[【](?:图片|image|img|视频|动图|表情)[\]】]$", re.I)
# Readers' counters in words ("2.1万人看过", "126 人赞同了该文章", "3人觉得有用").
# ("4.6分1253人已读": a rating may come first.)
_READERS = re.compile(
    r"^(?:\d(?:\.\d)?\s*分\s*[|｜·•\s]*)?\d[\d.,]*\s*[万千kKwW]?\+?\s*(?:人|次|位)\s*"
    r"(?:看过|读过|阅读|浏览|赞同|点赞|喜欢|收藏|觉得有用|在看|关注|评论|转发|已读|已阅|已看|已下载|已收藏|已学)"
)
# A page's estimate of the text's length and reading time ("本文约1400字，阅读约需4分钟", "全文共2300字
# 预计阅读6分钟", "阅读时长：约5分钟").
_READING_TIME = re.compile(
    r"^[【\[〔（(]?\s*(?:(?:本文|全文|正文|文章)\s*(?:约|共|共计|总计)?\s*\d[\d,.]*\s*[万千]?\s*字[，,、\s|｜]*)?"
    r"(?:预计|大约|约)?\s*阅读(?:时间|时长|用时)?\s*[:：]?\s*(?:约|大约|预计)?(?:需要?|为)?\s*\d{1,3}\s*分钟"
    r"(?:[，,、\s]*(?:左右|即可读完|读完))?\s*[】\]〕）)]?$"
)
# A mail's headers, forwarding separator and client signature.
_MAIL_HEADER = re.compile(
    r"^(?:发件人|收件人|发送时间|发送日期|From|To|Sent|Date|Subject|Message-ID|Reply-To|Cc|Bcc|X-Mailer)\s*[:：]"
    # A 抄送 field that names mailboxes ("抄送：财务室 <cws@…>", "抄　送：a@b.cn"): the mail's header (a
    # document's 抄送 line names offices, never addresses).
    r"|^抄\s*送\s*[:：][^。！？]{0,40}?[\w.-]+@[\w-]+\.[\w.]+"
    # A mail client's attachment field, which counts the files ("附　件：某某登记表.xlsx（1个）").
    r"|^附\s*件\s*[:：][^。！？]{1,60}\.(?:docx?|xlsx?|pdf|wps|zip|rar|jpe?g|png)\s*[（(]\s*\d{1,2}\s*个\s*[）)]$"
    # A 日期 key with the weekday and the time of day: a mail client's or a page's stamp (a
    # document's own 日期 is a day).
    r"|^日期\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:星期|周)[一二三四五六日天]\s*\d{1,2}\s*[:：]\d{2}",
    re.I,
)
# A forum post's or a reply's stamp: 发表于 / 回复于 and a date with its time of day.
_POSTED_AT = re.compile(r"(?:发表于|回复于|发帖于|更新于|编辑于|最后编辑于)\s*[:：]?\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}")
# A gallery's navigation: its counter and buttons ("1/6　上一张　下一张").
_GALLERY_NAV = re.compile(r"上一张\s*[|｜\u3000 ]*\s*下一张|^\d{1,3}\s*/\s*\d{1,3}\s+(?:上一张|下一张)")
# Hashtags ("#述职报告 #城管"); a Weibo-style "#话题#" too.
_HASHTAG = re.compile(r"[#＃][\u4e00-\u9fffA-Za-z0-9]{1,16}[#＃]?")
# A forum's or a long page's jump widget ("电梯直达", "楼层直达", "跳至 5 楼").
_JUMP_WIDGET = re.compile(
    r"^(?:电梯直达|楼层直达|快速直达|跳(?:转)?至\s*\d*\s*楼?|直达\s*\d+\s*楼)"
    # … with the floor it shows or its field ("电梯直达 1#", "电梯直达　跳转到指定楼层").
    r"(?:[\s\u3000]*(?:\d{1,4}\s*[#＃楼]|跳转到?指定楼层|跳转|GO|Go|go))?$"
)
# A price in a card's cells ("全程班　¥680　限时报名中").
_PRICE_CARD = re.compile(r"(?:^|[\s\u3000|｜])[¥￥]\s*\d[\d.,]*(?:元)?(?:[\s\u3000|｜]|$)")
# Who supplied a page's column or pictures ("本栏目信息由县司法局提供", "图片由某某集团提供",
# "本栏目由某某协办"): the page's credit line, never a sentence of the document (no 。).
_SUPPLIED_BY = re.compile(
    r"^(?:本栏目|本专栏|本版|本页|本专题|图片|照片|视频|图文)(?:信息|内容|图片|稿件)?(?:均)?由[^，,。！？\s]{2,20}"
    r"(?:提供|协办|承办|主办|制作|供稿|供图|摄制|授权(?:发布|使用)?)$"
)
# A blog engine's byline in English ("Posted on 2025-07-05 by 某某", "Published by 某某 | 分类").
_ENGLISH_BYLINE = re.compile(r"^(?:Posted|Published|Updated|Written|Last (?:updated|modified))\s+(?:on|by|at)\b", re.I)
# A reader's progress through a book or a text ("阅读进度 63%", "已读 40%").
_READING_PROGRESS = re.compile(r"(?:阅读进度|已读|读到)\s*[:：]?\s*\d{1,3}(?:\.\d)?\s*[%％]")
# A rating widget: at least three options, one of them the negation of another
# ("满意 基本满意 不满意", "有用 没用"): a form of the page's.
_RATING_OPTION = re.compile(r"(?<![\u4e00-\u9fff])(?:非常|基本|比较|很)?(满意|同意|赞成|认可|有用|有帮助)(?=[\s\u3000|｜/]|$)")
def is_mail_separator(s: str) -> bool:
    """``s`` is the separator a mail client puts over the mail it forwards or quotes
    (``-------- 原始邮件 --------``, ``> 原始邮件``, ``Begin forwarded message:``)."""
    return _MAIL_SEPARATOR.match(s) is not None


def mail_header(s: str) -> bool:
    """``s`` is a mail's header line (``发件人：…``, ``Subject: …``) or its forwarding separator."""
    return bool(_MAIL_HEADER.match(s) or _MAIL_SEPARATOR.match(s))


_MAIL_SEPARATOR = re.compile(
    r"^[-—=_\s]{2,}\s*(?:(?:以下为|以下是)?(?:转发的邮件|转发邮件|转发内容|转发的内容)|原始邮件|邮件原文|Original Message|Forwarded message)(?:内容)?(?:如下)?\s*[-—=_\s]{2,}$"
    # (… or quoted, or alone: "> 原始邮件", "原始邮件：")
    r"|^[>＞\s]*(?:转发的邮件|原始邮件|邮件原文|Original Message|Forwarded message)\s*[:：]?$"
    r"|^(?:Begin forwarded message|开始转发的邮件|以下为转发的邮件)\s*[:：]?$"
    # (… with the quoted mail's headers after it on the same line)
    r"|^[-—=_\s]{2,}\s*(?:转发的邮件|原始邮件|Original Message)\s*[-—=_\s]{2,}\s*(?:发件人|From)\s*[:：]",
    re.I,
)
_SENT_FROM = re.compile(r"^(?:发自|来自|Sent from)\s*(?:我的)?.{0,16}(?:手机|邮箱|iPhone|iPad|Android|客户端|Outlook|版)\s*$", re.I)
# … glued after a short reply ("收到，已转领导审阅。——某某（发自我的手机）"), and a line quoted
# by a mail client ("> 请示文件附后，请审阅。"): the mail's chat, never the document it carries.
_REPLY_SENT_FROM = re.compile(r"[（(]?(?:发自|来自|Sent from)\s*我的.{0,12}(?:手机|iPhone|iPad|Android|客户端|平板)[）)]?\s*$", re.I)
_MAIL_QUOTED = re.compile(r"^[>＞]\s*[\u4e00-\u9fff“《（]")
# A copyright footer ("某某局版权所有　技术支持：某某", "某某台 FM99.3 版权所有", "© 2024 某某").
_COPYRIGHT = re.compile(
    r"版权所有|©|Copyright|\(c\)\s*\d{4}|技术(?:支持|维护|保障|服务商)\s*[:：](?!\s*$)|(?:网站|内网|站点|系统|平台)(?:维护|运维)\s*[:：](?!\s*$)"
    # "某某局主办　地址：…": a site's footer naming who runs it and where
    r"|主办[\s\u3000|｜]+(?:地址|电话|联系电话|承办|协办)\s*[:：]",
    re.I,
)
# An account's or an author's profile ("作者简介：…", "功能介绍：…") and a follow button
# beside a name ("某某　公共政策研究者　+ 关注他").
_PROFILE = re.compile(r"^(?:作者简介|作者介绍|关于作者|功能介绍|账号简介|账号介绍|博主简介|个人简介|公众号简介)\s*[:：]")
_FOLLOW = re.compile(r"[+＋]\s*关注|关注(?:他|她|TA|我|作者|公众号)$")
# Breadcrumbs with a doubled arrow ("首页 >> 通知公告").
_CRUMB_DOUBLE = re.compile(r"^[^。，！？\s]{1,12}\s*(?:>>|＞＞|»)\s*[^。，！？]{1,30}$")


# A Q&A page's furniture around the answer ("提问者：…", "最佳答案　回答者：…｜采纳率 92%").
# The page's source glued before an outline heading ("来源：掌上某某三、油库…").
_LEADING_SOURCE = re.compile(r"^来源\s*[:：][^\s，。：:、]{2,8}?(?=[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[)）]|第[一二三四五六七八九十]{1,3}条)")
# A study platform's points for the page glued before the text ("学习积分：阅读本文可获2分一年来…").
_LEADING_POINTS = re.compile(
    r"^(?:学习积分|积分规则|本文积分)\s*[:：][^。，！？]{0,16}?\d+\s*分(?:钟)?"
    r"|^(?:[【\[][^】\]]{2,8}[】\]]\s*)?(?:阅读|学习)(?:本文|本篇|此文|全文)?(?:可)?(?:获得|得到|获)?(?:学习)?(?:积分\s*\d+\s*分|积\s*\d+\s*分)"
)
# Study points for reading the page ("阅读本文可获得学习积分2分"): a study platform's.
_STUDY_POINTS = re.compile(
    r"(?:阅读|学习|浏览|看完)(?:本文|本篇|此文|全文)?[^。，]{0,4}(?:可)?(?:获得|得到|赚取|领取|获)[^。，]{0,6}积分"
    r"|(?:学习|阅读)时长[^。！]{0,8}积分|不计(?:入)?(?:学习)?积分|^学习积分\s*[:：]|(?:阅读|学习)(?:本文|本篇)?可积\s*\d+\s*分"
    # (… or counts them: "点此学习可计积分")
    r"|(?:点此|点击)(?:学习|阅读)[^，。！？]{0,4}可?计\s*(?:\d+\s*)?积分"
    # (… or the points a reading just earned: "学习强县积分 +1（阅读满2分钟）".)
    r"|(?:学习|阅读)[\u4e00-\u9fff]{0,4}积分\s*[+＋]\s*\d{1,2}(?!\d)"
)
# A link to a related article between a text's paragraphs ("相关报道：县防指启动…响应",
# "【延伸阅读】…"): its key names a related piece, never a matter of the text (相关要求：…).
_RELATED_LINK = re.compile(
    # (… or a topic's, "专题链接：…": all 62 labelled lines opening on 专题 are chrome.)
    r"^(?:[▶►▸•·◆■●★☆→]\s*)?[【\[]?(?:相关|关联|延伸|推荐|扩展|拓展|往期|专题)(?:阅读|报道|新闻|链接|文章|专题|视频|解读|政策解读|图解|回看|回顾|纪要|简报|精选|学习|读|看|也看)(?:[】\]]\s*[:：]?|\s*[:：]|\s)\s*[^。！；]{2,40}$"
)
def _list_on_one_line(s: str) -> bool:
    """A list's header (:func:`is_list_header`) and two or more numbered items after it, apart
    by ideographic spaces, tabs or runs of spaces (``24小时热榜　1 某某…　2 某某…``)."""
    cells = [c for c in re.split(r"[\u3000\t]+|\s{2,}", s) if c.strip()]
    if len(cells) < 3 or not is_list_header(cells[0]):
        return False
    numbers = [re.match(r"^[\[［]?(\d{1,2})[\]］]?(?:[\s.、．]+|(?=[\u4e00-\u9fff]))[\u4e00-\u9fff]", c) for c in cells[1:]]
    if not all(numbers) or any(_SENTENCE_END.search(c) for c in cells[1:]):
        return False
    # (… numbered one after another, 1, 2, 3: a table's row of figures is no list.)
    return [int(m.group(1)) for m in numbers] == list(range(int(numbers[0].group(1)), int(numbers[0].group(1)) + len(numbers)))


# An account's name line ("某某县爱卫办官方账号", "某某发布　官方微信"): a mirror's byline.
_ACCOUNT_LINE = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:官方账号|官方帐号|官方号|官方微信|微信公众号|官方公众号)$")
# The site stating what it is ("本网站是某某院唯一官方网站", "本站为某某局官方网站").
_SITE_STATEMENT = re.compile(r"^本(?:网站|站|网)(?:是|为|系)[^。，]{2,30}(?:唯一|官方|指定)[^。，]{0,10}(?:网站|平台|网)[。]?$")
# An editor's note added when the text was collected ("2025年整理时补记：…", "编者附记：…").
_LATER_NOTE = re.compile(r"^(?:\d{4}\s*年)?(?:整理|编辑|校对|重读|收录|录入)时?(?:补记|附记|补注|补述)\s*[:：]|^(?:编者|整理者|收录者)(?:附记|补记|注)\s*[:：]")
# A collection's note on its copy or its place ("二〇一九年冬据旧稿录入", "本卷共二十篇，当前第十四篇").
_COLLECTION_NOTE = re.compile(
    r"^[〔【\[（(]?(?:[^，。〔〕]{0,6}[，,])?(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年[^。，！？]{0,6}(?:据|依|按)[^。，！？]{0,8}(?:录入|整理|校对|誊录|重排)[〕】\]）)]?$"
    r"|^本(?:卷|书|集|辑|册)共[\d一二三四五六七八九十百]+篇[，,]?\s*(?:当前|本篇为|此为|这是)第[\d一二三四五六七八九十百]+篇$"
    # "旧作，2022年端午前重录": an old piece entered again
    r"|^旧作[，,\s]?[^。！？]{0,16}(?:重录|录入|重发|整理|修订|重贴)$"
    r"|^[（(〔][^。（）()]{0,12}(?:旧稿|旧作)[，,]?[^。（）()]{0,14}(?:重抄|重录|录入|整理|誊录|重打)[）)〕]$"
)
# A collection or a site on who may use its texts ("文集仅供棋友阅读交流。", "本站文章仅供学习参考。").
_USE_OF_COLLECTION = re.compile(r"^(?:本?文集|本书|本站|本刊|本号|本博客?)[^。，]{0,10}仅供[^。，]{0,8}(?:阅读|学习|交流|参考|欣赏)[。]?$")
# An intranet's read receipt and approval trail under a notice ("阅读回执：已读 214 / 应读 236",
# "审批记录：某某（同意）→ 某某（同意）"): the system's record of the text, not the text.
_OA_RECORD = re.compile(
    r"^(?:阅读回执|阅读情况|已读情况|签收情况|阅读统计)\s*[:：]|已读\s*\d+\s*[/／]\s*(?:应读|未读|共)\s*\d+"
    r"|^(?:审批记录|审批流程|流转记录|办理记录|审核记录|签批记录)\s*[:：].{0,80}(?:→|->|（同意|\(同意|同意|归档|已阅|批准)"
    # … and a reader's processing opinion the system prints under the text ("阅办意见：同意，
    # 请运营部跟进。（杜总 9月10日）", "拟办意见：…"); a template's blank field (审批意见：____) is none.
    r"|^(?:[【\[〔](?:阅办|拟办|批办|审批|签批|批示|阅示|传阅)意见[】\]〕]\s*[:：]?|(?:阅办|拟办|批办|审批|签批|批示|阅示|传阅)意见\s*[:：])"
    r"\s*(?![_＿\s]*$)(?!.*[_＿]{3})"
    # (… its key alone over the entries, and an entry: who, when to the minute, what they said)
    r"|^(?:审批|阅办|拟办|批办|签批)意见\s*[:：]?$"
    r"|^[\u4e00-\u9fff]{2,12}[\s\u3000]+[\u4e00-\u9fff]{2,4}[\s\u3000]+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}[:：]\d{2}[\s\u3000]+(?:同意|已阅|阅|拟同意|请|呈|转)"
)
# The asker's supplement to the question and the other answers under the best one: the
# page's, whatever they say ("问题补充：…合理吗？", "其他回答（1 小时前）：…").
# (… or "补充：" alone before a short note without a sentence's end: all 32 labelled lines so opening are chrome.)
_QA_ASIDE = re.compile(r"^(?:问题补充|提问补充|补充问题|追问|问题描述补充|(?:提问者|题主)补充)\s*[:：]|^补充\s*[:：](?=[^。！？]{4,40}$)|^(?:其他|更多|全部)(?:\s*\d+\s*条)?(?:回答|答案|网友回答)\s*(?:[（(][^）)]{1,12}[)）])?\s*[:：]")
_QA_META = re.compile(r"^(?:提问者|回答者|答主|题主|问题补充|提问补充|补充问题|追问|解答律师|回答律师|答疑律师|解答专家|回答专家)\s*[:：]|^(?:最佳答案|被采纳的回答|推荐答案|满意答案|精选回答|专家回答|专家解答|认证回答|律师回答|医生回答)|采纳率\s*\d"
    # (… or the asker's row with the time asked: "匿名网友　提问于 5小时前　所在地：某某")
    r"|(?:提问于|提问时间\s*[:：])\s*(?:\d|[昨前今]天|刚刚)"
)
# A reference mark of a wiki page on a line of its own ("[1]").
_REF_MARK = re.compile(r"^\[\d{1,3}\]$")
# A disclaimer about the page or the text itself, as a sentence: a subject that is the page,
# the site, the mail or "the above", and a rights, responsibility or caution predicate
# ("以上内容来自第三方网站，…不对其真实性负责。", "本邮件及其附件含有保密信息…",
# "（本文由某某网整理，转载请注明出处）").
_DISCLAIMER_SUBJECT = re.compile(
    r"本博客(?:文章|内容)?|本意见(?=仅)|网站内容|本站内容|本网内容|(?:社区|论坛|平台|站内)内容|本版(?!本|面)|本帖|本贴|本楼|以上(?:案例|观点|解答|分析)|本案例|^案例(?=已|均)|(?:答案|回答)(?=仅)|本文为个人|本文(?!件)|本篇|本站(?!点)|本网(?!格)|本平台|本系统|本库|本数据库|本回复|本回答|本解答|以上回答|以上解答|本邮件|此邮件|该邮件|以上内容|以上范本|以上范文|以上材料|本栏目|本文集|"
    r"(?:所有|全部|本站)[\u4e00-\u9fff]{0,4}(?:范文|范本|模板|样本)|所刊载|所收(?:文章|作品|范文|内容|资料)|所有作品|所有文字|网页作者|文章内容|文件内容|本资料|本文档|凡注明|"
    # "本范文…", "文集内容为作者原创…", "本页内容由…": the copy or the page naming itself.
    r"本范文|此范文|该范文|本页|[\u4e00-\u9fff]{1,6}内容(?:为|由|均|系|来自|来源于|源于|多来自)(?:作者|用户|网友|本站|原创|转载|网络|会员)"
    # ("…所收文章均为网友分享", "以上回答由网友提供": what the site collects, by whom.)
    r"|(?:文章|资料|范文|回答|答案)均?(?:为|系|来自|由)(?:网友|用户|会员)"
)
# … and a rights, responsibility or caution predicate.
_NOTICE_STRONG = re.compile(r"仅供|只供|由(?:网友|用户|会员)(?:提供|分享|上传)|仅作[^。，]{0,4}(?:科普|宣教|普及|宣传)|不能(?:代替|替代)|仅限[^。，！？]{0,6}(?:使用|阅读|查阅|参考)|匿名化?|化名|有所改编|已作改编|仅作为?参考|以[^。，！？]{1,14}为准|不(?:作为|构成)[^。，！？]{0,8}(?:意见|建议|依据)|转载|授权|不对.{0,12}负责|负责$|版权|知识产权|保密|删除|病毒|安全扫描|严禁|不得|商业用途|过时|出处|核实|请勿|负责[。.]$|错漏|予以更正|予以纠正|申诉|纠错|禁止(?:右键|复制|转载|下载|截图|商用)|仅代表[^。，]{0,8}观点|个人观点|不构成[^。，！？]{0,6}指导")
# The page's content as a subject ("本文内容", "以上信息", "科普内容").
_CONTENT_SUBJECT = re.compile(r"内容|本文|文章|信息|以上|科普|本页|本篇")
# "温馨提示：…", "风险提示：…": a page's caution label before its text.
# "经验内容仅供参考", "以上信息仅供参考": the page's content of one kind, for reference only.
_CONTENT_FOR_REFERENCE = re.compile(
    r"(?:内容|信息|资料|答案|回答|解答|经验|词条|范本|模板|范文)(?:仅|只)供(?:学习|交流|备考|复习|考生)*参考"
    # (… or says it is general knowledge only: "以上内容为一般性法律知识介绍，具体问题请咨询专业律师")
    r"|(?:以上|上述|本文)(?:内容|文章|回答)?(?:为|系|属|仅为)一般性[^。！？]{0,12}(?:介绍|科普|知识|说明|常识)"
)
_CAUTION_LABEL = re.compile(
    r"^[【\[（(]?(?:温馨提示|重要提示|风险提示|平台提示|特别提示|友情提示|免责声明|特别声明|郑重声明"
    # … the site's editor's or the site's own note, a caution against fraud ("求职防骗提醒：…")
    r"|(?:小编|站长|网站|本站|平台)(?:提示|提醒|说明|注)|[\u4e00-\u9fff]{0,4}防骗(?:提示|提醒)|(?:郑重|特别|重要|温馨)提醒)[】\]）)]?\s*[:：]?"
)


# "相关阅读：…", "推荐阅读：…", "原文链接：…", "此人的其他分享：…", "签名档：…": a list's label and
# its first item on one line.
_RELATED_PREFIX = re.compile(
    r"^(?:相关|推荐|延伸|热门|猜你喜欢|更多|往期|精彩|热读|热文|热帖)(?:阅读|文章|推荐|问题|新闻|链接|搜索|资料|范文|下载|回顾|内容|通知|公告|动态|资讯|科普)?\s*(?:[:：]|[▏▎▍▌│┃|｜丨›»·•]\s*(?=\S))"
    r"|^(?:原文链接|原文地址|本文链接|此人的其他分享|他的其他分享|TA的其他分享|签名档|个性签名)\s*[:：]"
    # "相似诉求：…", "同类精选：…", "赛事相关：…", "红色教育基地推荐：…": a list of like pages (a
    # form's "推荐单位：" or "相关单位：" names the document's own parties and stays).
    r"|^[\u4e00-\u9fff]{0,8}(?:相似|同类|类似|相关)(?:诉求|留言|好文|佳作|提问|帖子|话题|文档|条目|视频|精选|链接|文章|阅读|问题|新闻|内容|范文|资料|推荐|合同|协议|范本|模板|文书)?\s*[:：]"
    # "您可能想了解：…", "你也许还喜欢：…", "友情链接：…": a page's suggestions and its links to other sites.
    r"|^(?:您|你)(?:可能|也许|或许|还)[\u4e00-\u9fff]{0,6}\s*[:：]|^(?:友情链接|友情连接|友链|合作伙伴)\s*[:：]"
    # "协会动态：…", "合集上一篇：…": a column's latest item, a collection's neighbour.
    r"|^[\u4e00-\u9fff]{2,4}动态\s*[:：]\s*\S|^(?:合集|专辑|系列|本辑)[上下]一[篇章]\s*[:：]"
    # "喜欢此内容的人还喜欢：…", "看过本文的人还看了：…", "📌 近期活动：…": what else the page offers.
    r"|^[^：:。，！？]{0,10}还(?:喜欢|看了|在看|读了|关注了)\s*[:：]|^[^\w\s]{0,2}\s*[\u4e00-\u9fff]{0,4}(?:近期|最新|本周|往期)(?:活动|动态|资讯|推荐)\s*[:：]"
    # "引用 某某 的帖子：…", "┌ 引用 3# 老周 的回复：…": a forum's quote box over a reply.
    r"|^[^\w\s]?\s*引用\s*[^。，！？\s]{0,12}\s*[^。，！？\s]{1,16}\s*(?:的|于)[^。，！？：:]{0,12}(?:帖子|回复|发言|评论|留言)\s*[:：]"
    r"|^[\u4e00-\u9fff]{2,8}推荐\s*[:：]"
    # "其他课程：食用菌栽培　茶叶加工": the site's other offers, a row of short items after the key
    # (a minutes' "其他参会人员：…" names people, no offers, and stays).
    r"|^(?:其他|其它|更多|本类|同类|本站)(?:课程|产品|服务|作品|专题|栏目|帖子|回答|问答|培训|班级|商品)\s*[:：](?=\s*[^\s。，！？]{2,16}(?:[\s\u3000、|｜/]+[^\s。，！？]{2,16})+$)"
    # "24小时热榜：…", "本周排行：…", "文章归档：2025年3月（4）…": a ranking's or an archive's label.
    r"|^[\u4e00-\u9fff\d]{0,6}(?:热榜|排行榜?|榜单|热搜|热帖|热文|归档|分类目录)\s*[:：]"
)
# "【喜报】…", "【学习强国】每日答题…", "【点此打印准考证】": a bracketed label and a short link or
# promotion, no sentence, at the edge of the text.
_PROMO_WORDS = re.compile(r"点此|点击|下载|报名|领取|答题|积分|试听|开课|扫码|订阅|优惠|福利|抢购|限时|咨询|购买|入会|申请")
# A bracketed label alone that names a part of the text under it (【参考答案】, 【案例背景】,
# 【题目】): the document's heading, not a site's label. (A reviewer's 【点评】 is a site's.)
_PART_LABEL = re.compile(
    # (… an answer's: 【参考作答】, 【答题思路】; 19 of the 22 labelled lines so worded are the text's.)
    r"^【\s*(?:参考|附|试题|题目|案例|材料|原文|正文|全文|示范|答题|解题)?(?:答案|作答|解析|范文|例文|正文|原文|题目|试题|真题|问题|案例|背景|材料|要点|思路|"
    r"注释|注解|附件|附录|摘要|提纲|导语|前言|按语|结语|说明|正文内容|讲话内容"
    # (… or a lesson plan's or a plan's section: 【教学目标】, 【教学过程】, 【工作措施】)
    r"|[\u4e00-\u9fff]{0,4}(?:目标|重点|难点|过程|反思|分析|设计|措施|要求|安排|步骤|方法|准备|延伸))\s*】$"
)
_BRACKET_PROMO = re.compile(r"^【[^【】]{2,8}】(?:(?![\u3000]|\s{2})[^。！？【】：:]){0,30}$|^【[^【】]{2,12}】$")


# --- an app's or a site's interface rows (issue 13, sixth round) -------------------------------
# Pictographs (emoji) that an app's interface uses as icons (📅 🏷 👁 ❤ ⭐ 💬 👍): no official
# document prints them, and two on one line without a sentence are a row of icons and counts.
_PICTOGRAPH = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u231A-\u23FF]")
# A line opened by a pointer (👉 ☞ ➤ ▌ ⚠ 🔥 📢 👇 ▶): a link, a teaser or an alert of the page.
_POINTER = re.compile("^(?:[\U0001F446-\U0001F449\U0001F4E2\U0001F4E3\U0001F525\u261B\u261E\u27A1\u27A4\u25B6\u25BA\u258C\u2590\u26A0]\ufe0f?)\\s*")
# What a pointer's line does: open, read, recommend, alert, tell more.
_POINTER_WORDS = re.compile(r"点击|点此|阅读|推荐|热门|详情|了解|查看|链接|扫码|预警|提示|报名|下载|领取|模板|关注|戳|必看|直达|全文|更多|合集")
# The words of a page's or an app's state and counters (播放, 弹幕, 积分, 状态, 引用 …).
_UI_WORDS = re.compile(
    r"播放|弹幕|积分|经验|等级|状态|时长|引用|粉丝|关注|获赞|点赞|收藏|浏览|阅读|评论|回复|转发|分享|人数|贡献|评分|"
    r"UP主|楼主|作者|识别|准确率|已招募|已学习|已报名|已售|销量|库存|共\s*\d+\s*页|"
    # what a page counts of its own copy: its heat, its visits, its length, its updates
    r"热度|人气|访问|点击|字数|更新|下载|"
    # … and a shared file's states: how long the link lives, its extraction code
    r"有效期|过期|失效|永久有效|提取码|上传|围观"
)
# A short question, then a button ("不满意？去追问", "没找到？立即提问"): the page asking its reader.
_ASK_THEN_BUTTON = re.compile(r"^[^。，！？?!\s]{1,8}[？?]\s*((?:去|点击|点此|立即|马上|快来|来)?[^。，！？?!]{2,12})$")
# A site's points programme ("每日签到可领积分，积分可兑换面试课程", "积分可抵扣会员费").
_POINTS_PROGRAM = re.compile(r"签到[^。，]{0,6}(?:领|得|送|获|赚)[^。，]{0,4}积分|积分[^。，]{0,4}(?:兑换|抵扣|换购|抵现)")
# A text's place in a collection on a line of its own ("卷二·社务　第九篇", "《某某文存》卷三　第12篇").
_COLLECTION_PLACE_LINE = re.compile(
    r"^(?:《[^《》]{1,16}》\s*)?卷[\d一二三四五六七八九十]{1,3}(?:\s*[·・]\s*[\u4e00-\u9fff]{1,6})?[\s\u3000·・]*第[\d一二三四五六七八九十百]{1,4}[篇章回节]$"
)
# A post's IP location, which messenger and social platforms print under the byline ("湖南",
# "IP属地：浙江", "发表于广东"): a province-level region's name alone (the 34 of GB/T 2260).
_IP_LOCATION = re.compile(
    r"^(?:IP\s*属地\s*[:：]?\s*|发表于\s*)?(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|"
    r"广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)$"
)
# An intranet's processing fields over a draft ("拟稿：车队 某某", "核稿人：…", "流程编号：…",
# "紧急程度：一般"): the system's sheet, not the document (GB/T 9704-2012 prints a 紧急程度 of
# 特急 or 加急 alone, never "一般").
#: An intranet document view's form key alone on its line, its value in the next cell ("发文部门" /
#: "安全环保部", "紧急程度" / "急"): the office system's, never the document's.
# (… and a portal's 信息公开 table keys: 索引号, 发文字号, 有效性, 主题分类.)
_OA_KEYS = r"(?:文件标题|发文部门|发文单位|紧急程度|公开属性|公开方式|拟稿人|拟稿部门|核稿人|文件编号|流程编号|办理期限|收文日期|索引号|发文字号|有效性|主题分类|发布机构|公开范围)"
OA_KEY_ONLY = re.compile(rf"^{_OA_KEYS}$")
# … or with its value in the same row ("发文部门　安全环保部").
_OA_KEY_ROW = re.compile(rf"^{_OA_KEYS}(?:[\s\u3000]+[^\s\u3000。！？，]{{1,16}})?$")
_OA_FIELD = re.compile(
    r"^(?:拟稿|核稿|审稿|拟稿人|核稿人|拟稿单位|拟稿部门|流程编号|流水号|办文编号|紧急程度\s*[:：]\s*(?:一般|普通|平件|常规))\s*[:：]?"
    # (… or among a row's cells: "签发：总经理 某某　核稿：质检中心 某某")
    r"|[\s\u3000](?:核稿|拟稿|审稿)人?\s*[:：]"
)
# A download site's links under their key ("下载地址：[ 移动线路 ]　[ 电信线路 ]"): bracketed links or nothing.
_DOWNLOAD_LINKS = re.compile(r"^(?:下载地址|下载链接|下载通道|下载线路)\s*[:：]\s*(?:[\[【〔(（<《]|$)")
# A trading platform's certificate helpdesk ("CA证书办理咨询：0745-…", "数字证书服务热线：…"): the
# platform's, beside the purchaser's and the agency's own contacts.
# ("平台技术支持及CA办理：…": the platform's own helpdesk named first.)
_CA_DESK = re.compile(
    r"^(?:电子招投标|电子投标|网上投标)?(?:CA|ca|数字证书|电子签章|CA证书)[^。，：:]{0,8}(?:咨询|热线|电话|服务|客服|请拨打|请致电|拨打|办理)"
    r"|^(?:平台|系统|网站|交易系统)?技术支持(?:及|和|、)?(?:CA|数字证书|电子签章)[^。，：:]{0,6}[:：]"
    r"|^(?:电子投标|电子招标|网上投标|投标系统|交易系统|网上报名|网报|报名系统)(?:技术)?(?:咨询|支持|服务)(?:电话|热线)?\s*[:：]"
)
# An entry's references on a line of its own at its end ("参考资料：[1] …", "参考资料：1. …").
_REFERENCES = re.compile(r"^(?:参考资料|参考文献|资料来源)\s*(?:[:：]\s*(?:[\[［]?\d|《|$)|\s+[\[［]\d)")
# A news site's tip line ("新闻爆料请拨打：…", "报料热线：…　报料邮箱：…"): the site's, never a story's.
_TIP_LINE = re.compile(r"^(?:新闻)?(?:爆料|报料|新闻线索)(?:热线|电话|邮箱|请|可)")
# A consultation widget: its button, then what it promises ("在线问诊　医生10分钟内回复",
# "在线咨询　医生在线为您解答").
_CONSULT_WIDGET = re.compile(r"^(?:在线|免费|立即|马上|一键|网上)?(?:问诊|咨询|答疑|客服|提问)[\s\u3000]+[^。！？]{0,16}(?:回复|解答|答复|服务|在线)$")
# A link under a label to a related item or to an earlier or later one ("【相关】某某措施",
# "【社区活动】上一期：中秋活动回顾").
_LABELLED_LINK = re.compile(
    rf"^[【\[〔](?:相关|延伸|推荐|往期)[^】\]〕]{{0,4}}[】\]〕]\s*\S|^[【\[〔][^】\]〕]{{1,6}}[】\]〕]\s*(?:[上下前后]一[{PREV_NEXT_UNITS}]|[上下]篇)\s*[:：]"
)
# A prompt to consult the site's expert ("一对一电话咨询马律师", "在线问兽医，9.9元/次").
_ASK_EXPERT = re.compile(
    r"(?:一对一|在线|免费|电话|立即|马上|随时)[^。，！？]{0,6}(?:咨询|问|请教)[^。，！？]{0,4}(?:律师|医生|兽医|大夫|专家|老师|顾问)"
    # "遇到纠纷？致电…预约律师面谈", "欢迎来电预约律师面谈"
    r"|(?:致电|来电|拨打)[^。，！？]{0,16}?预约[^。，！？]{0,4}(?:律师|医生|专家|顾问)"
)
# A study site's boxes around a lesson ("学习要点：…", "【学习提示】本节内容对应…", "学习分享→转发到朋友圈").
# (… and an exam-prep site's: "【备考提示】本题属于…", "答题技巧：…".)
_STUDY_BOX = re.compile(
    r"^(?:[【\[](?:学习要点|学习提示|学习分享|学习打卡|备考提示|答题提示|答题技巧|解题思路提示|考点提示)[】\]]"
    r"|(?:学习要点|学习提示|学习分享|学习打卡|备考提示|答题提示)\s*(?:[:：]\s*\S|→|->))"
)
# A photo's caption under a picture label ("【图】学员们在活动室专心刺绣", "[图片] …").
_PICTURE_LABEL = re.compile(r"^[【\[〔(（](?:图|图片|照片|组图)\d{0,2}[】\]〕)）]\s*\S")
# A Q&A answer's header: who answered and when ("律师回复　某某律师　　昨天 21:13").
_ANSWER_HEADER = re.compile(rf"^(?:律师|医生|专家|老师|网友)?(?:回复|回答|解答)[\s\u3000]+[^。，]{{2,12}}[\s\u3000]+(?:\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|{_REL_TIME})")
# A grader's comment under an essay, with its score ("批改意见：立意准确…得分：32/40").
_GRADER_NOTE = re.compile(
    r"^(?:批改意见|点评|老师点评|阅卷意见)\s*[:：].{0,50}(?:得分|评分|分数)\s*[:：]?\s*\d"
    # … or without a score, saying what a grader says of an essay ("点评：结构清晰，论据贴近基层…")
    r"|^(?:批改意见|点评|老师点评|阅卷意见)(?:[（(][^（）()]{1,6}[）)])?\s*[:：].{0,40}(?:立意|结构|论据|论证|对策部分|文采|卷面|可以作为[^。]{0,8}模板)"
)
# An association inviting members ("诚邀…企业入会，秘书处电话…", "欢迎…加入协会，入会咨询请致电…",
# "【申请入会】"): the site's, never a document's sentence (which ends in 。).
_JOIN_ASSOCIATION = re.compile(r"(?:诚邀|欢迎)[^。]{0,24}(?:入会|加入(?:本|我)?(?:协会|学会|商会|联盟))|申请入会|入会(?:咨询|申请表|热线|须知)")
# A prompt to press one of the page's buttons ("觉得有用请点【感谢】", "点【赞】支持").
_PRESS_BUTTON = re.compile(r"请?点(?:击|一下)?\s*[【\[〖][^】\]〗]{1,4}[】\]〗]")
# A referral or sign-up promotion ("老学员介绍新学员，双方各减免学费300元", "今晚8点开课，扣1报名").
_REFERRAL = re.compile(r"(?:老学员|老客户|老会员|老用户)(?:介绍|推荐|带)新[^。]{0,12}(?:减|优惠|返|送|奖)|(?:精讲班|冲刺班|特训班|体验课)[^。]{0,6}(?:今晚|今天|明晚|本周)[^。]{0,6}开课|扣\s*1\s*(?:报名|领取|预约)|回复\s*\d+\s*(?:报名|领取)")
# A share row: the share prompt and its targets ("分享给好友　微信　朋友圈").
_SHARE_ROW = re.compile(r"^(?:分享|转发)(?:给|到)?(?:好友|朋友)?[\s\u3000：:]+(?:微信|朋友圈|微博|QQ)(?:[\s\u3000|｜]+(?:微信|朋友圈|微博|QQ空间|QQ))*$")
# A sidebar's list of upcoming items under its key ("近期讲座：12月18日 …（学术报告厅）").
_UPCOMING_LIST = re.compile(r"^(?:近期|最新|热门|往期|近期推荐)(?:讲座|活动|通知|公告|动态|新闻|会议)\s*[:：]")
# An expert's card under an article: a name and a title, years of practice, a number to call.
_EXPERT_CARD = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:律师|医生|医师|主任|咨询师|顾问)[\s\u3000]+(?:执业|从业|从医|擅长)[^。]{0,16}(?:咨询|预约|联系)(?:电话|热线|微信)")
# A wiki's edit stamp ("本词条最近由 某某 编辑　共 5 次编辑", "本词条由某某认证").
_WIKI_EDITS = re.compile(
    r"^本?(?:词条|条目|页面)(?:最近|最后|最新)?(?:由|经)\s*\S{1,20}?\s*(?:编辑|修订|修改|认证|审核|创建|编审|审定|审校)|共\s*\d+\s*次(?:编辑|修订|修改)"
    # (… or when it was last revised and by how many: "本词条最后修订于 6 天前，共 4 位贡献者")
    r"|^本?(?:词条|条目|页面)(?:最近|最后|最新)(?:修订|编辑|修改|更新)于|共\s*\d+\s*位(?:贡献者|编辑者|编者)"
)
# A forum poster's signature line ("———— 个性签名：扔出去的盘，总会飞回来 ————").
_SIGNATURE_LINE = re.compile(
    r"^[—－\-=~～\s]*(?:个性签名|签名档)\s*[:：]|^[—－\-=~～]{2,}\s*签名\s*[:：]"
    # (… or a poster's sign-off after a dash: "—— 面试92.4分上岸，欢迎交流")
    r"|^[—－\-]{1,4}\s*[^。！？—－\-]{2,24}(?:欢迎交流|欢迎指正|欢迎讨论|求关注|互相学习|一起加油)[!！~～]?$"
    # (… or named as someone's: "老龚的签名：新鲜水果，送货上门", "慢工出细活。——刨花老樊的签名")
    r"|^[^\s：:，。！？—]{1,10}的(?:个性)?签名档?\s*[:：]"
    r"|^[^—]{0,40}[—－]{1,2}\s*[^\s：:，。！？—]{1,10}的(?:个性)?签名档?\s*$"
)
# … with a link to click after it, wherever it stands ("想加入协会？点这里在线申请入会"): no text
# tells its reader to click.
# (… or where to take it: "对这个词条有疑问？去“某某问答”提问".)
_ASK_THEN_CLICK = re.compile(
    r"^[^。，！？?!\s]{1,8}[？?]\s*(?:点这里|点击这里|点此|点击|戳这里|戳此)[^。，！？?!]{0,12}$"
    r"|^[^。，！？?!]{2,14}[？?]\s*(?:去|到|请到|请去|欢迎到)[^。，！？?!]{1,12}(?:提问|咨询|反馈|纠错|留言|求助|问问)$"
)
# A cell that is a state of the page's copy: a file's size (28.6KB) or a relative time (3天前).
_STATE_CELL = re.compile(rf"^\d[\d.]*\s*(?:[KMG]i?B|[KMG]|字节|页|千字|万字)$|{_REL_TIME}", re.I)
# A cell that is a counter: the counted thing, then its number (阅读（311）, 热度 4563℃, 浏览:12).
_CELL_COUNTER = re.compile(r"^(?:阅读|浏览|点击|热度|人气|访问|查看|下载|围观)(?:量|数|次数)?\s*[（(:：]?\s*\d[\d,.]*\s*[万千wWkK]?\+?\s*[）)次℃]?$")
_UI_SPLIT = re.compile(r"\s*[\u3000\t|｜丨┃·•／]\s*|\s{2,}|\s+/\s+")
# A link row: items separated by bars (｜ ┃ 丨 |), after an optional label (协会动态：, 【滚动公告】).
# (… or a dashed box-drawing bar, ┊ ┆ ╎: a table layout's menu.)
_BAR_SPLIT = re.compile(r"\s*[|｜丨┃┊┆╎┇╏]\s*")
_ROW_LABEL = re.compile(r"^(?:[【\[][^】\]]{2,8}[】\]]|[^\s，。：:！？]{2,8}[:：])\s*")
# A site greeting its visitor ("…欢迎您！", "欢迎访问…", "欢迎光临…").
_GREETING = re.compile(r"欢迎(?:您|你)(?:[的！!]|$|[\s\u3000])|欢迎(?:访问|光临|来到|进入|使用)")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日天](?![年期末刊报])|今天是")


# A forum poster's signature, an image's hint, a gallery's label, an attachment's file with
# its size, a mailing list's footer, a machine's transcription notice, a reader's comment
# ("某某 说：2025年…").
# (A bare 签名： only with a motto after it: a form's 签名： is a blank or a name to sign.)
_SIGNATURE = re.compile(r"^(?:个人签名|签名档|个性签名)\s*[:：]|^签名\s*(?:[:：]|[—\-─–]{2,})\s*(?![_＿（(]|日期|时间)[^\s_＿]{2,}[，,！!、~～][^\s_＿]{2,}")
_IMAGE_HINT = re.compile(r"点击(?:图片|图像|大图|此图)?(?:可|即可)?(?:放大|查看大图|看大图|查看原图|浏览大图)")
_GALLERY = re.compile(r"^图集\s*[:：]|[（(]共\s*\d+\s*[张幅][)）]$")
_FILE_SIZE = re.compile(
    r"\.(?:docx?|xlsx?|et|pdf|wps|pptx?|zip|rar|7z|txt)\s*(?:[（(]\s*(?:\d[\d.]*\s*[KMG]B?|共\s*\d+\s*页)\s*[)）]|[，,、\s]\s*\d[\d.]*\s*[KMG]B\b)", re.I
)
# A countdown widget ("距2026年省考还有 96 天") and a source credit in brackets ("（本文来源：某网）").
_COUNTDOWN = re.compile(
    r"^距.{2,24}(?:还有|仅剩|剩)\s*\d+\s*天$"
    # (… with its hours and minutes: "距离报名截止还有：6天 14时 22分")
    r"|^(?:距离?|离)[^：:，。]{0,12}(?:截止|结束|开始|开标|报名|考试|开幕)[^：:，。]{0,4}(?:还有|仅剩|剩余|还剩|倒计时)\s*[:：]?\s*\d+\s*天[\s\d时分秒小钟]*$"
    # (… or as a clock: "距离开标还剩 02:13:45"; and a bare "倒计时：3天12小时".)
    r"|^(?:距离?|离)[^：:，。]{0,12}(?:截止|结束|开始|开标|报名|考试|开幕)[^：:，。]{0,4}(?:还有|仅剩|剩余|还剩|倒计时)\s*[:：]?\s*\d{1,3}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?$"
    r"|^倒计时\s*[:：]?\s*\d+\s*天[\s\d时分秒小钟]*$"
    # (… in a box, keyed by what it counts down to: "【报价截止倒计时：2天3小时】".)
    r"|^[【\[〔（(][^【】\[\]〔〕]{0,10}倒计时\s*[:：]?\s*\d+\s*天[\s\d时分秒小钟]*[】\]〕）)]$"
)
_SOURCE_NOTE = re.compile(r"^[（(【\[]\s*(本文|文章|稿件)?(?:来源|出处|转自|摘自)\s*[:：]([^）)】\]]{1,24})[）)】\]]$")
_MAILING_FOOTER = re.compile(r"您(?:之所以)?收到(?:此|这封|本|该)(?:邮件|信|电子报)|取消订阅|退订本|回复\s*[“\"「]?\s*(?:退订|TD|T)\s*[”\"」]|不(?:希望|想|愿)(?:再|继续)?收到本?(?:简报|邮件|电子报|资讯|推送)")
_MACHINE_TEXT = re.compile(r"(?:AI|OCR|机器|自动|智能)(?:辅助)?(?:识别|生成|翻译|转写|转换)|(?:AI|人工智能)(?:辅助)?(?:润色|改写|续写|扩写|创作|撰写|写作|优化)|(?:识别|转写|翻译|转换)结果|扫描件?转(?:成)?(?:文字|文本|Word)|图片转文字")
# … and what such a notice speaks of: the page's copy (本文, 以下文字, 快照, 识别结果), never a machine the
# text describes ("设备自动识别刻线位置，误差超限的产品…").
_MACHINE_SUBJECT = re.compile(r"本|此|以下|以上|页面|快照|文本|文字|内容|文件|字幕|结果|方式")
_MACHINE_CAVEAT = re.compile(r"误差|错误|有误|仅供参考|为准|不准确|校对|准确率|差异|出入|不一致|错字|错别字")
_READER_COMMENT = re.compile(
    r"^[^\s：:，。]{1,12}\s*(?:说|评论|回复|留言|写道)\s*[:：]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\d{2}"
)
_LINK_ARROW_END = re.compile(r"(?:>>|»|＞＞|>|→|➜|➔)\s*$")
# One button in brackets on a line of its own (【点此打印准考证】, [收藏本文]).
_BOXED_BUTTON = re.compile(r"^[【\[〔〖]\s*((?:点此|点击|点这里|点这儿|收藏|下载|打印|复制|分享|保存|转发|一键)[^【】\[\]〔〕〖〗]{0,10})\s*[】\]〕〗]$")
# What a phone page asks a reader to do with a gesture or a code (继续滑动看下一个, 扫描二维码查看…).
_GESTURE = re.compile(r"(?:请|点击)?(?:继续|向上|向下|向左|向右|左右)?(?:滑动|上滑|下滑|左滑|右滑)|(?:扫码|扫描二维码|扫一扫|长按识别|长按二维码)"
    r"|(?:长按|扫描)(?:下方|上方|图中|图片中?|左侧|右侧|此)的?(?:二维码|小程序码)"
    # "长按图片可保存高清图": a phone page's hint on its picture.
    r"|长按(?:图片|图像|此图|本图|上图|下图)"
    # (… or the page itself, to pass it on: "长按本页可转发到家人群".)
    r"|长按(?:本页|此页|页面|屏幕)")
# A box's short label opening a line ("〔小贴士〕", "【温馨提示】").
_BOX_LABEL_LEAD = re.compile(r"^[〔【\[（(][\u4e00-\u9fff]{2,6}[〕】\]）)]\s*")
_GESTURE_GOAL = re.compile(r"查看|看|读|听|关注|下载|报名|进入|阅读|观看|收听|加入|领取|获取|体验|解锁|填写|申请|预约|参与|参加|答题|咨询|保存|绑定|缴费|转发|分享")
# The name of a service card before its prompt ("智慧水务 · 扫码绑定户号在线缴费").
_CARD_NAME = re.compile(r"^[^\s·•|｜，。]{2,8}\s*[·•|｜]\s*")
# A prompt to follow the account, in brackets or not ("（点击蓝字关注，第一时间看…）", "预约挂号请关注医院服务号").
_FOLLOW_PROMPT = re.compile(
    r"^[（(【\[]?\s*(?:点击|点)(?:上方|下方|顶部|标题下方?)?(?:蓝字|名片|头像|账号)[^，。！？]{0,4}关注"
    r"|(?:请|欢迎|可|敬请)?关注[^，。！？\s]{0,10}(?:服务号|公众号|订阅号|视频号|官方微博|抖音号|快手号)$"
)
# A search engine's cached copy: its banner and stamp ("您查看的是网页的纯文本缓存版本，原网页可能已更新",
# "缓存时间：2025-12-02 04:33", "这是某某于…的快照").
_CACHE_BANNER = re.compile(
    r"(?:缓存|快照|副本)(?:版本|页面|页)?[^。！？]{0,26}(?:原网页|原始网页|原页面|原文)[^。！？]{0,6}(?:已|可能已|或已)经?(?:更新|变化|修改|删除|改变)"
    r"|^您?(?:正在)?(?:查看|看到|浏览)的是[^。！？]{0,12}(?:缓存|快照)|^(?:缓存|快照)(?:时间|日期)\s*[:：]"
)
# A page's note on its own format ("本页为打印格式，已去除图片", "当前为纯文本版，图片已省略").
_PAGE_FORMAT_NOTE = re.compile(
    r"^(?:本页|此页|本页面|当前页面?|当前)(?:为|是|已切换为|已切换至)(?:打印|简化|纯文本|文本|无图|手机|精简|阅读|预览)(?:格式|版本?|模式|视图)"
)
# An encyclopedia's credits and see-also row under its entry ("词条贡献者：…等 7 人", "另见：…　…").
_ENTRY_CREDITS = re.compile(r"^(?:词条)?(?:贡献者|创建者|编辑者|参与编辑(?:者|人数)?|编辑次数|最近编辑)\s*[:：]|^(?:另见|参见|相关词条|词条标签)\s*[:：]\s*\S+(?:[\s\u3000、]+\S+)+$")
# A hospital page's doctor card ("某某　主任医师　擅长…").
# (… and a law firm's lawyer card: "某某　执业律师　擅长：…".)
_DOCTOR_CARD = re.compile(
    r"^[\u4e00-\u9fff]{2,4}[\s\u3000]+(?:主任医师|副主任医师|主治医师|住院医师|医师|主任护师|副主任护师|主管护师|教授|副教授|"
    r"执业律师|专职律师|律师|合伙人|高级合伙人|主任律师)[\s\u3000]+(?:擅长|专长|专业特长|门诊时间|执业领域|业务领域|专业领域)"
)
_MENU_CELLS = re.compile(r"[\s\u3000|｜·•/]+")


def _home_menu_row(s: str) -> bool:
    """``s`` is a site's menu: a 首页 cell among four or more cells of at most 6 characters, no
    punctuation of a sentence (``某某文具　BRAND　｜　首页　关于我们　产品中心　联系我们``)."""
    if "首页" not in s or re.search(r"[，。！？；：:,]", s):
        return False
    cells = [c for c in _MENU_CELLS.split(s) if c]
    return "首页" in cells and len(cells) >= 4 and all(len(c) <= 8 for c in cells) and sum(len(c) <= 6 for c in cells) >= len(cells) - 1


# A thread's floor header between dashes ("---------- 2楼 沙发 ----------", "==== 3# ====").
_FLOOR_HEADER = re.compile(r"^[-—=_*·~～]{3,}\s*(?:第?\s*\d{1,4}\s*(?:楼|#|F|层)|沙发|板凳|地板)\s*(?:沙发|板凳|地板|藤椅)?\s*[-—=_*·~～]{3,}$")
# Advice that says it is none ("以上回复仅针对…，不代表律所正式法律意见", "本文仅为一般性法律知识分享，不视为…").
_DISCLAIMS_ADVICE = re.compile(
    r"^(?:以上|上述|本文|本回复|此回复|以上回复|以上内容|本页|本栏目|本回答|以上回答|该回答)[^。]{0,30}(?:不代表|不构成|不视为|不作为|不能作为|不等同于)[^。]{0,16}"
    r"(?:法律意见|法律建议|正式意见|专业意见|投资建议|医疗建议|诊断|诊疗)"
)
# The site's own offer to answer, naming itself ("如需咨询，请致电本所前台或在线留言，律师将在…回复").
_SELF_OFFER = re.compile(r"(?:本所|本站|本平台|本中心|本馆|我所|我们)[^。]{0,16}(?:留言|致电|咨询|联系)[^。]{0,16}(?:回复|解答|答复|联系您)")
# A serial's page head ("《某某》在线阅读", "《某某》最新章节").
_SERIAL_HEAD = re.compile(r"^《[^》]{2,30}》\s*(?:在线阅读|全文阅读|最新章节|免费阅读|全文免费阅读|TXT下载|目录)$")
# A Q&A answer's head row: the answerer, a title, the answer's time ("某某　某职务　回答时间：2025-01-03").
_ANSWER_ROW = re.compile(r"(?:回答|提问|采纳|回复)(?:时间|于)\s*[:：]?\s*\d{4}\s*[-/.年]\s*\d{1,2}")
# A collection's previous / next pieces between arrows ("◁ 第57篇 某某　　第59篇 某某 ▷").
_ARROWED_PIECES = re.compile(r"^[◁◀<«‹]\s*第\s*\d{1,4}\s*篇.{1,30}?第\s*\d{1,4}\s*篇.{1,30}?[▷▶>»›]$")
# A download site's safety note ("已通过三款杀毒软件检测，请放心下载", "经360安全检测，无病毒").
_VIRUS_CHECKED = re.compile(r"(?:杀毒|病毒|安全)(?:软件)?(?:检测|扫描)[^。！？]{0,8}(?:放心下载|无毒|无病毒|安全)|(?:请)?放心下载$")
# A forum board's rules in their box ("【版规】本版只发布便民信息，广告一律删帖").
# (… or keyed by a colon: "版规：发帖请文明用语，违者删帖", "发帖须知：本版仅限…".)
_BOARD_RULES = re.compile(
    r"^[【\[]\s*(?:版规|本版规定|发帖须知|版主提示|本版须知)\s*[】\]]"
    r"|^(?:版规|本版规定|本版版规|发帖须知|本版须知|论坛规定|发帖规定)\s*[:：]"
)
# A shop's reservation of the last word ("本简章最终解释权归本校所有"), in either order
# ("本站保留对课程安排的最终解释权"); never the phrase quoted in a sentence on such terms
# ("不得以“最终解释权归商家所有”等格式条款…").
_LAST_WORD = re.compile(r"(?<![“\"「『])最终解释权归[^。！？”\"」』]{1,16}所有|(?:保留|享有)(?:对[^。！？“”]{1,14}的)?最终解释权(?![”\"」』])")
# A wiki's or a page's revision stamp ("本条目最后修订于 5 天前", "更新于昨天").
_REVISION_STAMP = re.compile(
    r"^(?:本?(?:条目|词条|页面|文章|本页)最后(?:修订|编辑|更新|修改)于|最后(?:修订|编辑|更新)于|更新于|修订于)\s*"
    r"(?:\d{1,3}\s*(?:天|小时|分钟|周|个月)前|昨天|前天|今天|刚刚|近日|日前|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2})?)"
)
# A share link's note on who made it ("此链接由 NAS 用户创建，请勿转发给无关人员").
_LINK_MADE_BY = re.compile(r"^此(?:链接|分享|文件)由[^。！？]{1,12}(?:创建|分享|上传)")
# A page's notice that it is for inside use only ("本文仅供公司内部交流，请勿转发至外部群组").
_INSIDE_ONLY = re.compile(
    r"仅(?:供|限)[^。！？]{0,8}内部(?:交流|学习|参考|使用|传阅)[^。！？]{0,4}[，,]?\s*(?:请勿|严禁|不得|禁止)(?:转发|外传|外发|转载|外泄)"
    # (… or keeps the page to the staff: "本文含内部运行数据，仅限公司员工阅读")
    r"|(?:本文|本页|本帖|此文)[^。！？]{0,16}[，,]\s*仅限[^。！？]{0,8}(?:员工|职工|内部人员|会员)(?:阅读|查看|浏览)"
)
# A site's note on what it carries ("某某范文网所载文章仅供写作参考，请勿直接用于正式场合").
_CARRIED_ONLY = re.compile(r"(?:网|站|平台|文库|文档)(?:所载|所刊|所收录|收录)(?:的)?(?:文章|内容|范文|资料|文档)(?:均|仅)?(?:仅)?供")
# A mail client's quote header ("在 2025-02-27 08:45，某某 写道：", "On … wrote:").
_QUOTE_HEADER = re.compile(r"^在\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}[，,]?\s*.{1,24}?\s*写道\s*[:：]$")
# A page's audio button ("听新闻", "🔊 收听本文", "语音播报"), alone or after the size buttons.
_AUDIO_BUTTON = re.compile(r"^(?:[Aa][+＋\-－]\s*)*(?:[\U0001F508-\U0001F50A]\s*)?(?:点击)?(?:听新闻|听全文|听文章|收听本文|收听全文|语音播报|朗读全文|播放语音|听语音|朗读本文)$")
# A box that says what a button does to a paragraph ("〖本段可一键复制〗", "【本段支持一键复制】").
_PARAGRAPH_BUTTON = re.compile(r"^[【\[〖〔]\s*(?:本段|此段|全文|本文)(?:可|支持|已)?(?:一键|免费)?(?:复制|收藏|下载|朗读|打印)\s*[】\]〗〕]$")
# A page's view counter in words ("本文已被浏览2018次", "浏览次数：188").
# (… bracketed or not: "【本文已被浏览96次】", "[已阅读1203次]"; or as the piece's readers, "本篇读者 341 人".)
_VIEWS_LINE = re.compile(r"^[【\[〔（(]?\s*(?:本文|本页|本帖|该文|此文|本篇)?(?:已被|已)?(?:浏览|阅读|翻阅|访问|点击|读者)(?:次数|量|数)?\s*[:：]?\s*\d[\d,]*\s*(?:次|人次|人)?\s*[】\]〕）)]?$")
# A forum signature's key ("签名：一竿一线一江秋", "个性签名：…").
_SIGNATURE_KEY = re.compile(r"^(?:[—－\-~～]{1,4}\s*)?(?:我的|个性)?签名(?:档)?\s*[:：]\s*(?=[^：:]*[\u4e00-\u9fff])[^：:_＿×]{2,30}$")
# A blog's subscribe prompt ("喜欢这篇文章？欢迎订阅RSS").
_SUBSCRIBE = re.compile(
    r"(?:欢迎|请|可)?订阅(?:本站|本博|本博客|我的博客)?\s*(?:RSS|rss|Feed|feed|邮件推送)|RSS\s*订阅"
    # "订阅招标信息，每天推送到您的邮箱": a portal's alerts
    r"|订阅[^，。！？]{0,8}(?:信息|资讯|公告|更新|动态)[，,\s]*[^。！？]{0,10}推送"
    # "喜欢这篇的话，点右上角订阅本博": a blog's prompt to subscribe to it
    r"|(?:喜欢|觉得不错|觉得有用)[^。！？，,]{0,6}[，,]\s*(?:就|请)?\s*点(?:击|一下)?[^。！？，,]{0,5}(?:订阅|关注)(?:本博|本站|本号|博主|我|一下)"
)
# A hurry prompt of a shop ("名额有限，速来抢报！", "先到先得，速抢").
_HURRY = re.compile(r"(?:名额有限|数量有限|机会难得|先到先得)[，,！!\s]*(?:速来|赶快|赶紧|快来|立即|马上)?(?:抢报|抢购|抢占|报名|抢)[！!]*$")
# A lawyer's byline with the licence number ("撰稿律师：某某　执业证号 1430…").
_LAWYER_LICENCE = re.compile(r"执业证(?:号|书号)\s*[:：]?\s*\d{10,17}")
# An editor's credit in brackets ("〔本站编辑 小林 整理〕").
_EDITOR_BOX = re.compile(r"^[〔（(【\[]\s*(?:本站|本网|本号)?(?:编辑|小编)\s*[\u4e00-\u9fff·]{1,6}\s*(?:整理|编辑|编辑整理|供稿|编)\s*[〕）)】\]]$")
# A file host's folder entry ("📁 照片", "📂 会议材料").
_FOLDER_ENTRY = re.compile(r"^[\U0001F4C1\U0001F4C2\U0001F5C2]\s*\S{1,16}$")
# A prompt to pass the page on ("转发给身边的商户朋友吧", "分享给更多家长看看").
_PASS_ON = re.compile(r"^(?:请|欢迎)?(?:转发|分享|转给|推荐)给(?:身边的?|更多的?|你的)?[^。！？，]{0,8}(?:朋友|好友|家人|亲友|同事|家长|人)(?:们)?(?:吧|看看|哦|呀)?[！!~～]*$")
# A poster's offer to answer by private message ("种了二十年韭菜，有问题站内私信我").
_ASK_ME = re.compile(r"有(?:问题|疑问|需要|需求)[^，。！？]{0,6}(?:私信|私聊|留言|联系|找|问)我")
# An encyclopedia entry's counters and last editor ("本词条浏览 30217 次，最近由 某某 编辑").
_ENTRY_STATS = re.compile(r"^本?词条(?:已被)?(?:浏览|编辑|访问)\s*\d|最近(?:一次)?由\s*\S{1,16}\s*(?:编辑|修改|更新)(?:于|$)|^词条统计\s*[:：]|^同义词\s*[:：]")
# A hospital's emergency line ("24小时急救电话：…", "24小时急诊：…"): the site's, not a notice's.
_EMERGENCY_LINE = re.compile(r"^(?:24小时|全天候?)(?:急救|急诊)(?:电话|热线|专线)?\s*[:：]?\s*(?:0\d{2,3}[-－\s]?\d{7,8}|120)$")
# An account's keyword-reply giveaway ("私信回复“麻花”领取配方卡", "后台回复【资料】即可获取").
_KEYWORD_REPLY = re.compile(r"回复\s*(?:关键词|关键字)?\s*[“\"「『【\[][^”\"」』】\]]{1,12}[”\"」』】\]]\s*(?:即可|就能|就可以)?(?:免费)?(?:领取|获取|下载|查看|获得|得到|收到)")
# A service sold by its button ("…，社区便民服务一键预约", "一键下单").
_ONE_TAP = re.compile(r"一键(?:预约|下单|报名|咨询|购买|抢购|领取|办理|呼叫|拨打)$")
# "打开App阅读更多精彩内容", "下载某某客户端查看…": the site asking for its app.
_OPEN_APP = re.compile(r"^(?:打开|下载|前往|安装|装)[^，。！？]{0,8}(?:App|APP|app|客户端|小程序)|^在(?:App|APP|app|客户端|小程序)(?:内|里|中)(?:查看|阅读|打开)")
# "点此查看高清路线图", "（点击图片查看项目一览）": a link's prompt, alone on its line.
_LINK_PROMPT = re.compile(r"^[（(]?(?:点击|点此)(?:图片|图像|此处|这里)?(?:查看|浏览|阅读)[^。，！？]{0,12}[）)]?$")
# "本文对您有帮助吗？ 有用(18) 没用(2)": a feedback widget with its counts.
_FEEDBACK = re.compile(r"(?:有用|有帮助|没用|无用|赞同|反对)\s*[（(]\s*\d+\s*[)）].{0,8}(?:有用|有帮助|没用|无用|赞同|反对)\s*[（(]\s*\d+\s*[)）]")
# A row of font-size buttons in one box of any bracket or none ("【大 中 小】", "字号：大 中 小",
# "【字体 特大 大 默认】", "〖字体：大 中 小〗").
_FONT_ROW = re.compile(
    r"^[【〖〔［〘〚｛⦗\[]?\s*(?:(?:字号|字体|文字)(?:大小|缩放|调节|调整|设置)?)?\s*[:：]?\s*(?:(?:特大\s+)?大\s+(?:中|默认)\s+小|"
    # (… or the sizes a label names, any two or more of them: "字号：特大 大 中", "【字体：超大 标准】",
    # "【字体缩放：特大 适中 偏小】")
    r"(?<=[:：])\s*(?:特大|超大|较大|偏大|大|中|适中|小|较小|偏小|默认|标准)(?:\s+(?:特大|超大|较大|偏大|大|中|适中|小|较小|偏小|默认|标准)){1,4}|"
    # the sizes as letters with signs (A- A+, A+ A A-, Ａ－ Ａ＋)
    r"[AaＡ]\s*[-+－＋]\s*(?:[AaＡ]\s*)?[AaＡ]\s*[-+－＋])\s*[】〗〕］〙〛｝⦘\]]?$"
)


# A page's background-colour picker: its key and swatches drawn as symbols (视力保护色：□□□,
# 护眼模式：● ● ●).
_COLOUR_PICKER = re.compile(r"(?:视力保护色|护眼色|护眼模式|保护色|背景色|背景颜色|阅读背景|底色)\s*[:：]?\s*[^\w\s]{0,2}(?:\s*[^\w\s]){1,8}\s*$|(?:视力保护色|护眼色|保护色|背景色)\s*[:：]\s*[^\w\s]{1,8}[\s\u3000]*")


def _font_size_row(s: str, n: int) -> bool:
    """``s`` (``n`` characters) is a row of font-size buttons: each size in its own box with at
    most a short label beside them (【A+】【A-】, 字号：【大】【中】【小】), or the sizes spaced in one
    box or none (【大 中 小】, 字号：大 中 小), a colour picker beside them or alone (视力保护色：□□□)."""
    if n <= 20 and _FONT_ROW.match(s):
        return True
    if n <= 60 and _COLOUR_PICKER.search(s):
        # "视力保护色：□□□": the page's colour swatches beside its size buttons, or alone.
        s = _COLOUR_PICKER.sub("", s).strip()
        if not s:
            return True
        n = len(s)
        if n <= 20 and _FONT_ROW.match(s):
            return True
    boxes = re.findall(r"[【\[]([^【】\[\]]{1,4})[】\]]", s) if n <= 40 else []
    return (
        len(boxes) >= 2
        and all(_FONT_BOX.match(b) for b in boxes)
        and len(re.sub(r"[【\[][^【】\[\]]*[】\]]", "", s).strip()) <= 8
    )


# A form's option marks (○满意 ○不满意, □是 □否) and the word that sends it.
_OPTION = re.compile(r"[○◯□☐◎]\s*[\u4e00-\u9fff]{1,6}")
_SUBMIT = re.compile(r"提交|确定|投票|评价|打分")
_AD_LEAD = re.compile(r"^(?:广告|推广|赞助)[\s\u3000]+")


# An outline heading a WeChat editor decorated with icons ("★ 一、总体要求 ★"): the text's own.
_OUTLINE_BETWEEN_ICONS = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十百\d]{1,4}[章节部分篇])")


def prompt_class_reason(s: str) -> str | None:
    """Why ``s`` (at most 40 characters, no sentence's end at its close) is a prompt to tip the
    author or to react to the page by a named class (``点个在看，让更多人看到``, ``请某某喝杯茶``),
    whatever a count of its action words says; ``None`` otherwise. (Asked of a piece glued after a
    line's last sentence, where :func:`strong_reason` may answer with the count first.)"""
    if len(s) > 40 or not _CJK.search(s) or _SENTENCE_END.search(s[-2:]):
        return None
    if _TIP_PROMPT.search(s):
        return "action: a prompt to tip the author"
    if _REACT_PROMPT.search(s):
        return "action: a prompt to react to the page (点赞, 收藏, 扫码阅读)"
    if _FOLLOW_TO_BOOK.match(s):
        return "action: a follow prompt with what the account lets one do (关注…公众号，可微信预约)"
    return None


def ui_reason(s: str, n: int) -> str | None:
    """Why ``s`` (``n`` characters) is a piece of an app's or a site's interface wherever
    it stands: icons with counts (two pictographs and no sentence) or a pointer's link or
    alert (``👉 …点击…``); ``None`` otherwise. Official documents (GB/T 9704-2012) print
    no pictographs."""
    if n > 120:
        return None
    ends = _SENTENCE_END.search(s[-2:]) is not None
    icons = len(_PICTOGRAPH.findall(s))
    if icons >= 2 and not ends and not _SENTENCE_END.search(s[:-2] or " ") and not _OUTLINE_BETWEEN_ICONS.match(_PICTOGRAPH.sub("", s).strip()):
        return "meta: a row of icons and counts (an app's interface)"
    m = _POINTER.match(s)
    if m and n <= 80 and _POINTER_WORDS.search(s[m.end() :]) and not s.rstrip().endswith("。"):
        return "list: a link, a teaser or an alert opened by a pointer"
    if n <= 60 and _LINK_ARROW_END.search(s) and (
        (_POINTER_WORDS.search(s) and action_words(s)[0]) or (s.startswith("【") and _PROMO_WORDS.search(s))
    ):
        return "list: a link ending in an arrow (点击了解 >>)"
    if n <= 16 and _BOXED_BUTTON.match(s):
        return "action: a button in brackets"
    if n <= 30 and not _SENTENCE_END.search(s):
        # (The prompt opens with the gesture, after a bracket or a card's name; "群众可扫码查看进度"
        # is a sentence about it.)
        bare = s.lstrip("（(【[ ")
        card = _CARD_NAME.match(bare)
        # (… or after a box's label: "〔小贴士〕长按本页可转发到家人群".)
        boxed = _BOX_LABEL_LEAD.match(s)
        for head in (bare, bare[card.end() :] if card else "", s[boxed.end() :] if boxed else ""):
            if head and _GESTURE.match(head) and _GESTURE_GOAL.search(head):
                return "action: a phone page's prompt (swipe, scan a code)"
        if _FOLLOW_PROMPT.search(s):
            return "action: a prompt to follow the site's account"
        if _ONE_TAP.search(s):
            return "action: a service's one-tap button (一键预约)"
    if n <= 80 and _home_menu_row(s):
        return "meta: a row of menu items"
    if n <= 40 and _REPRINT_BAN.search(s) and (_COLLECTION_SELF.match(s) or _SELF_REF.search(s) or _NO_REPRINT.search(s)) and s.count("。") <= 1:
        return "notice: the page's ban on reprinting (本文集…请勿转载)"
    if n <= 60 and _LAWYER_LICENCE.search(s) and not _SENTENCE_END.search(s):
        return "meta: a lawyer's byline with the licence number"
    if n <= 24 and _EDITOR_BOX.match(s):
        return "meta: an editor's credit in brackets (〔本站编辑 某某 整理〕)"
    if n <= 20 and _FOLDER_ENTRY.match(s):
        return "list: a file host's folder entry (📁 照片)"
    if n <= 20 and _PASS_ON.match(s):
        return "action: a prompt to pass the page on (转发给身边的朋友吧)"
    if n <= 30 and _VIRUS_CHECKED.search(s) and not s.endswith("。"):
        return "notice: a download site's safety note (已通过杀毒软件检测)"
    if n <= 60 and _BOARD_RULES.match(s):
        return "notice: a forum board's rules (【版规】…)"
    if n <= 30 and _LAST_WORD.search(s):
        return "notice: a shop's reservation of the last word (最终解释权归…所有)"
    if n <= 30 and _REVISION_STAMP.match(s) and len(s) - _REVISION_STAMP.match(s).end() <= 2:
        return "meta: a page's revision stamp (本条目最后修订于…)"
    if n <= 40 and _LINK_MADE_BY.match(s):
        return "notice: a share link's note on who made it"
    if n <= 40 and _INSIDE_ONLY.search(s):
        return "notice: the page is for inside use only (仅供内部交流，请勿转发)"
    if n <= 50 and _CARRIED_ONLY.search(s) and s.count("。") <= 1:
        return "notice: the site's note on what it carries (所载文章仅供参考)"
    if n <= 50 and _QUOTE_HEADER.match(s):
        return "meta: a mail client's quote header (在…写道：)"
    if n <= 16 and _AUDIO_BUTTON.match(s):
        return "action: the page's audio button (听新闻)"
    if n <= 60 and _ARROWED_PIECES.match(s):
        return "list: a collection's previous / next pieces (◁ 第57篇 … 第59篇 ▷)"
    if n <= 20 and _PARAGRAPH_BUTTON.match(s):
        return "action: a button on a paragraph (本段可一键复制)"
    if n <= 24 and _VIEWS_LINE.match(s):
        return "meta: the page's view counter"
    if n <= 36 and _SIGNATURE_KEY.match(s):
        return "list: a poster's signature (签名：…)"
    if n <= 30 and _SUBSCRIBE.search(s) and not s.endswith("。"):
        return "action: a blog's subscribe prompt (订阅RSS)"
    if n <= 20 and _HURRY.search(s):
        return "action: a shop's hurry prompt (名额有限，速来抢报)"
    if n <= 40 and _FLOOR_HEADER.match(s):
        return "list: a thread's floor header (—— 2楼 ——)"
    if n <= 60 and _DISCLAIMS_ADVICE.match(s) and s.count("。") <= 1:
        return "notice: advice that says it is none (不代表…法律意见)"
    if n <= 50 and _SELF_OFFER.search(s) and not s.endswith("。"):
        return "contact: the site's own offer to answer (本所…留言…回复)"
    if n <= 40 and _SERIAL_HEAD.match(s):
        return "meta: a serial's page head (《…》在线阅读)"
    if n <= 60 and _ANSWER_ROW.search(s) and not _SENTENCE_END.search(s):
        return "meta: a Q&A site's label: an answer's head row (answerer, answer time)"
    if n <= 50 and _PARTNER_HOTLINE.search(s) and not _SENTENCE_END.search(s):
        return "contact: a company's call for partners with its 400/800 number"
    if n <= 100 and _QUESTION_DETAIL.match(s):
        return "meta: a Q&A site's label: the question's description (问题描述：…)"
    if n <= 60 and _READERS_SO_FAR.search(s) and not _SENTENCE_END.search(s):
        return "meta: a byline row's readers' counter (已有 412 位居民阅读)"
    if n <= 40 and _WRITER_CREDIT.match(s) and not _SENTENCE_END.search(s):
        return "meta: a news item's credits (文｜…)"
    if n <= 24 and _DEAD_LINK_REPORT.search(s):
        return "action: a download site's dead-link report (链接失效请点此报错)"
    if n <= 30 and _JOIN_PROMO.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to join with its offer (加入协会享受…，点此在线申请)"
    if n <= 30 and _BOOKMARK_SITE.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to bookmark the site (喜欢本文请收藏本站)"
    if n <= 40 and _NOT_A_VISIT.search(s):
        return "notice: a health page's note that it replaces no visit (不能替代面诊)"
    if n <= 80 and _APPROVAL_FLOW.match(s):
        return "meta: an office system's approval flow (审批流：…→…)"
    if n <= 30 and _HIRING_AD.match(s) and not _SENTENCE_END.search(s):
        return "action: the site's job advertisement (诚聘…，欢迎投递简历)"
    if n <= 80 and _FIRM_CALL.search(s) and _FIRM_OFFER_OPEN.search(s) and not _OWN_FIRM_NOTICE.search(s):
        return "contact: a law firm's call to book its lawyers (如需…，请致电本所…)"
    if n <= 16 and _QA_STATE.match(s):
        return "meta: a Q&A page's state of the question (已解决, 悬赏 10 分)"
    if n <= 40 and _SHOP_PITCH.match(s) and not s.endswith("。"):
        return "action: a shop's pitch (新品上市：…限时优惠, 官方旗舰店：搜索…购买)"
    if n <= 40 and _LISTEN_ON_PLATFORM.search(s) and not s.endswith("。"):
        return "action: a pointer to the platform's audio or video (…可在某某平台收听)"
    if n <= 40 and _FOLLOW_COLUMN.search(s) and not s.endswith("。"):
        return "action: a call to follow the site's column (欢迎关注本所专栏)"
    if n <= 30 and _ANSWERER_BADGE.match(s):
        return "meta: a Q&A answer's or answerer's badge (认证答主「…」的回答, 某某话题优秀答主)"
    if n <= 40 and _ADMIN_AD.search(s):
        return "contact: a forum's offer to post through its admin (…请联系管理员，免费置顶)"
    if n <= 24 and _PRESS_HOLD.match(s):
        return "action: an app's gesture hint (长按段落可添加批注)"
    if n <= 24 and _OPEN_APP_MORE.match(s):
        return "action: a prompt to open the outlet's app for more (打开某某+，看更多…)"
    if n <= 30 and _SECRECY_ONLY.fullmatch(s):
        return "notice: a confidentiality stamp (内部文件　注意保密　严禁外传)"
    if n <= 60 and _BRACKET_BUTTON_ROW.fullmatch(s) and _bracket_action_items(s):
        return "action: a row of bracketed buttons (【在线阅读】【收藏】…)"
    if n <= 30 and _BRACKET_PAGE_NOTE.match(s):
        return "notice: the page speaking of itself in brackets (【…可在本页底部下载】)"
    if n <= 24 and _PART_DIVIDER.match(s):
        return "page: a divider naming the part of the text that follows (【以下为正文第二部分】)"
    if n <= 20 and _BUMP.match(s) and not s.endswith("。"):
        return "action: a forum's bump prompt (顶一下)"
    if n <= 20 and s[0] in "↑⬆☝" and not _SENTENCE_END.search(s) and not action_words(s)[0] and not re.search(r"顶部|返回|回到", s):
        return "action: an account's slogan pointing up at its follow button (↑ …每天送达)"
    if n <= 30 and _I_WANT_BUTTON.match(s) and not _SENTENCE_END.search(s):
        return "action: a button in the reader's voice (我要投标, 我要报名)"
    if n <= 30 and _DISCOUNT_ASK.search(s) and not _SENTENCE_END.search(s):
        return "contact: a sales pitch sending the reader to ask (…另有优惠，详询…)"
    if n <= 40 and _CONSULT_UPSELL.search(s):
        return "action: an upsell to a paid consultation (点击发起图文问诊)"
    if n <= 50 and _COURSE_SIGNUP_OR_REPLAY.search(s) and not s.endswith("。"):
        return "action: a course's pitch or replay prompt (研修班报名中，名额有限；课程回放请登录…)"
    if n <= 30 and _CA_DESK_LINE.search(s) and not s.endswith("。"):
        return "contact: a tender platform's certificate desk (CA锁办理咨询：…)"
    if n <= 150 and _POSTER_NOTE.match(s):
        return "list: the poster's own note on the post (楼主按：…)"
    if n <= 80 and _STUDY_NOTE_BOX.match(s):
        return "list: a study site's note box (积累要点：…)"
    if n <= 60 and _BRACKETED_BYLINE.match(s) and re.search(r"\d{4}\s*年|\d{4}-\d", s) and _ROW_COUNTER.search(s):
        return "meta: a blog's byline in bracketed cells ([ 日期 ] [ 分类 ] [ 阅读 N ])"
    if n <= 30 and _JOIN_GROUP.match(s) and not s.endswith("。"):
        return "action: a prompt to join the site's chat group (加入某某群，通知第一时间看)"
    if n <= 40 and _TALK_IN_COMMENTS.match(s):
        return "list: a prompt to comment (留言区说说：…)"
    if n <= 16 and _CLICK_TO_BOOK.match(s):
        return "action: a booking button (点击预约…)"
    if n <= 50 and _BOOKING_LINE.search(s) and re.search(r"预约|热线|专线", s) and "。" not in s and not _OUTLINE_NUMBER.match(s) and (
        _PHONE.search(s) or re.search(r"拨打|致电|关注|小程序|服务号|公众号|APP|App|微信", s)
    ):
        return "contact: a hospital's booking line (预约挂号请拨打…)"
    if n <= 40 and _PAGE_WIDGETS_MORE.search(s) and not s.endswith("。"):
        return "action: the page's reading widgets (阅读进度, 点击放大, 视力保护色, 文本预览)"
    if n <= 40 and _SHARE_AT_END.search(s):
        return "action: a prompt to share the page (点击文末“分享”)"
    if n <= 50 and _ANSWERED_ON.match(s):
        return "meta: a Q&A answer's byline with its day (… 2025-07-31 回答)"
    if n <= 40 and _COLLECTION_TOC.match(s):
        return "list: a collection's contents (本卷目录｜卷一…)"
    if n <= 30 and _SOURCE_BOX.match(s):
        return "meta: the page's source in brackets (【信息来源：…】)"
    if n <= 40 and _BLOG_FOOTER.search(s):
        return "meta: a blog's footer (评论已关闭, 本站已运行…天)"
    # (… never a document's numbered item, "一、群…加我…": an outline's point.)
    if n <= 40 and _DM_GROUP.search(s) and not s.endswith(("。", "！", "!", "？", "?")) and not re.match(r"[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]", s):
        return "contact: a poster's invitation to a chat group by private message"
    if n <= 60 and _MEDICAL_REVIEWER.match(s):
        return "meta: a health page's reviewing expert (审核专家：…)"
    if n <= 20 and _LIKE_SHARE.search(s) and not s.endswith("。"):
        return "action: a prompt to like or share (喜欢请点赞转发)"
    if n <= 24 and _APP_ONLY.search(s):
        return "action: an app's lock or watermark prompt (以下内容需在App内查看, 开通会员可去除水印)"
    if n <= 30 and _PAID_DOWNLOAD.search(s):
        return "action: a paid download (下载本帖PDF需消耗 5 金币)"
    if n <= 30 and _POINTS_PROMPT.search(s):
        return "action: a study platform's points prompt (阅读本文可获得1分)"
    if n <= 40 and _COPY_LOCK.search(s) and _COPY_LOCK_CONTEXT.search(s) and not s.endswith("。"):
        return "action: the page's copy lock (本页禁止右键复制，请登录后…)"
    if n <= 30 and _CALL_NOW.match(s) and not _SENTENCE_END.search(s) and not arrow_marked(s):
        return "action: a button to act now (立即报名 → 名额有限)"
    if n <= 40 and _FILED_IN.match(s):
        return "meta: the page's note that the article is filed in a collection (本文已被收录至…专题)"
    if n <= 30 and _AD_SLOT.search(s) and not s.endswith("。"):
        return "action: an advertising slot for rent (广告位招租)"
    if n <= 40 and _MEMBER_AREA.search(s) and not s.endswith("。"):
        return "action: a prompt to log in to the members' area (请登录会员服务专区)"
    if n <= 60 and _ENTRY_EDITORS.match(s):
        return "meta: a wiki entry's editors (本词条由…编辑)"
    if n <= 16 and (_LIKE_COUNT.match(s) or _WORD_LIKE_COUNT.match(s)):
        return "action: a like button with its count (👍 喜欢这篇（27）)"
    if n <= 40 and _STAFF_NOTE.match(s):
        return "notice: a forum staff's note (版主提示：…)"
    if n <= 34 and _PHOTO_SOURCE.match(s):
        return "meta: a photo's source (图片来源：…)"
    if n <= 46 and _LABELLED_CAPTION.match(s) and s.count("。") <= 1:
        return "meta: a photo's caption under its label (【现场】…)"
    if n <= 30 and _reader_button_row(s):
        return "action: a row of buttons (我要质疑　收藏　打印)"
    if n <= 40 and _CLICK_ON_SITE.search(s) and not s.endswith("。"):
        return "action: a pointer to a button on the site (在网站首页点击“…”)"
    if n <= 40 and _COMMISSION_NOTE.search(s) and not s.endswith("。"):
        return "contact: a note on writing commissions (代写…约稿)"
    if n <= 30 and _CALL_FOR_FREE.search(s) and s.count("。") <= 1:
        return "contact: an offer to call for free advice (可来电免费咨询)"
    if n <= 20 and _FIRST_PUBLISHED.match(s):
        return "meta: the site's stamp of an original first publication (〔某某 原创首发〕)"
    if n <= 12 and _NO_ATTACHMENT.match(s):
        return "list: the page's empty attachments field (附件：无)"
    if n <= 40 and _WEATHER.search(s) and not re.search(r"[。；，,]", s):
        return "meta: a weather widget (今日 晴 22℃)"
    if n <= 40 and _SUBSCRIBE_PROMPT.match(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to subscribe to the site's news (订阅…资讯)"
    m = _BOARD_ITEM.match(s)
    if m and (re.search(r"\d|[，,]", m.group(2))) and not _PART_LABEL.match(m.group(1)) and not _SECTION_WORD.search(m.group(1)) and not _NOT_BOARD_LABEL.search(m.group(1)):
        return "list: a community board's item under its column's label (【邻里互助】…)"
    if n <= 60 and _TIP_BOX.match(s) and not _SENTENCE_END.search(s[:-1]):
        return "list: a page's tip box (【健康小贴士】…)"
    if n <= 120 and _QUOTE_BOX.match(s):
        return "list: a box of quotable lines picked from the text (金句摘录｜…)"
    if n <= 40 and _FOLLOW_BY_NAME.match(s) and not _SENTENCE_END.search(s):
        return "contact: a call to follow an account by its name (关注“…”，第一时间…)"
    if n <= 40 and _WATERMARK_ROW.match(s):
        return "meta: an intranet's watermark (内部资料　公司　姓名 工号)"
    if n <= 20 and _DASHED_SLOGAN.match(s):
        return "meta: an account's slogan between dashes (——　书香满城　——)"
    if n <= 24 and _AI_PROMPT.search(s) and not _SENTENCE_END.search(s):
        return "action: an AI writing button of the page (让AI帮你改写)"
    if n <= 40 and (_READ_IN_APP.search(s) or (_READ_IN_NAMED_APP.search(s) and not _SENTENCE_END.search(s))):
        # (A sentence that sends its reader to an app, "请打开“某某通”App查看本人参保信息。", is the text's.)
        return "action: a prompt to read on in the site's app"
    if n <= 30 and _INSERT_HINT.match(s):
        return "action: an editor's placeholder hint (此处可插入图片)"
    if n <= 30 and _COMMENT_PROMPT.search(s):
        return "list: the comment box's prompt (写下你的看法……　提交)"
    if n <= 40 and _REPOST_NOTE_BOXED.match(s):
        return "list: a reposter's note in brackets (【转自…，大家注意】)"
    if n <= 60 and _POSTER_CARD_ROW.search(s) and not _SENTENCE_END.search(s):
        return "meta: a forum poster's card (阅读权限, 积分)"
    if n <= 12 and _READER_ACT.match(s):
        return "action: a button in the reader's voice (我要入会)"
    if n <= 30 and _ENTER_PLATFORM.match(s):
        return "action: a button into the site's platform or column (进入“…”学习平台)"
    if n <= 30 and _POINT_AT_WIDGET.search(s) and not _SENTENCE_END.search(s):
        return "contact: a prompt pointing at the page's chat widget (请点右侧客服)"
    if n <= 30 and _READING_TIP.match(s):
        return "action: the page's reading tip (点击图片可放大)"
    if n <= 40 and _PINNED_LINK.match(s) and not _SENTENCE_END.search(s):
        return "list: a forum's pinned thread (【置顶】…)"
    if n <= 30 and _SCAN_PROMPT.search(s) and not _SENTENCE_END.search(s) and not (_NUMBERED_STEP.match(s) and s.endswith(("；", ";"))):
        # (A numbered step of the text's own instructions, "1.请提前扫描文末二维码预约，…；", is no prompt.)
        return "contact: a prompt to scan the page's QR code (扫右下角二维码)"
    if n <= 24 and _FORWARD_PROMPT.match(s):
        return "action: a prompt to forward the page (转给家人看看, 转发倡议…)"
    if n <= 60 and _SALES_CALL.match(s):
        return "contact: a business's offer to call it (如需…，欢迎来电洽谈)"
    if n <= 40 and _FOLLOW_ACCOUNT.search(s) and not _SENTENCE_END.search(s):
        return "contact: a prompt to follow an account by its name (关注公众号“…”)"
    if n <= 30 and _FOUND_USEFUL.search(s):
        return "list: a reaction counter (有 21 人觉得有用)"
    if n <= 100 and _CUSTOMER_SAYS.match(s):
        return "list: a testimonial of the business's customers (学员说：…, 往期学员：…)"
    if n <= 40 and _WRITING_PITCH.search(s) and not s.endswith("。"):
        return "contact: a writing service's pitch (…写不出来？找…)"
    if n <= 40 and _COURSE_PITCH.search(s) and not _SENTENCE_END.search(s) and not _OUTLINE_NUMBER.match(s):
        return "action: a course's sales pitch (名师批改，7天提分)"
    if n <= 40 and _CONSULT_BY_WECHAT.search(s) and not _SENTENCE_END.search(s):
        return "contact: a prompt to add an adviser's WeChat for a consultation"
    if n <= 80 and _THREAD_VIEW_BUTTON.search(s) and _POST_STAMP.search(s) and not _SENTENCE_END.search(s):
        return "meta: a thread's post row (poster, 发表于 …, 只看楼主)"
    if n <= 40 and _SPONSOR_CREDIT.match(s) and not _SENTENCE_END.search(s):
        return "list: a sponsor's credit of the page (赞助商：…, 合作伙伴：…)"
    if n <= 12 and _WORKFLOW_LOG_HEAD.match(s):
        return "meta: an office system's workflow log under the document (流转记录)"
    if n <= 30 and _ISSUER_COLUMN.match(s):
        return "meta: a site's masthead: the issuer and a column's name (某某局　政务公开)"
    if n <= 40 and _ASK_ME.search(s) and not _SENTENCE_END.search(s):
        return "contact: a poster's offer to answer by private message (有问题私信我)"
    if n <= 60 and _ENTRY_STATS.search(s) and not s.endswith("。"):
        return "meta: an encyclopedia entry's counters and last editor"
    if n <= 30 and _EMERGENCY_LINE.match(s):
        return "contact: a hospital's emergency line (24小时急救电话)"
    if n <= 60 and _KEYWORD_REPLY.search(s) and not s.endswith("。"):
        return "action: an account's keyword-reply giveaway (回复“…”领取)"
    if n <= 40 and _PAGE_FORMAT_NOTE.match(s):
        return "notice: the page's note on its own format (本页为打印格式，已去除图片)"
    if n <= 60 and _CACHE_BANNER.search(s):
        return "notice: a search engine's cached copy (缓存版本, 快照)"
    if n <= 60 and _ENTRY_CREDITS.match(s):
        return "meta: an encyclopedia entry's credits or see-also row"
    if n <= 60 and _DOCTOR_CARD.match(s):
        return "list: a doctor's or a lawyer's card (某某　主任医师　擅长…)"
    if n <= 16 and _AD_LEAD.match(s) and (action_words(s)[0] or _POINTER_WORDS.search(s)):
        return "action: an advertisement's label and link"
    if _font_size_row(s, n):
        return "action: font-size buttons"
    if n <= 30 and _OPEN_APP.match(s) and _GESTURE_GOAL.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to open or download the site's app"
    if n <= 20 and _LINK_PROMPT.match(s):
        return "action: a link's prompt (点击查看…)"
    if n <= 40 and _FEEDBACK.search(s):
        return "list: a page's was-this-helpful widget"
    if n <= 40 and _SIGNATURE.match(s):
        return "list: a poster's signature"
    if n <= 20 and _IMAGE_HINT.search(s):
        return "action: an image's hint (点击图片可放大)"
    if n <= 40 and _GALLERY.search(s) and not _SENTENCE_END.search(s):
        return "list: a gallery's label"
    if n <= 80 and _FILE_SIZE.search(s) and not _SENTENCE_END.search(s):
        return "meta: an attached file with its size"
    if n <= 80 and _MAILING_FOOTER.search(s):
        return "notice: a mailing list's footer"
    if n <= 60 and _MACHINE_TEXT.search(s) and _MACHINE_CAVEAT.search(s) and _MACHINE_SUBJECT.search(s):
        return "notice: a machine's transcription or translation notice"
    if n <= 80 and _READER_COMMENT.match(s):
        return "list: a reader's comment with its date"
    if n <= 60 and len(_OPTION.findall(s)) >= 2 and _SUBMIT.search(s):
        return "list: a form's options and its submit button"
    if n <= 30 and _COUNTDOWN.match(s):
        return "meta: a countdown"
    m = _SOURCE_NOTE.match(s) if n <= 40 else None
    if m and (m.group(1) or _SITE_SUFFIX.search(m.group(2).strip())):
        # (A table's "（数据来源：统计年鉴）" is the document's; the page names itself or a site.)
        return "meta: the page's source note in brackets"
    return None


#: The reason given for a hotline on a line of its own (the cleaner keeps one over its issuer).
HOTLINE_LINE_REASON = "contact: a hotline on a line of its own (服务热线：…)"
# A line that gives a hotline by its label (农技服务热线：…, 24小时客服热线 …), with a time note
# or another cell after it: an organisation's standing number, which a page prints in its
# header, sidebar or footer. (A sentence that asks its reader to call one has a verb and 。.)
_HOTLINE_LINE = re.compile(
    r"^[^\s，。：:；]{0,14}热线(?:电话)?\s*(?:[（(][^）)]{1,8}[)）])?\s*[:：]?\s*"
    r"[\d〇零一二三四五六七八九○Ｏ][\d〇零一二三四五六七八九○Ｏ\-－—\s]{2,16}(?:转\S{1,6})?\s*(?:[（(][^）)]{1,12}[)）])?(?:[\s\u3000·|｜].{0,40})?$"
)
# … or after the organisation's address in a footer's row ("医院地址：某路21号　24小时服务热线：…").
_ADDRESS_HOTLINE = re.compile(
    r"^[^\s，。：:]{0,6}地址\s*[:：][^，。；\s\u3000]{4,30}[\s\u3000|｜]+[^\s，。：:]{0,14}热线(?:电话)?\s*[:：]?\s*[\d\-－]{7,16}$"
)
# A company's call for partners before its 400/800 number ("合作投放回收箱请致电 400-…", "加盟代理请
# 拨打 800-…"): the company selling, wherever the line stands.
_PARTNER_HOTLINE = re.compile(r"(?:合作|加盟|代理|招商|商务洽谈)[^，。！？]{0,12}?(?:致电|拨打|联系)[^，。]{0,4}?[:：]?\s*[48]00[-\s]?\d{3}[-\s]?\d{4}")
_HOTLINE = re.compile(
    r"(?:热线|客服|服务电话|订购电话|销售电话|技术服务|技术支持|(?:课程|招生|加盟|购买|商务|合作)咨询)[^，。]{0,6}?[:：]?\s*[48]00[-\s]?\d{3}[-\s]?\d{4}"
    r"|" + _PARTNER_HOTLINE.pattern
)
_MASTHEAD = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*出(?:刊|版)$|^出刊日期\s*[:：]")
_USE_NOTICE = re.compile(r"仅供(?:个人|内部|大家)?(?:学习|参考|交流|研究|阅读|欣赏|使用)")
_USE_LIMIT = re.compile(r"不得|请勿|禁止|严禁|商业|转载|传播")
_REVIEW_LABEL = re.compile(r"^[【\[][^】\]]{0,6}(?:点评|评语|评析|批注|评分)[】\]]")


# A poll under a text: a short question, then two or more short answers with their counts
# or icons ("这篇文章对你有帮助吗？ 是 / 否", "内容有用吗？ 👍 有用 12 👎 没用 1").
_POLL = re.compile(r"^(?P<q>[^。！？?，,：:]{2,20}[？?])[\s\u3000]*(?P<opts>[^。！？?，,：:]{2,40})$")
_POLL_SPLIT = re.compile(r"[\s\u3000|｜/／、]+")
_POLL_OPTION = re.compile(r"^[\u4e00-\u9fff]{1,4}[（(]?\d{0,6}[）)]?$|^\d{1,6}$")
# A page's counter cell: a short label and its count ("商品评价（1385）", "好评度 98%", "热度 3.2万").
_COUNTER_CELL = re.compile(r"^[\u4e00-\u9fff]{1,5}\s*[（(:：]?\s*\d[\d,.]*\s*[万千wW%％+]?\s*[）)]?$")


def _without_icons(s: str) -> str:
    return "".join(" " if unicodedata.category(c) == "So" else c for c in s)


def _poll_row(s: str) -> bool:
    """True for a poll: a question of at most 20 characters and two or more answers of at
    most four Chinese characters each, with an optional count (icons dropped)."""
    m = _POLL.match(_without_icons(s).strip())
    if not m:
        return False
    opts = [c for c in _POLL_SPLIT.split(m.group("opts")) if c]
    return len(opts) >= 2 and all(_POLL_OPTION.match(c) for c in opts) and any(not c.isdigit() for c in opts)


def edge_row_reason(s: str, n: int) -> str | None:
    """Why ``s`` is a page's row when it stands before the first or after the last real
    sentence: a row of links between bars (``协会动态：A ｜ B``, ``【滚动公告】A ┃ B``, two
    short menu items ``在线订购 ｜ 经销商加盟``), a segmented row of the page's states and
    counters (``已招募 38/60 人 ｜ 服务时长…``, ``2.1万播放 · 37条弹幕``), or a site's
    greeting with its date line (``…欢迎您！ 今天是…星期四``); ``None`` otherwise."""
    if n > 150:
        return None
    if n <= 40 and _MASTHEAD.search(s):
        return "meta: an issue's masthead (出刊)"
    if n <= 60 and _USE_NOTICE.search(s) and _USE_LIMIT.search(s):
        return "notice: the terms of use of the copy (仅供…学习, 不得…)"
    if n <= 80 and _REVIEW_LABEL.match(s):
        return "meta: a reviewer's comment on the text"
    if n <= 80 and _GREETING.search(s) and not s.endswith("。") and (_WEEKDAY.search(s) or _SITE_SUFFIX.search(s) or n <= 20):
        return "notice: the site greeting its visitor"
    if n <= 60 and _poll_row(s):
        return "list: a poll under the text (a question and its answers)"
    if _SENTENCE_END.search(s) or "，" in s:
        return None
    cells = [c for c in _UI_SPLIT.split(_without_icons(s).strip()) if c]
    if len(cells) < 2 and n <= 40:
        # (An extractor turns the ideographic spaces between cells into single spaces: a row
        # with a file's size or a relative time is read cell by cell all the same.)
        spaced = s.split()
        if 3 <= len(spaced) <= 6 and any(_STATE_CELL.search(c) or _CELL_COUNTER.match(c) for c in spaced):
            cells = spaced
    if len(cells) >= 2 and all(len(c) <= 12 for c in cells) and sum(1 for c in cells if _COUNTER_CELL.match(c)) >= 2:
        # (A table's row counts under its header, 12 | 15; the page's row names what it
        # counts in each cell: 商品评价（1385） 好评度 98%.)
        return "meta: a row of the page's labelled counters"
    if len(cells) >= 2 and all(len(c) <= 24 for c in cells):
        # (A table's row names things in its cells; the page's row counts its readers,
        # plays, points and states.)
        counted = sum(1 for c in cells if re.search(r"\d", c) or "：" in c or ":" in c)
        ui = sum(1 for c in cells if _UI_WORDS.search(c) or action_words(c)[0] or _STATE_CELL.search(c))
        if counted >= 2 and (ui >= 2 or (ui >= 1 and any(_CELL_COUNTER.match(c) for c in cells))):
            # (One counter cell, 阅读（311）, beside a date and the publisher is the page's
            # byline row too; a table's row has no such cell.)
            return f"meta: a row of the page's states and counters ({ui} of {len(cells)} cells)"
    body = _ROW_LABEL.sub("", s, count=1)
    items = [x for x in _BAR_SPLIT.split(body) if x]
    if len(items) >= 2 and len(items) == len(_BAR_SPLIT.split(body.strip("|｜丨┃┊┆╎┇╏ "))):
        if all(6 <= len(x) <= 40 and len(_CJK.findall(x)) >= 5 for x in items):
            # (A table's cells, 《科目》｜9月20日9:00, hold times and figures, not headlines.)
            return "list: a row of links between bars"
        if all(2 <= len(x) <= 8 and not re.search(r"\d", x) for x in items):
            return "meta: a row of menu items between bars"
    return None


# A caution note that speaks of the site or its editor: never a document's own advice.
_SITE_CAUTION = re.compile(r"本站|本网|小编|站长|本平台|网站(?:提供|上的|内容|范文)|范文仅供")
# An editor's note on the copy ("编者按：本文据作者手稿录入，个别字句有删节。").
# (The label in any brackets, or a 整理者/编辑/录入者 of the copy's own: "【编者注】…", "整理者按：…".)
_EDITOR_NOTE = re.compile(
    r"^[（(【\[〔]?(?:编者|整理者|录入者|校注者|编辑|作者|笔者)(?:按|注|的话|附记)[】\]〕]?\s*[:：]?|^[（(]?(?:编后|录入说明|写在前面)\s*[:：]"
)
# The editor's line over a copy it made of a recording or a speech ("以下为视频字幕整理：",
# "下面是讲话全文：", "以下根据录音整理"): the page's voice, not the document's.
_COPY_INTRO = re.compile(
    r"^(?:以下|下面|下文)(?:为|是|系|根据)?[^，。！？：:]{0,10}?(?:字幕|文字稿|文字实录|实录|整理稿|速记稿|录音稿|讲话全文|发言全文|全文|原文|预览)"
    r"(?:整理|摘录|摘编|节选|如下|实录)?\s*[:：]?$|^(?:以下|下面)(?:根据|据)[^，。！？]{0,10}(?:录音|视频|字幕|速记)整理\s*[:：]?$"
)
# … about how the copy was made: gathered, typed, cut, or its names and places disguised
# ("此稿为某年会议所写，人名地名已作处理").
_EDITOR_NOTE_ABOUT = re.compile(r"录入|整理|删节|摘编|转载|校对|有改动|略有|原文|手稿|原载|收入本|更正|此稿|本稿|已作处理|已隐去|化名|已略去|已删去")


# Notice words a document's own description uses too ("离园时可自行带走", "不采集任何个人信息").
_PLAIN_NOTICE_WORDS = frozenset({"自行", "采集", "抓取"})
# Words a reply to a netizen uses too: its salutation (网友您好) and the service line it names (客服电话).
_ADDRESS_WORDS = frozenset({"网友", "客服", "自行", "上传", "采集", "抓取"})


def notice_reason(s: str, n: int) -> str | None:
    """Why ``s`` (``n`` characters, at most 120) is a page's notice when it stands before the
    first or after the last real sentence: a disclaimer whose subject is the page, the site,
    the mail or "the above" and whose predicate is about rights, responsibility or caution,
    or a caution label (温馨提示：…); ``None`` otherwise. A document's own closing lines
    (本办法由…负责解释) name the document by its genre, not the page."""
    if n > 120:
        return None
    if _CAUTION_LABEL.match(s) and n > 6 and (
        _DISCLAIMER_SUBJECT.search(s)
        # (A caution whose only such word is 请勿 about a thing, "温馨提示：拓印时请勿用力敲击门环，…", is a
        # notice's own advice; 请勿转载 / 请勿下载 speak of the page's copy.)
        or any(
            (m.group(0) != "请勿" or _COPY_ACTION_AFTER.match(s, m.end()))
            # (… and "不能代替" only of the page's content, "本文内容不能代替医生诊断": "防踢被也不能代替大人的看护"
            # is the article's own advice.)
            and (not m.group(0).startswith("不能") or _CONTENT_SUBJECT.search(s))
            for m in _NOTICE_STRONG.finditer(s)
        )
        or re.search(r"谨防|防骗|警惕|小编|网站|本站|平台|投资须谨慎|谨慎投资|风险自担|不构成.{0,6}建议", s)
    ):
        # (A caution about the page, the site or fraud; a hospital's "温馨提示：如出现…请及时
        # 就诊" is the article's own advice.)
        return "notice: a page's caution label (温馨提示：…)"
    if _DISCLAIMER_SUBJECT.search(s) and _NOTICE_STRONG.search(s):
        return "notice: a disclaimer about the page or the text itself"
    if re.match(r"^[【\[（(]?(?:温馨|重要|特别|友情)?(?:提示|声明|说明|注)[】\]）)]?\s*[:：]", s) and _COPY_PREVAILS.search(s):
        return "notice: the page's note on which copy prevails (以…纸质文件为准)"
    if _EDITOR_NOTE.match(s) and _EDITOR_NOTE_ABOUT.search(s):
        return "notice: an editor's note on how the page's copy was made"
    if n <= 30 and _COPY_INTRO.match(s):
        return "notice: the editor introducing the copy (以下为…整理：)"
    if _CONTENT_FOR_REFERENCE.search(s) and re.search(r"建议|咨询|请以|为准|不构成|专业|代替|替代|不作为|依据|遵医嘱|就医|就诊|联系|售后", s):
        return "notice: a disclaimer that the page's content is for reference only"
    if _NOT_OUR_VIEW.search(s) or _HOST_ONLY.search(s):
        return "notice: a platform's disclaimer of the content it hosts"
    if _UPLOADED_BY_USERS.search(s):
        return "notice: a host's note that its users uploaded the file (本文件由网友自行分享…)"
    return None


# "内容不代表本平台观点", "言论仅代表作者本人，不代表…立场": what a host says of what its users post.
_NOT_OUR_VIEW = re.compile(r"(?:内容|观点|文章|笔记|帖子|回答|言论|评论)[^。！？]{0,12}不代表[^。，！？]{0,12}(?:观点|立场|意见)")
# "本文件由网友自行分享，仅作格式参考…", "文档由用户上传分享": a host's note that its users put the file up (all
# 560 labelled lines so worded are chrome).
# (… or wrote it, "问答内容由用户生成", "词条内容由网友共同编辑": all 197 labelled lines so worded are chrome.)
_UPLOADED_BY_USERS = re.compile(
    r"(?:文件|文档|资料|范本|内容|作品)由(?:网友|用户|会员|上传者|分享者)(?:自行)?(?:提供|分享|上传)"
    r"|(?:文件|文档|资料|范本|内容|作品|回答|答案|词条)由(?:网友|用户|会员|上传者|分享者)(?:自行|协作|共同)?(?:生成|发布|编辑|撰写)"
)
# "仅提供存储服务", "分享内容由用户负责": a file or note host disowning what it stores.
_HOST_ONLY = re.compile(r"(?:仅|只)提供[^。，！？]{0,8}(?:存储|储存|空间|网盘|技术|分享|展示)[^。，！？]{0,6}服务|(?:分享|上传|发布)(?:的)?内容由(?:用户|上传者|网友|分享者|发布者)[^。，]{0,4}负责")



def _rating_widget(s: str) -> bool:
    """True for a row of at least three rating options of which one negates another
    (``满意 基本满意 不满意``), optionally after a prompt (``请评价：``)."""
    if "不" not in s and "没" not in s:
        return False
    cells = [c for c in re.split(r"[\s\u3000|｜/:：]+", s) if c]
    values = [c for c in cells if _RATING_OPTION.fullmatch(c) or re.fullmatch(r"(?:不|没|没有|无)(?:满意|同意|赞成|认可|用|有用|帮助)|一般", c)]
    negated = any(c[0] in "不没无" for c in values)
    return len(values) >= 3 and negated and len(values) >= len(cells) - 1


# Cells of a download row: a file format and 下载 ("Excel格式下载", "PDF下载").
_DOWNLOAD_CELL = re.compile(r"^(?:[A-Za-z]{2,5}|[\u4e00-\u9fff]{0,4})(?:格式|版|文件)?(?:下载|导出)$")


def _download_row(s: str) -> bool:
    """True for a row of two or more download links (``附表数据：Excel格式下载　CSV格式下载``),
    with an optional short label before a colon."""
    body = re.sub(r"^[^：:]{1,8}[：:]\s*", "", s)
    cells = [c for c in re.split(r"[\s\u3000|｜/、]+", body) if c]
    return len(cells) >= 2 and all(_DOWNLOAD_CELL.match(c) for c in cells)


# Who contributed a news item, in brackets ("（协会秘书处 供稿）", "（通讯员 李明 报送）").
# (… with the photographer after it: "（某某系供稿　某某摄）".)
_CONTRIBUTED_BY = re.compile(r"^[（(][^（）()。！？，,]{2,16}\s*(?:供稿|供图|撰稿|报送|投稿)(?:[\s\u3000、，,]+[\u4e00-\u9fff]{2,4}\s*摄)?[）)]$")


def _unspaced_name(s: str) -> str:
    """``s`` with a two-character name's spacing taken out ("编辑：陶　然" → "编辑：陶然"), as credits
    print it."""
    return re.sub(r"(?<=[:：][\u4e00-\u9fff])[\u3000 ](?=[\u4e00-\u9fff](?:[）)\s]|$))", "", s)


def form_reason(s: str, n: int) -> str | None:
    """Why ``s`` (``n`` characters) is chrome by its form wherever it stands: a news item's
    credits, a photo's caption or an image placeholder, readers' counters, a mail's headers,
    a copyright footer, a profile line, a follow button, a breadcrumb; ``None`` otherwise.
    A document's own 抄送 / 联系人 / 附件 fields are in none of these classes."""
    dayless = _LEADING_DAY.sub("", s)
    credits = _unspaced_name(_CREDIT_DATE.sub("", dayless)) if n <= 60 else s
    if len(credits) <= 40 and _CREDIT_ROLE_RE.search(credits) and _CREDIT.match(credits) and not _SENTENCE_END.search(s):
        if dayless != s:
            return "meta: a byline of a day and a news item's credits (2024.09.05　某某记者 某某)"
        return "meta: a news item's credits (roles and names)"
    if n <= 30 and _CONTRIBUTED_BY.match(s):
        return "meta: a news item's credits (who contributed it: （某某 供稿）)"
    if n <= 30 and _CREDIT_BY.match(s):
        return "meta: a news item's credits (an outlet's reporter, who supplied it)"
    if n <= 60 and _CAPTION.match(s):
        return "meta: a photo's caption"
    if n <= 10 and _SCENE_LABEL.match(s):
        return "meta: a photo's label (活动现场, 会议现场图片)"
    if n <= 60 and _CAPTION_CREDIT.search(s) and s.count("。") <= 1:
        return "meta: a photo's caption with its photographer (…某某 摄)"
    if _PLACEHOLDER.match(s):
        return "meta: an image placeholder of a copied page"
    if n <= 30 and _READERS.match(s):
        return "meta: readers' counter"
    if n <= 36 and _READING_TIME.match(s):
        return "meta: the text's length and reading time (本文约…字，阅读约需…分钟)"
    if n <= 80 and (_MAIL_HEADER.match(s) or _MAIL_SEPARATOR.match(s) or _SENT_FROM.match(s)):
        return "meta: a mail's header or client signature"
    if n <= 60 and _REPLY_SENT_FROM.search(s):
        return "meta: a mail's reply signed by its client (…（发自我的手机）)"
    if n <= 80 and _MAIL_QUOTED.match(s):
        return "meta: a line a mail client quotes (> …)"
    if n <= 50 and _POSTED_AT.search(s) and not _SENTENCE_END.search(s):
        return "meta: a post's author and time"
    if n <= 72 and _stamped_entry(s):
        return "meta: an entry of a log, a thread or an approval trail, stamped with its clock time"
    if n <= 60 and _bracket_buttons(s):
        return "action: a row of buttons, each in its brackets"
    if n <= 40 and _SHARE_TO.match(s) and not _SENTENCE_END.search(s):
        return "action: a share bar"
    if n <= 40 and _UNSUBSCRIBE.search(s):
        return "notice: a mailing list's unsubscribe link"
    if n <= 24 and _WATCHERS.search(s) and not _SENTENCE_END.search(s) and "，" not in s and "、" not in s:
        return "meta: a counter of viewers or likes"
    if n <= 24 and _GALLERY_NAV.search(s) and not _SENTENCE_END.search(s):
        return "action: a gallery's navigation (1/6 上一张 下一张)"
    if n <= 60 and len(_HASHTAG.findall(s)) >= 2 and not _HASHTAG.sub("", s).strip(" \u3000|｜·,，、"):
        return "list: a row of hashtags"
    if n <= 20 and _JUMP_WIDGET.match(s):
        return "action: a page's jump widget (电梯直达)"
    if n <= 50 and _PRICE_CARD.search(s) and _PROMO_WORDS.search(s) and not _SENTENCE_END.search(s):
        return "action: a product card with its price"
    if n <= 30 and _SUPPLIED_BY.match(s):
        return "meta: who supplied the page's content or pictures"
    if n <= 80 and _ENGLISH_BYLINE.match(s):
        return "meta: a blog's byline (posted on … by …)"
    if n <= 40 and _READING_PROGRESS.search(s) and not _SENTENCE_END.search(s):
        return "meta: a reader's progress through the text"
    if n <= 60 and not _SENTENCE_END.search(s) and _rating_widget(s):
        return "action: a rating widget's options"
    if n <= 60 and _download_row(s):
        return "action: a row of download links"
    if n <= 60 and _COPYRIGHT.search(s) and not _SENTENCE_END.search(s):
        return "notice: a copyright footer"
    if n <= 80 and _PROFILE.match(s):
        return "meta: an account's or author's profile"
    if n <= 40 and _FOLLOW.search(s) and not _SENTENCE_END.search(s):
        return "action: a follow button beside a name"
    if n <= 50 and _CRUMB_DOUBLE.match(s):
        return "meta: breadcrumb"
    if n <= 120 and _list_on_one_line(s):
        return "list: a list's header and its numbered items on one line (24小时热榜　1 …　2 …)"
    m = _LIST_LINE.match(s) if n <= 100 else None
    if m and not _SENTENCE_END.search(s) and len([x for x in re.split(r"\s*[|｜]\s*", s[m.end() :]) if x.strip()]) >= 2:
        return "list: a related list with its key and its items between bars (更多：A｜B)"
    if n <= 50 and _RELATED_LINK.match(s) and not re.search(r"[。！；]", s):
        return "list: a link to a related article between the paragraphs"
    if n <= 40 and _LABELLED_LINK.match(s) and not _SENTENCE_END.search(s):
        return "list: a link to a related or an earlier item under a label (【相关】…, 【…】上一期：…)"
    if n <= 30 and _STUDY_POINTS.search(s) and not _SENTENCE_END.search(s):
        return "action: study points for reading the page (学习积分)"
    if n <= 24 and _ACCOUNT_LINE.match(s):
        return "meta: an account's name line (某某官方账号)"
    if n <= 50 and _SITE_STATEMENT.match(s):
        return "notice: the site stating what it is (本网站是…官方网站)"
    if n <= 80 and _LATER_NOTE.match(s):
        return "notice: an editor's note added when the text was collected (整理时补记：…)"
    if n <= 30 and _COLLECTION_NOTE.match(s):
        return "meta: a collection's note on its copy or its place (据旧稿录入, 本卷共…篇)"
    if n <= 40 and _USE_OF_COLLECTION.match(s):
        return "notice: a collection's or a site's terms of use (文集仅供…阅读)"
    if n <= 100 and _OA_RECORD.search(s):
        return "meta: an intranet's read receipt or approval trail"
    if n <= 120 and _QA_ASIDE.match(s):
        return "meta: a Q&A page's asker's supplement or another answer"
    if n <= 80 and _QA_META.search(s) and not _SENTENCE_END.search(s):
        return "meta: a Q&A page's asker, answerer or answer label"
    if _REF_MARK.match(s):
        return "meta: a reference mark on a line of its own"
    if n <= 80 and _RELATED_PREFIX.match(s):
        return "list: a related list or tags"
    return ui_reason(s, n)


# A clock-time stamp as systems print them (2026-05-26 10:12, 06-02 09:14:05): a date in
# figures with a clock time. A document writes its times in words or under a label
# (会议时间：2026年5月26日 9:00); a chat, a comment thread or an OA system's approval trail
# stamps each entry.
_STAMP = r"(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}[ \t\u3000]+\d{1,2}:\d{2}(?::\d{2})?"
_STAMP_AT_END = re.compile(rf"^(?P<head>.{{2,48}}?)[ \t\u3000]+{_STAMP}$")
_STAMP_AT_START = re.compile(rf"^{_STAMP}[ \t\u3000]+(?P<name>[^\s：:，。！？]{{1,12}})[：:](?P<message>.{{1,60}})$")
# Labels under which a document gives a time or a deadline of its own.
_TIME_LABEL = re.compile(r"时间|日期|截止|期限|时限|[自从至到于]$")


def _stamped_entry(s: str) -> bool:
    """True for one entry of a log, a comment thread, a chat or an approval trail: a short
    head (a name, a role, a short comment such as ``同意。``) and then a clock-time stamp
    apart by spaces (``拟稿：办公室　张三　2026-05-26 10:12``), or a stamp, a name, a colon
    and a short message (``2026-03-01 19:05　李四：收到。``). Never a document's own field
    (``报名截止时间：2026-05-26 17:00``: the stamp follows the label's colon) or a line
    whose head names a time."""
    m = _STAMP_AT_END.match(s)
    if m:
        head = m.group("head").rstrip(" \t\u3000")
        return not head.endswith(("：", ":")) and _TIME_LABEL.search(head) is None and len(_SENTENCE_END.findall(head)) <= 1
    m = _STAMP_AT_START.match(s)
    return m is not None and _TIME_LABEL.search(m.group("name")) is None


# A bracketed button ("【打印此页】", "〔大〕"): one to six characters in a pair of brackets.
_BRACKET_TOKEN = re.compile(r"[【〔\[［〖]\s*([^【】〔〕\[\]［］〖〗\s]{1,6})\s*[】〕\]］〗][\s\u3000|｜·]*")
# The sizes of a font-size switch (大 中 小, 放大 缩小 默认).
_FONT_SIZES = re.compile(r"^(?:大|中|小|特大|放大|缩小|默认|标准|大字版|繁體|繁体|简体)$")
# A mailing list's unsubscribe link ("不想再收到此类邮件？退订", "点此取消订阅").
_UNSUBSCRIBE = re.compile(r"(?:不想|不愿|不希望)再?(?:收到|接收)[^。！]{0,8}(?:邮件|推送|通讯|简报)|(?:点此|点击|一键)(?:退订|取消订阅)|取消订阅本(?:邮件|简报|通讯)")
# A share bar: "分享到：微信 朋友圈 微博".
_SHARE_TO = re.compile(r"^(?:分享到|分享至|转发到|转发至|分享给|一键分享)\s*(?:[:：▸▶►›»→]|(?=(?:微信|朋友圈|微博|QQ|qq|空间|豆瓣|钉钉|抖音|飞书)))")
# Viewers or likes a page counts ("直播间已有12,406人观看", "主播收到 368 个赞").
_WATCHERS = re.compile(
    r"\d[\d,.]*\s*[万千wWkK]?\+?\s*(?:人|次)\s*(?:正在|在)?(?:观看|围观|收看|看过|在线|点赞|收听)|\d[\d,.]*\s*[万千wWkK]?\+?\s*个赞"
)


def _bracket_buttons(s: str) -> bool:
    """True for a line of buttons each in its own brackets and nothing else
    (``〔大〕〔中〕〔小〕``, ``【放大】【缩小】【打印此页】``): three or more, or two when one
    is an action or a font size. A bracketed number (【1】【2】) is a list's, not a button."""
    tokens, at = [], 0
    for m in _BRACKET_TOKEN.finditer(s):
        if m.start() != at:
            return _boxed_meta_and_buttons(s)
        tokens.append(m.group(1))
        at = m.end()
    if at != len(s):
        return _boxed_meta_and_buttons(s)
    if len(tokens) < 2 or any(t.isdigit() or re.fullmatch(r"[一二三四五六七八九十]+", t) for t in tokens):
        return False
    return len(tokens) >= 3 or any(_FONT_SIZES.match(t) or _ACTION.search(t) for t in tokens)


# A page's stamp in its own box ("【信息时间：2025-08-21】", "〔阅读次数：288〕").
_BOXED_META = re.compile(
    r"^(?:信息|发布|更新|录入|添加)?(?:时间|日期)\s*[:：]\s*[\d\-/.年月日\s:：]{6,20}$|^(?:阅读|浏览|点击|访问)(?:次数|量|数)?\s*[:：]\s*\d[\d,]*\s*次?$|^(?:来源|作者|编辑|发布者?)\s*[:：]\s*[^\s:：]{1,12}$"
)
_BOX = re.compile(r"[【〔\[［〖]([^【】〔〕\[\]［］〖〗]{1,24})[】〕\]］〗][\s\u3000|｜·]*")


def _boxed_meta_and_buttons(s: str) -> bool:
    """A line of boxes only, the page's stamps (``_BOXED_META``) and its buttons, one button
    at least (``【信息时间：…】【阅读次数：288】【我要打印】【关闭】``)."""
    boxes, at = [], 0
    for m in _BOX.finditer(s):
        if m.start() != at:
            return False
        boxes.append(m.group(1).strip())
        at = m.end()
    if at != len(s) or len(boxes) < 2:
        return False
    buttons = [b for b in boxes if len(b) <= 6 and " " not in b and (_ACTION.search(b) or _UI_CELL.match(b) or _FONT_SIZES.match(b))]
    return bool(buttons) and all(b in buttons or _BOXED_META.match(b) for b in boxes)


def _bar_buttons(s: str) -> bool:
    """Two or more short cells apart by bars, each mostly action words (``打印本页｜关闭窗口``)."""
    cells = [c for c in re.split(r"\s*[|｜]\s*", s) if c]
    return len(cells) >= 2 and all(len(c) <= 6 and (action_words(c)[1] >= 0.5 * len(c) or _UI_CELL.match(c)) for c in cells)


# A forum's rating box under a post ("参与人数 6　威望 +8　收起 理由", "评分 参与人数 3 贡献 +6").
# (… whatever the forum calls its points, 小筑币 +12, and with the reason given: 收起理由：实用！)
_RATING_BOX = re.compile(r"(?:参与人数|参与评分|评分人数|评分\s*\d+\s*人)\s*\d*[\s\u3000]+(?:威望|贡献|金钱|积分|经验|金币|好评|[\u4e00-\u9fff]{1,4}\s*[+＋-])\s*[+＋-]?\s*\d+|收起\s*理由(?:[:：][^。]{0,12})?$")
_UI_CELL = re.compile(r"^(?:关闭(?:窗口|本页)?|返回(?:顶部|首页|列表|上页)?|打印(?:本页|此页)?|收藏(?:本页)?|分享|顶部)$")


def _contact_in_prose(s: str) -> bool:
    """True when ``s`` gives a phone or a mailbox inside prose: two sentences or more, or
    one sentence of 40 characters or more with a comma, ended by 。 — a document asking
    readers to write or call, not a site's contact line (nor the page speaking of itself)."""
    if _SELF_REF.search(s) or _DISCLAIMER_SUBJECT.search(s):
        return False  # the page speaking of itself ("如本文档侵犯了您的权益，请发送邮件至…")
    ends = _SENTENCE_END.findall(s)
    return len(ends) >= 2 or (len(s) >= 40 and s.rstrip()[-1:] == "。" and ("，" in s or "、" in s))


def strong_reason(s: str) -> str | None:
    """Why ``s`` is chrome wherever it stands, or ``None``; see the module docstring.

    ``s`` is one stripped line. Lines over 200 characters are never chrome.
    """
    if not s or len(s) > MAX_CHROME_CHARS:
        return None
    memo = _DOC_MEMO.get()
    if memo is None:
        return _strong_reason(s)
    key = ("s", s)
    if key not in memo:
        memo[key] = _strong_reason(s)
    return memo[key]


# A prompt to react to the page: like it, save it, read it on the phone, ask through it
# ("觉得有用？点个赞再走", "点右上角存进素材库", "扫码用手机看", "点我咨询"): the site's
# widgets in the reader's voice, never a document's sentence.
_REACT_PROMPT = re.compile(
    # (… or a like given to someone, "读到这里，给外婆点个小红心吧".)
    r"(?:给|为)[^，。！？]{1,6}(?:点个|点一?下|送个)(?:小)?(?:红心|赞|小心心|爱心)|"
    # (… or a tap on the page's reaction so that others see it, "顺手点个“推荐”，让楼里邻居都看到": all 40
    # labelled lines ending in "让…看到/看见" are chrome.)
    r"点(?:亮|个|一?下)?\s*[“「\"]?(?:推荐|在看|赞|小?红心|爱心|大拇指)[”」\"]?[^。！？]{0,6}?[，,]?\s*让[^。！？，,]{1,10}(?:看到|看见)|"
    r"点(?:个|一?下)?赞(?:再走|支持|鼓励|吧|哦|呗|呀)|(?:顺手|随手)(?:点赞|点个赞|收藏|转发|分享)|一键三连|点(?:个|一?下)?[“「]?在看"
    r"|(?:存进|存入|加入|放进|放入|收进)(?:我的)?(?:素材库|收藏夹|书架|书包|文集|笔记本?|资料库|文件夹)"
    r"|随时随地(?:阅读|看|查看|学习|翻阅)|(?:文章|本文|全文)?随身看|"
    # "扫码用手机学习本课", "手机扫码看全文": reading this page on the phone
    r"(?:扫码|扫一扫|扫描二维码)[^。，！？]{0,2}(?:用|在)?手机(?:上|端)?(?:看|阅读|学习|收听|浏览|观看)|(?:用|在)手机(?:上|端)?(?:看|阅读|学习|收听|浏览|观看)(?:本课|本文|本篇|全文|此文|本页|本期)|(?:点我|戳我|点这里)(?:咨询|报名|领取|试听|预约|了解|查看|下载|获取)?$"
)
# A row of vote buttons with their counts ("有帮助 12　踩", "赞同 8 ｜ 反对 1", "顶(3) 踩(0)").
_VOTE_ROW = re.compile(
    # (An icon may lead it: "👍 有帮助 612".)
    r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*)?(?:(?:有帮助|没帮助|无帮助|有用|没用|赞同|赞|踩|反对|顶|不喜欢|喜欢)\s*[（(]?\s*\d[\d,.]*\s*[万千kKwW]?\+?\s*[)）]?[\s\u3000|｜·/]*"
    r"|(?:有帮助|没帮助|无帮助|有用|没用|赞同|赞|踩|反对|顶|不喜欢|喜欢)[\s\u3000|｜·/]*){2,4}$"
)
# Where the text is collected ("收录于《某某文存》卷二，第17篇", "本文收录于专辑《…》").
_COLLECTED_IN = re.compile(r"^[（(【\[]?(?:本文|本篇|此文|该文)?(?:已|被)?(?:收录|收入|编入)(?:于|在|进)\s*(?:专辑|合集|文集|专栏|话题)?\s*[《〈「“]")
# … or one of them alone with its count in brackets ("有帮助(41)", "无帮助（0）").
# (… or one button and its count after an icon: "👍 有帮助 612".)
_VOTE_ONE = re.compile(
    r"^(?:有帮助|没帮助|无帮助|有用|没用|赞同|反对|踩)\s*[（(]\s*\d[\d,.]*\s*[万千kKwW]?\+?\s*[)）]$"
    r"|^[\U0001F000-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*(?:有帮助|没帮助|有用|赞同)\s*[（(]?\s*\d[\d,.]*\s*[万千kKwW]?\+?\s*[)）]?$"
)
# An offer of the site's own service with a number to book it ("如需专项法律服务，欢迎致电…预约",
# "如需就具体纠纷获得帮助，欢迎致电本所…预约律师面谈"): a firm's call to action, not a notice's
# "如需咨询，请致电…" (which offers no service, only answers).
_SERVICE_OFFER = re.compile(
    r"^如(?:需|有)[^，。]{0,12}(?:服务|帮助|需求)[，,]\s*(?:欢迎|请|可)(?:致电|来电|联系|垂询|拨打)[^。]{0,30}(?:预约|面谈|洽谈|委托)"
)
# A relative time alone on its line ("2天前", "昨天 21:40", "刚刚"): a post's stamp; a document
# dates itself by the calendar.
_RELATIVE_TIME = re.compile(rf"^{_REL_TIME}$")
# What a writing service offers, and how to reach it (a site's sales line, never a document's).
_WRITING_OFFER = re.compile(r"代写|代笔|代拟|接单|专业撰写|代为撰写|承接[^。，]{0,6}撰写|帮(?:你|您)?(?:写|改|润色)|一对一(?:帮改|改稿|修改|润色|定制|批改|精批|辅导)|写手|出初稿|定制[^，。！？\s]{0,4}?(?:材料|讲话|讲稿|方案|范文|总结|文稿|文章)|(?:材料|讲稿|文稿|范文)定制")
# (… unless the line forbids it: "严禁代写考试作业，发现后联系班主任".)
_FORBIDS = re.compile(r"严禁|禁止|不得|不准|不许|杜绝|打击|举报|谨防|警惕")
_REACH_US = re.compile(r"私信|私聊|详询|客服|咨询|微信|[Vv][Xx]|QQ|加我|联系|下单")
# A promotion under a bracketed label that names it so ("【限时优惠】冲刺班最后10个名额").
_BOXED_OFFER = re.compile(r"^[【\[〔][^】\]〕]{0,4}(?:优惠|特惠|招生|促销|福利|广告|推广|团购|秒杀|限时|新品|上新|预售|预订)[^】\]〕]{0,4}[】\]〕]\s*\S")
# Tags after a bullet and their key ("◎ 标签：安全生产 工作通知 盐场").
_BULLET_TAGS = re.compile(r"^(?:[^\w\s]{1,2}\s*)?(?:本文|文章|词条)?(?:标签|关键词|Tags?|TAG)\s*[:：]\s*\S+(?:[\s\u3000、,，|｜]+\S+)+$")
# The page's source alone ("来源：掌上澄滩"; a table's 数据来源：… is the document's).
_SOURCE_ONLY = re.compile(r"^来源\s*[:：]\s*[^\s，。：:]{2,12}$")
# The page's source and its editor on one line ("本文来源：某某融媒　编辑：某某").
_SOURCE_EDITOR = re.compile(r"^(?:本文)?来源\s*[:：][^，。]{2,16}[\s\u3000]+(?:编辑|责编|责任编辑|作者|审核|校对)\s*[:：]")
# A note on the page's editing or copying in brackets ("（本段可编辑）", "（全文可复制）").
_EDIT_NOTE = re.compile(r"^[（(](?:本段|此段|全文|本文)(?:可|支持|可以)?(?:编辑|复制|修改|下载)[)）]$")
# Counters only ("阅读量 1.2万　　点赞 96", "在看 12　转发 3").
_COUNTERS_ONLY = re.compile(r"^(?:(?:阅读量?|浏览量?|点赞|在看|评论|转发|收藏|分享|喜欢)\s*[:：]?\s*\d[\d,.]*\s*[万千wWkK]?\+?[\s\u3000|｜·]*){2,5}$")
# A box's header between dashes ("—— 推荐 ——", "=== 猜你喜欢 ===").
_BOX_HEADER_DASHED = re.compile(r"^[—\-–=~～·•*]{2,}\s*(?:推荐|相关推荐|猜你喜欢|热门推荐|延伸阅读|相关阅读|更多推荐|热门文章|精彩推荐)\s*[—\-–=~～·•*]{2,}$")
# Who compiled or published the copy, between dashes or stars ("——某某网整理——", "~本站原创首发~",
# "*** 某某编辑部编 ***"): a site's stamp set off like a box's header; a document signs with its
# issuer's name and a date, undecorated.
_COMPILER_DASHED = re.compile(
    r"^[—\-–=~～·•*]{1,}\s*[^，,。！？!?—\-–=~～]{1,14}?(?:整理|编辑|收集|搜集|编录|编发|编|制作|出品|原创|首发|供稿|推荐|分享|转载)"
    r"\s*[—\-–=~～·•*]{1,}$"
)
# A seller asking the reader to message them for a price ("私聊我有内部价", "货源充足，加我拿货"):
# a poster's sale, never a document's sentence.
_SELLER_DM = re.compile(
    r"(?:私聊|私信|加我|找我|联系我|滴我)[^。！？]{0,8}(?:内部价|优惠价?|低价|便宜|折扣|特价|拿货|货源|代购|批发|团购|出货|有货|包邮)"
    r"|(?:内部价|优惠价|低价|特价|货源|代购|批发|团购|拿货)[^。！？]{0,6}(?:私聊|私信|加我|找我|滴我)"
)
# An offer of a trial class or session to book ("先约一节免费体验课", "预约试听课"): a school's
# promotion.
_TRIAL_OFFER = re.compile(r"(?:约|预约|领取?|报名|申请|抢|预定|预订)[^。！？，]{0,4}(?:免费|0元|零元)?(?:体验课|试听课|试课|体验名额|试听名额)")
# … a free trial with a promotion's terms ("首次到店免费体验一节课，名额有限先到先得！").
_FREE_TRIAL = re.compile(r"(?:免费|0元|零元)(?:体验|试听|试学|试用|试课)")
# A call to book the site's service by phone after a question to the reader ("遇到类似纠纷？拨打
# 律所热线 … 预约面谈"); see strong_reason's lead-question rule.
# How a page asks a reader to reach it: a private message, a note, a booking, a call.
_REACH_SITE = re.compile(r"私信|留言|在线咨询|免费咨询|咨询我们|在线客服|客服(?:为您|在线)|预约(?:试听|体验|面谈|咨询)|联系(?:我们|客服|小编|站长|馆长|老师|律师)|加(?:微信|V|v|好友|群)|致电|来电|拨打")
# A page's own link to report a broken download ("下载不了？报告错误", "链接失效请点此反馈").
_BROKEN_LINK = re.compile(r"^(?:如果|若|如)?(?:下载|链接|文件|资源|网盘)(?:不了|失败|失效|出错|有误|打不开|无法打开|无法下载)[？?！!，,。\s]*(?:请|可|点此|点击|请点此)?\s*(?:报告错误|报错|反馈|纠错|举报|告诉我们)")
_BOOK_BY_PHONE = re.compile(r"(?:拨打|致电|来电|联系)[^。！？]{0,40}(?:预约面谈|面谈|洽谈|委托|预约律师|预约咨询)$")
# An upsell to a membership, with what it unlocks ("开通会员免广告阅读全部3篇", "开通VIP免费复制全文").
# (… or after the count of what is left: "后面还有约400字，开通某某月卡即可继续阅读".)
_MEMBER_UPSELL = re.compile(
    r"^(?:开通|升级|成为|购买|加入)(?:VIP|vip|会员|超级会员|年卡|月卡)[^。！？]{0,16}(?:阅读|查看|下载|复制|免广告|全文|全部)"
    r"|^(?:后面|下面|剩余|余下)(?:还有)?约?\s*\d+\s*字[^。！？]{0,4}[，,]\s*(?:开通|购买|升级|登录)"
)
# A download site's instructions ("下载说明：请使用WPS或Office打开，如遇乱码请更换浏览器").
_DOWNLOAD_NOTE = re.compile(r"^(?:下载说明|下载须知|下载提示|下载帮助|下载注意事项)\s*[:：]")
# A watermark printed over an intranet's or a viewer's copy ("内部资料 严禁外传 某某 2025-11-05"):
# confidentiality words, then a reader's name or id and a date.
_WATERMARK = re.compile(
    r"^(?:(?:内部资料|内部文件|严禁外传|请勿外传|禁止外传|注意保密|仅供内部使用|仅限内部|机密)[\s\u3000]*){1,3}"
    r"[\s\u3000]*[\w\u4e00-\u9fff]{2,16}[\s\u3000]+\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# A confidentiality word as a watermark's cell (内部资料, 严禁外传, 机密).
_SECRECY_CELL = re.compile(r"^(?:内部资料|内部文件|内部使用|内部传阅|严禁外传|请勿外传|禁止外传|注意保密|仅供内部使用|仅限内部|机密|秘密|复制无效|翻印无效)$")
# A watermark's last cell: a date (with its time) or a reader's id number.
_WATERMARK_LAST_CELL = re.compile(r"^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?|\d{3,8})$")


def _watermark_cells(s: str) -> bool:
    """True when ``s`` is a watermark row in any order of its cells (``某某矿业 内部资料 覃波
    2025-11-20``): 3–6 cells apart by spaces, no punctuation, one a confidentiality word, the
    last a date, a time or an id number."""
    cells = [c for c in re.split(r"[\s\u3000·•|｜]+", s.strip()) if c]
    return (
        3 <= len(cells) <= 6
        and not re.search(r"[，。！？、：:；]", s)
        and any(_SECRECY_CELL.match(c) for c in cells)
        and _WATERMARK_LAST_CELL.match(cells[-1]) is not None
    )


# A model-text site's disclaimer on its copy ("范文仅供参考，使用前请结合实际修改。", "以上模板只供学习借鉴"):
# the page speaking of what it offers.
# (… under a caution's label too: "【温馨提示】本资料仅供参考，请结合单位实际修改使用".)
# (… under the site's own name before the label, "某某坞提示：本文档仅供格式参考", or a dictionary's of its gloss,
# "〔释义仅供参考，…〕".)
_MODEL_ONLY_FOR = re.compile(
    r"^[〔【\[（(]?(?:[【\[〔［]?[\u4e00-\u9fff]{0,6}?(?:温馨|友情|特别)?(?:提示|提醒|说明)[】\]〕］:：]\s*)?(?:以上|本篇?|此|该)?"
    r"(?:范文|范本|模板|例文|样文|文章内容|资料|文档|释义|词条内容)[^。！？]{0,12}?[，,]?\s*(?:仅|只)供[\u4e00-\u9fff]{0,4}?(?:参考|学习|借鉴)"
)
# A sharing platform's rule to its users ("为保护您的隐私，请勿通过网盘传播涉密文件").
_PLATFORM_RULE = re.compile(r"请勿(?:通过|利用|在|使用)?(?:网盘|云盘|本站|本平台|平台|本网)(?:传播|分享|上传|存储|发布)")
# A row of links to the parts before and after ("目录｜上一段｜下一段", "上一章 | 目录 | 下一章").
_PREV_NEXT_BAR = re.compile(r"^(?:[^｜|]{1,4}\s*[｜|]\s*){1,4}[^｜|]{1,4}$")
# An offer of free answers after a question to the reader ("想了解您企业的合规风险？点击右下角，律师一对一免费解答。").
_QUESTION_THEN_CONSULT = re.compile(r"^[^。！？?，,\s]{2,16}[？?]\s*(\S.*)$")
# A prompt to read on in the app or the full file, for a better view ("在APP内阅读全文，体验更流畅",
# "下载完整版阅读体验更佳", "在某某APP内打开，编辑更方便": the site's app named, or not.
_READ_BETTER = re.compile(
    r"^(?:在|用|打开|下载|前往)?[^，,。！？\s]{0,6}?(?:APP|App|app|客户端|小程序|完整版|原文档?)(?:内|中|里)?"
    r"(?:打开|阅读|查看|浏览|编辑)?(?:全文)?[，,]?\s*(?:阅读|浏览|编辑|修改|查看|使用)?(?:体验)?更(?:流畅|佳|好|方便|便捷|顺畅)")
# A text button alone under a pictograph or not ("📤 分享本文", "收藏本文").
#: (clean.py reads it too: the last sentence under such a button is no reader's comment.)
TEXT_BUTTON = re.compile(
    r"^(?:[^\w\s]{1,2}\s*)?(?:点击)?(?:分享|转发|收藏|打印|复制|下载|保存)(?:本文|此文|全文|本页|本段|此段|原文"
    # … or the text named by its genre ("收藏本倡议", "打印此通知")
    r"|[本此这](?:倡议|通知|公告|方案|文章|范文|帖子?|篇)|这一?篇)$"
)
# A vote counter alone ("赞同 186", "点赞 42").
_VOTE_COUNT_ALONE = re.compile(r"^(?:赞同|点赞|有用|赞)\s*\d[\d,]*$")
# A wiki's note that anyone edits it ("百科词条人人可编辑，内容仅供参考。").
_WIKI_NOTE = re.compile(r"^(?:本|百科|该)?词条[^。]{0,10}(?:人人可编辑|可自由编辑|开放编辑)")
# A pointer to a floating widget of the page ("免费咨询请点右下角", "在线客服点右侧"): a screen's
# corner, after the offer it opens.
_CORNER_WIDGET = re.compile(
    r"(?:咨询|客服|报名|领取|试听|优惠|下载|预约)[^。！？]{0,6}(?:请|可)?点(?:击)?(?:屏幕|页面)?(?:右下角|右上角|左下角|左上角|右侧|左侧|下方|底部)(?:的)?(?:按钮|图标|浮窗|窗口)?$"
    # … or the pointer first ("点击右下角，律师在线解答").
    r"|^点(?:击|一下)?(?:屏幕|页面)?(?:右下角|右上角|左下角|左上角|右侧|左侧)(?:的)?(?:按钮|图标|浮窗|窗口)?[，,\s]*[^。！？]{0,12}(?:解答|咨询|客服|回复|答疑)$"
)
# A search cache's note that it marked the query's words ("以下关键词已高亮：…", "搜索词已标红显示").
_CACHE_HIGHLIGHT = re.compile(
    r"(?:关键词|关键字|搜索词|检索词|查询词)[^。！？]{0,6}(?:已|被|均已)(?:高亮|标亮|标红|加亮|加粗)"
    # (… or in the reader's voice: "已为你标出关键词：…", "已为您标出这些搜索词：…")
    r"|已为(?:你|您)?(?:标出|标亮|标红|高亮)[^。！？]{0,4}(?:关键词|关键字|搜索词|检索词|查询词)"
    r"|^以下(?:词语|字词|词汇|关键词)(?:已|均已)(?:高亮|标亮|标红|加亮|加粗)"
)
# A list header of searches alone ("相关搜索", "大家都在搜"): a search site's box, never a document's line.
_SEARCH_BOX_HEADER = re.compile(r"^(?:相关搜索|热门搜索|大家都在搜|猜你想搜|您可能想搜|相关搜索词|搜索推荐)\s*[:：]?$")
# A forum's edit stamp ("本帖最后由 某某 于 昨天 21:07 编辑"): the board's, wherever it stands.
_EDIT_STAMP = re.compile(r"^[（(]?\s*本帖最后由\s*\S{1,20}\s*(?:于\s*.{1,24}?)?编辑\s*[)）]?$")
# A reply by its floor ("回复 #2 楼的帖子：…", "2#　…", "3楼　回复：…"): a thread's, never a document's.
_FLOOR_REPLY = re.compile(r"^回复\s*#?\s*\d{1,4}\s*楼?(?:\s*\S{0,12}?的帖子)?\s*[:：]|^\d{1,4}\s*#[\s\u3000]+\S|^\d{1,4}\s*楼[\s\u3000]*(?:回复|[:：])")
# A chat widget's greeting ("在线律师：您好，请问有什么可以帮您？"): the site's service, not the text.
_CHAT_GREETING = re.compile(r"^[^：:，。]{1,10}[:：]\s*(?:您好|你好|Hi|hi)[，,！!~～]?\s*(?:请问)?(?:有什么|需要什么|有啥)[^。]{0,8}(?:帮|为|服务)[^。]{0,4}[？?]?$")
# A prompt to leave a phone number for a callback ("留下电话，老师一对一回访", "填写手机号免费领取"):
# a lead form's.
_LEAVE_NUMBER = re.compile(r"(?:留下|留个|填写|输入|登记)(?:您的|你的)?(?:电话|手机号?|联系方式|号码)[^。]{0,12}(?:回访|回电|联系您|联系你|免费|领取|咨询|预约|获取)")
# One button word alone on a line ("追问", "采纳", "复制链接"): a Q&A's or a forum's button.
# A button back to the contents, the list or the top, as a cell of a row ("本卷共41篇　　返回目录").
_BACK_BUTTON_CELL = re.compile(r"(?:^|[\s\u3000|｜·])[【\[]?返回[\u4e00-\u9fff]{0,4}?(?:目录|列表|首页|顶部|上级|栏目)[】\]]?(?:$|[\s\u3000|｜·])")
_LONE_BUTTON = re.compile(r"^(?:举报|纠错|编辑历史|历史版本|追问|追答|采纳|采纳答案|采纳为满意回答|设为最佳答案|复制链接|只看该作者|倒序浏览|使用道具|返回列表|发表回复)$")
# A bracketed editor's note on how the copy was made ("（编者注：原稿为手写，录入时略有删节）").
_COPY_NOTE_BRACKETED = re.compile(r"^[（(【\[](?:编者注|编者按|编注|整理者注|录入者注|编者附记)\s*[:：][^）)】\]]{2,48}[）)】\]]$")
# Who checked and put up the page's item ("本信息由县政务公开办审核发布", "本词条由某某百科团队审核"):
# the site's record of its copy, wherever it stands.
_ITEM_REVIEWED_BY = re.compile(r"^(?:[^\s。！？，,]{1,4}[\s\u3000]+){0,6}(?:本信息|本条信息|此信息|本文|本篇|本词条|该词条|本稿|本页面?)由[^。！？，,]{2,24}(?:审核|审定|审校|编辑|发布|提供|维护|上传|投稿|供稿)(?:并|后)?(?:审核|发布)?$")
# A site's call for contributions ("本栏目稿件欢迎投稿", "本站长期征稿，投稿邮箱：…").
_CALL_FOR_POSTS = re.compile(r"^(?:本栏目|本站|本网|本频道|本专栏|本版|本号)[^。！？]{0,8}(?:欢迎投稿|征稿|投稿邮箱|投稿请)")
# A link to more of the site's items ("阅读更多校园新闻请点击这里", "查看更多动态点这里").
_MORE_HERE = re.compile(r"^(?:阅读|查看|了解|浏览)更多[^。！？]{0,10}(?:请)?(?:点击|点)(?:这里|此处)$")
# A share button alone ("转发给家人", "分享到朋友圈").
# (… behind an icon or an arrow too: "↗分享到朋友圈".)
_SHARE_TO_PEOPLE = re.compile(r"^(?:[^\w\s]\s*)?(?:转发|分享|推荐)(?:给|到|至)(?:家人|朋友|好友|亲友|同事|朋友圈|微信群|群聊|身边人)$")
# What the board did to the thread ("本帖已被置顶，点击收藏", "此帖已被加精").
_THREAD_STATE = re.compile(
    r"^(?:本帖|此帖|该帖|本主题|本博文|此博文|本文|此文)(?:已被|已经被|被)(?:版主|管理员|编辑)?(?:置顶|加精|锁定|高亮|推荐|设为精华|移动|转移|收录)"
)
# A prompt to bookmark the site ("按Ctrl+D收藏本站", "觉得有用？按 Ctrl+D 收藏某某网").
_BOOKMARK_KEYS = re.compile(r"(?:按|请按|使用)\s*(?:Ctrl|CTRL|ctrl|⌘|Command)\s*[+＋]\s*[DdＤ]")
# Reaction counters under pictographs alone ("👍 39　👎 2", "❤ 12  💬 3").
_PICTO_COUNTERS = re.compile(r"^(?:[\U0001F300-\U0001FAFF\u2764\u2B50]\uFE0F?\s*\d[\d,.]*\s*[万kK]?[\s\u3000]*){2,5}$")
# A related list's key and an item after an arrow ("猜你还想看→ 某某制度（范本）").
_LIST_ARROW = re.compile(r"^(?:猜你|相关|推荐|延伸|更多|热门|大家)[^，。：:\s→>»]{0,5}\s*[→>»]\s*\S")
# A file's size on a line of its own ("文件大小 1.6M", "大小：328KB").
_FILE_SIZE_LINE = re.compile(r"^(?:文件|文档|附件)?大小\s*[:：]?\s*\d[\d.]*\s*(?:[KMG]i?B|[KMG]|字节)$", re.I)
# A promotion that enrolment is open, with where to ask ("秋季常规班同步招生中，详情咨询前台").
_ENROLLING_ASK = re.compile(r"(?:招生中|报名中|火热招生|正在招生|开始报名)[，,\s]*(?:详情|具体)?(?:请)?(?:咨询|联系|询问)")
# A reply made of emoji placeholders ("[表情] [表情] 收到！").
_EMOJI_REPLY = re.compile(r"^(?:[\[【]表情[\]】]\s*)+[^。]{0,12}$")
# A row of vote and reply buttons ("有帮助(112)　没帮助(3)　追问", "赞 9 评论 2 分享").
_TOOL_ROW = re.compile(
    r"^(?:(?:有帮助|没帮助|无帮助|有用|没用|赞同|赞|踩|反对|喜欢|追问|评论|回复|分享|举报|收藏)\s*[（(]?\s*\d*\s*[)）]?[\s\u3000|｜·]*){2,6}$"
)
# A photo's caption with its credit in brackets ("签约仪式现场（学院办公室供图）").
_CAPTION_SUPPLIED = re.compile(r"^[^。！？，]{2,30}[（(][^（）()]{0,12}(?:供图|摄影?|图)[）)]$")
# A prompt to follow an account and use it ("关注医院服务号，在线建档免排队").
_FOLLOW_AND_USE = re.compile(r"^(?:[^\w\s]{1,2}\s*)?关注[^，。！？]{0,10}(?:公众号|服务号|订阅号|视频号|小程序)[，,][^。！？]{2,16}$")
# A card linking a mini-program, an account or a live stream ("小程序｜某某报名通道").
_APP_CARD = re.compile(r"^(?:小程序|视频号|公众号|直播间?|服务号)\s*[|｜·•:：]\s*[^。！？，]{2,20}$")
# A comment under the comments' heading on one line ("最新评论：某某：写得好！").
_COMMENT_UNDER_HEAD = re.compile(r"^(?:最新|全部|热门|精彩|网友|读者|精选)(?:评论|留言|回复|跟帖)\s*[:：]\s*[^：:。，,\s]{1,12}[:：]")
# A prompt to tip the author ("觉得有用就赞赏一下", "给作者买杯茶 赞赏支持"): the site's
# tip button, which a document never holds.
_TIP_PROMPT = re.compile(r"(?:点|打)\s*[“\"「]?赏[”\"」]?(?:[^。！？]{0,6}支持)?|(?:赞赏|打赏)(?:支持|一下|鼓励)(?:吧|呗|哦|呀|啊|哈)?[~～!！]*\s*[>»→]*$|^赏(?:杯|个|口|点)?(?:茶钱|茶|咖啡|奶茶|鸡腿|饭钱|红包)|^(?:[^\w\s]\s*)?(?:赞赏|打赏)\s*[>»→]*$|(?:请|给)(?:作者|博主|小编|我|[\u4e00-\u9fff]{1,3})(?:喝|买)(?:一?杯)|(?:赞赏|打赏)(?:作者|博主|小编)")
# Points a page awards for an action ("+1 积分", "积分+1", "+5分").
_POINTS = re.compile(r"[+＋]\s*\d{1,3}\s*(?:积分|分|经验|金币)?(?!\d)|积分\s*[+＋]\s*\d")
# The words only a paywall says: a document's item may speak of 会员企业, 下载 or 开通 (a
# notice asking members to register through an app), never of these.
# (… and copying the page's text: "复制内容请先登录，登录后每日可免费复制3次".)
_PAY_ONLY = re.compile(r"VIP|vip|下载券|付费|充值|试读|积分|免费复制|复制[^，。]{0,4}(?:请先|需)?登录")


# The page or the site speaking of its copy ("该文档总共5页…预览", "以上为某某网整理的…"): a
# sentence of the page however few action words it holds.
_PAGE_SPEAKS = re.compile(r"该文档|本文档|此文档|本站|本网|网整理|站整理|预览|全文|VIP|积分|下载券")
# A listed company's or an issuer's own statement at the head of its announcement
# ("本公司董事会及全体董事保证本公告内容…真实性、准确性和完整性…"): the document's words.
_ISSUER_STATEMENT = re.compile(r"^(?:本(?:公司|行|集团|基金管理人|单位|机关)|公司)(?:及其)?(?:董事会|监事会)?[^。]{0,20}保证本(?:公告|报告|文件)")


def _own_instruction(s: str) -> bool:
    """True for a sentence of the document telling its reader what to do (``市民可关注…公众号，
    或扫描…二维码，下载…手册，学习…。``): 30 or more characters, clauses apart by commas, a
    full stop at its end, no word only a paywall says and the page never speaking of itself.
    A site's pay prompt is short, or says VIP/积分/试读, or names its own copy (本文档, 全文)."""
    return (
        (
            len(s) >= 30 and s.count("，") >= 2
            or len(s) >= 24 and "，" in s and (
                _MODAL.search(s) is not None
                # (… or 可 opening a clause, "扫描文末二维码，可下载…App查询…。", with nothing given away)
                or (re.search(r"，可(?![见以])", s) is not None and _GIVEAWAY.search(s) is None)
            )
        )
        and s.rstrip("”’）) ").endswith("。")
        and _PAY_ONLY.search(s) is None
        and _PAGE_SPEAKS.search(s) is None
    )


# A day or a year in a sentence ("9月13日", "2025年").
_DATED = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}\s*年|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日")
# What a document's instruction says of its subject: it must, may, has or will (各工坊已开通…, 学生须下载…).
# (可 after its subject too: "市民可关注…公众号，扫码预约…。"; not 可见 / 可以下.)
_MODAL = re.compile(r"须|应当|应|要|可以|已|将|建议|需要|(?<=[\u4e00-\u9fff”」』])可(?![见以])")


def offers_service(s: str) -> bool:
    """``s`` holds a writing service's or a site's offer words (代写, 帮改, 定制…; 客服, 私信 …; an
    action word): no clause of a document's sentence."""
    return bool(_WRITING_OFFER.search(s) or _REACH_US.search(s) or action_words(s)[0])


def is_paywall(s: str) -> bool:
    """``s`` says the page hides or sells the rest of its text (:data:`_PREVIEW_STATE`: ``剩余2篇
    范文会员可见``, ``余下内容需解锁会员后查看``; :data:`_MEMBER_UPSELL`: ``开通VIP即可复制…``)."""
    return bool(s) and len(s) <= 60 and (_PREVIEW_STATE.search(s) is not None or _MEMBER_UPSELL.match(s) is not None)


def document_item(s: str) -> bool:
    """See :func:`_document_item` (public for the cleaner's trailing block)."""
    return _document_item(s)


def _document_item(s: str) -> bool:
    """True for an item of a document's outline: ``s`` opens with a Chinese outline number
    (一、, （一）; GB/T 9704-2012 §7.3.3's levels), a regulation's article number (第三条) or a
    decimal heading (2.1) and ends as a clause (。；), and no word
    only a paywall says is in it. Such a line is the text's, however many action words it
    holds; a site's download instructions are numbered 1. 2. or say VIP."""
    return (
        re.match(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十百零〇\d]{1,4}条|\d{1,2}\.\d{1,2}(?!\d)", s) is not None
        and s.rstrip()[-1:] in "。；;"
        and _PAY_ONLY.search(s) is None
    )


# Marks a page puts after a link or a button besides arrows proper ("查看全文 ＞", "展开 ∨").
_POINTER_MARKS = frozenset("＞>›»∨︾▼▾⌄")


def _is_arrow(ch: str) -> bool:
    return ch in _POINTER_MARKS or "ARROW" in unicodedata.name(ch, "")


# Marks no sentence puts around its words or numbers, besides the "Symbol, other" class.
_DECOR_MARKS = frozenset("§¶※#＃*＊|｜¦‹›«»≡†‡⁂")


def is_decorative_mark(ch: str) -> bool:
    """True for a mark a page or a converter decorates with: a "Symbol, other" character
    (shapes, dingbats, box drawing) or one of :data:`_DECOR_MARKS`; never a unit or a
    letterlike symbol (℃, ℉, №, °, ‰), which measure a sentence's numbers."""
    if "\u2100" <= ch <= "\u214f" or ch in "°‰‱":
        return False
    category = unicodedata.category(ch)
    if "\u2e00" <= ch <= "\u2e7f" and ch not in "\u2e3a\u2e3b":
        # (Supplemental Punctuation, ⸔ ⸕ ⸶ ⸷ ⸢ ⸣: old scripts' and editors' marks no Chinese sentence uses,
        # but for its two- and three-em dashes.)
        return True
    if category == "Sm":
        # Math signs drawn as shapes (⊙ ⊕ ⊡ ⋆ ∗ ∙ ⟐ ▷, bracket pieces ⎡ ⎦ ⌈ ⌋) decorate; the signs a sentence's
        # figures use (+ − × ÷ = < ≥ ≈ ∞ ∑) are no shapes.
        # (… and every sign of the blocks no sentence's figures use: Miscellaneous Mathematical
        # Symbols-A and -B, Supplemental Arrows-B and Supplemental Mathematical Operators,
        # U+27C0–27EF and U+2900–2AFF: ⥼ ⥽ ⦸ ⧮ ⫑ ⨂.)
        if "\u27c0" <= ch <= "\u27ef" or "\u2900" <= ch <= "\u2aff":
            return True
        name = unicodedata.name(ch, "")
        return any(shape in name for shape in _SHAPE_NAMES)
    return ch in _DECOR_MARKS or category == "So"


#: Words of the Unicode names of math signs that are drawn as shapes.
# (… and the pieces of tall parentheses and the square cap and cup, ⎝ ⎠ ⊓ ⊔: no sentence's figure uses them.)
_SHAPE_NAMES = ("CIRCLED", "SQUARED", "STAR", "DIAMOND", "BULLET", "ASTERISK", "TRIANGLE", "BRACKET", "CEILING", "FLOOR", "CORNER", "PARENTHESIS", "SQUARE CAP", "SQUARE CUP")


# A page's own table of contents on one line ("目录：一、… 二、…", "目录　1 概述　2 特点").
_TOC_LINE = re.compile(r"^(?:文档|本文|文章|全文|内容)?目\s*录\s*[:：]?[\s\u3000]*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[\s\u3000.、]|第[一二三四五六七八九十\d]{1,3}[章节])")
_TOC_LINE_ITEM = re.compile(r"(?:^|[\s\u3000:：])(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[\s\u3000.、]|第[一二三四五六七八九十\d]{1,3}[章节])")
_PRICE_MARK = re.compile(r"[¥￥]\s*\d|\d+(?:\.\d+)?\s*元|立减|优惠|报名|开课|课程|训练营|实战营|直播|内购|商城")


def framed_promotion(s: str) -> bool:
    """True for a line between two runs of symbols (box-drawing bars, dingbats) whose text
    sells or asks for an action (``══ 实战营开课，报名即送手册 ══``, ``▎某某课 6月开课 ▎``)."""
    t = s.strip()
    if len(t) < 6 or not (is_decorative_mark(t[0]) and is_decorative_mark(t[-1])):
        return False
    inner = t.strip("".join({c for c in t[:4] + t[-4:] if is_decorative_mark(c)}) + " \u3000")
    return bool(inner) and (action_words(inner)[0] > 0 or _PRICE_MARK.search(inner) is not None)


# A professional grade an answer's expert signs with (physicians', nurses' and pharmacists'
# grades of the national title system, a professor's, a lawyer's).
_EXPERT_GRADE = re.compile(
    r"(?:副?主任(?:医|护|药|技)师|主治医师|住院医师|主管(?:护|药|技)师|执业医师|副?教授|副?研究员|(?:执业|专职|合伙人|兼职)?律师)$"
)
# The label a Q&A page puts before the expert's card ("回答医生：", "解答律师：").
_EXPERT_LABEL = re.compile(r"^(?:回答|解答|答题|审核|主答)?(?:医生|医师|专家|律师|老师)\s*[:：]\s*")
# A clinic's time or place cell: what a duty roster's row holds besides the doctor.
_ROSTER_CELL = re.compile(r"周[一二三四五六日天]|星期|上午|下午|全天|夜间|门诊|诊室|楼|\d")


def expert_byline(s: str) -> bool:
    """True for an answer's expert card in cells (``某某医院　肝胆外科　副主任医师　某某``,
    ``某某律所 ｜ 执业律师 某某``): 2–5 cells split by wide spaces or bars, at most 40
    characters, one cell a professional grade alone or after a name or a department
    (:data:`_EXPERT_GRADE`), no sentence end, and no cell of a day, a time or a room — a
    duty roster's row (``周二　下午　某某 主任医师``) is a table of the text."""
    t = _EXPERT_LABEL.sub("", s.strip())
    if not (6 <= len(t) <= 40) or _SENTENCE_END.search(t) or re.search(r"[，,：:]", t):
        return False
    cells = [c for c in re.split(r"[\s\u3000]*[|｜/·•][\s\u3000]*|[\s\u3000]+", t) if c]
    if not 2 <= len(cells) <= 5 or any(_ROSTER_CELL.search(c) for c in cells):
        return False
    return any(_EXPERT_GRADE.search(c) and len(c) <= 12 for c in cells) and all(_CJK.search(c) for c in cells)


def arrow_marked(s: str) -> bool:
    """True for a link or button marked by an arrow at its end: a line of at most 30
    characters, with Chinese and no sentence end, whose last mark is an arrow set apart
    by a space (``我要报名 ＞``, ``继续阅读 ↓``) or a run of two or more (``详情>>``, ``↓↓↓ 下滑查看
    ↓↓↓``). A flow's arrow glued between steps (``申请→受理→``) is no link."""
    t = s.rstrip()
    if not t or len(t) > 30 or not _is_arrow(t[-1]) or _SENTENCE_END.search(t) or not _CJK.search(t):
        return False
    k = len(t)
    while k > 0 and _is_arrow(t[k - 1]):
        k -= 1
    run = len(t) - k
    return run >= 2 or (k > 0 and t[k - 1].isspace()) or t[-1] in "＞›»∨︾▼▾⌄"


# A shop's card under a label of commerce ("【店铺】某某专卖，现货，进店领券", "【好物】…点击购买").
_SHOP_CARD = re.compile(r"^[【\[〔](?:店铺|小店|好物推荐|好物|商城|商品|橱窗|购买链接)[】\]〕]\s*\S")


# A course's seats left, as a counter (剩余名额 6 个, 仅剩3个名额): the page's sales widget; a text's own
# sentence about seats ends in its full stop.
_SEATS_LEFT = re.compile(r"(?:剩余|仅剩|还剩|只剩)\s*(?:名额\s*\d{1,3}\s*[个名位]?|\d{1,3}\s*[个名位]?名额)")


# A piece's number alone on its line, in a page that offers several versions (第一则, 第1篇, 篇一): the page's
# label; a document's own part has its name beside its number (第一篇　总则).
_PIECE_NUMBER = re.compile(r"^[【\[〔]?(?:第[一二三四五六七八九十\d]{1,3}[则篇]|[则篇][一二三四五六七八九十\d]{1,3})[】\]〕]?$")


# The page's source named with its web address ("本文来源：某某范文 fanwen.cn"): the page's credit line.
_SOURCE_WITH_ADDRESS = re.compile(r"^(?:本文|文章|原文)?来源\s*[:：][^。！？]{0,24}?(?:https?://|www\.|\b[\w-]+\.(?:com|cn|net|org|cc|top))")


# What a page's bracketed note says of the text: its reprint terms or its pictures' rights.
_BOXED_PAGE_NOTE = re.compile(r"转载请|转载须|转载前|未经[^，。]{0,6}(?:许可|同意|授权)不得|来自网络|来源于网络|侵删|联系删除|请留言|及时(?:处理|删除)")
# A prompt to tap the account's name or its blue words and follow ("轻触上方蓝字，关注“某某”").
_TAP_TO_FOLLOW = re.compile(
    r"^[↑☝👆\s]*(?:点击|点|轻点|轻触|戳)(?:上方|顶部|标题下方)?[^，。！？]{0,8}(?:蓝字|名称)\s*[，,]?\s*(?:关注|订阅)"
    # (… or the blue words alone before the verb, "蓝字关注 某某图书馆": all 165 labelled lines so opening are chrome.)
    r"|^[▲↑☝👆⬆\s]*(?:上方|顶部)?蓝字\s*[，,|｜·]?\s*(?:关注|订阅|\+关注)"
)


# A blog's or a site's running time and visit counter ("本博客已运行 3127 天　总访问量 186044").
_BLOG_RUNTIME = re.compile(r"^本?(?:博客|站|网站|小站)已(?:安全|稳定)?运行\s*\d+\s*天")


# A like button under a heart or a thumb, with or without its count ("♡ 喜欢这段", "👍 赞").
_HEART_BUTTON = re.compile(r"^[\u2661\u2665\u2764\U0001F44D\U0001F90D-\U0001F9E1]\ufe0f?\s*(?:喜欢|点赞|赞|收藏|有用)[^。！？，,]{0,4}$")


# A prompt to pass the page on so that more people see it, no sentence's end ("转发给邻居，让更多人知道");
# the text's own call ends its sentence (…分享给身边的人，让更多人了解癫痫。).
_SHARE_SO_MORE_SEE = re.compile(r"^(?:转发|分享|转给|转告)[^，。！？,]{0,8}[，,]\s*让更多[^，。！？,]{0,6}(?:知道|看到|了解)[^，。！？,!！]{0,6}$")


# The site saying who answers for what it publishes ("本网站公告信息由采购人负责", "本站不对内容的准确性负责"):
# the host's disclaimer, never the document's.
_HOST_NOT_LIABLE = re.compile(r"^本(?:网站|站|平台|网)[^。！？]{0,24}?(?:由|不对|不为)[^。！？]{0,24}负责")


# An offer of the site's membership and what it unlocks ("开通文苑会员即可免费导出Word", "开通VIP后可下载全文").
_MEMBERSHIP_OFFER = re.compile(r"开通[^，。！？,]{0,8}(?:会员|VIP|vip|年卡|月卡)[^，。！？,]{0,2}(?:即可|方可|可|后|就能|便可|尊享|享)|^开通(?:会员|VIP|vip|年卡)[，,][^。！？]{2,12}$")


# A reader's comment under a site's user id, Latin letters or digits in it (网友fd8812：…, 网友_小满2024：…):
# an official reply addresses a netizen without an id (网友您好：).
_NETIZEN_COMMENT = re.compile(r"^网友\s*(?=[\w]*[A-Za-z0-9])[A-Za-z0-9_\u4e00-\u9fff]{2,14}\s*[：:]\s*\S")


# A page's switch of view modes (阅读模式：单页｜双页, 阅读模式　｜　夜间模式): a reader's control.
_VIEW_MODE = re.compile(r"^(?:阅读|浏览|显示|视图)模式(?:\s*[:：]|[\s\u3000]*[｜|·]|\s*$)")


# A call to follow the account that published the page, with what it brings ("关注本号，第一时间获取学校
# 通知", "关注我们：抖音 | 视频号"). (A sentence of the text ending in its full stop, 关注本公众号，回复…可查看…。,
# tells the reader how to use it: it stays.)
_FOLLOW_THIS_ACCOUNT = re.compile(r"^(?:[^\w\s]{1,2}\s*)?(?:点击|欢迎|记得|请)?关注(?:本号|我们|本公众号|公众号|本账号)\s*[，,：:]")


# A mail client's attachment bar: how many files the mail carries (附件：2 个（….xlsx；….jpg）, 附件（1个）：…);
# a document's own list of annexes numbers them instead (附件：1.…).
_MAIL_ATTACHMENT_BAR = re.compile(r"^附件\s*[（(]?\s*[:：]?\s*\d{1,2}\s*个\s*[)）]?")


#: An office system's approval stamp in brackets (〔审批：某部经理 某某 已同意〕, 【审核意见：同意】): the
#: system's record of the document, not its text; :mod:`.glued` cuts it after a last sentence too.
APPROVAL_STAMP = re.compile(
    r"[〔【\[［（(]\s*(?:审批|审核|签批|核准|会签|批示)(?:意见|人)?\s*[:：][^〔〕【】\[\]［］（）()。！？]{0,30}?"
    r"(?:已同意|同意|已阅|已批准|已审核|已通过|通过)\s*[〕】\]］）)]"
)


# A line that is one box (any bracket) holding 2–8 characters.
_ONE_BOX = re.compile(r"^[〔【\[［〖〘（(]\s*([^〔〕【】\[\]［］〖〗〘〙()（）]{2,8})\s*[〕】\]］〗〙)）]$")


# The verbs a page's button does (放大, 预览, 打印 …): a box's label (【会员提示】, 【温馨提示】) does none.
_BUTTON_VERBS = re.compile(r"放大|缩小|预览|阅读|下载|打印|收藏|复制|分享|保存|关闭|返回|朗读|全屏|纠错|举报|导出|点赞|评论|转发|登录|注册|刷新|展开|收起")


def _boxed_button(s: str) -> bool:
    """``s`` is one button in its brackets: button verbs (:data:`_BUTTON_VERBS`) cover at least
    half of what the box holds (〔放大预览〕, 【打印本页】, ［收藏本文］). (A script's stage direction in round
    brackets, （分享）, （致辞）, is the text's: no labelled button stands in them.)"""
    m = _ONE_BOX.match(s)
    if not m or s.lstrip()[:1] in "（(":
        return False
    inner = m.group(1)
    return 2 * sum(len(x) for x in _BUTTON_VERBS.findall(inner)) >= len(inner)


# A record's state in a site's workflow (办理状态：已办结, 审核状态：待审核, 流程状态：已归档　当前节点：结束):
# the portal's field, never a document's sentence; more key：value cells may follow.
_WORKFLOW_STATE = re.compile(
    r"^[\u4e00-\u9fff]{0,4}状态\s*[:：]\s*(?:已|待|未|正在)[\u4e00-\u9fff]{1,4}"
    r"(?:[\s\u3000｜|]+[\u4e00-\u9fff]{2,6}\s*[:：]\s*[^\s\u3000。！？，；]{1,12})*$"
)



# --- Session 26's classes ------------------------------------------------------------------
# A table's row: a cell of a figure and its unit between ideographic spaces ("…　6课时　…").
_UNIT_CELL_ROW = re.compile(r"(?:^|\u3000)\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{1,3}\u3000")
# A reward for reading or checking in on a study or exam site ("阅读打卡可积1分", "本页停留满2分钟，
# 自动计入本月学习时长", "打卡练题满30天，解锁…"), or the reminder to check in ("学完本篇，记得在
# “某某”打卡"): the platform's points, never a document's sentence (which ends as one).
_CHECKIN_REWARD = re.compile(
    r"(?:打卡|签到|阅读|学完|读完|看完|停留|练题|刷题|答题|浏览)[^。！？]{0,14}?(?:可积|积\s*\d+\s*分|得\s*\d+\s*分|\d+\s*积分|学习积分|学习时长|学分|解锁|自动计入|计入[^。，]{0,6}(?:时长|积分|学分))"
    r"|(?:记得|别忘了?|请)[^。！？]{0,14}打卡$"
    # (… or the study time the page counts: "本文学习时长计入年度学习档案")
    r"|学习时长[^。！？]{0,4}(?:计入|记入|累计)|(?:可记|可计|记|计)\s*学时\s*\d|(?:读完|学完|看完)[^。！？]{0,8}(?:可获|获得|得)\s*\d+\s*(?:个)?(?:学习)?积分|(?:计入|记入)[^。，！？]{0,8}学习(?:档案|记录|时长)"
)
# A writing service's offer in any words ("…卡住了？某某代笔，当天交稿", "讲话稿改写请留言，编辑两小时内回"):
# who writes or rewrites, and how soon or how to ask.
_WRITING_SERVICE_OFFER = re.compile(
    r"(?:代笔|代写|代拟|改写|改稿|润色|写稿)[^。！？]{0,12}?(?:交稿|出稿|留言|私信|小时内|分钟内|联系|加我|当天|包满意)"
    r"|(?:交稿|出稿|留言)[^。！？]{0,8}(?:代笔|代写|代拟)"
    # (… or who writes it, one to one: "讲话稿量身代拟，资深笔杆一对一", "专人代笔"; all 167 labelled lines so worded are chrome.)
    r"|(?:代笔|代写|代拟)[^。！？]{0,12}?(?:一对一|专人)|(?:量身|一对一|专人)[^。！？]{0,6}(?:代笔|代写|代拟)"
)
# A writing app's tool on the text ("一键套用本文", "讲稿开头结尾一键生成", "可一键复制").
_ONE_TAP_TOOL = re.compile(r"一键(?:套用|生成|复制|改写|排版|润色|续写|扩写|仿写|导出|保存|下载|收藏|转存)")
# A button of an icon and a short verb phrase ("✎续写", "✎修改本节", "⚡速览").
#: The characters an interface draws its buttons with: arrows, technical signs, dingbats, shapes and
#: emoji (a regex character-class body).
ICON_CHARS = "\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001F300-\U0001FAFF"
_ICON_BUTTON = re.compile(rf"^[{ICON_CHARS}]\s*[\u4e00-\u9fff]{{2,5}}$")
# What a download costs in the site's currency ("消耗5共享币", "需2个下载券", "扣除10积分").
_COIN_COST = re.compile(r"(?:消耗|扣除|花费|需|需要|仅需|支付)\s*\d+\s*(?:个|枚)?\s*(?:[\u4e00-\u9fff]{0,2}币|积分|下载券|点券|金豆)")
# A download's unzip password ("解压密码：…", "文件解压码：…").
_UNZIP_CODE = re.compile(r"^(?:文件|压缩包|资料)?解压(?:密码|码)\s*[:：]|解压[^。！？]{0,8}(?:密码|口令|码)[^。！？]{0,8}[:：]\s*[A-Za-z0-9_-]{3,}")
# Who supplied the item, as a tag ("学校供稿", "某某中心供图"), or the site's first-run mark ("某某原创首发").
_SUPPLIED_TAG = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:供稿|供图|来稿)$|^[\u4e00-\u9fff]{0,8}(?:原创首发|独家首发|首发)$")
# How many readers opened the page, as a line ("本制度共有 211 人查阅", "3.2万人已读").
_READERS_LINE = re.compile(r"^(?:本[\u4e00-\u9fff]{1,3})?(?:共有|已有|已被|累计)?\s*\d[\d,.]*\s*[万千]?\s*(?:人|人次)(?:查阅|阅读|浏览|看过|已读|已阅|下载|收藏|学习|使用)(?:过|了)?$")
# A wiki's count of its editors ("本条由 4 位厨友共同编辑").
_WIKI_EDITORS = re.compile(r"由\s*\d+\s*位[\u4e00-\u9fff]{0,4}(?:共同)?(?:编辑|编写|完善|贡献|修订)")
# One step of an office system's circulation record ("06-12 17:20 生产技术部 拟稿"), or the chain of
# them with arrows ("拟稿 某某 2025-10-16 09:12 → 审核 …"): the system's log, not the document.
_FLOW_VERBS = r"(?:已)?(?:拟稿|起草|会签|签发|审核|核稿|分发|审批|批示|传阅|办结|登记|签收|归档|阅知|阅|办理)"
_FLOW_STEP = re.compile(
    r"^(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?[\s\u3000]+[^。，\s\u3000]{1,16}(?:[\s\u3000]+[^。，\s\u3000]{1,8})?[\s\u3000]+"
    # (… the step's verb, with what it did: 审核通过, 归档分发, 分发至各部门)
    rf"(?:{_FLOW_VERBS})+(?:通过|完成|至[\u4e00-\u9fff]{{1,6}})?$"
)
_FLOW_CHAIN = re.compile(rf"(?:{_FLOW_VERBS})[^→]{{0,30}}\d{{1,2}}:\d{{2}}\s*(?:→|->|＞|>)")
# A prompt to pass a useful page on ("觉得有用？转给家里掌勺的人").
_SHARE_IF_USEFUL = re.compile(r"^(?:觉得|如果|若)?(?:有用|有帮助|不错|实用|受用)[？?，,！!]\s*(?:转给|转发给|分享给|发给|转发到|分享到)[^。！？]{1,12}$")
# A link to more reading under a casual label ("顺手看看：…", "接着读：…").
_SEE_ALSO = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:顺手看看|顺便看看|看看|读读|瞧瞧|再看看|再读读|接着看|接着读|继续看|继续读|还想看|你可能还想看)\s*[:：]\s*\S")
# A photo's caption naming who stands where ("某某（右）向校史馆移交挂钟", "左二为…" is a sentence).
_POSITIONED_CAPTION = re.compile(r"^[^。！？]{2,30}[（(]\s*(?:左|右|中|前排|后排)[一二三四五六\d]?\s*[)）][^。！？]{2,30}$")
# Where the pictures came from, with the rights note ("图片来源网络，侵删").
_IMAGE_FROM_WEB = re.compile(r"^[（(]?(?:图片|配图|图|插图)(?:来源|来自|源自|取自)(?:于)?(?:网络|网上|互联网)[，,、\s]*(?:侵删|如有侵权[^。]{0,10})?[)）]?$")
# A question inviting the reader to a free lesson, then how to get it ("想体验一节…课？免费试听名额仅剩8个").
_TRY_LESSON_QUESTION = re.compile(
    r"^[^。！？]{0,4}(?:想|要不要|不妨|欢迎)[^。！？]{0,12}(?:体验|试听|试学|试一试|上一节|来一节)[^。！？]{0,10}[？?][^。！？]{0,20}(?:免费|试听|名额|预约|登记|报名)"
)
# An expert's free offer ("…可先找某某律师免费评估案情", "…拿不准？某某律师一对一帮你分析").
_REL_TIME_IN = re.compile(r"\d+\s*(?:分钟|小时|天|周|个月)前|昨天|前天|刚刚")
_EXPERT_OFFER = re.compile(r"(?:律师|专家|顾问|医生|老师)[^。！？]{0,6}(?:免费(?:评估|分析|咨询|解答|诊断)|一对一|帮你分析|帮您分析|为你解答|为您解答)")
# A prompt to add the site's account for more ("需要同类讲话原稿请加某某QQ 123456789").
_ADD_FOR_MORE = re.compile(r"(?:需要|想要|求|获取)[^。！？]{0,14}(?:请|可)?加[^。！？]{0,8}(?:QQ|qq|微信|V信|vx|VX|wx)\s*[:：]?\s*[A-Za-z0-9_-]{5,}")
# A prompt to scan the page's code, anywhere in a short line ("拿起手机扫一扫，文章带回家慢慢看").
_SCAN_NOW = re.compile(r"扫一扫|扫一下")
# A prompt under a pointer glyph ("▶ 进入视频号，观看捐赠现场", "☞ 了解更多").
_POINTER_PROMPT = re.compile(r"^[▶►→👉☞➤➜⇨]\s*[^。！？]{0,6}(?:进入|观看|收看|查看|点击|了解|阅读|前往|打开|关注|下载)")
# A pointer to the site's section for more ("了解某型号详细参数，请进入产品中心").
_GO_TO_SECTION = re.compile(r"^(?:了解|查看|获取)[^。！？]{1,16}[，,]?\s*(?:请|可)?(?:进入|前往|访问|点击|登录)[^。！？]{1,8}(?:中心|页面|专区|官网|频道|栏目|商城)$")
# A download button under its glyph ("⇩ 存到本地（18 阅点）").
_DOWNLOAD_GLYPH = re.compile(r"^[⇩⬇↓⤓📥]\s*[^。！？]{1,16}$")
# A record's validity in a portal's database ("时效状态：现行有效", "效力状态：已废止").
_VALIDITY_STATE = re.compile(r"^(?:时效|效力|有效性)(?:状态|性)?\s*[:：]\s*(?:现行有效|有效|失效|已失效|废止|已废止|已修订|已修改|部分失效)$")
# A hospital's clinic row: a doctor, the title, the days ("某某　主任医师　周二、周四上午").
_CLINIC_ROW = re.compile(
    r"^[\u4e00-\u9fff]{2,4}[\s\u3000]+(?:副?主任(?:医师|护师|药师|技师)|主治医师|医师|副?教授|专家)[\s\u3000]+(?:周[一二三四五六日]|星期[一二三四五六日天]|每周)"
)
# A prompt to tap the account's name and star or follow it, in any words ("▲点击上方蓝色小字，把某某设为星标",
# "戳标题下方蓝字，…", "点上方「某某」一键星标，…不错过").
_TAP_TO_STAR = re.compile(
    r"^[▲↑☝👆⬆]?\s*(?:点击|点|戳|轻触|轻点|长按)[^。！？]{0,12}?(?:上方|标题下方|顶部|标题下|文首)[^。！？]{0,16}?(?:关注|星标|置顶)"
    # (… or the account's blue name alone: "戳一下蓝字，社区通知不错过")
    r"|^(?:点击|点|戳|轻触|轻点)(?:一下)?(?:蓝字|蓝色小字|蓝色名称)[，,]?[^。！？]{0,12}?(?:关注|星标|置顶|不错过)"
    # (… or any tap on the account's blue name: "▲ 点一下上方蓝字「某某」，通知第一时间知道")
    r"|^[▲↑☝👆⬆]?\s*(?:点击|点|戳|轻触|轻点)(?:一下)?(?:上方|标题下方|顶部)?的?(?:蓝字|蓝色小字|蓝色名称)"
)
# A forum's medals and its rating row under a post ("勋章：热心网友 · 老街坊", "参与人数 6　园艺币 +18").
_FORUM_MEDALS = re.compile(r"^(?:勋章|徽章|头衔)\s*[:：]|^参与人数\s*\d+")
# A mail client's banner for mail from outside ("此邮件来自外部发件人，请谨慎打开链接和附件").
_EXTERNAL_MAIL = re.compile(r"^(?:此|本|该)邮件来自(?:外部|组织外|公司外|单位外)")
# Who wrote and checked the item, in brackets ("（撰稿：某科 某某　审核：宣传科）").
_BRACKETED_CREDITS = re.compile(r"^[（(]\s*(?:撰稿|撰文|供稿|文|图|编辑|审核|校对|责编|摄影)\s*[:：/]\s*[^（）()]{1,30}(?:审核|校对|编辑|责编|摄影|审校)\s*[:：/][^（）()]{1,20}[）)]$")
# A lawyer's card: the name and the title, and what the lawyer handles ("某某　执业律师", "擅长：…").
_LAWYER_CARD = re.compile(r"^[\u4e00-\u9fff]{2,4}[\s\u3000]+(?:执业律师|专职律师|兼职律师|合伙人律师|主任律师|高级合伙人)$|^擅长\s*[:：]\s*[^。！？]{2,40}$")
# A countdown of the site's ("质疑期剩余：6天 23时 18分", "距报名截止还有 2 天 5 小时").
_TIME_LEFT = re.compile(r"(?:剩余|还有|倒计时)\s*[:：]?\s*\d+\s*天\s*\d+\s*(?:时|小时)")
# A course's or an item's state in the site's listing ("开班状态：报名中　已报 17 人").
_LISTING_STATE = re.compile(r"^[\u4e00-\u9fff]{0,4}状态\s*[:：]\s*(?:报名中|招生中|进行中|已满员?|已截止|即将开班|热招中)")
# The site's tip on where to download ("提示：免费资料请用电脑下载，手机端可能无法打开").
_DEVICE_TIP = re.compile(r"请用电脑(?:端)?下载|手机端?(?:可能)?无法(?:打开|下载|预览)")
# A link under an emoji or an arrow glyph ("🔗 查看支部活动照片集", "📄 更多律师函范例", "👉 点这里看…").
_EMOJI_LINE = re.compile(r"^[\U0001F300-\U0001FAFF➡➤➜]\s*\S")
# A link to an infographic ("政策图解：一张图看懂…").
_INFOGRAPHIC_LINK = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}图解|一图读懂|一张图看懂)\s*[:：｜|]?")
# A font-size row of bracketed sizes, or a large-print view's link ("字号：〔大〕〔中〕〔小〕", "〔大字版〕").
_BRACKETED_SIZES = re.compile(r"^(?:字号|字体|文字)\s*[:：]?\s*(?:[〔【\[（(]\s*(?:大|中|小|特大|标准|默认)\s*[〕】\]）)]\s*){2,}$|^[〔【\[](?:大字版|长辈版|关怀版|适老版|无障碍版?|读屏版)[〕】\]]$")
# Buttons that open or fold the rest ("展开余下两条排查步骤", "收起回答 ∧").
_FOLD_BUTTON = re.compile(r"^(?:展开|收起)(?:全部|余下|剩余|更多|全文|回答|详情|[\d一二三四五六七八九十两]+条)")
# A language switch alone ("繁體", "简体").
_SCRIPT_SWITCH = re.compile(r"^(?:繁體|繁体|简体|繁|简)(?:中文|版)?$")
# A collection's contents on one line ("本辑目录：一、…　二、…").
_CONTENTS_ROW = re.compile(r"^[\u4e00-\u9fff]{0,4}目录\s*[:：]\s*[一二三四五六七八九十\d]")
# A page's relative time with its counter ("本则整理于 2 个月前　　点读 1523").
_RELATIVE_WITH_COUNTER = re.compile(r"(?:于|在)?\s*\d+\s*(?:个月|天|小时|分钟|周)前[\s\u3000]+[\u4e00-\u9fff]{1,3}\s*\d[\d,]*$")
# A preview's state and what the rest costs, in any words ("⌄ 后面还有58%，点开继续看", "文档共2页，当前仅
# 显示第1页，下载后看全部", "超级会员预览高清原版，首月9.9元", "…点下方任一线路即可拿到WPS原件").
_PREVIEW_REST = re.compile(
    r"还有\s*\d{1,3}\s*[%％][^。！？]{0,8}(?:点开|展开|继续|解锁)|仅显示第\s*\d+\s*页|下载后(?:看|查看|阅读)全部|首月\s*\d+(?:\.\d+)?\s*元"
    r"|点下方[^。！？]{0,6}(?:线路|链接|按钮)[^。！？]{0,8}(?:拿到|获取|下载)"
)
# A prompt to pass the page on or to like it ("转发给爸妈看看", "觉得有用就点个赞吧").
_PASS_PAGE_ON = re.compile(r"^(?:转发|转给|分享|发给)给?[\u4e00-\u9fff]{1,6}(?:看看|瞧瞧|知道|看)$|(?:觉得|如果)[^。！？]{0,6}(?:有用|不错|有帮助)[^。！？]{0,4}(?:点个?赞|点赞|点在看|收藏一下)")
# An offer to meet or talk to the site's lawyer ("案情复杂可预约律师当面详谈", "…点右下角与律师免费沟通10分钟").
_MEET_LAWYER = re.compile(r"(?:预约|与|找)律师[^。！？]{0,8}(?:详谈|面谈|沟通|咨询|聊聊)")
# A lawyer's card with the years in practice ("某某律师　某某律师事务所　执业9年　擅长…").
_LAWYER_YEARS = re.compile(r"律师[^。！？]{0,20}执业\s*\d+\s*年|执业\s*\d+\s*年[^。！？]{0,10}擅长")
# A row of a Q&A's or a page's cells apart by dotted bars with a relative time or a counter
# ("康复科 钟医生　┊　…主治医师　┊　1 天前", "品牌动态　┊　阅读 5,203").
_DOTTED_BAR_ROW = re.compile(r"┊|┆|╎")
# A page's rating of the item ("评分 4.6（128人评价）") and a Q&A's badge ("本回答被网友推荐").
_RATING_LINE = re.compile(r"^评分\s*[:：]?\s*\d(?:\.\d)?\s*(?:分)?\s*[（(]?\s*\d*\s*(?:人评价|人评分|人打分|条评价)?[)）]?$|^本回答(?:被|由)[^。！？]{0,8}(?:推荐|采纳|认证|认可)$")
# Bracketed buttons on the text: sizes, copying a passage, editing a section ("【大字】【小字】", "〔收下这段〕", "〔改写此节〕").
_TEXT_BOX_BUTTON = re.compile(r"^(?:[【〔\[［](?:大字|小字|中字|大号|小号)[】〕\]］]\s*){2,}$|^[【〔\[［](?:收下|复制|摘录|保存|改写|编辑|修改|完善|修订)(?:这段|此段|本段|此节|本节|这一段|这一节|这节|段落)[】〕\]］]$"
    # (… or an edit link alone in its box, "[改一改]", "【我来改】": a wiki's, after each section's heading.)
    r"|^[【〔\[［](?:改一改|改改|我来改|我要改|编辑|修改|修订|完善)[】〕\]］]$")
# A forum's prompt to reward the poster ("…请给楼主加个币", "看完觉得有用，请为本文打分").
_REWARD_POSTER = re.compile(r"给楼主加(?:个)?[\u4e00-\u9fff]{0,2}|为本文打分|给本文打分|为楼主(?:点赞|加分)")
# A mail client's folder with its count ("收件箱（12）").
_MAIL_FOLDER = re.compile(r"^(?:收件箱|发件箱|草稿箱|已发送|垃圾箱|已删除)\s*[（(]\s*\d+\s*[)）]$")
# A photo's caption under a triangle with a tap hint ("▲ 用水平仪画好的记号（轻触放大）").
_TAP_TO_ZOOM_CAPTION = re.compile(r"^[▲▼△▽]\s*[^。！？]{2,40}[（(]\s*(?:轻触|点击|点按|双击)(?:图片)?放大\s*[)）]$")
# A collection's name and the piece's number ("灯火旧事　第十四篇").
# (… or the collection's name in book-title marks and the piece's ordinal: "《某某旧事》之七", "《某某》第3篇";
# all 12 labelled lines so shaped are chrome.)
_PIECE_OF_COLLECTION = re.compile(
    r"^[\u4e00-\u9fff]{2,8}[\s\u3000]+第[一二三四五六七八九十百廿\d]{1,4}篇$"
    r"|^《[^《》]{2,16}》\s*(?:之|第)[一二三四五六七八九十百廿\d]{1,4}(?:篇|章|辑|回)?$"
)
# A page's line framed by double dashes: a blog's slogan, a forum's or a preview's note ("—— 干了三十年
# 电工，说点大实话 ——", "——以上为第1篇，开通…——"); a speech's subtitle so framed, "—— 在…上的讲话 ——",
# names its occasion or its genre and stays.
_FRAMED_SLOGAN = re.compile(
    r"^[—－-]{2}\s*(?!在|关于|记)(?![^—－-]*(?:讲话|发言|致辞|报告|主持词|纪要|总结|通知|方案|心得|体会))[\u4e00-\u9fff][^。！？—－-]{3,28}\s*[—－-]{2}$"
)
# A teacher's or a moderator's comment under a post ("版主点评：…", "驿站老师点评：…").
_COMMENT_UNDER_POST = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:版主|老师|助教|批改|考官|站长|楼主))?点评\s*[:：]\s*\S")
# A shop's button at the end of a product line ("…现已上架官方商城，点击选购").
_BUY_NOW = re.compile(r"(?:点击|立即|马上|前往|进店)(?:选购|购买|下单|抢购)$")

# A writer's "I" (not 我们, nor an institution's 我院, 我局, 我站 …).
_FIRST_PERSON = re.compile(r"我(?![们院局县市校镇乡区省厅部委所站司厂社国办处室队网])")
# A numbered step of a list ("1.", "（2）", "三、").
_NUMBERED_STEP = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、)")
# A section's bracketed heading opening its paragraph ("【律师提醒】…", "【基本案情】…").
_SECTION_BOX_LEAD = re.compile(r"^【[\u4e00-\u9fff]{2,6}】(?=[\u4e00-\u9fff“])")
def _after_lead_question(s: str) -> str:
    """``s`` after a short question that leads into a prompt (at most 16 characters, ``第一次来？…``,
    ``想和他一样学会装灯接线？…``), or ``s`` whole."""
    q = max(s.find("？", 0, 17), s.find("?", 0, 17))
    return s[q + 1 :] if q >= 0 else s


# --- Session 38's classes ------------------------------------------------------------------
# (Round 122.) A wiki's prompt to improve the entry after a short question that leads it in
# ("你知道某某的更多资料？欢迎完善本词条").
_QUESTION_THEN_IMPROVE = re.compile(r"^[^。！？]{2,20}[？?]\s*[^。！？？?]{0,8}(?:完善|编辑|修改|补充|纠错)(?:这个|本|此|该)?词条[^。！？]{0,6}$")
# A download site's note on the file's archive ("资料为压缩包，下载后请用解压软件打开"): no document
# speaks of unpacking its own file (300 labelled lines with 解压 or 压缩包 are chrome; the one
# body sentence holding 解压 speaks of toys and ends on 。).
_ARCHIVE_NOTE = re.compile(r"解压(?:码|密码|软件|工具|后|缩)|压缩(?:包|软件|文件|格式)")
# (… unless it tells the units it addresses what to do with the attachment: "请各单位下载附件，解压后填写".)
_ADDRESSES_UNITS = re.compile(r"各(?:单位|部门|学校|班级|科室|乡镇|村|社区|企业|会员)")
# Where a question of an exam forum's post comes from ("题目来源：某单位面试回忆版"): the poster's field.
_QUESTION_SOURCE = re.compile(r"^(?:(?:题目|试题|真题)(?:来源|出处)|题源)\s*[:：]")
# The points a reading or a reply earns ("学习此文可积1分", "回复本帖可获得 2 积分奖励！").
_POINTS_EARNED = re.compile(
    r"^(?:学习|阅读|读完|看完|回复|评论|转发|分享|点赞|收藏)(?:此文|本文|本篇|全文|本帖|此帖|文章)?[^。，,]{0,4}?"
    r"(?:可|能|即可|就能|就可)?(?:积|得|获得?|赚|领)\s*\d+\s*(?:个)?(?:学习)?(?:积分|分|学分|学时)"
)
# A copy shared from an app's user ("分享自某某用户“路灯下的老岳”"): the app's stamp on the copy.
_SHARED_BY_USER = re.compile(r"^(?:分享|转发|转载|来)自\s*[^。！？，,：:]{0,12}(?:用户|网友|会员|作者)\s*[“\"「]?[^。！？，,]{1,16}[”\"」]?(?:\s*的分享)?$")
# A pointer to more of the event elsewhere on the site ("更多活动照片请见“某某”栏目").
_MORE_IN_COLUMN = re.compile(r"^更多[^。！？]{0,12}(?:请|可|敬请)(?:见|看|查看|访问|移步|点击|关注|浏览)[^。！？]{0,16}(?:栏目|专题|频道|相册|专栏|页面|网站|官网|图集)[。]?$")
# A reader's comment cut short by the page: a short name, a colon, the comment's first words and an
# ellipsis ("路人甲：我冲过一次，结果…"): all 36 labelled lines so are chrome.
# (A speaker's reported words, "会议强调：要把…", are the text's: no name ends on a verb of saying.)
_COMMENT_PREVIEW = re.compile(r"^[^\s：:]{2,10}(?<![说称道问答示调出求为绍醒])[：:][^：:。！？]{4,40}(?:……|…|\.\.\.)$")


# (Round 123.) A bracketed button to save the page to the reader's collection ("【收进我的收藏】").
_SAVE_TO_BOX = re.compile(r"^[【〔\[［](?:收进|加入|放进|添加到|添加至|存入|存到|收藏到)(?:我的)?(?:收藏夹?|书签|笔记本?|文件夹|云盘)[】〕\]］]$")
# A short question about liking the page, then a plea to the author's or the page's button
# ("喜欢这篇手记？给某某点一盏灯 ☼", "觉得有用？送作者一朵花").
_LIKED_IT_PLEA = re.compile(r"^(?:喜欢|觉得有用|觉得不错|有收获|读完有感)[^。！？]{0,8}[？?]\s*(?:给|送|为|帮)[^。！？]{1,14}$")
# A comment box's header with its count ("评论区（3）", "网友评论（12）　登录后可留言").
_COMMENT_BOX_COUNT = re.compile(r"^(?:评论区|评论|留言区|留言板|网友评论|读者留言|全部评论|精彩评论|热门评论)\s*[（(]\d{1,5}[)）]")
# A host's disclaimer that the views are the writer's ("某某博客仅提供写作空间，文章观点属于作者本人。").
_VIEWS_ARE_WRITERS = re.compile(r"观点(?:仅|只)?(?:属于|归|代表|系)(?:作者|原作者|博主|楼主|撰稿人)(?:本人|个人)?")
# A photo's caption in brackets after its label and a colon ("［合影：某某班全体学员］").
_BRACKETED_CAPTION = re.compile(r"^[［\[【〔（(](?:合影|图|图片|照片|摄影|配图|组图|产品图|现场图)[：:][^］\]】〕）)]{2,30}[］\]】〕）)]$")
# … or a product photo's label before it ("（产品图）某某整机外观").
_PRODUCT_PHOTO = re.compile(r"^[【\[〔(（](?:产品图|产品照片|效果图|实物图|示意图|外观图|细节图)[】\]〕)）]\s*\S")
# A download site's note that whoever uses its model bears the risk ("套用风险由下载者自负").
_RISK_ON_USER = re.compile(r"(?:风险|后果|责任)(?:由|归)(?:下载者|下载人|使用者|使用人|读者|用户|套用者)(?:自负|自行承担|承担|负责)")
# A reply addressed to a user by a handle after @, with a colon ("批改老师 @某某老师：立意准确…"):
# a thread's reply.
_AT_REPLY = re.compile(r"^[^。！？@＠：:]{0,8}\s*[@＠][^\s：:@＠]{2,12}\s*[：:]")


# --- Session 37's classes ------------------------------------------------------------------
# (Round 118.) A news lead's dateline ("本网讯", "本报讯").
_DATELINE_MARK = re.compile(r"本(?:网|报|台|刊|站)讯")
# A row of the page's actions between bars, each cell opening on its verb ("转给班级群　｜　收藏到我的书签").
_ACT = r"(?:转给|转发|分享|收藏|打印|复制|下载|举报|点赞|关注|导出|发送)"
_ACTION_CELLS = re.compile(rf"^{_ACT}[^｜|。！？]{{0,10}}(?:\s*[｜|]\s*{_ACT}[^｜|。！？]{{0,10}})+$")
# A link with its prompt to open it after a comma ("〔路线图〕某地—某地环线，点开看全程轨迹").
_OPEN_TO_SEE = re.compile(r"^[^。！？]{2,30}[，,]\s*(?:点开|点击|点此|戳)(?:看|查看|浏览|阅读)[^。！？，,]{0,8}$")
# A prompt to light up a reaction button, a short question leading it in ("喜欢这篇报道？点亮“在读” 👍").
_LIGHT_UP = re.compile(
    r"^(?:[^。！？]{2,14}[？?])?\s*(?:点亮|点个|点一下|戳一下)\s*[“\"「]?(?:在读|在看|赞|喜欢|小红心|爱心|大拇指)[”\"」]?"
    r"\s*[\U0001F300-\U0001FAFF\u2600-\u27bf]*$"
)
# What other readers use or read, under its label ("大家也在用：某某致辞", "网友都在看：…").
_ALSO_USING = re.compile(r"^(?:大家|别人|网友|同事|用户|他们|同行)(?:也|都|还)在(?:用|看|读|写|下载)[:：]")
# A related question under its label ("相关问题：某某和某某哪个更好用？").
_RELATED_QUESTION = re.compile(r"^(?:相关|类似|相似|其他|更多)问题[:：]\s*[^。！；]{4,40}[？?]$")
# (Round 120.)
# A prompt to join that a question leads in, with a messenger id ("想加入某某小队？加社区志愿者微信 abc_123").
_JOIN_BY_ID = re.compile(r"^(?:想|要|欢迎)[^。！？]{1,14}[？?]\s*[^。！？]{0,12}(?:微信|VX|vx|QQ|qq)\s*[:：]?\s*[A-Za-z0-9][\w\-]{3,}$")
# A paywall's top-up prompt ("需要 2 点墨豆　余额不足？充值").
_TOP_UP = re.compile(r"余额不足[？?]?\s*(?:去|立即|马上)?充值")
# A prompt to scan a code to read the page on a phone ("手机扫码，随时查看本方案").
_SCAN_TO_READ = re.compile(r"^(?:手机|微信)?扫(?:码|一扫|描二维码)[，,]?\s*(?:随时|在手机上|手机)?(?:查看|阅读|浏览|收藏)(?:本|此|这份|这篇)(?:方案|文|文章|通知|页|篇|资料|文件)")
# A link to a board of rankings ("查看“某某行动”志愿者服务时长排行").
_RANKING_LINK = re.compile(r"^(?:点击|点此)?查看[^。！？，,]{2,24}(?:排行榜?|榜单|光荣榜)$")
# A netizen's remark under a Q&A, by the quoted nickname ("网友“某某爸”：…").
# (A short remark, no sentence: "网友“某某”：" alone salutes a reply, "…：您反映的…" opens one, and a petition's
# message under the name ends its sentences; a piece cut before a date, "…协议上写的是", ends on no remark's word.)
_NETIZEN_REMARK = re.compile(r"^网友[“\"「][^”\"」]{1,12}[”\"」]\s*[：:]\s*(?!您)[^。！？]{2,40}(?<![的地得是在和与及或并把被将从向对])$")
# A Q&A site's note that answers are their answerers' own view ("所有回答仅代表答主个人意见").
_ANSWERERS_OWN_VIEW = re.compile(r"(?:回答|答案|解答|内容|观点)[^。！？]{0,4}(?:仅|只)代表(?:答主|作者|网友|用户|回答者|本人|个人)(?:的?个人)?(?:意见|观点|看法|立场)")
# Links to the pieces before and after between angle marks, each a 第N篇 and its title ("〈 第十三篇　某某　｜　第十五篇　某某 〉").
_PIECES_AROUND = re.compile(r"^[〈<‹«◁]\s*第[\d一二三四五六七八九十百]{1,4}篇[^｜|]{1,20}[｜|]\s*第[\d一二三四五六七八九十百]{1,4}篇[^〉>›»▷]{1,20}[〉>›»▷]$")
# Where to write to the author, a mail address under its key ("来信请寄：某某@126.com").
_WRITE_TO_AUTHOR = re.compile(r"^(?:来信请寄|来信请发|来信寄|来信|来函请寄|赐教请寄|投稿请寄|联系作者|作者邮箱)\s*[:：]\s*\S+@\S+$")
# An author's terms for reprinting the piece, in the first person ("拙作随意转载，但请保留作者名字。").
_REPRINT_MINE = re.compile(r"^(?:拙作|拙文|小文|本文|文章|文字)[^。！？]{0,6}(?:随意|欢迎|可以|可|均可)转载[^。！？]{0,4}(?:但|请)[^。！？]{0,10}(?:保留|注明)")
# A link to the next or the previous piece in brackets, the collection named ("〔本辑下一篇：一只铝饭盒〕").
_NEXT_PIECE_BRACKET = re.compile(r"^[〔【\[（(](?:本辑|本卷|本集|本系列|本专题|本栏目)[上下]一篇\s*[:：][^〔〕【】\[\]（）()]{1,20}[〕】\]）)]$")
# Earlier pieces of the series under their key ("▸ 本系列往期：《…》《…》").
_SERIES_EARLIER = re.compile(r"^(?:[▸▶►•·]\s*)?(?:本系列|本栏目|本专栏|该系列)往期\s*[:：]")
# A shop's buttons in boxes ("〔天猫旗舰店购买〕〔京东自营购买〕〔申请样品〕").
_SHOP_BOXES = re.compile(r"^(?:[〔【\[［]\s*[^〔〕【】\[\]［］]{1,10}(?:购买|下单|样品|加购|抢购|咨询)\s*[〕】\]］]\s*){2,}$")
# A study platform's prompt under its key ("学习提示：本文已纳入…必读篇目，学完请在系统中打卡。").
_STUDY_PROMPT = re.compile(r"^(?:学习提示|学习提醒)\s*[:：][^。！？]{0,40}(?:打卡|学时|积分|学习记录)")
# A prompt to click the page's named copy or download button ("喜欢就点“复制本篇”带走吧").
_CLICK_COPY_BUTTON = re.compile(r"点\s*[“\"「](?:复制|下载|收藏|打印)[^”\"」]{0,6}[”\"」]")
# A tutor's pitch with its messenger number at the line's end ("面试模拟一对一陪练，QQ 1708 3329 54").
_TUTOR_PITCH = re.compile(r"(?:一对一|陪练|代写|辅导|改稿|押题)[^。！？]{0,12}(?:QQ|qq|微信|VX|vx)\s*[:：]?\s*\d[\d ]{5,14}\d$")
# A prompt to book online for whoever needs to ("需改约训练时间的患者请在线预约").
_BOOK_ONLINE = re.compile(r"^(?:需|需要|如需)[^。！？]{2,16}(?:请|可)(?:在线|网上|线上|点此|点击)(?:预约|办理|申请|登记)$")
# A newspaper's tip line ("晚报民生热线 0736-2299110 欢迎提供新闻线索").
_NEWS_TIP_LINE = re.compile(r"新闻线索|报料|爆料")
# A prompt to sign up, led by a question ("还没报名？周六上午有试听名额").
_NOT_YET_SIGNED = re.compile(r"^(?:还没|还未|没)(?:报名|预约|加入)[？?]")
# A lone link to the piece before or after, its arrow or angle mark with it ("〈 上一篇", "下一篇 ›").
_LONE_PREV_NEXT = re.compile(r"^(?:[〈<‹«◁←]\s*[上前]一篇|[下后]一篇\s*[〉>›»▷→])$")
# A link to a volume's contents ("第二卷目录", "本辑目录").
_VOLUME_CONTENTS = re.compile(r"^(?:第[\d一二三四五六七八九十]{1,3}[卷辑册部]|本[卷辑册部]|全书|文集)目录$")
# A collection's volume label with its name ("第二卷 · 青年时"): the piece's place, over its title.
_VOLUME_LABEL = re.compile(r"^(?:第[\d一二三四五六七八九十]{1,3}[卷辑册部]|卷[\d一二三四五六七八九十]{1,3})\s*[·・:：｜|]\s*[\u4e00-\u9fff]{1,8}$")
# A volunteer's call with a name to sign up with and a phone number, no sentence ("愿意…的志愿者，请找社区小汪报名：1360…").
_VOLUNTEER_CALL = re.compile(r"(?:志愿者|义工|热心人)[^。！？]{0,6}[，,]\s*请(?:找|联系|与)[^。！？，,]{1,12}(?:报名|联系|登记)\s*[:：]?\s*1\d{10}$")
# A download station's alternative links under a question ("下载不了？换一个通道：备用地址一 ｜ 备用地址二").
_MIRROR_LINKS = re.compile(r"(?:备用地址|备用链接|备用通道|下载通道|镜像地址)[一二三四五六七八九十\d]?(?:\s*[｜|/]\s*(?:备用地址|备用链接|备用通道|下载通道|镜像地址)[一二三四五六七八九十\d]?)+")
# An uploader's note on the copy ("以下条款系上传者根据本校制度整理，引用前请自行核对").
_UPLOADER_NOTE = re.compile(r"(?:上传者|上传人|分享者|发布者)[^。！？]{0,14}(?:整理|汇编|提供|上传|编写)[^。！？]{0,4}[，,][^。！？]{0,12}(?:请|仅供|自行)")
# A lawyer's note that the answer rests on the asker's account ("以上分析基于提问者单方陈述，个案结论以…为准").
_ASKERS_ACCOUNT_ONLY = re.compile(r"(?:以上|本|上述)(?:分析|回答|解答|意见|答复)[^。！？]{0,6}(?:基于|根据|仅依据|依据)[^。！？]{0,8}(?:提问者|咨询者|当事人|网友|您)[^。！？]{0,6}(?:陈述|描述|提供的信息)")
# A bracketed link to a school's or a shop's page about what it sells ("〔电工实操课程介绍〕", "【报名入口】").
_COURSE_PAGE_LINK = re.compile(r"^[〔【\[［][^〔〕【】\[\]［］]{0,10}(?:课程介绍|课程详情|报名入口|产品详情|了解更多|详情介绍|开班信息)[〕】\]］]$")
# (Round 121.)
# A poster's addendum in brackets ("（楼主补充：人没事，谢谢关心的兄弟）").
_POSTER_ADDENDUM = re.compile(r"^[（(](?:楼主|作者|发帖人|博主)(?:补充|更新|追加|再补充)\s*[:：]")
# A franchise line with a 400 number ("全国加盟合作：400-…").
_FRANCHISE_400 = re.compile(r"^(?:全国)?(?:招商)?加盟(?:合作|热线|咨询|电话)?\s*[:：]?\s*400[-－\s]?\d{3}")
# Terms for reprinting the page's pictures or text ("文中示意图由某某整理，转载须保留出处").
# (The whole line: a wrapped sentence's end before it, "事项请示如下：（本文由…转载请注明出处）", is the text's.)
_REPRINT_KEEP_SOURCE = re.compile(r"^[（(【\[]?[^。！？：:（(]{0,20}转载(?:须|需|请|务必)(?:保留|注明)(?:出处|来源|作者)")
# A plea to pass the article to the people around ("转给身边干高处作业的工友，多一个人知道多一分安全").
_PASS_TO_PEOPLE = re.compile(r"^(?:请|记得)?转(?:给|发给)身边[^。！？，,]{1,14}[，,][^。！？]*$")
# A stamp of the day the piece went up on the site ("上载于本站：2025年4月").
_POSTED_HERE = re.compile(r"(?:上载|上传|发布|收录)于本站")
# An author's terms closing a collection's piece ("文责自负，转引请注明出处。").
_ON_AUTHORS_HEAD = re.compile(r"^文责自负")
# A model-text site's takedown notice ("所载文章多为网友投稿，如涉及您的权益，请发邮件至…，核实后…下架。").
_TAKEDOWN_NOTICE = re.compile(r"(?:网友投稿|用户上传|网友上传)[^。！？]{0,20}(?:权益|侵权)[^。！？]{0,40}(?:下架|删除)")
# A login prompt naming what logging in unlocks ("登录后可编辑本模板中的空格内容").
_LOGIN_UNLOCKS = re.compile(r"^登录后(?:即)?可?(?:在线)?(?:编辑|下载|查看|复制|阅读|填写)")
# A download site's note on the file's original ("本交底Word原件已排好版，打开即可签字存档").
_ORIGINAL_FILE_NOTE = re.compile(r"(?:Word|WORD|word|PDF|pdf|DOC|doc|WPS|wps)\s*(?:原件|原稿|版|文档|文件)[^。！？]{0,10}(?:排好版|可编辑|可直接编辑|打开即可|下载即可|下载后)")
# A reader's comment under the comment area's label on its line ("评论区 —— 某某妈妈：…").
_COMMENT_UNDER_LABEL = re.compile(r"^(?:评论区|网友评论|读者评论|留言区|精选留言|热门评论|最新评论)\s*[—–\-－:：|｜]{1,3}\s*[^：:]{1,14}[：:]")
# A prompt to keep the post for later ("先收藏，回头慢慢看", "建议收藏备用", "收藏起来慢慢看"): the post asking to
# be bookmarked, no sentence of its text (which ends with its mark).
_SAVE_FOR_LATER = re.compile(r"^(?:建议|记得|赶紧|先|快|可以)?收藏(?:起来|一下|好|本文|这篇)?[，,、\s]*(?:回头|以后|有空|慢慢|随时|需要时|用时|日后|备用)[^。！？]{0,6}$")
# A prompt to book through the site's account or app ("如有类似症状，可通过医院公众号预约感染科门诊"): a
# page's service line, no sentence (which ends with its mark).
# (The whole line: a sentence's clause cut by a wrap, "第三条居民可通过…小程序预约收运，", opens on no such word.)
_BOOK_VIA_ACCOUNT = re.compile(
    r"^(?:[^。！？，,]{2,10}[，,]\s*)?(?:可|请|欢迎|也可)?(?:通过|在|关注|进入|登录)[^。！？，,]{0,8}(?:公众号|服务号|小程序|App|APP|客户端)"
    r"[^。！？，,]{0,4}(?:预约|挂号|咨询|报名|缴费|办理)[^。！？，,]{0,8}$"
)
# An answerer's counter of whom they helped ("某某律师已帮助 3,120 位网友"): a Q&A page's badge.
_HELPED_COUNT = re.compile(r"^[\u4e00-\u9fff]{2,10}已(?:帮助|服务|解答|回答|回复)(?:了|过)?\s*\d[\d,.]*\s*[万千]?\s*(?:位|名|个)?(?:网友|用户|人|当事人|咨询者|客户|家庭)(?:次)?$")
# A prompt to click a named button of the page ("请各车间主任在本通报下点击“已组织学习”"): an office system's
# or a site's control, quoted; a procedure's step ends its sentence.
# (The whole line, a request with no clause before it: a wrapped sentence's piece, "…公众号，点击“某某”", is cut
# by a comma.)
_CLICK_NAMED_BUTTON = re.compile(r"^请[^。！？，,；;]{1,20}?(?:点击|点选|勾选)\s*[“\"「『][^”\"」』]{2,12}[”\"」』](?:按钮|键|图标)?$")
# A student's story linked under a school's list ("学员小狄：学完回老家开了第二家店"): a testimonial's
# headline, no sentence of the brochure (which ends with its mark).
# (The student named as testimonials name one, 小某, 老某, 某某某, 某同学: a form's fields, 学生姓名：____, or a
# requirement, 学员须携带：…, name no student.)
_STUDENT_STORY = re.compile(
    r"^(?:学员|学生|毕业生|往届学员)(?:(?:小|老|阿)[\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]某{1,2}|[\u4e00-\u9fff]{1,2}(?:同学|师傅|阿姨|大姐|姐|哥))"
    r"[：:](?!\s*《)[^。！？；：:_＿]{4,24}$"
)
# A call to follow an organisation's account with what it brings ("关注某某宠物医院，预约体检、疫苗提醒一站办好"):
# the name ends in an organisation's word, the rest in a service's promise.
_FOLLOW_ORG_BENEFIT = re.compile(
    r"^(?:点击|长按|扫码)?关注[^，,。！？]{2,14}(?:医院|诊所|中心|公司|学校|学堂|协会|社区|服务号|公众号|小程序|App|APP|官微|银行|馆)[，,]"
    # (One clause of promise: a wrapped sentence's line, "…公众号，点击“…”完成缴费；二是…", goes on past it.)
    r"[^。！？；;，,“”]{0,20}(?:预约|挂号|提醒|查询|办理|缴费|不错过|早知道|一站|一键|随时)[^。！？；;，,“”]{0,10}$"
)


# --- Session 36's classes ------------------------------------------------------------------
# (Round 116.)
# A pointer to search for a name elsewhere, a shop's or an app's (某某旗舰店同步上架，搜索“某某”): all 20
# labelled lines that say 搜索“…” in a line of at most 24 characters before it and 16 after, with no
# full stop, semicolon or exclamation, are chrome; a procedure's step that says so is numbered or
# ends its sentence (1.打开…，搜索“…”事项。).
_SEARCH_POINTER = re.compile(
    r"^(?![\d一二三四五六七八九十]+[、.．]|[（(])[^。；！]{0,24}搜索\s*[“\"「][^”\"」]{2,16}[”\"」][^。；！]{0,16}$"
)
# A ban on reusing the page's text or pictures, not a rule of the text's (文中图片由某某拍摄，未经许可请勿转用):
# all 497 labelled lines that end on the ban's verb (转载, 转用, 使用, 复制, 挪作他用 …) after 未经…许可 are chrome;
# a rule of a document's forbids a deed of its own (未经许可，不得对文物拍照、录像。) or is numbered.
_REUSE_FORBIDDEN = re.compile(
    r"^(?![\d一二三四五六七八九十]+[、.．]|第[\d一二三四五六七八九十]{1,4}条)[^。]{0,20}未经[^。，,]{0,6}(?:许可|授权|允许|同意)"
    r"[，,]?\s*(?:请勿|不得|禁止|严禁|谢绝)[^。]{0,4}(?:转载|转用|使用|盗用|复制|转发|挪用|他用|商用)[。！]?$"
)
# A pointer to the pictures or the video on another channel of the site's (志愿者风采照片详见支部公众号,
# 本讲座视频可在律所官网回看): both labelled lines so shaped are chrome, no body line is.
_MEDIA_ELSEWHERE = re.compile(
    r"^[^。！？]{0,16}(?:照片|图片|图集|视频|影像|相册)[^。！？]{0,6}(?:详见|请见|见|请看|请移步|请关注|可在)"
    r"[^。！？]{0,12}(?:公众号|官网|网站|专栏|视频号|抖音|微博|平台|相册)[^。！？]{0,6}。?$"
)


# A file's size under its key, on a line of its own (资料大小：28.6KB, 文件大小　1.8 MB): all 298 labelled
# lines so shaped are chrome (a download page's facts about the file), no body line is.
_FILE_SIZE_FIELD = re.compile(r"^(?:资料|文件|文档|资源|附件|安装包)?大小\s*[：:\s\u3000]\s*\d+(?:\.\d+)?\s*(?:KB|MB|GB|K|M|kb|mb|字节)$")


# A tap prompt pointing at a link with an arrow (报名请戳→志愿者登记表): the words of a button, not a sentence.
_TAP_ARROW_PROMPT = re.compile(r"^[^。！？]{0,10}(?:戳|点击?)(?:这里|此处|我|链接)?\s*[→➜➡➤][^。！？]{0,12}$")
# A plea to pass the article on to one's groups (看完记得转发到同行群里); a notice asks someone named to
# forward it (请各村转发到…群。), not the reader to remember to.
_REMEMBER_TO_SHARE = re.compile(r"^(?:看完|读完|觉得有用的?话?|有用的话)?[，,]?(?:记得|别忘了?)(?:转发|分享)(?:到|给)[^。！？]{1,12}$")


# (Round 117.)
# A government portal's index-table field naming the issuing office, alone on its line (发文机构：某某局):
# all 382 labelled lines that open so are chrome; a 公文 names its issuer in its 版头 and its 落款, never
# under a key. (A row of such fields with others, …　公开日期：…, is a row the row classes read.)
_ISSUER_FIELD = re.compile(r"^(?:发文|发布|来源)机[构关]\s*[:：]\s*[^。！？\s\u3000]{2,30}$")
# A collection's count of its pieces (某某集自…起更新，已收文章一百四十三篇; 本集共收文章64篇): all 10
# labelled lines so worded are chrome.
_PIECES_COLLECTED = re.compile(r"(?:已收|共收|收录)(?:文章|作品|文字|篇目)?[\d一二三四五六七八九十百千]+篇")
# A Q&A site's same-question button and its count (已有 35 人点了“同问”　我也同问).
_SAME_QUESTION = re.compile(r"\d+\s*人[^。！？]{0,4}[“\"「]?同问[”\"」]?|我也同问")
# A health page's note that its advice is no diagnosis (科普文章仅供参考，具体诊疗请遵医嘱。): all 155 labelled
# lines so worded are chrome.
_NOT_A_DIAGNOSIS = re.compile(
    r"^[^。]{0,16}仅供参考[，,]\s*[^。]{0,8}(?:请?遵医嘱|以医生[^。]{0,6}为准|不能(?:代替|替代)[^。]{0,4}医生[^。]{0,4}|请?咨询医生|请?及时就医)[。]?$"
)


# A prompt to tap the account's name in quotes (轻点“某某骑行圈”，不错过每一次约骑): all 235 labelled lines so
# shaped are chrome.
_TAP_ACCOUNT_NAME = re.compile(r"^(?:轻点|轻触|触摸|点击|点|戳|按)(?:上方|下方)?(?:蓝字)?[“\"「][^”\"」]{2,12}[”\"」][，,]?\s*[^。！？]{0,16}$")
# A prompt to scan a code to keep the article (扫码把本文存进某某小程序, 手机扫码，把本文带走): all 24 labelled
# lines so worded are chrome.
_SCAN_TO_KEEP = re.compile(r"(?:扫码|扫一扫|长按)[^。！？]{0,4}(?:把|将)(?:本文|此文|全文|文章|本页)")


# A bookmark button (加入书签, ☆ 收进我的书签): all 61 labelled lines so worded are chrome.
_BOOKMARK_BUTTON = re.compile(r"^(?:[^\w\s]{1,2}\s*)?(?:收进|加入|添加到?|存入|放进)(?:我的)?(?:书签|收藏夹)$|^(?:[^\w\s]{1,2}\s*)?书签收藏$")


# A link to another issue of the series (附：上一期纪要　某某研讨会纪要, 往期推荐): all 444 labelled lines that
# open so without a sentence's end are chrome; the two the labels keep are sentences (下一期培训班计划于…。).
# (A bare 上一期：/下一期： is a previous / next link, its own class.)
_OTHER_ISSUE = re.compile(r"^(?:附\s*[:：]\s*(?:上一期|上期|往期|前一期|下一期)|往期|前一期|(?:上一期|上期|下一期)(?!\s*[:：]))")
# A pointer to more of the site's elsewhere (更多校园风采，请进入学院相册): all 5 labelled lines so shaped are chrome.
_MORE_ELSEWHERE = re.compile(r"^更多[^。！？，,]{1,10}[，,]\s*(?:请|欢迎)?(?:进入|访问|前往|移步|点击|关注|查看)[^。！？]{1,12}$")
# A note on the software a download needs (用手机打开请先安装WPS Office): all 9 labelled lines are chrome.
_NEEDS_SOFTWARE = re.compile(r"(?:请先?|需先?)(?:安装|下载)[^。！？]{0,4}(?:WPS|Office|Word|Adobe|PDF阅读器|阅读器)")


# --- Session 35's classes ------------------------------------------------------------------
# (Round 111.)
# A community site's box naming the reader's own grid member (我的网格员：…, 本楼栋网格员：某某　手机 …):
# all 171 labelled lines that open so without a sentence's end are chrome; a notice's own contact
# says 联系人：网格员… or asks the reader to call (如有疑问，请联系本网格网格员…。).
_MY_GRID_MEMBER = re.compile(r"^.{0,4}(?:我的|您的|你的|本楼栋?|本网格|本片区?|本社区|本小区|本单元|辖区)网格员")
# A preview's note that the download holds more (预览为纯文字版，下载后可获得带表格的完整排版): all 235 labelled
# lines naming the preview and what to do after downloading are chrome.
_PREVIEW_THEN_DOWNLOAD = re.compile(r"预览[^。！？]{0,20}下载后|下载后[^。！？]{0,20}预览")
# A poster's lead-in to their answer with a plea to the forum, closed by a colon (我的作答如下，求各位考友指点：):
# all 6 labelled lines so shaped are chrome; the ten the labels keep end with a full stop or say only 如下：.
_ANSWER_PLEA_LEAD = re.compile(r"^(?:我的|参考|个人)?(?:参考)?(?:作答|答案|回答)如下[，,][^。！？]{0,12}(?:考友|研友|拍砖|点评|指点|指正|毛病|批评|意见)[^。！？]{0,6}[：:]$")
# A document system's field linking related files (关联文件：…, 相关公文：…): all 177 labelled lines opening
# so are chrome; a document lists its own under 附件：.
_RELATED_FILES_FIELD = re.compile(r"^(?:关联|相关)(?:文件|公文|文档)\s*[：:]")
# An intranet's ban on passing internal material on (本纪要为公司内部资料，未经批准不得复制外传。): all 229
# labelled lines so worded are chrome, whatever stamp or watermark stands beside them.
_INTERNAL_NO_COPY = re.compile(r"内部(?:资料|文件|材料)[^。！？]{0,6}(?:未经|严禁|不得|请勿|禁止)[^。！？]{0,10}(?:复制|外传|外泄|转发|传播|扩散)")
# A model-text site's usage counter (已有 3,406 人使用, 已有2.3万人套用) in a row of its own: all 59 labelled
# lines holding one are chrome.
_USED_BY_COUNT = re.compile(r"已有\s*[\d,，.]+\s*万?\s*(?:人|位|名)(?:使用|下载|收藏|套用|复制|用过|参考)")
# A shop's sales counter (已售 2,641 件　｜　好评率 98%): all labelled lines holding 已售 and a count are chrome.
_SOLD_COUNT = re.compile(r"已售\s*[\d,.]+\s*万?\s*[件份单套个]")
# A shop's wholesale or group-buy line (门店查询与团购报价：400-…, 批发咨询：…): all 10 labelled lines so keyed
# are chrome; a document's own 订购电话 or 采购人联系人 is keyed otherwise.
_WHOLESALE_LINE = re.compile(r"(?:团购|批发|询价|报价)[^。！？：:]{0,6}(?:报价|热线|电话|咨询|专线)\s*[：:]")
# (Round 112.)
# A prompt to follow an account, no sentence's end (关注医院服务号“某某”，每天查看订餐菜单): all 69 labelled
# lines so opening are chrome when they close no sentence; the eight the labels keep end with 。.
_FOLLOW_ACCOUNT_PROMPT = re.compile(r"^(?:请|欢迎)?关注[^。！？]{0,12}(?:公众号|服务号|订阅号|视频号|抖音号|微信号)")
# A prompt to sign up or log in for a giveaway (注册某某问答，领取…电子手册): both labelled lines so opening are chrome;
# an exam notice's 登录…，下载并打印准考证。 closes its sentence.
_SIGN_UP_FOR_GIFT = re.compile(r"^(?:注册|登录)[^。！？，,]{1,10}[，,]\s*(?:领取|获取|免费领|即可领)")
# A prompt to forward the page to a group or friends with what it brings (转发到工作群，一起光盘): all labelled
# lines so shaped are chrome, and no body line ends so.
_FORWARD_WITH_CAUSE = re.compile(r"^(?:转发|分享)(?:到|至|给)[^。！？，,]{1,8}[，,][^。！？]{1,12}$")
# A button named in quotes to click (点击“饭盒清单”，看…, 戳“阅读原文”查看…): all 20 labelled lines so opening are chrome.
_CLICK_QUOTED_BUTTON = re.compile(r"^(?:点击|点此|戳)[“\"「『][^”\"」』]{1,12}[”\"」』]")
# A writing service's offer to write or polish for the reader (…帮您逐段改稿): all labelled lines so worded are chrome.
_HELP_YOU_WRITE = re.compile(r"帮(?:您|你)[^。！？]{0,8}(?:改稿|润色|代写|写稿|修改材料)")
# A law firm's pitch under a case (类似纠纷可预约某某律师一对一咨询。): all 15 labelled lines so opening are chrome.
_SIMILAR_CASE_CONSULT = re.compile(r"^类似(?:问题|纠纷|案件|情况)[^。！]{0,14}(?:预约|咨询|联系|律师)")
# A note that the pictures come from the web (文中配图来自网络，如涉及版权请联系我们删除): all labelled lines are chrome.
_IMAGES_FROM_WEB = re.compile(r"(?:配图|图片)均?(?:来自|来源于|源自|取自)网络")
# A trading platform's CA certificate line (CA数字证书服务：…): all 244 labelled lines holding one are chrome.
_CA_CERT_LINE = re.compile(r"CA(?:数字)?证书[^：:。]{0,6}[：:]")
# A site's claim on its pictures or works (学员作品图片版权归本校所有。): all labelled lines so worded are chrome.
_OWN_COPYRIGHT_CLAIM = re.compile(r"版权归本(?:校|站|网|公司|院|馆|店|中心|协会|所|平台|号)所有")
# A franchise line (品牌加盟专线：400-…, 全国加盟热线 …): all 97 labelled lines holding one are chrome.
_FRANCHISE_HOTLINE = re.compile(r"加盟(?:专线|热线|电话|咨询)")
# A site's owner and its hotline in one row (某某县消费者协会　投诉热线 12315): all 160 labelled lines so shaped are
# chrome; a document gives its hotline in a sentence or under a key of its own.
_OWNER_HOTLINE_ROW = re.compile(r"^[\u4e00-\u9fff]{4,20}[\s\u3000|｜·]+[\u4e00-\u9fff]{0,4}热线[：:\s]*\d{3,}[\d\-\s]*$")
# An attachment's file link with its button or size (附件：询价文件（…）.zip　［立即下载］, 附件：检查表.xlsx（18KB）):
# all 209 labelled lines so shaped are chrome; a document lists its attachments by name alone.
_ATTACHMENT_FILE_LINK = re.compile(r"^附件\s*[\d一二三四五六七八九十]?\s*[：:].*\.(?:zip|rar|7z|docx?|pdf|xlsx?|wps).*(?:下载|预览|查看|\d\s*[KkMm][Bb]?)")
# A prompt to scan and keep the page on one's phone (扫码把本通报存到手机).
_SCAN_TO_PHONE = re.compile(r"^(?:扫码|扫一扫|扫描二维码)[^。！？]{0,12}(?:存到|保存到|发送到|发到|转到|存进)手机")
# A law firm's note that its sample's parties were made anonymous (以下文书已对当事人信息做技术处理，仅供参考。):
# all 52 labelled lines so worded are chrome.
_PARTIES_ANONYMISED = re.compile(r"当事人(?:信息|姓名|身份信息)[^。！？]{0,8}(?:技术处理|隐去|隐藏|匿名|脱敏)|(?:隐去|隐藏)[^。！？]{0,6}当事人")
# A prompt to press 在看 (戳右下角“在看”，转给身边的家长): all 12 labelled lines so opening are chrome.
_PRESS_ZAIKAN = re.compile(r"^(?:戳|点|点击)(?:一下)?(?:右下角|下方|文末|底部)?[“\"]在看[”\"]")
# (Round 113.)
# A grader's bracketed comment under an essay (【批改】某老师：立意准确…): all labelled lines so opening are chrome.
_GRADER_COMMENT = re.compile(r"^【(?:批改|点评|老师点评|批注|阅卷|评语)】")
# A grading course's ad (加入某某批改计划，每周两篇大作文精批): all labelled lines naming one are chrome.
_GRADING_COURSE = re.compile(r"(?:批改|精批|精改)(?:计划|班|营|课|服务)")
# A site's owner and its mailbox in one row (某某论坛　站务邮箱 …@…): all 27 labelled lines so shaped are chrome.
_OWNER_MAILBOX_ROW = re.compile(r"^[\u4e00-\u9fff]{2,20}[\s\u3000|｜·]+[\u4e00-\u9fff]{0,4}邮箱[：:\s]*[A-Za-z0-9._-]+@\S+$")
# A prompt to download the site's app with what it brings (下载某某App，上万篇…随时用): all 87 labelled lines are chrome.
_APP_DOWNLOAD_PROMPT = re.compile(r"^下载[^。！？，,]{2,8}[，,][^。！？]{0,14}(?:随时|海量|上万|免费|更多)")
# A breadcrumb of two items apart by a spaced arrow (某某委员会 > 工作动态): all 2,199 labelled lines so shaped are chrome.
_TWO_CRUMBS = re.compile(r"^[^。，！？>＞»›]{2,20}\s+[>＞»›]\s+[^。，！？>＞»›\s]{2,8}$")
# A writer's terms for reprinting (转载请先问我, 转载请联系作者): all 226 labelled lines so worded are chrome.
# (… a reuse's or a quotation's too, and by whom to ask: 转用请先联系本网, 转载请与作者联系; session 36.)
_REPRINT_ASK = re.compile(r"(?:转载|转用|引用)请(?:先|事先)?(?:问|告知|联系|征得|私信|留言|与)")
# An author's byline under a collection's title (某某　著): all labelled lines so shaped are chrome.
_AUTHOR_BYLINE = re.compile(r"^[\u4e00-\u9fff]{2,4}[\s\u3000]+著$")
# A cookie notice: all 203 labelled lines naming cookies are chrome.
_COOKIE_NOTICE = re.compile(r"[Cc]ookie")
# A button saving the text to a list of the reader's (收藏本文到“我的学习”).
_SAVE_TEXT_TO = re.compile(r"^(?:点击|点)?(?:收藏|保存)(?:本文|此文|本篇)(?:到|至)[^。！？]{1,10}$")
# A study site's points for reading (本文计入党员学习积分，读完请点“已学”): all 88 labelled lines so worded are chrome.
_POINTS_WHEN_READ = re.compile(r"(?:学习)?积分[^。！？]{0,10}(?:读完|看完|学完)|(?:计入|获得|累计)[^。！？]{0,6}学习积分|读满[^。！？]{0,8}积分")
# A membership's upsell (开通某某季卡可批量下载同类范文。): all 76 labelled lines so worded are chrome.
_MEMBERSHIP_UPSELL = re.compile(r"开通[^。！？]{1,8}(?:卡|会员|VIP)[^。！？]{0,6}(?:可|即可)[^。！？]{0,6}(?:下载|复制|查看)")
# A prompt to open the site's app for the full piece (打开“掌上某某”阅读完整图文).
_OPEN_APP_TO_READ = re.compile(r"^打开[“\"][^”\"]{2,10}[”\"][^。！？]{0,4}(?:阅读|查看|观看|收听)")
# An intranet's count of readers (阅读人数：64): all 26 labelled lines holding one are chrome.
_READERS_COUNT = re.compile(r"(?:阅读|浏览|查看|已读)人数\s*[：:]\s*\d")
# A post's vote buttons with their counts (支持(57)　反对(0)): all 157 labelled lines holding them are chrome.
_VOTE_PAIR = re.compile(r"支持\s*[（(]\d+[）)][\s\u3000]*反对\s*[（(]\d+[）)]")
# A note that an analysis is only its writer's view (以下分析仅为作者个人观点…): all labelled lines are chrome.
_PERSONAL_VIEW_NOTE = re.compile(r"仅为?(?:作者|本人|笔者)?个人(?:观点|看法|意见)")
# A search cache's note that it marked the query's words (以下查询词已用黄色标出：…): all 142 labelled lines are chrome.
_QUERY_MARKED = re.compile(r"(?:查询词|检索词|搜索词|关键词)已(?:用[^。！？]{0,4})?(?:标出|高亮|标亮|加亮|标注)")
# (Round 114.)
# A prompt to click for a consultation (…，点这里发起图文问诊, 点击在线咨询): all 114 labelled lines are chrome.
_CLICK_TO_CONSULT = re.compile(r"点(?:这里|此|击)[^。！？]{0,6}(?:问诊|咨询|提问|预约|挂号)")
# A prompt to star the account or the page (有用的话点右上角星标存起来): all labelled lines are chrome.
_STAR_AT_CORNER = re.compile(r"点(?:右上角|上方|下方)?[^。！？]{0,4}星标")
# A pointer to the site's own section (了解产品参数请进产品中心).
_ENTER_SITE_SECTION = re.compile(r"^(?:了解|查看)[^。！？]{0,10}请(?:进|进入|访问|点击)[^。！？]{0,8}(?:中心|频道|栏目|专区|页面)")
# A prompt to light the page's heart (点亮小红心，为…加油): all labelled lines are chrome.
_LIGHT_THE_HEART = re.compile(r"点亮[^。！？]{0,3}(?:小红心|红心|爱心)")
# An office system's prompt to confirm reading (请阅读后点击“已阅”确认): all labelled lines are chrome.
_CLICK_READ_CONFIRM = re.compile(r"点击?[“\"](?:已阅|已读|已学|签收|阅知)[”\"]")
# A viewer's toolbar named as such (阅读器工具栏：＋放大　－缩小 …).
_NAMED_TOOLBAR = re.compile(r"^[\u4e00-\u9fff]{0,4}工具栏\s*[：:]")
# (Round 115.)
# A cost in the site's coins to copy or download (本资料需消耗1个素材豆，签到可领): all 63 labelled lines are chrome.
_COST_TO_COPY = re.compile(r"需(?:消耗|扣除|花费|支付)\s*\d+\s*个?[\u4e00-\u9fff]{1,4}(?:豆|币|积分|点|券)")
# A page's note that it is for reference or general knowledge only (仅作健康知识普及…): all 107 labelled lines are chrome.
_ONLY_AS_REFERENCE = re.compile(r"仅作[^。！？]{0,8}(?:普及|参考)")
# A ghost-writer's offer with a messenger (原创讲话代笔，三小时交稿，QQ …): all 374 labelled lines so worded are chrome.
_GHOSTWRITER_QQ = re.compile(r"(?:代笔|代写)[^。！？]{0,12}(?:QQ|qq|微信|VX)")
# A download station's channel (↓ 电信高速通道, 移动备用通道): all labelled lines so shaped are chrome.
_DOWNLOAD_CHANNEL = re.compile(r"^\W?\s*(?:电信|联通|移动|本地|备用)[^。！？\s]{0,4}(?:通道|线路)$")
# A prompt to report a broken link (下载不了？点此报告坏链…): all 108 labelled lines are chrome.
_BROKEN_LINK_REPORT = re.compile(r"报告(?:坏链|死链)")
# A button expanding the rest of the text by its paragraphs (⊕ 展开余下 3 段 ⊕).
_EXPAND_N_PARAS = re.compile(r"展开(?:余下|剩余|全部|其余)\s*\d*\s*段")
# QQ by its nickname (加企鹅2087716403): all labelled lines naming it are chrome.
_QQ_SLANG = re.compile(r"(?:加|联系)企鹅|企鹅号?\s*[:：]?\s*\d{5,}")
# A button closing the page in its brackets (〔合上本页〕, 【关闭窗口】): all 706 labelled lines holding one are chrome.
_CLOSE_PAGE_BOX = re.compile(r"[〔【\[［](?:关闭|合上|关掉)(?:本页|窗口|此页)[〕】\]］]")
# A prompt to pass the page to someone (转给家里爱蘸酱的人看看).
_FORWARD_TO_SEE = re.compile(r"^转给[^。！？]{1,10}(?:看看|瞧瞧)$")
# An encyclopaedia's note on which sense the entry treats (本词条介绍的是餐具。关于…，请见“…”。).
_ENTRY_DISAMBIGUATION = re.compile(r"^本词条(?:介绍|讲述|说)的是")
# A prompt to expand the paragraphs left (下面还有2段，展开全文).
_MORE_PARAS_EXPAND = re.compile(r"还有\s*\d+\s*段[^。！？]{0,4}展开")
# A registration upsell (注册会员可看另外两篇同题讲话).
_REGISTER_TO_SEE = re.compile(r"注册会员(?:即)?可(?:看|查看|下载|阅读)")
# A Q&A site's related question under its key (大家还问：…, 延伸问题：…): all 270 labelled lines are chrome.
_RELATED_QUESTION_KEY = re.compile(r"^(?:延伸问题|大家还问|相关问题|网友还问|还有人问)[：:]")
# A site's note that its content is for reference only (某某问答内容仅供生活参考。): all 436 labelled lines are chrome.
_CONTENT_ONLY_REFERENCE = re.compile(r"内容仅供[^。！？]{0,6}参考")


# --- Session 34's classes ------------------------------------------------------------------
# (Round 105.)
# A signature card: an organisation's name and its phone set off by a bar ("某某学院学生公寓管理中心 | 电话 0795-…",
# "某某局办公室 · 电话 …"): all 7 labelled lines so shaped are chrome; a document names its contact under a key
# (联系人：…，电话：…) and never sets its phone off by a bar.
_NAME_BAR_PHONE = re.compile(r"^[\u4e00-\u9fff（）()]{4,30}\s*[|｜丨·•]\s*(?:电话|联系电话|办公电话|Tel|TEL|tel|☎)\s*[:：.]?\s*[\d-]{7,}")
# An invitation to message the firm or the author ("有劳动用工问题，欢迎私信某某律师团队。"): the one labelled line is
# chrome and no labelled body line holds "欢迎私信" (a reader's "可以私信我" in a post is the text's).
_MESSAGE_US = re.compile(r"欢迎私信")
# A row of short cells and a counter ("主持词 · 社区活动　｜　收藏 318", "编辑　讨论　收藏　赞 93"): all 3,176 labelled
# lines with a cell of a counter's word and its count, the other cells short words, are chrome.
# A post's stamp of what was done how long ago closing its line ("唐某　分享于 2 周前", "某某回答于 昨天 21:16"): all
# 728 labelled lines so closing are chrome; no document dates itself relative to the reader.
# (At the line's end: a row going on after it, "更新于 2天前 已有 186 人咨询", keeps the older row classes.)
_DONE_AGO = re.compile(r"(?:分享|发布|发表|更新|回答|提问|编辑|投稿|上传)于\s*(?:\d+\s*(?:分钟|小时|天|周|个月|年)前|(?:昨天|前天)(?:\s*\d{1,2}:\d{2})?|刚刚|上周|上个?月)$")
# A reply by its floor's word, the replier and how long ago ("沙发 某某　3 天前：…", "2楼　某某　刚刚"): all 42 labelled
# lines so opening are chrome.
_FLOOR_REPLY_AGO = re.compile(r"^(?:沙发|板凳|地板|地下室|\d{1,4}\s*楼|#\d{1,4}|\d{1,4}#)[\s\u3000]*[^\s\u3000：:]{1,12}[\s\u3000]+(?:\d+\s*(?:分钟|小时|天|周|个月)前|昨天|前天|刚刚)")
# A note that the text is shown with its author's or its client's consent ("本函经委托人同意予以公示，…", "本文书经
# 委托人同意公开，已隐去当事人姓名。"): all 9 labelled lines so opening are chrome.
_SHOWN_WITH_CONSENT = re.compile(r"^(?:本|此|该)(?:函|文|案|信|页|篇|判决|案例)[^。]{0,12}(?:同意|授权|许可)[^。]{0,6}(?:公示|公开|发布|刊登|刊发|展示)")
# A reader's comment under the 网友 word, a space and the nickname ("某某网友 雪落无声：早该有了…"): all 4 labelled
# lines so shaped are chrome (a reply to a 网友 in a government's answer has no space: 网友“某某”：).
_SPACED_NETIZEN_COMMENT = re.compile(
    r"^[\u4e00-\u9fff]{0,6}(?:网友|读者|用户)[ \u3000]+[^\s：:，。！？]{1,10}[：:]\s*\S"
    # (… or a place's 网友 and a quoted nickname, "某某网友“豆豆爸”：…"; a reply's addressee, "网友“某某”：",
    # names no place before the word.)
    r"|^[\u4e00-\u9fff]{2,6}网友\s*[“\"「][^”\"」]{1,12}[”\"」]\s*[：:]\s*\S"
)
# (Round 107.)
# A label of related items over titles in book-title marks ("同课异构：《…》教学设计　《…》课堂实录", "更多…：《…》　《…》"):
# all 10 labelled lines so shaped are chrome; a document's own list under its key (须携带：《…》　《…》) names no related items.
_KEYED_BOOK_TITLES = re.compile(r"^(?=[\u4e00-\u9fff]{0,6}(?:同|相关|更多|推荐|延伸|热门|其他|往期|猜你|热映|热播|相似|类似))[\u4e00-\u9fff]{2,8}[：:]\s*《[^》]+》[^\u3000《》]{0,8}(?:\u3000+|\s{2,}|\s*[｜|·]\s*)《")
# A question leading a 400/800 line ("需要律师改写合同？拨打 400-… 转 2"): all 37 labelled lines so shaped are chrome.
_QUESTION_THEN_HOTLINE = re.compile(r"^[^。！]{2,24}[？?][^。！？]{0,12}[48]00[-－\s]?\d{3}[-－\s]?\d{4}")
# An encyclopaedia's note on the entry itself ("本词条缺少参考资料，…", "本词条是多义词…"): all 268 labelled lines
# opening on 本词条 or 该词条 are chrome; an entry's text never names itself so.
_ENTRY_SELF_NOTE = re.compile(r"^(?:本|该|此)词条")
# (… a sentence of it only when it speaks of the entry's upkeep: "本词条由网友共同编辑，…。"; "本词条所列数据由县统计局
# 提供。" cites the text's source.)
_ENTRY_UPKEEP_WORDS = re.compile(r"编辑|参考|审核|多义词|义项|缺少|完善|补充|修改|修订|浏览|帮助|目录|纠错|指正")
# A reader's display settings ("阅读设置：〖字体 大 中 小〗〖底色 …〗", "【字号：大 中 小】", the box closed): all labelled lines
# so shaped are chrome (a bracketed 【背景】 heads a case's own paragraph, and is not one of them).
_DISPLAY_SETTINGS = re.compile(r"^(?:阅读|显示|页面|浏览)设置\s*[:：]|[〖【\[](?:字体|字号|底色|护眼|自动滚屏|滚屏|夜间模式)[^〗】\]]{0,16}[〗】\]]")
# A mail service's footer ("本邮件由某某云邮发送，祝您工作愉快！", "邮件由某某邮箱大师发送"): all labelled lines so worded are
# chrome (a letter's own closing wish, "祝您工作愉快！", is not one of them).
_MAIL_SERVICE_FOOTER = re.compile(r"(?:邮件|邮箱)由[^。，]{1,12}(?:发送|提供)")
# A page's note that the original prevails ("本公告内容以采购人发布的原件为准。"): all 15 labelled lines are chrome.
_ORIGINAL_PREVAILS = re.compile(r"以[^。，]{0,10}(?:发布的)?原件为准|以[^。，]{0,8}正式文本为准")
# The rest of a file after downloading it ("完整方案（含动作图解）请下载后查看", "以上为部分预览，下载后可编辑全部条款"): all 184
# labelled lines so worded are chrome (a notice's "可从网站下载后打印填写" names no rest of the text).
_REST_AFTER_DOWNLOAD = re.compile(
    r"(?:完整|全部|全文|余下|其余|部分预览)[^。]{0,14}下载后(?:可|方可|才能|即可)?(?:查看|编辑|阅读|可见)|下载后(?:可|方可|才能|即可)?(?:查看|编辑|阅读)(?:全部|完整|全文|余下)"
)
# An expand button behind a down-pointing triangle ("▾ 展开余下全文"): all 10 labelled lines so opening are chrome.
_TRIANGLE_EXPAND = re.compile(r"^[▾▼∨⌄﹀]\s*(?:展开|查看)")
# A study platform's note that the piece is on a study list ("本文已纳入机关党员本周学习清单"): all 4 labelled lines.
_ON_STUDY_LIST = re.compile(r"已(?:纳入|加入|列入|收入)[^。，]{0,10}(?:学习清单|学习计划|学习任务|必读)")
# A link to the next or the previous piece ("点击此处，跳到下一篇").
_JUMP_TO_PIECE = re.compile(r"(?:跳到|跳转到?|进入|前往)(?:下一篇|上一篇|下一章|上一章)")
# A prompt to read the piece on the phone by scanning ("手机扫码继续阅读本文"); a notice's "用手机扫码即可查看…" names
# what the code shows, not the page.
_PHONE_SCAN_TO_READ = re.compile(r"手机扫码[^。，]{0,4}(?:继续)?(?:阅读|查看|看)(?:本文|全文|本篇)")
# A course's trial price ("零基础烘焙课，限时体验价9.9元"): all 4 labelled lines are chrome.
_TRIAL_PRICE = re.compile(r"体验价\s*[¥￥]?\d")
# A follow prompt with what the account lets one do ("关注医院公众号，可微信预约"): all 4 labelled lines are chrome.
_FOLLOW_TO_BOOK = re.compile(r"^关注[^。，]{1,12}(?:公众号|服务号|微信号)[，,]\s*(?:可|即可|就能|可以)[^。]{0,10}(?:预约|挂号|查询|缴费|办理)")
# (Round 108.)
# A row of square-bracketed boxes ("［准考证打印通道］　［考点地图］", "[编辑本段]　[引用本词条]"): all 515 labelled lines so shaped
# are chrome (a box of digits alone, "[1] [2]", is a reference's mark and no button).
_SQUARE_BOX_ROW = re.compile(r"^(?:[［\[](?=[^［］\[\]]*[\u4e00-\u9fff])[^［］\[\]]{1,12}[］\]][\s\u3000]*){2,6}(?:[\s\u3000]*[\u4e00-\u9fff]{2,4}){0,3}$")
# A bracketed credit of who compiled, edited or wrote the piece ("（整理：某某律师）", "（编辑：某某）"): all labelled lines so
# opening are chrome (a table's source in brackets, "（来源：区统计局…年鉴）", is the text's and no credit).
_BRACKETED_COMPILER_CREDIT = re.compile(
    r"^[（(](?:整理|编辑|责编|责任编辑|撰稿|供稿|校对|审核|审校|摄影|撰文)\s*[：:／/][^（）()]{1,20}[）)]$"
    # (… or the source that supplied it, a name without figures: "（来源：某某文旅）"; a table's source names a
    # publication with its year, "（来源：区统计局2026年统计年鉴）", and is the text's.)
    r"|^[（(]来源\s*[：:]\s*(?![^（）()]*(?:年鉴|公报|报告|调查|数据))[^（）()\d]{2,12}[）)]$"
)
# A mail client's separator framed by dashes ("-------- 以下为附件正文 --------", "---------- Forwarded message ----------"):
# all 576 labelled lines so framed and naming a mail's part are chrome (a form's own "——回执——" names none).
_DASHED_MAIL_SEPARATOR = re.compile(r"^[-—=_*~～]{3,}\s*[^-—=_*~～]{0,10}(?:附件|转发|邮件|正文|Original|Forwarded|Message)[^-—=_*~～]{0,10}\s*[-—=_*~～]{3,}$")
# A tap on the account's blue name in quotes ("戳一下上面蓝色的“某某”，关注后…第一时间送达"): all 6 labelled lines so opening.
_TAP_BLUE_NAME = re.compile(r"^(?:点击|点|轻点|轻触|戳)(?:一下)?(?:上方|上面|顶部|标题下方)?的?蓝色的?(?:字|名字|名称|小字)?[“\"「]")
# A forwarder's note to whom the mail goes ("某总，这是某某公司发来的合同范本，请您过目。"): the one labelled line is chrome;
# a letter of the text's opens on its addressee and a colon, never "这是…，请过目".
_FORWARDER_NOTE = re.compile(r"^[^，。：:]{1,8}[，,]\s*这是[^。]{2,24}[，,]\s*请(?:您|你)?(?:过目|查收|审阅|阅示|审核|查阅|知悉)[。！!]?$")
# (Round 109.)
# A blogger's note that the piece is no advertisement ("注：本文不含任何推广，产品都是自己买的").
_NO_PROMOTION_NOTE = re.compile(r"(?:本文|本帖|此文|本篇)(?:不含|无|没有|非|并非)[^。]{0,6}(?:推广|广告|软广)")
# A pair of links to the previous and the next piece between arrows ("◂ 第十三篇：晒被子　　第十五篇：… ▸"): all 185
# labelled lines so shaped are chrome.
_ARROWED_PREV_NEXT = re.compile(r"^[◂◃◄◀◁←‹«<]\s*\S.{1,30}[\u3000\s]{2,}.{1,30}[▸▹►▶▷→›»>]$")
# A prompt to leave a mark under the piece ("喜欢这篇，就在文末留个脚印吧").
_LEAVE_FOOTPRINT = re.compile(r"留(?:个|下)?(?:脚印|足迹)")
# A download site's note on what opens the file ("提示：WPS文件请用WPS Office或新版Word打开"): all 6 labelled lines.
_OPEN_WITH_APP = re.compile(r"(?:WPS|wps)文件请用|请用(?:WPS|Word|Office|wps)[^。]{0,14}打开")
# A school's motto in the page's header ("某某中学　　校训：勤学　笃行"): both labelled lines are chrome; a document
# never gives its school's motto under a key.
_MOTTO_KEY = re.compile(r"校训\s*[：:]")
# A Q&A's answer row with its label between cells ("某某　｜　最佳答案　｜　昨天 19:22").
_ANSWER_LABEL_CELL = re.compile(r"[｜|\u3000]\s*(?:最佳答案|最佳回答|被采纳)\s*[｜|\u3000]")
# (Round 110.)
# A teaser question to non-members ("还不是会员单位？在线提交入会申请…"): all 31 labelled lines so opening are chrome.
_NOT_YET_MEMBER = re.compile(r"^还不是[^？?]{1,8}[？?]")
# A like prompt when the reader liked the piece ("♥ 喜欢这篇就点个小鱼干（28）"): all 40 labelled lines so worded are chrome.
_LIKED_THEN_TAP = re.compile(r"喜欢(?:这篇|本文|的话)?就点个")
# A host's note that it does not review what users share ("…本站不审核内容，请谨慎参考。"): all 8 labelled lines.
_NOT_REVIEWED = re.compile(r"本站不审核|不审核(?:内容|文件|资料)")
# A preview's heading alone ("资料预览："): all 48 labelled lines so shaped are chrome.
_PREVIEW_HEADING = re.compile(r"^(?:资料|文档|文件)预览\s*[：:]?$")
# A pointer to the page's side widget ("侵权维权、专利咨询，请点右侧在线律师"): all 34 labelled lines so worded are chrome.
_SIDE_WIDGET_POINTER = re.compile(r"请?点(?:击)?(?:右侧|左侧|右下角|下方)[^。]{0,6}(?:律师|咨询|客服)")
# An official account's or a moderator's reply in a thread ("某某在线官方号 回复：已转…核实"): the labelled line is chrome.
_OFFICIAL_REPLY = re.compile(r"^[\u4e00-\u9fff]{2,10}(?:官方号|官方账号|管理员|版主)\s*回复\s*[：:]")
# An encyclopaedia's note that its entries are written by users ("某某百科词条由用户共同编写，…"): all 62 labelled lines.
_ENTRY_BY_USERS = re.compile(r"词条由(?:用户|网友)")
# A writing service's pitch naming its writers ("急用稿件找某某写手，Q：…"): all 10 labelled lines so worded are chrome.
_FIND_A_WRITER = re.compile(r"(?:找|请)[^，。]{0,6}写手")
# A login prompt to reply or comment ("回帖请先登录，文明发言", "游客请先登录再回复"): all 56 labelled lines are chrome.
_LOGIN_TO_REPLY = re.compile(r"(?:回帖|回复|评论|发言|留言|下载|查看)请先登录|请先登录(?:后)?再?(?:回帖|回复|评论|发言|留言)")
_REACTION_COUNT_CELL = re.compile(r"^(?:收藏|阅读|浏览|下载|点赞|评论|人气|热度|赞|在看|分享)\s*[:：]?\s*[（(]?\d[\d.,]*\s*[万kKwW]?\+?[）)]?(?:\s*次)?$")
_COUNTER_ROW_GAPS = re.compile(r"\s*[｜|]\s*|\u3000+|\s{2,}")


def _counter_row(s: str) -> bool:
    """``s`` (at most 40 characters) is a row of 2–6 cells, one of them a counter (``收藏 318``) and
    the others at most 12 characters without a sentence end (``主持词 · 社区活动``)."""
    cells = [c for c in _COUNTER_ROW_GAPS.split(s.strip()) if c]
    if not 2 <= len(cells) <= 6:
        return False
    counters = [c for c in cells if _REACTION_COUNT_CELL.match(c)]
    others = [c for c in cells if not _REACTION_COUNT_CELL.match(c)]
    return bool(counters) and bool(others) and all(len(c) <= 12 and not _SENTENCE_END.search(c) and _CJK.search(c) for c in others)


# --- Session 33's classes ------------------------------------------------------------------
# (Round 100.)
# A teaser question and where to go for it ("想看往年织的围巾？进“某某邻里”群相册", "想学…？点此报名"): all 48
# labelled lines so opening with the question and going on without a sentence are chrome.
_TEASER_QUESTION = re.compile(r"^(?:还)?想(?:看|学|了解|知道)[^。！？?]{1,14}[？?]")
# A host disclaiming what it carries ("…，某某阁不对使用结果负责。", "快搜与网页作者无关，不对其内容负责"): all 431
# labelled lines so worded are chrome; a law's sentence does not assume liability (…不承担赔偿责任) instead.
_DISCLAIMS_CONTENT = re.compile(r"不对[^。，；]{0,12}(?:内容|网页|页面|观点|真实性|准确性|完整性|使用结果|使用后果)[^。，；]{0,6}(?:负责|承担)")
# A share row naming the messengers ("把本文分享给支部同志：微信　朋友圈　钉钉", "分享：微信 微博"): all 801 labelled lines.
_SHARE_TO_MESSENGERS = re.compile(r"(?:分享|转发|转给|发给|转到)(?:给|到|至)?[^：:。！？]{0,10}[：:]\s*(?:微信|朋友圈|QQ|微博|钉钉|企业微信)")
# A link to the past items of a column under its key ("往期学员作品：…", "往期讲堂：…"): all 239 labelled lines.
_PAST_ITEMS_KEY = re.compile(r"^往期[\u4e00-\u9fff]{0,6}[：:]\s*\S")
# The piece's place among its parts ("〔本篇共三节，此为第二节〕", "本文共2页，当前第1页"): all 41 labelled lines.
_PARTS_OF_PIECE = re.compile(r"(?:本篇|本文|全文)共\s*[\d一二三四五六七八九十]{1,3}\s*(?:节|章|部分|篇|页|段)")
# A line pointing to the host's app to book ("哮喘门诊可在“某某县医”小程序提前挂号"): on a line of its own, no
# sentence; a sentence saying so (…可通过“某某”小程序预约参观。) is the text's (24 such body lines, all sentences).
_BOOK_IN_APP_LINE = re.compile(
    r"^[^。！？，,\d（(]{0,10}(?:可在|可通过|请在|请通过|可于)\s*[“\"「][^”\"」]{2,12}[”\"」]\s*(?:微信)?(?:小程序|公众号|App|APP|app|客户端)[^。！？，,]{0,4}(?:挂号|预约|报名|缴费|查询)[^。！？，,]{0,4}$"
)

# A repost's source on its own line, with what the poster adds ("转自社区居务公开栏，原样照录：", "转自：某某局"): all 33
# labelled lines so opening are chrome.
# (The source alone, "转自：某某局", "摘自《…》", is a source credit: see _SOURCE_CREDIT's class.)
_REPOST_SOURCE_LINE = re.compile(r"^(?:以下)?(?:转|摘|抄)(?:自|录自|载自|发自)\s*[：:]?[^。！？，,：:]{2,20}(?:[，,][^。！？]{0,16}|[：:])$")
# A reader's view buttons: its modes and its zoom ("翻页模式　│　滚动模式　│　夜间", "放大 缩小 全屏 翻页模式"): a line
# of nothing else is chrome (the one body line naming a mode, "…支持护眼模式，…", is a sentence).
_READER_VIEW_MODE = re.compile(r"(?:翻页|滚动|夜间|日间|护眼|阅读|单页|双页|全屏|横屏|竖屏)模式")
_VIEW_ROW_WORDS = re.compile(r"(?:翻页|滚动|夜间|日间|护眼|阅读|单页|双页|全屏|横屏|竖屏)模式|放大|缩小|全屏|夜间|日间|护眼|字号|字体|[大中小]|Aa|A[+-]")
# (Round 101.)
# A headline under a hot or new label ("【热】某某水库下周起实行分区垂钓", "【最新】关于…的通知"): all 36 labelled lines
# so opening and ending without a sentence are chrome (a photo's 【图】…。 is the text's).
_HOT_LABEL_HEADLINE = re.compile(r"^[【\[](?:热|新|荐|顶|推荐|热门|最新|置顶|精华|热点)[】\]]\s*\S")
# When the page was generated or printed ("本页生成于 2 小时前（打印版）", "本页打印于 2025/11/30"): all 8 labelled lines.
_PAGE_MADE_AT = re.compile(r"^本页(?:生成|打印|导出|更新)于")
# A byline of its own ("文　某某", "作者：某某", "撰文 / 某某"): all 48 labelled lines so shaped are chrome.
_BYLINE_ALONE = re.compile(r"^(?:文|作者|撰文|文字|图文|文图)\s*[/／|｜:：\u3000 ]\s*[\u4e00-\u9fff]{2,5}$")
# Who posted it and a relative time ("某某用户 某某 分享于 昨天", "发布于 3天前 · 阅读 201"): all 160 labelled lines.
_POSTED_RELATIVE = re.compile(r"(?:分享|发布|上传|发表)于\s*(?:\d+\s*(?:分钟|小时|天)前|昨天|前天|今天|刚刚)")
# A round-the-clock service line alone ("物业24小时报修：0539-…", "24小时服务热线：…"): all 299 labelled lines so
# shaped are chrome; a notice's own number stands in its sentence.
# (A duty line, 24小时值班电话：…, may be a notice's own: it is left to the trailing block.)
_ROUND_THE_CLOCK_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{2,12}[\s\u3000]+)?[\u4e00-\u9fff]{0,6}24\s*小时(?![\u4e00-\u9fff]{0,2}值班)[\u4e00-\u9fff]{1,6}\s*[:：]\s*[\d\s-]{7,}$")
# A row of buttons, each behind an icon ("⊕ 收进我的素材夹　　⊕ 转成PPT提纲", "↓ 本地下载　　↓ 网盘下载"): all 139
# labelled lines so shaped are chrome.
_ICON_BUTTON_ROW = re.compile(r"^(?:[^\w\s，。、“”（）()：:【】]\s*[\u4e00-\u9fffA-Za-z]{2,10}(?:\s*[（(]\d+[）)])?(?:[\s\u3000]{2,}|\s*[|｜]\s*|$)){2,5}$")
# A rater's score and comment under a post ("鱼币 +6 某某：干货，收了", "驿站币 +30　热心 +2"): all 24 labelled lines.
_RATER_SCORE = re.compile(r"^[\u4e00-\u9fff]{0,3}(?:币|积分|威望|金币|贡献|经验)\s*[+＋]\s*\d+")
# A follow prompt and what the account does each week ("关注某某，每周三晚直播答疑").
_FOLLOW_FOR_SHOWS = re.compile(r"^(?:关注|订阅)[\u4e00-\u9fff“”]{2,10}[，,][^。！？]{0,12}(?:直播|答疑|开讲|讲解)")
# (Round 103.)
# A controlled copy's note ("本文件为受控文件，打印件仅限当班使用…", "受控文件，复印无效"): all 3 labelled lines.
_CONTROLLED_COPY = re.compile(r"受控文件|打印件(?:仅限|仅供|只限)")
# Who shared the piece under its key ("分享学员：某某（…第21期）", "分享用户：…"): all 6 labelled lines.
_SHARED_BY_KEY = re.compile(r"^(?:分享|投稿|来稿|供稿)(?:学员|学生|会员|用户|网友|老师|人)\s*[:：]\s*\S")
# A ban on taking the page's pictures ("…配图均为博主自摄，请勿盗图").
_NO_PICTURE_THEFT = re.compile(r"(?:请勿|禁止|严禁|谢绝)(?:盗图|盗用图片|搬图)")
# A login or a purchase to unlock the rest ("登录某某解锁本段以下全部内容"): all 24 labelled lines so worded are chrome.
_LOGIN_TO_UNLOCK = re.compile(r"(?:登录|开通|购买)[^。，]{0,8}解锁(?:本段|本节|此段)?(?:以下|后面|剩余|余下)?(?:全部)?(?:内容|全文|段落)")
# A firm's offer for like cases ("类似纠纷可微信咨询某律师"): all 26 labelled lines so worded are chrome.
_LIKE_CASES_OFFER = re.compile(r"类似(?:纠纷|问题|情况|案件)[^。]{0,10}(?:咨询|联系|找|问)[^。]{0,6}(?:律师|本所|我们)")
# A host that only indexes or keeps copies ("某某阁仅做内容收录与索引，…", "…镜像站仅作收录"): all 86 labelled lines.
_INDEX_ONLY = re.compile(r"(?:仅做|仅作|只做)[^。，]{0,8}(?:收录|索引|存档|归档)")
# A search cache's note on its copy ("…保存的文本版本，图片与样式已去除，原页面可能已更新"): all 7 labelled lines.
_CACHED_VERSION = re.compile(r"(?:保存|存档)的(?:文本|纯文本|文字)?版本|原(?:页面|网页)可能已(?:更新|更改|变化)")
# A mail's signature after a dash: the sender, the firm and the department ("—— 某某｜某某用品｜销售部").
_DASHED_MAIL_SIGNATURE = re.compile(r"^[—－-]{1,2}\s*[\u4e00-\u9fff]{2,4}\s*[|｜/／]\s*[^|｜/／。！？]{2,16}(?:\s*[|｜/／]\s*[^|｜/／。！？]{2,10})?$")
# A download page's key over its blurb ("资料简介：", "文档介绍"): all 180 labelled lines so shaped alone are chrome (a
# course's "课程简介：本课程…" is the brochure's own).
_BLURB_KEY = re.compile(r"^(?:资料|文档|内容|文件|作品)(?:简介|介绍|描述)\s*[:：]?$")
# The page's terms for reprinting in brackets ("（手帐原创，搬运请先留言打招呼）").
_BRACKETED_REPRINT_TERMS = re.compile(r"^[（(][^（）()]{0,12}(?:转载|搬运|转贴|转录|引用)[^（）()]{0,4}(?:请|须|需)[^（）()]{2,12}[）)]$")
# A template's use counter alone ("1.4万次使用", "2,310人下载").
_USES_COUNTER = re.compile(r"^[\d.,]+\s*[万千wWkK]?\+?\s*(?:次|人)(?:使用|下载|引用|借鉴|套用|阅读|浏览|收藏)$")
# An entry of a reference list: its number, a title, a dot, then the publisher or the body that issued it, the year
# and page after it ("1. 某某图录．某州：某某出版社"; GB/T 7714-2015's order): all labelled lines so shaped are chrome.
# (The bracketed marks, "[1] …", are _REFERENCE_ENTRY's; an entry closed by a full stop may be a report's own.)
_NUMBERED_REFERENCE = re.compile(
    r"^\d{1,2}[.．、]\s*[^。！？]{2,40}[.．]\s*[^。！？]{2,30}(?:出版社|出版|文化馆|博物馆|研究所|研究院|大学|学报|杂志|年鉴|期刊)(?:\s*[,，]\s*\d{4})?(?:\s*[:：]\s*\d+)?$"
)
# (Round 104.)
# A link under "另见：" / "参见：" ("另见：某某实训室使用预约须知"): all 7 labelled lines so opening are chrome.
_SEE_ALSO_KEY = re.compile(r"^(?:另见|参见)\s*[:：]\s*\S")
# A distribution log's row: a short date, a clock time, who sent it where ("11-07 09:30　系统　分发至…"): all 72
# labelled lines opening on such a date and time are chrome.
_LOG_ROW = re.compile(r"^\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}[\s\u3000]")
# The topic or collection the page files the piece in ("本文已收录至专题「某某」", "收录于合集 #…"): all 44 labelled.
_FILED_IN_TOPIC = re.compile(r"(?:本文)?已?收录(?:于|至|到|进)(?:专题|合集|专栏|话题)")
# An entry's references under their key on one line ("参考资料：[1] …　[2] …"): all 173 labelled lines.
_REFERENCES_KEY = re.compile(r"^参考(?:资料|文献|来源)\s*[:：]\s*\S")
# A like prompt with a login to download ("觉得有用就点个赞，下载整篇须先登入某某账号。").
_LIKE_THEN_LOGIN = re.compile(r"(?:点个赞|点赞)[^。]{0,6}[，,][^。]{0,12}(?:登入|登录|登陆)")
# A page open to the intranet only ("本页仅限公司内网访问，…", "仅限内网访问"): all 19 labelled lines.
_INTRANET_ONLY = re.compile(r"仅限[^。，]{0,6}内网(?:访问|查看|浏览|使用)")
# A button to read the piece in the app, in brackets ("〔APP内阅读〕", "【客户端打开】").
_READ_IN_APP_BOX = re.compile(r"^[〔【\[]\s*(?:APP|App|app|客户端)内?(?:阅读|打开|查看|收看)\s*[〕】\]]$")
# A post's relative time and what was done alone on a line ("2 小时前回答", "昨天 21:40 发布"): no document
# dates itself relative to the reader.
_RELATIVE_STAMP_LINE = re.compile(r"^(?:\d+\s*(?:分钟|小时|天|周|个月)前|刚刚|昨天|前天|今天)\s*(?:\d{1,2}:\d{2}\s*)?(?:回答|发布|发表|更新|回复|编辑|提问|作答)$")


# --- Session 32's classes ------------------------------------------------------------------
# (Round 94.)
# A mail client's note that it shows the attachment in the text ("[附件已在正文中展开显示]", "以下为附件正文预览
# （已转为纯文本）", "【附件预览】"): all 11 labelled lines so worded are chrome.
_ATTACHMENT_SHOWN = re.compile(r"附件[^。！？，]{0,6}(?:已|自动)[^。！？，]{0,6}(?:展开|预览|显示)|附件(?:正文|内容)?预览|(?:已|自动)转(?:为|成|换为)纯文本")
# A button to enrol or fill in the form ("…培训班正在报名，点此填表", "想当志愿者？点这里报名"): all 34
# labelled lines so worded are chrome.
_TAP_TO_ENROL = re.compile(r"(?:点此|点击|点这里|戳这里)(?:填表|报名|填写)")
# A membership's first-month price ("…需开通某某月卡，首月仅需6元"): all 17 labelled lines so worded are chrome.
_FIRST_MONTH_PRICE = re.compile(r"首月(?:仅需|只需|仅|只要|低至)\s*[¥￥]?\s*\d+(?:\.\d+)?")
# A firm's offer to check the text for its reader ("条款拿不准可找律师逐条把关", "…必要时请律师审核").
_LAWYER_CHECK = re.compile(r"(?:找|请|让)律师[^。！？，]{0,8}(?:把关|审核|审查|看看|分析|解答)")
# The category a post is filed under, alone ("分类：灶边旧事", "归档于：…"): all 56 labelled lines so keyed are chrome.
_FILED_UNDER = re.compile(r"^(?:文章)?(?:分类|所属分类|归档于?|所属栏目)\s*[:：]\s*[^。！？，,\s]{1,12}$")
# A button to share this page to a messenger ("一键分享本文到朋友圈"); (sharing a photo "到朋友圈" is a pledge's).
_SHARE_THIS_TO = re.compile(r"(?:一键)?(?:分享|转发)(?:本文|此文|本篇)(?:到|至)(?:朋友圈|微信群?|微博|QQ)")
# Who publishes the column's items and answers for them ("本栏目信息由各园所自行发布并负责"): all 31 labelled lines
# so worded are chrome.
_COLUMN_PUBLISHER = re.compile(r"(?:本栏目|本站|本网|本平台|本版)(?:所有)?(?:信息|内容|文章|稿件|帖子)(?:均)?由[^。，]{1,12}(?:发布|提供|上传|负责)")
# The rest of the text behind a login ("余下两点体会需登录某某账号后展开"): 43 of the 44 labelled lines so worded are chrome.
_LOGIN_TO_OPEN = re.compile(r"(?:需|须|请)(?:要)?(?:先)?(?:登录|登陆|注册)[^。！？，]{0,8}后(?:方可|才能|即可)?(?:展开|查看|阅读|显示|复制|下载|浏览)")
# An app's AI button on the text ("AI帮我改一版", "AI一键润色"): all 374 labelled lines so worded are chrome.
_AI_REWRITE_BUTTON = re.compile(r"(?:AI|ＡＩ)\s*(?:帮我|帮你|一键|智能)?(?:改|写|润色|续写|扩写)|用\s*(?:AI|ＡＩ)[^。！？，]{0,6}(?:改写|改|写|润色|续写|扩写)")
# How much of the text a preview still hides, in tenths ("点开阅读剩余四成内容").
_REST_IN_TENTHS = re.compile(r"(?:剩余|余下|剩下|其余)[^。！？]{0,2}[\d一二三四五六七八九十]+\s*成")
# A prompt to tap the account's avatar or name at the top and follow it ("轻触左上角头像，关注“某某”"): all 211
# labelled lines so worded are chrome.
_TAP_ACCOUNT = re.compile(r"(?:轻触|点击|点一?下|戳)(?:左上角|右上角|上方|顶部)[^，。！？]{0,4}(?:头像|名片|蓝字|名称)")
# A button to hear the text read ("▷ 点这里听全文", "收听本文"): all 40 labelled lines so worded are chrome.
_LISTEN_LINK = re.compile(r"(?:点这里|点此|点击)?(?:听|收听)(?:全文|本文|本篇)")
# A preview's fold over the rest ("以下内容需展开阅读").
_FOLD_TO_OPEN = re.compile(r"(?:以下|余下|剩余|后续)(?:内容|部分)?需(?:点击)?展开(?:阅读|查看)?")
# A reader's comment under its name with its relative time in brackets ("某某：看哭了…。（昨天 22:41）"): all 30
# labelled lines so shaped are chrome.
_TIMED_COMMENT = re.compile(r"^[^：:，。]{1,12}[：:].{2,60}[（(](?:昨天|前天|今天|刚刚|\d+\s*(?:分钟|小时|天|周|个月)前)(?:\s*\d{1,2}:\d{2})?[）)]$")
# An OA document's routing, step by step ("流转：综合部拟稿 → 某某审核 → 总经理签发"): all labelled lines so
# shaped are chrome.
_ROUTING_STEPS = re.compile(r"(?:拟稿|起草|发起)[^。，]{0,10}(?:→|->|＞|>|›)[^。，]{0,12}(?:审核|审批|签发|会签)")
# An offer to draft one for the reader ("提交需求，律师团队为您定制合同"): all labelled lines so worded are chrome.
_DRAFT_FOR_YOU = re.compile(r"(?:为您|帮您|为你|帮你)(?:量身)?(?:定制|代写|代拟|起草)")
# A pointer to the firm's shop on a marketplace ("新品上架 ▸ 前往某某天猫旗舰店选购").
_SHOP_GO = re.compile(r"(?:前往|进入|去)[^。，]{0,10}(?:旗舰店|天猫店?|京东店?|淘宝店?|商城)(?:选购|购买|下单|看看)")
# An OA page's empty attachment count ("附件（0）"): the page's, a document's 附件 names its files.
_EMPTY_ATTACHMENTS = re.compile(r"^附件\s*[（(]\s*0\s*[）)]$")
# An app's button to insert a block into the text ("＋插入嘉宾名单模板").
_INSERT_BUTTON = re.compile(r"^[＋+]\s*(?:插入|添加|导入|加入)")
# A prompt to pass the page on to someone ("温馨提醒：转给家里老人看看"): all 79 labelled lines so worded are chrome.
_PASS_ON_TO_KIN = re.compile(r"(?:转给|转发给|分享给)[^。，]{0,6}(?:老人|家人|朋友|亲友|邻居|父母|爸妈|长辈)(?:看看|看一看|瞧瞧)?$")
# A vote button with its count ("赞同此文（126）", "顶（38）").
_VOTE_COUNT = re.compile(r"^(?:赞同|赞|顶|支持|有用|点赞)(?:此文|本文|本帖|一下)?\s*[（(]\s*\d+\s*[）)]$")
# A share row under its key ("转给朋友：微信　朋友圈　微博", "分享到："): all 584 labelled lines so keyed are chrome.
_SHARE_ROW_KEY = re.compile(r"^(?:转给朋友|分享到|分享至|转发到)[:：]")
# A reaction count on an answer ("1,086 人觉得这个回答有帮助").
_FOUND_HELPFUL = re.compile(r"\d[\d,]*\s*人觉得(?:这个|该|此)?(?:回答|答案|内容)?(?:有帮助|有用)")
# A policy reading linked under its key ("政策解读：…怎么挑？看这三点"): all 12 labelled lines so keyed are chrome.
_READING_KEY = re.compile(r"^(?:政策解读|图解|解读)[:：]")
# A pointer into the site's library for more ("更多活动主持词范本请进入资料库").
_MORE_IN_LIBRARY = re.compile(r"^更多[^。，]{2,12}(?:请|可)?(?:进入|访问|前往)")
# A tap prompt opening on "戳这里" ("戳这里，免排队挂专家号").
_TAP_HERE = re.compile(r"^(?:戳|点)(?:这里|此)[，,]")
# Who filed or uploaded the file on an OA or a file page ("归档人：生产部 某某"): all 46 labelled lines so keyed are chrome.
_FILER = re.compile(r"^(?:归档人|录入人|上传人)\s*[:：]\s*[^。！？，,]{2,20}$")
# An internal-use stamp alone ("仅限内部使用"), a cell of a file page's row.
# (… or the copy's own, whose inside it names: "（本通报仅限厂内传阅）", "本园地内容仅供内部学习交流"; 99 labelled lines
# so worded are chrome, the one body line names a place, "装订机只限在工具屋内使用"; with its full stop,
# "本办法仅供内部学习使用。", it is a rule's own sentence.)
_INTERNAL_USE = re.compile(
    r"^[（(]?(?:(?:本|此|该)[\u4e00-\u9fff]{0,6}?)?(?:仅限|仅供|只限|只供)(?:本?(?:厂|公司|单位|机关|院|校|系统|部门|集团|协会|园区|局|车间))?内部?(?:使用|传阅|参考|阅读|交流|学习){1,2}[）)]?$"
)
# A shop's cart button or its way in ("喜欢这款？进入商城加入购物车"): all 36 labelled lines so worded are chrome.
_TO_CART = re.compile(r"加入购物车|进入商城|立即购买|去商城")
# A law firm's own line offered for free advice ("类似纠纷可拨本所热线免费咨询").
_FIRM_LINE_OFFER = re.compile(r"(?:拨|致电|拨打)本所(?:热线|电话)")
# (Round 99.)
# A comment box's count ("已有 9 位路人留下了脚印　【我也说两句】"): all 47 labelled lines so worded are chrome.
# (… or marked it: "本文已有 58 名党员点亮“学习”", "已有 326 位居民点亮支持"; all 60 labelled lines so worded are chrome.)
# (… or signed up or joined in: "已有 63 人报名", "已有7人参与"; all 16 labelled lines so worded are chrome.)
_COMMENTS_SO_FAR = re.compile(r"已有\s*\d+\s*(?:位|名|条|个|人)[^。，]{0,8}(?:留下|评论|留言|脚印|点亮|点赞|学习|阅读|打卡|收藏|转发|分享|报名|参与|预约|签到)")
# A column's list under its header ("同栏目还有："): all 26 labelled lines so opening are chrome.
_SAME_COLUMN = re.compile(r"^同栏目(?:还有|推荐|文章)")
# A host's note that its members or users supplied the content ("…内容来自会员收录，…"), the rights clause after it.
_MEMBERS_SUPPLIED = re.compile(r"内容来自(?:会员|网友|用户)(?:收录|投稿|上传|分享)")
# A course's catalogue number in the page's row ("周末班 · 每期8组家庭 · 课程编号 MJ-0726").
_COURSE_CODE = re.compile(r"课程编号\s*[:：]?\s*[A-Za-z0-9]")
# A prompt to message the school's or the site's staff ("名额不多，想占位的先私信学堂小禾").
_DM_STAFF = re.compile(r"(?:先|请|可)?私信(?:学堂|小编|老师|客服|班主任)")
# Who shared the post and when, as a relative time ("由 老蔡 分享于 3 天前").
_SHARED_BY = re.compile(r"^由\s*\S{1,12}\s*(?:分享|发布|转发|上传)于\s*(?:\d+\s*(?:分钟|小时|天|周|个月)前|昨天|前天|今天|刚刚)")
# A wiki's invitation to add to the entry ("✎ 补充这个词条") and its licence note ("…遵循共享协议，引用请注明出处。").
# (… or its note that the entry is a stub: "本词条内容尚不完整，欢迎补充".)
_ADD_TO_ENTRY = re.compile(r"(?:补充|完善|编辑)(?:这个|此|该|本)词条|(?:本|此|该)(?:词条|条目)[^。]{0,10}(?:不完整|待完善|待补充|需完善|欢迎(?:补充|完善|编辑))")
_SHARE_LICENCE = re.compile(r"(?:遵循|采用)[^。，]{0,6}(?:共享|许可)协议")
# Readers' marks on a paragraph ("〔本段被 27 位读者划线〕"), a wiki's note that users edited a clause ("（本条经网友补充修订）"),
# a prompt to open the video ("▷ 点开视频，看…"), and a photo's credit in a credits row ("文字：…　配图：…").
_READER_MARKS = re.compile(r"被\s*\d+\s*(?:位|个|名)?\s*(?:读者|网友|用户)?[^。]{0,2}(?:划线|收藏|点赞|标注)")
_USERS_EDITED = re.compile(r"经网友(?:补充|修订|编辑|完善)")
_OPEN_VIDEO = re.compile(r"^(?:[^\w\s]\s*)?点开视频")
_PICTURE_CREDIT = re.compile(r"(?:^|[\s\u3000])配图\s*[:：]")
# A service's button alone on its line ("在线挂号", "网上预约 >"): all 251 labelled lines so worded are chrome.
_SERVICE_BUTTON = re.compile(r"^(?:[^\w\s]\s*)?(?:在线|网上|预约|手机)(?:挂号|预约|咨询|缴费|报名|问诊)(?:\s*[>›»→]+)?$")
# A hospital's emergency line by its round-the-clock key ("急诊24小时服务：…", "急诊急救：…", "急诊：…"): all 62
# labelled lines so keyed are chrome; a department's own line names the department (急诊科咨询电话：…).
_EMERGENCY_KEY_LINE = re.compile(r"^急诊(?:[（(]?24小时[）)]?|急救|\s*[:：])[^。！？]{0,12}\d{3,}")
# A prompt to open a photo larger ("图已压缩，戳图看大图", "点击查看大图"): all 11 labelled lines so worded are chrome.
_PHOTO_VIEW_PROMPT = re.compile(r"(?:戳|点|点击|轻触|点开)(?:图|原图|图片)?(?:看|查看)(?:大图|原图)|图(?:片)?已(?:压缩|折叠)")


# --- Session 31's classes ------------------------------------------------------------------
# (Round 89.)
# A comment box's header with its count of entries, whatever the box is called ("留下你的脚印（共3条）",
# "网友评论（共 0 条）", "留言板（共4条留言）"): all 10 labelled lines are chrome.
_BOX_COUNT_HEADER = re.compile(r"^[^\s，。；：！？]{2,12}\s*[（(]\s*共?\s*\d+\s*条(?:留言|评论|回复|回答)?\s*[）)]$")
# What a prompt promises its reader first, after a comma, closing a short line ("把某某网站加入书签，
# 行业新规早知道", "下载某某客户端，新闻早知道"): all 111 labelled lines are chrome, none a body line.
_PROMISE_TAIL = re.compile(r"[，,·]\s*[^，,。！？\s]{0,10}(?:早知道|不错过|不迷路)[。！!]?$")
# A pointer to the site's app without a sentence's end ("家长可在“某某通”App查看课程表", "在某某APP内打开"):
# all 74 labelled lines without an end mark are chrome; the 17 body lines saying so end in 。.
# (Only a line that opens on it, a subject of a few characters at most before it: an article's clause,
# "第三条　居民可通过服务热线或小程序预约…", cut by a hard wrap, is the text's.)
_APP_POINTER = re.compile(
    r"^(?!第[一二三四五六七八九十百\d]{1,4}条)[^，,。；;、\s\u3000]{0,10}(?:可在|可通过|请在|在)[“\"「]?[^”\"」，。\s]{2,10}[”\"」]?\s*(?:App|APP|app|客户端|小程序)(?:内|中|上|里)?"
    r"(?:打开|查看|下载|收看|阅读|浏览|领取|办理|预约|报名)"
)
# A short question that leads to a service's line ("需要律师代发律师函？全国咨询热线：400-…", "材料写不出来？
# …QQ：…"): all 116 labelled lines are chrome.
_QUESTION_THEN_LINE = re.compile(r"^[^。！？]{2,16}[？?]\s*[^。！？]{0,14}(?:热线|电话|客服|微信|QQ)\s*[:：]?\s*[\d\-—－ ]{7,}")
# Points a reader earns for an act, as a line without an end mark ("发表心得可得5个先锋积分", "参加活动的
# 家庭可累计志愿积分2分", "阅读本文可获学习积分 1 分"): all 80 labelled lines are chrome; the body's
# sentences on points schemes end in 。.
_POINTS_FOR_ACT = re.compile(
    r"^[^。！？，,；;、]{0,14}(?:可得|可获得?|可累计|可积|即得|即可获得)\s*\d*\s*[个点]?[\u4e00-\u9fff]{0,4}积分\s*\d*\s*分?[。！]?$"
)
# A health page's related department between its paragraphs ("相关科室：小儿外科（周一至周日全天门诊）").
_RELATED_DEPARTMENT = re.compile(r"^(?:相关|推荐|对应)(?:科室|门诊|专科)\s*[:：]")
# A one-line table of contents under its key ("本卷目录：A　B　C", "目录：定义　分类　组成"): all 19
# labelled lines are chrome.
_CONTENTS_ON_ONE_LINE = re.compile(r"^[\u4e00-\u9fff]{0,4}目录\s*[:：]\s*\S{2,16}(?:[\u3000 ]+\S{2,16}){2,}$")
# How many readers came by ("已有 1,207 位读者来过", "本章已有 73 位读者读过", "已有 842 人阅读"): all 16
# labelled lines are chrome.
_READERS_CAME = re.compile(
    r"已有\s*\d[\d,]*\s*(?:位|名|个|人次?)?\s*(?:读者|网友|人|用户|书友|朋友)?\s*(?:来过|读过|看过|阅读|浏览|访问|到访|围观|光临|参考|下载|收藏|借鉴)"
    # (… or how many readers felt something: "已有12位读者觉得很温暖")
    r"|已有\s*\d[\d,]*\s*位?(?:读者|网友|人)觉得"
)

# (Round 90.)
# A comment box's count and its first comment after a colon ("3 条评论：@某某：…").
_COUNT_THEN_COMMENTS = re.compile(r"^(?:共\s*)?\d+\s*条(?:评论|留言|回复|回答)\s*[:：]")
# A keystroke or a selection the page asks for ("按Ctrl+D收藏本站", "选中文字后按Ctrl+Enter告诉我们"): all 11
# labelled lines are chrome.
_KEYSTROKE_HINT = re.compile(r"(?:Ctrl|CTRL|ctrl|Alt|Shift)\s*[+＋]\s*[A-Za-z]\w*|选中(?:文字|内容|错字|错别字)")
# A link to click through ("天猫旗舰店同步开售，戳这里直达"): all 76 labelled lines are chrome.
_CLICK_THROUGH = re.compile(r"(?:戳|点)(?:这里|此处|此)(?:直达|进入|购买|查看|了解|下单|抢购)")
# A forum's stamp of the post's last edit by its poster ("帖子最后由 某某 修改"): all 168 labelled lines are chrome.
_POST_LAST_EDIT = re.compile(r"最后由\s*\S{1,16}\s*(?:于[^，。]{0,20})?(?:修改|编辑)")
# A countdown to a deadline opening a row ("距报价截止还有：2天"): all 51 labelled lines are chrome.
_COUNTDOWN_TO = re.compile(r"^距[^，。]{0,8}(?:截止|结束|开始|开标|报名)[^，。]{0,4}(?:还有|还剩|仅剩|剩余)")
# A mirror deferring to the original ("内容以原公众号为准"): all 43 labelled lines are chrome.
# (A translation's own "如有歧义，以原文为准。" defers to its original text: only a page's copy of an account,
# a web page or an article is a mirror's.)
_DEFERS_TO_ORIGINAL = re.compile(r"以原(?:公众号|网页|文章|账号|推文|页面)为准")
# An encyclopaedia edited by its users ("本百科词条由网友共同编辑"): all 101 labelled lines are chrome.
_EDITED_BY_USERS = re.compile(r"由(?:网友|用户|读者|大家)共同编辑")
# An AI writing tool's button ("✦ AI改写：一键换成你单位的数据"): all 200 labelled lines are chrome.
_AI_TOOL = re.compile(r"AI\s*(?:改写|续写|润色|扩写|帮写|生成|写作|一键)|让\s*AI|AI\s*帮你")
# A link to the Q&A's other answers by their count ("查看全部 9 个回答"): all 79 labelled lines are chrome.
_ALL_ANSWERS = re.compile(r"查看(?:全部|更多|其余|其他)\s*\d+\s*(?:个|条)(?:回答|评论|回复)")
# A members-only unlock ("会员解锁下一段", "解锁全文"): all 102 labelled lines are chrome.
_UNLOCK_REST = re.compile(r"会员解锁|解锁(?:下一段|下文|全文|余下|剩余|后续)")
# A forum's reward for replies or check-ins ("回帖打卡满30天，送…").
_REPLY_REWARD = re.compile(r"回帖[^，。]{0,10}送|打卡满\s*\d+\s*天")
# A request to credit the site when citing ("引用本词条请注明出处：某某百科").
_CITE_US = re.compile(r"引用本(?:词条|条目|文|页|篇)[^。]{0,4}请?注明")


# (Round 91.)
# A download site's mirror lines ("电信线路高速下载", "联通线路下载", "备用线路下载"): all 61 labelled lines are chrome.
_MIRROR_LINE = re.compile(r"^(?:电信|联通|移动|网通|备用|本地|高速|普通|镜像)[^，。]{0,6}(?:线路|通道|地址|镜像)")
# A forum's attachment with its size ("[附件] 某某.jpg (212.6 KB, 下载次数: 41)"): all 160 labelled lines are chrome.
_ATTACHMENT_SIZE = re.compile(r"\.(?:jpg|jpeg|png|gif|rar|zip|docx?|pdf)\s*[（(]\s*[\d.]+\s*[KMG]B", re.I)
# An unlock button ("立即解锁", "点解锁"): all 32 labelled lines are chrome.
_UNLOCK_NOW = re.compile(r"立即解锁|点解锁|付费解锁|点击解锁")
# A row of share targets ("转发到班级群　转发到QQ空间").
_SHARE_TO_ROW = re.compile(r"^(?:转发|分享)到\S{1,6}(?:[\s\u3000]+(?:转发|分享)到\S{1,6})+$")
# A QR code's placeholder in brackets ("［报名二维码］").
_QR_PLACEHOLDER = re.compile(r"^[［\[【（(〔]\s*[^］\]】）)〕]{0,6}二维码\s*[］\]】）)〕]$")
# A pointer to download the site's app by name for what it shows ("家长请下载“某某家校通”查看课表").
_DOWNLOAD_APP_TO = re.compile(r"下载\s*[“\"「][^”\"」]{2,10}[”\"」]\s*(?:App|APP|客户端|小程序)?(?:查看|了解|办理|获取)")
# Bracketed buttons that copy the text or send it to a phone ("〔拷到剪贴板〕〔发到手机上〕").
_CLIPBOARD_BUTTON = re.compile(r"[〔【\[]\s*(?:(?:拷|复制|拷贝)到剪贴板|发到手机上?)\s*[〕】\]]")
# A link to collect the text into the reader's folder ("点这里收进我的文稿夹"): all 8 labelled lines are chrome.
_CLICK_TO_COLLECT = re.compile(r"点(?:这里|此)收(?:进|藏|入)")
# A ban on reprinting without leave ("本函件仅作普法展示，未经许可不得转载", "…未经作者同意请勿转贴"): all 593
# labelled lines so worded are chrome, none a body's.
_NO_REPRINT = re.compile(r"未经[^。，]{0,4}(?:允许|许可|同意|授权)[^。]{0,4}(?:不得|禁止|请勿|严禁|谢绝)(?:转载|转贴|搬运)")
# Points for sharing the page, or too few of them ("文稿豆不够？分享本页给好友可得2豆").
_POINTS_FOR_SHARING = re.compile(r"分享[^。]{0,8}可得|[豆币]不够")
# A listen button for the text ("▶ 听这篇新闻", "♪ 收听本文").
_LISTEN_TO_THIS = re.compile(r"^(?:[▶►▷♪🔊]\s*)?(?:听|收听|朗读)(?:这篇|本篇|本文|全文)(?:新闻|文章)?\s*[▷▶►>]?$")
# A tap prompt at the account above or the card below ("轻点上方“某某”，每周看…", "戳下方卡片，看更多…"): all
# 297 labelled lines opening so are chrome.
_TAP_ABOVE_BELOW = re.compile(r"^(?:[^\w\s]{1,3}\s*)?(?:轻点|点击|点一下|点|戳)(?:上方|下方)")
# A writing app's prompt to tell it what to write ("没找到合适的？告诉某某你要写什么").
_TELL_US_WHAT = re.compile(r"告诉[^，。？]{0,6}你(?:要|想)(?:写|找)|没找到(?:合适|想要|需要)的")
# A school's standing enrolment ("…取证班常年招生，报名咨询 0736-…"): all 14 labelled lines are chrome.
_ALWAYS_ENROLLING = re.compile(r"常年招生|长期招生|火热招生中|招生中[，,]")
# A collection's note on its texts ("本集文字由作者自行整理，收入时略有删改"): all 22 labelled lines are chrome.
_COLLECTION_TEXT_NOTE = re.compile(r"^本(?:集|文集|书|卷|辑)[^。]{0,8}由[^。]{0,6}(?:整理|编辑|提供)")


# (Round 92.)
# A bracketed note on the page's copy: its photos, attachments, omissions or masking ("（修复前后的对比照片放在
# 相册里了）", "〔小编注：原文此处附检查表，略〕", "（当事人信息已做脱敏处理）"): all 65 labelled lines are chrome.
# (Not an attachment's own marker, "【以下为附件】", which the document prints.)
_COPY_NOTE = re.compile(
    r"^[（(〔【\[][^（）()〔〕【】\[\]]{0,20}(?:照片|图片|配图|相册|原文|从略|略去|脱敏|预览|PC端|电脑端|视频)[^（）()〔〕【】\[\]]{0,20}[）)〕】\]]$"
)
# A tip prompt for a cup ("给某某续一杯茶", "为作者买杯咖啡").
_TIP_A_CUP = re.compile(r"(?:给|为)[^，。！？]{1,8}(?:续|添|买)一?杯(?:茶|咖啡)")
# A prompt to star the account by name ("给“某某邮政”标个星，每周四收到…").
_STAR_BY_NAME = re.compile(r"(?:给|把)\s*[“\"「][^”\"」]{2,12}[”\"」]\s*(?:标个星|标星|加星|设为星标)")
# An expand button ("▼ 展开全部步骤"): all 122 labelled lines holding 展开全部/全文/更多 are chrome.
_EXPAND_BUTTON = re.compile(r"^(?:[▼▽⌄↓∨]\s*)?展开(?:全部|全文|更多|剩余)[^，。！？]{0,6}$")


# (Round 93.)
# A header counting the other answerers ("另外 2 位答主的回答"): all 174 labelled lines are chrome.
_OTHER_ANSWERS = re.compile(r"(?:另外|其他|其余|还有)\s*\d+\s*(?:位|个|条)(?:答主|网友|用户)?的?(?:回答|答案)")
# An answer's vote row opening on its count ("赞同 86 · 反对 · 收藏 · 感谢"): all 205 labelled lines are chrome.
_AGREE_COUNT_ROW = re.compile(r"^赞同\s*\d+")
# An answerer's or a poster's note that they edited ("（答主于昨天修改了回答）").
# (A forum's "（楼主于…修改了帖子）" is the forum's edit stamp, a class of its own.)
_ANSWER_EDITED = re.compile(r"[（(](?:答主|题主|作者)于[^）)]{1,10}(?:修改|编辑|更新)了?(?:回答|答案)[）)]")
# A site's note that what it shows is no one's view ("…均为写作示例，不代表任何单位和个人的真实意见"): all
# 189 labelled lines are chrome.
_NO_ONES_VIEW = re.compile(r"不代表[^。]{0,12}(?:观点|立场|意见)")
# A Q&A page's question under its label ("提问：…可以追责吗？").
_ASKED = re.compile(r"^(?:提问|网友提问|问题描述)\s*[:：].{4,80}[？?]$")
# A photo's caption after a triangle and a space ("▲ 执法人员检查后厨"): all 78 labelled lines are chrome.
# (An outline point under a triangle, "▲加强组织领导，压实防汛责任", holds a clause's comma and no space.)
_TRIANGLE_CAPTION = re.compile(r"^▲\s+[^。！？，,；;]{4,30}$")
# A collection's contents by the piece's place ("之一　渡口") or the piece's place in brackets ("（《某某旧事》之五）").
_PIECE_BY_PLACE = re.compile(r"^之[一二三四五六七八九十]{1,3}[\s\u3000]+\S{2,10}$|^[（(]《[^》]{1,12}》之[一二三四五六七八九十]{1,3}[）)]$")
# A wiki's edit link naming the section ("✎ 编辑“历史”这一段").
_EDIT_THIS_SECTION = re.compile(r"^[✎✏]\s*(?:编辑|修改)[^，。]{0,8}(?:这一段|本段|此段|本节|这一节)$")


# --- Session 30's classes ------------------------------------------------------------------
# (Round 84.)
# A site's disclaimer that it gives no advice ("范本不构成法律意见，使用前请咨询专业律师"): all 165
# labelled lines saying 不构成…意见 / 建议 are chrome.
_NO_ADVICE = re.compile(r"不构成[^。，；！？]{0,8}(?:意见|建议)")
# A service's call to book it ("合同审查请预约某某律师 0739-…", "家电清洗上门服务，预约请拨 …"): all 9
# labelled lines with 请预约 / 预约请拨 / 欢迎预约 are chrome.
_BOOK_US = re.compile(r"请预约|预约请(?:拨|致电|联系|电话)|欢迎预约")
# A prompt to follow the author for its updates ("关注老余，每周更新手艺故事。"): all 4 labelled lines are chrome.
_FOLLOW_FOR_UPDATES = re.compile(
    r"^(?:欢迎|记得|请)?关注[^，。！？]{1,10}[，,]\s*(?:(?:每周|每天|每日|每月|定期|持续|不定期)?(?:更新|推送)"
    # (… or what each issue brings: "关注某某，每周听一门老手艺", "…，每天学一招收纳窍门"; a report's "关注困难群众，
    # 每月走访一次" promises no content.)
    r"|(?:每周|每天|每日|每月|每期)(?:听|看|学|一篇|一期|分享|带你|讲))[^。！？]{0,12}[。！!]?$"
)
# A tip prompt if the reader liked the piece, as a sentence ("觉得写得还行，可以请某某喝杯茶。"): all 36
# labelled lines are chrome.
_TIP_IF_LIKED = re.compile(
    r"^(?:如果|要是)?(?:觉得|喜欢|读着)[^。！？]{1,12}[，,？?]\s*(?:就|可以|不妨|欢迎)?(?:扫码)?请[^。！？，,]{1,8}喝(?:杯|一杯)[^。！？]{0,6}[。！!]?$"
)
# An answerer's badge by topic ("居家厨艺 话题下的优秀答主　某某", "教育领域创作者"): all 9 labelled lines are chrome.
_TOPIC_BADGE = re.compile(r"(?:话题|领域)下?的?(?:优秀|新锐|资深|知名)?(?:答主|回答者|创作者)")
# A prompt to message the site's staff ("找讲话稿原文，请私信某某客服", "需要同类材料可私信小编"): all 11
# labelled lines are chrome. (A poster's "好几位朋友私信问我" names no staff.)
_MESSAGE_STAFF = re.compile(r"私信[^。！？，,]{0,8}(?:客服|小编|站长|管理员|助手)")
# A download's price in the site's points ("下载这份合同 ▸ 某某豆 1 枚", "下载本文档需消耗 4 个易币"): all 46
# labelled lines are chrome.
_DOWNLOAD_PRICE = re.compile(r"下载[^。！？，,]{0,12}\d+\s*(?:枚|个|点|颗|粒)")

# (Round 85.)
# A related piece's link in brackets under its key ("〔延伸：怎样辨别手工草鞋〕", "（延伸阅读：…）"): a list's item.
_BRACKETED_RELATED = re.compile(
    r"^[〔【\[［(（](?:延伸|延伸阅读|相关|相关阅读|推荐|推荐阅读|扩展阅读|拓展阅读|链接|参见|另见)\s*[：:][^〔〕【】\[\]［］()（）]{2,30}[〕】\]］)）]$"
)
# A collection's note on the piece's place in its series ("本篇收在「某某」系列，共九篇").
_IN_SERIES = re.compile(r"^(?:本篇|本文|此文|该文)[^，。]{0,4}(?:收录|收入|编入|收)(?:于|在|进)[^。]{0,20}(?:系列|专辑|合集|文集|专栏)")
# An editor's note pairing the piece with another one ("（本篇与卷一《拜师》可对照着读）").
_READ_WITH = re.compile(r"^[（(](?:本篇|本文)[^（）()。]{0,16}(?:对照|参看|参读|一起读|合读|并读|对读)[^（）()。]{0,4}[）)]$")
# A photo's placeholder in brackets ("［活动现场照片］", "（实训现场图片）", "[点击查看大图]"): all 10 labelled lines
# are chrome. (The importer's own "［图］" for a .docx image names no kind of picture.)
_BRACKETED_PHOTO_SLOT = re.compile(r"^[［\[【〔(（][^］\]】〕)）]{0,8}(?:照片|图片|配图|组图|截图|视频|大图|原图)[］\]】〕)）]$")
# A copy lock in brackets ("〔本段以下需登录后复制〕").
_BRACKETED_LOGIN_LOCK = re.compile(r"^[［\[【〔(（][^］\]】〕)）]{0,16}登录后[^］\]】〕)）]{0,4}(?:复制|下载|查看|阅读|浏览)[^］\]】〕)）]{0,8}[］\]】〕)）]$")
# A course's advert in brackets by its enrolment state ("【草编周末班 · 第7期招生中】").
_BRACKETED_ENROLLING = re.compile(r"^[【〔\[［].{0,16}(?:招生中|报名中|火热报名|热招中).{0,4}[】〕\]］]$")

# A Q&A's note on the scope of its answers ("律师解答仅针对提问者描述的情况，不作为办案依据。"): all 5 labelled lines
# are chrome.
_ANSWER_SCOPE = re.compile(r"仅针对[^。，]{0,12}(?:情况|情形|问题|描述|事实)")
# An outlet's app prompt by what it shows there ("用“某某发布”APP看高清图集", "下载某某APP查看完整排版"): all 29
# labelled lines are chrome.
_APP_TO_VIEW = re.compile(r"(?:用|打开|下载)[“\"「]?[^”\"」，。]{1,8}[”\"」]?\s*(?:APP|App|app|客户端)\s*(?:看|观看|查看|浏览|收看)")
# A notice period's countdown ("公示期还剩 0 天 21 小时 37 分", "距报价截止还剩 4 天 06 时").
_PERIOD_COUNTDOWN = re.compile(r"还剩\s*\d+\s*天\s*\d+\s*(?:小时|时)")
# A course's promise, unbracketed ("零基础也能学，一期四周包教包会", "包教包会　学会为止"): all 6 labelled lines are chrome.
_TAUGHT_TILL_LEARNT = re.compile(r"^[^【】\[\]（）()]{0,20}包教包会[^。！？]{0,6}$")

# A webmail client's buttons and folders alone on their lines ("写信", "收信", "草稿箱"): all 177 labelled lines are chrome.
_WEBMAIL_BUTTON = re.compile(r"^(?:写信|收信|写邮件|收邮件|发信|通讯录|收件箱|发件箱|已发送|草稿箱|垃圾箱|已删除|垃圾邮件|星标邮件)$")

# A prompt asking whether the answer helped ("👍 本答案帮到你了吗？点一下"): all 33 labelled lines are chrome.
_DID_IT_HELP = re.compile(r"(?:答案|回答|文章|内容)(?:对你)?(?:帮到你了吗|有帮助吗|有用吗)")
# A prompt to follow an account by its quoted name ("↑ 轻点“某某医院”加关注").
_TAP_NAME_TO_FOLLOW = re.compile(r"(?:轻点|点击|点)[“\"「][^”\"」]{2,16}[”\"」]\s*(?:加|\+)?关注")
# A prompt to pass the piece on, ending in an arrow ("转给家人，一起做文明新风的践行者→"); a fire brigade's
# "转发给家人，一起平安过冬！" is its own last sentence.
_PASS_IT_ON = re.compile(r"^(?:转给|转发给|分享给)[^，。！？]{1,6}[，,][^。！？]{2,20}[→>»]$")

# (Round 86.)
# Study points a reading earns ("阅读满 3 分钟可记学习积分", "3 分钟可记学习积分"): 128 labelled lines are chrome,
# one body sentence (a village's points scheme) is long and ends like a sentence.
_POINTS_FOR_READING = re.compile(r"可(?:记|得|获得?|领)\s*\d*\s*(?:个)?(?:学习)?积分")
# The rest kept for members ("以下条款仅向坊内会员开放"): all 28 labelled lines are chrome.
_MEMBERS_ONLY = re.compile(r"(?:仅|只)(?:向|对|限|供)[^。，！？]{0,6}会员(?:开放|可见|阅读|查看)")
# A shop's discount ("店内某某满 300 减 30，点此选购").
_SPEND_AND_SAVE = re.compile(r"满\s*\d+\s*减\s*\d+")
# A wiki's collapse button ("收起本节 ▲").
_COLLAPSE_SECTION = re.compile(r"^收起(?:本节|本段|全文|目录)?\s*[▲△↑∧]?$")
# An association's member service line ("会员服务专线：0737-…"): 113 labelled lines are chrome; a notice's
# "如有疑问，请致电会员服务专线…。" is a sentence.
_MEMBER_SERVICE_LINE = re.compile(r"^[^。！？]{0,20}会员(?:服务)?(?:专线|热线|电话)\s*[:：]")
# A lost picture's note in brackets ("〔这里原有一张烛台的老照片，图片已失效〕", "（此处原有照片一张）").
_LOST_PICTURE = re.compile(r"^[〔［\[【(（](?=[^〔〕［］\[\]【】()（）]*(?:(?:原有|此处有)[^〔〕［］\[\]【】()（）]{0,10}(?:照片|图片|插图|配图|视频)|(?:图片|视频|图)已?失效))[^〔〕［］\[\]【】()（）]{4,40}[〕］\]】)）]$")
# A portal's link to a related notice under its key ("关联公告：…", "相关公告：…"): all 107 labelled lines are chrome.
_RELATED_NOTICE = re.compile(r"^(?:关联公告|相关公告|关联项目|相关项目)\s*[:：]")
# A login wall over the rest ("以下内容需登录某某网后阅读 · 已有账号？去登录"): all 6 labelled lines are chrome.
_LOGIN_TO_READ_BELOW = re.compile(r"以下(?:内容|部分|正文)?需(?:要)?登录")
# A blog host's note ("本博客由某某博客提供空间").
_HOSTED_BY = re.compile(r"提供(?:博客)?空间|空间由")
# An entry's or an answer's reviewer in brackets ("（本条经家具史研究者某某审阅）").
_REVIEWED_BY = re.compile(r"^[（(]本(?:条|词条|文|篇|答案|回答)经[^（）()]{2,20}(?:审阅|审核|审定|审校|核实)[）)]$")
# A forum's reply under its label ("回复 · 某某：…", "回复：某某：…"); a mail's "回复：Re: …" or "回复：转发：…" is its subject.
_LABELLED_REPLY = re.compile(r"^回复\s*[·・:：]\s*(?!Re\b|RE\b|Fw|FW|转发)[^：:\s]{1,10}[：:]")

# (Round 87.)
# A membership sold after "not a member yet?" ("还不是会员？现场可办理入会…"): all 20 labelled lines are chrome.
_NOT_A_MEMBER_YET = re.compile(r"^还不是(?:会员|VIP)[？?]")
# A login to claim extras ("（登录后免费领取配套课件PPT）").
_LOGIN_TO_CLAIM = re.compile(r"(?:登录|注册)后(?:即可|可)?(?:免费)?领取")
# Where the download is ("（清点登记表下载地址在文末）").
_DOWNLOAD_WHERE = re.compile(r"下载(?:地址|链接|入口)(?:在|见)")
# A QQ number to add ("…包写包改，加Q 3051762294").
_ADD_QQ = re.compile(r"加\s*[Qq]{1,2}\s*[:：]?\s*\d{5,}")
# A forum's stamp of the post's last edit ("[本帖最后由 某某 于 3 天前 编辑]"): all 164 labelled lines are chrome.
_LAST_EDITED_BY = re.compile(r"^[\[【(（〔]?\s*本帖最后由")
# A portal's stamp that the piece was featured ("【已推荐至某某网首页】").
_FEATURED_STAMP = re.compile(r"已推荐至|已被推荐|推荐至首页")
# A search snapshot's buttons alone ("查看原网页", "纯文字版"): all 70 labelled lines are chrome.
_SNAPSHOT_BUTTON = re.compile(r"^(?:查看原网页|纯文字版|网页快照|快照版本)$")
# A search snapshot's highlighted words ("已为您标亮的词：…"): all 41 labelled lines are chrome.
_HIGHLIGHTED_WORDS = re.compile(r"已为您标亮|为您标亮的词|已标亮")
# A course's or a shop's count of takers ("已有 1260 个家庭体验过").
_TAKERS_COUNT = re.compile(r"^已有\s*[\d,]+\s*(?:个|位|名|人)[^。！？]{0,6}(?:体验|报名|学习|参加|购买|下载)")
# An editor's note under its bracketed label ("〔小编按〕文中老照片由…提供").
_EDITOR_NOTE_LABEL = re.compile(r"^[〔【\[(（]小编按[〕】\])）]")
# An author's byline with 文 after the name ("某某老人　文").
_AUTHOR_WEN = re.compile(r"^[\u4e00-\u9fff]{2,6}[\s\u3000]+文$")
# A link to the shop with an arrow ("【去某某小店看看 >>】").
_VISIT_SHOP = re.compile(r"^[【\[〔]?\s*去[^】\]〕\s]{1,10}看看\s*[>»›]+\s*[】\]〕]?$")

# A site's footer naming who runs it ("某某新闻网 某某.com.cn 某某区融媒体中心主办"): all 695 labelled lines are chrome.
# (Not a 版记's list of offices, its wrap cut at 县政协办|公室: "抄送：…，县政协办" names no organiser.)
_RUN_BY_FOOTER = re.compile(r"^(?!(?:抄送|抄报|主送|分送|发送)\s*[:：])[^。！？]{2,40}(?:主办|承办|协办|运营维护)$")
# A forum's reply under its label, 回帖 ("回帖：某某　　学到了…").
_REPLY_POST_LABEL = re.compile(r"^回帖\s*[:：]\s*[^：:\s]{1,12}[\s\u3000]")

# A page's font buttons by what they do ("〔文字放大〕〔文字还原〕", "放大字体 缩小字体"): 26 labelled lines are
# chrome; the 2 body lines are sentences about a TV's menu.
_SENTENCE_MARK_OR_COMMA = re.compile(r"[。！？，、；]")
_FONT_ACTION = re.compile(r"(?:文字|字体|字号)(?:放大|缩小|还原|加大|减小)|(?:放大|缩小|还原)(?:文字|字体|字号)")
# A trainee's byline by the class ("第四期某某研修班学员　某某").
_CLASS_TRAINEE_BYLINE = re.compile(r"^[^。！？，]{2,20}(?:班|期)(?:学员|学生)[\s\u3000]+[\u4e00-\u9fff]{2,4}$")

# (Round 88.)
# A shop's redirect ("了解产品详情，请移步官方商城选购").
_SHOP_REDIRECT = re.compile(r"移步[^。，]{0,8}(?:商城|店铺|官网|小店|旗舰店)")
# A preview's excerpt label alone ("内容节选：", "正文预览："): all 27 labelled lines are chrome.
_EXCERPT_LABEL = re.compile(r"^(?:内容|正文|文档|全文)?(?:节选|摘录|预览)\s*[:：]$")
# A photo news item's link ("图片新闻：某某掠影").
_PHOTO_NEWS_LINK = re.compile(r"^图片新闻\s*[:：]")
# A link to watch a video ("戳这里看某某的演示视频", "想看更多…？戳这里").
_TAP_HERE_TO_WATCH = re.compile(r"^(?:戳|点)(?:这里|此处|我)(?:看|观看|查看)|戳这里\s*[>》→]*$")
# A collection's bracketed aside between its pieces ("〔插播〕本文集第二册已整理成电子书…").
_INTERLUDE_LABEL = re.compile(r"^[〔【\[]插播[〕】\]]")
# A collection's previous / next links by the piece's place ("◁ 之六：晒秋　　之八：井台 ▷"): all 10 labelled lines are chrome.
_PIECE_PLACE_ARROWS = re.compile(r"^[◁◀◂←<«‹]\s*之[一二三四五六七八九十]{1,3}|之[一二三四五六七八九十]{1,3}\s*[：:][^◁◀▷▶]{1,12}[▷▶▸→>»›]$")
# A link back to the collection's contents ("返回「某某」目录"): all 65 labelled lines are chrome.
_BACK_TO_NAMED_CONTENTS = re.compile(r"^返回[「“《\"]?[^」”》\"]{1,16}[」”》\"]?(?:目录|首页|列表)$")
# Other samples on the same subject ("此处还有2篇同题范文，点开可切换阅读"): all 7 labelled lines are chrome.
_SAME_TOPIC_SAMPLES = re.compile(r"同题范文|点开可切换")
# A writing service's call to those in a hurry ("急用材料找某某，微信 …").
_IN_A_HURRY = re.compile(r"急用材料")
# A login wall over the rest ("登录后继续阅读余下两段"): all 8 labelled lines are chrome.
_LOGIN_FOR_REST = re.compile(r"登录后(?:继续|才能|方可)?(?:阅读|查看|浏览)(?:余下|剩余|全文|后续)")
# A poster's note that a paragraph was added ("（本段于今早补充）").
# (… or by whom, no time: "（本段已由管理员修订）".)
_PARAGRAPH_ADDED = re.compile(r"^[（(]本段(?:已)?(?:由[^）)]{1,8})?(?:于[^）)]{1,10})?(?:补充|修改|修订|更新|编辑)(?:过)?[）)]$")
# An office system's read receipt prompt ("阅后请点击“确认已阅”"); a circular's "在系统中确认已阅。" is its own sentence.
_CONFIRM_READ = re.compile(r"确认已阅")

# A wiki's edit link alone ("编辑本节", "✎修改此节").
_EDIT_SECTION = re.compile(r"^(?:[^\w\s]\s*)?(?:编辑|修改)(?:本节|此节|本段|此段)$")
# A phone reader's hint for a wide table ("表格较宽，手机上请横屏或点此展开"): all 10 labelled lines are chrome.
_TURN_YOUR_PHONE = re.compile(r"横屏|点此展开")
# A listen button ("听新闻 ▷", "收听本文").
_BARE_LISTEN_BUTTON = re.compile(r"^(?:听新闻|听全文|听本文|收听本文)\s*[▷▶►>]?$")


# --- Session 29's classes ------------------------------------------------------------------
# (Round 79.)
# A byline that opens on its date and goes on with the page's fields ("时间：2025-07-16　来源：县人事考试中心"):
# in the labelled parts all 230 lines opening on 时间：… with a 来源, 作者, 编辑 or counter field are
# chrome. (A minutes' 时间 goes on with 地点, the document's own field.)
_DATED_BYLINE = re.compile(
    r"^(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*[\d\-/.年月日\s:：]{6,22}?[\s\u3000]+(?:信息|文章|稿件)?"
    r"(?:来源|作者|编辑|责任编辑|责编|点击|浏览|阅读|字号|发布者|发布人|审核|摄影|访问|[\u4e00-\u9fff]{0,2}律师)(?:次数|量|数)?\s*[:：]"
)
# A row of two or more links, each marked by an arrow after it ("报名入口 ▸　准考证入口 ▸") or before it
# ("▶ 预约练车　▶ 约考查询"): in the labelled parts all 26 such lines are chrome.
_ARROW_LINK_ROW = re.compile(
    r"^(?:[\u4e00-\u9fffA-Za-z0-9（）()]{2,10}\s*[▸▶►›»→➤➜]\s*){2,}$|^(?:[▸▶►›»→➤➜]\s*[\u4e00-\u9fffA-Za-z0-9（）()]{2,12}\s*){2,}$"
)
# A poster's medals after the poster's name ("某某　勋章：某某老网友"): all 67 labelled 勋章 rows are chrome.
_MEDALS_FIELD = re.compile(r"(?:^|[\s\u3000·|｜])(?:勋章|徽章)\s*[:：]")
# The count of more answers or comments under an answer ("另有2位答主作答", "另有 5 条回答，点此展开").
_MORE_ANSWERS = re.compile(r"^另有\s*\d+\s*(?:位|个|条|则)[^。！？]{0,8}(?:回答|作答|答案|评论|回复|留言)")
# What a member may do that a reader may not ("会员可查看本文后半部分的修改批注", "会员专享：…"):
# all 41 labelled lines opening so are chrome.
# (… a membership by its brand name too, "耘卡会员可查看…", "知墨会员专享：…": all 55 labelled lines so opening
# are chrome.)
_MEMBER_MAY = re.compile(r"^(?:VIP|vip|Vip|[\u4e00-\u9fffA-Za-z]{1,4})?会员(?:可|才能|方可|即可|专享|免费)")
# A card or a membership sold after a lead question ("看完还想要？开通某某年卡，全站心得随心下").
_CARD_UPSELL = re.compile(r"^(?:开通|办理|购买|升级)[^。！？，,]{0,8}(?:年卡|月卡|季卡|会员|VIP|vip)")
# A tip prompt: a drink for the author ("写得还行？请菜园主人喝杯茶"): all 48 labelled lines are chrome.
_TIP_DRINK = re.compile(r"请[^。！？，,]{0,8}喝(?:杯|一杯|个|碗|瓶|口)")
# A note that users put the file up ("本合同范本由某某网用户“某某”上传，…"): all 503 labelled lines
# naming who uploaded a file are chrome.
_USER_UPLOADED = re.compile(r"由[^。，！？]{0,12}(?:用户|网友|会员)[^。，！？]{0,14}上传")
# A word count in Chinese numerals or figures ("字数：约九百", "字数：1,086").
_WORD_COUNT_FIELD = re.compile(r"字数\s*[:：]\s*约?\s*[\d一二三四五六七八九十百千万两,，]+\s*字?|^(?:本篇|本文|全文)字数\s*约?\s*[\d一二三四五六七八九十百千万两,，]+\s*字")
# A page's stamp of when it added or updated the copy, as a relative time, alone ("收录：3 天前", "更新于 6天前"):
# all 96 labelled lines are chrome (a relative time is never a document's date).
_RELATIVE_STAMP = re.compile(
    r"^(?:最近|最后)?(?:收录|更新|上传|添加|发布|入库|收藏|整理|修订|修改|编辑)(?:于|时间|日期)?\s*[:：]?\s*(?:\d+\s*(?:分钟|小时|天|周|个月|年)前|昨天|前天|今天|刚刚|上周|上月)\s*$"
)
# A photo's caption by its scene ("比赛现场，某某代表队协作搭建救灾帐篷", "▲义诊现场，医生为老人测量血压"):
# a scene, one comma and what the picture shows, no sentence end. (A step of a procedure, "1. 保护现场，…；",
# is numbered and closed by a semicolon; a news sentence cut by a hard wrap, "活动现场，大家分工协作，挖坑、…",
# goes on with more clauses.)
_SCENE_COMMA_CAPTION = re.compile(r"^(?:[▲△▼▽↑↓◆●]\s*)?[\u4e00-\u9fff]{0,8}现场[，,][^。！？；;：:，,、]{4,30}$")
# A collection's volume over a piece ("卷二　乡政府那些年", "卷三 · 岁月篇"): all 43 labelled lines are chrome.
_VOLUME_LINE = re.compile(r"^卷[一二三四五六七八九十\d]{1,3}[\s\u3000:：·]+[\u4e00-\u9fff]{2,12}$")

# (Round 80.)
# A byline's issuer and a reads counter ("发布：某某品牌部　阅读 3,916"): all 235 labelled lines are chrome.
_ISSUER_AND_READS = re.compile(r"^(?:发布|来源|作者|编辑|发布者|发布人)\s*[:：]\s*\S{1,16}[\s\u3000]+(?:阅读|浏览|点击|访问)\s*[:：]?\s*[\d,]+")
# A previous or next piece of the collection ("本集上一篇：《…》"): all 1,461 labelled 上一篇/下一篇 lines are chrome.
_COLLECTION_NEIGHBOUR = re.compile(r"^(?:本集|本辑|本卷|本书|本专栏|本系列|本栏)[上下]一[篇章则]\s*[:：]")
# A related list by its key ("同类词条：…", "本类其他制度：…"): all 1,069 labelled lines are chrome.
_RELATED_KEY = re.compile(r"^(?:本类|同类|相关|相似|其他|其它)[\u4e00-\u9fff]{0,4}(?:词条|条目|制度|规程|办法|文章|范文|问题|资料|文档|阅读|推荐|下载|内容|作品|帖子|课程|案例|文书)\s*[:：]")
# A wiki's prompt to improve the entry ("发现错误？我来完善这个词条").
_IMPROVE_ENTRY = re.compile(r"(?:完善|编辑|修改|纠错)(?:这个|本|此|该)?词条")
# A compiler's credit in brackets ("（某某律所医疗纠纷团队　某某律师整理）", "（市场部 供稿）"); a speech's
# "（根据录音整理）" is its own note.
_BRACKETED_COMPILER = re.compile(r"^[（(](?!根据|据)[^（）()]{2,24}(?:整理|供稿|撰稿|编写)[）)]$")
# A note that the example hides who the parties are ("本范例已隐去当事人真实信息，仅供参考。").
_PARTIES_HIDDEN = re.compile(r"隐去[^。！？]{0,12}信息")
# A follow prompt to those who have not ("还没关注某某的居民，记得点一下右上角").
_NOT_YET_FOLLOWING = re.compile(r"^还没(?:有)?关注[^。！？]{1,20}(?:记得|快|赶紧|点)")
# A prompt to tap the messenger's top-right menu ("点击右上角，设为学习资料"): all 25 labelled lines are chrome.
_TOP_RIGHT_MENU = re.compile(r"^点(?:击|一下)?(?:屏幕)?右上角")
# A writing or design service by its account id ("本篇可按贵单位名称改写，微信 abc_123", "免费出图，微信 …").
_SERVICE_ID = re.compile(r"(?:改写|修改|定制|代写|出图|设计|发给|发送给)[^。！？]{0,12}(?:微信|QQ|V信|vx|VX)\s*[:：]?\s*[A-Za-z0-9_]{5,}")
# A forum thread's handling states ("转交职能部门处理", "等待官方回复", both on one row).
# (… or handed on to an office by its name, "转交县市场服务中心".)
_HANDLING_STATE = re.compile(
    r"^(?:(?:已?转交|等待|待)[\u4e00-\u9fff]{0,6}(?:处理|回复|办理|答复)[\s\u3000]*)+$"
    r"|^已?转交[\u4e00-\u9fff]{2,12}(?:中心|局|部门|办|委|站|所|政府|街道|社区)$"
)
# Who contributed to an entry or a file ("本词条贡献者：某某、某某 等9人"): all 269 labelled lines are chrome.
_CONTRIBUTORS = re.compile(r"(?:^|[\s\u3000])(?:本词条|词条|文档|本文)?贡献者\s*[:：]")
# A popular-science disclaimer ("内容仅供科普参考，用于诊疗请遵医嘱").
_SCIENCE_ONLY = re.compile(r"(?:仅供|只供)科普")

# A link to the page in traditional characters ("繁體", "简体｜繁體", "某某文存 … 繁體 简体"): all 151
# labelled lines holding the word are chrome.
_TRADITIONAL_LINK = re.compile(r"繁[體体](?:版|中文)?(?:$|[\s\u3000|｜/／]|简)")

# A Q&A's turn under its label ("网友问：…这算侵权吗？", "律师答：算。…"): a long one is the text's, whatever
# words of a disclaimer it holds (80 of 88 labelled lines of 30 characters or more are body).
_QA_TURN = re.compile(r"^[\u4e00-\u9fff]{0,4}[问答]\s*[:：]")

# What a 请勿 forbids when it speaks of the page's copy ("请勿转载", "请勿用于商业用途").
_COPY_ACTION_AFTER = re.compile(r"[^。！？，,]{0,4}(?:转载|复制|下载|分享|传播|上传|转发|截图|商用|用于商业)")

# (Round 81.)
# A series' place alone on a line ("忆往·之五").
_SERIES_PLACE_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[·・]之[\d一二三四五六七八九十]{1,3}$")
# Points or study hours an app or a mini-program credits ("…可在“某某志愿”小程序累计积分", "登录“某某”App学习本文可累计学时").
_POINTS_IN_APP = re.compile(r"(?:小程序|App|APP|客户端|平台)[^。！？]{0,10}(?:累计|获得|领取|积累)[^。！？]{0,4}(?:积分|学时|学分)")
# Who created or edited the entry ("本词条由“某某”创建"): all 73 labelled lines are chrome.
_ENTRY_MADE_BY = re.compile(r"本词条由[^。！？]{1,14}(?:创建|编辑|编写|贡献|完成|撰写|整理)")
# A price in the site's points to see the rest ("剩余内容需消耗2个麦粒查看").
_PAY_POINTS_TO_SEE = re.compile(r"需(?:消耗|花费|支付|扣除)\s*\d+\s*个?[\u4e00-\u9fff]{1,4}(?:查看|阅读|解锁|下载)")
# An app's better view ("在某某新闻客户端看，图片更清晰").
_APP_VIEW_BETTER = re.compile(r"(?:客户端|App|APP)[^。！？]{0,6}(?:看|阅读|浏览)[^。！？]{0,4}[，,]\s*[\u4e00-\u9fff]{0,4}更")
# A note where a picture stands ("［此处为示意图：…］").
_PICTURE_NOTE = re.compile(r"^[［\[【〔（(]\s*此处(?:为|有|插入|应有)?(?:示意图|插图|配图|图片|图示)")
# A service's callback after an online message ("具体个案可在线留言，律师助理当日回电").
_ONLINE_MESSAGE = re.compile(r"在线留言[^。！？]{0,12}(?:回电|回复|联系)")
# A trainee's byline by the class ("第14期某某班学员　某某").
_TRAINEE_BYLINE = re.compile(r"^第\d{1,3}期[^。！？]{0,12}学员[\s\u3000]+[\u4e00-\u9fff]{2,4}$")
# A card or a membership the reader must buy to read on ("后面两段需开通某某月卡才能阅读"): all 31 labelled lines are chrome.
_MUST_BUY_TO_READ = re.compile(r"需(?:开通|购买|办理|升级)[^。！？]{0,8}(?:卡|会员|VIP|vip)[^。！？]{0,4}(?:才能|方可|即可|后)?(?:阅读|查看|下载|解锁|复制)")
# A reference or page mark alone on a line ("[2]"): all 121 labelled lines are chrome.
_LONE_MARK = re.compile(r"^[\[［]\d{1,2}[\]］]$")
# A Q&A site's note on its answers ("以上解答仅针对提问情形，供参考。"); a lawyer's "以上意见仅供参考。" closes a letter.
_ABOVE_ANSWER_NOTE = re.compile(r"^以上(?:解答|回答|内容|答复|分析)[^。！？]{0,14}(?:参考|仅供|不构成|个人观点)")

# (Round 82.)
# The cells of a page's row (apart by ideographic spaces, two spaces or bars).
_CELL_GAPS = re.compile(r"\u3000+|\s{2,}|\s*[|｜]\s*")
# A short key and its value as a cell ("文件类型：WPS文字").
_KEY_VALUE_CELL = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S{1,16}$")


def _cells_all_chrome(s: str) -> bool:
    """``s`` (at most 80 characters, no sentence end) is a row of 2–6 cells of which at least two are
    chrome by a class of their own (:func:`strong_reason`) and the rest short key：value cells
    ("文件类型：WPS文字　文件大小：28.6KB　添加于 6 个月前", "【文字 特大 大 中 小】　【转发到：】　【关掉本页】").
    A document's row of fields ("联系人：某某　电话：…") has at most one such cell."""
    cells = [c.strip() for c in _CELL_GAPS.split(s) if c.strip()]
    if not 2 <= len(cells) <= 6:
        return False
    reasons = [strong_reason(c) for c in cells]
    return sum(r is not None for r in reasons) >= 2 and all(r is not None or _KEY_VALUE_CELL.match(c) for r, c in zip(reasons, cells))

# A search cache's banner ("这是 某某 于 … 抓取的网页文本，原网页可能已经更新。"): all 134 labelled lines are chrome.
_FETCHED_PAGE_BANNER = re.compile(r"(?:抓取|收录|保存|缓存)的(?:网页|页面)|原网页可能已")
# A lawyer's card by the years in practice ("承办律师：某某　执业年限 12 年", "某某律师　执业9年").
_YEARS_IN_PRACTICE = re.compile(r"执业(?:年限|\s*\d+\s*年)")
# A shared link's validity ("链接有效期：剩余 20 天").
_LINK_VALIDITY = re.compile(r"链接有效期")
# A site's note on what it collects ("某某苑所载范文只供学习借鉴…", "某某库所收稿件仅供借鉴…").
_COLLECTED_FOR_REFERENCE = re.compile(r"(?:所载|所收|所录|收录的)[^。！？]{0,8}(?:仅供|只供)")
# A site's note that its copy is an example only ("本站文书仅作示例，…").
_EXAMPLE_ONLY = re.compile(r"仅作(?:示例|参考|示范)")
# A blog's or an article's note that it is the author's view ("博文系个人观点，与任职学校无关。").
_PERSONAL_VIEW = re.compile(r"(?:博文|本博|本文|文章)[^。！？]{0,4}(?:系|为|属|仅代表)(?:作者|博主)?个人观点")
# An entry's note that its content is for reference ("某某百科词条内容仅供参考。"): all 108 labelled lines are chrome.
_ENTRY_FOR_REFERENCE = re.compile(r"词条[^。！？]{0,6}仅供参考")
# A related list's header that guesses the reader's wish ("猜你还要找：", "猜你喜欢"): all 158 labelled lines are chrome.
_GUESS_HEADER = re.compile(r"^猜你(?:还)?(?:要找|喜欢|想看|需要|在找)")
# A box in white lenticular brackets alone on a line ("〖扫码收听本篇讲话音频〗"): all 84 labelled lines are chrome
# (GB/T 9704-2012 documents use none).
_WHITE_LENTICULAR_BOX = re.compile(r"^〖[^〖〗]{2,30}〗$")
# A wiki's prompt to correct the entry in the reader's voice ("词条有误？我来修改", "我来完善").
_I_WILL_EDIT = re.compile(r"(?:我来|帮忙|帮我们)(?:修改|完善|编辑|纠错)")
# A workflow's chain of steps ("2024-07-01 09:12 某某 起草 → 某某 核稿").
_WORKFLOW_CHAIN = re.compile(r"^\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}\s+\S{2,6}\s+\S{2,4}\s*→")
# An outlet's app prompt with what it offers ("打开某某融媒，本地新闻一手看").
_OPEN_OUTLET = re.compile(r"^打开[“\"「]?[\u4e00-\u9fff]{2,8}[”\"」]?(?:App|APP|客户端|融媒)?[，,][^。！？]{0,10}[看听][^。！？]{0,6}$")

# (Round 83.)
# A collection's volume and the piece's place ("散文卷 · 第三篇").
_VOLUME_AND_PIECE = re.compile(r"^[\u4e00-\u9fff]{1,4}卷\s*[·・]\s*第[\d一二三四五六七八九十百]{1,4}[篇章回]$")
# A mail client's separator over the forwarded mail ("------------------ 转发的原邮件 ------------------"): all 359
# labelled lines are chrome.
_FORWARDED_RULE = re.compile(r"^[-—=_]{4,}\s*(?:转发|原始|原)(?:的)?(?:原)?邮件\s*[-—=_]{4,}$")
# A download's note on opening the file ("下载后若无法打开，请先安装WPS…").
_CANNOT_OPEN = re.compile(r"下载后[^。！？]{0,10}(?:无法打开|打不开|文件损坏|乱码)")
# A mirror's link to the original post ("▼点击“阅读原文”，查看…").
_READ_ORIGINAL = re.compile(r"点击?[“\"「]?阅读原文")
# A mirror's or a site's note that the rights stay with the source ("…版权归原公众号所有"): all 312 labelled lines are chrome.
_RIGHTS_WITH_SOURCE = re.compile(r"版权归原(?:公众号|作者|网站|作者及原出处)所有")
# A group's number to join ("申论批改互助群 QQ：608813527，备注…"); a club's "群号：…，入群请注明…。" is its own sentence.
_GROUP_NUMBER = re.compile(r"群\s*(?:QQ|qq|号)?\s*[:：]?\s*\d{6,}")
# A course's promotion by its limited places ("…本月开课，名额有限").
_PLACES_LIMITED = re.compile(r"名额有限")
# An image's loading placeholder ("［图片加载中，轻触重试］").
_IMAGE_LOADING = re.compile(r"图片加载(?:中|失败)")
# A bracketed prompt to read the rest by scanning ("【手机扫码阅读剩余部分】").
_SCAN_TO_READ_REST = re.compile(r"扫码阅读(?:剩余|全文|余下)")


# --- Session 28's classes ------------------------------------------------------------------
# (Round 74.)
# A lead question naming the reader's wish or trouble ("想加入议事会志愿者？", "遇到类似纠纷？"), and
# what the page calls the reader to do about it: in the labelled parts, 95 of 97 lines opening on
# 想…？ and all 109 opening on 遇到…？ are chrome (the two others go on with a sentence).
_WISH_LEAD_QUESTION = re.compile(r"^(?:想|遇到|碰到|还在为|不知道)[^？?。！!，,]{1,14}[？?]\s*(?=\S)")
# … the call: a place on the site or a desk, a button, a service, a free offer ("在社区网首页点“我要报名”",
# "到社区服务中心一楼登记", "某某律师可为您免费初步分析").
_SITE_CALL = re.compile(r"点|首页|网站|登录|注册|展开|[Aa][Pp][Pp]|客户端|小程序|公众号|登记|报名|律师|免费|私信|留言|扫码|关注|下载|客服|在线|加微信|联系|咨询")
# A prompt to add an account by its id for the material ("整篇原稿及配套材料，请加某某QQ 2873301946获取"):
# in the labelled parts every line that adds a QQ or WeChat id is chrome.
_ADD_ACCOUNT_ID = re.compile(r"加[^。！？，,]{0,8}?(?:QQ|qq|微信|V信|vx|VX|wx)\s*[:：]?\s*[A-Za-z0-9_-]{5,}")
# A study site's check-in prompt ("党员们看完这篇可在“某某”打卡", "读完记得打卡").
_CHECK_IN_PROMPT = re.compile(r"(?:看完|读完|学完|学习完|阅读完|记得|可在|请在|点击|点此)[^。！？]{0,16}打卡$")
# An entry of a wiki article's reference list ("[1] 《几何量测量器具使用手册》，某某编辑部整理",
# "[1] 停车场出入口设备选型手册．某地：某某出版社"): a mark, then a work by its book marks or a word
# of publishing.
_REFERENCE_ENTRY = re.compile(
    r"^[\[［]\d{1,3}[\]］]\s*(?=\S)(?=[^。！？]*(?:《|出版|编著|主编|整理|汇编|条文|手册|标准|学报|期刊|年鉴|访问日期|检索日期|[，,.．]\s*(?:19|20)\d{2}[.．]?$))"
)
# A mirror's or an archive's note that the page's links do not work ("（镜像页中链接与标签均不可点）").
_DEAD_LINKS_NOTE = re.compile(r"(?:链接|超链接|按钮|标签)[^。！？]{0,8}(?:均|都|皆|已)?(?:不可点击?|无法点击|不能点击|失效|不可用)")

# A print view's or an export's stamp ("打印于：今天 14:05", "导出时间：2025-06-04 08:12"): in the
# labelled parts all 359 such lines are chrome.
_PRINT_STAMP = re.compile(r"^(?:打印|导出|生成|下载|保存)(?:于|时间|日期)\s*[:：]?\s*(?:今天|昨天|前天|刚刚|\d)")
# Two of the reader's actions in a row, the second after a comma ("点赞支部，分享身边的先锋故事").
_ACTION_PAIR = re.compile(r"^(?:点赞|收藏|分享|转发|关注|在看)[^，,。！？]{0,8}[，,、]\s*(?:点赞|收藏|分享|转发|关注|在看)[^，,。！？]{0,12}$")

# (Round 75.)
# How often the copy was used, on a model-text site's card ("被套用 2.7万次", "已被引用 312 次").
_USE_COUNT = re.compile(
    r"被(?:套用|引用|使用|借鉴|复制|收藏|下载)\s*[\d.,]+\s*[万千wWkK]?\s*次|\d[\d.,]*\s*[万千wWkK]?\s*人(?:用过|使用过|下载过|收藏过|套用过)"
    r"|已报名\s*\d+\s*/\s*\d+"
)
# A preview's note that its layout differs from the file ("在线预览格式可能与原文件略有差异").
_PREVIEW_DIFFERS = re.compile(r"预览[^。！？]{0,10}(?:格式|排版|效果|版式)[^。！？]{0,12}(?:差异|不同|出入|不一致|以下载|为准|下载后|更完整)")
# A previous / next link by the piece's number, with arrows ("◀ 第十篇 某某　第十二篇 某某 ▶").
_PIECE_ARROWS = re.compile(r"^[◀◁◄⯇←<«‹].{0,30}第[\d一二三四五六七八九十百]{1,4}[篇章回辑]|第[\d一二三四五六七八九十百]{1,4}[篇章回辑].{0,30}[▶▷►⯈→>»›]$")
# A prompt to tip or like when the reader liked the piece ("觉得有趣就请我喝杯茶吧 ☕", "觉得写得好就点个小红心吧").
_IF_YOU_LIKED = re.compile(
    r"^(?:如果|要是)?(?:觉得|喜欢)[^。！？]{1,10}?[，,]?\s*(?:就|请|麻烦|记得|可以)?(?:请我喝|点个|点一下|给个|给我|打赏|赏|转发|转给|分享|收藏|关注|点赞)"
    # (… or after a lead question: "觉得有用？点个赞，再把本页转给同事", "觉得有用？给这篇心得点个赞")
    r"|^(?:觉得|喜欢)[^。！？]{1,10}?[？?]\s*(?:请我喝|点个|点一下|给个|给这篇|给本文|打赏|点赞)"
    # (… or "这篇笔记有用的话，记得点个“在意”")
    r"|(?:有用|有帮助|喜欢|不错)的话[，,]\s*(?:就|请|麻烦|记得|可以)?(?:点个|点一下|给个|转发|转给|分享|收藏|关注|点赞)"
    # (… or "读到这里有感触，点个小红心": once the reader got this far)
    r"|^(?:读到这里|看到这里|读完|看完)[^。！？]{0,8}?[，,]\s*(?:就|请|记得|顺手)?(?:点个|点一下|给个|点赞|转发|分享|收藏)"
)
# A forum's score row under a post ("评分：逻辑 +2　文采 +1　有点意思").
_SCORE_ROW = re.compile(r"^评分\s*[:：].{0,30}[+＋]\s*\d")
# A poster's level ("宝妈等级：LV5 资深宝妈", "用户组：高级会员").
_POSTER_LEVEL = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:等级|级别|用户组|头衔)\s*[:：]\s*(?:[Ll][Vv]\.?\s*\d|\d+\s*级)")
# A workflow's stamp: when, who, what they did ("06-12 17:20 生产一部 单卿 发起").
_WORKFLOW_STAMP = re.compile(r"^(?:\d{4}-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+[^。！？，,]{1,20}\s(?:发起|提交|创建|审批|审核|签收|办结|转办|退回)$")
# An answerer's row with the answer's stamp ("林间拾羽 · 观鸟爱好者 · 回答于 2 天前").
# (The stamp closes the row; a row that goes on after it, "…· 解答于 2025-03-02 · 认证：…", is a byline's.)
_ANSWERED_AT = re.compile(r"(?:^|[·•|｜\s])(?:回答|解答|答复)于\s*(?:[\d\-/.年月日\s:：]{4,20}|[昨前今]天|刚刚|\d+\s*(?:分钟|小时|天)前)\s*$")
# A rating and downloads on a file's card ("评分 4.7（129人评价）　下载 860 次").
_RATING_CARD = re.compile(r"评分\s*[:：]?\s*\d(?:\.\d)?\s*(?:分)?\s*[（(]\s*\d+\s*人(?:评价|评分|打分)\s*[)）]")
# One credit in brackets ("（人事股 校对：莫小川）").
_BRACKETED_CREDIT = re.compile(r"^[（(][^（）()：:]{0,10}(?:校对|审核|审校|责编|责任编辑|编辑|排版|供稿|撰稿|摄影|录入|初审|终审)\s*[:：]\s*[\u4e00-\u9fff]{2,4}[）)]$")
# An AI button by the tool's name ("用材料匣AI续写下一段").
_NAMED_AI_BUTTON = re.compile(r"^(?:用|让|请|试试)[\u4e00-\u9fffA-Za-z]{0,6}?AI\s*(?:续写|改写|扩写|润色|帮写|帮你写|生成|重写|仿写)")
# The forum software's name in the footer ("某某社区 Discuz! X3.4", "Powered by phpwind").
_FORUM_SOFTWARE = re.compile(r"Discuz!|Powered by|phpwind|PHPWind|DedeCMS|织梦CMS|帝国CMS|Typecho|WordPress", re.I)
# A reply-to-get lock ("回复后可领取本题高分范例音频").
_REPLY_TO_GET = re.compile(r"回复(?:后|本帖|此帖)(?:即)?可(?:领取|获取|下载|查看|得到)")
# A satisfaction poll under the page ("您对本次公开内容是否满意？满意 一般 不满意").
_SATISFACTION_POLL = re.compile(r"是否满意[？?]\s*(?:非常)?满意")
# A photo left out, in brackets ("（现场照片两张，略）").
_PHOTO_LEFT_OUT = re.compile(r"^[（(](?:现场|活动|会议|附)?(?:照片|图片|相片|图)[^（）()]{0,6}(?:略|省略|从略)[）)]$")
# (Round 77.)
# A call to a 400 service line ("类似纠纷可拨打400热线预约面谈").
_CALL_400 = re.compile(r"(?:拨打|致电|呼叫)\s*400|400\s*(?:热线|专线|电话)[^。！？]{0,8}(?:预约|咨询|面谈|服务)")
# A lead question and a service's promise ("电梯故障拿不准？在线问工程师，3分钟响应").
_SERVICE_AFTER_QUESTION = re.compile(
    r"^(?P<question>[^？?。！!]{2,14}[？?])\s*[^。！？]{0,12}(?:在线(?:问|咨询|答疑|解答)|\d+\s*分钟(?:内)?(?:响应|回复|答复)|免费(?:咨询|问|分析|评估|解答))"
)
# An asker's question under its label, stamped with a relative time ("网友提问：…。（4 天前）").
_ASKED_AGO = re.compile(r"^(?:网友|用户|读者|家长|居民)?(?:提问|问题|咨询)\s*[:：].{4,80}[（(]\s*(?:\d+\s*(?:分钟|小时|天|周|个月)前|昨天|前天|刚刚)\s*[)）]$")
# Numbered pictures' placeholders in brackets ("［图片1］［图片2］"). (The importer's own "［图］", where a
# file's image stood, is unnumbered: it stays.)
_PICTURE_PLACEHOLDERS = re.compile(r"^(?:[［\[【〔]\s*(?:图片|图|照片|配图|视频)\s*\d{1,2}\s*[］\]】〕]\s*)+$")
# A mirror's source line over a messenger account's piece ("以下文章来源于某某协会").
_MIRRORED_FROM = re.compile(r"^以下(?:文章|内容)(?:来源于|来自|转载自|转自)")
# A collection's footer: where the piece is filed, its visits ("本篇收入《某某集》散文卷第十七篇", "本集累计访问 40772 人次").
_COLLECTION_FOOTER = re.compile(r"^本(?:篇|文)(?:收入|收录于|收录在|选自|收于)《|累计(?:访问|阅读|浏览)\s*\d[\d,]*\s*(?:人次|次)")
# A reprint rule of the collection ("转载本集文字，请先征得作者同意。").
_COLLECTION_REPRINT = re.compile(r"转载本(?:集|书|辑|专栏|博客)[^。！？]{0,12}(?:同意|授权|许可|注明)")
# A note that the page pushed the item elsewhere ("〔本通报已同步推送至企业微信〕").
_PUSHED_NOTE = re.compile(r"^[〔【（(][^〕】）)]{0,10}(?:已)?(?:同步)?推送(?:至|到|给)[^〕】）)]{1,12}[〕】）)]$")
# A lawyer's card: the licence number and the fields of practice ("某某　执业证号1530120******　擅长：…").
_LICENCE_AND_FIELDS = re.compile(r"执业证号[^。！？]{0,30}擅长\s*[:：]|擅长\s*[:：][^。！？]{0,20}执业证号")
# A download page's label with nothing after it ("资源简介：").
_RESOURCE_LABEL = re.compile(r"^(?:(?:资源|文档|资料|课件|素材)(?:简介|介绍|描述|说明|概述)|(?:内容|文件|作品)?简介)\s*[:：]\s*$")
# A list of past items under 附 ("附：往期理事会纪要（第一至第四次）").
_PAST_ITEMS = re.compile(r"^附\s*[:：]\s*(?:往期|历期|以往|更多)")
# (Round 78.)
# A download site's safety note or software field ("安全检测：已通过三款杀毒软件扫描", "运行环境：Word 2003 及以上 / WPS").
_DOWNLOAD_FIELD = re.compile(r"^(?:安全检测|病毒检测|安全扫描|运行环境|适用软件|打开方式|所需软件|软件环境)\s*[:：]|已通过[^。！？]{0,10}(?:杀毒|病毒|安全)[^。！？]{0,4}(?:扫描|检测)")
# A collapsed text's prompt ("余下段落已收起，轻触“展开阅读”查看全篇").
_COLLAPSED = re.compile(r"(?:余下|剩余|其余|以下|后面|后半|下半)(?:的)?(?:篇|段落?|内容|部分|文字)?已(?:收起|折叠|隐藏)")
# Who sent the piece in, on a training site ("投稿学员：第42期 周海"), or who compiled it ("整理：某某律所团队").
# (… or who sent it in, by the bare key: "来稿：某某镇养殖户 某某　上周更新"; all 79 labelled lines so keyed are chrome.)
_CONTRIBUTOR = re.compile(r"^(?:投稿(?:学员|人|者|单位)?|来稿|供稿|整理(?:者|人)?)\s*[:：]\s*[^。！？，,]{2,20}$")
# Points for reading on a study platform ("学习本文满3分钟可累计学习积分1分").
_READING_POINTS = re.compile(r"(?:学习|阅读|读完)本(?:文|篇)[^。！？]{0,10}(?:累计|获得|获|得|积)\s*(?:学习)?积分")
# A Q&A's state under an answer ("（此回答已被提问者采纳）").
_ANSWER_ACCEPTED = re.compile(r"^[（(]?\s*(?:此|该|本)?(?:回答|答案)?已被(?:提问者|楼主|题主)?采纳\s*[)）]?$")
# A writing service's promise of a same-day draft ("〔某某写作组〕述职、总结、心得 当天交稿").
_SAME_DAY_DRAFT = re.compile(r"(?:当天|当日|\d+\s*小时(?:内)?)(?:交稿|出稿)")
# A link to a free pack ("更多作文格式技巧，点这里免费领资料包").
_FREE_PACK = re.compile(r"点(?:这里|此|此处)[^。！？]{0,6}(?:免费)?(?:领|领取|获取|下载)")
# (Round 76.)
# A poster's stamp of what they added later ("（本帖由楼主于 2 小时前补充）").
POST_SUPPLEMENT = re.compile(r"^[（(]\s*本帖(?:由|最后由)\s*\S{1,16}?\s*于[^（）()]{1,24}?(?:补充|编辑|修改|更新)(?:说明|内容)?\s*[)）]$")
# A moderator's or an editor's note in brackets ("（版主注：此段论证可再展开）").
_MODERATOR_NOTE = re.compile(r"^[（(〔【]\s*(?:版主|编者|小编|管理员|楼主)(?:注|按|点评)\s*[:：]")
# The collection's other pieces ("本辑其他篇目：母亲的顶针　|　老屋门前的枣树").
_OTHER_PIECES = re.compile(r"^(?:本辑|本集|本书|本卷|本专栏|本系列|本组)(?:其他|其它|更多)(?:篇目|文章|作品|篇章)\s*[:：]")
# A shop's launch offer ("某某官方商城T300首发预订，前500名赠快装板").
_LAUNCH_OFFER = re.compile(r"前\s*\d+\s*名(?:赠|送|享|免|立减|半价)|首发(?:预订|预售|抢购)")
# A login prompt in brackets ("〔家长请登录家校通查看回执〕").
_BRACKETED_LOGIN = re.compile(r"^[〔【\[（(][^〕】\]）)]{0,8}登录[^〕】\]）)]{1,12}(?:查看|填写|提交|下载|阅读)[^〕】\]）)]{0,6}[〕】\]）)]$")
# A reader's answer by the usual names of an anonymous or a warm-hearted user ("热心网友：…", "匿名用户：…").
_ANON_ANSWER = re.compile(
    r"^(?:热心网友|匿名用户|匿名网友|热心用户)\s*[:：]"
    # (… or a guest's or a user's name the site numbered: "游客7302：…", "用户5310982：…": all 7 labelled lines are chrome.)
    r"|^(?:游客|网友|用户|访客)\s*[_-]?\d{2,}\s*[:：]"
)
# A reply by its floor's name ("沙发 某某：…", "板凳 某某：…").
_FLOOR_NAME_REPLY = re.compile(r"^(?:沙发|板凳|地板|地下室)[\s\u3000]+[^\s：:]{1,12}[：:]")


# --- Session 27's classes ------------------------------------------------------------------
# (Round 70.)
# A reaction button with its count ("赞一个（23）", "顶一下(8)").
_REACTION_COUNT = re.compile(r"^(?:[^\w\s]{1,2}\s*)?(?:赞一个|点个赞|顶一下|支持一下|有用|有帮助|踩一下)\s*[（(]\s*\d[\d,]*\s*[)）]$")
# A forum's lock on part of a post until the reader replies ("本帖隐藏了…，回复本帖后刷新可见").
# (… or what it unlocks to see: "本帖后附批改意见，回复本帖后才能看到".)
_REPLY_TO_SEE = re.compile(r"回复(?:本帖|此帖|该帖|后)[^。！？]{0,8}(?:可见|查看|刷新|看到|浏览)|(?:隐藏|隐去)了?[^。！？]{0,12}(?:回复|登录)后")
# A prompt to tap a reaction, closing with a particle ("觉得有用就点个收藏吧").
_TAP_REACTION = re.compile(r"(?:有用|有帮助|喜欢|不错)[^。！？]{0,4}(?:就|请|的话)?(?:点个|点一下|点下|给个)(?:收藏|赞|在看|关注|星标)吧?$")
# A reprint note naming where to credit ("…，转载请注明来自某某律师网。").
_REPRINT_CREDIT = re.compile(r"转载请注明(?:来自|出自|来源|出处|转自)")
# Where the page took the text from, in brackets ("（本文转自某某卫生院微信公众号）").
_BRACKETED_SOURCE = re.compile(r"^[（(]\s*(?:本文|此文|原文|文章)?(?:转自|转载自|转引自)[^（）()]{2,30}[)）]$")
# A mirror's note that it only archives ("某某馆只做存档，内容以原公众号为准，侵删。").
_ARCHIVE_ONLY = re.compile(r"(?:只做|仅作|仅做|仅供|只作)[^。，,]{0,8}存档|以原(?:公众号|网站|网页|文|作者)为准")
# A seller's registration under its name ("…药品网络交易服务备案号：…", "…网药销备字〔2023〕…").
_TRADE_REGISTRATION = re.compile(r"(?:网络交易服务|互联网药品信息服务|药品网络销售|网络经营)备案号|网药销备字|互联网药品信息服务资格证")
# Who typed a collection's piece ("某某　录入").
_TYPED_BY = re.compile(r"^[\u4e00-\u9fff]{2,4}[\s\u3000]+(?:录入|打字|输入|扫描校对)$")
# An app's prompt to watch the item's video ("打开掌上某某看高清视频").
_APP_VIDEO = re.compile(r"^打开[^。，！？]{2,10}(?:看|观看|收看)(?:高清)?(?:视频|直播|完整版|现场|图集|大图|组图)")
# A service's messenger handle to search for ("…，微信搜 abc123").
_SEARCH_HANDLE = re.compile(r"(?:微信|公众号|抖音|小红书)搜(?:索)?\s*[“\"]?[A-Za-z][A-Za-z0-9_\-]{3,}")
# A link to ask the site's expert ("遇到类似情况？点这里免费问律师").
_TAP_TO_ASK = re.compile(r"点(?:这里|此|此处|击这里)[^。！？]{0,8}(?:问|咨询)(?:律师|医生|专家|老师)|点(?:这里|此|此处)[，,]\s*(?:律师|医生|专家|老师)")
# A photo's placeholder in brackets ("（此处原有照片一张）").
_PHOTO_PLACEHOLDER = re.compile(r"^[（(]\s*此处(?:原有|有|为|原为)?[^）)]{0,4}(?:照片|图片|插图|配图|视频|图)[^）)]{0,6}[)）]$")
# A bracketed link back to the contents ("〖回本辑目录〗", "【返回列表】").
_BACK_TO_CONTENTS = re.compile(r"^[〖【\[〔]\s*(?:回|返回)[^】〗\]〕]{0,6}(?:目录|首页|列表|顶部)[〗】\]〕]$")
# A reader's reply in a thread under its label ("回复：物业的事找物业…"); a mail's subject replies to a
# document (回复：关于…的函, Re:, 转发).
_READER_REPLY = re.compile(r"^回复\s*[:：]\s*\S")
# (Round 71.)
# A download site's promise of the editable original ("下载后可获得可编辑的Word原件").
_DOWNLOAD_ORIGINAL = re.compile(r"下载后(?:即可|可)?(?:获得|得到|获取|拿到)[^。！？]{0,10}(?:Word|word|WORD|原件|原文件|文档|完整版|可编辑)")
# A template site's note that its samples are for reference ("本合同样本仅供参考，…咨询专业律师。",
# "某某所提供的合同均为用户分享的通用范本，…").
# (… or its example, "文书示例仅供参考，当事人信息已作处理".)
_SAMPLE_FOR_REFERENCE = re.compile(r"(?:样本|范本|模板|样式|文本|示例|范例)(?:仅供|只供|仅作)参考|(?:本站|本网|网站|平台|[\u4e00-\u9fff]{1,6}(?:网|通|站|库))所提供的(?:合同|范本|模板|文档|资料)|(?:均为|系|都是)(?:用户|网友)(?:分享|上传|提供)的|(?:网|站|库)所收(?:文章|范文|资料|作品)[^。！？]{0,4}仅供")
# A site's mailbox offered to readers with a question ("对学校工作有建议？请写信至校长信箱 …").
_MAILBOX_PROMPT = re.compile(r"[？?][^。！？]{0,8}(?:写信|来信|发邮件|发送邮件|致信)[^。！？]{0,8}(?:信箱|邮箱)")
# A preview's note that the rest is in the download ("以上为资料节选，完整…请下载附件").
_EXCERPT_NOTE = re.compile(r"^以上(?:为|是|仅为)(?:资料|文档|本文|全文|文件|范文)?(?:节选|部分内容|预览|摘录)")
# More reading under a casual key with an arrow or a question ("延伸看：…→").
_FURTHER_LOOK = re.compile(r"^(?:延伸看|延伸阅读|拓展阅读|相关链接|推荐看|再看看|往下看)\s*[:：]\s*\S")
# A paywall's note that it opened the rest for the reader ("以下内容仅限某某会员阅读，已为您临时展开").
_MEMBERS_ONLY_NOTE = re.compile(r"以下(?:内容|部分|全文)?(?:仅限|只限|仅对|仅供)[^。！？]{0,8}(?:会员|VIP|vip|付费用户)")
# A share row after its key ("分享本文：朋友圈｜QQ空间｜微博").
_SHARE_THIS = re.compile(r"^(?:分享本文|分享此文|分享文章|分享本页|转发本文)\s*[:：▸▶►›»→]")
# An entry's contents on one line ("目录：工作原理 / 主要特点 / …", "目录：定义　分类　组成").
_CONTENTS_LINE = re.compile(r"^目\s*录\s*[:：]\s*[^。！？，,]{1,12}(?:\s*[/／·•|｜\u3000]\s*[^。！？，,/／·•|｜\u3000]{1,12}){2,}\s*$")
# A page of several pieces switching to, or opening, the next ("本篇为第1篇，点此切换第2篇 ▶",
# "本篇为第1篇，展开第2篇请点此处").
_SWITCH_PIECE = re.compile(r"(?:切换|展开|查看|跳转)(?:到|至)?第\s*\d+\s*篇|第\s*\d+\s*篇[^。！？]{0,8}(?:请|可)?点此处$")
# A blog's counters with their labels in brackets ("阅读(326)　留言(4)").
_LABELLED_COUNTS = re.compile(r"^(?:(?:阅读|浏览|留言|评论|点赞|收藏|转发|分享|引用)\s*[（(]\s*\d[\d,]*\s*[)）][\s\u3000|｜·]*){2,}$")
# (Round 72.)
# A bracketed download link named by what it downloads ("〔询价文件下载（含报价单）〕").
_BRACKET_DOWNLOAD = re.compile(r"^[〔【\[〖][^】〕\]〗]{1,12}下载[^】〕\]〗]{0,10}[】〕\]〗]$")
# A platform's disclaimer on what others post ("本公告信息由采购代理机构提供，平台不对其真实性负责").
_PLATFORM_NOT_LIABLE = re.compile(r"(?:平台|本站|本网|网站)(?:不对|对此不)[^。！？]{0,6}(?:真实性|准确性|合法性|内容)[^。！？]{0,4}负责")
# A reader's highlight a reading site shows in the text ("【读者 某某 划线】“…”").
_READER_HIGHLIGHT = re.compile(r"^[【\[]\s*(?:读者|网友|书友)[^】\]]{0,12}(?:划线|标注|摘录|批注|收藏)\s*[】\]]")
# An answerer's note that more is in the comments ("（答主补充于评论区）").
_ANSWERER_NOTE = re.compile(r"^[（(]\s*(?:答主|题主|楼主|作者)(?:补充|更新|回复)(?:于|在)?[^（）()]{0,8}[)）]$")
# An icon's edit button on a clause or a passage ("✎ 在线改写本条", "✏ 编辑此段").
_ICON_EDIT_BUTTON = re.compile(rf"^[{ICON_CHARS}]\s*(?:在线|一键)?(?:改写|续写|编辑|润色|修改|完善)(?:本条|此条|本段|此段|本节|此节|全文)$")
# An AI button that rewrites the text into another genre ("✦ AI帮我改成家长会讲话").
_AI_REWRITE = re.compile(r"^(?:[^\w\s]{1,2}\s*)?(?:用)?AI\s*(?:帮我|帮你|一键|智能)?(?:改成|改为|写成|生成|扩写成|改写成)")
# (Round 73.)
# A page's tags with their hashes ("标签：#灶边 #养生壶").
_HASH_TAGS = re.compile(r"^(?:标签|话题|Tags?)\s*[:：]\s*#")
# A bracketed button with a verb on the page ("〔点亮爱心〕", "〔印出此文〕").
_BRACKET_VERB_BUTTON = re.compile(r"^[〔【\[〖](?:点亮|印出|打印|收藏|分享|转发|点赞|关注|赞赏|(?:轻点|点击|点此)?(?:复制|拷贝))[^〕】\]〗]{0,4}[〕】\]〗]$")
# A link to more of the page's topic ("本专题更多内容：…").
_MORE_OF_TOPIC = re.compile(r"^本(?:专题|栏目|频道|系列)更多(?:内容|文章|报道)?\s*[:：]")
# A writing service's offer to rewrite for a fee, with its id ("…一对一代改，微信 …", "可代改成…口吻，联系…微信 …").
_REWRITE_SERVICE = re.compile(r"(?:代改|代笔|代写|代拟|改稿|润色)[^。！？]{0,20}(?:微信|QQ|qq|VX|vx|加V|电话)\s*[:：]?\s*[A-Za-z0-9_\-]{5,}")
# A preview's note that the sample ended ("范本已显示完毕，存为Word可…").
_SAMPLE_SHOWN = re.compile(r"(?:已显示|已展示|已全部显示|已全部展示)完毕")
# A paywall's hidden passage ("此处隐藏约200字，开通畅读卡即可展开").
_HIDDEN_WORDS = re.compile(r"此处隐藏|隐藏(?:约|了)?\s*\d+\s*字")
# A prompt to fill in the site's form ("有意入会的企业请点此填写申请表").
_TAP_TO_FILL = re.compile(r"请?点(?:此|这里|击此处)(?:填写|报名|申请|提交|登记)")
# An icon's button that keeps the text for the reader ("☆ 收进我的素材本").
_ICON_KEEP = re.compile(rf"^[{ICON_CHARS}]\s*(?:收进|收藏到|加入|放进|存入)[^。！？]{{0,6}}(?:本|夹|库|书架|清单)$")
# A prompt to search for the account by its name ("微信里搜“某某中医”并关注").
_SEARCH_ACCOUNT = re.compile(r"微信(?:里|中|上)?搜(?:索)?\s*[“\"「][^”\"」]{2,12}[”\"」]")
# A related link under a pointer ("▶相关：…").
_POINTER_RELATED = re.compile(r"^[▶►▸▷→]\s*(?:相关|延伸|推荐|更多)(?:阅读|链接)?\s*[:：]")
# Boxes of the page's reading settings in a row ("〖字号：特大 大 中 小〗〖底色：护眼绿 羊皮纸 原色〗").
_SETTINGS_BOXES = re.compile(r"^(?:[〖【\[〔]\s*(?:字号|字体|底色|背景|配色|颜色|行距)\s*[:：][^〗】\]〕]{2,20}[〗】\]〕]\s*){2,}$")
# A mirror's credits with a layout role ("文字：某某　排版：某某　审校：某某").
_LAYOUT_CREDITS = re.compile(r"(?:排版|美编|编排|版式)\s*[:：｜|]")
# (Round 68.)
# A prompt to tap a button the page names in quotes ("觉得有用？点“收藏”方便考前翻看").
_QUOTED_BUTTON = re.compile(r"点(?:击|一下|个)?\s*[“\"「](?:收藏|分享|在看|点赞|转发|关注|赞|星标|喜欢|赞赏|打赏|置顶)[”\"」]")
# A messenger account's star prompt in other words than _STAR_US's ("记得给我们点个星标，好文不错过",
# "星标“某某社区”，通知不错过"): a star and what it brings.
_STAR_BENEFIT = re.compile(r"点个?星标|星标\s*[“\"「]|星标[^。！？]{0,14}(?:不错过|不迷路|早知道)")
# A prompt to open the page, or read on, on a phone by its code ("手机扫码查看本通知", "手机扫一扫，
# 在手机上接着读"); a text's own "扫码签到" stays.
_READ_ON_PHONE = re.compile(
    r"^(?:用?手机)?扫(?:码|一扫|描二维码)\s*(?:查看|阅读|打开|浏览|收藏|转发|分享)(?:本|此|该)(?:通知|文|篇|页|文章|公告|页面|信息|稿件)"
    r"|扫一扫[，,]?\s*(?:在手机上|用手机|手机上)?(?:接着|继续)(?:读|看|阅读)"
    r"|扫(?:码|一扫)[，,]?\s*(?:在手机上|用手机|手机上)(?:接着|继续)?(?:读|看|阅读|打开)"
)
# A news page's audio player as a bracketed button ("【听新闻】", "〔收听全文〕").
_LISTEN_BUTTON = re.compile(r"^[【\[〔〖]\s*(?:听|收听|朗读|播报|语音播报|语音朗读)(?:新闻|全文|本文|文章|此文)?\s*[】\]〕〗]$")
# A bracketed offer of the site's material ("〔领取同款八周训练计划〕", "【免费获取全套模板】").
_BRACKET_OFFER = re.compile(r"^[〔【\[〖]\s*(?:免费|点击|立即|一键)?(?:领取|获取|索取|下载)[^】〕\]〗]{1,14}[】〕\]〗]$")
# A school's offer of a trial before one signs up, in its usual shapes: trial lessons booked
# or free ("☎ 预约到校试学三天，不满意不收费"), a free first lesson and then deciding
# ("先来听一节免费实操课，再决定报不报", "先来试听一节，满意再报名"), or a cheap first lesson's
# price ("新学员首课9.9元体验，名额有限").
_TRIAL_LESSONS = re.compile(
    r"(?:预约|报名|申请|免费)[^。！？]{0,6}(?:试学|试听|试练|试课|体验课|旁听)|(?:试学|试听|试练|试课)[^。！？]{0,8}(?:不满意|不收费|免费|退款)"
    r"|(?:免费|0元|零元)[^。！？]{0,8}(?:试听|试学|体验|试课|听一节|上一节|听一堂|实操课|体验课|公开课)[^。！？]{0,10}(?:再决定|再报|再考虑|报不报|再交费|满意再)"
    r"|先(?:来)?(?:试听|试学|体验|听|上)一?[节堂次课][^。！？]{0,6}(?:满意再|再报名|再决定|再交费|再报)"
    # (… or a trial lesson offered alone: "不确定适不适合？先来试听一节发面课".)
    r"|先来?(?:试听|试学|体验)一?[节堂次]"
    r"|(?:首课|首节|体验课|试听课)[^。！？]{0,6}\d+(?:\.\d+)?\s*元|\d+(?:\.\d+)?\s*元(?:体验|试听|试学)"
)
# A site's online service under its key ("在线问诊：关注…服务号，医生10分钟内回复").
_ONLINE_SERVICE_KEY = re.compile(r"^(?:在线问诊|在线咨询|在线客服|线上问诊|网上问诊|在线答疑|在线预约)\s*[:：]")
# How many readers left a comment ("（本篇已有 23 位读者留言）").
_COMMENT_COUNT = re.compile(r"已有\s*\d[\d,]*\s*(?:位|名|个|条)?\s*(?:读者|网友|人|用户|书友)?\s*(?:留言|评论|点赞|回复)")
# A forum's stamp of an edit, by who edited what ("（楼主于 2 天前 修改了帖子）") or what was edited
# by whom ("该帖于 昨天 22:03 被 某某 重新编辑过").
_POST_EDITED = re.compile(
    r"^[（(]?\s*(?:楼主|作者|发帖人|版主|[\u4e00-\u9fffA-Za-z0-9_]{1,12})\s*于\s*[^，。（）()]{1,20}?(?:修改|编辑|更新)了?(?:帖子|本帖|此帖|主题|该帖)\s*[)）]?$"
    r"|^(?:该帖|本帖|此帖|该楼|本楼)于\s*[^。！？]{1,24}?被\s*\S{1,16}\s*(?:重新)?(?:编辑|修改)(?:过)?$"
    # (… or when the floor was last edited, in brackets: "（本楼最后编辑于 4 天前）".)
    r"|^[（(]\s*(?:本楼|本帖|此帖|该帖|楼主)(?:最后|最近)?(?:编辑|修改)于\s*[^（）()。！？]{1,16}[）)]$"
)
# A banner against passing a page out ("【内部制度，请勿截图外传】"); a rule's own "不得外传。" is a sentence.
_NO_SCREENSHOT = re.compile(r"^[【\[〔]?[^】\]〕。！？]{0,10}(?:请勿|禁止|严禁|不得|切勿)(?:截图|外传|外泄|转发|截屏)[^】\]〕。！？]{0,10}[】\]〕]?$")
# An intranet's note on who may see it, or its help desk ("内网仅限公司员工访问", "IT服务台：分机 8012").
_INTRANET_NOTE = re.compile(r"(?:内网|系统|平台|页面|网站)仅限[^。！？]{0,8}(?:员工|职工|内部人员|用户)(?:登录)?(?:访问|使用|查看|浏览|登录)|^(?:IT|信息中心|网络)服务台\s*[:：]")
# A lawyer's or a Q&A site's list of similar questions ("类似咨询：…？ / …？").
_SIMILAR_QUESTIONS = re.compile(r"^(?:类似|相似|相关|同类)(?:咨询|问题|案例|问答|提问)\s*[:：]")
# An organisation's name and its hotline apart by a space ("某某律师事务所　咨询专线：…"); a text's
# own line says whom to call in a sentence ("如有疑问，请拨打…服务专线：…。").
_NAME_AND_HOTLINE = re.compile(r"^[\u4e00-\u9fff]{2,14}[\s\u3000]+(?:咨询|服务|客服|法律|预约)(?:专线|热线)\s*[:：]?\s*[\d-]{7,}")
# A file site's note that a user put the file up ("该文件由分享者上传，某某网不拥有其著作权…").
_UPLOADER_DISCLAIMER = re.compile(r"由(?:分享者|上传者|用户|网友|会员|作者)(?:自行)?上传[^。！？]{0,30}(?:著作权|版权|侵权|异议|删除|责任)")
# A site's rights over what it carries ("某某新闻网所载内容，未经许可请勿转载。").
_SITE_CARRIES = re.compile(r"(?:网|站|平台|客户端|号)所(?:载|刊|发|登)(?:的)?(?:内容|文章|作品|信息|稿件)[^。！？]{0,16}(?:转载|许可|授权|版权|著作权)")
# A link to the policy's interpretation under its key ("政策解读：某某五问五答").
_INTERPRETATION_LINK = re.compile(r"^(?:政策|文件)?解读\s*[:：]\s*\S")
# A community board's advert under a bracketed label ("【招募】…志愿者，报名请到…").
_ADVERT_LABEL = re.compile(r"^[【\[〔](?:招募|广告|推广|招聘|招商|赞助)[】\]〕]")
# A document system's stamp of the last change under the text ("最后更新：质量部 某某").
_LAST_UPDATED = re.compile(r"^(?:最后更新|最近更新|最后修改|最后编辑|更新于)\s*[:：]")
# A list of more reading after an arrow ("同题推荐 ▸ …", "相关阅读 → …").
_ARROW_READING = re.compile(r"^(?:同题|同类|相关|延伸|热门|精选|更多|推荐)?(?:推荐|阅读|文章|范文|好文)\s*[▸▶►›»→]\s*\S")
# A writing service's key before its phone ("稿件定制：…", "材料代写：…").
_WRITING_KEY = re.compile(r"^(?:稿件|文稿|材料|范文|公文|讲稿)(?:定制|代写|代笔|代拟)\s*[:：]")
# A wiki's revision and contributor counts ("本词条最近修订：6 天前　贡献者 14 人").
_WIKI_REVISION = re.compile(r"贡献者\s*\d+\s*(?:人|位)|(?:词条|本条|本页)(?:最近|最后)?(?:修订|编辑|更新)\s*[:：]")
# A wiki's licence note ("某某词典内容以知识共享方式发布。").
_SHARE_ALIKE = re.compile(r"知识共享|CC\s*BY", re.I)
# A blogger's plug for the shop, in brackets ("（用到的铰链，我放在店铺“某某”栏目里了）").
_SHOP_PLUG = re.compile(r"^[（(][^（）()]{0,24}(?:店铺|小店|淘宝店|网店|橱窗|小铺)[^（）()]{0,20}[）)]$")
# A blog's list of other posts the reader may like ("喜欢这篇的话，也许会喜欢：《…》《…》").
_MAY_ALSO_LIKE = re.compile(r"(?:也许|可能|或许|大概)(?:也|还)?会?(?:喜欢|想看|爱看)\s*[:：]")
# A prompt to share through the app's menu ("轻触右上角“…”，把这份倡议转给邻居").
_MENU_SHARE = re.compile(r"^(?:[^\w\s]{1,2}\s*)?(?:点击|点|轻触|轻点|戳)?右上角[^。！？]{0,12}(?:转发|分享|转给|发给|发送给)")
# A service that says it is online ("课程顾问在线", "客服在线").
_ADVISER_ONLINE = re.compile(r"^(?:[^\w\s]{1,2}\s*)?(?:课程顾问|在线客服|客服|顾问|咨询老师|专属顾问)(?:\s*\d+\s*人)?\s*在线$")
# Who supplied, shot and checked a news item, in brackets with no colons ("（某某学院 供稿　图/文 某某　审核 某某）").
_BRACKETED_ROLES = re.compile(r"(?:供稿|图/文|图文|摄影|撰稿|审核|审校|编辑|责编|初审|终审|校对|通讯员)")

# The cleaner asks about a line several times (marking, the leading and trailing
# blocks, the reasons); lines of a page repeat across pages. Only lines of at most
# MAX_CHROME_CHARS are cached, so the cache holds at most 8,192 × 200 characters.
@functools.lru_cache(maxsize=8192)
def _strong_reason(s: str) -> str | None:
    n = len(s)
    if _RESPECTFUL_SALUTATION.match(s):
        return None
    if _plain_token(s):
        return None  # (see _plain_token)
    if is_junk_line(s):
        return "junk: Latin letters, digits and symbols without Chinese"
    if n <= 40 and _AGREE_COUNT_ROW.match(s) and not _SENTENCE_END.search(s):
        # (Asked first: a share of its action words would name it less well, and glued after the
        # answer's last sentence only a named class is cut.)
        return "action: an answer's vote row (赞同 86 · 反对 · 收藏)"
    m = _FRAMED_PAGE_COUNT.match(s) if len(s) <= 16 else None
    if m and 1 <= int(m.group(1)) <= int(m.group(2)) <= 999:
        return "page: a print view's page counter in a frame (⸨ 1 / 1 ⸩)"
    if n <= 4 and _LONE_MARK.match(s):
        return "page: a reference or page mark alone ([2])"
    # (Each signal is looked for only where the cheaper one before it holds: this runs
    # on every line of every document. Signals whose patterns hold Chinese words are
    # only looked for in lines with a Chinese character: a page of thousands of short
    # Latin or digit lines is classified as fast as a page of prose.)
    han = _CJK.search(s) is not None
    if han and _AD.search(s) and n <= 60:
        return "action: an advertisement"
    if n <= 24 and _AD_LABEL.match(s):
        return "action: an advertisement's label alone"
    if n <= 60 and han and _STUDY_BOX.match(s) and not _SENTENCE_END.search(s):
        return "list: a study site's box (学习要点：…, 【学习提示】…, 学习分享→…)"
    if n <= 30 and han and _PICTURE_LABEL.match(s) and not _SENTENCE_END.search(s):
        return "meta: a photo's caption under its label (【图】…)"
    if n <= 40 and han and _ANSWER_HEADER.match(s):
        return "meta: a Q&A answer's header (律师回复　某某律师　昨天 21:13)"
    if n <= 60 and han and _GRADER_NOTE.match(s):
        return "list: a grader's comment under an essay (批改意见：…得分：…)"
    if n <= 60 and han and _JOIN_ASSOCIATION.search(s) and not s.endswith("。"):
        return "action: an invitation to join the association (诚邀…入会, 申请入会)"
    if n <= 40 and han and _PRESS_BUTTON.search(s):
        return "action: a prompt to press the page's button (请点【感谢】)"
    if n <= 40 and han and _REFERRAL.search(s) and not _OUTLINE_HEAD.match(s):
        return "action: a referral or sign-up promotion (老学员介绍新学员…, 扣1报名)"
    if n <= 30 and han and _SHARE_ROW.match(s):
        return "action: a share row (分享给好友　微信　朋友圈)"
    if n <= 50 and han and _UPCOMING_LIST.match(s):
        return "list: a sidebar's list of upcoming items (近期讲座：…)"
    if n <= 50 and han and _EXPERT_CARD.match(s) and _has_contact_id(s):
        return "contact: an expert's card with a number (某某律师　执业13年　咨询电话：…)"
    if n <= 40 and han and _ASK_EXPERT.search(s) and not s.endswith("。"):
        return "contact: a prompt to consult the site's expert (一对一咨询律师, 在线问医生)"
    if n <= 60 and han and _WIKI_EDITS.search(s):
        return "meta: a wiki's edit stamp (本词条由…编辑, 共N次编辑)"
    if n <= 60 and han and _SIGNATURE_LINE.match(s):
        return "list: a poster's signature (个性签名：…)"
    if n <= 30 and han and _ASK_THEN_CLICK.match(s):
        return "action: a short question and a link to click (想加入？点这里…)"
    if n <= 40 or (n <= 90 and _PAY.search(s)):
        distinct, covered = action_words(s)
        content = max(_content_len(s), 1)
        keyed = _KEYED_CLAUSE.match(s) if distinct >= 3 else None
        if keyed and not action_words(keyed.group(1))[0] and not _PAY_ONLY.search(s):
            distinct = 0  # a field of the document telling its reader what to do (see _edge_reason)
        if n <= 90 and distinct >= 3 and covered >= 0.3 * content and _PAY.search(s) and not _document_item(s) and not _own_instruction(s):
            return f"action: {distinct} action words cover {covered} of {content} characters"
        if n <= 40 and distinct >= 3 and covered >= 0.5 * content and not _SENTENCE_END.search(s[-2:]):
            return f"action: a prompt of {distinct} action words ({covered} of {content} characters)"
        if n <= 12 and distinct >= 2 and covered == _content_len(s) and not _SENTENCE_END.search(s):
            return "action: a button (only action words)"
        if n <= 10 and distinct == 1 and covered == _content_len(s) and (covered >= 4 or _BUTTON_SIGN.search(s)):
            # One button: a long action word (全屏阅读) or one marked by an arrow (▲ 收起).
            return "action: a button (one action word)"
        if (
            n <= 30
            and distinct >= 1
            and covered >= 0.25 * content
            and not _SENTENCE_END.search(s)
            and not _OUTLINE_HEAD.match(s)
            and (_PICTOGRAPH.search(s) or _POINTS.search(s) or _PAY_ONLY.search(s))
            # (A table's row with a figure and its unit in a cell, "会员与库存　6课时　会员积分、…", is a
            # course's or a plan's row.)
            and not _UNIT_CELL_ROW.search(s)
            # (A table's head row naming its columns, "事项　积分", is no button row: cells of nouns, no verb.)
            and not (_PAY_ONLY.findall(s) == ["积分"] and not _PICTOGRAPH.search(s) and not _POINTS.search(s) and distinct == 1 and "\u3000" in s)
        ):
            # A short line of action words that a page's interface marks as its own: an
            # icon (💬 2条评论), a score (打卡 +1 积分) or a word only a paywall says (开通VIP…).
            # A document's heading with the same words (关注民生, 分享经验) has none of these.
            return "action: a short line of the page's buttons (an icon, points or a paywall's word)"
    if n <= 40 and han and _TIP_PROMPT.search(s) and not _SENTENCE_END.search(s[-2:]):
        return "action: a prompt to tip the author"
    if n <= 40 and han and _REACT_PROMPT.search(s) and not _SENTENCE_END.search(s[-2:]):
        return "action: a prompt to react to the page (点赞, 收藏, 扫码阅读)"
    if n <= 12 and _RELATIVE_TIME.match(s):
        return "meta: a post's relative time (2天前)"
    if n <= 30 and (_VOTE_ROW.match(s) or _VOTE_ONE.match(s)) and re.search(r"\d|踩|反对|没", s):
        return "action: a row of vote buttons (有帮助 12　踩)"
    if n <= 50 and not s.endswith("。") and _WRITING_OFFER.search(s) and _REACH_US.search(s) and not _FORBIDS.search(s):
        return "contact: a writing service's offer (代写, 帮改 … 私信, 详询客服)"
    if n <= 60 and _SERVICE_OFFER.match(s) and len(re.findall(r"\d", s)) >= 7:  # (a number however spaced)
        return "contact: an offer of the site's service with a number to book it"
    if n <= 40 and _BOXED_OFFER.match(s) and not _SENTENCE_END.search(s):
        return "action: a promotion under a bracketed label (【限时优惠】…)"
    if n <= 60 and _BULLET_TAGS.match(s):
        return "list: the page's tags (◎ 标签：…)"
    if n <= 16 and _SOURCE_ONLY.match(s):
        return "meta: the page's source line (来源：…)"
    if n <= 40 and _SOURCE_EDITOR.match(s):
        return "meta: the page's source and editor (本文来源：…　编辑：…)"
    if n <= 14 and _EDIT_NOTE.match(s):
        return "action: a note on the page's editing or copying (（本段可编辑）)"
    if n <= 40 and _COUNTERS_ONLY.match(s):
        return "meta: the page's readers and likes counted"
    if n <= 20 and _BOX_HEADER_DASHED.match(s):
        return "list: a box's header between dashes (—— 推荐 ——)"
    if n <= 24 and _COMPILER_DASHED.match(s):
        return "meta: who compiled or published the copy, between dashes (——某某整理——)"
    if n <= 30 and _SELLER_DM.search(s) and not s.endswith("。"):
        return "contact: a seller's prompt to message them (私聊我有内部价)"
    if n <= 20 and _TRIAL_OFFER.search(s) and not _SENTENCE_END.search(s):
        return "action: an offer of a trial class (预约免费体验课)"
    if n <= 10 and TEXT_BUTTON.match(s):
        return "action: a button acting on the text (分享本文)"
    if n <= 12 and _VOTE_COUNT_ALONE.match(s):
        return "list: a vote counter alone (赞同 186)"
    if n <= 40 and _WIKI_NOTE.match(s):
        return "notice: a wiki's note that anyone edits it"
    if n <= 20 and _READ_BETTER.match(s):
        return "action: a prompt to read on in the app or the full file"
    if n <= 10 and _SHARE_TO_PEOPLE.match(s):
        return "action: a share button (转发给家人)"
    if n <= 30 and _BOOKMARK_KEYS.search(s) and not s.endswith("。"):
        return "action: a prompt to bookmark the site (按Ctrl+D收藏)"
    if n <= 30 and _PICTO_COUNTERS.match(s):
        return "list: reaction counters under pictographs (👍 39　👎 2)"
    if n <= 24 and _THREAD_STATE.match(s):
        return "meta: what the board did to the thread (本帖已被置顶)"
    if n <= 40 and _ITEM_REVIEWED_BY.match(s):
        return "meta: who checked and put up the page's item (本信息由…审核发布)"
    if n <= 30 and _CALL_FOR_POSTS.match(s):
        return "notice: the site's call for contributions (本栏目欢迎投稿)"
    if n <= 24 and _MORE_HERE.match(s):
        return "list: a link to more of the site's items (阅读更多…请点击这里)"
    if n <= 40 and _PLATFORM_RULE.search(s):
        return "notice: a sharing platform's rule to its users (请勿通过网盘传播…)"
    if n <= 24 and _PREV_NEXT_BAR.match(s) and re.search(r"[上下前后]一(?:段|章|节|篇|页|条|回)", s):
        return "list: links to the parts before and after, between bars (上一段｜下一段)"
    if n <= 48 and _MODEL_ONLY_FOR.match(s):
        return "notice: a model-text site's disclaimer on its copy (范文仅供参考)"
    if n <= 40 and _FREE_TRIAL.search(s) and _PROMO_TERMS.search(s) and not s.endswith("。"):
        return "action: an offer of a trial class with a promotion's terms (免费体验…，名额有限)"
    if n <= 30 and _MEMBER_UPSELL.match(s) and not s.endswith("。"):
        return "action: an upsell to a membership (开通会员免广告阅读全部)"
    if n <= 60 and _DOWNLOAD_NOTE.match(s):
        return "notice: a download site's instructions (下载说明：…)"
    if n <= 40 and (_WATERMARK.match(s) or _watermark_cells(s)):
        return "notice: a watermark (a confidentiality stamp with a reader's name and a date)"
    if n <= 20 and _CORNER_WIDGET.search(s) and not _SENTENCE_END.search(s):
        return "action: a pointer to the page's floating widget (咨询请点右下角)"
    if n <= 60 and _LIST_ARROW.match(s):
        return "list: a related list's key and an item after an arrow (猜你还想看→ …)"
    if n <= 30 and _FILE_SIZE_LINE.match(s):
        return "meta: a file's size"
    if n <= 40 and _ENROLLING_ASK.search(s) and not _SENTENCE_END.search(s):
        return "action: a promotion that enrolment is open (招生中，详情咨询…)"
    if n <= 40 and _EMOJI_REPLY.match(s):
        return "list: a reply of emoji placeholders ([表情] 收到)"
    if n <= 50 and _TOOL_ROW.match(s) and re.search(r"\d", s):
        return "action: a row of vote and reply buttons with counts"
    if n <= 40 and _CAPTION_SUPPLIED.match(s):
        return "meta: a photo's caption with its credit (…现场（某某供图）)"
    if n <= 30 and _FOLLOW_AND_USE.match(s):
        return "action: a prompt to follow the account and use it"
    if n <= 30 and _APP_CARD.match(s):
        return "list: a card linking a mini-program or an account"
    if n <= 50 and _FREE_CONSULT.search(s) and len(re.findall(r"\d", s)) >= 7 and not s.endswith("。"):
        return "contact: a free consultation offer with a phone (免费解答 …)"
    if n <= 40 and _DM_PROMPT.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to message the poster (私信报名)"
    if n <= 40 and _COLLECTED_IN.match(s) and not s.endswith("。"):
        return "meta: where the page collects the text (收录于《…》)"
    if n <= 60 and _COMMENT_UNDER_HEAD.match(s):
        return "list: a comment under the comments' heading"
    if n <= 40 and han and _PREVIEW_STATE.search(re.split(r"[。！？]", s, maxsplit=1)[0]) and _UPSELL_VERB.search(s):
        # (… a sentence too when it sells the rest: "正文剩余约900字，开通年卡即可阅读并下载。")
        return "action: the page's preview state and what unlocks the rest"
    if n <= 12 and han and s.endswith("。") and (m := _PREVIEW_STATE.match(s)) and not _SENTENCE_END.search(s[:-1]):
        # (… alone with its full stop, what a glued upsell left: "全文已展开。")
        return f"action: the page's preview, pay or hidden-content state ({m.group(0)})"
    if n <= 40 and not _SENTENCE_END.search(s) and not _OUTLINE_HEAD.match(s):
        m = _PREVIEW_STATE.search(s) if han else None
        if m:
            return f"action: the page's preview, pay or hidden-content state ({m.group(0)})"
        if (han and _PAGE_COUNTER_LINE.match(s)) or _PRICE_TAG.match(s):
            return "action: a price or a page's download counter"
    if n <= 60 and _is_cell_row(s) and _FILE_META.search(s):
        return "meta: a row of a file's format and size"
    if n <= 24 and _OTHER_LANGUAGE.match(s):
        return "list: a link to the page in another language (【English Version】)"
    if not han:
        return None
    reason = form_reason(s, n)
    if reason:
        return reason
    contact = _has_contact_id(s, accounts=True) if _SERVICE.search(s) else ""
    if contact and not own_contact_sentence(s):
        return f"contact: a service prompt with a {contact}"
    if n <= 80 and _CAUTION_LABEL.match(s) and _SITE_CAUTION.search(s):
        return "notice: the site's own caution note (温馨提示：本站…)"
    if n <= 80 and _PLATFORM_DISCLAIMS.search(s):
        return "notice: a sharing platform's disclaimer (…网盘不对用户分享内容承担责任)"
    if n <= 60 and _THIS_TEXT.match(s) and _NOT_ADVICE.search(s):
        return "notice: the text's own disclaimer (本文…不构成…意见)"
    m = _LEAD_QUESTION.match(s) if n <= 50 else None
    if m and _FREE_CONSULT.search(m.group(2)) and (_PHONE.search(m.group(2)) or re.search(r"回复|响应|解答|热线", m.group(2))):
        return "contact: a free consultation offer with a phone (遇到…？免费咨询：…)"
    if n <= 40 and _THIS_TEXT.match(s) and len(set(_NOTICE.findall(s))) >= 2:
        return "notice: the text's own disclaimer (本文…仅供…)"
    if n <= 150 and _SITE_SELF.search(s):
        notices = set(_NOTICE.findall(s))
        if len(notices) >= 3:
            return f"notice: {len(notices)} disclaimer words ({'、'.join(sorted(notices))})"
    if n <= 30 and arrow_marked(s) and not _document_item(s):
        return "action: a link or button marked by an arrow"
    if n <= 14 and _is_arrow(s[0]) and " " in s[:3]:
        rest = s.lstrip("".join(c for c in s[:3] if _is_arrow(c) or c.isspace()))
        words, covered = action_words(rest)
        if words and covered >= 0.5 * max(_content_len(rest), 1) and not _SENTENCE_END.search(rest):
            return "action: a button marked by an arrow before it (↑ 返回目录)"
    if n <= 120 and _TOC_LINE.match(s) and len(_TOC_LINE_ITEM.findall(s)) >= 2:
        return "list: the page's table of contents on one line"
    if n <= 80 and framed_promotion(s):
        return "action: a promotion between bars"
    if n <= 40 and (_PIECE_LABEL.match(s) or _PIECES_ROW.match(s)):
        return "list: a collection's piece label or its row of pieces (第一篇, 目录：篇一 篇二)"
    if n <= 40 and _MEDIA_LABEL.match(s) and not _SENTENCE_END.search(s):
        return "list: a link to the page's gallery, video or explainer (【图集】…, 【政策解读】一图读懂…)"
    if n <= 16 and _AI_BUTTON.match(s):
        return "action: an AI writing button of the page (AI润色, AI改写)"
    if n <= 14 and _READER_BUTTON.match(s):
        return "action: a button in the reader's voice (【我要…】)"
    if n <= 60 and _SELF_REF.search(s) and _PAID_SERVICE.search(s) and _ASK_US.search(s):
        return "contact: the site's writing service (本文由…原创，需要定制…请咨询)"
    if n <= 60 and service_sentence(s):
        return "contact: a writing service's offer (代写, 帮改 … 私信, 详询客服)"
    if n <= 16 and _PICTOGRAPH.match(s) and _ONE_COUNTER.match(s):
        return "list: a reaction counter under an icon (👍 赞 58)"
    if n <= 100 and _TESTIMONIAL.match(s) and re.search(r"(?:留言|评论)\s*[:：]", s[:8]) and re.search(r"[—－]{1,2}\s*[^\s，。！？—]{1,12}$", s):
        return "list: a reader's signed comment between the paragraphs (居民留言：…——某某)"
    if n <= 100 and _PICTOGRAPH.match(s) and _TESTIMONIAL.match(s):
        return "list: a testimonial under an icon (💬 居民心声：…)"
    if n <= 40 and _SCENE_CAPTION.match(s):
        return "meta: a photo's caption under a marker (▲…现场，…)"
    if n <= 40 and _RATING_BOX.search(s):
        return "list: a forum's rating box (参与人数 6　威望 +8　收起 理由)"
    if n <= 30 and _bar_buttons(s):
        return "action: a row of buttons between bars (打印本页｜关闭窗口)"
    if n <= 12 and re.match(r"^(?:欢迎|记得)(?:关注|订阅)(?:一下)?[!！~～]*$", s):
        return "action: a call to follow the account"
    if n <= 12 and re.match(r"^(?:[^\w\s]{1,2}\s*)?点击关注", s) and _FOLLOW_US.search(s) and not _SENTENCE_END.search(s):
        return "action: a call to follow the account"  # "▲点击关注本号"
    if n <= 50 and _BRACKET_CLICK.match(s):
        return "action: a bracketed promotion with a link (【…】…点击了解)"
    if n <= 30 and _LOGIN_FIRST.match(s) and not _SENTENCE_END.search(_NO_ACCOUNT.sub("", s)):
        return "action: a prompt to log in first (登录后可查看…)"
    if n <= 30 and _STAR_US.search(s) and not s.endswith("。"):
        return "action: a prompt to star the account (设为星标)"
    if n <= 16 and _STAMP_LINE.match(s):
        return "meta: a relative time the page was updated or posted (2小时前更新)"
    if n <= 40 and _CACHE_HIGHLIGHT.search(s) and not s.endswith("。"):
        return "notice: a search cache's note that it marked the query's words"
    if n <= 8 and _SEARCH_BOX_HEADER.match(s):
        return "list: a box of searches, its header alone (相关搜索)"
    if n <= 60 and _EDIT_STAMP.match(s):
        return "meta: a forum's edit stamp (本帖最后由…编辑)"
    if n <= 80 and _FLOOR_REPLY.match(s):
        return "list: a reply by its floor (回复 #2 楼…, 2#…)"
    if n <= 40 and _CHAT_GREETING.match(s):
        return "contact: a chat widget's greeting (在线客服：您好，有什么可以帮您？)"
    if n <= 40 and _LEAVE_NUMBER.search(s) and not s.endswith("。"):
        return "contact: a prompt to leave a phone number for a callback"
    if n <= 8 and _LONE_BUTTON.match(s):
        return "action: a button word alone (追问, 采纳)"
    if n <= 30 and _BACK_BUTTON_CELL.search(s) and not _SENTENCE_END.search(s):
        return "action: a row with a button back to the contents or the list (返回目录)"
    if n <= 60 and _COPY_NOTE_BRACKETED.match(s) and _EDITOR_NOTE_ABOUT.search(s):
        return "notice: an editor's bracketed note on how the copy was made"
    if n <= 48 and _SHARE_CODE.match(s):
        return "meta: a share link's extraction code (提取码)"
    if n <= 40 and _CHECK_IN.search(s) and not _SENTENCE_END.search(s) and not _OUTLINE_NUMBER.match(s):
        # (An outline's heading that speaks of check-ins, "（三）坚持每日学习打卡", is the text's.)
        return "action: a study check-in button (学习打卡, 我已学习)"
    m = _SHOP_PROMO.search(s) if n <= 36 else None
    if m and _PROMO_TERMS.search(s) and not s.endswith("。") and not _SENTENCE_END.search(s[: m.start()]):
        # (After a sentence of the text the offer is glued on: the line is not chrome whole.)
        return "action: a promotion's offer (立减200元，名额有限)"
    if n <= 8 and _EDIT_LINK.match(s):
        return "action: a page's edit link ([编辑])"
    if n <= 20 and _COLUMN_PATH.match(s):
        return "meta: a column's path (新闻中心 - 公司新闻)"
    if n <= 24 and _BROKEN_LINK.match(s):
        return "list: a link to report a broken download (下载不了？报错)"
    if n <= 16 and _READER_PROMPT.match(s):
        return "action: a prompt in the reader's voice (点此…, 我要报名…, 立即预约…)"
    if n <= 24 and _SHOP_PROMO.search(s) and not _SENTENCE_END.search(s) and action_words(s)[0]:
        return "action: a shop's promotion (立享, 首单, 领券)"
    if n <= 50 and _CLICK_TO_READ.match(s):
        return "list: a link to another item under a click label (点击阅读：…)"
    m = _CLICK_PROMPT.search(s) if n <= 40 else None
    if m and m.start() <= 20 and not re.search(r"[。！!]", s[: m.start() + 1]) and not s.endswith("。") and not s.startswith(("请", "各")) and not _own_instruction(s):
        # (After a short lead-in only: a sentence before it is the text's, the prompt glued on;
        # a sentence that ends as one, 点击进入下一环节前，请先核对材料。, is a document's step.)
        return "action: a prompt to click, scan or search (点击抢购, 点击右侧在线咨询)"
    if n <= 60:
        m = _LEAD_QUESTION.match(s)
        reason = strong_reason(m.group(2)) if m else None
        if reason and reason.startswith(("action:", "contact:")):
            # "积分不够？签到或上传资料即可获取积分": a short question leading into a prompt.
            return reason
        if m and _BOOK_BY_PHONE.search(m.group(2)) and len(re.findall(r"\d", m.group(2))) >= 7:
            return "contact: a call to book the site's service by phone after a question (遇到…？拨打…预约面谈)"
        if m and len(m.group(2)) <= 26 and not _SENTENCE_END.search(m.group(2)) and _REACH_SITE.search(m.group(2)):
            # "想来试一节课？私信馆长预约", "问题没解决？立即留言，24小时内回复": a question to the
            # reader, then how to reach the site (a document's question is answered in sentences).
            return "contact: a question to the reader, then how to reach the site"
        m = _QUESTION_THEN_CONSULT.match(s) if n <= 50 else None
        if m and _FREE_CONSULT.search(m.group(1)) and (_PHONE.search(m.group(1)) or re.search(r"回复|响应|解答|热线|点击|右下角|右侧", m.group(1))):
            return "contact: a free consultation offer after a question (想了解…？…免费解答)"
    if n <= 80 and _DOWNLOAD_ADDRESS.match(s):
        return "action: a download site's mirror link (下载地址一：电信下载)"
    if n <= 60 and _CREDITED_CAPTION.match(s):
        return "meta: a photo's caption with its photographer (…（摄影：某某）)"
    if n <= 60 and _SITE_SUPPORT.match(s):
        return "contact: the site's technical support line"
    if n <= 40 and _BAN_THREAT.search(s):
        return "notice: a platform's rule with its ban (…违者将被封号)"
    if n <= 40 and _COLLECTION_COUNT.match(s):
        return "list: a collection's count and the piece's place in it (本卷共21篇　第17篇)"
    if n <= 60 and _ROW_WITH_BUTTON.search(s):
        return "action: a row ending in the page's button (…｜点击预约)"
    if n <= 24 and _FOLLOW_NAMED.match(s):
        return "action: a prompt to follow the named account with its slogan (关注“某某”，学习不掉线)"
    if n <= 60 and _SYSTEM_MARK.match(s):
        return "meta: an office system's watermark or circulation stamp (水印：…, 已传阅：…)"
    if n <= 60 and _FILED_IN_COLLECTION.match(s):
        return "meta: a collection's filing row (收录于：《…》)"
    if n <= 40 and _FRANCHISE_LINE.match(s):
        return "contact: a company's franchise or agency line (招商加盟热线：…)"
    if n <= 60 and _STAFF_REPLY.match(s):
        return "list: a forum staff's reply under the post (版主回复：…)"
    if n <= 40 and _ASKS_FOR_BRICKBATS.search(s):
        return "meta: a poster asking for criticism (欢迎拍砖, 大家轻拍)"
    # (Session 25's classes, after the older ones: a line both match keeps its older reason.)
    if n <= 60 and _SHOP_CARD.match(s):
        return "action: a shop's card under its label (【店铺】…进店领券)"
    if n <= 30 and _SEATS_LEFT.search(s) and not _SENTENCE_END.search(s):
        return "action: a course's seats left (剩余名额 6 个，报名从速)"
    if n <= 9 and _PIECE_NUMBER.match(s):
        return "meta: a piece's number in the page's collection alone (第一则, 篇一)"
    if n <= 60 and _SOURCE_WITH_ADDRESS.match(s):
        return "meta: the page's source with its address (来源：某某网 www.…)"
    if n <= 60 and s[0] in "〔【［[（(" and s[-1] in "〕】］])）" and _BOXED_PAGE_NOTE.search(s):
        return "notice: the page's note on the text in brackets (〔转载请…〕, 〔配图来自网络…〕)"
    if n <= 40 and _TAP_TO_FOLLOW.match(s):
        return "action: a prompt to tap the account's name and follow it (轻触上方蓝字，关注…)"
    if n <= 24 and s[0] in "【〔［[" and s[-1] in "】〕］]" and re.search(r"点此|点击|戳此", s):
        return "action: a link in its brackets (【同款课程·点此了解】)"
    if n <= 40 and _BLOG_RUNTIME.search(s):
        return "meta: a blog's running time and visits (本博客已运行…天)"
    if n <= 12 and _HEART_BUTTON.match(s):
        return "action: a like button under its heart (♡ 喜欢这段)"
    if n <= 30 and _SHARE_SO_MORE_SEE.match(s):
        return "action: a prompt to pass the page on (转发给邻居，让更多人知道)"
    if n <= 80 and _HOST_NOT_LIABLE.match(s):
        return "notice: the site says who answers for what it publishes (本网站公告信息由…负责)"
    if n <= 80 and (m := _MEMBERSHIP_OFFER.search(s)) and not _SENTENCE_END.search(s, 0, m.start()):
        return "action: an offer of the site's membership (开通会员即可…)"
    if n <= 80 and _NETIZEN_COMMENT.match(s):
        return "list: a reader's comment under a user id (网友fd8812：…)"
    if n <= 40 and _VIEW_MODE.match(s) and not _SENTENCE_END.search(s):
        return "action: the reader's view modes (阅读模式：单页｜双页)"
    if n <= 30 and _FOLLOW_THIS_ACCOUNT.match(s) and not s.endswith(("。", "！", "!")):
        return "action: a call to follow the account, with what it brings (关注本号，第一时间…)"
    if n <= 120 and han and _MAIL_ATTACHMENT_BAR.match(s):
        return "meta: a mail client's attachment bar (附件：2 个（…）)"
    if n <= 40 and han and APPROVAL_STAMP.fullmatch(s):
        return "meta: an office system's approval stamp (〔审批：… 已同意〕)"
    if n <= 12 and han and _boxed_button(s):
        return "action: a button in its brackets (〔放大预览〕)"
    if n <= 40 and han and _WORKFLOW_STATE.match(s):
        return "meta: a record's state in the site's workflow (办理状态：已办结)"
    # (Session 26's classes, after the older ones.)
    if n <= 40 and _CHECKIN_REWARD.search(s) and not s.endswith("。"):
        return "action: a study or exam site's reward for reading or checking in (阅读打卡可积1分)"
    if n <= 40 and _WRITING_SERVICE_OFFER.search(s) and not s.endswith("。"):
        return "contact: a writing service's offer (某某代笔，当天交稿)"
    if n <= 30 and _ONE_TAP_TOOL.search(s) and not s.endswith("。"):
        return "action: a writing app's one-tap tool (一键套用本文)"
    if n <= 8 and _ICON_BUTTON.match(s):
        return "action: a button of an icon and a verb (✎续写)"
    if n <= 50 and _COIN_COST.search(s) and not s.endswith("。"):
        return "action: what a download costs in the site's currency (消耗5共享币)"
    if n <= 40 and _UNZIP_CODE.search(s):
        return "meta: a download's unzip password"
    if n <= 14 and _SUPPLIED_TAG.match(s):
        return "meta: who supplied the item, as a tag (学校供稿, 原创首发)"
    if n <= 24 and _READERS_LINE.match(s):
        return "meta: how many readers opened the page (共有 211 人查阅)"
    if n <= 50 and _WIKI_EDITORS.search(s) and not s.endswith("。"):
        return "meta: a wiki's count of its editors (本条由 4 位…共同编辑)"
    if (n <= 40 and _FLOW_STEP.match(s)) or (n <= 120 and _FLOW_CHAIN.search(s)):
        return "meta: an office system's circulation record (… 拟稿 → 审核 → 签发)"
    if n <= 30 and _SHARE_IF_USEFUL.match(s):
        return "action: a prompt to pass a useful page on (觉得有用？转给…)"
    if n <= 30 and _SEE_ALSO.match(s) and not s.endswith("。"):
        return "list: a link to more reading under a casual label (顺手看看：…)"
    if n <= 40 and _POSITIONED_CAPTION.match(s):
        return "meta: a photo's caption naming who stands where (某某（右）…)"
    if n <= 24 and _IMAGE_FROM_WEB.match(s):
        return "notice: where the page's pictures came from (图片来源网络，侵删)"
    if n <= 30 and _BUY_NOW.search(s):
        return "action: a shop's buy button after a product line (…，点击选购)"
    if n <= 40 and _TRY_LESSON_QUESTION.match(s) and not s.endswith("。"):
        return "action: a school's free lesson after a question (想体验一节…？免费试听…)"
    if n <= 40 and _EXPERT_OFFER.search(s) and not _SENTENCE_END.search(s):
        return "contact: an expert's free offer (某某律师免费评估案情)"
    if n <= 50 and _ADD_FOR_MORE.search(s) and not s.endswith("。"):
        return "contact: a prompt to add the site's account for more (需要…请加某某QQ …)"
    if n <= 30 and _SCAN_NOW.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to scan the page's code (扫一扫)"
    if n <= 30 and _POINTER_PROMPT.match(s) and not _SENTENCE_END.search(s):
        return "action: a prompt under a pointer glyph (▶ 进入…)"
    if n <= 40 and _GO_TO_SECTION.match(s):
        return "action: a pointer to the site's section for more (…，请进入产品中心)"
    if n <= 20 and _DOWNLOAD_GLYPH.match(s) and re.search(r"存|下载|保存|收藏|导出", s):
        return "action: a download button under its glyph (⇩ 存到本地)"
    if n <= 24 and _VALIDITY_STATE.match(s):
        return "meta: a record's validity in the portal's database (时效状态：现行有效)"
    if n <= 40 and _CLINIC_ROW.match(s):
        return "list: a hospital's clinic row (某某　主任医师　周二上午)"
    if n <= 40 and _TAP_TO_STAR.match(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to tap the account's name and star or follow it"
    if n <= 60 and _FORUM_MEDALS.match(s):
        return "meta: a forum's medals or rating row under a post"
    if n <= 60 and _EXTERNAL_MAIL.match(s):
        return "meta: a mail client's banner for mail from outside"
    if n <= 60 and _BRACKETED_CREDITS.match(s):
        return "meta: who wrote and checked the item, in brackets (（撰稿：… 审核：…）)"
    if n <= 50 and _LAWYER_CARD.match(s):
        return "meta: a lawyer's card (某某　执业律师, 擅长：…)"
    if n <= 40 and _TIME_LEFT.search(s) and not _SENTENCE_END.search(s):
        return "action: the site's countdown (剩余：6天 23时)"
    if n <= 40 and _LISTING_STATE.match(s):
        return "meta: an item's state in the site's listing (开班状态：报名中)"
    if n <= 40 and _DEVICE_TIP.search(s) and not s.endswith("。"):
        return "action: the site's tip on where to download (请用电脑下载)"
    if n <= 30 and _EMOJI_LINE.match(s) and not _SENTENCE_END.search(s) and han and "\u3000" not in s:
        return "list: a link or a button under an emoji (🔗 查看…)"
    if n <= 40 and _INFOGRAPHIC_LINK.match(s) and not _SENTENCE_END.search(s):
        return "list: a link to an infographic (政策图解：…)"
    if n <= 30 and _BRACKETED_SIZES.match(s):
        return "action: the page's font sizes or large-print view in brackets"
    if n <= 16 and _FOLD_BUTTON.match(s) and not _SENTENCE_END.search(s):
        return "action: a button that opens or folds the rest (展开余下…)"
    if n <= 6 and _SCRIPT_SWITCH.match(s):
        return "action: a switch of script (繁體, 简体)"
    if n <= 80 and _CONTENTS_ROW.match(s) and not _SENTENCE_END.search(s):
        return "list: a collection's contents on one line (本辑目录：一、…)"
    if n <= 40 and _RELATIVE_WITH_COUNTER.search(s):
        return "meta: the page's relative time and counter (2 个月前　点读 1523)"
    if n <= 50 and _PREVIEW_REST.search(s) and not s.endswith("。"):
        return "action: a preview's state and what the rest costs (后面还有58%，点开继续看)"
    if n <= 24 and _PASS_PAGE_ON.search(s) and not s.endswith("。"):
        return "action: a prompt to pass the page on or like it (转发给爸妈看看)"
    if n <= 50 and _MEET_LAWYER.search(s) and not s.endswith("。"):
        return "contact: an offer to meet or talk to the site's lawyer"
    if n <= 80 and _LAWYER_YEARS.search(s) and not _SENTENCE_END.search(s):
        return "meta: a lawyer's card with the years in practice"
    if n <= 60 and _DOTTED_BAR_ROW.search(s) and not _SENTENCE_END.search(s) and (_REL_TIME_IN.search(s) or re.search(r"(?:阅读|浏览|点击)\s*\d", s)):
        return "meta: a row of the page's cells apart by dotted bars, with a time or a counter"
    if n <= 24 and _RATING_LINE.match(s):
        return "meta: the page's rating or a Q&A's badge (评分 4.6, 本回答被网友推荐)"
    if n <= 16 and _TEXT_BOX_BUTTON.match(s):
        return "action: a bracketed button on the text (【大字】【小字】, 〔收下这段〕)"
    if n <= 40 and _REWARD_POSTER.search(s) and not s.endswith("。"):
        return "action: a prompt to reward the poster (给楼主加个币)"
    if n <= 16 and _MAIL_FOLDER.match(s):
        return "meta: a mail client's folder with its count (收件箱（12）)"
    if n <= 50 and _TAP_TO_ZOOM_CAPTION.match(s):
        return "meta: a photo's caption with a tap hint (…（轻触放大）)"
    if n <= 24 and _PIECE_OF_COLLECTION.match(s):
        return "meta: a collection's name and the piece's number (某某旧事　第十四篇)"
    if n <= 30 and _FRAMED_SLOGAN.match(s):
        return "meta: a page's line framed by double dashes (a slogan, a note)"
    if n <= 80 and _COMMENT_UNDER_POST.match(s):
        return "list: a reviewer's comment under a post, a teacher's or a moderator's (版主点评：…)"
    # (Session 34's classes.)
    if n <= 60 and _NAME_BAR_PHONE.match(s):
        return "contact: a signature card, an organisation and its phone set off by a bar (某某中心 | 电话 …)"
    if n <= 30 and _MESSAGE_US.search(s) and len(_SENTENCE_END.findall(s.rstrip("。！!"))) == 0:
        return "action: an invitation to message the firm or the author (…欢迎私信某某)"
    if s in ("置顶", "精华", "加精", "已置顶"):
        # (A post's state alone on a line: all 4 labelled lines are chrome; no document's line is the word alone.)
        return "meta: a post's state alone on its line (置顶)"
    if n <= 60 and _SHOWN_WITH_CONSENT.match(s):
        return "notice: the text shown with its author's or client's consent (本函经委托人同意予以公示)"
    if n <= 80 and _SPACED_NETIZEN_COMMENT.match(s):
        return "list: a reader's comment under the 网友 word and a nickname (某某网友 某某：…)"
    if n <= 120 and _FLOOR_REPLY_AGO.match(s):
        return "list: a reply by its floor, the replier and how long ago (沙发 某某　3 天前：…)"
    if n <= 60 and _DONE_AGO.search(s):
        return "meta: a post's stamp of what was done how long ago (分享于 2 周前)"
    if n <= 80 and _KEYED_BOOK_TITLES.match(s):
        return "list: a label over titles in book-title marks (同课异构：《…》…　《…》…)"
    if n <= 60 and _QUESTION_THEN_HOTLINE.match(s):
        return "contact: a question leading a 400/800 line (需要…？拨打 400-…)"
    if n <= 80 and _ENTRY_SELF_NOTE.match(s) and (not _SENTENCE_END.search(s) or _ENTRY_UPKEEP_WORDS.search(s)):
        return "notice: an encyclopaedia's note on the entry itself (本词条…)"
    if n <= 80 and _DISPLAY_SETTINGS.search(s) and not _SENTENCE_END.search(s):
        return "action: a reader's display settings (阅读设置：〖字体 大 中 小〗)"
    if n <= 60 and _MAIL_SERVICE_FOOTER.search(s):
        return "notice: a mail service's footer (本邮件由…发送)"
    if n <= 40 and _ORIGINAL_PREVAILS.search(s):
        return "notice: a page's note that the original prevails (…以原件为准)"
    if n <= 40 and _REST_AFTER_DOWNLOAD.search(s):
        return "action: the rest of the file after downloading it (…下载后查看)"
    if n <= 20 and _TRIANGLE_EXPAND.match(s):
        return "action: an expand button behind a triangle (▾ 展开余下全文)"
    if n <= 30 and _ON_STUDY_LIST.search(s):
        return "meta: a study platform's note that the piece is on a study list"
    if n <= 20 and _JUMP_TO_PIECE.search(s):
        return "list: a link to the next or the previous piece (跳到下一篇)"
    if n <= 20 and _PHONE_SCAN_TO_READ.search(s):
        return "action: a prompt to read on the phone by scanning (手机扫码继续阅读本文)"
    if n <= 30 and _TRIAL_PRICE.search(s):
        return "action: a course's trial price (限时体验价9.9元)"
    if n <= 30 and _FOLLOW_TO_BOOK.match(s):
        return "action: a follow prompt with what the account lets one do (关注…公众号，可微信预约)"
    if n <= 80 and _SQUARE_BOX_ROW.match(s):
        return "action: a row of square-bracketed boxes (［…］　［…］)"
    if n <= 30 and _BRACKETED_COMPILER_CREDIT.match(s):
        return "meta: a bracketed credit of who compiled or edited the piece (（整理：某某）)"
    if n <= 60 and _DASHED_MAIL_SEPARATOR.match(s):
        return "meta: a mail client's separator framed by dashes (-- 以下为附件正文 --)"
    if n <= 60 and _TAP_BLUE_NAME.match(s) and not _SENTENCE_END.search(s):
        return "action: a tap on the account's blue name in quotes (戳一下上面蓝色的“某某”…)"
    if n <= 50 and _FORWARDER_NOTE.match(s):
        return "meta: a forwarder's note to whom the mail goes (某总，这是…，请您过目。)"
    if n <= 40 and _NO_PROMOTION_NOTE.search(s):
        return "notice: a blogger's note that the piece is no advertisement (本文不含任何推广)"
    if n <= 70 and _ARROWED_PREV_NEXT.match(s):
        return "list: links to the previous and the next piece between arrows (◂ … ▸)"
    if n <= 24 and _LEAVE_FOOTPRINT.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "action: a prompt to leave a mark under the piece (留个脚印)"
    if n <= 40 and _OPEN_WITH_APP.search(s):
        return "notice: a download site's note on what opens the file (WPS文件请用…打开)"
    if n <= 40 and _MOTTO_KEY.search(s) and not _SENTENCE_END.search(s):
        return "meta: a school's motto in the page's header (校训：…)"
    if n <= 60 and _ANSWER_LABEL_CELL.search(s) and not _SENTENCE_END.search(s):
        return "meta: a Q&A's answer row with its label between cells (某某｜最佳答案｜…)"
    if n <= 40 and _NOT_YET_MEMBER.match(s):
        return "action: a teaser question to non-members (还不是会员？…)"
    if n <= 30 and _LIKED_THEN_TAP.search(s):
        return "action: a like prompt when the reader liked the piece (喜欢这篇就点个…)"
    if n <= 60 and _NOT_REVIEWED.search(s):
        return "notice: a host's note that it does not review what users share"
    if n <= 8 and _PREVIEW_HEADING.match(s):
        return "action: a preview's heading (资料预览：)"
    if n <= 40 and _SIDE_WIDGET_POINTER.search(s):
        return "contact: a pointer to the page's side widget (请点右侧在线律师)"
    if n <= 80 and _OFFICIAL_REPLY.match(s):
        return "list: an official account's or a moderator's reply in a thread (…官方号 回复：…)"
    if n <= 60 and _ENTRY_BY_USERS.search(s):
        return "notice: an encyclopaedia's note that its entries are written by users"
    if n <= 40 and _FIND_A_WRITER.search(s):
        return "contact: a writing service's pitch naming its writers (找某某写手)"
    if n <= 30 and _LOGIN_TO_REPLY.search(s):
        return "action: a login prompt to reply or comment (回帖请先登录)"
    # (Session 38's classes.)
    if n <= 40 and _QUESTION_THEN_IMPROVE.match(s):
        return "action: a wiki's prompt to improve the entry, a question leading it in (…？欢迎完善本词条)"
    if n <= 60 and _ARCHIVE_NOTE.search(s) and not _SENTENCE_END.search(s) and not _ADDRESSES_UNITS.search(s):
        return "action: a download site's note on the file's archive (解压, 压缩包)"
    if n <= 60 and _QUESTION_SOURCE.match(s) and "。" not in s:
        return "meta: where an exam forum's question comes from (题目来源：…)"
    if n <= 30 and _POINTS_EARNED.match(s):
        return "action: the points a reading or a reply earns (学习此文可积1分)"
    if n <= 40 and _SHARED_BY_USER.match(s):
        return "meta: an app's stamp on a copy shared by its user (分享自某某用户…)"
    if n <= 50 and _MORE_IN_COLUMN.match(s):
        return "list: a pointer to more of it in another column of the site (更多…请见…栏目)"
    if n <= 60 and _COMMENT_PREVIEW.match(s):
        return "list: a reader's comment cut short by the page (某某：…)"
    if n <= 20 and _SAVE_TO_BOX.match(s):
        return "action: a bracketed button to save the page (【收进我的收藏】)"
    if n <= 30 and _LIKED_IT_PLEA.match(s):
        return "action: a plea to the page's button, a question about liking it leading it in (喜欢…？给…)"
    if n <= 40 and _COMMENT_BOX_COUNT.match(s):
        return "list: a comment box's header with its count (评论区（3）)"
    if n <= 50 and _VIEWS_ARE_WRITERS.search(s):
        return "notice: the host's note that the views are the writer's"
    if n <= 40 and han and (_BRACKETED_CAPTION.match(s) or _PRODUCT_PHOTO.match(s)) and not _SENTENCE_END.search(s):
        return "meta: a photo's caption under its label (【图】…)"
    if n <= 40 and _RISK_ON_USER.search(s):
        return "notice: the site's note that whoever uses its model bears the risk"
    if n <= 80 and _AT_REPLY.match(s):
        return "list: a reply in a thread addressed to a user (…@某某：…)"
    # (Session 37's classes.)
    if n <= 40 and _ACTION_CELLS.match(s):
        return "action: a row of the page's actions between bars (转给班级群｜收藏到我的书签)"
    if n <= 40 and _OPEN_TO_SEE.match(s):
        return "action: a link with its prompt to open it (…，点开看全程轨迹)"
    if n <= 30 and _LIGHT_UP.match(s):
        return "action: a prompt to react to the page by a button (点亮“在读”)"
    if n <= 50 and _ALSO_USING.match(s):
        return "list: a link to a related article under what other readers use (大家也在用：…)"
    if n <= 50 and _RELATED_QUESTION.match(s):
        return "list: a link to a related article, a question under its label (相关问题：…？)"
    if n <= 50 and _JOIN_BY_ID.match(s):
        return "contact: a prompt to join, led in by a question, with a messenger id (想加入…？加…微信 …)"
    if n <= 30 and _TOP_UP.search(s):
        return "action: a paywall's top-up prompt (余额不足？充值)"
    if n <= 24 and _SCAN_TO_READ.match(s):
        return "action: a prompt to scan a code to read the page on a phone (手机扫码，随时查看本方案)"
    if n <= 30 and _RANKING_LINK.match(s):
        return "list: a link to a board of rankings (查看…排行)"
    if n <= 80 and _NETIZEN_REMARK.match(s):
        return "list: a netizen's remark under a Q&A (网友“某某”：…)"
    if n <= 60 and _ANSWERERS_OWN_VIEW.search(s):
        return "notice: a Q&A site's note that answers are their answerers' own view"
    if n <= 30 and _LOGIN_UNLOCKS.match(s):
        return "action: a login prompt naming what it unlocks (登录后可编辑…)"
    if n <= 40 and _ORIGINAL_FILE_NOTE.search(s):
        return "action: a download site's note on the file's original (Word原件已排好版)"
    if n <= 80 and _POSTER_ADDENDUM.match(s):
        return "meta: a poster's addendum in brackets (（楼主补充：…）)"
    if n <= 30 and _FRANCHISE_400.match(s):
        return "contact: a franchise line with a 400 number (全国加盟合作：400-…)"
    if n <= 40 and _REPRINT_KEEP_SOURCE.match(s):
        return "notice: terms for reprinting the page (转载须保留出处)"
    if n <= 40 and _PASS_TO_PEOPLE.match(s):
        return "action: a plea to pass the article on to the people around (转给身边…)"
    if n <= 40 and _POSTED_HERE.search(s):
        return "meta: a stamp of the day the piece went up on the site (上载于本站：…)"
    if n <= 30 and _ON_AUTHORS_HEAD.match(s):
        return "notice: an author's terms closing the piece (文责自负…)"
    if n <= 90 and _TAKEDOWN_NOTICE.search(s):
        return "notice: a model-text site's takedown notice (多为网友投稿，如涉及您的权益…下架)"
    if n <= 60 and _ASKERS_ACCOUNT_ONLY.search(s):
        return "notice: a lawyer's note that the answer rests on the asker's account (以上分析基于提问者单方陈述)"
    if n <= 16 and _COURSE_PAGE_LINK.match(s):
        return "action: a bracketed link to a school's or a shop's page (〔某某课程介绍〕)"
    if n <= 50 and _UPLOADER_NOTE.search(s):
        return "notice: an uploader's note on the copy (系上传者整理，引用前请自行核对)"
    if n <= 12 and _LONE_PREV_NEXT.match(s):
        return "list: a lone link to the piece before or after (〈 上一篇)"
    if n <= 10 and _VOLUME_CONTENTS.match(s):
        return "list: a link to a volume's contents (第二卷目录)"
    if n <= 16 and _VOLUME_LABEL.match(s):
        return "meta: a collection's volume label (第二卷 · 某某)"
    if n <= 50 and _VOLUNTEER_CALL.search(s):
        return "contact: a volunteer's call with whom to sign up with and a phone (请找某某报名：1…)"
    if n <= 50 and _MIRROR_LINKS.search(s):
        return "action: a download station's alternative links (备用地址一 ｜ 备用地址二)"
    if n <= 48 and _PIECES_AROUND.match(s):
        return "list: links to the pieces before and after (〈 第N篇…｜第N篇… 〉)"
    if n <= 60 and _WRITE_TO_AUTHOR.match(s):
        return "meta: where to write to the author (来信请寄：…@…)"
    if n <= 40 and _REPRINT_MINE.match(s):
        return "notice: an author's terms for reprinting the piece (拙作随意转载，但请保留…)"
    if n <= 32 and _NEXT_PIECE_BRACKET.match(s):
        return "list: a link to the next or the previous piece in brackets (〔本辑下一篇：…〕)"
    if n <= 80 and _SERIES_EARLIER.match(s):
        return "list: earlier pieces of the series under their key (本系列往期：…)"
    if n <= 48 and _SHOP_BOXES.match(s):
        return "action: a shop's buttons in boxes (〔某某旗舰店购买〕〔申请样品〕)"
    if n <= 60 and _STUDY_PROMPT.match(s):
        return "action: a study platform's prompt (学习提示：…打卡)"
    if n <= 24 and _CLICK_COPY_BUTTON.search(s):
        return "action: a prompt to click the page's copy button (点“复制本篇”)"
    if n <= 40 and _TUTOR_PITCH.search(s):
        return "contact: a tutor's pitch with a messenger number (一对一陪练，QQ …)"
    if n <= 30 and _BOOK_ONLINE.match(s):
        return "action: a prompt to book online (需…的请在线预约)"
    if n <= 40 and _NEWS_TIP_LINE.search(s) and re.search(r"\d{3,4}[-－]?\d{7,8}|\d{5,}", s) and not _SENTENCE_END.search(s):
        return "contact: a newspaper's tip line (欢迎提供新闻线索)"
    if n <= 24 and _NOT_YET_SIGNED.match(s):
        return "action: a prompt to sign up, led by a question (还没报名？…)"
    if n <= 80 and _COMMENT_UNDER_LABEL.match(s):
        return "list: a reader's comment under the comment area's label (评论区 —— 某某：…)"
    if n <= 24 and _SAVE_FOR_LATER.match(s):
        return "action: a prompt to bookmark the post for later (先收藏，回头慢慢看)"
    if n <= 40 and _BOOK_VIA_ACCOUNT.match(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to book through the site's account (可通过医院公众号预约…)"
    if n <= 30 and _HELPED_COUNT.match(s):
        return "meta: an answerer's counter of whom they helped (已帮助N位网友)"
    if n <= 40 and _CLICK_NAMED_BUTTON.match(s):
        return "action: a prompt to click a named button of the page (点击“已组织学习”)"
    if n <= 32 and _STUDENT_STORY.match(s):
        return "list: a student's story linked under a school's list (学员某某：…)"
    if n <= 40 and _FOLLOW_ORG_BENEFIT.match(s):
        return "action: a call to follow an organisation's account with what it brings (关注某某医院，预约…一站办好)"
    # (Session 36's classes.)
    if n <= 48 and _SEARCH_POINTER.match(s):
        return "action: a pointer to search for a name on a shop or an app (…搜索“某某”)"
    if n <= 50 and _REUSE_FORBIDDEN.match(s):
        return "notice: a ban on reusing the page's text or pictures (未经许可请勿转用)"
    if n <= 40 and _MEDIA_ELSEWHERE.match(s):
        return "list: a pointer to the pictures or the video on another channel (照片详见某某公众号)"
    if n <= 24 and _FILE_SIZE_FIELD.match(s):
        return "meta: a file's size under its key (资料大小：28.6KB)"
    if n <= 30 and _TAP_ARROW_PROMPT.match(s):
        return "action: a tap prompt pointing at a link (报名请戳→…)"
    if n <= 24 and _REMEMBER_TO_SHARE.match(s):
        return "action: a plea to pass the article on (看完记得转发到…群)"
    if n <= 40 and _ISSUER_FIELD.match(s):
        return "meta: a portal's index field naming the issuing office (发文机构：…)"
    if n <= 40 and _PIECES_COLLECTED.search(s) and not _SENTENCE_END.search(s):
        return "meta: a collection's count of its pieces (已收文章143篇)"
    if n <= 30 and _SAME_QUESTION.search(s) and not _SENTENCE_END.search(s):
        return "action: a Q&A site's same-question button (我也同问)"
    if n <= 40 and _NOT_A_DIAGNOSIS.match(s):
        return "notice: a health page's note that its advice is no diagnosis (仅供参考，请遵医嘱)"
    if n <= 30 and _TAP_ACCOUNT_NAME.match(s):
        return "action: a prompt to tap the account's name (轻点“某某”，不错过…)"
    if n <= 30 and _SCAN_TO_KEEP.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to scan a code to keep the article (扫码把本文带走)"
    if n <= 16 and _BOOKMARK_BUTTON.match(s):
        return "action: a bookmark button (加入书签)"
    if n <= 60 and _OTHER_ISSUE.match(s) and not _SENTENCE_END.search(s):
        return "list: a link to another issue of the series (上一期…, 往期推荐)"
    if n <= 30 and _MORE_ELSEWHERE.match(s):
        return "list: a pointer to more of the site's elsewhere (更多…，请进入…)"
    if n <= 40 and _NEEDS_SOFTWARE.search(s):
        return "action: a note on the software the download needs (请先安装WPS)"
    # (Session 35's classes.)
    if n <= 40 and _PREVIEW_THEN_DOWNLOAD.search(s) and not _SENTENCE_END.search(s):
        return "action: a preview's note that the download holds more (预览…，下载后可获得…)"
    if n <= 80 and _RELATED_FILES_FIELD.match(s):
        return "list: a document system's field linking related files (关联文件：…)"
    if n <= 60 and _INTERNAL_NO_COPY.search(s):
        return "notice: a ban on passing internal material on (内部资料，严禁外传)"
    if n <= 60 and _USED_BY_COUNT.search(s) and not _SENTENCE_END.search(s):
        return "meta: a model-text site's usage counter (已有 3,406 人使用)"
    if n <= 60 and _SOLD_COUNT.search(s) and not _SENTENCE_END.search(s):
        return "meta: a shop's sales counter (已售 2,641 件)"
    if n <= 60 and _WHOLESALE_LINE.search(s) and not _SENTENCE_END.search(s):
        return "contact: a shop's wholesale or group-buy line (团购报价：400-…)"
    if n <= 32 and _FOLLOW_ACCOUNT_PROMPT.match(s) and not _SENTENCE_END.search(s) and not re.search(r"[；;]", s):
        return "action: a prompt to follow an account (关注…服务号“某某”，…)"
    if n <= 22 and _SIGN_UP_FOR_GIFT.match(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to sign up for a giveaway (注册…，领取…)"
    if n <= 20 and _FORWARD_WITH_CAUSE.match(s):
        return "action: a prompt to forward the page (转发到工作群，一起…)"
    if n <= 26 and _CLICK_QUOTED_BUTTON.match(s) and not _SENTENCE_END.search(s) and not re.search(r"[；;]", s):
        return "action: a button named in quotes to click (点击“…”，看…)"
    if n <= 40 and _HELP_YOU_WRITE.search(s):
        return "contact: a writing service's offer to write or polish (…帮您改稿)"
    if n <= 40 and _SIMILAR_CASE_CONSULT.match(s):
        return "contact: a law firm's pitch under a case (类似纠纷可…咨询)"
    if n <= 40 and _IMAGES_FROM_WEB.search(s):
        return "notice: a note that the pictures come from the web (配图来自网络…)"
    if n <= 80 and _CA_CERT_LINE.search(s) and not _SENTENCE_END.search(s):
        return "meta: a trading platform's CA certificate line (CA数字证书服务：…)"
    if n <= 30 and _OWN_COPYRIGHT_CLAIM.search(s):
        return "notice: a site's claim on its pictures or works (…版权归本校所有)"
    if n <= 60 and _FRANCHISE_HOTLINE.search(s) and not _SENTENCE_END.search(s):
        return "contact: a franchise line (加盟热线：400-…)"
    if n <= 50 and _OWNER_HOTLINE_ROW.match(s):
        return "meta: a site's owner and its hotline in one row (某某协会　投诉热线 12315)"
    if n <= 80 and _ATTACHMENT_FILE_LINK.match(s):
        return "action: an attachment's file link with its button or size (附件：….zip　下载)"
    if n <= 24 and _SCAN_TO_PHONE.match(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to scan the page onto a phone (扫码把本页存到手机)"
    if n <= 50 and _PARTIES_ANONYMISED.search(s):
        return "notice: a note that a sample's parties were made anonymous (当事人信息已作技术处理)"
    if n <= 24 and _PRESS_ZAIKAN.match(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to press 在看 (戳右下角“在看”…)"
    if n <= 80 and _GRADER_COMMENT.match(s):
        return "list: a grader's bracketed comment under an essay (【批改】…)"
    if n <= 40 and _GRADING_COURSE.search(s) and not _SENTENCE_END.search(s):
        return "action: a grading course's ad (…批改计划，每周…精批)"
    if n <= 60 and _OWNER_MAILBOX_ROW.match(s):
        return "meta: a site's owner and its mailbox in one row (某某论坛　站务邮箱 …)"
    if n <= 30 and _APP_DOWNLOAD_PROMPT.match(s) and not _SENTENCE_END.search(s) and not s.rstrip().endswith(("：", ":")):
        return "action: a prompt to download the site's app (下载某某App，…随时用)"
    if n <= 34 and _TWO_CRUMBS.match(s):
        return "meta: a breadcrumb of two items (某某委员会 > 工作动态)"
    if n <= 40 and _REPRINT_ASK.search(s):
        return "notice: a writer's terms for reprinting (转载请先问我)"
    if n <= 8 and _AUTHOR_BYLINE.match(s):
        return "meta: an author's byline (某某　著)"
    if n <= 60 and _COOKIE_NOTICE.search(s):
        return "notice: a cookie notice"
    if n <= 20 and _SAVE_TEXT_TO.match(s):
        return "action: a button saving the text to the reader's list (收藏本文到…)"
    if n <= 40 and _POINTS_WHEN_READ.search(s):
        return "action: a study site's points for reading (…计入学习积分，读完请点…)"
    if n <= 40 and _MEMBERSHIP_UPSELL.search(s):
        return "action: a membership's upsell (开通…卡可批量下载…)"
    if n <= 24 and _OPEN_APP_TO_READ.match(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to open the app for the full piece (打开“…”阅读完整图文)"
    if n <= 60 and _READERS_COUNT.search(s) and not _SENTENCE_END.search(s):
        return "meta: an intranet's count of readers (阅读人数：64)"
    if n <= 60 and _VOTE_PAIR.search(s) and not _SENTENCE_END.search(s):
        return "list: a post's vote buttons with their counts (支持(57)　反对(0))"
    if n <= 40 and _PERSONAL_VIEW_NOTE.search(s):
        return "notice: a note that the analysis is only the writer's view"
    if n <= 60 and _QUERY_MARKED.search(s):
        return "notice: a search cache's note that it marked the query's words"
    # (… never a document's own phone line with the button glued after it: the glued cut takes the button.)
    if n <= 40 and _CLICK_TO_CONSULT.search(s) and not _SENTENCE_END.search(s) and not re.search(r"\d{3,4}-?\d{7,8}", s):
        return "contact: a prompt to click for a consultation (点这里发起图文问诊)"
    if n <= 30 and _STAR_AT_CORNER.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to star the page (点右上角星标…)"
    if n <= 24 and _ENTER_SITE_SECTION.match(s) and not _SENTENCE_END.search(s):
        return "list: a pointer to the site's section (了解…请进产品中心)"
    if n <= 24 and _LIGHT_THE_HEART.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to light the page's heart (点亮小红心…)"
    if n <= 24 and _CLICK_READ_CONFIRM.search(s) and not _SENTENCE_END.search(s):
        return "action: an office system's prompt to confirm reading (点击“已阅”)"
    if n <= 50 and _NAMED_TOOLBAR.match(s) and not _SENTENCE_END.search(s):
        return "action: a viewer's toolbar named as such (阅读器工具栏：…)"
    if n <= 40 and _COST_TO_COPY.search(s) and not _SENTENCE_END.search(s):
        return "action: a cost in the site's coins to copy or download (需消耗1个…豆)"
    if n <= 60 and _ONLY_AS_REFERENCE.search(s):
        return "notice: a note that the page is for reference only (仅作…参考)"
    if n <= 40 and _GHOSTWRITER_QQ.search(s):
        return "contact: a ghost-writer's offer with a messenger (…代笔，…QQ …)"
    if n <= 16 and _DOWNLOAD_CHANNEL.match(s):
        return "action: a download station's channel (电信高速通道)"
    if n <= 50 and _BROKEN_LINK_REPORT.search(s):
        return "action: a prompt to report a broken link (…报告坏链)"
    if n <= 20 and _EXPAND_N_PARAS.search(s) and not _SENTENCE_END.search(s):
        return "action: a button expanding the rest of the text (展开余下 3 段)"
    if n <= 50 and _QQ_SLANG.search(s) and not _SENTENCE_END.search(s):
        return "contact: a QQ named by its nickname (加企鹅…)"
    if n <= 40 and _CLOSE_PAGE_BOX.search(s):
        return "action: a button closing the page in its brackets (〔合上本页〕)"
    if n <= 16 and _FORWARD_TO_SEE.match(s):
        return "action: a prompt to pass the page on (转给…看看)"
    if n <= 60 and _ENTRY_DISAMBIGUATION.match(s):
        return "list: an encyclopaedia's note on which sense the entry treats (本词条介绍的是…)"
    if n <= 20 and _MORE_PARAS_EXPAND.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to expand the paragraphs left (还有2段，展开全文)"
    if n <= 40 and _REGISTER_TO_SEE.search(s):
        return "action: a registration upsell (注册会员可看…)"
    if n <= 60 and _RELATED_QUESTION_KEY.match(s):
        return "list: a Q&A site's related question under its key (大家还问：…)"
    if n <= 40 and _CONTENT_ONLY_REFERENCE.search(s):
        return "notice: a site's note that its content is for reference only (…内容仅供参考)"
    if n <= 30 and _ANSWER_PLEA_LEAD.match(s):
        return "meta: a poster's lead-in to the answer with a plea to the forum (我的作答如下，求…指点：)"
    if n <= 50 and _MY_GRID_MEMBER.match(s) and not _SENTENCE_END.search(s):
        return "meta: a community site's box naming the reader's grid member (本楼栋网格员：某某 …)"
    if n <= 40 and _counter_row(s):
        return "meta: a row of short cells and a counter (主持词 · 社区活动　｜　收藏 318)"
    # (Session 33's classes.)
    if n <= 40 and (m := _TEASER_QUESTION.match(s)) and len(s) - m.end() >= 2 and not _SENTENCE_END.search(s, m.end()):
        return "action: a teaser question and where to go for it (想看…？进…群相册)"
    if n <= 60 and _DISCLAIMS_CONTENT.search(s) and not _document_item(s):
        return "notice: the host disclaims what it carries (…不对其内容负责)"
    if n <= 40 and _SHARE_TO_MESSENGERS.search(s) and not _SENTENCE_END.search(s):
        return "action: a share row naming the messengers (分享给…：微信　朋友圈)"
    if n <= 60 and _PAST_ITEMS_KEY.match(s) and not _SENTENCE_END.search(s[-1:]):
        return "list: a link to the column's past items (往期…：…)"
    if n <= 40 and _PARTS_OF_PIECE.search(s) and not _SENTENCE_END.search(s[-1:]):
        return "meta: the piece's place among its parts (本篇共三节，此为第二节)"
    if n <= 80 and _NUMBERED_REFERENCE.match(s):
        return "list: an entry of a reference list (1. 某某图录．某州：某某出版社)"
    if n <= 40 and _BRACKETED_REPRINT_TERMS.match(s):
        return "notice: the page's terms for reprinting in brackets (（…原创，搬运请先留言）)"
    if n <= 16 and _USES_COUNTER.match(s):
        return "meta: readers' counter of a template's uses (1.4万次使用)"
    if n <= 8 and _BLURB_KEY.match(s):
        return "meta: a download page's key over its blurb (资料简介：)"
    if n <= 12 and _READ_IN_APP_BOX.match(s):
        return "action: a button to read the piece in the app (〔APP内阅读〕)"
    if n <= 40 and _SEE_ALSO_KEY.match(s) and not _SENTENCE_END.search(s):
        return "list: a link under 另见：(另见：…)"
    if n <= 60 and _LOG_ROW.match(s) and not _SENTENCE_END.search(s):
        return "meta: a distribution log's row (11-07 09:30　系统　分发至…)"
    if n <= 40 and _FILED_IN_TOPIC.search(s) and not _SENTENCE_END.search(s):
        return "meta: the topic or collection the page files the piece in (已收录至专题「…」)"
    if n <= 120 and _REFERENCES_KEY.match(s) and not _SENTENCE_END.search(s[-1:]):
        return "list: an entry's references under their key (参考资料：[1] …)"
    if n <= 40 and _LIKE_THEN_LOGIN.search(s):
        return "action: a like prompt with a login to download (点个赞，…须先登录)"
    if n <= 40 and _INTRANET_ONLY.search(s):
        return "notice: a page open to the intranet only (仅限内网访问)"
    if n <= 40 and _LIKE_CASES_OFFER.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "contact: a firm's offer for like cases (类似纠纷可咨询某律师)"
    if n <= 50 and _INDEX_ONLY.search(s) and s.count("。") <= 1:
        return "notice: the host only indexes or keeps copies (仅做收录与索引)"
    if n <= 80 and _CACHED_VERSION.search(s):
        return "notice: a search cache's note on its copy (…保存的文本版本)"
    if n <= 30 and _DASHED_MAIL_SIGNATURE.match(s):
        return "meta: a mail's signature after a dash (—— 某某｜公司｜部门)"
    if n <= 50 and _CONTROLLED_COPY.search(s) and s.count("。") <= 1:
        return "notice: a controlled copy's note (本文件为受控文件…)"
    if n <= 40 and _SHARED_BY_KEY.match(s) and not _SENTENCE_END.search(s):
        return "meta: who shared the piece (分享学员：…)"
    if n <= 40 and _NO_PICTURE_THEFT.search(s):
        return "notice: a ban on taking the page's pictures (请勿盗图)"
    if n <= 40 and _LOGIN_TO_UNLOCK.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "action: a login or a purchase to unlock the rest (登录…解锁本段以下内容)"
    if n <= 60 and _HOT_LABEL_HEADLINE.match(s) and not _SENTENCE_END.search(s[-1:]):
        return "list: a headline under a hot or new label (【热】…)"
    if n <= 30 and _PAGE_MADE_AT.match(s):
        return "meta: when the page was generated or printed (本页生成于…)"
    if n <= 12 and _BYLINE_ALONE.match(s):
        return "meta: a byline of its own (文　某某)"
    if n <= 50 and _POSTED_RELATIVE.search(s) and not _SENTENCE_END.search(s):
        return "meta: who posted it and a relative time (…分享于 昨天)"
    if n <= 40 and _ROUND_THE_CLOCK_LINE.match(s):
        return "contact: a round-the-clock service line (物业24小时报修：…)"
    if n <= 60 and _ICON_BUTTON_ROW.match(s):
        return "action: a row of buttons, each behind an icon (⊕ 收进…　⊕ 转成…)"
    if n <= 40 and _RATER_SCORE.match(s):
        return "list: a rater's score and comment under a post (鱼币 +6 某某：…)"
    if n <= 30 and _FOLLOW_FOR_SHOWS.match(s) and not _SENTENCE_END.search(s):
        return "action: a follow prompt and what the account does each week (关注某某，每周三晚直播答疑)"
    if n <= 30 and _READER_VIEW_MODE.search(s) and not _SENTENCE_END.search(s) and not re.search(r"[A-Za-z\u3400-\u9fff]", _VIEW_ROW_WORDS.sub("", s)):
        return "action: a reader's view buttons (翻页模式　│　夜间)"
    if n <= 40 and _REPOST_SOURCE_LINE.match(s):
        return "meta: a repost's source line (转自…，原样照录：)"
    if n <= 20 and _RELATIVE_STAMP_LINE.match(s):
        return "meta: a post's relative time and what was done (2 小时前回答)"
    if n <= 30 and _BOOK_IN_APP_LINE.match(s):
        return "action: a line pointing to the host's app to book (可在“某某”小程序挂号)"
    # (Session 32's classes.)
    if n <= 40 and _ATTACHMENT_SHOWN.search(s) and not s.endswith("。"):
        return "action: a mail client's note that it shows the attachment ([附件已在正文中展开显示])"
    if n <= 40 and _TAP_TO_ENROL.search(s) and not _SENTENCE_END.search(s):
        return "action: a button to enrol or fill in the form (…正在报名，点此填表)"
    if n <= 40 and _FIRST_MONTH_PRICE.search(s) and not _SENTENCE_END.search(s[-2:]):
        return "action: a membership's first-month price (首月仅需6元)"
    if n <= 30 and _LAWYER_CHECK.search(s) and not _SENTENCE_END.search(_after_lead_question(s)):
        return "contact: a firm's offer to check the text (可找律师逐条把关)"
    if n <= 24 and _AI_REWRITE_BUTTON.search(s) and not _SENTENCE_END.search(s):
        return "action: an app's AI button on the text (AI帮我改一版)"
    if n <= 30 and _REST_IN_TENTHS.search(s) and not _SENTENCE_END.search(s):
        return "action: a preview's state in tenths of the text (剩余四成内容)"
    if n <= 40 and _TAP_ACCOUNT.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to tap the account at the top and follow it (轻触左上角头像，关注…)"
    if n <= 16 and _LISTEN_LINK.search(s) and not _SENTENCE_END.search(s):
        return "action: a button to hear the text read (点这里听全文)"
    if n <= 20 and _FOLD_TO_OPEN.search(s) and not _SENTENCE_END.search(s):
        return "action: a preview's fold over the rest (以下内容需展开阅读)"
    if n <= 40 and _DRAFT_FOR_YOU.search(s) and not _SENTENCE_END.search(s):
        return "contact: an offer to draft one for the reader (律师团队为您定制合同)"
    if n <= 24 and _READER_MARKS.search(s) and not _SENTENCE_END.search(s):
        return "list: readers' marks on a paragraph (本段被 27 位读者划线)"
    if n <= 20 and _USERS_EDITED.search(s) and not _SENTENCE_END.search(s):
        return "meta: a wiki's note that users edited a clause (经网友补充修订)"
    if n <= 40 and _OPEN_VIDEO.match(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to open the video (点开视频，…)"
    if n <= 40 and _PICTURE_CREDIT.search(s) and not _SENTENCE_END.search(s):
        return "meta: a news item's credits with its picture credit (文字：…　配图：…)"
    if n <= 40 and _COMMENTS_SO_FAR.search(s) and not _SENTENCE_END.search(s):
        return "list: a comment box's count (已有 9 位路人留下了脚印)"
    if n <= 12 and _SAME_COLUMN.match(s):
        return "list: a column's list header (同栏目还有：)"
    if n <= 60 and _MEMBERS_SUPPLIED.search(s):
        return "notice: a host's note that members supplied the content (内容来自会员收录)"
    if n <= 40 and _COURSE_CODE.search(s) and not _SENTENCE_END.search(s):
        return "meta: a course's catalogue number (课程编号 …)"
    if n <= 30 and _DM_STAFF.search(s) and not _SENTENCE_END.search(s):
        return "contact: a prompt to message the staff (先私信学堂…)"
    if n <= 30 and _SHARED_BY.match(s):
        return "meta: who shared the post and when (由 某某 分享于 3 天前)"
    if n <= 16 and _ADD_TO_ENTRY.search(s) and not _SENTENCE_END.search(s):
        return "action: a wiki's invitation to add to the entry (补充这个词条)"
    if n <= 40 and _SHARE_LICENCE.search(s):
        return "notice: a wiki's licence note (遵循共享协议)"
    if n <= 30 and _TO_CART.search(s) and not _SENTENCE_END.search(_after_lead_question(s)):
        return "action: a shop's cart button (进入商城加入购物车)"
    if n <= 30 and _FIRM_LINE_OFFER.search(s) and not _SENTENCE_END.search(s):
        return "contact: a law firm's line offered for advice (可拨本所热线免费咨询)"
    if n <= 26 and _FILER.match(s):
        return "meta: who filed or uploaded the file (归档人：…)"
    if n <= 30 and _INTERNAL_USE.match(s):
        return "notice: an internal-use stamp (仅限内部使用)"
    if n <= 40 and _SHARE_ROW_KEY.match(s):
        return "action: a share row under its key (转给朋友：微信 朋友圈)"
    if n <= 30 and _FOUND_HELPFUL.search(s) and not _SENTENCE_END.search(s):
        return "list: a reaction count on an answer (1,086 人觉得这个回答有帮助)"
    if n <= 40 and _READING_KEY.match(s) and not s.endswith("。"):
        return "list: a policy reading linked under its key (政策解读：…)"
    if n <= 30 and _MORE_IN_LIBRARY.match(s) and not _SENTENCE_END.search(s):
        return "list: a pointer into the site's library (更多…请进入资料库)"
    if n <= 24 and _TAP_HERE.match(s) and not _SENTENCE_END.search(s):
        return "action: a tap prompt (戳这里，…)"
    if n <= 20 and _INSERT_BUTTON.match(s) and not _SENTENCE_END.search(s):
        return "action: an app's button to insert a block (＋插入…模板)"
    if n <= 24 and _PASS_ON_TO_KIN.search(s):
        return "action: a prompt to pass the page on (转给家里老人看看)"
    if n <= 14 and _VOTE_COUNT.match(s):
        return "action: a vote button with its count (赞同此文（126）)"
    if n <= 8 and _EMPTY_ATTACHMENTS.match(s):
        return "meta: an OA page's empty attachment count (附件（0）)"
    if n <= 30 and _SHOP_GO.search(s) and not _SENTENCE_END.search(s):
        return "action: a pointer to the firm's shop (前往某某旗舰店选购)"
    if n <= 60 and _ROUTING_STEPS.search(s) and not _SENTENCE_END.search(s):
        return "meta: an OA document's routing steps (拟稿 → 审核 → 签发)"
    if n <= 80 and _TIMED_COMMENT.match(s):
        return "list: a reader's comment with its relative time (某某：…（昨天 22:41）)"
    if n <= 24 and _FILED_UNDER.match(s):
        return "meta: the category the post is filed under (分类：…)"
    if n <= 24 and _SHARE_THIS_TO.search(s) and not _SENTENCE_END.search(s):
        return "action: a button to share this page (分享本文到朋友圈)"
    if n <= 60 and _COLUMN_PUBLISHER.search(s):
        return "notice: who publishes the column's items (本栏目信息由…发布)"
    if n <= 30 and _LOGIN_TO_OPEN.search(s) and not _SENTENCE_END.search(s):
        return "action: the rest of the text behind a login (…需登录后展开)"
    if n <= 12 and _SERVICE_BUTTON.match(s):
        return "action: a service's button (在线挂号)"
    if n <= 60 and _EMERGENCY_KEY_LINE.match(s) and not _SENTENCE_END.search(s):
        return "meta: a hospital's round-the-clock emergency line (急诊24小时服务：…)"
    if n <= 30 and _PHOTO_VIEW_PROMPT.search(s) and not _SENTENCE_END.search(s):
        return "meta: a prompt to open a photo larger (戳图看大图)"
    # (Session 31's classes.)
    if n <= 24 and _BOX_COUNT_HEADER.match(s):
        return "list: a comment box's header with its count (留下你的脚印（共3条）)"
    if n <= 30 and _PROMISE_TAIL.search(s):
        return "action: a prompt with what it promises first (…，新规早知道)"
    if n <= 30 and _APP_POINTER.match(s) and not _SENTENCE_END.search(s):
        return "action: a pointer to the site's app (可在“某某”App查看…)"
    if n <= 60 and _QUESTION_THEN_LINE.match(s):
        return "contact: a service's question and its line (需要…？咨询热线：…)"
    if n <= 30 and _POINTS_FOR_ACT.match(s):
        return "action: points a reader earns for an act (发表心得可得5个积分)"
    if n <= 40 and _RELATED_DEPARTMENT.match(s) and not _SENTENCE_END.search(s):
        return "list: a health page's related department (相关科室：…)"
    if n <= 80 and _CONTENTS_ON_ONE_LINE.match(s) and not _SENTENCE_END.search(s):
        return "list: a table of contents on one line (本卷目录：A　B　C)"
    if n <= 30 and _READERS_CAME.search(s) and not s.endswith("。"):
        return "meta: how many readers came by (已有 1,207 位读者来过)"
    if n <= 80 and _COUNT_THEN_COMMENTS.match(s):
        return "list: a comment box's count and its first comment (3 条评论：…)"
    if n <= 60 and _KEYSTROKE_HINT.search(s):
        return "action: a keystroke or a selection the page asks for (按Ctrl+D收藏)"
    if n <= 40 and _CLICK_THROUGH.search(s) and not _SENTENCE_END.search(s):
        return "action: a link to click through (戳这里直达)"
    if n <= 50 and _POST_LAST_EDIT.search(s) and not _SENTENCE_END.search(s):
        return "meta: a forum's stamp of the post's last edit (帖子最后由…修改)"
    if n <= 50 and _COUNTDOWN_TO.match(s):
        return "meta: a countdown to a deadline (距报价截止还有…)"
    if n <= 60 and _DEFERS_TO_ORIGINAL.search(s):
        return "notice: a mirror deferring to the original (内容以原公众号为准)"
    if n <= 60 and _EDITED_BY_USERS.search(s):
        return "notice: an encyclopaedia edited by its users (由网友共同编辑)"
    if n <= 40 and _AI_TOOL.search(s) and not _SENTENCE_END.search(s):
        return "action: an AI writing tool's button (AI改写…)"
    if n <= 30 and _ALL_ANSWERS.search(s):
        return "list: a link to the other answers (查看全部 9 个回答)"
    if n <= 30 and _UNLOCK_REST.search(s) and not _SENTENCE_END.search(s):
        return "action: a members-only unlock (会员解锁下一段)"
    if n <= 40 and _REPLY_REWARD.search(s) and not s.endswith("。"):
        return "action: a forum's reward for replies or check-ins (回帖…送…)"
    if n <= 40 and _CITE_US.search(s):
        return "notice: a request to credit the site when citing (引用本词条请注明出处)"
    if n <= 20 and _MIRROR_LINE.match(s) and not _SENTENCE_END.search(s):
        return "action: a download site's mirror line (电信线路高速下载)"
    if n <= 80 and _ATTACHMENT_SIZE.search(s) and not _SENTENCE_END.search(s):
        return "list: a forum's attachment with its size (某某.jpg (212.6 KB))"
    if n <= 40 and _UNLOCK_NOW.search(s) and not s.endswith("。"):
        return "action: an unlock button (立即解锁)"
    if n <= 40 and _SHARE_TO_ROW.match(s):
        return "action: a row of share targets (转发到…　转发到…)"
    if n <= 12 and _QR_PLACEHOLDER.match(s):
        return "meta: a QR code's placeholder (［报名二维码］)"
    if n <= 30 and _DOWNLOAD_APP_TO.search(s) and not _SENTENCE_END.search(s):
        return "action: a pointer to download the site's app (请下载“某某”查看…)"
    if n <= 30 and _CLIPBOARD_BUTTON.search(s):
        return "action: bracketed buttons to copy or send the text (〔拷到剪贴板〕)"
    if n <= 30 and _CLICK_TO_COLLECT.search(s):
        return "action: a link to collect the text (点这里收进我的文稿夹)"
    if n <= 50 and _NO_REPRINT.search(s):
        return "notice: a ban on reprinting without leave (未经许可不得转载)"
    if n <= 40 and _POINTS_FOR_SHARING.search(s) and not s.endswith("。"):
        return "action: points for sharing the page (分享本页可得2豆)"
    if n <= 12 and _LISTEN_TO_THIS.match(s):
        return "action: a listen button (▶ 听这篇新闻)"
    if n <= 40 and _TAP_ABOVE_BELOW.match(s) and not s.endswith("。"):
        return "action: a tap prompt at the account above or the card below (轻点上方…, 戳下方卡片…)"
    if n <= 30 and _TELL_US_WHAT.search(s) and not s.endswith("。"):
        return "action: a writing app's prompt to say what to write (告诉某某你要写什么)"
    if n <= 50 and _ALWAYS_ENROLLING.search(s) and not s.endswith("。"):
        return "contact: a school's standing enrolment (常年招生，报名咨询…)"
    if n <= 40 and _COLLECTION_TEXT_NOTE.match(s):
        return "notice: a collection's note on its texts (本集文字由作者自行整理)"
    if n <= 44 and _COPY_NOTE.match(s):
        return "notice: a bracketed note on the page's copy (（照片放在相册里了）, （已做脱敏处理）)"
    if n <= 30 and _TIP_A_CUP.search(s) and not s.endswith("。"):
        return "action: a prompt to tip the author a cup (给某某续一杯茶)"
    if n <= 40 and _STAR_BY_NAME.search(s):
        return "action: a prompt to star the account by name (给“某某”标个星)"
    if n <= 14 and _EXPAND_BUTTON.match(s):
        return "action: an expand button (▼ 展开全部)"
    if n <= 20 and _OTHER_ANSWERS.search(s) and not _SENTENCE_END.search(s):
        return "list: a header counting the other answers (另外 2 位答主的回答)"
    if n <= 20 and _ANSWER_EDITED.search(s):
        return "meta: a note that the answerer or poster edited (答主于昨天修改了回答)"
    if n <= 80 and _NO_ONES_VIEW.search(s):
        return "notice: a note that the page's texts are no one's view (不代表…观点)"
    if n <= 84 and _ASKED.match(s):
        return "meta: a Q&A page's question under its label (提问：…？)"
    if n <= 32 and _TRIANGLE_CAPTION.match(s):
        return "meta: a photo's caption after a triangle (▲ …)"
    if n <= 24 and _PIECE_BY_PLACE.match(s):
        return "list: a collection's piece by its place (之一　某某, （《某某》之五）)"
    if n <= 20 and _EDIT_THIS_SECTION.match(s):
        return "action: a wiki's edit link for the section (✎ 编辑这一段)"
    # (Session 30's classes.)
    if n <= 80 and _NO_ADVICE.search(s):
        return "notice: a disclaimer that the page gives no advice (不构成法律意见)"
    if n <= 60 and _BOOK_US.search(s) and not _SENTENCE_END.search(s):
        return "contact: a service's call to book it (…请预约…)"
    if n <= 30 and _FOLLOW_FOR_UPDATES.match(s):
        return "action: a call to follow the author for updates (关注某某，每周更新…)"
    if n <= 40 and _TOPIC_BADGE.search(s) and not _SENTENCE_END.search(s):
        return "meta: an answerer's badge by topic (某某话题下的优秀答主)"
    if n <= 40 and _MESSAGE_STAFF.search(s):
        return "contact: a prompt to message the site's staff (请私信客服)"
    if n <= 40 and _DOWNLOAD_PRICE.search(s) and not _SENTENCE_END.search(s):
        return "action: a download's price in the site's points (下载…1 枚)"
    if n <= 40 and _BRACKETED_RELATED.match(s):
        return "list: a related piece's link in brackets (〔延伸：…〕)"
    if n <= 40 and _IN_SERIES.match(s) and not s.endswith("。"):
        return "list: a collection's note on the piece's series (本篇收在…系列)"
    if n <= 40 and _READ_WITH.match(s):
        return "list: an editor's note pairing the piece with another (本篇与…对照着读)"
    if n <= 20 and _BRACKETED_PHOTO_SLOT.match(s):
        return "meta: a photo's placeholder in brackets (［活动现场照片］)"
    if n <= 30 and _BRACKETED_LOGIN_LOCK.match(s):
        return "action: a copy lock in brackets (〔…需登录后复制〕)"
    if n <= 30 and _BRACKETED_ENROLLING.match(s):
        return "action: a course's advert in brackets (【某某班招生中】)"
    if n <= 60 and _ANSWER_SCOPE.search(s):
        return "notice: a Q&A's note on the scope of its answers (仅针对提问者描述的情况)"
    if n <= 30 and _APP_TO_VIEW.search(s) and not _SENTENCE_END.search(s):
        return "action: an outlet's app prompt (用某某APP看…)"
    if n <= 40 and _PERIOD_COUNTDOWN.search(s):
        return "meta: a notice period's countdown (还剩 0 天 21 小时)"
    if n <= 30 and _TAUGHT_TILL_LEARNT.match(s):
        return "action: a course's promise (包教包会)"
    if n <= 6 and _WEBMAIL_BUTTON.match(s):
        return "action: a webmail client's button or folder (写信, 收信)"
    if n <= 30 and _DID_IT_HELP.search(s):
        return "action: a prompt asking whether the answer helped (本答案帮到你了吗)"
    if n <= 30 and _TAP_NAME_TO_FOLLOW.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to follow an account by its name (轻点“某某”加关注)"
    if n <= 30 and _PASS_IT_ON.match(s):
        return "action: a prompt to pass the piece on (转给家人，…→)"
    if n <= 30 and _POINTS_FOR_READING.search(s) and not _SENTENCE_END.search(s):
        return "action: study points a reading earns (可记学习积分)"
    if n <= 30 and _MEMBERS_ONLY.search(s) and not _SENTENCE_END.search(s):
        return "action: the rest kept for members (仅向会员开放)"
    if n <= 40 and _SPEND_AND_SAVE.search(s) and not _SENTENCE_END.search(s):
        return "action: a shop's discount (满 300 减 30)"
    if n <= 8 and _COLLAPSE_SECTION.match(s):
        return "action: a wiki's collapse button (收起本节 ▲)"
    if n <= 60 and _MEMBER_SERVICE_LINE.match(s) and not _SENTENCE_END.search(s):
        return "contact: an association's member service line (会员服务专线：…)"
    if n <= 42 and _LOST_PICTURE.match(s):
        return "meta: a lost picture's note in brackets (〔这里原有一张…照片，图片已失效〕)"
    if n <= 60 and _RELATED_NOTICE.match(s):
        return "list: a link to a related notice (关联公告：…)"
    if n <= 40 and _LOGIN_TO_READ_BELOW.search(s):
        return "action: a login wall over the rest (以下内容需登录…)"
    if n <= 80 and _HOSTED_BY.search(s) and not _SENTENCE_END.search(s):
        return "meta: a blog host's note (本博客由…提供空间)"
    if n <= 40 and _REVIEWED_BY.match(s):
        return "meta: an entry's reviewer in brackets (本条经…审阅)"
    if n <= 80 and _LABELLED_REPLY.match(s):
        return "list: a forum's reply under its label (回复 · 某某：…)"
    if n <= 40 and _NOT_A_MEMBER_YET.match(s):
        return "action: a membership sold after 'not a member yet?' (还不是会员？…)"
    if n <= 30 and _LOGIN_TO_CLAIM.search(s) and not _SENTENCE_END.search(s):
        return "action: a login to claim extras (登录后领取…)"
    if n <= 30 and _DOWNLOAD_WHERE.search(s) and not _SENTENCE_END.search(s):
        return "action: where the download is (下载地址在文末)"
    if n <= 60 and _ADD_QQ.search(s):
        return "contact: a QQ number to add (加Q …)"
    if n <= 60 and _LAST_EDITED_BY.search(s):
        return "meta: a forum's stamp of the post's last edit (本帖最后由…编辑)"
    if n <= 30 and _FEATURED_STAMP.search(s) and not _SENTENCE_END.search(s):
        return "meta: a portal's stamp that the piece was featured (已推荐至…首页)"
    if n <= 6 and _SNAPSHOT_BUTTON.match(s):
        return "action: a search snapshot's button (查看原网页)"
    if n <= 60 and _HIGHLIGHTED_WORDS.search(s):
        return "meta: a search snapshot's highlighted words (已为您标亮的词)"
    if n <= 30 and _TAKERS_COUNT.match(s) and not _SENTENCE_END.search(s):
        return "meta: a count of takers (已有 1260 个家庭体验过)"
    if n <= 60 and _EDITOR_NOTE_LABEL.match(s):
        return "meta: an editor's note under its label (〔小编按〕…)"
    if n <= 10 and _AUTHOR_WEN.match(s):
        return "meta: an author's byline (某某　文)"
    if n <= 20 and _VISIT_SHOP.match(s):
        return "action: a link to the shop (去某某小店看看 >>)"
    if n <= 60 and _RUN_BY_FOOTER.match(s):
        return "meta: a site's footer naming who runs it (…主办)"
    if n <= 80 and _REPLY_POST_LABEL.match(s):
        return "list: a forum's reply under its label (回帖：某某 …)"
    if n <= 24 and _FONT_ACTION.search(s) and not _SENTENCE_MARK_OR_COMMA.search(s):
        return "action: font-size buttons by what they do (〔文字放大〕)"
    if n <= 30 and _CLASS_TRAINEE_BYLINE.match(s):
        return "meta: a trainee's byline by the class (某某班学员　某某)"
    if n <= 30 and _SHOP_REDIRECT.search(s) and not _SENTENCE_END.search(s):
        return "action: a shop's redirect (请移步官方商城选购)"
    if n <= 8 and _EXCERPT_LABEL.match(s):
        return "meta: a preview's excerpt label (内容节选：)"
    if n <= 40 and _PHOTO_NEWS_LINK.match(s) and not _SENTENCE_END.search(s):
        return "list: a photo news item's link (图片新闻：…)"
    if n <= 30 and _TAP_HERE_TO_WATCH.search(s) and not _SENTENCE_END.search(_after_lead_question(s)):
        return "action: a link to watch or read more (戳这里看…)"
    if n <= 60 and _INTERLUDE_LABEL.match(s):
        return "list: a collection's bracketed aside between its pieces (〔插播〕…)"
    if n <= 40 and _PIECE_PLACE_ARROWS.search(s):
        return "list: a collection's previous / next links by the piece's place (◁ 之六：…)"
    if n <= 24 and _BACK_TO_NAMED_CONTENTS.match(s):
        return "list: a link back to the contents (返回「…」目录)"
    if n <= 40 and _SAME_TOPIC_SAMPLES.search(s):
        return "action: other samples on the same subject (同题范文)"
    if n <= 40 and _IN_A_HURRY.search(s) and not _SENTENCE_END.search(s):
        return "contact: a writing service's call to those in a hurry (急用材料…)"
    if n <= 30 and _LOGIN_FOR_REST.search(s) and not _SENTENCE_END.search(s):
        return "action: a login wall over the rest (登录后继续阅读…)"
    if n <= 24 and _PARAGRAPH_ADDED.match(s):
        return "meta: a poster's note that a paragraph was added (本段于…补充)"
    if n <= 24 and _CONFIRM_READ.search(s) and not _SENTENCE_END.search(s):
        return "action: an office system's read receipt prompt (确认已阅)"
    if n <= 6 and _EDIT_SECTION.match(s):
        return "action: a wiki's edit link (编辑本节)"
    if n <= 30 and _TURN_YOUR_PHONE.search(s) and not _SENTENCE_END.search(s):
        return "action: a phone reader's hint for a wide table (请横屏或点此展开)"
    if n <= 8 and _BARE_LISTEN_BUTTON.match(s):
        return "action: a listen button (听新闻 ▷)"
    if n <= 30 and _TIP_IF_LIKED.match(s):
        return "action: a tip prompt if the reader liked it (觉得…，请某某喝杯茶)"
    # (Session 29's classes.)
    if n <= 60 and _DATED_BYLINE.match(s) and not _SENTENCE_END.search(s):
        return "meta: a byline opening on its date (时间：… 来源：…)"
    if n <= 40 and _ARROW_LINK_ROW.match(s):
        return "list: a row of links marked by arrows (报名入口 ▸　准考证入口 ▸)"
    if n <= 40 and _MEDALS_FIELD.search(s) and not _SENTENCE_END.search(s):
        return "meta: a poster's medals (某某　勋章：…)"
    if n <= 30 and _MORE_ANSWERS.match(s):
        return "list: the count of more answers (另有2位答主作答)"
    if n <= 40 and _MEMBER_MAY.match(s) and not _SENTENCE_END.search(s):
        return "action: what a member may do (会员可查看…)"
    if n <= 40 and _CARD_UPSELL.match(_after_lead_question(s)) and not _SENTENCE_END.search(_after_lead_question(s)):
        return "action: a membership sold (开通某某年卡，…)"
    if n <= 30 and _TIP_DRINK.search(s) and not _SENTENCE_END.search(_after_lead_question(s)):
        return "action: a tip prompt (请作者喝杯茶)"
    if n <= 80 and _USER_UPLOADED.search(s):
        return "notice: a note that a user uploaded the file (由某某用户上传)"
    if n <= 30 and _WORD_COUNT_FIELD.search(s) and not _SENTENCE_END.search(s):
        return "meta: a word count (字数：约九百)"
    if n <= 40 and _RELATIVE_STAMP.match(s) and not _SENTENCE_END.search(s):
        return "meta: a page's stamp with a relative time (收录：3 天前)"
    if n <= 36 and _SCENE_COMMA_CAPTION.match(s):
        return "meta: a photo's caption by its scene (比赛现场，…)"
    if n <= 40 and PIECE_ROW.match(s) and s.startswith("—") and not _SENTENCE_END.search(s):
        return "meta: the piece's place in a collection (——《某某杂记》第十四篇)"
    if n <= 20 and _VOLUME_LINE.match(s):
        return "meta: a collection's volume over a piece (卷二　…)"
    if n <= 60 and _ISSUER_AND_READS.match(s) and not _SENTENCE_END.search(s):
        return "meta: a byline's issuer and reads (发布：… 阅读 …)"
    if n <= 40 and PIECE_ROW.match(s) and (s.startswith("第") or s[:1] in "〔【[（(") and not _SENTENCE_END.search(s):
        return "meta: a collection's piece number with its counters (第27篇　阅读 318)"
    if n <= 50 and _COLLECTION_NEIGHBOUR.match(s):
        return "list: the collection's previous or next piece (本集上一篇：…)"
    if n <= 80 and _RELATED_KEY.match(s) and not _SENTENCE_END.search(s):
        return "list: a related list by its key (同类词条：…)"
    if n <= 24 and _IMPROVE_ENTRY.search(s) and not _SENTENCE_END.search(s):
        return "action: a wiki's prompt to improve the entry (我来完善这个词条)"
    if n <= 30 and _BRACKETED_COMPILER.match(s):
        return "meta: a compiler's credit in brackets (（某某 整理）)"
    if n <= 60 and _PARTIES_HIDDEN.search(s):
        return "notice: the example hides its parties (已隐去当事人信息)"
    if n <= 30 and _NOT_YET_FOLLOWING.match(s):
        return "action: a follow prompt (还没关注…，记得…)"
    if n <= 30 and _TOP_RIGHT_MENU.match(s):
        return "action: a prompt to tap the top-right menu (点击右上角，…)"
    if n <= 40 and _SERVICE_ID.search(s) and not _SENTENCE_END.search(_after_lead_question(s)):
        return "contact: a writing or design service by its id (…改写，微信 …)"
    if n <= 24 and _HANDLING_STATE.match(s):
        return "action: a forum thread's handling state (转交职能部门处理)"
    if n <= 60 and _CONTRIBUTORS.search(s) and not _SENTENCE_END.search(s):
        return "meta: an entry's or a file's contributors (贡献者：…)"
    if n <= 40 and _SCIENCE_ONLY.search(s):
        return "notice: a popular-science disclaimer (仅供科普参考)"
    if n <= 40 and _TRADITIONAL_LINK.search(s) and not _SENTENCE_END.search(s):
        return "action: a link to the page in traditional characters (繁體)"
    if n <= 12 and _SERIES_PLACE_LINE.match(s):
        return "meta: a series' place alone (某某·之五)"
    if n <= 40 and _POINTS_IN_APP.search(s) and not _SENTENCE_END.search(s):
        return "action: points an app credits (…小程序累计积分)"
    if n <= 50 and _ENTRY_MADE_BY.search(s) and len(_SENTENCE_END.findall(s)) <= 1:
        return "meta: who created or edited the entry (本词条由…创建)"
    if n <= 40 and _PAY_POINTS_TO_SEE.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "action: a price in the site's points to see the rest (需消耗2个…查看)"
    if n <= 30 and _APP_VIEW_BETTER.search(s) and not _SENTENCE_END.search(s):
        return "action: an app's better view (在某某客户端看，图片更清晰)"
    if n <= 40 and _PICTURE_NOTE.match(s):
        return "meta: a note where a picture stands (［此处为示意图：…］)"
    if n <= 30 and _ONLINE_MESSAGE.search(s) and not _SENTENCE_END.search(s):
        return "contact: a service's callback after an online message (在线留言，…回电)"
    if n <= 30 and _TRAINEE_BYLINE.match(s):
        return "meta: a trainee's byline by the class (第14期…学员　某某)"
    if n <= 40 and _MUST_BUY_TO_READ.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "action: a card or a membership to buy to read on (需开通…卡才能阅读)"
    if n <= 40 and _ABOVE_ANSWER_NOTE.match(s):
        return "notice: a Q&A site's note on its answers (以上解答…供参考)"
    if n <= 80 and _FETCHED_PAGE_BANNER.search(s):
        return "meta: a search cache's banner (…抓取的网页文本，原网页可能已经更新)"
    if n <= 40 and _YEARS_IN_PRACTICE.search(s) and not _SENTENCE_END.search(s):
        return "contact: a lawyer's card by the years in practice (执业年限 12 年)"
    if n <= 40 and _LINK_VALIDITY.search(s) and not _SENTENCE_END.search(s):
        return "meta: a shared link's validity (链接有效期：…)"
    if n <= 80 and _COLLECTED_FOR_REFERENCE.search(s):
        return "notice: a site's note on what it collects (…所载范文只供…)"
    if n <= 60 and _EXAMPLE_ONLY.search(s) and _DISCLAIMER_SUBJECT.search(s):
        return "notice: a site's note that its copy is an example only (本站文书仅作示例)"
    if n <= 60 and _PERSONAL_VIEW.search(s):
        return "notice: the author's view only (博文系个人观点)"
    if n <= 60 and _ENTRY_FOR_REFERENCE.search(s):
        return "notice: an entry's content for reference only (词条内容仅供参考)"
    if n <= 80 and _GUESS_HEADER.match(s) and not _SENTENCE_END.search(s):
        return "list: a related list's header (猜你还要找：)"
    if n <= 32 and _WHITE_LENTICULAR_BOX.match(s):
        return "action: a box in white lenticular brackets alone (〖…〗)"
    if n <= 20 and _I_WILL_EDIT.search(s) and not _SENTENCE_END.search(_after_lead_question(s)):
        return "action: a wiki's prompt to correct the entry (我来修改)"
    if n <= 80 and _WORKFLOW_CHAIN.match(s):
        return "list: a workflow's chain of steps (… 起草 → … 核稿)"
    if n <= 24 and _OPEN_OUTLET.match(s):
        return "action: an outlet's app prompt (打开某某融媒，…看)"
    if n <= 16 and _VOLUME_AND_PIECE.match(s):
        return "meta: a collection's volume and the piece's place (散文卷 · 第三篇)"
    if n <= 60 and _FORWARDED_RULE.match(s):
        return "meta: a mail client's separator over the forwarded mail"
    if n <= 60 and _CANNOT_OPEN.search(s):
        return "notice: a download's note on opening the file (下载后若无法打开…)"
    if n <= 40 and _READ_ORIGINAL.search(s) and not _SENTENCE_END.search(s):
        return "action: a link to the original post (点击“阅读原文”)"
    if n <= 80 and _RIGHTS_WITH_SOURCE.search(s):
        return "notice: the rights stay with the source (版权归原…所有)"
    if n <= 50 and _GROUP_NUMBER.search(s) and not _SENTENCE_END.search(s):
        return "contact: a group's number to join (…群 QQ：…)"
    if n <= 40 and _PLACES_LIMITED.search(s) and "。" not in s:
        return "action: a course's promotion by its limited places (…名额有限)"
    if n <= 20 and _IMAGE_LOADING.search(s):
        return "meta: an image's loading placeholder (图片加载中)"
    if n <= 24 and _SCAN_TO_READ_REST.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to scan and read the rest (扫码阅读剩余部分)"
    # (Session 28's classes.)
    m = _WISH_LEAD_QUESTION.match(s) if n <= 40 else None
    if m and _SITE_CALL.search(s, m.end()) and not _SENTENCE_END.search(s, m.end()):
        return "action: a call to act after a lead question (想加入…？在首页点“我要报名”)"
    if n <= 50 and _ADD_ACCOUNT_ID.search(s) and not _SENTENCE_END.search(s):
        return "contact: a prompt to add an account by its id (请加某某QQ …获取)"
    if n <= 30 and _CHECK_IN_PROMPT.search(s) and not _SENTENCE_END.search(s):
        return "action: a study site's check-in prompt (看完这篇可在“某某”打卡)"
    if n <= 80 and _REFERENCE_ENTRY.match(s) and not _SENTENCE_END.search(s) and s[-1:] not in ".．":
        # (A numbered line that closes a sentence, "[2] 区水务局：《城乡供水规划》。", may be the text's list;
        # an entry closed by a full stop, "[1] 某某局．2025年统计年鉴．", is a report's own bibliography
        # in the form of GB/T 7714-2015.)
        return "list: an entry of a reference list ([1] 《…》，某某出版社)"
    if n <= 30 and _DEAD_LINKS_NOTE.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "meta: a mirror's note that the page's links do not work"
    if n <= 60 and _PRINT_STAMP.match(s):
        return "meta: a print view's or an export's stamp (打印于：…)"
    if n <= 24 and _ACTION_PAIR.match(s):
        return "action: two of the reader's actions in a row (点赞…，分享…)"
    if n <= 40 and _USE_COUNT.search(s) and not _SENTENCE_END.search(s):
        return "meta: how often a model-text site's copy was used (被套用 2.7万次)"
    if n <= 40 and _PREVIEW_DIFFERS.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "notice: a preview's note that its layout differs from the file"
    if n <= 60 and _PIECE_ARROWS.search(s) and not _SENTENCE_END.search(s):
        return "list: a previous / next link by the piece's number (◀ 第十篇 …)"
    if n <= 30 and _IF_YOU_LIKED.search(s) and not _SENTENCE_END.search(_after_lead_question(s)):
        return "action: a prompt to tip or like when the reader liked it (觉得有趣就请我喝杯茶吧)"
    if n <= 40 and _SCORE_ROW.match(s):
        return "meta: a forum's score row under a post (评分：…+2)"
    if n <= 30 and _POSTER_LEVEL.match(s):
        return "meta: a poster's level (等级：LV5)"
    if n <= 50 and _WORKFLOW_STAMP.match(s):
        return "meta: a workflow's stamp (06-12 17:20 某某 发起)"
    if n <= 40 and _ANSWERED_AT.search(s) and not _SENTENCE_END.search(s):
        return "meta: an answerer's row with the answer's stamp (某某 · 回答于 2 天前)"
    if n <= 40 and _RATING_CARD.search(s):
        return "meta: a file's rating and downloads (评分 4.7（129人评价）)"
    if n <= 30 and _BRACKETED_CREDIT.match(s):
        return "meta: one credit in brackets (（某某股 校对：某某）)"
    if n <= 20 and _NAMED_AI_BUTTON.match(s) and not _SENTENCE_END.search(s):
        return "action: an AI writing button by the tool's name (用某某AI续写下一段)"
    if n <= 60 and _FORUM_SOFTWARE.search(s) and not _SENTENCE_END.search(s):
        return "meta: the forum software's name in the footer (Discuz! X3.4)"
    if n <= 30 and _REPLY_TO_GET.search(s) and not _SENTENCE_END.search(s):
        return "action: a reply-to-get lock (回复后可领取…)"
    if n <= 40 and _SATISFACTION_POLL.search(s):
        return "action: a satisfaction poll (是否满意？满意 一般 不满意)"
    if n <= 16 and _PHOTO_LEFT_OUT.match(s):
        return "meta: a photo left out, in brackets (（现场照片两张，略）)"
    if n <= 60 and _FLOOR_NAME_REPLY.match(s):
        return "list: a reply by its floor's name (沙发 某某：…)"
    if n <= 40 and POST_SUPPLEMENT.match(s):
        return "meta: a poster's stamp of what they added later (本帖由楼主于…补充)"
    if n <= 40 and _MODERATOR_NOTE.match(s) and s[-1:] in "）)〕】":
        return "meta: a moderator's or an editor's note in brackets (版主注：…)"
    if n <= 60 and _OTHER_PIECES.match(s):
        return "list: the collection's other pieces (本辑其他篇目：…)"
    if n <= 40 and _LAUNCH_OFFER.search(s) and not _SENTENCE_END.search(s):
        return "action: a shop's launch offer (前500名赠…)"
    if n <= 30 and _BRACKETED_LOGIN.match(s):
        return "action: a login prompt in brackets (〔请登录…查看回执〕)"
    if n <= 60 and _ANON_ANSWER.match(s):
        return "list: a reader's answer under an anonymous name (热心网友：…)"
    if n <= 40 and _DOWNLOAD_FIELD.search(s) and not _SENTENCE_END.search(s):
        return "meta: a download site's safety note or software field (安全检测：…, 运行环境：…)"
    if n <= 40 and _COLLAPSED.search(s) and not _SENTENCE_END.search(s):
        return "action: a collapsed text's prompt (余下段落已收起…)"
    if n <= 30 and _CONTRIBUTOR.match(s):
        return "meta: who sent the piece in or compiled it (投稿学员：…, 整理：…)"
    if n <= 40 and _READING_POINTS.search(s) and not _SENTENCE_END.search(s):
        return "action: points for reading on a study platform (学习本文…可累计学习积分)"
    if n <= 20 and _ANSWER_ACCEPTED.match(s):
        return "meta: a Q&A's state under an answer (此回答已被提问者采纳)"
    if n <= 40 and _SAME_DAY_DRAFT.search(s) and not _SENTENCE_END.search(s):
        return "contact: a writing service's same-day draft (当天交稿)"
    if n <= 30 and _FREE_PACK.search(s) and not _SENTENCE_END.search(s):
        return "action: a link to a free pack (点这里免费领资料包)"
    if n <= 30 and _CALL_400.search(s) and not _SENTENCE_END.search(s):
        return "contact: a call to a 400 service line (可拨打400热线预约)"
    m = _SERVICE_AFTER_QUESTION.match(s) if n <= 40 else None
    if m and not _SENTENCE_END.search(s, m.end("question")):
        return "contact: a service's promise after a lead question (…拿不准？在线问工程师)"
    if n <= 100 and _ASKED_AGO.match(s):
        return "meta: an asker's question under its label, with a relative time"
    if n <= 30 and _PICTURE_PLACEHOLDERS.match(s):
        return "meta: pictures' placeholders in brackets (［图片1］)"
    if n <= 40 and _MIRRORED_FROM.match(s) and not _SENTENCE_END.search(s):
        return "meta: a mirror's source line (以下文章来源于…)"
    if n <= 40 and _COLLECTION_FOOTER.search(s) and not _SENTENCE_END.search(s):
        return "meta: a collection's footer (本篇收入《…》, 累计访问…人次)"
    if n <= 30 and _COLLECTION_REPRINT.search(s):
        return "notice: a collection's reprint rule (转载本集文字，请…)"
    if n <= 30 and _PUSHED_NOTE.match(s):
        return "meta: a note that the page pushed the item elsewhere (〔已同步推送至…〕)"
    if n <= 60 and _LICENCE_AND_FIELDS.search(s) and not _SENTENCE_END.search(s):
        return "contact: a lawyer's card (执业证号… 擅长：…)"
    if n <= 10 and _RESOURCE_LABEL.match(s):
        return "meta: a download page's label with nothing after it (资源简介：)"
    if n <= 40 and _PAST_ITEMS.match(s) and not _SENTENCE_END.search(s):
        return "list: past items under 附 (附：往期…)"
    # (Session 27's classes.)
    if n <= 30 and _QUOTED_BUTTON.search(s) and not s.endswith("。"):
        return "action: a prompt to tap a button named in quotes (点“收藏”)"
    if n <= 30 and _STAR_BENEFIT.search(s) and not s.endswith("。"):
        return "action: a prompt to star the account and what it brings (…星标，好文不错过)"
    if n <= 24 and _READ_ON_PHONE.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to open the page on a phone (手机扫码查看本通知, 扫一扫接着读)"
    if n <= 10 and _LISTEN_BUTTON.match(s):
        return "action: the page's audio player as a button (【听新闻】)"
    if n <= 20 and _BRACKET_OFFER.match(s):
        return "action: a bracketed offer of the site's material (〔领取…〕)"
    if n <= 40 and _TRIAL_LESSONS.search(s) and not _SENTENCE_END.search(_after_lead_question(s)):
        return "action: a school's trial lessons (预约试学三天, 先来试听一节，满意再报名, 首课9.9元体验)"
    if n <= 50 and _ONLINE_SERVICE_KEY.match(s) and not s.endswith("。"):
        return "contact: a site's online service under its key (在线问诊：…)"
    if n <= 30 and _COMMENT_COUNT.search(s) and not s.endswith("。"):
        return "meta: how many readers left a comment (已有 23 位读者留言)"
    if n <= 50 and _POST_EDITED.match(s):
        return "meta: a forum's edit stamp (楼主于 2 天前修改了帖子, 该帖于…被…重新编辑过)"
    if n <= 24 and _NO_SCREENSHOT.match(s):
        return "notice: a banner against passing the page out (请勿截图外传)"
    if n <= 40 and _ARROW_READING.match(s) and not _SENTENCE_END.search(s):
        return "list: a link to more reading after an arrow (同题推荐 ▸ …)"
    if n <= 50 and _WRITING_KEY.match(s) and not s.endswith("。"):
        return "contact: a writing service's key (稿件定制：…)"
    if n <= 40 and _WIKI_REVISION.search(s) and not s.endswith("。"):
        return "meta: a wiki's revision and contributor counts"
    if n <= 40 and _SHARE_ALIKE.search(s) and re.search(r"内容|文本|作品|词条|条目", s) and re.search(r"发布|许可|协议|授权", s):
        return "notice: a wiki's licence note (以知识共享方式发布)"
    if n <= 50 and _SHOP_PLUG.match(s):
        return "list: a blogger's plug for the shop, in brackets"
    if n <= 60 and _MAY_ALSO_LIKE.search(s) and not s.endswith("。"):
        return "list: other posts the reader may like (也许会喜欢：…)"
    if n <= 30 and _MENU_SHARE.match(s) and not s.endswith("。"):
        return "action: a prompt to share through the app's menu (轻触右上角…)"
    if n <= 12 and _ADVISER_ONLINE.match(s):
        return "contact: a service that says it is online (课程顾问在线)"
    if n <= 60 and _HASH_TAGS.match(s):
        return "list: the page's tags with their hashes (标签：#…)"
    if n <= 10 and _BRACKET_VERB_BUTTON.match(s):
        return "action: a bracketed button with a verb (〔点亮爱心〕, 〔印出此文〕)"
    if n <= 40 and _MORE_OF_TOPIC.match(s) and not s.endswith("。"):
        return "list: a link to more of the page's topic (本专题更多内容：…)"
    if n <= 60 and _REWRITE_SERVICE.search(s) and not s.endswith("。"):
        return "contact: a writing service's offer to rewrite, with its id"
    if n <= 40 and _SAMPLE_SHOWN.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "action: a preview's note that the sample ended (已显示完毕)"
    if n <= 40 and _HIDDEN_WORDS.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "action: a paywall's hidden passage (此处隐藏约200字)"
    if n <= 30 and _TAP_TO_FILL.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to fill in the site's form (请点此填写申请表)"
    if n <= 16 and _ICON_KEEP.match(s):
        return "action: an icon's button that keeps the text (☆ 收进我的素材本)"
    if n <= 40 and _SEARCH_ACCOUNT.search(s) and not _SENTENCE_END.search(_after_lead_question(s)):
        return "action: a prompt to search for the account (微信里搜“…”)"
    if n <= 40 and _POINTER_RELATED.match(s) and not s.endswith("。"):
        return "list: a related list's link under a pointer (▶相关：…)"
    if n <= 60 and _SETTINGS_BOXES.match(s):
        return "action: boxes of the page's reading settings (〖字号：…〗〖底色：…〗)"
    if n <= 50 and _LAYOUT_CREDITS.search(s) and re.search(r"(?:文字|撰稿|编辑|审校|审核|责编|摄影)\s*[:：｜|]", s) and not _SENTENCE_END.search(s):
        return "meta: a mirror's credits with a layout role (文字：…　排版：…)"
    if n <= 24 and _BRACKET_DOWNLOAD.match(s):
        return "action: a bracketed download link (〔…下载〕)"
    if n <= 50 and _PLATFORM_NOT_LIABLE.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "notice: a platform's disclaimer on what others post"
    if n <= 60 and _READER_HIGHLIGHT.match(s):
        return "list: a reader's highlight shown in the text (【读者 … 划线】)"
    if n <= 16 and _ANSWERER_NOTE.match(s):
        return "meta: an answerer's note that more is in the comments"
    if n <= 12 and _ICON_EDIT_BUTTON.match(s):
        return "action: an icon's edit button on the text (✎ 在线改写本条)"
    if n <= 24 and _AI_REWRITE.match(s) and not _SENTENCE_END.search(s):
        return "action: an AI button that rewrites the text (AI帮我改成…)"
    if n <= 30 and _DOWNLOAD_ORIGINAL.search(s) and not _SENTENCE_END.search(s):
        return "action: a download site's promise of the editable original"
    if n <= 60 and _SAMPLE_FOR_REFERENCE.search(s) and re.search(r"参考|修改|律师|专业人士|责任", s) and not _SENTENCE_END.search(s[:-1]):
        return "notice: a template site's note that its samples are for reference"
    if n <= 50 and _MAILBOX_PROMPT.search(s) and not s.endswith("。"):
        return "contact: a site's mailbox offered to readers (有建议？请写信至…信箱)"
    if n <= 30 and _EXCERPT_NOTE.match(s) and not _SENTENCE_END.search(s[:-1]):
        return "action: a preview's note that the rest is in the download (以上为资料节选…)"
    if n <= 40 and _FURTHER_LOOK.match(s) and not s.endswith("。"):
        return "list: a link to more reading under a casual key (延伸看：…)"
    if n <= 30 and _MEMBERS_ONLY_NOTE.search(s) and not _SENTENCE_END.search(s):
        return "action: a paywall's members-only note (以下内容仅限会员阅读)"
    if n <= 30 and _SHARE_THIS.match(s):
        return "action: a share row after its key (分享本文：…)"
    if n <= 60 and _CONTENTS_LINE.match(s):
        return "list: an entry's contents on one line (目录：…)"
    if n <= 30 and _SWITCH_PIECE.search(s) and not _SENTENCE_END.search(s):
        return "action: a prompt to switch to the next piece (点此切换第2篇)"
    if n <= 30 and _LABELLED_COUNTS.match(s):
        return "meta: a blog's counters with their labels (阅读(326)　留言(4))"
    if n <= 16 and _REACTION_COUNT.match(s):
        return "action: a reaction button with its count (赞一个（23）)"
    if n <= 40 and _REPLY_TO_SEE.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "action: a forum's lock until the reader replies (回复本帖后可见)"
    if n <= 20 and _TAP_REACTION.search(s) and not _SENTENCE_END.search(s[:-1]):
        return "action: a prompt to tap a reaction (觉得有用就点个收藏吧)"
    if n <= 60 and _REPRINT_CREDIT.search(s) and not _SENTENCE_END.search(s[:-1]) and not re.search(r"[:：]", s[: _REPRINT_CREDIT.search(s).start()]):
        return "notice: a reprint note naming where to credit (转载请注明来自…)"
    if n <= 40 and _BRACKETED_SOURCE.match(s):
        return "meta: a source credit in brackets (（本文转自…）)"
    if n <= 60 and _ARCHIVE_ONLY.search(s) and re.search(r"存档|侵删", s) and not _SENTENCE_END.search(s[:-1]):
        return "notice: a mirror's note that it only archives (只做存档，侵删)"
    if n <= 80 and _TRADE_REGISTRATION.search(s) and not re.search(r"[。；;，,]", s) and not _NUMBERED_STEP.match(s):
        return "meta: a seller's registration (…网络交易服务备案号)"
    if n <= 12 and _TYPED_BY.match(s):
        return "meta: who typed the piece (某某　录入)"
    if n <= 24 and _APP_VIDEO.match(s) and not _SENTENCE_END.search(s):
        return "action: an app's prompt to watch the video (打开…看高清视频)"
    if n <= 50 and _SEARCH_HANDLE.search(s) and not _SENTENCE_END.search(s):
        return "contact: a messenger handle to search for (微信搜 …)"
    if n <= 30 and _TAP_TO_ASK.search(s) and not _SENTENCE_END.search(s[_TAP_TO_ASK.search(s).start() :]):
        return "contact: a link to ask the site's expert (点这里免费问律师)"
    if n <= 20 and _PHOTO_PLACEHOLDER.match(s):
        return "meta: a photo's placeholder (（此处原有照片一张）)"
    if n <= 12 and _BACK_TO_CONTENTS.match(s):
        return "action: a bracketed link back to the contents (〖回本辑目录〗)"
    if n <= 60 and _READER_REPLY.match(s) and not re.search(r"关于|Re:|RE:|Fw|FW|转发|\.docx?|\.pdf|邮箱|[:：]\s*\d", s):
        return "list: a reader's reply under its label (回复：…)"
    if n <= 30 and _LAST_UPDATED.match(s) and not _SENTENCE_END.search(s):
        return "meta: a document system's stamp of the last change (最后更新：…)"
    if n <= 40 and _INTRANET_NOTE.search(s) and not s.endswith("。"):
        return "meta: an intranet's access note or help desk"
    if n <= 80 and _SIMILAR_QUESTIONS.match(s) and not s.endswith("。"):
        return "list: similar questions under their key (类似咨询：…)"
    if n <= 40 and _NAME_AND_HOTLINE.match(s) and not _SENTENCE_END.search(s):
        return "contact: an organisation's name and its hotline (某某　咨询专线：…)"
    if n <= 60 and _UPLOADER_DISCLAIMER.search(s):
        return "notice: a file site's note that a user uploaded the file"
    if n <= 50 and _SITE_CARRIES.search(s):
        return "notice: a site's rights over what it carries (某某网所载内容，…)"
    if n <= 30 and _INTERPRETATION_LINK.match(s) and not _SENTENCE_END.search(s):
        return "list: a link to the policy's interpretation (政策解读：…)"
    if n <= 40 and _ADVERT_LABEL.match(s) and not s.endswith("。"):
        return "list: a community board's advert under a bracketed label (【招募】…)"
    if n <= 60 and s[:1] in "（(〔【[" and s[-1:] in "）)〕】]" and len(_BRACKETED_ROLES.findall(s)) >= 2 and not _SENTENCE_END.search(s):
        return "meta: who supplied, shot and checked the item, in brackets (（… 供稿　图/文 …））"
    if n <= 60 and POSTED_BY.match(s):
        # (Last: the same line with a use limit or a service offer has that class, "本文由用户分享，仅供学习".)
        return "meta: the page crediting who put the text up (本文由…整理)"
    return None


def edge_reason(s: str) -> str | None:
    """Why ``s`` is chrome when it stands before the first or after the last real sentence.

    Includes :func:`strong_reason`. ``None`` for prose, outline headings, date lines.
    """
    if not s or len(s) > MAX_CHROME_CHARS:
        return None
    memo = _DOC_MEMO.get()
    if memo is None:
        return _edge_reason(s)
    key = ("e", s)
    if key not in memo:
        memo[key] = _edge_reason(s)
    return memo[key]


# A document's own memo of verdicts (see memo_scope): the LRU caches below hold 8,192
# lines, and a page of 20,000 distinct short lines would evict each line between the
# cleaner's passes and classify it again in each.
_DOC_MEMO: contextvars.ContextVar[dict | None] = contextvars.ContextVar("haowen_chrome_memo", default=None)


@contextlib.contextmanager
def memo_scope() -> Iterator[dict]:
    """Within the ``with`` block, every line is classified once (:func:`strong_reason`,
    :func:`edge_reason`, and what the caller keeps in the dict it gets); the memo is
    dropped at the end, so its size is bounded by the document's lines (each at most
    MAX_CHROME_CHARS characters). Nested scopes share the outermost memo."""
    if _DOC_MEMO.get() is not None:
        yield _DOC_MEMO.get()
        return
    token = _DOC_MEMO.set({})
    try:
        yield _DOC_MEMO.get()
    finally:
        _DOC_MEMO.reset(token)


#: A reply's addressee named in quotes ("网友“等车等到天黑”：", "市民“老张”："): a letter's
#: salutation, never a list's header.
QUOTED_ADDRESSEE = re.compile(r"^(?:网友|市民|读者|群众|来信人|留言人|用户)?\s*[“\"「][^”\"」]{1,16}[”\"」]\s*(?:您好|你好)?\s*[：:]$")


# A form's blank to fill in ("______", "＿＿＿", "□□□□", "家长签名：________"): the document's
# 回执 or template, whatever its keys say. (Defined once: a second definition above used to be
# shadowed by this one at run time.)
_FORM_BLANK = re.compile(r"_{3,}|＿{2,}|□{3,}")


# A letter's addressee ("各位网友：", "尊敬的游客："): its salutation, never a list's header.
_ADDRESSEE_ONLY = re.compile(r"^(?:各位|全体|尊敬的|亲爱的)[^。！？：:\s]{1,20}[:：]$")


@functools.lru_cache(maxsize=8192)
def _edge_reason(s: str) -> str | None:
    if QUOTED_ADDRESSEE.match(s) or _ADDRESSEE_ONLY.match(s):
        return None
    if _plain_token(s):
        return _MOSTLY_LATIN
    if _RESPECTFUL_SALUTATION.match(s):
        return None  # "尊敬的会员朋友：": a letter's salutation, whatever words its addressee has
    reason = strong_reason(s)
    if reason:
        return reason
    n = len(s)
    if not s or n > 120:
        return None
    if not _CJK.search(s) and _PICTOGRAPH.search(s):
        reason = ui_reason(s, n)  # (icons and counts only, 👍 5　✅ 3: no Chinese to go by)
        if reason:
            return reason
    if _END_MARK.match(s.replace("–", "-")):
        return "notice: an end mark (（完）) under the text"
    if n <= 30 and SALES_CALL.fullmatch(s):
        return "action: a company's call to its customers to order (欢迎新老客户来电订购)"
    reason = notice_reason(s, n) if _CJK.search(s) else None
    if reason:
        return reason
    if n <= 40 and _BRACKET_PROMO.match(s) and not _PART_LABEL.match(s) and (s.endswith("】") or _PROMO_WORDS.search(s) or _GIVEAWAY.search(s)):
        # (A column's label before a headline, 【新思想引领新征程】…, is a news story's own.)
        return "list: a bracketed label's link or promotion"
    # (Patterns holding Chinese words are only tried on lines with a Chinese character;
    # see _strong_reason.)
    han = _CJK.search(s) is not None
    if han:
        reason = _han_edge_head(s, n)
        if reason:
            return reason
    if n <= 80 and _FLOOR.match(s):
        return "list: a reply in a thread (a floor number)"
    ends = bool(_SENTENCE_END.search(s[-3:]))
    content = max(_content_len(s), 1)
    cjk = len(_CJK.findall(s)) if han else 0
    distinct, covered = action_words(s)
    if distinct >= 1 and _ADDRESSEE.match(s):
        return None
    # (A sentence of 30+ characters, or 24+ naming a quantity, with a clause in it, "患者可扫描…二维码或登录…小程序预约，就诊时
    # 请…。", tells its reader what to do: its action words must cover more of it.)
    sentence = ends and (n >= 30 or (n >= 24 and _QUANTITY.search(s) is not None)) and "，" in s and not _PAGE_SPEAKS.search(s)
    if ends and n >= 30 and len(_SENTENCE_END.findall(s)) >= 2:
        sentence = True  # (two sentences or more are prose, whatever words of the page they hold)
    keyed = _KEYED_CLAUSE.match(s) if ends and distinct else None
    if ends and distinct and not keyed and "；" in s and not _PAY_ONLY.search(s) and _keyed_fields(s):
        distinct = 0  # "时间：…；方式：登录交易网免费下载。": the document's fields, none keyed by an action
    if keyed and not action_words(keyed.group(1))[0] and not _PAY_ONLY.search(s):
        # "方式：登录交易平台免费下载。": a field of the document (its key names no action) that
        # tells its reader what to do, as a sentence; a site's prompt is keyed by its action
        # (下载方式：…) or says VIP/积分.
        distinct = 0
    if ends and n >= 12 and "，" in s and _FIRST_PERSON.search(s) and not _PAGE_SPEAKS.search(s):
        sentence = True  # "有问题可以跟帖讨论，我看到就回复。": a poster's own sentence, in the first person
    if ends and _SHARE_APPEAL.match(s):
        sentence = True  # "转发提醒身边人，让更多人平安度夏。": an article's closing appeal, with its purpose
    if ends and not _PAY_ONLY.search(s) and _DATED.search(s):
        # "请于9月13日至9月19日登录…下载磋商文件。": a sentence with its days is the document's
        # instruction; a page's prompt names no date.
        sentence = True
    if (
        distinct >= 2 and covered >= (0.35 if sentence else 0.2) * content and not _document_item(s) and not _own_instruction(s)
        # (A letter's own short signer row, 举报人：×××　联系电话：…, holds 举报 and 电话 and is no prompt.)
        and not (n <= 40 and _SIGNER_ROW.match(s))
    ):
        return f"action: {distinct} action words cover {covered} of {content} characters"
    if (
        distinct >= 1 and not ends and n <= 30 and covered >= 0.25 * content and not _SENTENCE_END.search(s)
        and not _DOC_FIELD.match(s) and not _FORM_BLANK.search(s) and not _SECTION_HEADING.match(s)
    ):
        # (A document's own field, 联系人：周明, holds 联系 and is no button; nor is its numbered
        # section heading, 四、联系方式, "4 联系方式".)
        return "action: a short line of action words"
    if n <= 30 and _COLLECTION_PLACE_LINE.match(s):
        return "meta: the text's place in a collection (卷二·社务　第九篇)"
    if n <= 12 and _IP_LOCATION.match(s):
        return "meta: the post's IP location (a province under the byline)"
    if _OA_KEY_ROW.match(s):
        return "meta: an intranet form's key alone on its line (发文部门, 紧急程度)"
    if n <= 40 and _OA_FIELD.search(s) and not _SENTENCE_END.search(s):
        return "meta: an intranet's processing field (拟稿：…, 流程编号：…)"
    if n <= 60 and _DOWNLOAD_LINKS.match(s):
        return "action: a download site's links (下载地址：[ 线路一 ]…)"
    if n <= 60 and _CA_DESK.match(s) and _has_contact_id(s):
        return "contact: the platform's certificate helpdesk (CA证书办理咨询：…)"
    if n <= 40 and _REFERENCES.match(s):
        return "list: an entry's references (参考资料：…)"
    if n <= 80 and _TIP_LINE.match(s) and _has_contact_id(s):
        return "contact: a news site's tip line (新闻爆料请拨打…)"
    if n <= 30 and _CONSULT_WIDGET.match(s):
        return "action: a consultation widget and its promise (在线问诊　…分钟内回复)"
    if n <= 40 and _POINTS_PROGRAM.search(s) and not s.endswith("。"):
        return "action: the site's points programme (签到领积分, 积分兑换)"
    if distinct >= 1 and not ends and n <= 24:
        m = _ASK_THEN_BUTTON.match(s)
        if m and action_words(m.group(1))[1] >= 0.3 * max(_content_len(m.group(1)), 1):
            return "action: a short question and a button after it (没找到？去提问)"
    if han and n <= 60 and (hotline := _HOTLINE.search(s)) and not _SENTENCE_END.search(s, 0, hotline.start()):
        # (A company's hotline; a notice's own 咨询电话 is a local number and stays weak; a
        # sentence of the text before it, "目前该产品已上架。消费者如有疑问，可拨打…", keeps the
        # paragraph the text's.)
        return "contact: a company's service hotline (400/800)"
    if han and n <= 60 and (_HOTLINE_LINE.match(s) or _ADDRESS_HOTLINE.match(s)) and not _SENTENCE_END.search(s):
        # (Only the page's edge reaches here: a notice's own 服务热线 line stands above its
        # 落款 and date, which end the text below it.)
        return HOTLINE_LINE_REASON
    contact = _has_contact_id(s)
    if han:
        reason = _han_edge_middle(s, n, distinct)
        if reason:
            return reason
    if contact == "URL" and not ends and len(_CJK.findall(_URL.sub("", s))) <= 12:
        return "meta: a URL line"
    if contact and n <= 100 and sum(map(s.count, "。！？")) < 2 and not (contact == "phone" and names_contact_person(s)) and not (
        contact in ("phone", "e-mail") and _contact_in_prose(s)
    ):
        # (A paragraph of two sentences or more that gives an id is the text's own.)
        # (A phone beside a named 联系人 is the document's own contact: a notice's, a
        # tender's 采购人/代理机构 lines; so is a phone or a mailbox that a paragraph of
        # prose gives, "…到窗口办理。咨询电话是0745-6228512，工作日都有专人接听。")
        return f"meta: holds a {contact}"
    reason = _edge_tail(s, n, ends, han, content, cjk)
    if reason is None and n <= 80 and ("\u3000" in s or "  " in s or "|" in s or "｜" in s) and not _SENTENCE_END.search(s) and _cells_all_chrome(s):
        # (After every class of the whole line, at the page's edges: a row's own class names it better.)
        return "meta: a row of the page's cells, each chrome by its class"
    return reason


# A contact person by name ("联系人：程晓东", "联系人：社区居委会　周敏").
_OWN_CONTACT = re.compile(r"联系人\s*[:：]\s*(?:[^\s，。：:]{2,16}[\s\u3000]+)?[\u4e00-\u9fff]{2,4}(?:[\s\u3000，,]|$)")


# A date at a line's head: the 成文日期 a prompt was glued after.
_DATE_HEAD = re.compile(r"^[（(]?(?:\d{4}|[〇零一二三四五六七八九十○Ｏ]{4})\s*年\s*[\d〇零一二三四五六七八九十]{1,3}\s*月\s*[\d〇零一二三四五六七八九十]{1,3}\s*日[）)]?")
# A keyed clause ending a sentence: "方式：登录交易平台免费下载。".
# (A note's key, 温馨提示 / 说明 / 须知, is the page's voice: never exempt.)
_KEYED_CLAUSE = re.compile(r"^((?![\u4e00-\u9fff]{0,4}(?:提示|提醒|说明|注意|须知|声明|公告))[\u4e00-\u9fff]{2,6})\s*[：:][^：:]{4,60}[。；]$")


def _keyed_fields(s: str) -> bool:
    """``s`` is two or more ``key：value`` fields apart by ``；``, each key 2–6 Chinese characters
    that name no action (``时间：…；方式：…。``)."""
    parts = [p for p in re.split(r"[；;]", s.rstrip("。").strip()) if p.strip()]
    fields = [re.match(r"^\s*([\u4e00-\u9fff]{2,6})\s*[：:].{2,60}$", p) for p in parts]
    return len(parts) >= 2 and all(m and not action_words(m.group(1))[0] for m in fields)


# A site footer's contact row (what the page's owner prints under every page): cells apart by
# wide spaces or bars, the owner's name (某某县第三小学) and bare keys' pairs (地址：… 电话：…
# 邮编：…), an address or a phone among them; or a switchboard's or secretariat's line alone
# (协会秘书处：0571-…, 医院总机：…). A document's own contact cells name what they are for
# (报名地址, 咨询电话, 联系人) or stand without an owner's name.
_FOOTER_CELL_KEY = r"(?:地址|电话|邮编|邮政编码|传真|邮箱|总机|网址)"
_FOOTER_CELL = re.compile(
    rf"^(?:{_FOOTER_CELL_KEY}\s*[:：]\s*[^\s\u3000｜|:：。！？；，](?:[^\u3000｜|:：。！？；，]{{1,39}})"
    r"|[\u4e00-\u9fff（）()]{2,20}(?:学校|小学|中学|大学|学院|幼儿园|医院|卫生院|协会|学会|商会|公司|集团|工厂|厂"
    r"|委员会|居委会|政府|局|中心|馆|所|站|社区|村委会|律师事务所))$"
)
_SWITCHBOARD_LINE = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:秘书处|总机)\s*[:：]\s*[\d\-－ ]{7,16}$")


def is_site_contact_row(s: str) -> bool:
    """``s`` is a site footer's contact row (see above): for the lines under a text only."""
    if _SWITCHBOARD_LINE.match(s):
        return True
    cells = [c for c in re.split(r"[\u3000｜|]+|\s{2,}", s.strip()) if c]
    if len(cells) < 2 or not all(_FOOTER_CELL.match(c) for c in cells):
        return False
    # (Bare keys alone, 地址：…　电话：…, may be a document's own last line: only the owner's
    # name beside them says the row is the site's.)
    return any(re.match(r"(?:地址|电话|总机)", c) for c in cells) and any(":" not in c and "：" not in c for c in cells)


def names_contact_person(s: str) -> bool:
    """True when ``s`` names a contact person (``联系人：程晓东``, ``联系人：社区居委会　周敏``): a
    document's own contact line, whatever phone or keyed cells stand beside it."""
    return "联系人" in s and _OWN_CONTACT.search(s) is not None


def _han_edge_head(s: str, n: int) -> str | None:
    """The first edge rules whose patterns need a Chinese character (see _edge_reason)."""
    if n <= 60 and _PREV_NEXT.match(s) and not _SENTENCE_END.search(s):
        return "list: previous / next link"
    if n <= 60 and _SITE_FOOTER.search(s):
        return "notice: the site's owner or a browser hint"
    if n <= 40 and (_VISITOR_COUNT.search(s) or _ONE_COUNTER.match(s)):
        return "list: a page counter"
    if _REGISTRATION.search(s):
        return "meta: a registration number of the site"
    if _PAGE_SELF.search(s):
        return "notice: the page speaking of itself to its visitor"
    if n <= 80 and _FLOOR.match(s):
        return "list: a reply in a thread (a floor number)"
    if _CITE_AS.match(s):
        return "meta: how to cite the page"
    if n <= 40 and _REPRINT.match(s):
        return "notice: the page's reprint terms"
    if n <= 100 and not _SENTENCE_END.search(s[-3:]) and POSTCODE.search(s):
        return "meta: a postal address (postcode)"
    return None


def _han_edge_middle(s: str, n: int, distinct: int) -> str | None:
    """Edge rules after the action words whose patterns need a Chinese character."""
    if n <= 100 and (_ARCHIVE_KEY.match(s) or len(_ARCHIVE_ITEM.findall(s)) >= 2) and not _SENTENCE_END.search(s):
        return "list: a blog's archive by month (2025年5月(3) …)"
    if n <= 40 and _REPRINT_TERMS.search(s) and (_SELF_REF.search(s) or re.search(r"文集|文章|文字|旧作|原创", s)):
        return "notice: the page's terms for reprinting (转引请联系…)"
    if n <= 40 and _JOIN_US.match(s):
        return "action: an invitation to join (欢迎…加入…)"
    if n <= 80 and _CATEGORY_ROW.match(s) and not _SENTENCE_END.search(s):
        return "list: the page's categories or tags (分类：… | …)"
    if n <= 120 and _REVIEWER_NOTE.match(s):
        return "list: a reviewer's comment on the post (版主点评：…, 评分：…)"
    if n <= 150 and _POSTER_NOTE.match(s):
        return "list: the poster's own note on the post (楼主按：…)"
    if n <= 80 and _COUNTED_BOX.match(s):
        return "list: a comment box's header with its count (评论（2）：…)"
    if n <= 80 and _REPLY_LINE.match(s):
        return "list: a reply to a comment (某某 回复 某某：…)"
    if n <= 30 and _ANSWER_COUNT_BAR.match(s):
        return "list: a Q&A page's answer count and sort bar (12个回答　默认排序)"
    if n <= 40 and _DATED_ROW.match(s) and _ROW_COUNTER.search(s):
        return "meta: a byline row of a date, a column and a counter"
    if n <= 40 and _counted_dot_row(s):
        return "meta: a byline row of the site's or the column's name and a counter (某某 · 栏目 · 阅读 5903)"
    if n <= 100 and _TESTIMONIAL.match(s):
        return "list: a testimonial of the site's customers"
    if n <= 60 and _PICTOGRAPH.match(s) and _icon_menu(s):
        return "meta: a row of menu items under an icon"
    if n <= 120 and _PREV_AND_NEXT.search(s) and not _SENTENCE_END.search(s):
        return "list: previous / next links on one line"
    if n <= 60 and _COPY_MADE.match(s):
        return "notice: an editor's note on how the page's copy was made"
    if n <= 80 and ANSWER_LABEL.match(s):
        return "meta: a Q&A site's label on the question or the answer (提问, 最佳答案, 答主)"
    if n <= 36 and _SOURCE_CREDIT.match(s):
        return "meta: a source credit (转自…, 摘自…)"
    if n <= 60 and _SYSTEM_STAMP.search(s) and not _SENTENCE_END.search(s):
        return "meta: a file or link system's stamp (made by whom, when)"
    if n <= 60 and _DOC_SYSTEM_ROW.search(s) and not _SENTENCE_END.search(s):
        return "meta: a document system's row (version, last change, who may see it)"
    if n <= 40 and _FOLLOW_US.search(s):
        return "action: a call to follow the account"
    if n <= 80 and _TITLES_ROW.match(s):
        return "list: a label over titles (热映：《…》　《…》)"
    if n <= 30 and _PICTOGRAPH.match(s) and distinct >= 1 and not s.endswith("。"):
        return "action: a prompt under an icon (☕ 打赏…)"
    if n <= 40 and _TEXT_LENGTH.search(s) and not _SENTENCE_END.search(s):
        return "meta: the text's length or reading time (全文约N字)"
    if (
        _SERVICE.search(s)
        and distinct >= 2
        and not (own_contact_sentence(s) and (_has_contact_id(s) or not _SITE_OFFER_WORDS.search(s)))
        # (A case note's own section under its bracketed heading, "【律师提醒】购买…，应…。", is its text.)
        and not (n >= 30 and s.endswith("。") and _SECTION_BOX_LEAD.match(s))
        # (… and so are two sentences or more that name no contact and offer nothing of the site's:
        # a speech's "…希望大家多关注、多投稿，让…。揭牌仪式到此结束，谢谢大家！")
        and not (len(_SENTENCE_END.findall(s)) >= 2 and not _has_contact_id(s) and not _SITE_OFFER_WORDS.search(s))
        # (… and a writer who tells of having called someone's service: "回来专门打了铁路客服电话问，…。")
        and not (_SENTENCE_END.search(s) and _NARRATED_SERVICE_CALL.search(s) and not _has_contact_id(s))
    ):
        # (A company's own sentence of clauses, 如需定制…地图，可联系公司客服，电话：…。, is its text's;
        # so is a troupe's "想了解招新信息的家长，可扫描文末二维码添加乐团老师微信咨询。", which offers
        # the site's customer service, samples or downloads nowhere.)
        return "contact: a service prompt"
    if n <= 60 and _INVITE.search(s) and _GIVEAWAY.search(s):
        return "contact: an invitation to add an account"
    notices = set(_NOTICE.findall(s))
    # (A news lead's dateline, "本网讯", names the outlet, not the page speaking of itself.)
    own = _DATELINE_MARK.sub("", s) if "讯" in s else s
    if _SELF_REF.search(own):
        notices.update(_RIGHTS.findall(s))
    if len(notices) >= 2 and not _ISSUER_STATEMENT.match(s) and not _OUTLINE_HEAD.match(s) and not (n >= 30 and _QA_TURN.match(s)) and (
        _SELF_REF.search(own) or _SITE_SELF.search(own) or len(notices) >= 3
        # (… one sentence that holds only the words a description uses too, 自行带走, 不采集个人信息,
        # is a text's own.)
        or (len(_SENTENCE_END.findall(s)) <= 1 and not notices <= _PLAIN_NOTICE_WORDS)
    ) and not ((len(_SENTENCE_END.findall(s)) >= 3 or n >= 60) and notices <= _ADDRESS_WORDS) and not (
        # (… nor is a story of three sentences that tells what a service did, "…经品牌方客服核验为假冒产品。…退款。")
        len(_SENTENCE_END.findall(s)) >= 3 and _NARRATED_SERVICE_CALL.search(s) and not _has_contact_id(s)
    ):
        # (Three sentences or more, or a long one, whose only such words address a netizen, name
        # a service line or data going up, "网友您好：经核实，…请拨打客服电话…核实。", "…数据上传
        # 时段…；客服中心统一答复口径…。", are a reply's or a document's, not a disclaimer.)
        # (A text of two sentences or more that speaks of 侵权 and 搬运 without naming the page or
        # itself is a lecture's or a notice's own: a disclaimer is one sentence, or names the site;
        # and a numbered item, 二、…登录本网站自行打印, is the document's.)
        return f"notice: {len(notices)} disclaimer words ({'、'.join(sorted(notices))})"
    if _INTRO.search(s):
        return "notice: the site introducing the document"
    if n <= 60 and _THIS_ARTICLE.search(s):
        return "meta: the page speaking of the article (本文…)"
    if n <= 40 and _COMMENT_BOX.search(s):
        return "list: a comment box"
    if distinct >= 4 and len(set(_PAY.findall(s))) >= 3:
        return f"action: a download or preview prompt ({distinct} action words)"
    if n <= 60 and _DIALOG.search(s):
        return "action: a dialog of the site"
    return None


def _edge_tail(s: str, n: int, ends: bool, han: bool, content: int, cjk: int) -> str | None:
    """The last edge rules (lists, rows, bylines, site names, Latin lines); those whose
    patterns need a Chinese character only when ``han``."""
    reason = edge_row_reason(s, n) if han else None
    if reason:
        return reason
    if _LIST_LINE.match(s) and not _GROUP_ADDRESSEE.match(s) and (not ends or (n <= 60 and s.endswith(("？", "?")) and not re.search(r"[。！!]", s))):
        # (A related item may be a question's headline: 相关：…怎么养才能开得久？, 大家还在问：A？｜B？)
        return "list: a related list or tags"
    if _FILE_LINK.search(s) and not ends and n <= 100:
        return "list: a link to a file"
    if han and _TOC_ITEM.match(s) and not ends and n <= 60:
        return "list: an item of a collection's contents (篇一：…)"
    if not ends and _is_cell_row(s) and not names_contact_person(s) and not _FORM_BLANK.search(s) and not _procurement_fields(s):
        # (Keyed cells that name a contact person are the document's: 采购人：… 联系人：… 电话：…;
        # so are a form's fields left blank to fill in: 姓名：______ 电话：______.)
        return "meta: a row of key：value cells"
    if _MENU_ROW.match(s):
        return "meta: a row of menu items"
    if han and n <= 40 and _PAGE_OF.search(s) and _PAGE_NAV.search(s):
        return "list: page navigation"
    if n <= 16 and _SHORT_PAIR.match(s) and not _DOC_FIELD.match(s) and not _FORM_BLANK.search(s):
        # (A field left blank to fill in, 合同编号：＿＿＿＿, is a template's own: 186 labelled lines, all body.)
        return "meta: a short key：value line"
    if _CRUMB.match(s) or (n <= 60 and (_CRUMB_PATH.match(s) or _CRUMB_TO_THREAD.match(s) or BREADCRUMB.search(s))):
        # (… or a path the cleaner's own breadcrumb rule reads: "位置：首页 ▹ …"; 886 labelled lines, all chrome.)
        return "meta: breadcrumb"
    m = _PREV_NEXT.match(s) if han else None
    if m and (not _SENTENCE_END.search(s) or re.match(r"\s*[:：】\]〕>》»]", s[m.end() :])):
        # (A sentence that opens on the words, "下一个六十年，希望大家…。", is no link: a link's
        # label has its colon or bracket, or no sentence end.)
        return "list: previous / next link"
    if _BULLET.match(s) and n <= 50 and not ends:
        return "list: a bulleted link"
    if n <= 40 and not _SENTENCE_END.search(s) and _ARROW_LINK.search(s):
        return "list: a link marked by an arrow"
    if _is_toc_row(s):
        return "list: a row of a page's contents"
    if is_list_header(s):
        return "list: a list header"
    if han and _META_WORDS.search(s) and not ends and n <= 60:
        return "meta: a post or author line"
    if (_is_byline_row(s) or (n <= 24 and _LABEL_COUNT.match(s))) and not _DOC_FIELD.match(s) and not _DECIMAL_CLAUSE_HEAD.match(s):
        # (A document's own field with a figure, 采购预算：38.6万元, is no counter; nor is a
        # standard's numbered clause heading, "1　范围", "3.2　术语和定义".)
        return "meta: a byline or counter row (name, date, counts)"
    if han:
        reason = _han_edge_meta(s, n, ends)
        if reason:
            return reason
    if _DATE_TIME.search(s) and not ends and n <= 60:
        return "meta: a date with a clock time"
    if han and not ends and n <= 40 and _SITE_SUFFIX.search(s) and (n <= 12 or _named_segment(s)) and not s.endswith(("：", ":")) and len(re.findall(r"[，,]", s)) < 2:
        # (A line ending in a colon addresses its readers: 各乡镇畜牧兽医站，各规模养殖场：)
        # (Clauses apart by two commas or more are a sentence a hard wrap cut: "健身驿站，发放问卷…，就…")
        return "meta: a site name or slogan"
    if not ends and n <= 80 and cjk < 0.3 * content and not _YEAR.search(s) and not _PROJECT_NUMBER.match(s):
        return _MOSTLY_LATIN
    return None


# A tender's or a contract's own number alone under its key ("项目编号：LXCG2025-0877"): the
# announcement's field, Latin letters and figures as its value (a file host's 文档编号 or an
# intranet's 文件编号 is the page's, and goes by the other rules).
_PROJECT_NUMBER = re.compile(r"^(?:项目|招标|采购|合同|标段|磋商|询价)编号\s*[:：]\s*[A-Za-z0-9][A-Za-z0-9\-_.]{3,30}$")


def _han_edge_meta(s: str, n: int, ends: bool) -> str | None:
    """Meta rows whose patterns need a Chinese character (key：value pairs, counters, bylines)."""
    pairs = len(_META_PAIR.findall(s))
    counters = len(_COUNTER.findall(s))
    if pairs >= 1 and not ends and (pairs >= 2 or n <= 30) and not _FORM_BLANK.search(s) and not (pairs == 1 and _DOC_FIELD.match(s)):
        # (A form's fields left blank to fill in, 姓名：______ 电话：______, are the document's; so is
        # its own single field, 班会主题：…, whose key ends in a page's word.)
        return f"meta: {pairs} key：value pairs"
    if counters >= 2 and not ends and n <= 60 and _SEPARATOR.search(s):
        return "meta: counters"
    if n <= 60 and _is_counter_row(s):
        return "meta: counters"
    if n <= 50 and not ends and _BYLINE.match(s):
        return "meta: a byline"
    if n <= 40 and _READING_LENGTH.search(s):
        return "meta: the page's reading length"
    return None


# --- page meta and list lines (the leading and trailing blocks of clean.py) -------------------
#
# What clean.py removes only in a page's leading and trailing blocks (see clean_document):
# meta rows made of these keys and dates, toolbars, nav rows, breadcrumbs, tag lines,
# bare counts, list headers and the short key lines under an article.
#: Keys of a page's metadata (来源：…, 发布时间：…, 浏览次数：…).
PAGE_META_KEYS = (
    "来源|文章来源|信息来源|稿源|来源于|(?<![\u4e00-\u9fff])时间|办公时间|工作时间|服务时间|营业时间|发布时间|发表时间|发布日期|更新时间|日期|作者|编辑|责任编辑|"
    "审核|校对|字号|字体|浏览次数|访问量|阅读量|阅读|点击数|浏览|索引号|索 引 号|生成日期|公开方式|"
    "公开时限|公开范围|责任部门|发布机构|分类|主题分类|关键词|关键字|原标题|摄影|图片|供稿|通讯员|"
    # (… and a download page's file fields: "资料名称：", "资料大小：", "资料等级：".)
    "资料名称|资料大小|资料等级|资料格式|资料类型|资料评分|文件名称|文件大小|文件格式|软件名称|软件大小|软件语言|软件授权|授权方式|推荐等级"
)
# A file page's key in other words, alone on its line ("文档体积：", "保存格式：", "入库时间：", "下载热度：").
_FILE_INFO_KEYS = "(?:文档|文件|资料|资源|保存|下载|入库|上传|收录)(?:名称|体积|大小|格式|类型|时间|日期|热度|次数|等级|语言|页数)"
_PAGE_META_PAIR = re.compile(rf"(?:{PAGE_META_KEYS})\s*[:：]\s*[^\s:：|，。]{{0,30}}")
#: A key alone on its line (``来源：``), its value on the next.
META_KEY_ONLY = re.compile(rf"^[\[【(（]?\s*(?:{PAGE_META_KEYS}|{_FILE_INFO_KEYS})\s*[:：]\s*[\]】)）]?$")
_PAGE_DATETIME = re.compile(
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:：时]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2})?秒?分?)?"
    r"(?:\s*(?:星期|周)[一二三四五六日天])?"
)
#: ``2024-05-06 09:12``: a page's date line.
ISO_DATE_LINE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
#: The words of toolbars and page furniture (a line made only of them is a toolbar).
TOOLBAR_WORDS = frozenset(
    "下载 打印 全屏 收藏 加大 还原 减小 大 中 小 默认 分享 分享到 分享到微信 分享到微博 关闭 首页 返回 字号 字体 "
    "繁体 繁體 简体 繁繁體版 繁體版 简体版 网站无障碍 无障碍 关怀版 长者模式 适老模式 智能问答 政务邮箱 搜索 登录 注册 "
    "打印本页 关闭窗口 返回顶部 关闭本页 打印此页 收藏本页 网站地图 网站帮助 隐私声明 关于我们 联系我们 手机版 "
    "微信 微博 QQ空间 复制链接 二维码 放弃 继续访问 纠错 我要纠错 附件 关联稿件 X x × ✖".split()
)
_VERSION_SWITCH = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:版|模式)$|^(?:English|ENGLISH|EN|中文)$")
_TOOLBAR_SPLIT = re.compile(r"[\s【】\[\]|｜:：()（）,，/]+")
#: A breadcrumb: a position label, or short items joined by ``>``, ``»`` or ``›``.
BREADCRUMB = re.compile(
    r"(?:您的位置|当前位置|您当前的位置|您现在的位置|当前页面|所在位置|您当前所在位置)\s*[:：]"
    # (… or the label alone opening the line: "位置：首页 ▹ …"; all 359 labelled lines so opening are chrome)
    r"|^位置\s*[:：]"
    # (… or a path joined by triangles or heavy arrows a template draws: "首页 ▸ 通知公告 ▸ 正文")
    r"|^[^。，！？▸▹►▶❯➤➔➜]{1,16}(?:\s*[▸▹►▶❯➤➔➜]\s*[^。，！？▸▹►▶❯➤➔➜]{1,16}){2,}$"
    # (… a position label in other words: "您所在的位置：", "当前所处位置：")
    r"|^(?:您|你|当前)[^：:\s，。]{0,5}位置\s*[:：]"
    # (… a path whose last item is the page's headline: "交易信息 ＞ 政府采购 ＞ 关于…的公告")
    r"|^[^。，！？]{1,16}(?:\s*(?:>>|＞＞|[>＞»›≫])\s*[^。，！？>＞»›≫]{1,16}){1,}\s*(?:>>|＞＞|[>＞»›≫])\s*[^。，！？>＞»›≫]{1,60}$"
    r"|^(?:网站)?首页\s*[>＞»›/]"
    r"|[>＞»›]\s*正文\s*$"
    r"|^[^。，！？]{1,16}(?:\s*[>＞»›]\s*[^。，！？>＞»›]{1,16}){2,}$"
)
#: ``党建,廉政,学习``: three or more short tags joined by commas.
TAG_LINE = re.compile(r"^[^\s，,。：:！？]{1,8}(?:[,，][^\s，,。：:！？]{1,8}){2,}$")
_NAV_TOKEN = re.compile(r"^[^\s。，！？；：:,]{2,6}»?$")
#: A bare count or size (``1,286``, ``312KB``, ``5页``).
COUNT_ONLY = re.compile(r"^[\d\s.,+%]*(?:KB|MB|K|M|页|字|次|人|下载|阅读)?$", re.I)
#: The header of a list or box under an article (``相关阅读``, ``网友评论：``), alone on its line.
LIST_HEADER_LINE = re.compile(
    r"^[【\[]?\s*(?:(?:相关|相似|类似|同类)(?:报道|文档|新闻|阅读|链接|文章|内容|推荐|稿件|问题|提问|留言|帖子|案例)|关联稿件|延伸阅读|推荐阅读|热门推荐|今日推荐|"
    r"本周热门|本月热门|猜你喜欢|精彩推荐|网友评论|我要评论|发表评论|我要留言|精选留言|热门文章|最新文章|"
    r"附件|打印本页|责任编辑|编辑|来源)\s*[】\]]?\s*[:：]?\s*$"
)
#: A short key line under an article (``（编辑：…）``, ``来源 | …``, ``责编丨…``): a bar may stand for the colon.
TRAIL_META = re.compile(
    r"^[（(【\[]?\s*(?:来源|编辑|责任编辑|编辑整理|整理|作者|审核|校对|供稿|稿源|原标题|栏目|所属栏目|所属分类|文章分类|"
    r"文档编号|文章编号|本文编号|责编|审校|初审|终审|值班编辑)\s*(?:[:：]|\s?[|｜丨]\s?).{0,40}[）)】\]]?$"
)
_NUMBER_CELL = re.compile(r"^[-+−]?\d[\d,.]*%?$")
_SENTENCE_MARK = re.compile(r"[。！？!?]")
_CLOCK_OR_WEEKDAY = re.compile(r"\d\s*[:：时]\s*\d|\d{4}-\d{1,2}-\d{1,2}|星期|周[一二三四五六日天]")
_PAIR_PUNCT = re.compile(r"[\s|｜【】\[\]()（）\-—:：,，/]+")


def is_meta_line(s: str) -> bool:
    """A line made only of ``key：value`` metadata pairs and dates (≤ 80 characters)."""
    if len(s) > 80:
        return False
    if META_KEY_ONLY.match(s):
        return True
    rest = _PAGE_DATETIME.sub(" ", s)
    had_pair = rest != s
    rest2 = _PAGE_META_PAIR.sub(" ", rest)
    had_pair = had_pair or rest2 != rest
    if not had_pair:
        return False
    if rest2 == rest and not _CLOCK_OR_WEEKDAY.search(s):
        # Only a date in 年月日 form and no key：value pair: a dateline, a signature
        # or a subtitle (——2026年1月26日在…会议上), not chrome. (With a weekday it is
        # the page's date line: no document dates itself so.)
        return False
    leftover = _PAIR_PUNCT.sub("", rest2)
    # What is left may be a site name ("德育素材网", "admin10"): short and without a sentence.
    return len(leftover) <= 10 and not _SENTENCE_MARK.search(leftover)


def is_toolbar(s: str) -> bool:
    """A line made only of toolbar words (:data:`TOOLBAR_WORDS`) and separators, or of punctuation only."""
    tokens = [t for t in _TOOLBAR_SPLIT.split(s) if t]
    if not tokens:
        return True  # punctuation only: "】", ">", "|"
    if all(t in TOOLBAR_WORDS for t in tokens):
        return True
    # A row of the page's versions or modes to switch to (大字版 标准版, 夜间模式 日间模式).
    if len(tokens) >= 2 and all(t in TOOLBAR_WORDS or _VERSION_SWITCH.match(t) for t in tokens):
        return True
    return is_button_row(s)


# One button of a page's button row: a verb of asking, getting or going and its short object
# (索取样品, 在线报价, 立即报名, 返回列表, 我要投标); no document's line is made only of these.
_BUTTON = re.compile(
    r"^(?:在线|立即|马上|免费|索取|获取|申请|预约|咨询|联系|订购|购买|领取|下载|查看|进入|返回|加入|点击|我要|一键)[\u4e00-\u9fff]{1,4}$"
)


def is_button_row(s: str) -> bool:
    """A row of two or more buttons (:data:`_BUTTON`) apart by spaces or bars, ≤ 30 characters."""
    if len(s) > 30:
        return False
    cells = [c for c in re.split(r"[\s\u3000｜|/]+", s.strip()) if c]
    return len(cells) >= 2 and all(_BUTTON.match(c) for c in cells)


def is_nav_row(s: str) -> bool:
    """``网站地图 网站帮助 隐私声明 关于我们``: 3+ short words separated by spaces (or 2+ with a toolbar word)."""
    tokens = s.split()
    if len(tokens) < 2 or not all(_NAV_TOKEN.match(t) for t in tokens):
        return False
    if is_table_row(s):
        return False  # a row of a data table (地区生产总值 1286.4 6.1): menus hold words
    return len(tokens) >= 3 or any(t in TOOLBAR_WORDS for t in tokens)


# Keys that head page metadata at the top but document content at the end (a
# 会议通知 closes with 时间：… 地点：…), so they are not trailing chrome.
AMBIGUOUS_KEY = re.compile(r"^[\[【(（]?\s*(?:时间|日期|关键词|关键字|分类|主题分类|图片|摄影)\s*[:：]")


def is_table_row(s: str) -> bool:
    """A row of a data table: three or more cells split by spaces, tabs or ideographic
    spaces, at least one a number (``1286.4``, ``24``, ``100%``), the first none, every
    other cell of two or more characters that is no counter or action word; no sentence
    end; at most 120 characters. (``阅读 2587　赞 96`` is a page's counters, no row.)"""
    if len(s) > 120 or _SENTENCE_MARK.search(s):
        return False
    cells = s.split()
    if len(cells) < 3 or _NUMBER_CELL.match(cells[0]):
        return False
    words = [c for c in cells if not _NUMBER_CELL.match(c)]
    if len(words) == len(cells):
        return False
    return all(
        len(c) >= 2 and not action_words(c)[0] and not _PAGE_META_PAIR.match(c + "：") and not _META_PAIR.match(c + "：")
        for c in words
    )


_GRID_SPLIT = re.compile(r"[ \t\u3000]+|\s*[|｜]\s*")


# A checklist's options in one cell (□是 □否, ○合格 ○不合格): the spaces between them split no cells.
_OPTION_GAP = re.compile(r"(?<=[\u4e00-\u9fff])[ \t]+(?=[□☐○◯]\s*[\u4e00-\u9fff])")


def _grid_cells(s: str) -> list[str]:
    return [c for c in _GRID_SPLIT.split(_OPTION_GAP.sub("", s).strip(" \t\u3000|｜")) if c]


def _grid_shape(t: str) -> int:
    """The number of cells of ``t`` as a grid's row (three or more, each at most 24
    characters, no sentence end), else 0."""
    if len(t) > 120 or _SENTENCE_END.search(t):
        return 0
    cells = _grid_cells(t)
    return len(cells) if len(cells) >= 3 and all(len(c) <= 24 for c in cells) else 0


# Words a table's head row names its columns with (项目, 要求, 方法, 名称, 数量, 备注 …).
_COLUMN_HEAD = re.compile(r"(?:项目|要求|方法|名称|内容|标准|数量|单位|备注|序号|类别|指标|规格|时间|地点|责任人|措施|依据|说明|类型|等级)$")


def names_columns(s: str) -> bool:
    """``s`` is a table's head row: two or more of its cells name columns (:data:`_COLUMN_HEAD`)."""
    return sum(1 for c in _grid_cells(s) if _COLUMN_HEAD.search(c)) >= 2


def grid_rows(texts: list[str], skip: list[bool] | None = None) -> list[bool]:
    """For each line of ``texts``, whether it is a row of a grid: one of at least three
    consecutive lines split into the same number (three or more) of cells of at most 24
    characters, with no sentence end, a figure (a digit or a Chinese numeral) in at least two
    of them (a plan's weekly table, ``基础 2—3小时 通读教材、章节练习``; a timetable,
    ``呼吸训练 每周一、三 康复楼二楼``; the header row may hold none).
    A page's menu rows hold no digits; a run of counters (``阅读 25　评论 3``, action words
    in every row) is no grid. Lines ``skip`` marks (chrome a page put between two rows, a
    promotion) are passed over: the rows around them are one grid. Linear in the number of
    lines."""
    every = [_grid_shape(t) for t in texts]
    # A skipped line shaped as a kept row next to it ("2024110107　农技员　78.5" under the head row
    # 准考证号　岗位　笔试成绩, read as a counter row) is a row of the grid, and so is the next one
    # of that shape; rows that are all skipped (an office system's log) stay skipped.
    keep = [not (skip and skip[k]) for k in range(len(texts))]
    for order in (range(1, len(texts)), range(len(texts) - 2, -1, -1)):
        for k in order:
            j = k - 1 if order.step == 1 else k + 1
            if not keep[k] and every[k] and keep[j] and every[j] == every[k]:
                keep[k] = True
    at = [k for k in range(len(texts)) if keep[k]]
    shapes = [every[k] for k in at]
    out = [False] * len(texts)
    k = 0
    while k < len(at):
        if not shapes[k]:
            k += 1
            continue
        m = k
        while m + 1 < len(at) and shapes[m + 1] == shapes[k]:
            m += 1
        rows = [texts[at[x]] for x in range(k, m + 1)]
        # (… or, without figures, under a head row that names its columns: 检验项目　要求　检验方法.)
        figures = sum(1 for r in rows if re.search(r"[\d〇一二三四五六七八九十]", r)) >= 2
        headed = sum(1 for c in _GRID_SPLIT.split(rows[0]) if _COLUMN_HEAD.search(c)) >= 2
        if len(rows) >= 3 and (figures or headed) and not all(action_words(r)[0] >= 2 for r in rows):
            for x in range(k, m + 1):
                out[at[x]] = True
        k = m + 1
    return out


# --- more classes of strong_reason and the edge rules (the cutters in :mod:`.glued` use them too) ---

# Font-size buttons: 【A+】【A-】, [大][中][小].
_FONT_BOX = re.compile(r"^(?:[AaＡａ]\s*[+\-＋－]?|[大中小]|默认|字号)$")
_LEAD_QUESTION = re.compile(r"^([^。！？?，,\s]{2,10}[？?])\s*(\S.*)$")
# A letter's salutation ("尊敬的会员朋友：", "亲爱的家长们："): the text's first line, never chrome.
_RESPECTFUL_SALUTATION = re.compile(r"^(?:尊敬的|亲爱的)[^，,。！？：:\s]{1,20}[：:]$")
# A photo's caption under a marker pointing up at it ("▲义诊现场，医生为老人测量血压", "△ 签约仪式合影"):
# a scene, never an outline point.
_SCENE_CAPTION = re.compile(
    r"^[▲△↑☝]\s*[^。！？；]{0,24}(?:现场|合影|留影|瞬间|掠影|一角|剪影)(?:[，,][^。！？；]{1,24})?$"
    # "▲ 某小学的同学们在后台体验操纵皮影": who is where doing what — a photo's scene, not an outline point
    r"|^[▲△↑☝]\s*[^。！？；，]{2,24}(?:们|者|员|生|民|家)在[^。！？；，]{2,20}$"
    # (… or who does what for whom: "▲民警为老人安装门镜防护罩", "▲志愿者向居民讲解垃圾分类")
    r"|^[▲△↑☝]\s*[\u4e00-\u9fff]{0,6}(?:们|者|员|生|民|家|警|师|医生|干部|职工|工人|老人|孩子)(?:为|向|给|帮|帮助|带领|指导|与|和)[^。！？；，]{2,20}$"
)
# A bracketed label and a link to follow ("【我们在招聘】…点击查看岗位详情", "【限时优惠】…立减200元，点击了解"):
# the page's promotion, wherever it stands.
_BRACKET_CLICK = re.compile(r"^[【\[〔][^【】\[\]〔〕]{2,8}[】\]〕][^。！？]{0,40}(?:点击|点此|戳此)[^。！？]{0,24}$")
# A page's own prompt to log in ("登录后可查看历次成绩", "注册后即可下载"): no subject, the reader's.
_LOGIN_FIRST = re.compile(
    r"^(?:登录|登陆|注册)(?:后|以后)(?:方?可|即可|才能|可以)?(?:查看|下载|阅读|浏览|复制|使用|收听|观看|评论|参与|回帖|回复|发帖|发言|留言|发表)"
    # … or the rest of the copy behind it ("以下内容需登录后查看全部", "剩余内容请登录后阅读").
    r"|^(?:以下|剩余|余下|更多|全部|完整)(?:的)?内容(?:需|须|要|请)(?:先)?(?:登录|登陆)(?:后)?(?:才能|方可|即可|可)?(?:查看|阅读|浏览)"
)
# … and its question to a visitor without an account ("没有账号？立即注册", "还没有帐号？").
_NO_ACCOUNT = re.compile(r"(?:还)?没有(?:账号|帐号|账户)[？?]")
# A messenger account's prompts to star it ("设为星标，第一时间收到推送", "置顶公众号").
_STAR_US = re.compile(r"^关注[^，。！？]{0,10}[，,]\s*(?:了解|带你|获取|看|学习)[^。]{0,6}更多|点击?上方[“\"「]?(?:蓝字|名片|关注)|(?:设为|加个?|标为)星标|置顶(?:公众号|本号)|(?:第一时间(?:收到|接收|看到|获取|看|知道)?|及时(?:收到|接收|看到|获取|知道))[^，。！？]{0,4}?(?:推送|更新|文章|提醒|提示|通知|消息|资讯|动态)|^订阅(?:同类|本|更多|相关)")
# A storage or sharing platform disclaiming what its users share ("某某网盘不对用户分享内容承担责任").
# (… or a forum's or a market board's on the deals its users make: "论坛不对交易承担责任".)
_PLATFORM_DISCLAIMS = re.compile(
    r"(?:网盘|云盘|文库|平台|本站|网站)(?:不对|不承担|不负责|对)[^。]{0,12}(?:分享|上传|发布)[^。]{0,10}(?:承担|负责|责任)"
    r"|(?:论坛|本论坛|本版|本站|平台|本平台)(?:不对|不为)[^。，]{0,8}(?:交易|买卖|纠纷)[^。，]{0,4}(?:承担|负)(?:任何)?(?:责任)?"
)
# What a page's disclaimer says its text is not ("不构成法律意见", "不构成投资建议").
_NOT_ADVICE = re.compile(r"不(?:构成|作为)[^。，]{0,12}(?:意见|建议|依据|承诺)")
# A free consultation on offer ("免费初步咨询", "在线一对一解答").
_FREE_CONSULT = re.compile(r"(?:免费|在线|一对一)(?:初步|法律|专家|专业|电话|视频)?(?:咨询|解答|评估)")
_OTHER_LANGUAGE = re.compile(r"^[【\[〔]\s*(?:English(?:\s+Version)?|英文版|中文版|繁體版?|繁体版?|EN|CN)\s*[】\]〕]$", re.I)
# A cloud drive's extraction code ("提取码 8h3w", "访问密码：x9k2").
_SHARE_CODE = re.compile(
    r"^(?:提取码|访问码|提取密码|访问密码|分享密码)\s*[:：]?\s*[A-Za-z0-9]{4,8}(?:\s|$)"
    # … or an archive's password ("解压密码：www.example.cn"): a download site's, never a document's.
    r"|^(?:解压密码|解压码|压缩包密码)\s*[:：]?\s*[A-Za-z0-9][A-Za-z0-9._\-]{2,40}$"
)
# A study platform's check-in ("学习打卡", "我已学习（累计学习 188 人）").
_CHECK_IN = re.compile(r"学习打卡|我已学习|已学习\s*\d|累计学习\s*\d|点击打卡|每日打卡|学习完成|记录学时|计入学时")
# A promotion's terms ("名额有限", "200元", "报名", "本月").
_PROMO_TERMS = re.compile(r"名额有限|先到先得|\d+\s*元|报名|下单|购买|本月|限时|享")
# A wiki's edit link in brackets ("[编辑]", "【编辑本段】", "〔改〕").
_EDIT_LINK = re.compile(r"^[\[［【〔]\s*(?:编辑|修改|改|编辑本段|编辑词条|回复|引用|举报|收起|展开|隐藏)\s*[\]］】〕]$")
# A column's path between spaced dashes ("新闻中心 - 公司新闻"): two short names of columns.
_COLUMN_PATH = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:中心|新闻|要闻|快讯|动态|资讯|公告|通知|概况|公开|专栏|频道|首页)\s+[-–—]\s+[\u4e00-\u9fff]{0,6}(?:中心|新闻|要闻|快讯|动态|资讯|公告|通知|概况|公开|专栏|频道)$")
# Where a reader is told to turn to for the site's service ("请咨询在线编辑", "联系客服", "找小编").
_ASK_US = re.compile(r"咨询|联系|找|私信|留言|扫码")
# A prompt in the reader's voice, unbracketed ("点此预约免费试听课", "我要报名当志愿者", "立即预约体验"):
# what the page lets the reader do, never a sentence of the document.
_READER_PROMPT = re.compile(
    r"^(?:点此|点击此?处?|点我|一键|(?:立即|马上|立刻|现在就?|在线)(?=预约|报名|购买|下载|注册|登录|咨询|体验|开通|领取|抢购|加入|订阅|关注|查看|试听|申请|参与)|"
    r"我要(?=报名|投稿|咨询|提问|举报|纠错|评论|下载|参加|加入|预约|购买|分享|收藏|当|打印|反馈|留言|回答|办理|申请|提出异议|异议|质疑))"
    r"[\u4e00-\u9fffA-Za-z0-9“”\"]{2,14}$"
)
# A shop's promotion ("现在注册会员立享首单立减", "限时特惠，领券再减"): its words are a shop's.
# A prompt to click or search that follows a short lead-in in one line ("新包装上市，点击抢购尝鲜装",
# "…不知怎么办？点击右侧在线咨询，律师一对一解答", "微信搜索“某某”公众号，可查看…").
_CLICK_PROMPT = re.compile(
    r"(?:^|[，,？?！!。：:\s]|——|[—－\-]{1,2}(?=点击|点此))(?:请(?=点击|点此))?(?:点击|点此|点我|点这里|戳|长按|扫码|微信搜索|搜索)(?:右侧|下方|上方|左侧|此处|这里|链接|图片|二维码)?[，,]?\s*(?:立即|马上|快速)?(?:抢先尝鲜|尝鲜|抢报|抢购|抢位|抢占|购买|咨询|在线咨询|下载|领取|预约|报名|关注|查看|进入|了解|识别|添加|加入|参加|注册|登录|开通|订阅|收听|观看|播放|解锁|复制|收藏|分享|打印|进群?|入群|参与|填写|提交|测额度|测一测|申请|试听|体验)"
    # "扫一扫右侧二维码，…": a prompt to scan the page's code
    r"|(?:^|[，,。\s])扫一扫(?:右侧|下方|上方|左侧)?(?:二维码|小程序码)?|^(?:用?手机)?扫描(?:右侧|下方|上方|左侧)(?:的)?二维码"
    # "打开“某某”APP学习更多": a prompt to open the site's app
    r"|^打开\s*[“\"「]?[^”\"」，。]{1,12}[”\"」]?\s*(?:APP|App|app|客户端)"
    r"|^(?:微信|在微信中?)?搜索\s*[“\"「][^”\"」]{2,20}[”\"」]\s*(?:公众号|小程序|视频号|服务号)"
)
# "…，私信报名", "评论区留言领取": a prompt to reach the poster through the page.
_DM_PROMPT = re.compile(r"(?:^|[，,\s])(?:私信|私聊|留言|评论区留言|后台回复|后台留言)(?:我|小编|楼主|博主)?(?:报名|咨询|获取|领取|索取|了解|预约)$")
# (… and a limited-time offer or a gift for signing up: "限时优惠：报名送价值199元工具包", never quoted
# in a sentence on such ads, "不以“限时折扣”等方式…".)
_SHOP_PROMO = re.compile(r"(?<![“\"「])限时(?:优惠|福利|折扣|抢购|特价)(?![”\"」])|(?:报名|购课|下单|注册|开通)(?:即|就)?(?:送|赠送?)|立享|立减|立省|即送|就送|立送|加送|首单|限时特惠|优惠券|领券|秒杀|包邮|拼团|满减|早鸟价?|特惠价|[一二三四五六七八九\d]折|火热报名|火热招生|锁定(?:学位|名额|席位)|抢占(?:学位|名额|席位)|前\s*\d+\s*名")
# An invitation to join the page's body, no sentence ("欢迎果农朋友加入协会").
_JOIN_US = re.compile(r"^欢迎[^，。！？!?]{0,12}(?:加入|申请入会|入会)[^，。！？!?]{0,8}(?:[，,][^。！？!?]{0,20})?$")
# A ban on reprinting ("请勿转载", "谢绝转载") and a collection naming itself (文存, 文集).
_REPRINT_BAN = re.compile(r"(?:请勿|谢绝|禁止|严禁|不得|未经[^。，]{0,8}不得)(?:转载|转贴|搬运)")
# (… or banned unless allowed, whoever says it, "南窗下的文字未经允许请勿搬运，谢谢。": see _NO_REPRINT.)
_COLLECTION_SELF = re.compile(r"^(?:本|此)?(?:文存|文集|文丛|博客|小站|本辑)")
# Reprint terms anywhere in a short line ("…，转引请联系家属", "引用须注明出处").
# (… or copying out or reposting on a board, and asking first by letter: "…，转录请先来信", "转贴请告知一声"; all 110
# labelled lines so worded are chrome.)
REPRINT_TERMS = _REPRINT_TERMS = re.compile(r"(?:转载|转引|引用|转发|转录|转贴|摘录|搬运)[^。，]{0,4}(?:请|须|需)(?:先)?(?:联系|注明|标明|取得|征得|征求|保留|留(?=作者|署名|出处|原文)|留言|告知|私信|来信|来函|打(?:个|声)?招呼|经(?:过)?(?:同意|许可|授权))")
# A blog's archive: its key, or months with their counts ("日志归档：2025年5月(3)　2025年4月(6)").
_ARCHIVE_KEY = re.compile(r"^(?:日志|文章|博文|历史)?(?:归档|存档)\s*[:：]")
_ARCHIVE_ITEM = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*[（(]\d{1,4}[)）]")
# A page's categories or tags after their key, two or more ("分类：专用书信 | 宣传类文书", "标签：防汛 值班").
_CATEGORY_ROW = re.compile(r"^(?:页面分类|所属分类|分类|类别|标签|TAG|Tags?)\s*[:：]\s*[^\s|｜、,，]{1,12}(?:\s*[|｜、,，]\s*|\s+)[^\s|｜、,，]{1,12}")
# A forum's or a course's comment on a post under it ("版主点评：…", "阅卷老师批改：…", "评分：32/40").
# The poster's own note on what they post ("楼主按：这篇讲话结构清楚…", "博主注：…"): a forum's or a
# blog's voice above or below the document. (A newspaper's 编者按 is the text's and stays.)
_POSTER_NOTE = re.compile(
    r"^(?:[【\[](?:楼主|博主|版主|帖主|发帖人|转帖人|搬运工|LZ)(?:按|注|附言|说明|补充|说|想说)[】\]]\s*[:：]?"
    r"|(?:楼主|博主|版主|帖主|发帖人|转帖人|搬运工|LZ)(?:按|注|附言|说明|补充)\s*[:：])\s*\S",
    re.I,
)
_REVIEWER_NOTE = re.compile(r"^(?:版主|楼主|网友|阅卷老师|阅卷人|批改老师|助教|老师|教师)(?:点评|批改|批注|评语|打分|评分)\s*[:：]|^(?:评分|得分)\s*[:：]\s*\d")
# A collection page's label of one of its pieces on a line of its own ("第一篇", "篇二", "范文三"), and
# the row of its pieces ("目录：篇一　篇二　篇三").
_PIECE_LABEL = re.compile(r"^[【\[（(]?(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3}|范文[一二三四五六七八九十\d]{1,3})[】\]）)]?$")
_PIECES_ROW = re.compile(r"^(?:(?:本文|本页)?目录\s*[:：]?\s*)?(?:(?:篇[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}篇)[\s\u3000、|｜/]*){2,}$")
# A link to a gallery, a video or a graphic explainer of the page ("【图集】…精彩瞬间", "【视频】…",
# "【政策解读】一图读懂…", "【一图读懂】…"): the page's media, never a line of the text.
_MEDIA_LABEL = re.compile(
    r"^[【\[〔]\s*(?:图集|组图|视频|微视频|音频|图解|一图读懂|长图|H5|直播|回放|高清图集|政策解读|图文解读|专题|专栏|话题|合集|"
    r"往期回顾|往期推荐|推荐阅读|延伸阅读|相关阅读|相关链接|相关新闻|相关文章|相关报道|相关推荐|网上学习|在线学习|线上学习|小程序|APP|App|视频号)\s*[】\]〕]"
    # "【English Version】", "[英文版]": the page in another language.
    r"|^[【\[〔]\s*(?:English(?:\s+Version)?|英文版|中文版|繁體版?|繁体版?|EN|CN)\s*[】\]〕]$"
    # "▶ 视频：…（时长02:16）": a video's link with its running time.
    r"|^[▶►▷]?\s*(?:视频|音频|直播|回放)\s*[:：]|[（(]\s*时长\s*\d{1,2}\s*[:：]\d{2}\s*[)）]$"
    r"|^[【\[〔][^【】\[\]]{1,8}[】\]〕]\s*(?:一图(?:读懂|看懂)|图解|看图|视频[：:])"
    # (… or the explainer's link without a label: "一图读懂临时救助".)
    r"|^一图(?:读懂|看懂)"
)
# A page's AI writing button ("【AI润色本段】", "✦AI帮我改写", "AI续写"): no document's line.
_AI_BUTTON = re.compile(
    r"^\W{0,2}\s*[【\[〖〔]?\s*(?:一键|让|用|请)?\s*AI\s*(?:帮我|帮你|一键|智能|来)?(?:润色|润一润|改写|续写|扩写|帮我写|帮写|写|生成|一键|重写|优化|降重|缩写|仿写|换个说法|换种说法|精简)"
    # … or the same button without the letters, on the paragraph it acts on ("✎ 帮我改写这段", "一键润色本段").
    r"|^\W{0,2}\s*[【\[〖〔]?\s*(?:帮我|帮你|一键|智能)(?:润色|改写|续写|扩写|重写|优化|降重|缩写|仿写)(?:这段|本段|此段|这一段|全文)?\s*[】\]〗〕]?$"
)
# A button in the reader's voice, in brackets ("【我要报名】", "[立即加入]", "【一键复制】").
_READER_BUTTON = re.compile(r"^[【\[〔]\s*(?:我要|我想|我来|立即|马上|立刻|一键|点此|点击|点我)[\u4e00-\u9fff]{1,8}\s*[】\]〕]$")


# A relative time with what happened to the page then ("2小时前更新", "3天前发布", "昨天 21:07 编辑"):
# a document dates itself by the calendar.
_REL_STAMP = rf"{_REL_TIME}\s*(?:更新|发布|发表|编辑|修改|上传|回复|来自)"
_STAMP_LINE = re.compile(rf"^(?:最后|最近)?{_REL_STAMP}$")
