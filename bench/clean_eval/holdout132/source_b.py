"""holdout132, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.
Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-tiejian-shot-put-coach-html",
        site="铁肩的田径笔记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://tiejian.blogspace.example.com/post/2025/11/shot-put-camp.html",
        title="带铅球集训队的一点体会",
        record_title="带铅球集训队的一点体会 | 铁肩的田径笔记",
        date="2025-11-09",
        notes="blog with tag cloud and archive; bracketed post time as the page date; a comment box; a recommended-post link glued after a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>带铅球集训队的一点体会 | 铁肩的田径笔记</title>
<link rel="stylesheet" href="/theme/plain.css"><script src="/theme/highlight.js"></script></head><body>
<header><h2>⟦m 铁肩的田径笔记⟧</h2><p>⟦m 一个县城体育老师的训练场手记⟧</p>
<nav>⟦m 首页 · 训练手记 · 比赛随笔 · 关于我⟧</nav></header>
<article><h1>⟦t 带铅球集训队的一点体会⟧</h1>
<p class="meta">⟦m [2025-11-09 21:17] 分类：训练手记 阅读(386) 评论(4)⟧</p>
{BODY}
<p class="tags">⟦l 标签：铅球 青少年训练 县运会⟧</p>
</article>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 跳远 跨栏 体能 中考体育 赛前调整⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年11月 (3)⟧</li><li>⟦l 2025年10月 (5)⟧</li></ul></aside>
<section class="comments"><h3>⟦l 发表评论⟧</h3><p>⟦l 昵称（必填） 邮箱（不公开） 提交⟧</p></section>
<footer>⟦d 本博客文字为原创，转载请注明出处并保留链接。⟧</footer>
</body></html>
""",
        body="""
今年暑假到十月县运会，我带了学校的铅球集训队，一共九个孩子，四个拿了名次，回头想想有几点体会。
第一，基本功比成绩重要。刚开始孩子们都急着推远，动作变形很厉害，我用了整整三周只练滑步和最后用力，成绩反而是在第二个月一下子上去的。⟦l 推荐阅读：滑步推铅球的五个常见错误⟧
第二，力量训练要跟得上。我们每周安排三次力量课，以深蹲、卧推和实心球抛掷为主，负荷根据每个孩子的体重来定。
第三，要关注孩子的情绪。有个女生赛前两次试投犯规，急得直哭，我没批评她，只让她想着平时练习的节奏，最后一投投出了个人最好成绩。
明年我打算把集训提前到春季，争取让更多孩子打好底子。
""",
    ),
    dict(
        slug="blog-changdiao-learner-wrapped-text",
        site="草原回声 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://caoyuanhuisheng.example.net/blog/archives/1182",
        title="学唱长调三个月的心得",
        record_title="【随笔】学唱长调三个月的心得 - 草原回声",
        date="2025-06-21",
        notes="a personal blog in a text dump, hard-wrapped at 64 columns with an indent; 发布于 line as the page date; tag line and prev/next links",
        wrap=64,
        indent="  ",
        page="""
!m 草原回声 —— 一个牧区文化站干部的博客
!t 【随笔】学唱长调三个月的心得
!m 发布于 2025年6月21日 · 作者：乌兰其其格 · 3条评论
{BODY}
!l 分类：民歌学习　标签：长调、呼吸、牧区文化站
!l « 上一篇 那达慕前夜的排练　　下一篇 » 给孩子们上的第一节民歌课
!a 点赞(17)　转发
""",
        body="""
三月份，文化站请来了旗里的老艺人巴特尔老师，每周二、周五晚上教我们唱长调，我报了名，到现在整整三个月了。
学长调最难的是气息。老师说，长调的拖腔一口气要唱十几秒，气沉不下去就会发抖。我每天早上到河边练习慢吸慢呼，从能坚持八秒到现在能坚持二十秒。
其次是诺古拉，也就是长调特有的颤音装饰。刚开始我怎么也找不到感觉，老师让我先模仿马头琴的揉弦，再慢慢放到嗓子里，这个办法很管用。
三个月下来，我已经能完整唱下《辽阔的草原》的第一段了。我体会到，长调不只是一种唱法，更是草原人对天地的感情，急不得，也装不出来。
""",
    ),
    dict(
        slug="wechat-haemophilia-association-pledge-html",
        site="微文镜像站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://wxmirror.example.com/s/Hx82LqPz0a",
        title="关爱血友病患者 共建友善就医环境倡议书",
        record_title="关爱血友病患者 共建友善就医环境倡议书",
        date="2025-04-17",
        notes="WeChat-style mirror: account line with a date as the page date, follow prompt and 在看/赞 row, mirror's own notice; the document's 扫码/关注 sentence kept; 成文日期 differs slightly (document date expected, account date also)",
        date_also=["2025-04-18"],
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关爱血友病患者 共建友善就医环境倡议书</title>
<meta name="viewport" content="width=device-width"><script>window.__mirror=1;</script></head><body>
<div class="mirror-bar">⟦m 微文镜像站 · 公众号文章存档⟧ ⟦a 返回列表⟧</div>
<h1 class="rich_media_title">⟦t 关爱血友病患者 共建友善就医环境倡议书⟧</h1>
<div class="rich_media_meta">⟦m 澄川市血友之家 2025年04月18日 07:30 广东⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注“澄川市血友之家”⟧</div>
<div class="tool">⟦l 阅读 2087　赞 96　在看 41⟧ ⟦l 写留言⟧</div>
<div class="foot">⟦d 本站仅做公众号文章的存档备份，版权归原公众号所有，如需删除请发邮件至 takedown@wxmirror.example.com⟧</div>
</body></html>
""",
        body="""
4月17日是世界血友病日。血友病是一种遗传性凝血功能障碍疾病，患者轻微碰撞就可能出血不止，需要长期规范的替代治疗。
为此，澄川市血友之家向全市医疗机构、用人单位和社会各界发出如下倡议：
一、请医疗机构为血友病患者开通急诊绿色通道，确保出血时能及时输注凝血因子。
二、请学校和用人单位理解患者的特殊情况，在体育课、体力劳动安排上给予适当照顾，不歧视、不排斥。
三、请社会各界关心患者家庭，通过志愿服务、心理陪伴等方式帮助他们树立信心。
欢迎大家扫码关注血友之家公众号，了解疾病知识，报名成为志愿者。
澄川市血友之家
2025年4月17日
""",
    ),
    dict(
        slug="wechat-thalassaemia-screening-notice-text",
        site="公号文摘 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="http://gonghaowenzhai.example.cn/a/20250902/310877.html",
        title="关于为全县待孕夫妇免费开展地中海贫血基因筛查的通知",
        record_title=None,
        date="2025-09-01",
        notes="no record title; title repeated twice (once decorated); mirror's 原文链接 line and 阅读原文; 咨询电话 of the document kept",
        page="""
!m 公号文摘 | 好文章不该消失
!t 【健康】关于为全县待孕夫妇免费开展地中海贫血基因筛查的通知
{T}
!m 原创　榕溪县妇幼保健院　2025-09-02
{BODY}
!a 阅读原文
!m 原文链接：https://mp.weixin.example.com/s/RxQ0bJ7yL
!l 喜欢此内容的人还喜欢：孕前优生健康检查常见问题解答
!d 声明：本页面转载自微信公众号，仅用于信息存档，著作权归原作者。
""",
        body="""
全县各乡镇卫生院、社区卫生服务中心：
我县是地中海贫血较高发地区。为降低重型地中海贫血患儿出生率，根据省卫生健康委工作部署，县妇幼保健院将为全县户籍待孕夫妇免费开展地中海贫血基因筛查。
一、对象：夫妇一方为本县户籍、计划一年内怀孕的育龄夫妇。
二、流程：先到乡镇卫生院进行血常规和血红蛋白电泳初筛，初筛阳性者由卫生院转诊到县妇幼保健院做基因检测。
三、时间：2025年9月至2026年8月。
四、咨询电话：0775-7261120（县妇幼保健院遗传咨询门诊）。
榕溪县妇幼保健院
2025年9月1日
""",
    ),
    dict(
        slug="docshare-pencil-factory-safety-summary-html",
        site="共享文档网 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.gongxiangdoc.example.com/doc/4471092.html",
        title="岑江铅笔厂2024年安全生产工作总结",
        record_title="岑江铅笔厂2024年安全生产工作总结.doc",
        date="2025-01-06",
        notes="sharing reader; file-name record title; page-count toolbar; a preview-end prompt on a line of its own inside the body; data table one row a paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>岑江铅笔厂2024年安全生产工作总结.doc-共享文档网</title>
<script src="//cdn.gongxiangdoc.example.com/viewer.js"></script></head><body>
<div class="head">⟦m 共享文档网⟧ <input placeholder="搜索文档"> ⟦a 上传赚收益⟧</div>
<div class="bread">⟦m 共享文档网 > 行业资料 > 安全生产⟧</div>
<h1>⟦t 岑江铅笔厂2024年安全生产工作总结.doc⟧</h1>
<div class="info">⟦m 格式：doc　页数：5　上传日期：2025-02-11　浏览：618⟧</div>
<div class="tb">⟦a 全屏 放大 缩小 1/5⟧</div>
<div class="viewer">
{BODY}
</div>
<div class="dl">⟦a 立即下载（需8积分）⟧ ⟦a 加入收藏⟧</div>
<div class="rel">⟦l 相关资料：木制品企业粉尘防爆管理制度 / 车间安全员述职报告⟧</div>
<div class="ft">⟦d 共享文档网内容由网友分享，若侵犯了您的权益，请通过“侵权投诉”通道反馈。⟧</div>
</body></html>
""",
        body="""
2024年，我厂认真落实安全生产主体责任，全年未发生一般及以上生产安全事故，未发生粉尘爆炸和火灾事故。
一、完善制度。修订《木粉尘防爆安全管理制度》《油漆调配间作业规程》等十一项制度，与各车间签订安全生产责任书。
二、隐患排查。全年开展综合检查十二次、专项检查二十六次，发现并整改隐患八十三处。
⟦a 试读结束，下载后可查看剩余内容⟧
三、主要指标完成情况如下：
指标　目标值　完成值
安全培训覆盖率　100%　100%
隐患整改率　≥95%　98.8%
除尘设备完好率　100%　100%
四、下一步打算。2025年我厂将投入六十万元更新铅笔板烘干线的温控系统，进一步提高本质安全水平。
岑江铅笔厂
2025年1月6日
""",
    ),
    dict(
        slug="docshare-brush-factory-report-upload-notice-text",
        site="资料汇 (invented)",
        style="文档分享",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://www.ziliaohui.example.net/d/60817734.html",
        title="制刷车间主任2025年上半年述职报告",
        record_title="制刷车间主任2025年上半年述职报告（可编辑）",
        date=None,
        notes="upload notice at the top; date none (only an upload stamp and a year in the title); page-of-total markers ‹第n页/共3页› glued",
        pages=dict(fmt="‹第{n}页/共3页›", every=180, glue=True),
        page="""
!d 本文档由会员 梧桐叶 上传分享，资料汇不对内容的准确性负责，仅供学习交流。
!m 资料汇 > 企业管理 > 述职报告
!t 制刷车间主任2025年上半年述职报告（可编辑）
!m 上传时间：2025-07-14 10:02　3页　大小 27.5KB
{BODY}
!a 下载此文档　　收藏　　分享
!l 你可能还需要：班组长述职报告｜车间主任年度工作计划
""",
        body="""
各位领导、同事们：
今年上半年，我在厂部的领导下，带领制刷车间全体员工，围绕产量、质量和安全三项重点开展工作，现将履职情况报告如下。
一、生产任务完成情况。车间上半年共生产各类油漆刷、清洁刷一百二十六万把，完成计划的百分之一百零四。
二、质量管理情况。针对刷毛脱落的客户投诉，车间改进了植毛机的压紧装置，产品脱毛率由千分之三降到千分之零点八。
三、安全管理情况。车间开展安全培训六次，整改隐患十四处，上半年实现零事故。
四、存在的不足。一是新员工操作技能不熟练，二是设备维修保养记录不够规范。
下半年，我将继续抓好员工培训，力争全年产量突破二百五十万把。
述职人：严立新
""",
    ),
    dict(
        slug="edu-tanshan-chilblain-notice-html",
        site="檀山县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tanshan.example.gov.cn/tzgg/2025/1126/1903.html",
        title="关于做好冬季学生冻疮预防工作的通知",
        record_title="关于做好冬季学生冻疮预防工作的通知-檀山县教育局",
        date="2025-11-26",
        notes="old ASP education bureau table layout with a 【阅读字号】 row and visitor counter; document number neutral; 发布时间 and 成文日期 the same",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于做好冬季学生冻疮预防工作的通知-檀山县教育局</title></head>
<body><table width="1000" align="center"><tr><td>⟦m 檀山县教育局欢迎您！今天是：⟧<script>document.write(new Date().toLocaleDateString())</script></td></tr>
<tr><td>⟦m 首页 | 教育动态 | 通知公告 | 政策法规 | 招生考试⟧</td></tr></table>
<table width="1000" align="center"><tr><td width="220" valign="top">⟦l 栏目导航⟧<br>⟦l 通知公告⟧<br>⟦l 学校动态⟧</td>
<td valign="top"><div>⟦m 您的位置：首页 &gt; 通知公告⟧</div>
<h2>⟦t 关于做好冬季学生冻疮预防工作的通知⟧</h2>
<div>⟦m 发布时间：2025-11-26　发布者：体卫艺股　阅读：842⟧ ⟦a 【阅读字号：大 中 小】⟧</div>
<p align="center">檀教体〔2025〕19号</p>
{BODY}
<div>⟦a 【打印此页】⟧ ⟦a 【关闭】⟧</div></td></tr></table>
<table width="1000" align="center"><tr><td align="center">⟦m 版权所有：檀山县教育局　地址：檀山县城关镇学府路9号⟧<br>⟦m 技术支持：檀山县信息中心⟧</td></tr></table>
</body></html>
""",
        body="""
各乡镇中心学校，县直各学校：
入冬以来，我县气温持续走低，部分农村寄宿制学校学生出现冻疮。为切实做好学生冻疮预防工作，现就有关事项通知如下。
一、加强宣传教育。各校要利用班会、广播等形式，向学生讲解冻疮的成因和预防方法，提醒学生注意手脚和耳朵保暖。
二、改善住宿条件。寄宿制学校要检查宿舍门窗，保证学生有热水洗脚，被褥不足的要及时补充。
三、做好家校沟通。各校要通过家长群提醒家长为孩子准备手套、棉鞋，对家庭困难学生由学校统一发放御寒物品。
四、发现学生冻疮较重的，要及时送医处理，并做好登记。
檀山县教育局
2025年11月26日
""",
    ),
    dict(
        slug="edu-xiaoyue-kindergarten-head-lice-letter-text",
        site="晓月幼儿园 (invented)",
        style="教育门户",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.xiaoyueyey.example.com/jiayuan/2025-10/221.html",
        title="关于预防幼儿头虱致家长的一封信",
        record_title="【家园共育】关于预防幼儿头虱致家长的一封信",
        date="2025-10-13",
        notes="kindergarten site; a 回执 with blanks kept in the body; a follow prompt between paragraphs; 成文日期 in Chinese numerals",
        page="""
!m 晓月幼儿园 · 家园共育专栏
!m 首页 > 家园共育 > 保健知识
{T}
!m 保健室　2025-10-13　阅读 233
{BODY}
!a 关注园所公众号 获取每日食谱
!l 往期回顾：秋季腹泻预防小贴士｜幼儿牙齿保健
!m 园所地址：蓠川市晓月路12号　招生咨询：0571-8863120
""",
        body="""
亲爱的家长朋友：
近期，我园个别班级发现有幼儿头发中出现头虱。头虱虽然不会传播严重疾病，但会引起头皮瘙痒，影响孩子休息。为防止头虱在班级中传播，请您配合做好以下几点：
一、每天检查孩子头发，特别是耳后和后脑勺部位，发现虱卵要及时处理。
二、给孩子勤洗头、勤换枕巾，不与他人共用梳子、帽子。
⟦a 扫码进入家长课堂⟧
三、孩子如感染头虱，请到医院皮肤科就诊，按医嘱用药，处理干净后再回园。
请您阅读后填写回执，于10月16日前交给班级老师。
回执：幼儿姓名________　班级________　家长签名________
晓月幼儿园保健室
二〇二五年十月十三日
""",
    ),
    dict(
        slug="oa-huaguang-paint-factory-minutes-html",
        site="华光涂料集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.huaguang-paint.example.local/doc/view?id=20251031-07",
        title="关于溶剂库房安全整改的专题会议纪要",
        record_title="内网资讯-关于溶剂库房安全整改的专题会议纪要",
        date="2025-10-30",
        notes="intranet document view with its 流转记录 and read counts; minutes' 时间/地点/主持/参会/记录 lines kept; a printed-by watermark line",
        page="""
<html><head><meta charset="utf-8"><title>内网资讯-关于溶剂库房安全整改的专题会议纪要</title><script src="/oa/js/watermark.js"></script></head><body>
<div class="oa-top">⟦m 华光涂料集团协同办公平台⟧ ⟦m 当前用户：质安部 林**⟧ ⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办事宜　公文管理　内网资讯　通讯录⟧</div>
<div class="doc"><h2>⟦t 关于溶剂库房安全整改的专题会议纪要⟧</h2>
<div class="docinfo">⟦m 拟稿：质安部　签发：周振海　阅读次数：57⟧</div>
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 2025-10-31 09:12 质安部 提交⟧</p><p>⟦m 2025-10-31 10:40 总经办 已阅⟧</p></div>
<div class="wm">⟦d 内部资料 严禁外传 打印人：林** 2025-11-03⟧</div>
<div class="oa-ft">⟦m 技术支持：信息管理部 分机 8023⟧</div>
</body></html>
""",
        body="""
时间：2025年10月30日下午3:00
地点：集团三楼第二会议室
主持：周振海（副总经理）
参会：质安部、生产部、仓储部、设备部负责人
记录：林悦
会议听取了质安部关于溶剂库房安全检查情况的汇报，研究了整改措施。纪要如下：
一、库房内可燃气体报警器有两台失灵，由设备部于11月5日前更换完毕。
二、库房照明和电气开关须全部改为防爆型，生产部编制改造方案，11月15日前完成。
三、仓储部要严格执行溶剂出入库登记制度，库内存放量不得超过设计储量。
四、质安部每周对库房进行一次检查，检查结果在内网公示。
""",
    ),
    dict(
        slug="oa-fanbu-tent-factory-request-text",
        site="帆布制品公司OA (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="text",
        source="http://10.8.2.15/oa/gw/qs/2025/0412.html",
        title="关于购置帐篷缝制生产线的请示",
        record_title=None,
        date="2025-04-12",
        notes="OA export: approval trail above and below; title missing from the record; 抄送 line kept; an export stamp not a date",
        page="""
!m 远帆帆布制品有限公司 OA 系统 · 公文导出
!m 文件类型：请示　密级：内部　缓急：平件
!m 审批流程：生产部经理 同意（04-12）→ 财务总监 同意（04-14）→ 总经理 待审
{T}
{BODY}
!m 导出时间：2025-05-06 16:22:07　导出人：admin
!d 本文件为公司内部资料，未经许可不得复制、转发。
""",
        body="""
公司领导：
今年以来，我公司帐篷订单大幅增长，一季度订单量同比增加百分之六十二，现有两条缝制线已满负荷运转，部分订单不能按期交货。
为保证交货期，生产部建议购置一条帐篷自动缝制生产线，主要包括自动裁床一台、长臂缝纫机八台、热合机两台，预计投资一百八十万元。
新生产线投产后，每月可增加帐篷产能六千顶，预计一年半可收回投资。
妥否，请批示。
生产部
2025年4月12日
抄送：财务部，设备部。
""",
    ),
]
