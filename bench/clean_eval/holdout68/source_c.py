"""holdout68, part C: mountain rescue and rock climbing (山地救援、攀岩) — a volunteer rescue
team, climbing gyms and contests, a scenic-area closure, a rescue-cost essay, an outdoor
safety lecture. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="app-moxie-rescue-team-summary-share",
        site="墨写APP 分享页 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://h5.moxie-app.example.com/share/doc?id=a71f02c9",
        title="桕岭县蓝山救援队2024年工作总结",
        record_title="桕岭县蓝山救援队2024年工作总结｜墨写APP",
        date="2024-12-30",
        notes="writing-app share page: open-in-app banner, AI-rewrite and copy buttons, a member line glued after a paragraph; 成文日期",
        page="""
!a 打开墨写APP，查看更多范文
!t 桕岭县蓝山救援队2024年工作总结｜墨写APP
!m 墨写·公文写作助手　　3.2万人看过
{BODY}
!a 一键AI改写　　复制全文
!l 你可能还需要：救援队年度计划｜志愿服务总结
""",
        body="""
2024年，我队在县应急管理局指导下，共参与山地搜救、溺水救援等任务三十七次，成功救助被困群众五十二人。
一是队伍建设更加规范，新招募队员二十一名，全员完成急救员培训。⟦a 开通会员，解锁全部范文⟧
二是装备保障持续加强，新增绳索救援装备两套、热成像无人机一架。
三是宣传教育深入开展，走进学校和景区开展户外安全宣讲十六场。
桕岭县蓝山救援队
2024年12月30日
""",
    ),
    dict(
        slug="gkforum-yuting-rescue-cost-essay-hidden-html",
        site="榆汀公考交流社区 (invented)",
        style="公考论坛",
        genre="申论",
        kind="essay",
        form="html",
        source="http://bbs.ytgk.example.com/thread-90231-1-1.html",
        title="驴友被困救援该不该收费",
        record_title="[申论热点] 驴友被困救援该不该收费（附写作思路） - 申论专区 - 榆汀公考交流社区",
        date=None,
        notes="exam forum with a hidden-content box, rating row and jammer fonts; an essay without a date; post time relative",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[申论热点] 驴友被困救援该不该收费（附写作思路） - 申论专区 - 榆汀公考交流社区</title></head><body>
<div class="hd">⟦m 榆汀公考交流社区　上岸从这里开始⟧</div>
<div class="pt">⟦m 社区首页 › 申论专区 › 热点范文⟧</div>
<h1>⟦t [申论热点] 驴友被困救援该不该收费（附写作思路）⟧</h1>
<div class="authi">⟦m 岸上见 发表于 3 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖写作思路部分回复后可见⟧</div>
<div class="rate">⟦l 评分　参与人数 6　金币 +18　收起理由⟧</div>
<div class="ft">⟦m 站长QQ群：603118277⟧</div>
</body></html>
""",
        body="""
近年来，驴友擅闯未开发区域被困的事件时有发生，“救援该不该收费”引发社会热议。
生命至上是救援的基本原则，任何时候都不能因为费用问题延误救援。
但对无视禁令、擅自进入封闭区域的行为，依法实行有偿救援，有助于增强户外活动者的规则意识。
治理的关键在于事前预防，应完善景区和山区的警示标识，加强户外安全教育，形成政府、景区、个人共担责任的格局。
""",
    ),
    dict(
        slug="baike-mountain-rescue-entry-example-date",
        site="椴水百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="entry",
        form="text",
        source="https://baike.duanshui.example.com/item/山地救援/40712",
        title="山地救援",
        record_title="山地救援_椴水百科",
        date=None,
        notes="an encyclopaedia entry: an example date inside a sentence is no date; edit links, a table of contents, references and a 'last edited' stamp",
        page="""
!m 椴水百科　　全球中文知识平台
!a 编辑词条　　收藏　　分享
{T}
!m 本词条由椴水百科网友共同编辑　　浏览次数：4,801
!l 目录　1 概述　2 主要技术　3 相关规定
{BODY}
!l 参考资料：[1] 山地救援技术手册. 2019
!m 词条最近更新：6天前
!d 百科内容由网友编辑，仅供参考。
""",
        body="""
山地救援是指在山区、峡谷、悬崖等复杂地形环境中，对遇险人员实施搜索、营救和转运的专业救援活动。
主要技术包括绳索技术、搜索技术、野外急救和担架转运等。
部分地区对擅自进入禁区导致遇险的人员实行有偿救援，例如某景区规定，自2020年5月1日起对违规进山被困者收取救援费用。
""",
    ),
    dict(
        slug="netdisk-chuchuan-climbing-gym-rules-pdf",
        site="楮川云盘 分享页 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://pan.chuchuan-cloud.example.com/s/1xQ9kLmr",
        title="岩上攀岩馆安全管理制度",
        record_title="岩上攀岩馆安全管理制度.pdf",
        date="2025-01-05",
        record_date="2025-01-05",
        notes="cloud-drive share page: file size, share expiry, save/download buttons, a report link; a file-name title; the rule's articles speak of 扫码/签署",
        page="""
!m 楮川云盘 | 分享文件
!t 岩上攀岩馆安全管理制度.pdf
!m 分享者：岩上小吴　　文件大小：412KB　　有效期：永久有效
!a 保存到我的云盘　　下载（412KB）
{BODY}
!l 举报　　|　　分享给好友
!d 请勿通过本站传播违法违规内容。
""",
        body="""
一、首次进馆的顾客须扫码签署安全须知，未满十四周岁的须由监护人陪同。
二、顶绳攀爬前，攀爬者与保护者须互相检查安全带、铁锁和绳结。
三、抱石区下方禁止站人、坐卧，攀爬者应在落地垫范围内活动。
四、馆内定岗安全员，发现违规行为应及时制止。
岩上攀岩馆
2025年1月5日
""",
    ),
    dict(
        slug="snapshot-jiuling-scenic-closure-notice-html",
        site="搜查网页快照 / 桕岭县应急管理局 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.souchaa.example.com/c?u=yjj.jiuling.example.gov.cn/tzgg/1207.html",
        title="关于禁止进入未开发山区开展户外活动的通告",
        date="2025-06-20",
        notes="snapshot frame: a banner with the cached time (not a date), highlighted keywords notice; the portal around it; 成文日期 as the date; an 通告's own 举报电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于禁止进入未开发山区开展户外活动的通告</title></head><body>
<div class="snap">⟦m 这是 搜查 对 http://yjj.jiuling.example.gov.cn/tzgg/1207.html 的缓存，是网页在 2025年7月8日 03:14 的快照。⟧<br>⟦m 当前页面可能已经更改。⟧　⟦a 查看当前页面⟧</div>
<div class="snap2">⟦m 您搜索的关键词已高亮：未开发山区　户外⟧</div>
<div class="gov">⟦m 桕岭县应急管理局⟧<span>⟦m 首页 | 通知公告 | 应急科普⟧</span></div>
<h2>⟦t 关于禁止进入未开发山区开展户外活动的通告⟧</h2>
{BODY}
<div class="ft">⟦m 桕岭县应急管理局主办　网站标识码3311270031⟧</div>
</body></html>
""",
        body="""
为保障人民群众生命安全，根据有关法律法规，现就禁止进入未开发山区开展户外活动通告如下：
一、自发布之日起，禁止任何单位和个人组织或擅自进入青龙峡、鹰嘴岩等未开发山区开展穿越、露营、攀岩等户外活动。
二、违反本通告擅自进入的，由相关部门依法处理。
三、发现违规进山行为，请拨打举报电话0578-6320110。
桕岭县应急管理局
2025年6月20日
""",
    ),
    dict(
        slug="print-lizhou-climbing-contest-rules-print-stamp",
        site="栎州市体育总会 打印页 (invented)",
        style="打印页",
        genre="规程",
        kind="rules",
        form="text",
        source="http://www.lztyzh.example.org.cn/print.asp?id=2217",
        title="2025年栎州市青少年攀岩锦标赛竞赛规程",
        record_title="打印 | 2025年栎州市青少年攀岩锦标赛竞赛规程",
        date="2025-04-02",
        notes="print view: print toolbar, URL and print stamp (not a date), a print footer in its own form; numbered items and a 报名 contact kept",
        page="""
!a [打印]　[关闭窗口]
!m 网址：http://www.lztyzh.example.org.cn/news/2217.html
!t 打印 | 2025年栎州市青少年攀岩锦标赛竞赛规程
{BODY}
!m 打印时间：2025/7/14 09:26
!p —— 页 1 of 1 ——
""",
        body="""
一、主办单位：栎州市体育总会、栎州市登山协会。
二、比赛时间和地点：2025年5月17日至18日，栎州市全民健身中心攀岩馆。
三、比赛项目：难度赛、速度赛、抱石赛，按年龄分为甲、乙、丙三个组别。
四、报名办法：各参赛单位于5月5日前将报名表发送至 lzdsxh@example.org，联系人：程野，电话：0757-8612049。
栎州市体育总会
2025年4月2日
""",
    ),
    dict(
        slug="mail-fwd-volunteer-rescuer-list-letter-cc",
        site="楝城邮箱 网页版 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.lincheng.example.cn/read?mid=ZC3019bd",
        title="关于报送山地救援志愿者名单的函",
        record_title="Fwd: 关于报送山地救援志愿者名单的函",
        date="2025-03-18",
        date_also=["2025-03-19"],
        notes="a forwarded mail: mail headers (发件人/收件人/抄送/时间) as meta, the letter's own 抄送 and 附件 kept; the send date differs from the letter's date",
        page="""
!m 楝城邮箱　收件箱（23）　写信　通讯录
!t Fwd: 关于报送山地救援志愿者名单的函
!m 发件人：区应急办 <yjb@lincheng.example.cn>
!m 收件人：各街道办事处
!m 时间：2025年3月19日(星期三) 上午10:02
!m ---------- 转发的邮件 ----------
{BODY}
!a 回复　回复全部　转发　删除
!d 此邮件由楝城政务邮箱发送，请勿泄露涉密信息。
""",
        body="""
各街道办事处：
为建立全区山地救援志愿者信息库，请各街道组织辖区内具有户外救援经验的志愿者填写登记表，于3月28日前报送区应急管理局。
联系人：邓小川，电话：0510-6830214，邮箱：yjzy@lincheng.example.cn。
附件：山地救援志愿者登记表
楝城市东湖区应急管理局
2025年3月18日
抄送：区志愿者协会
""",
    ),
    dict(
        slug="fanwen-shanyou-captain-report-ceil-markers-glued",
        site="山友范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://www.shanyoufw.example.com/shuzhi/8890.html",
        title="救援队队长述职报告",
        record_title="救援队队长述职报告（可编辑）_山友范文网",
        date="2025-01-08",
        notes="a 范文 page cut by ⌈N⌉ markers glued to the continuation lines; a ghost-writer line between paragraphs; 成文日期",
        pages=dict(fmt="⌈{n}⌉", every=90, start=2, glue=True),
        page="""
!m 山友范文网 → 述职报告 → 个人述职
!t 救援队队长述职报告（可编辑）
!m 字数：约600字　　更新：2025-01-09
{BODY}
!a 喜欢这篇范文？点击“收藏本文”，下次查找更方便
!l 上一篇：社区网格员述职报告　下一篇：消防中队长述职报告
""",
        body="""
一年来，我认真履行救援队队长职责，带领全体队员完成各类救援任务四十余次，现将履职情况报告如下。
一、抓训练，提升队伍战斗力。坚持每周一次技能训练、每月一次实战演练，全年组织训练五十二次。
⟦w 需要原创述职报告请联系客服微信 xie_cai_liao⟧
二、抓安全，确保救援零伤亡。每次出队前召开安全会，明确分工和撤离路线，全年无一名队员受伤。
三、存在不足。队伍夜间搜救经验仍然不足，下一步将加强夜训。
述职人：覃浩然
2025年1月8日
""",
    ),
    dict(
        slug="wenku-zhushan-outdoor-safety-lecture-html-markers",
        site="槠山学习文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://wenku.zhushan-study.example.com/view/6f0e33a1.html",
        title="在全市户外运动安全工作会议上的讲话",
        record_title="在全市户外运动安全工作会议上的讲话（通用版）",
        date="2025-05-09",
        notes="文库 reader: page markers ▹N◃ as HTML paragraphs cutting sentences, a pay box and a 'continue reading' button; speaker and a date line under the title (neutral)",
        p_html='<p class="reader-txt">{}</p>',
        pages=dict(fmt="▹{n}◃", every=110, start=2),
        page="""
<html><head><meta charset="utf-8"><title>在全市户外运动安全工作会议上的讲话（通用版） - 槠山学习文库</title></head><body>
<div class="logo">⟦m 槠山学习文库⟧</div>
<div class="doc-title">⟦t 在全市户外运动安全工作会议上的讲话（通用版）⟧</div>
<div class="doc-info">⟦m 4页　贡献者：山川行　2025-05-12上传⟧</div>
<div class="reader">
<p>副市长　钱宇航</p>
<p>（2025年5月9日）</p>
{BODY}
</div>
<div class="paybox">⟦a 还剩2页未读，继续阅读⟧<br>⟦a 限时特价：开通年卡仅需39元⟧</div>
<div class="rec">⟦l 相关推荐：户外运动安全管理办法 / 登山活动应急预案⟧</div>
</body></html>
""",
        body="""
同志们：
近年来，我市户外运动蓬勃发展，登山、攀岩、徒步的人越来越多，安全风险也随之增加。
各地各部门要落实属地管理责任，对未开发区域设置警示标志，加强巡查劝返。
体育部门要加强对户外运动俱乐部的监管，督促其依法组织活动，配备合格的领队和安全员。
应急部门要加强救援力量建设，确保一旦发生险情，能够快速响应、科学施救。
""",
    ),
    dict(
        slug="gov-qiukou-rescue-team-plan-banji",
        site="楸口市人民政府 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.qiukou.example.gov.cn/zwgk/zfwj/202502/t20250214_9013.html",
        title="楸口市社会应急救援力量建设工作方案",
        record_title="楸口市社会应急救援力量建设工作方案_楸口市人民政府",
        date="2025-02-12",
        date_also=["2025-02-14"],
        notes="city portal: a 索引号 block, document number neutral, decimal headings, 抄送 and 印发 lines kept; footer with 网站标识码 and a 纠错 link",
        page="""
!m 楸口市人民政府　　政府信息公开
!m 索引号：00841920X/2025-01102　　公开方式：主动公开
!m 发文日期：2025-02-14　　发布机构：市政府办公室
!a 【大字】【中字】【小字】　【打印】
{T}
楸政办发〔2025〕6号
{BODY}
!l 我要纠错
!m 网站标识码：3713000011　　鲁公网安备37130202000411号
""",
        body="""
为规范和引导社会应急救援力量健康发展，制定本方案。
1.总体目标
到2025年底，全市培育规范化社会应急救援队伍十支以上，实现县区全覆盖。
2.主要任务
2.1 开展队伍登记备案，建立队伍信息库。
2.2 每年组织一次全市社会救援力量技能竞赛。
楸口市人民政府办公室
2025年2月12日
抄送：市委办公室，市人大常委会办公室，市政协办公室。
楸口市人民政府办公室　2025年2月14日印发
""",
    ),
    dict(
        slug="news-lingtian-night-search-html-caption",
        site="柃田融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.lingtianrm.example.cn/xw/bd/202510/t20251003_5521.html",
        title="迷路老人深夜被困山林 救援队员连夜搜救",
        record_title="迷路老人深夜被困山林 救援队员连夜搜救-柃田融媒",
        date="2025-10-03",
        notes="county media-centre page: dotted date byline, a photo caption and an editor line glued after the last paragraph, a 24-hour list and app download prompt",
        page="""
<html><head><meta charset="utf-8"><title>迷路老人深夜被困山林 救援队员连夜搜救-柃田融媒</title></head><body>
<div class="top">⟦m 柃田融媒　柃田发布⟧<a>⟦a 下载柃田新闻客户端⟧</a></div>
<div class="nav">⟦m 要闻 | 本地 | 视频 | 专题 | 问政⟧</div>
<h1>⟦t 迷路老人深夜被困山林 救援队员连夜搜救⟧</h1>
<div class="byline">⟦m 2025.10.03　来源：柃田融媒　记者：石婉清⟧</div>
<div class="text">
{BODY}
</div>
<aside><h4>⟦l 24小时排行⟧</h4><ul><li>⟦l 国庆假期全县接待游客创新高⟧</li><li>⟦l 柃田至橡湾公路恢复通行⟧</li></ul></aside>
<div class="foot">⟦d 柃田县融媒体中心版权所有，未经许可不得转载⟧</div>
</body></html>
""",
        body="""
10月2日晚8时许，县应急指挥中心接到报警，一名七旬老人上山采药后迷路，手机即将没电。
接警后，县蓝山救援队十八名队员携带热成像无人机连夜进山搜索。
⟦m 救援队员在山林中搜索。通讯员 供图⟧
经过四个多小时搜寻，队员们在一处山坳中找到老人，并将其安全护送下山。
救援队提醒，秋季上山务必结伴而行，并告知家人行程。⟦m 编辑：邬晨　审核：黎敏⟧
""",
    ),
    dict(
        slug="forum-yanyou-first-climb-insight-oneline",
        site="岩友之家论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://www.yanyouzhijia.example.com/bbs/thread-5072.html",
        title="第一次上岩壁的几点体会",
        record_title=None,
        date=None,
        notes="a forum post whose body is on one line, paragraphs apart only by an indent; no record title (found on the page); relative post time, no date",
        oneline=True,
        indent="　　",
        page="""
!m 岩友之家论坛 » 新手区 » 浏览帖子
{T}
!m 作者：抱石菜鸟　　发表于 昨天 22:13　　回复 14 / 查看 902
{BODY}
!l 支持　|　反对　|　回复本帖
!l 相关帖子：新手买攀岩鞋要注意什么？
!m 岩友之家 · 攀岩爱好者的家　　京ICP备16021137号
""",
        body="""
上周第一次去攀岩馆，教练先教我们穿安全带、打八字结，再讲保护员怎么收绳。
第一次爬到一半就手臂发酸，往下一看腿也软了，教练在下面喊“相信绳子”，我才敢松手让他放我下来。
最大的体会是，攀岩靠的是脚，不是手，脚踩稳了手就能省力。
""",
    ),
]
