"""holdout139, part F: a pole-vault coach's report in a writing app, a memorial-hall guide's
interview material on an exam forum, an HPV-vaccine encyclopaedia answer, a nang industrial
park's plan on a cloud drive, a dove-tree reserve notice in a text-only cache, a Teochew-opera
centre's print view, a centipede co-op's request in a mail reply chain, a peatland protection
notice hard-wrapped, an angelica-market speech cut by page markers, an amomum training plan in
a 文库 preview and a rawap maker's story on one line.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="writingapp-chenggan-coach-report-html",
        site="妙笔公文APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://m.miaobigw.example.cn/share/article?id=552019&src=copy",
        title="体校田径队撑杆跳教练2024年度述职报告",
        record_title="体校田径队撑杆跳教练2024年度述职报告｜妙笔公文",
        date="2025-01-09",
        notes="writing-app share page HTML: decorated title (｜app); open-app banner, a member lock glued after a sentence, 'continue in app' button; the report's 成文日期 is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>体校田径队撑杆跳教练2024年度述职报告｜妙笔公文</title></head>
<body>
<div class="app-banner">⟦a 妙笔公文APP　打开⟧</div>
<div class="article">
<h1>⟦t 体校田径队撑杆跳教练2024年度述职报告⟧</h1>
<div class="info">⟦m 妙笔公文 · 述职报告频道⟧ ⟦m 1.2万阅读⟧</div>
{BODY}
</div>
<div class="more">⟦a 打开APP，查看完整内容⟧</div>
<div class="rec"><p>⟦l 相关推荐⟧</p><p>⟦l 体育教师年度述职报告⟧</p><p>⟦l 教练员个人工作总结⟧</p></div>
<div class="footer">⟦d 妙笔公文 内容由用户创作分享⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我担任县体校田径队撑杆跳项目主教练，现将一年来的工作述职如下。
一、训练工作。全年带训队员十二人，制定分阶段训练计划，重点抓助跑速度和插穴起跳技术。⟦a 以下内容为会员专享，开通后可复制全文⟧
二、比赛成绩。在市运会上获得男子组冠军和女子组亚军，一名队员被输送到省体校。
三、安全管理。坚持训练前检查撑杆和海绵包，全年未发生训练伤害事故。
四、不足和打算。器材老化，部分撑杆需要更新；明年将加强选材工作，争取在省青少年锦标赛上取得突破。
述职人：单伟
2025年1月9日
""",
    ),
    dict(
        slug="gkforum-jinianguan-interview-material-html",
        site="一战成公考社区 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="http://www.yizhancheng.example.com/forum/view-118804.html",
        title="纪念馆讲解员的一天",
        record_title="[面试素材] 纪念馆讲解员的一天（附答题思路） - 面试交流 - 一战成公考社区",
        date="2025-06-18",
        notes="exam forum HTML: decorated title; the poster's 发表于 is the page's date; a moderator's highlight, a course ad on its own line inside the body, floors and a 'reply to see answer' lock",
        page="""
<html><head><meta charset="utf-8"><title>[面试素材] 纪念馆讲解员的一天（附答题思路） - 面试交流 - 一战成公考社区</title></head>
<body>
<div class="hd">⟦m 一战成公考社区⟧ ⟦a 签到领积分⟧ ⟦a 登录⟧</div>
<div class="bread">⟦m 社区首页 › 面试交流 › 素材分享⟧</div>
<div class="thread">
<h1>⟦t [面试素材] 纪念馆讲解员的一天（附答题思路）⟧</h1>
<div class="op">⟦m 楼主：面霸小周　发表于 2025-06-18 22:47　阅读 2961⟧</div>
<div class="highlight">⟦l 本帖被版主加入精华⟧</div>
<div class="msg">
{BODY}
</div>
<div class="hide">⟦a 答题思路：本帖隐藏内容，回复后可见⟧</div>
<div class="floors"><p>⟦l 2楼 冲刺国考：这个素材太适合“讲好红色故事”类题目了⟧</p><p>⟦l 3楼 小白上岸：马住⟧</p></div>
</div>
<div class="ft">⟦m 一战成公考社区 · 陪你一路上岸⟧</div>
</body></html>
""",
        body="""
早上八点，纪念馆还没开门，讲解员小唐已经在展厅里把当天的讲解词又默念了一遍。
她说，每一件展品背后都是一个真实的人、一段真实的历史，讲错一个字都对不起先烈。
⟦a 【面试冲刺班】结构化面试一对一陪练，私信报名⟧
上午她接待了三批中学生，讲到动情处，不少孩子红了眼眶。
下午，她带着志愿者整理观众留言簿，把观众的建议一条条记下来，准备改进讲解内容。
在她看来，讲解员不只是在讲历史，更是在传承一种精神。
""",
    ),
    dict(
        slug="wiki-hpv-vaccine-answer-text",
        site="健康百问 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.jiankangbaiwen.example.com/wiki/hpv-yimiao.html",
        title="适龄女孩接种HPV疫苗有哪些注意事项",
        record_title="适龄女孩接种HPV疫苗有哪些注意事项_健康百问",
        date=None,
        notes="health encyclopaedia answer: site-suffix title; reviewer line, 'last reviewed' relative stamp (no date); catalogue and related questions; ××× placeholders kept",
        page="""
!m 健康百问 · 医生审核的健康百科
!m 首页 > 妇幼健康 > 疫苗接种
!t 适龄女孩接种HPV疫苗有哪些注意事项
!m 审核专家：瑜坪县妇幼保健院 预防保健科 副主任医师 殷岚
!m 最近审核：1个月前　　浏览量：32.6万
!l 目录：接种对象　接种程序　注意事项
{BODY}
!l 相关问题：HPV疫苗打完能洗澡吗？　男孩可以接种HPV疫苗吗？
!d 本页内容仅作健康科普，不能替代医生面诊
!a 有帮助　没帮助　分享
""",
        body="""
接种对象：目前许多地方为13至14周岁在校女生免费接种HPV疫苗，具体年龄范围以当地通知为准。
接种程序：一般接种两剂，两剂间隔至少6个月。
注意事项：
1.接种前如实告知医生近期身体状况，发热或处于急性疾病期的应暂缓接种。
2.接种后在接种点留观30分钟，无异常方可离开。
3.接种当天接种部位保持清洁，少数人可能出现局部红肿、低热，一般一两天内自行消退。
家长可凭接种通知单填写“×××学校×年级×班”等信息后到指定门诊接种。
""",
    ),
    dict(
        slug="netdisk-nang-park-plan-html-docx",
        site="飞鸽云盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.feigeyun.example.com/s/9KdP2qWm",
        title="琯城县馕产业园建设实施方案",
        record_title="琯城县馕产业园建设实施方案.docx",
        date="2025-04-02",
        notes="cloud-drive share HTML: file-name title; share stamp and expiry (no date); preview notice; the 成文日期 is the date; a numbered list and a target table kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>琯城县馕产业园建设实施方案.docx - 飞鸽云盘</title></head>
<body>
<div class="bar">⟦m 飞鸽云盘⟧ ⟦a 登录⟧ ⟦a 下载客户端⟧</div>
<div class="file">
<div class="fname">⟦t 琯城县馕产业园建设实施方案.docx⟧</div>
<div class="fmeta">⟦m 分享于 2025-05-07 09:16　过期时间：7天后　大小 62.4KB⟧</div>
<div class="btns">⟦a 保存到网盘⟧ ⟦a 普通下载⟧ ⟦a 极速下载⟧</div>
<div class="tip">⟦d 在线预览仅支持文本，格式以下载文件为准⟧</div>
<div class="preview">
{BODY}
</div>
</div>
<div class="report">⟦a 举报⟧ ⟦d 飞鸽云盘严厉打击违法违规内容传播⟧</div>
</body></html>
""",
        body="""
为做大做强馕产业，带动群众就业增收，结合我县实际，制定本方案。
一、建设目标：到2026年底，建成集馕生产、冷链仓储、电商销售、文化体验于一体的馕产业园，入驻企业二十家以上。
二、主要指标：
指标　2025年　2026年
入驻企业（家）　12　20
年产量（万个）　3000　6000
带动就业（人）　800　1500
三、重点任务
1.建设标准化生产车间，推广电烤馕坑，统一原料和工艺标准。
2.建设冷链仓储中心，延长产品保质期，拓展疆外市场。
3.培育馕文化体验街区，发展研学旅游。
琯城县人民政府办公室
2025年4月2日
""",
    ),
    dict(
        slug="snapshot-gongtong-reserve-notice-textcache",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://snapshot.kuaisou.example.com/?url=www.gongtongbhq.example.gov.cn/tzgg/431.html",
        title="关于珙桐花期进入保护区核心区的通告",
        record_title=None,
        date="2025-04-03",
        notes="text-only cache: snapshot header and its time (no date); the inner site's chrome; no record title (the title found on the page); the 成文日期 is the date",
        page="""
!m 快搜网页快照　原网页：www.gongtongbhq.example.gov.cn/tzgg/431.html
!m 本快照抓取于 2025-04-19 05:40，仅显示文字内容
!d 快照内容来自原网站，快搜不对其负责
!m 瑜山珙桐自然保护区管理局 >> 通知公告
!t 关于珙桐花期进入保护区核心区的通告
{BODY}
!m 瑜山珙桐自然保护区管理局　版权所有
!a 查看原网页　｜　纯文字版
""",
        body="""
每年4月至5月是珙桐开花季节。为保护珙桐野生种群和保护区生态环境，现就花期进入保护区有关事项通告如下：
一、未经批准，任何单位和个人不得进入保护区核心区。
二、游客可在实验区内的观花步道观赏，严禁攀折花枝、采挖幼苗。
三、严禁在保护区内吸烟、野炊和使用无人机。
四、违反本通告的，由保护区管理局依法处理。
举报电话：0827-6210117
瑜山珙桐自然保护区管理局
2025年4月3日
""",
    ),
    dict(
        slug="print-chaoju-young-actors-plan-html",
        site="珣州潮剧传承中心 (invented)",
        style="打印页",
        genre="工作计划",
        kind="plan",
        form="html",
        source="http://www.xzchaoju.example.org.cn/print.php?aid=3306",
        title="潮剧传承中心2025年青年演员培训计划",
        record_title="〔打印稿〕潮剧传承中心2025年青年演员培训计划",
        date="2025-02-25",
        notes="print view HTML: decorated record title (〔打印稿〕); print/close buttons, a print stamp (no date), page URL and a print footer in a form of my own; the 成文日期 is the date",
        page="""
<html><head><meta charset="utf-8"><title>打印页面</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a [确认打印]⟧ ⟦a [关闭本页]⟧</div>
<div class="ph">⟦m 珣州潮剧传承中心　打印稿⟧</div>
<h2>⟦t 潮剧传承中心2025年青年演员培训计划⟧</h2>
<div class="pt">⟦m 打印日期：2025-03-11⟧</div>
{BODY}
<div class="pu">⟦m 原文链接：http://www.xzchaoju.example.org.cn/show.php?aid=3306⟧</div>
<div class="pf">⟦p ◇ 第1页 ‧ 计1页 ◇⟧</div>
</body></html>
""",
        body="""
为加快潮剧青年人才培养，提升青年演员的综合素质，中心制定2025年青年演员培训计划如下。
一、培训对象：中心在职四十周岁以下演员、乐手，共三十八人。
二、培训内容：
月份　内容　授课
3—4月　唱腔与念白　国家一级演员
5—6月　身段与把子功　中心老艺术家
9—10月　折子戏排演　外聘导演
三、考核方式：年底举办青年演员汇报演出，考核结果与岗位聘任挂钩。
珣州潮剧传承中心
2025年2月25日
""",
    ),
    dict(
        slug="mail-wugong-coop-request-reply-chain",
        site="玶溪镇政务邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="other",
        form="text",
        source="mailto:nongban@pingxi.example.gov.cn?id=20250306-01",
        title="关于申请蜈蚣养殖基地防逃设施建设补助的请示",
        record_title="答复：Re: 关于申请蜈蚣养殖基地防逃设施建设补助的请示.docx",
        date="2025-02-27",
        date_also=["2025-03-06"],
        notes="mail reply chain: decorated file-name-like title (答复：Re: ….docx), counted as decorated; the reply and quoted header are chrome; the request's own 联系人/电话 kept; the send date differs from the 成文日期 (both accepted)",
        title_in="decorated",
        page="""
!m 发件人：玶溪镇农业综合服务中心 <nongban@pingxi.example.gov.cn>
!m 时间：2025-03-06 15:02
!m 收件人：县农业农村局项目股
!m 主题：答复：Re: 关于申请蜈蚣养殖基地防逃设施建设补助的请示.docx
!w 项目股：请示正文贴在下面，盖章件随后报送。——镇农服中心 小祝
!m > 在 2025-03-05 10:11，项目股 写道：
!m > 请把请示正文发一下，附件打不开。
{T}
{BODY}
!m 发自 政务邮箱手机版
""",
        body="""
县农业农村局：
我镇青石村蜈蚣养殖专业合作社现有养殖户二十七户，养殖池三百余个，去年产值二百六十万元。由于养殖池防逃设施简陋，雨季蜈蚣外逃，给周边群众带来安全隐患。
为消除隐患、规范养殖，合作社计划对全部养殖池加装防逃网和防逃沿，总投资约四十八万元，合作社自筹二十八万元。
特申请县级特色养殖项目补助资金二十万元，妥否，请批示。
联系人：祝晓峰　联系电话：13575120946
玶溪镇人民政府
2025年2月27日
""",
    ),
    dict(
        slug="gov-nitan-peatland-notice-wrapped",
        site="琬水县自然资源局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://zrzyj.wanshui.example.gov.cn/tzgg/202506/t20250609_71045.html",
        title="关于加强泥炭沼泽湿地保护严禁违法开采泥炭的通知",
        record_title="关于加强泥炭沼泽湿地保护严禁违法开采泥炭的通知",
        date="2025-06-09",
        notes="portal text extracted and hard-wrapped at 66 columns; the 抄送 版记 and the bureau's own 举报电话 kept; font and print rows and a footer",
        wrap=66,
        page="""
!m 琬水县自然资源局　　首页 ｜ 政务公开 ｜ 通知公告
!a 【字体：大 中 小】　【打印】　【关闭】
{T}
!m 发布时间：2025-06-09　来源：局办公室
{BODY}
!l 上一篇：2025年地质灾害防治方案　下一篇：关于公布第二批林地征占用审批结果的公告
!m 主办单位：琬水县自然资源局　网站标识码：6327220009
""",
        body="""
各乡镇人民政府，县直有关单位：
泥炭沼泽湿地是重要的碳库，一旦破坏极难恢复。近期，个别地方仍有私挖滥采泥炭、排水疏干沼泽的行为。为加强泥炭沼泽湿地保护，现就有关事项通知如下。
一、全面排查。各乡镇要对辖区内泥炭沼泽分布和开发利用情况进行排查，6月30日前将排查结果报县自然资源局。
二、严禁开采。任何单位和个人不得擅自开采泥炭，不得在泥炭沼泽内挖沟排水、开垦种植。
三、加强执法。对违法开采泥炭的，依法从严查处，并责令恢复原状。
举报电话：0975-8221604
琬水县自然资源局
2025年6月9日
抄送：县林业和草原局，县生态环境局。
""",
    ),
    dict(
        slug="fanwen-danggui-market-speech-hook-markers",
        site="千笔范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.qianbifw.example.com/jh/202510/66218.html",
        title="在岷阳当归交易会开幕式上的致辞",
        record_title="在岷阳当归交易会开幕式上的致辞（精选范本）_千笔范文网",
        date="2025-10-18",
        notes="范文 site text: decorated title; the page cut by ꒰n꒱ markers glued to continuation lines; date under the speech title; speaker line neutral; writing-service and copy prompts",
        pages=dict(fmt="꒰{n}꒱", every=80, start=2, glue=True),
        page="""
!m 千笔范文网 · 公文写作好帮手
!m 首页 › 讲话稿 › 致辞
!t 在岷阳当归交易会开幕式上的致辞（精选范本）
!a 复制全文　下载DOC　收藏本文
{T}
岷阳县人民政府副县长　马占鹏
（2025年10月18日）
{BODY}
!w 找人写讲话稿？专业写手一对一服务，QQ：2087731640
!l 上一篇：在中药材产业发展大会上的讲话
!l 下一篇：农产品展销会开幕式主持词
""",
        body="""
尊敬的各位嘉宾，各位客商，朋友们：
金秋十月，当归飘香。今天，第六届岷阳当归交易会在这里隆重开幕。我谨代表县人民政府，向远道而来的各位嘉宾和客商表示热烈欢迎！
岷阳是当归的传统道地产区，种植历史已有一千多年。今年全县当归种植面积达到十二万亩，产量和品质都创历史新高。
近年来，我们建设了当归标准化种植基地和产地加工中心，推行质量追溯，让岷阳当归走向全国、走出国门。
真诚欢迎各位客商来岷阳投资兴业、洽谈合作，我们将提供最优质的服务。
最后，预祝本届交易会圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="wenku-sharen-training-plan-arrow-markers",
        site="千页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.qianyewk.example.com/doc/8821047.html",
        title="2025年阳春砂仁种植技术培训方案",
        record_title=None,
        date="2025-03-05",
        notes="文库 preview text: no record title; the title found on the page; ⋗n⋖ page markers on lines of their own; preview-end prompt and pay button; training table kept",
        pages=dict(fmt="⋗{n}⋖", every=80, start=2),
        page="""
!m 千页文库　|　农林牧渔 > 种植技术
!t 2025年阳春砂仁种植技术培训方案
!m 共5页　|　贡献者：农技推广站***　|　4.6分
!a 开通会员免费下载本文档
{BODY}
!a 试读结束，想看后面的内容？立即付费阅读
!l 本文档相关推荐：砂仁病虫害防治技术　南药产业发展规划
!d 千页文库文档均由用户上传，如涉及侵权请联系我们
""",
        body="""
为提高砂仁种植户的种植管理水平，促进砂仁产业提质增效，县农技推广站制定2025年阳春砂仁种植技术培训方案。
一、培训对象：全县砂仁种植大户、合作社技术骨干，共二百人。
二、培训内容：
时间　内容
3月　林下种植与荫蔽度调控
4月　人工授粉技术
8月　采收与烘干加工
三、培训方式：集中授课与田间实操相结合，每期培训一天。
四、培训要求：参训人员要按时参加，培训结束后将所学技术带回本村，帮助周边农户。
县农业技术推广站
2025年3月5日
""",
    ),
    dict(
        slug="wechat-rewapu-maker-story-oneline",
        site="号内文章存档 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="text",
        source="https://haonei.example.com/archive/mp/29017645",
        title="六十岁的热瓦普制作人",
        record_title="六十岁的热瓦普制作人",
        date="2025-09-12",
        notes="WeChat mirror in text with the whole body on one line; account/date line is the page's date; follow prompt at top, 在看 and 'like' row after",
        oneline=True,
        page="""
!m 号内文章存档
{T}
!m 琯城文旅　2025-09-12 08:30
!a ↑ 点击上方“琯城文旅”关注我们
{BODY}
!m 来源：琯城文旅　编辑：阿依古丽
!a 分享　收藏　点赞 108　在看
!l 阅读更多：手鼓声里的巴扎　一把都塔尔的诞生
""",
        body="""
在琯城县老城区的一条巷子里，艾力·买买提的乐器作坊已经开了四十年。
今年六十岁的他，从十八岁起跟着师傅学做热瓦普，一把琴要经过选木、挖槽、蒙皮、装弦等几十道工序。
他最得意的是琴杆上的骨片镶嵌，全靠手工一点点打磨。
这些年，作坊里的热瓦普被游客带到全国各地，还有音乐学院的学生专门来定制。
艾力说，只要还能拿得动刻刀，他就要一直做下去，也要把手艺教给更多年轻人。
""",
    ),
]
