"""holdout38, part F: a pickle factory's recall notice, a forklift school on one line, a township
culture station head's report in an app reader, an interview answer on an exam forum, a biogas
Q&A, a blind-massage centre's plan on a cloud drive, a martial-arts association in a text cache,
a winter-swimming association's print view, a dragon-and-lion dance letter by mail, a flower
market news item, a herb-industry speech in a wrapped 文库 preview. All invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import modern  # noqa: E402

CASES = [
    dict(
        slug="corp-jiangcai-recall-text-400",
        site="莳湾酱园食品有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.shiwan-jiangyuan.example.com/news/gg/2025-0519.html",
        title="关于主动召回部分批次袋装榨菜的公告",
        date="2025-05-19",
        notes="corporate page; the company's own 召回专线 kept in the body next to the site's 400 line and online-shop prompt; a batch table",
        page="""
!m 莳湾酱园 · 百年老酱园
!m 首页 ｜ 品牌故事 ｜ 产品系列 ｜ 新闻公告 ｜ 联系我们
{T}
!m 新闻公告　2025-05-19
{BODY}
!a 🛒 进入官方旗舰店
!m 客户服务热线：400-076-9900　　©莳湾酱园食品有限公司
""",
        body="""
近日，我公司在自查中发现部分批次袋装榨菜的标签标注的净含量与实际不符。为保障消费者权益，公司决定主动召回下列批次产品。
产品名称　规格　生产批号
鲜脆榨菜丝　80克/袋　20250402A
香辣榨菜片　100克/袋　20250406B
已购买上述产品的消费者，可凭产品包装到原购买点办理退货，或拨打召回专线0743-5582210。
莳湾酱园食品有限公司
2025年5月19日
""",
    ),
    dict(
        slug="training-chache-notice-oneline",
        site="顺达叉车培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.shunda-chache.example.cn/news/31.html",
        title="2025年第四期叉车司机培训班开班通知",
        date="2025-08-25",
        notes="training school page, the whole body on one line; consult QR and 'sign up online' prompts as chrome; the school's own 报名电话 kept",
        oneline=True,
        indent="　　",
        page="""
!m 顺达叉车培训学校 —— 持证上岗 就业无忧
!m 学校新闻 / 2025-08-25
{T}
{BODY}
!w 扫一扫，加招生老师微信，了解学费优惠
!a 在线报名 ＞＞
""",
        body="""
各位学员：
本校2025年第四期叉车司机培训班定于9月1日开班，培训时间二十天，理论和实操相结合，考试合格后取得特种设备作业人员证。
报名需携带身份证复印件和一寸照片四张。报名电话：0736-7719955。
顺达叉车培训学校
2025年8月25日
""",
    ),
    dict(
        slug="app-wenhuazhan-report-html-reader",
        site="公文助手App阅读页 (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.gongwenzhushou.example.com/read/772100?share=1",
        title="乡镇综合文化站站长2025年述职报告",
        record_title="乡镇综合文化站站长2025年述职报告（精编版·可修改）",
        date=None,
        notes="app reader page; decorated title; template placeholders (××镇, ××××年××月××日) are no date; an unlock prompt between paragraphs as its own line; download-app bar",
        page=modern(
            "乡镇综合文化站站长2025年述职报告（精编版·可修改）",
            top='⟦a 打开公文助手App，海量模板免费用⟧ ⟦a 立即打开⟧',
            info='⟦m 公文助手 · 述职报告　｜　1.2万人已用⟧',
            after='<div>⟦a 一键套用模板⟧ ⟦a 导出Word⟧</div><div>⟦l 大家还在看：文化站工作总结　村级文化管理员述职⟧</div>',
            foot='⟦d 模板由平台用户创作，仅供参考。⟧',
        ),
        body="""
一年来，在××镇党委、政府的领导下，我认真履行文化站站长职责，现将工作情况报告如下。
一、组织群众文化活动三十余场，参与群众八千余人次。
⟦a 🔒 剩余内容解锁后可见（看广告30秒免费解锁）⟧
二、指导村级文化活动室开展活动，新建农家书屋阅读角五个。
三、不足之处是活动形式还不够新颖，明年将引入更多青年喜爱的文化项目。
述职人：×××
××××年××月××日
""",
    ),
    dict(
        slug="gkforum-yexiao-answer-html-jammer",
        site="考公帮论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.kaogongbang.example.com/thread-30991-1-1.html",
        title="结构化面试真题：如何办好乡村夜校",
        record_title="[面试真题] 结构化面试真题：如何办好乡村夜校 - 面试交流 - 考公帮论坛",
        date="2025-03-30",
        notes="exam forum with jammer fonts; decorated title; the post's 发表于 is the page's date; a 'reply to see the reference answer' box and a VIP course ad as chrome",
        junk=dict(lines=2, glued=1),
        page=modern(
            "[面试真题] 结构化面试真题：如何办好乡村夜校 - 面试交流 - 考公帮论坛",
            top='⟦m 考公帮论坛⟧ ⟦a 登录 | 注册⟧',
            nav='⟦m 首页　行测　申论　面试交流　资料下载⟧',
            crumb='⟦m 考公帮论坛 › 面试交流⟧',
            info='⟦m 楼主：上岸小锦鲤　发表于 2025-3-30 22:41⟧',
            after='<div>⟦a 【面试VIP课】名师一对一点评，点此报名⟧</div><div>⟦l 回复　收藏　评分　举报⟧</div>',
            side='⟦m 新手上路　积分 62⟧',
            foot='⟦m Powered by Discuz!　考公帮⟧',
        ),
        body="""
题目：你所在的乡镇计划开办乡村夜校，领导让你负责，你会怎么做？
我的答题思路如下。
首先，开展需求调研，通过入户走访、问卷调查了解村民最想学什么，比如种养技术、电商直播、防诈骗知识。
其次，整合师资，邀请农技人员、致富能手、返乡大学生担任老师，课程安排在晚上七点以后。
最后，建立激励机制，对坚持学习的村民给予积分奖励，持续提高参与度。
""",
    ),
    dict(
        slug="wikiqa-zhaoqi-answer-text",
        site="农知百科问答 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenda.nongzhi-baike.example.com/q/38812.html",
        title="农村沼气池清理时要注意哪些安全事项？",
        record_title=None,
        date=None,
        notes="encyclopaedia-style Q&A page, no record title; the question on the page; an expert card and an 'answered 1个月前' stamp (no date); an example date inside a sentence is no date",
        page="""
!m 农知百科 · 问答
{T}
!m 专家答　｜　农业技术推广研究员 秦守田　｜　回答于 1个月前
{BODY}
!l 有帮助(41)　　无帮助(0)
!l 相关词条：户用沼气　沼液利用　沼气安全
!d 以上内容仅供参考，实际操作请遵守当地农业部门的技术规范。
""",
        body="""
清理沼气池是危险作业，必须做好以下几点。
一是充分通风。清理前揭开活动盖，用鼓风机通风一天以上，并用小动物做试验，确认池内安全后方可下池。
二是有人监护。下池人员必须系好安全绳，池外至少有两人监护，严禁单人作业。
三是禁止明火。池内照明只能用手电筒或防爆灯，不得使用油灯、蜡烛。
例如某地曾在2019年4月发生过一起清池窒息事故，教训十分深刻。
""",
    ),
    dict(
        slug="netdisk-mangren-anmo-plan-html",
        site="云栈网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://yunzhan-pan.example.com/share/init?surl=Qx81Lm",
        title="蒲云县盲人按摩指导中心2025年技能培训实施方案",
        record_title="蒲云县盲人按摩指导中心2025年技能培训实施方案.docx",
        date="2025-02-28",
        notes="cloud-drive document preview; file-name title; share and expiry stamps are no dates; a training-session table; the 成文日期 under the signature",
        page=modern(
            "蒲云县盲人按摩指导中心2025年技能培训实施方案.docx_免费高速下载|云栈网盘",
            top='⟦m 云栈网盘　安全稳定的云存储⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧',
            info='⟦m 分享于 2025-03-06 14:20　　失效时间：永久有效　　浏览 53 次⟧',
            before='<div>⟦a 保存到网盘　　下载 (36KB)　　举报⟧</div>',
            after='<div>⟦a 文件预览仅供参考，请下载后查看完整格式⟧</div>',
            side='⟦l 该用户的其他分享：按摩师岗位职责.docx　中心年度工作总结.pdf⟧',
            foot='⟦d 云栈网盘严厉打击违法违规内容的上传和分享。⟧ ⟦m ©2025 云栈网盘⟧',
        ),
        body="""
为提高全县盲人保健按摩从业人员的技能水平，帮助更多视力残疾人稳定就业，制定本方案。
一、培训对象：全县持有残疾人证的视力残疾人，年龄在十八至五十五周岁之间。
二、培训安排
期次　时间　人数
第一期　4月7日至4月30日　20人
第二期　9月8日至9月30日　20人
三、培训内容以保健按摩基础理论、常见病按摩手法和职业道德为主，培训合格后推荐上岗。
蒲云县盲人按摩指导中心
2025年2月28日
""",
    ),
    dict(
        slug="snapshot-wushu-rules-text-cache",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="规程",
        kind="other",
        form="text",
        source="http://kuaisou.example.com/cache?q=wushu.eshan.example.org/bs/2025.html",
        title="莪山县第七届传统武术比赛竞赛规程",
        record_title="莪山县第七届传统武术比赛竞赛规程 - 快搜快照",
        date="2025-07-10",
        notes="text-only cache; the snapshot banner with a crawl stamp (no date); the original site's nav as meta; decimal headings 1.1/1.2 kept; 成文日期 at the end",
        page="""
!m 【快搜快照】您访问的是网页 wushu.eshan.example.org/bs/2025.html 在 2025年8月2日 的存档
!m 快照仅为纯文本，图片及样式已省略。　　查看原网页 ›
!m 莪山县武术协会　首页　赛事公告　拳种介绍
{T}
{BODY}
!m 莪山县武术协会　联系邮箱：wsxh@eshan.example.org
""",
        body="""
1 比赛时间和地点
1.1 比赛时间：2025年8月16日至17日。
1.2 比赛地点：莪山县全民健身中心体育馆。
2 比赛项目
设拳术、器械、对练三个大项，分少年组、青年组和中老年组。
3 报名办法
各单位于8月5日前将报名表报送县武术协会，逾期不予受理。
莪山县武术协会
2025年7月10日
""",
    ),
    dict(
        slug="print-dongyong-notice-html-printview",
        site="苈湖县冬泳协会 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lihu-dongyong.example.org/print.asp?id=219",
        title="关于冬泳活动安全管理的通知",
        record_title="关于冬泳活动安全管理的通知 [打印版]",
        date="2025-11-28",
        notes="print view: a 'print / close' row, the page URL and print stamp at the foot (no dates); the association's own 值班电话 kept; numbered list",
        page=modern(
            "关于冬泳活动安全管理的通知 [打印版]",
            top='⟦m 苈湖县冬泳协会⟧ ⟦a [ 打印 ]　[ 关闭 ]⟧',
            info='⟦m 发布日期：2025-11-28⟧',
            after='<hr><p>⟦m 本页地址：https://www.lihu-dongyong.example.org/news/219.html⟧</p><p>⟦m 打印于 2025-12-02 07:51⟧</p>',
            foot='',
        ),
        body="""
各冬泳队、全体会员：
入冬以来气温下降明显，为确保冬泳活动安全，现就有关事项通知如下。
1．冬泳须在协会划定的水域内进行，严禁单独下水。
2．水温低于五摄氏度时，每次下水时间不超过五分钟。
3．患有心脑血管疾病的会员不得参加冬泳。
4．各队每次活动须安排安全员岸上值守。协会值班电话：0731-8216650。
苈湖县冬泳协会
2025年11月28日
""",
    ),
    dict(
        slug="mail-longshi-letter-reply-chain",
        site="蓝鲸企业邮 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://mail.lanjing.example.com/read/20250210-07",
        title="关于商请派出龙狮队参加元宵民俗巡游的函",
        record_title="Fw: 关于商请派出龙狮队参加元宵民俗巡游的函",
        date="2025-02-08",
        date_also=["2025-02-10"],
        notes="forwarded mail with a reply above it (the reply is chrome); mail headers as meta; the letter's own 附件 and 联系人 kept; letter date expected, forward date also",
        page="""
!w 好的，已转给队长，请他直接对接。——小聂
!m -------- Forwarded message --------
!m From: 蕺阳县文化馆 <whg_zy@example.gov.cn>
!m Date: Mon, 10 Feb 2025 09:14
!m To: 蕺阳县龙狮协会 <longshi@example.org>
!m Subject: 关于商请派出龙狮队参加元宵民俗巡游的函
{BODY}
!m 📎 附件 1 个：巡游路线图.jpg（预览　下载）
!d 本邮件由蓝鲸企业邮发送，请注意辨别邮件来源，谨防诈骗。
""",
        body="""
蕺阳县龙狮协会：
为欢度元宵佳节，我馆定于2月12日晚举办元宵民俗巡游活动。商请贵会派出舞龙队、舞狮队各一支参加巡游，每支队伍不超过二十人。
巡游于当晚18时30分从人民广场出发，全程约两公里。
附件：巡游路线图
联系人：沈嘉禾，电话：0736-7220391
蕺阳县文化馆
2025年2月8日
""",
    ),
    dict(
        slug="news-huahui-market-text-related",
        site="蕨川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.fanchuan-news.example.cn/bd/2026-01/22/content_44182.html",
        title="蕨川县花卉市场年宵花销售火热",
        record_title="蕨川县花卉市场年宵花销售火热_蕨川新闻网",
        date="2026-01-22",
        notes="news text page; site suffix; byline with 来源 and a reporter; related-news box in its own words between paragraphs; 'share to' bar",
        page="""
!m 蕨川新闻网　｜　本地新闻
{T}
!m 2026-01-22 08:05:16　　来源：蕨川日报　　记者 韦思远
!a 字体：大　中　小　　分享到：
{BODY}
!l 【看了又看】蕨川县年货节开幕　城区新增三处便民市场
!m （编辑：丁一）
""",
        body="""
春节临近，蕨川县花卉市场迎来销售旺季。蝴蝶兰、富贵竹、金橘等年宵花摆满摊位，前来选购的市民络绎不绝。
“今年蝴蝶兰卖得最好，一盆五株的卖一百六十元。”花农卜大姐一边打包一边说。
⟦l ▶ 相关：年宵花怎么养才能开得久？⟧
据市场管理方介绍，今年年宵花上市量比去年增加两成左右，价格总体平稳。
""",
    ),
    dict(
        slug="wenku-zhongyaocai-speech-wrapped-markers",
        site="百川文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wenku.baichuan-doc.example.com/view/3c1f88e2a0.html",
        title="在全县中药材产业发展推进会上的讲话",
        record_title="在全县中药材产业发展推进会上的讲话 - 百川文库",
        date="2025-03-12",
        notes="文库 preview, hard-wrapped at 68 columns; page markers ▸Pn glued or not between wrapped lines; date under the speech title and a speaker line (neutral)",
        wrap=68,
        indent="　　",
        pages=dict(fmt="▸P{n}", every=130, start=2, glue="mix"),
        page="""
!m 百川文库　｜　讲话致辞
!m 页数 5　　收藏 12　　下载 31
{T}
县委副书记、县长　俞振邦
（2025年3月12日）
{BODY}
!a 文档试读已结束，开通文库会员可免费下载全文
""",
        body="""
同志们：
今天召开全县中药材产业发展推进会，主要任务是总结去年工作，部署今年任务。
去年，全县中药材种植面积达到八万六千亩，综合产值十四亿元，黄精、玉竹两个品种获得国家地理标志认证。
今年，我们要重点抓好三件事：一是扩大标准化种植基地，新增面积一万亩；二是引进精深加工企业，延长产业链条；三是培育区域公用品牌，提高市场竞争力。
同志们，中药材产业是我县乡村振兴的主导产业，希望大家攻坚克难，确保完成全年目标任务。
""",
    ),
]
