"""holdout45, part B: WeChat mirrors, sharing pages, education portals, intranets, Q&A sites and
personal collections — a peanut co-op and its oil press, a watch-and-clock repair association, a
brush-makers' association, a tugboat company's intranet, an ancient-bridge office. All invented."""

CASES = [
    dict(
        slug="wechat-zhenyuan-peanut-letter-mirror",
        site="榛垣花生合作社 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://wx.mirror-reader.example.com/s/ZhenYuanHS_0521",
        title="致全体社员的一封信",
        record_title="致全体社员的一封信｜榛垣花生",
        date="2025-05-21",
        notes="WeChat-style mirror: account line with a date, original tag, a follow card, 在看/赞 row, a reward row, the letter's own sentence about 扫码 kept",
        page="""
<html><head><title>致全体社员的一封信｜榛垣花生</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 原创　榛垣花生专业合作社　2025年05月21日 17:30　山东⟧</div>
<div class="follow">⟦a 👆点击上方蓝字，关注我们，了解花生种植新技术⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者 · 赞赏⟧</div>
<div class="tool">⟦l 阅读 1,204　　赞 36　　在看 9　　写留言⟧</div>
<div class="qr">⟦a 长按识别二维码关注“榛垣花生”⟧</div>
<div class="mirror">⟦d 本页面由镜像站自动生成，内容版权归原公众号所有⟧</div>
</div></body></html>
""",
        body="""
各位社员：
今年春播即将开始，为保证花生品质，合作社统一供应高油酸花生种子，每斤比市场价优惠一元。
请大家在5月28日前到合作社办公室登记需种面积，也可扫描社里张贴的二维码在线登记。
合作社将在播种后组织技术员下地指导，秋收后按保护价统一收购，请大家放心种植。
榛垣花生专业合作社
2025年5月21日
""",
    ),
    dict(
        slug="wechat-zhongbu-watch-speech-text",
        site="钟埠钟表维修协会 公众号文章 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://mp.wx-archive.example.net/zbzbxh/20250908",
        title="在钟埠县钟表维修行业协会成立十周年座谈会上的讲话",
        record_title="在钟埠县钟表维修行业协会成立十周年座谈会上的讲话",
        date="2025-09-06",
        notes="a mirror in text: the date under the speech title in Chinese numerals while the account line is later (accepted); speaker line neutral; a 'read more' and 在看 line between paragraphs",
        date_also=["2025-09-08"],
        page="""
!m 钟表匠之家　2025-09-08
!a 点击蓝字 ↑ 关注「钟表匠之家」
{T}
会长　蒋立昌
（二〇二五年九月六日）
{BODY}
!l 往期回顾：老手表保养的五个误区｜协会举办青年技师比武
!a 觉得有用就点个「在看」吧
""",
        body="""
各位会员，各位老师傅：
十年前，全县十几家修表铺的师傅们聚在一起，成立了我们这个协会。
十年来，协会组织技能培训二十四期，帮助六十多名年轻人学会了修表手艺。
⟦l ▼ 更多精彩，点击下方“阅读原文”⟧
今后，协会要继续做好老师傅带徒弟的工作，把这门手艺一代一代传下去。
谢谢大家！
""",
    ),
    dict(
        slug="docshare-gongling-bridge-report-bracket-markers",
        site="拱岭资料共享网 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.gongling-ziliao.example.com/d/441807",
        title="关于全县古石桥保护现状的调研报告",
        record_title="关于全县古石桥保护现状的调研报告（精编版）",
        date="2025-06-30",
        notes="page markers ⟅2⟆ glued or not cutting sentences; a seller's shop line and points price; decorated title; 成文日期 at the end",
        pages=dict(fmt="⟅{n}⟆", every=70, start=2, glue="mix"),
        page="""
!m 拱岭资料共享网　共享知识，成就你我
!m 资料分类 » 调研报告 » 文化旅游
!t 关于全县古石桥保护现状的调研报告（精编版）
!m 店铺：桥上书屋　积分：8　文件大小：46KB
{BODY}
!a 积分不够？完成每日签到可领取积分 →
!d 用户上传的资料仅供学习参考，本站不保证其真实性与完整性。
""",
        body="""
今年上半年，县政协文史委组成调研组，对全县古石桥保护现状进行了专题调研。
调研组实地察看了永济桥、迎仙桥、三孔桥等十四座古石桥，走访沿线村民五十余户。
调研发现，部分古桥存在桥面杂草丛生、栏板缺失、违规通行重型车辆等问题，日常管护责任落实不到位。
调研组建议，建立桥长制，每座古桥明确一名管护责任人；对损毁严重的古桥争取省级文物保护资金修缮。
县政协文史委调研组
2025年6月30日
""",
    ),
    dict(
        slug="docshare-zihao-brush-rules-html",
        site="知文共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.zhiwengx.example.com/doc/2207734.html",
        title="紫毫笔庄原料仓库管理制度",
        record_title="紫毫笔庄原料仓库管理制度.doc",
        date=None,
        notes="file-name title; a sharing page with a download button box, uploader line with an upload date (no date), rules numbered by 第…条 and speaking of 登记/复印 as content",
        page="""
<html><head><title>紫毫笔庄原料仓库管理制度.doc-知文共享</title></head><body>
<div class="hd">⟦m 知文共享⟧ ⟦m 首页 › 管理制度 › 仓储管理⟧</div>
<h1>{T}</h1>
<div class="up">⟦m 上传者：笔庄小张　上传时间：2025-04-11　浏览 87　下载 6⟧</div>
<div class="doc">
{BODY}
</div>
<div class="dl">⟦a 下载本文档（.doc，19KB）　需要 3 积分⟧</div>
<div class="more"><b>⟦l 你可能感兴趣⟧</b> <a>⟦l 手工作坊安全生产制度⟧</a> <a>⟦l 原材料出入库登记表⟧</a></div>
<div class="ft">⟦d 如发现侵权内容，请联系客服删除⟧ ⟦m 客服邮箱 kefu@zhiwengx.example.com⟧</div>
</body></html>
""",
        body="""
第一条　为加强笔庄原料仓库管理，防止羊毛、狼毫等原料霉变、虫蛀和丢失，制定本制度。
第二条　原料入库时，保管员应当核对品种、数量和等级，逐笔登记入库台账。
第三条　原料出库凭车间领料单办理，领料单一式两联，一联复印存档。
第四条　仓库保持通风干燥，每月放置防虫药包一次，梅雨季节每周检查一次。
第五条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="edu-beitang-school-notice-html-table",
        site="碑塘县教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jy.beitang.example.gov.cn/tzgg/2025/1008/3130.html",
        title="关于组织开展“碑拓进校园”活动的通知",
        record_title="关于组织开展“碑拓进校园”活动的通知",
        date="2025-10-08",
        notes="education portal, old layout: schedule table rows kept, the notice's contact beside the bureau's supervision hotline, 附件 list kept, document number neutral",
        page="""
<html><head><title>碑塘县教育网</title></head><body>
<table width="100%"><tr><td>⟦m 碑塘县教育网⟧</td><td>⟦m 今天是：⟧<script>document.write(new Date())</script></td></tr></table>
<div>⟦m 首页 | 教育新闻 | 通知公告 | 教研之窗 | 校园风采⟧</div>
<h2>{T}</h2>
<div>⟦m 作者：基教股　点击数：263　更新时间：2025/10/8⟧</div>
<p>碑教通〔2025〕41号</p>
{BODY}
<div>⟦l 【发表评论】【加入收藏】【告诉好友】【关闭窗口】⟧</div>
<div>⟦m 监督电话：0831-5512000⟧ ⟦m 版权所有：碑塘县教育局⟧</div>
</body></html>
""",
        body="""
各中小学校：
为弘扬传统文化，县教育局联合县碑拓研究会开展“碑拓进校园”活动，现将有关事项通知如下。
一、活动安排
学校　时间　内容
县实验小学　10月15日　拓片展示与体验
县第二中学　10月22日　碑刻知识讲座
城关镇中心小学　10月29日　拓片展示与体验
二、各校要安排好场地和学生，活动时间不得占用正常课时。
联系人：基教股　孟小琳，电话：0831-5512136。
附件：1.活动回执
2.拓片体验安全须知
碑塘县教育局
2025年10月8日
""",
    ),
    dict(
        slug="edu-shunping-vocational-plan-text",
        site="榫坪职业中专 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.spzz.example.edu.cn/jwc/2025/0901/672.html",
        title="木工专业校企合作实训方案",
        record_title="【教务处】木工专业校企合作实训方案",
        date=None,
        notes="school site: decorated title; no date (a 2025-2026 school year in the text only, an update stamp in the chrome); a QR prompt about the school's account; numbered list kept",
        page="""
!m 榫坪县职业中等专业学校
!m 学校首页 >> 教务管理 >> 实训教学
!t 【教务处】木工专业校企合作实训方案
!m 最后更新：2025-09-01 16:22　点击：94
{BODY}
!a 扫码关注学校微信公众号，获取更多招生信息
!m Copyright 2025 榫坪县职业中等专业学校　技术支持：榫坪网络
""",
        body="""
为提高木工专业学生的动手能力，本学年起与县内三家木作企业开展校企合作实训。
1. 实训对象：木工专业二年级学生，共两个班八十六人。
2. 实训形式：每周安排一天到企业车间跟岗，由企业师傅和专业教师共同指导。
3. 考核办法：实训成绩由企业评价和学校考核两部分组成，各占百分之五十。
4. 安全保障：学校为每名实训学生购买意外伤害保险，企业负责车间安全培训。
""",
    ),
    dict(
        slug="oa-lanwan-tug-duty-notice-html",
        site="缆湾港拖轮公司协同办公平台 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.lwtug.example.local/doc/view.do?id=20250714003",
        title="关于做好第5号台风防御值守工作的通知",
        record_title="关于做好第5号台风防御值守工作的通知",
        date="2025-07-14",
        notes="intranet view: a 流转记录 and read counts after the text, a toolbar with 打印/转发/归档, a watermark line; a duty table and the notice's own 值班电话 kept",
        page="""
<html><head><title>协同办公平台 - 公文查看</title></head><body>
<div class="oa-top">⟦m 缆湾港拖轮有限公司协同办公平台⟧ ⟦m 欢迎您，调度室 许峰⟧ ⟦a 退出⟧</div>
<div class="toolbar">⟦a 打印　转发　归档　关闭⟧</div>
<div class="docinfo">⟦m 拟稿：安全部　核稿：陈华　签发：吴振东⟧</div>
<h3>{T}</h3>
{BODY}
<div class="flow"><b>⟦l 流转记录⟧</b><p>⟦l 2025-07-14 10:12 安全部 发起⟧</p><p>⟦l 2025-07-14 10:40 总经理 已签发⟧</p></div>
<div class="read">⟦m 已阅 46 人，未阅 3 人⟧</div>
<div class="wm">⟦d 内部资料　严禁外传⟧</div>
</body></html>
""",
        body="""
各拖轮、各部门：
据气象部门预报，今年第5号台风将于7月16日前后影响我港，为做好防御工作，现将有关事项通知如下。
一、7月15日18时前，各拖轮完成加油加水，检查锚机、缆绳和应急设备。
二、台风影响期间实行二十四小时值班，值班安排如下：
日期　值班领导　值班拖轮
7月15日　吴振东　缆港拖3
7月16日　陈华　缆港拖5
三、值班电话：0596-3308811，遇紧急情况立即报告。
安全部
2025年7月14日
""",
    ),
    dict(
        slug="oa-guxi-net-minutes-text-export",
        site="罟溪绳网厂OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://192.168.10.8/oa/meeting/2025/031",
        title="罟溪绳网厂安全生产例会纪要",
        record_title="罟溪绳网厂安全生产例会纪要",
        date="2025-03-12",
        notes="an OA export: export stamp (no date), an approval trail at the end, minutes' 时间/地点/主持/参会/记录 lines kept; 印发 date at the end",
        page="""
!m 罟溪绳网厂办公自动化系统　导出时间：2025-03-20 08:15
!m 文档编号：AQ-2025-031　密级：内部
{T}
{BODY}
!l 审批记录：生产科 李军 同意 2025-03-12 16:30 ｜ 厂长 周国富 同意 2025-03-12 17:05
!a [返回列表]　[导出PDF]　[打印]
""",
        body="""
时间：2025年3月11日上午9时
地点：厂部二楼会议室
主持：周国富
参会：各车间主任、安全员
记录：李军
会议通报了二月份安全检查情况，织网车间存在通道堆放网片、灭火器过期两项问题，已于当日整改。
会议要求，各车间每天开工前检查织网机防护罩，严禁带电清理线头。
罟溪绳网厂办公室　2025年3月12日印发
""",
    ),
    dict(
        slug="qa-zhenyuan-peanut-answer-text",
        site="农事问答网 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.nongshiwd.example.com/q/882104.html",
        title="花生播种后多久出苗？出苗不齐怎么办？",
        record_title="花生播种后多久出苗？出苗不齐怎么办？急！！",
        date="2025-05-03",
        notes="a question as the title with a poster's aside; the answer's 回答于 line as the page date; vote row and 'other answers' box; relative time of the question no date",
        page="""
!m 农事问答网 > 种植 > 油料作物
!t 花生播种后多久出苗？出苗不齐怎么办？急！！
!m 提问者：榛垣种植户　2天前　浏览 1340
!l 我来回答　　邀请专家
!m 最佳答案　榛垣花生合作社技术员 回答于 2025-05-03
{BODY}
!l 有用(58)　没用(2)　评论
!l 其他回答（3）：看天气吧，温度上来就出了
!d 回答内容仅代表个人观点，请结合当地实际参考
""",
        body="""
正常情况下，地温稳定在十五度以上时，花生播种后七到十天就能出苗。
出苗不齐主要有三个原因：一是种子质量差，二是播种过深或覆土不匀，三是土壤墒情不足。
建议及时查苗补种，缺苗处用催好芽的种子补种，天旱时先浇水再补种。
今后播种前要做好发芽试验，发芽率低于九成的种子不要用。
""",
    ),
    dict(
        slug="qa-zhongbu-clock-request-sample-html",
        site="公文问答吧 (invented)",
        style="问答社区",
        genre="请示",
        kind="request",
        form="html",
        source="https://ask.gwwdb.example.com/question/120774",
        title="关于申请老钟楼修缮经费的请示怎么写",
        record_title=None,
        date=None,
        notes="no record title: the question heading found on the page; the answer gives a sample 请示 with ×× placeholders and a 20××年×月×日 line (no date); an asker line with a relative time",
        page="""
<html><head><title>公文问答吧</title></head><body>
<div class="head">⟦m 公文问答吧⟧ ⟦a 提问⟧ ⟦a 登录⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 网友 钟埠小文书 · 5天前⟧</p><p>⟦l 关注问题　写回答　邀请回答⟧</p></div>
<div class="ans"><div>⟦m 答主：公文老把式　回答数 2120⟧</div>
{BODY}
<div>⟦l 赞同 43　　收藏　　分享　　举报⟧</div></div>
<div class="side"><h4>⟦l 相关问题⟧</h4><p>⟦l 请示和报告有什么区别？⟧</p><p>⟦l 请示的结尾怎么写？⟧</p></div>
<div class="ft">⟦d 本站回答仅供参考，不构成任何专业意见⟧</div>
</body></html>
""",
        body="""
请示要一文一事，写清事由、请求事项和依据。给你一个样稿，按实际情况改就行：
关于申请老钟楼修缮经费的请示
县财政局：
我镇老钟楼建于1934年，机芯和外墙损坏严重，经测算修缮需要经费××万元，镇财政难以全额承担。
特申请县财政补助修缮经费××万元，妥否，请批示。
××镇人民政府
20××年×月×日
""",
    ),
    dict(
        slug="anthology-lanwan-captain-essays-text",
        site="老船长文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://wenji.example.org/laochuanzhang/juan2/14.html",
        title="在缆湾港第一艘拖轮首航仪式上的讲话",
        record_title="《海上四十年》卷二·第十四篇｜在缆湾港第一艘拖轮首航仪式上的讲话",
        date="1987-06-18",
        notes="a retired captain's collection: decorated record title with the collection's name, a chapter nav, a 写于 line of a later retyping (not the date), the date under the speech title",
        page="""
!m 老船长文集　《海上四十年》
!l 目录　｜　上一篇：初上拖轮　｜　下一篇：那年的台风
{T}
（1987年6月18日）
{BODY}
!m 二〇一九年冬据旧稿录入
!l 本卷共二十篇，当前第十四篇
!d 文集内容为作者个人回忆，转载请注明出处
""",
        body="""
同志们，同志们：
今天，我们港第一艘拖轮“缆港一号”正式首航了。
过去大船靠码头，全靠船员自己慢慢挪，一条船靠一次要两三个钟头。
有了拖轮，大船靠离码头又快又稳，这是我们港口建设的一件大事。
希望全体船员爱船如家，钻研技术，安全航行，为港口多作贡献。
""",
    ),
    dict(
        slug="anthology-gongling-bridge-notes-oneline",
        site="桥痴随笔 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://qiaochi.example.net/essays/yongji.html",
        title="守桥十年的几点体会",
        record_title="桥痴随笔之七：守桥十年的几点体会",
        date=None,
        notes="on one line with an indent between paragraphs; a collection page with a year only in a sentence; no date; a reader count and a 'previous/next' row",
        oneline=True,
        indent="　　",
        page="""
!m 桥痴随笔 · 一个古桥文保员的笔记
!t 桥痴随笔之七：守桥十年的几点体会
{BODY}
!m 阅读 562
!l ← 之六：洪水过后的永济桥　｜　之八：给古桥除草 →
""",
        body="""
从2015年当上永济桥的文保员，到现在整整十年了。
第一点体会是，守桥要勤。下雨要去看，涨水要去看，逢年过节人多更要去看。
第二点体会是，守桥要懂。拱券哪里有老裂缝，哪块栏板是后补的，心里都要有数。
第三点体会是，守桥要靠大家。村里老人、放学的孩子，看到有车上桥都会来告诉我。
""",
    ),
]
