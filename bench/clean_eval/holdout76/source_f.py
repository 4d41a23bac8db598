"""holdout76, part F: sesame-paste (芝麻酱) and sesame-seed workshops, a sesame market and growers.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="print-kangyang-sesame-workshop-rules-html",
        site="钪阳县市场监督管理局 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="http://scjg.kangyang.example.gov.cn/printContent.jsp?id=3309",
        title="钪阳县芝麻酱小作坊生产卫生规范",
        record_title="钪阳县芝麻酱小作坊生产卫生规范 - 打印",
        date="2025-04-25",
        notes="a print view: a print/close row, the print URL and a print footer '－第1页/共1页－'; articles that speak of 登记/打印 kept; the 印发 date under the text",
        page="""
<html><head><meta charset="utf-8"><title>钪阳县芝麻酱小作坊生产卫生规范 - 打印</title></head><body onload="window.print()">
<div class="noprint">⟦a 【打印本页】　【关闭窗口】⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pfoot">⟦m http://scjg.kangyang.example.gov.cn/art/2025/4/25/art_3309.html⟧<br>⟦p －第1页/共1页－⟧</div>
</body></html>
""",
        body="""
第一条　小作坊应当在显著位置公示登记证，登记证遗失的，应及时申请补办并打印公示。
第二条　炒制芝麻的场所应与研磨、灌装场所分开，地面应便于清洗。
第三条　芝麻原料应有进货记录，霉变芝麻不得使用。
第四条　本规范由县市场监督管理局负责解释。
钪阳县市场监督管理局
2025年4月25日印发
""",
    ),
    dict(
        slug="mail-hafchuan-sesame-market-reply-chain",
        site="铪川县政务邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.hafchuan.example.gov.cn/msg/view?id=A7719",
        title="关于商请协助做好芝麻交易市场搬迁工作的函",
        record_title="回复：Re: 关于商请协助做好芝麻交易市场搬迁工作的函.docx",
        date="2025-08-06",
        date_also=["2025-08-08"],
        indent="\u3000\u3000",
        notes="a mail reply chain: a file-name title with 回复：Re:; quoted headers and a reply above the forwarded letter; the send date differs from the letter's date (document expected, send date accepted); the letter's own 联系人 kept beside the mail signature",
        page="""
!m 主　题：回复：Re: 关于商请协助做好芝麻交易市场搬迁工作的函.docx
!m 发件人：铪川镇经发办 <jfb@hafchuan.example.gov.cn>
!m 发送时间：2025年8月8日 14:02
!m 收件人：县交通运输局
!l 收到，请按函件内容安排，谢谢！
!m ------------------ 原始邮件 ------------------
!m 附件：关于商请协助做好芝麻交易市场搬迁工作的函.docx（24KB）
{BODY}
!m 铪川镇经济发展办公室　邮件签名　电话 0736-6612001
!a 回复 | 转发 | 下载全部附件
""",
        body="""
县交通运输局：
根据全镇集贸市场布局调整规划，镇芝麻交易市场定于9月1日由老街搬迁至铪川物流园。为方便外地客商和种植户，商请贵局协助在物流园增设公交停靠站一处。
联系人：镇经发办 万晓东，电话：13807366020。
铪川镇人民政府
2025年8月6日
""",
    ),
    dict(
        slug="gov-liaoxi-town-sesame-harvest-asp-html",
        site="钌溪镇人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.liaoxi-zhen.example.gov.cn/News_View.asp?NewsID=1207",
        title="关于做好芝麻抢收工作的紧急通知",
        record_title=None,
        date="2025-08-29",
        notes="a township's old ASP table page: marquee, 【字体：大 中 小】 and 【加入收藏】 rows, a visitor counter; no record title; a 发布时间 equal to the notice's date; a duty-roster table kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>钌溪镇人民政府网站</title></head>
<body bgcolor="#ffffff">
<table width="100%"><tr><td>⟦m 钌溪镇人民政府⟧</td></tr></table>
<table width="100%"><tr><td><marquee direction="left">⟦l 钌溪镇欢迎您！全镇上下齐心协力，夺取秋粮丰收！⟧</marquee></td></tr></table>
<table width="100%"><tr><td>⟦m 首页 | 政务公开 | 招商引资 | 镇村风采 | 领导信箱⟧</td></tr></table>
<table width="100%"><tr><td align="center"><font size="4"><b>{T}</b></font></td></tr>
<tr><td align="center">⟦m 发布时间：2025-8-29　浏览次数：421　【字体：大 中 小】⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td align="right">⟦a 【加入收藏】【打印本文】【关闭窗口】⟧</td></tr></table>
<table width="100%"><tr><td align="center">⟦m 钌溪镇人民政府主办　您是第 0031207 位访问者⟧</td></tr></table>
</body></html>
""",
        body="""
各村（社区）：
据县气象台预报，9月1日起我镇将出现持续降雨天气。目前全镇尚有芝麻约3000亩未收割，为减少损失，现紧急通知如下：
一、各村要组织劳力，力争8月31日前将成熟芝麻全部收割。
二、收割后的芝麻要及时架晒或入库，防止淋雨霉变。
三、抢收期间实行镇村干部包片值班。
片区　带班领导　值班电话
东片　唐建军　13907361180
西片　江梅　13907361192
钌溪镇人民政府
2025年8月29日
""",
    ),
    dict(
        slug="fanwen-wenxiang-sesame-coop-report",
        site="文香范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.wenxiangfw.example.com/shuzhi/2025/0106/33012.html",
        title="芝麻专业合作社理事长2024年述职报告",
        record_title="芝麻专业合作社理事长2024年述职报告（通用2篇）_述职报告_文香范文网",
        date="2025-01-06",
        indent="\u3000\u3000",
        junk=dict(lines=1, glued=1),
        notes="a 范文 site copied from a forum: junk glued and as a line; decorated title with （通用2篇） and column/site; a writing-service prompt glued before the signature; the 成文日期",
        page="""
!m 文香范文网 — 专注公文写作十二年
!m 当前位置：首页 > 述职报告 > 个人述职
!t 芝麻专业合作社理事长2024年述职报告（通用2篇）
!m 作者：佚名　更新时间：2025-01-08　点击：1201
!m 第一篇
{BODY}
!l 第二篇　芝麻合作社监事长述职报告（略）
!a 下载此文档　|　收藏本文　|　纠错
!m 文香范文网　ICP证：豫ICP备16023871号
""",
        body="""
各位社员代表：
2024年，我作为合作社理事长，带领理事会成员做了以下几项工作。
一是扩大种植规模。社员种植芝麻面积由3000亩扩大到4500亩，统一供应良种。
二是建起芝麻酱加工车间，全年加工芝麻酱180吨，比卖原料每斤多挣1.5元。
三是存在的不足：品牌建设滞后，产品主要在本地销售。
⟦w 述职报告量身定制，加微信 wxfw8866 一对一服务⟧述职人：任长春
2025年1月6日
""",
    ),
    dict(
        slug="wenku-huiwen-sesame-plan-dot-markers",
        site="汇文文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.huiwenwk.example.com/doc/7710325.html",
        title="铑岭县芝麻产业高质量发展三年行动方案",
        record_title=None,
        date=None,
        indent="\u3000\u3000",
        pages=dict(fmt="·P{n}·", every=100, start=2, glue=True),
        notes="a paid preview with no record title (found in the file line's name without its suffix, repeated as a heading); ·Pn· markers glued; an upload time only (no date); 'continue reading' and points prompts",
        page="""
!m 汇文文库 > 农林牧渔 > 经济作物
!m 文档：铑岭县芝麻产业高质量发展三年行动方案.pdf　｜　5页　｜　上传于2025-05-19
{T}
{BODY}
!a ▼ 点击阅读全文（还剩3页）
!a 下载需要 15 积分　|　开通会员免积分
!d 本文档由用户上传，仅供在线阅读，如发现侵权请点击投诉
""",
        body="""
为推动全县芝麻产业高质量发展，制定本行动方案。
一、发展目标。到2027年，全县芝麻种植面积稳定在10万亩，芝麻酱、芝麻油等加工产值突破5亿元。
二、重点任务。推广机械化收获，建设芝麻良种繁育基地，培育3家年产值超亿元的加工企业。
三、保障措施。县财政每年安排产业发展资金1000万元，实行项目化管理。
""",
    ),
    dict(
        slug="news-rubiyuan-sesame-paste-brand-html",
        site="铷原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.ruyuan-news.example.cn/xw/jj/202510/t20251014_5521.html",
        title="铷原小磨芝麻酱获评省级非物质文化遗产",
        record_title="铷原小磨芝麻酱获评省级非物质文化遗产 - 铷原新闻网",
        date="2025-10-14",
        notes="a news portal: an e-paper link, a 'related reading' link glued before a sentence inside the body, a photo caption on a line of its own and an editor line; the byline date",
        page="""
<html><head><meta charset="utf-8"><title>铷原小磨芝麻酱获评省级非物质文化遗产 - 铷原新闻网</title></head><body>
<div class="top">⟦m 铷原新闻网⟧　⟦a 电子报　|　报料　|　手机版⟧</div>
<div class="nav">⟦m 首页 > 铷原要闻 > 经济⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 来源：铷原日报　作者：邬敏　发布时间：2025-10-14 08:50⟧</div>
<div class="art">
{BODY}
</div>
<div class="zb">⟦m 责任编辑：甘露⟧</div>
<div class="hot"><h4>⟦l 热门文章⟧</h4><ul><li>⟦l 铷原高铁站改造完工⟧</li><li>⟦l 秋季农民丰收节开幕⟧</li></ul></div>
<div class="ft">⟦d 本网所刊登的铷原日报内容，版权属铷原日报社所有⟧</div>
</body></html>
""",
        body="""
近日，省政府公布第七批省级非物质文化遗产代表性项目名录，铷原小磨芝麻酱制作技艺名列其中。
铷原小磨芝麻酱已有三百多年历史，采用石磨慢研，成品香味浓郁、口感细腻。
⟦m 图为传承人在展示石磨研磨。⟧
⟦l 延伸阅读：铷原特色农产品走进进博会⟧目前，全县有小磨芝麻酱作坊46家，年产值约8000万元。
""",
    ),
    dict(
        slug="wechat-ocheng-sesame-oil-safety-letter",
        site="锇城市场监管 微信公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://wxmirror.example.net/biz/ochengscjg/2025-11-03",
        title="致全市芝麻酱芝麻油小作坊经营者的一封信",
        record_title="致全市芝麻酱芝麻油小作坊经营者的一封信",
        date="2025-11-03",
        indent="\u3000\u3000",
        notes="a WeChat mirror as text: the account line with the same date; a 'tap to follow' prompt and an original-declaration; a sentence that asks owners to 扫码 fill a self-check form kept; 阅读/在看 row",
        page="""
{T}
!m 原创　锇城市场监管　2025年11月3日 17:45
!a 点击蓝字，关注我们
{BODY}
!l 阅读 2371　　在看 45　　赞 88
!l 精选留言：作坊老板老钱：收到，马上整改
!d 文章来源于公众号镜像，转载仅为信息存档
""",
        body="""
各位小作坊经营者：
芝麻酱、芝麻油是群众餐桌上的常见调味品。为保障食品安全，现提醒大家做好以下几点：
一、严把原料关，不使用霉变、虫蛀芝麻。
二、规范标签标识，如实标注生产日期和保质期。
三、请扫描市场监管所发放的二维码，每月填写一次自查表。
锇城市市场监督管理局
2025年11月3日
""",
    ),
    dict(
        slug="forum-chiyou-sesame-paste-hotpot-recipe",
        site="吃友论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.chiyou-bbs.example.com/thread/50917",
        title="自家磨芝麻酱的五个小窍门",
        record_title="【原创】自家磨芝麻酱的五个小窍门 - 厨房杂谈 - 吃友论坛",
        date=None,
        indent="\u3000\u3000",
        junk=dict(lines=2, glued=2),
        notes="a cooking forum: junk lines and glued junk; decorated title; relative times ('3天前') and a 'last edited yesterday' line are no dates; a numbered list; a 'reply to see pictures' prompt",
        page="""
!m 吃友论坛 » 厨房杂谈
!t 【原创】自家磨芝麻酱的五个小窍门
!m 馋猫阿七　发表于 3天前　只看该作者
{BODY}
!a 回复后查看步骤图片
!m 本帖最后由 馋猫阿七 于 昨天 21:40 编辑
!l 沙发：吃货小林：第三条太重要了，我上次就炒糊了
!m 吃友论坛 · 手机版 · 清除Cookies
""",
        body="""
自家用小料理机磨芝麻酱，我试了十几次，总结出五个小窍门。
1. 芝麻要先淘洗干净再晾干，去掉沙子和浮皮。
2. 小火慢炒，炒到芝麻能用手指捻碎就关火。
3. 炒好的芝麻要放凉再磨，否则容易出苦味。
4. 磨的时候分几次进行，每次不超过一分钟，让机器歇一歇。
5. 磨好的芝麻酱装进干净的玻璃瓶，表面倒一层香油，能放更久。
""",
    ),
    dict(
        slug="blog-mofang-sesame-workshop-owner",
        site="磨坊主人的博客 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://mofangzhu.example-blogs.com/2025/12/31/nianzhong.html",
        title="小磨坊的2025",
        record_title="小磨坊的2025 - 磨坊主人的博客",
        date="2025-12-31",
        indent="\u3000\u3000",
        gap=True,
        notes="a workshop owner's year-end blog post: a bracketed post time as the page's date; the blog's subscribe prompt between paragraphs on a line of its own; tags, prev/next and a comment count",
        page="""
!m 磨坊主人的博客 | 一盘石磨，三代手艺
!t 小磨坊的2025 - 磨坊主人的博客
!m [2025-12-31 23:05]　　分类：作坊日记
{BODY}
!l 标签：芝麻酱 石磨 小作坊 年终
!l 上一篇：冬至磨了一锅黑芝麻糊　|　下一篇：（没有了）
!l 评论（9）
""",
        body="""
2025年就要过去了，给小磨坊记一笔账。
今年一共磨了芝麻酱11吨，比去年多了两吨，一大半是老顾客回头订的。
⟦a 喜欢我的作坊日记？订阅本博客，新文章第一时间推送到邮箱⟧
最让我高兴的是儿子辞了城里的工作回来帮忙，开了网店，年轻人的法子确实多。
明年打算把老房子后院改成体验坊，让来买酱的客人自己推一推石磨。
""",
    ),
    dict(
        slug="corp-xiangmo-sesame-oil-recruitment",
        site="香磨食品股份有限公司 (invented)",
        style="企业官网",
        genre="招聘启事",
        kind="notice",
        form="text",
        source="https://www.xiangmo-food.example.com/join/2025-11.html",
        title="香磨食品2025年冬季招聘启事",
        record_title="【人才招聘】香磨食品2025年冬季招聘启事",
        date="2025-11-10",
        notes="a company site: cookie line, a 'send your résumé online' button; a posts table; the company's own HR 联系电话 and e-mail kept beside the site's 400 line; the 发布 date",
        page="""
!d 本网站使用必要的Cookie。继续访问即表示同意《隐私政策》。
!m 香磨食品 XIANGMO FOOD　｜　首页　走进香磨　产品中心　加入我们
!t 【人才招聘】香磨食品2025年冬季招聘启事
!m 发布日期：2025-11-10
{BODY}
!a 在线投递简历 >>
!w 全国服务热线：400-183-6618
!m © 香磨食品股份有限公司　豫ICP备20030018号
""",
        body="""
因生产规模扩大，公司芝麻酱、芝麻油生产基地现招聘以下岗位人员。
岗位　人数　要求
生产操作工　10　年龄50周岁以下，能适应倒班
质检员　2　食品相关专业大专以上学历
有意者请将简历发送至 hr@xiangmo-food.example.com，或拨打人力资源部联系电话：0394-8267710。
""",
    ),
    dict(
        slug="docshare-moyun-sesame-cost-survey-html",
        site="墨云文档 (invented sharing reader)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.moyun-doc.example.com/read/99210.html",
        title="关于芝麻种植成本收益情况的调查报告",
        record_title="关于芝麻种植成本收益情况的调查报告.pdf",
        date="2025-09-30",
        pages=dict(fmt="⸨{n}⸩", every=120, start=2),
        notes="a sharing reader: a file-name title; page markers ⸨n⸩ as HTML paragraphs between halves of cut paragraphs; a cost table; the 成文日期; uploader and reads stats",
        page="""
<html><head><meta charset="utf-8"><title>关于芝麻种植成本收益情况的调查报告.pdf - 墨云文档</title></head><body>
<div class="hd">⟦m 墨云文档 · 海量文档在线阅读⟧　⟦a 登录　上传文档⟧</div>
<div class="docname">⟦t 关于芝麻种植成本收益情况的调查报告.pdf⟧</div>
<div class="stat">⟦m 阅读量 1903　｜　收藏 62　｜　共6页⟧</div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 点击加载更多页面（需登录）⟧</div>
<div class="rel">⟦l 猜你喜欢：油料作物成本调查分析　花生种植收益报告⟧</div>
</body></html>
""",
        body="""
为掌握我县芝麻种植的成本收益情况，县农调队于8月至9月对120户种植户开展了抽样调查。
项目　每亩金额（元）
物质与服务费用　410
人工成本　520
亩均产值　1350
调查显示，芝麻亩均净收益约420元，比上年增加60元，主要得益于收购价格上涨。
建议加快推广芝麻机械化收获，降低人工成本。
钪阳县农村社会经济调查队
2025年9月30日
""",
    ),
    dict(
        slug="community-laoling-sesame-candy-volunteers",
        site="铑岭社区之窗 (invented)",
        style="社区网站",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.laolingsq.example.cn/sqdt/2025/0124.html",
        title="社区志愿者与老人一起熬芝麻糖迎新春",
        record_title=None,
        date="2025-01-24",
        indent="\u3000\u3000",
        notes="a residents' site news item with no record title; a grid-worker box; the title found on the page and glued to its lead; a photo caption line; the posting date",
        page="""
!m 铑岭社区之窗　｜　居民之家
!m 首页 » 社区动态
!m 2025-01-24　社区新时代文明实践站
⟦t 社区志愿者与老人一起熬芝麻糖迎新春⟧{BODY}
!m （社区供图）
!w 网格员 陶慧　联系电话 18807362231　有事请找网格员
!l 返回社区动态
""",
        body="""
1月23日，社区志愿者来到社区养老服务站，与二十多位老人一起熬芝麻糖、迎新春。
老人们手把手教志愿者炒芝麻、熬糖稀、压糖片，屋子里飘满了芝麻香。
做好的芝麻糖分装成小袋，由志愿者送到辖区的独居老人家中。
""",
    ),
]
