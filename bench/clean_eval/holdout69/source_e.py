"""holdout69, part E: stenographers (速录) and knife-and-scissors forges. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="portal-forge-heritage-workshop-html",
        site="镛岭县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yongling.example.gov.cn/xxgk/tzgg/202510/t20251027_5530.html",
        title="关于公布第二批县级刀剪锻制技艺传习所名单的通知",
        record_title="关于公布第二批县级刀剪锻制技艺传习所名单的通知_通知公告_镛岭县人民政府",
        date="2025-10-27",
        notes="county portal with 索引号 table and accessibility row; list table; document number neutral; 抄送 版记 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于公布第二批县级刀剪锻制技艺传习所名单的通知_通知公告_镛岭县人民政府</title></head><body>
<div class="tools">⟦a 无障碍阅读⟧ ⟦a 长辈版⟧ ⟦m 镛岭县人民政府门户网站⟧</div>
<div class="nav">⟦m 首页　政务公开　政务服务　政民互动　走进镛岭⟧</div>
<div class="wz">⟦m 当前位置：首页 >> 政务公开 >> 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：MB1523870X/2025-01177⟧</td><td>⟦m 发布机构：县文化馆⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">镛文旅〔2025〕31号</p>
{BODY}
<div class="tool2">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="ft">⟦m 镛岭县人民政府办公室主办　网站标识码：3307230009⟧<br>⟦m 浙公网安备 33072302000118号⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处：
经申报、评审和公示，确定以下三家单位为第二批县级刀剪锻制技艺传习所。
名称　所在地　传承人
老炉头刀铺　铁匠街　单继德
火镰剪刀坊　东塘村　蒯小满
镛岭锻刀研习社　城南工业园　梅长庚
各传习所每年开展传习活动不少于二十次。
镛岭县文化和广电旅游体育局
2025年10月27日
抄送：县非遗保护中心
""",
    ),
    dict(
        slug="fanwen-steno-job-summary-html",
        site="好范文大全 (invented)",
        style="范文站",
        genre="总结",
        kind="summary",
        form="html",
        source="http://www.haofanwendq.example.com/gzzj/geren/20931.html",
        title="会议速录员个人年度工作总结",
        record_title="会议速录员个人年度工作总结（精选范本）_好范文大全",
        date=None,
        notes="old table layout with marquee, 【阅读字号】 row, hot list and visitor counter; ghost-writer line between paragraphs; no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>会议速录员个人年度工作总结（精选范本）_好范文大全</title></head><body>
<table width="950" align="center"><tr><td>⟦m 好范文大全 — 写材料不再难⟧</td></tr>
<tr><td><marquee>⟦l 最新上线：述职报告专题　心得体会专题⟧</marquee></td></tr></table>
<table width="950" align="center"><tr><td width="700">
<div>⟦m 您的位置：好范文大全 → 工作总结 → 个人总结⟧</div>
<h1>{T}</h1>
<div>⟦a 【阅读字号：特大 大 中 小】⟧</div>
{BODY}
</td><td width="250"><div>⟦l 本周热门⟧</div><div>⟦l 办公室文员年终总结⟧</div><div>⟦l 档案员工作总结⟧</div></td></tr></table>
<div align="center">⟦m 您是第 201733 位访客⟧</div>
</body></html>
""",
        body="""
今年我共完成各类会议速录任务一百四十六场，累计录入文字约二百一十万字。
⟦w 找人代写总结、述职报告，加客服QQ 2291044738⟧
一年来，我坚持每天练习听打一小时，专业词库扩充了三千余条。
不足之处是对方言口音的适应还不够，个别会议记录出现了错字。
明年我将考取高级速录师证书，进一步提高速度和准确率。
""",
    ),
    dict(
        slug="wenku-steno-standard-wrapped-markers",
        site="慧览文库 (invented)",
        style="文库预览",
        genre="规范",
        kind="rule",
        form="text",
        source="https://www.huilanwenku.example.com/view/2cd81f77.html",
        title="庭审速录工作规范",
        record_title="庭审速录工作规范 - 慧览文库",
        date=None,
        notes="wrapped at 62 columns and cut by glued/unglued page markers ⦃2⦄; no date",
        wrap=62,
        pages=dict(fmt="⦃{n}⦄", every=40, start=2, glue="mix"),
        page="""
!m 慧览文库 > 法律 > 司法实务
!t 庭审速录工作规范 - 慧览文库
!m 共3页　|　阅读量 903
{BODY}
!a 试读结束，开通会员后继续阅读全文
!d 文库内容由用户上传，版权归原作者所有。
""",
        body="""
一、速录员应提前三十分钟到庭，检查速录设备和录音同步系统，确保正常运行。
二、庭审中应完整记录诉讼参与人的陈述，不得随意删减、概括或者加入个人理解。
三、庭审结束后，速录员应当场核对笔录，交由当事人阅看签名。
""",
    ),
    dict(
        slug="news-forge-street-revival",
        site="锴溪日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.kxrb.example.cn/content/2025-12/03/content_88210.html",
        title="老铁匠街炉火重燃",
        record_title="老铁匠街炉火重燃 - 锴溪日报网",
        date="2025-12-03",
        notes="news page; byline with time; photo caption between paragraphs; related list",
        page="""
!m 锴溪日报网　首页 | 本地 | 经济 | 文化
!t 老铁匠街炉火重燃 - 锴溪日报网
!m 2025-12-03 07:55:12　来源：锴溪日报　记者 邝远
{BODY}
!m 【编辑：沙曼】
!l 相关新闻：非遗集市周末开市　手工刀具直播带货火了
""",
        body="""
12月2日，改造后的老铁匠街迎来首批游客，四家锻刀作坊重新生火开炉。
⟦m 锻刀师傅在炉前为游客演示淬火。记者 邝远 摄⟧
街区引入了研学体验项目，游客可以在师傅指导下亲手锻打一把小刀。
铁匠街管委会负责人介绍，街区还将陆续引进剪刀、菜刀等老字号作坊。
""",
    ),
    dict(
        slug="forum-knife-sharpening-club-rules-html",
        site="磨刀石论坛 (invented)",
        style="论坛",
        genre="版规",
        kind="rule",
        form="html",
        source="https://www.modaoshi-bbs.example.com/thread-7721-1-1.html",
        title="刀剪交流版版规",
        record_title="[置顶] 刀剪交流版版规 - 磨刀石论坛",
        date="2025-01-10",
        notes="Discuz-like forum with jammer fonts; post time as the page date; board rules about 分享 kept",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>[置顶] 刀剪交流版版规 - 磨刀石论坛</title></head><body>
<div id="hd">⟦m 磨刀石论坛⟧ <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 论坛 › 刀剪交流 › 查看内容⟧</div>
<div class="pl"><div class="pi">⟦m 版主：钝刀子　发表于 2025-1-10 20:16⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m ——磨刀不误砍柴工——⟧</div></div>
<div class="fastre">⟦l 快速回复⟧ ⟦l 返回列表⟧</div>
</body></html>
""",
        body="""
一、本版欢迎分享磨刀心得和刀剪保养经验，禁止发布管制刀具买卖信息。
二、晒刀帖须附实物照片，标明钢材和开刃角度。
三、交易请移步二手版，在本版发布广告的一律删帖。
四、违反版规者，视情节扣除积分直至禁言。
""",
    ),
    dict(
        slug="blog-steno-practice-diary",
        site="指尖流年 (invented blog)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://zhijianliunian.example.blog/post/410.html",
        title="听打练到每分钟二百字以后",
        record_title="[原创] 听打练到每分钟二百字以后 - 指尖流年",
        date="2025-08-09",
        notes="a stenographer's blog; bracketed post time as the page date; tag cloud and archive removed",
        page="""
!m 指尖流年 | 一个速录师的碎碎念
!t [原创] 听打练到每分钟二百字以后
!m [2025-08-09 22:31]　分类：练习日记　评论(3)
{BODY}
!l 标签云：速录　听打　亚伟　考证
!l 归档：2025年8月(4)　2025年7月(6)
""",
        body="""
连续练了四个月，今天的听打测试终于稳定在每分钟二百字。
最大的体会是，速度上去以后，准确率反而成了更难的一关。
接下来我打算每天抽半小时专门练数字和人名，这两样是会议记录里最容易出错的地方。
""",
    ),
    dict(
        slug="mirror-steno-association-exam-notice-html",
        site="速录行业资讯 (invented account)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.archive-mirror.example.net/a/9Pq2ZxLm",
        title="关于开展2025年速录师职业能力评价的通知",
        record_title="关于开展2025年速录师职业能力评价的通知",
        date="2025-09-12",
        notes="WeChat-style section/span mirror; account date; 扫码报名 sentence and the association's 联系电话 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年速录师职业能力评价的通知</title></head><body>
<div class="m-top">⟦m 公众号文章镜像站⟧ ⟦a 返回首页⟧</div>
<h2>{T}</h2>
<div class="acc">⟦m 速录行业资讯⟧ ⟦m 2025-09-12⟧</div>
<section>
{BODY}
</section>
<div class="rd">⟦l 阅读 3,417　点赞 55　分享 40⟧</div>
<div class="gz">⟦a 点击上方蓝字，关注我们⟧</div>
<div class="cp">⟦d 镜像内容来自公开渠道，如需删除请联系站长。⟧</div>
</body></html>
""",
        p_html="<section><span>{}</span></section>",
        body="""
各会员单位、速录从业人员：
2025年速录师职业能力评价定于10月25日举行，设速录员、速录师、高级速录师三个等级。
报名请扫描本文所附报名码，填写个人信息并上传证件照片。
联系电话：0571-8702 6134。
铨城市速记速录协会
2025年9月12日
""",
    ),
    dict(
        slug="intranet-forge-factory-safety-minutes",
        site="铉阳刀剪厂OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.xyds.example.local/meeting/2025/1106",
        title="安全生产专题会议纪要",
        record_title="内网公文-安全生产专题会议纪要",
        date="2025-11-06",
        notes="OA minutes with 时间/地点/主持/出席/记录 lines; reading opinion and print button removed",
        page="""
!m 铉阳刀剪厂协同办公平台 > 会议管理
!t 内网公文-安全生产专题会议纪要
!m 阅读人数：34　　已读：31　　未读：3
{BODY}
!m 阅办意见：请各车间主任于11月10日前落实。——厂长办公室
!a 〔导出〕〔打印〕
""",
        body="""
时间：2025年11月6日上午9:00
地点：厂部二楼会议室
主持：副厂长 欧阳坚
出席：锻打、磨削、热处理车间主任，安全员
记录：宁菲
会议要求锻打车间在本月内完成空气锤防护罩更换，磨削车间全面检查砂轮防护装置。
热处理车间淬火油槽周边严禁堆放杂物，灭火器每周检查一次。
""",
    ),
    dict(
        slug="tender-court-steno-service-procurement",
        site="锟山市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.kunshan.example.gov.cn/cggg/2025/0618/2230.html",
        title="锟山市中级人民法院庭审速录服务采购项目公开招标公告",
        record_title="锟山市中级人民法院庭审速录服务采购项目公开招标公告-锟山市政府采购网",
        date="2025-06-18",
        notes="tender portal; purchaser's and agency's contacts kept beside the CA line; 下载 of tender documents as content",
        page="""
!m 锟山市政府采购网
!m 首页 > 采购公告 > 公开招标
!t 锟山市中级人民法院庭审速录服务采购项目公开招标公告-锟山市政府采购网
!m 发布时间：2025-06-18 10:20　阅读次数：176
{BODY}
!m 电子交易平台CA服务电话：400-127-5566
!l 相关公告：法院物业服务采购项目结果公告
""",
        body="""
一、项目名称：庭审速录服务采购项目
二、预算金额：人民币96万元
三、供应商可于6月19日至6月25日在本平台下载招标文件。
四、采购人：锟山市中级人民法院　联系人：缪先生　电话：0601-5522 1073
五、代理机构：锟山中诚项目管理有限公司　联系人：阚女士　电话：0601-5570 0215
""",
    ),
    dict(
        slug="college-steno-major-internship-html",
        site="铱溪文秘职业学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yxwm.example.edu.cn/jwc/info/1011/2291.htm",
        title="速录专业2023级顶岗实习工作方案",
        record_title="速录专业2023级顶岗实习工作方案-教务处",
        date="2025-12-08",
        notes="college site; placement table; decimal headings; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>速录专业2023级顶岗实习工作方案-教务处</title></head><body>
<div class="hd">⟦m 铱溪文秘职业学院　教务处⟧</div>
<div class="nav">⟦m 首页 | 教学管理 | 实践教学 | 下载中心⟧</div>
<div class="pos">⟦m 当前位置: 首页 > 实践教学⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 作者：实践科　点击：[ 211 ]⟧</div>
{BODY}
<div class="ft">⟦m Copyright © 铱溪文秘职业学院 教务处⟧</div>
</body></html>
""",
        body="""
1.实习时间
1.1 2026年3月2日至6月26日，共十七周。
2.实习单位
单位　人数
铱溪县人民法院　6
铱溪电视台　4
3.实习期间每周提交实习周记，由校内指导教师批阅。
教务处
2025年12月8日
""",
    ),
    dict(
        slug="print-forge-apprentice-contract-print",
        site="老炉头刀铺 (invented)",
        style="打印页",
        genre="协议",
        kind="template",
        form="text",
        source="https://www.laolutou.example.com/about/apprentice?print=yes",
        title="锻刀学徒师带徒协议",
        record_title="〔打印稿〕锻刀学徒师带徒协议",
        date=None,
        notes="print view with print header and its own page footer; placeholders kept; no date",
        page="""
!m 老炉头刀铺　手工锻刀三代传承
!t 〔打印稿〕锻刀学徒师带徒协议
!a 打印　｜　关闭
{BODY}
!m 页面地址：https://www.laolutou.example.com/about/apprentice
!p ——第1页/共1页——
""",
        body="""
师傅：________　学徒：________
一、学徒期为三年，第一年以拉风箱、烧炉、磨刃为主，第二年起学习锻打和淬火。
二、师傅负责传授技艺，不得让学徒从事与学艺无关的劳动。
三、学徒须遵守作坊安全规定，进入锻打区必须佩戴护目镜。
签订日期：____年__月__日
""",
    ),
    dict(
        slug="mail-steno-rota-reply-chain",
        site="钰湖区人大常委会办公室邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:bgs@yhrd.example.gov.cn?id=3391",
        title="关于区人大常委会第二十四次会议速录人员安排的通知",
        record_title="回复：Re: 关于区人大常委会第二十四次会议速录人员安排的通知",
        date="2025-08-25",
        date_also=["2025-08-26"],
        notes="mail reply chain: reply text and quoted headers removed; rota table and 附件 kept",
        page="""
!m 发件人：秘书科 连悦
!m 时间：2025-08-26 15:02
!m 主题：回复：Re: 关于区人大常委会第二十四次会议速录人员安排的通知
!w 收到，已转各位速录员。连悦 分机 8216
> 原始邮件
{BODY}
!d 内部邮件，请勿外传。
""",
        body="""
各位速录员：
区人大常委会第二十四次会议定于8月28日召开，现将速录人员安排如下：
时段　速录员
上午全体会议　庞婷、谷一鸣
下午分组审议　仝雪、阎可
请提前半小时到会场调试设备。
附件：会议议程
区人大常委会办公室
2025年8月25日
""",
    ),
    dict(
        slug="exam-forum-steno-interview-question",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="answer",
        form="text",
        source="https://bbs.gkyizhan.example.com/thread-30218-1-1.html",
        title="领导让你整理一份会议速记稿，你怎么做",
        record_title="[面试真题] 领导让你整理一份会议速记稿，你怎么做（附答题思路） - 面试交流 - 公考驿站",
        date=None,
        notes="exam forum; question and answer outline; numbered list; no date",
        page="""
!m 公考驿站 › 面试交流
!m 作者：面霸小李　|　查看：2044　回复：17
!t 领导让你整理一份会议速记稿，你怎么做
{BODY}
!l 回复　支持(31)　反对(0)
!a 扫码进面试冲刺群，每日一题
""",
        body="""
答题思路：
1.先和领导确认用途和格式，是存档用的全文还是上报用的摘要。
2.对照录音逐段核对速记稿，重点核实人名、数字和专业术语。
3.整理完成后先请发言同志审阅，再交领导审定。
""",
    ),
]
