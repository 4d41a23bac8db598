"""holdout153, part C: company, training-school, writing-app, exam-forum, encyclopaedia,
cloud-drive, cache, print, mail, 范文 and portal pages on Gui opera, medicinal diet and
sand-table models. Invented throughout."""

CASES = [
    dict(
        slug="company-hengjing-shapan-news-html",
        site="衡景模型有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hengjing-model.example.com/news/gsdt/2025/0805.html",
        title="衡景模型完成滨湖新城规划沙盘交付",
        record_title="衡景模型完成滨湖新城规划沙盘交付 - 公司动态 - 衡景模型有限公司",
        date="2025-08-05",
        record_date="2025-08-05",
        notes="company site: 在线报价 button, hotline, WeChat QR, case list; the company's own 联系电话 in the news kept",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>衡景模型完成滨湖新城规划沙盘交付 - 公司动态 - 衡景模型有限公司</title>
<script>window._hmt=[];</script></head><body>
<div class="header">⟦m 衡景模型 · 用匠心还原每一座城⟧　⟦m 全国服务热线 400-663-2917⟧</div>
<div class="nav">⟦m 网站首页　关于衡景　案例展示　新闻中心　联系我们⟧</div>
<div class="pos">⟦m 新闻中心 / 公司动态⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 2025-08-05　浏览量：215⟧</div>
<div class="newsbody">
{BODY}
</div>
<div class="prevnext">⟦l 上一篇：公司荣获市级专精特新企业称号⟧　⟦l 下一篇：暑期模型制作体验营开营⟧</div>
<div class="float">⟦a 在线报价⟧ ⟦a 扫码加微信⟧</div>
<div class="footer">⟦d Copyright 2012-2025 瑁城衡景模型有限公司 All Rights Reserved⟧ ⟦m 桂ICP备15003381号⟧</div>
</body></html>
""",
        body="""
8月3日，公司为玥湖县规划展览馆制作的滨湖新城规划沙盘通过验收，正式交付使用。
该沙盘长十八米、宽九米，比例1:1000，共制作建筑单体模型两千四百余个，并配有夜景灯光和多媒体讲解系统。
项目团队克服工期紧、改动多的困难，在七十五天内完成了设计、制作和安装。
公司承接规划沙盘、地形沙盘、售楼沙盘等业务，联系电话：0772-8816330。
""",
    ),
    dict(
        slug="training-shiyang-yaoshan-course-html",
        site="食养堂职业培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.shiyangtang.example.com/zsjz/ysys2025.html",
        title="2025年药膳调理师培训班招生简章",
        record_title="2025年药膳调理师培训班招生简章（限额40人）",
        date="2025-08-15",
        notes="training school with float consult box, enrolment 400 line vs the school's own 报名电话; course table; date at the end",
        page="""
<html><head><meta charset="utf-8"><title>食养堂职业培训学校</title></head><body>
<div class="top">⟦m 食养堂职业培训学校　人社部门备案培训机构⟧</div>
<div class="menu">⟦m 学校简介 | 培训项目 | 师资力量 | 学员风采 | 在线报名⟧</div>
<h2>{T}</h2>
<div class="content">
{BODY}
</div>
<div class="kefu">⟦w 课程顾问在线，点击咨询⟧ ⟦w 招生热线：400-770-2658⟧</div>
<div class="foot">⟦m 校址：瑄阳县城东路102号　⟧⟦d 版权所有 食养堂⟧</div>
</body></html>
""",
        body="""
一、培训对象：餐饮从业人员、养生爱好者，年满18周岁，初中及以上文化程度。
二、培训内容
模块　课时
中医基础与体质辨识　24课时
药食同源物质知识　16课时
药膳烹饪实操　40课时
三、培训时间：9月6日开班，每周六、周日上课，共十周。
四、报名方式：携身份证到学校教务处报名，报名电话：0776-7230485。
食养堂职业培训学校
2025年8月15日
""",
    ),
    dict(
        slug="fwapp-bixian-guiju-summary-share",
        site="笔仙写作App (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://share.bixian.example.com/s/7Hq2xLm",
        title="县桂剧团2024年度工作总结",
        record_title="县桂剧团2024年度工作总结｜笔仙写作",
        date="2025-01-06",
        notes="writing-app share page: open-in-app bar, AI rewrite button glued after a paragraph, member-unlock line inside the body; Chinese-numeral date under the signature",
        page="""
!a 打开笔仙App，阅读体验更佳
!m 笔仙写作 · 你的AI写作搭子
{T}
!m 由 用户Lx_0632 分享　｜　字数 312
{BODY}
!a 复制全文　｜　AI改写成我的版本
!l 同类热门：剧团年度工作计划　文艺演出活动总结
""",
        body="""
2024年，县桂剧团在县委宣传部和县文旅局的领导下，全年完成各类演出一百二十六场，观众达九万余人次。
一、送戏下乡成效明显。全年深入十四个乡镇、六十八个村屯演出，实现乡镇全覆盖。⟦a AI帮你扩写这一段⟧
二、剧目建设取得突破。新编现代戏《瑶乡春早》完成剧本创作和音乐设计，复排传统戏三出。
⟦a 开通会员，解锁全部段落⟧
三、人才培养持续加强。招收学员十名，举办青年演员唱腔比赛一次。
2025年，我们将继续坚持以演出为中心，推动桂剧传承发展再上新台阶。
琰水县桂剧团
二〇二五年一月六日
""",
    ),
    dict(
        slug="gkforum-anban-yaoshan-interview-question",
        site="岸边公考论坛 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="other",
        form="text",
        source="https://bbs.anbiangk.example.com/thread-90217-1-1.html",
        title="面试真题：某地打造药膳特色街区，你怎么看？",
        record_title="[面试真题] 面试真题：某地打造药膳特色街区，你怎么看？ - 结构化面试 - 岸边公考论坛",
        date=None,
        notes="exam forum: floor meta, 上岸 badge, reply-to-view prompt; relative time only; no date",
        page="""
!m 岸边公考论坛 › 面试专区 › 结构化面试
{T}
!m 楼主：上岸锦鲤2025　｜　发表于 2天前　｜　回复 87
!m 【已上岸】瑄阳县事业单位 综合管理岗
{BODY}
!a 本帖隐藏内容：回复后可见完整答题框架
!l 回帖　｜　点赞　｜　收藏本帖
!l 上一帖：2025年省考面试热点汇总　　下一帖：无领导小组讨论技巧
""",
        body="""
参考答题思路：
1. 表明态度：打造药膳特色街区有利于传承中医药文化、带动餐饮消费，是一件好事，但要防止一哄而上。
2. 分析问题：有的街区只重招牌不重质量，有的商家夸大药膳功效，有的缺少专业人才。
3. 提出对策：一是统一规划，控制商户数量；二是加强监管，严禁虚假宣传；三是培养人才，推行药膳师持证上岗。
4. 总结：只有把质量和诚信放在首位，特色街区才能走得长远。
""",
    ),
    dict(
        slug="wiki-baike-shapan-entry-placeholder",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.baizhi.example.com/item/建筑沙盘模型/22817",
        title="建筑沙盘模型",
        record_title="建筑沙盘模型_百知百科",
        date=None,
        notes="encyclopaedia entry: edit links, catalogue box, reference list; example years inside the entry; no date",
        page="""
!m 百知百科　｜　让知识更简单
!a 编辑　｜　讨论　｜　收藏　｜　上传视频
{T}
!m 本词条由“百知科普”审核　｜　浏览次数：10283　｜　最近更新：5天前
!l 目录　1 简介　2 分类　3 制作流程
{BODY}
!l 参考资料：［1］《模型制作工艺》，瑁城出版社
!l 词条标签：建筑　模型　规划
!d 百知百科内容由网友共同编辑，如有错误请反馈
""",
        body="""
建筑沙盘模型是按一定比例缩小制作的建筑及其周边环境的实体模型，常用于城市规划展示、楼盘销售和教学。
按用途可分为规划沙盘、地形沙盘、售楼沙盘和户型模型等。
常见比例有1:500、1:1000、1:2000等，比例越小，表现的范围越大。
制作流程一般包括图纸分析、底盘制作、地形堆砌、建筑单体制作、绿化配景和灯光布置。
""",
    ),
    dict(
        slug="netdisk-lanyun-guiju-plan-file-title",
        site="蓝云网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.lanyun.example.com/s/1kJq8Wz",
        title="琰水县2025年桂剧送戏下乡活动方案",
        record_title="琰水县2025年桂剧送戏下乡活动方案.wps",
        date="2025-02-18",
        notes="cloud-drive preview: file name title, save/download bar, expiry stamp, share-user line; numbered list",
        page="""
!m 蓝云网盘 | 文件分享
!m 琰水县2025年桂剧送戏下乡活动方案.wps　　96.5KB
!a 保存到我的网盘　　下载(12.3M/s 会员加速)
!m 分享者：琰水文旅小王　｜　有效期：永久　｜　分享于 2025-02-20
{T}
{BODY}
!a 预览模式仅显示前3页，下载后查看全部
!d 请勿通过网盘传播违法违规内容，举报请点击右上角
""",
        body="""
为丰富农村群众文化生活，决定在全县开展桂剧送戏下乡活动，制定本方案。
一、活动时间：2025年3月至11月。
二、演出场次：全年演出不少于一百场，每个行政村至少一场。
三、经费保障：每场演出补助三千元，由县级文化事业经费列支。
四、工作要求：各乡镇要提前选好演出场地，做好安全保障和群众组织工作。
琰水县文化广电体育和旅游局
2025年2月18日
""",
    ),
    dict(
        slug="snapshot-kuaiyin-yaoshan-street-html",
        site="快印搜索快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.kuaiyin.example.com/c?u=www.daixian.example.gov.cn/sjj/tz/1033.html",
        title="关于规范药膳特色街区经营秩序的通知",
        record_title=None,
        date="2025-05-30",
        notes="search-cache frame: snapshot banner, highlight notice; inner page's own chrome; date at the signature; snapshot stamp no date",
        page="""
<html><head><meta charset="utf-8"><title>关于规范药膳特色街区经营秩序的通知 - 快印快照</title></head><body>
<div class="snap">⟦d 这是快印搜索保存的页面快照，是网页在 2025年6月9日 03:14 的样子⟧<br>⟦a 查看当前页面⟧ ⟦a 关闭快照条⟧</div>
<div class="hl">⟦m 以下搜索词已高亮显示：药膳　街区⟧</div>
<div class="inner">
<div>⟦m 玳县市场监督管理局⟧</div>
<div>⟦m 首页 > 通知公告⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 玳县市场监督管理局 主办　投诉举报：12315⟧</div>
</div>
</body></html>
""",
        body="""
城南药膳特色街区各经营户：
为规范街区经营秩序，保障消费者合法权益，现就有关事项通知如下：
一、各经营户须在店堂显著位置公示营业执照、食品经营许可证和药食同源物质清单。
二、菜单和宣传材料中不得出现“治疗”“根治”等字样。
三、严禁使用国家禁止用于食品的中药材。
对违反上述规定的，我局将依法查处。
玳县市场监督管理局
2025年5月30日
""",
    ),
    dict(
        slug="print-yanshui-guiju-theatre-rules",
        site="琰水县大剧院 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.ysdjy.example.com/print.php?id=602",
        title="琰水县大剧院观众文明观演须知",
        record_title="打印预览 - 琰水县大剧院观众文明观演须知",
        date="2025-04-01",
        notes="print view: window.print script, print/close buttons, print footer 第1页 共1页; rule articles speak of 扫码 as content",
        page="""
<html><head><meta charset="utf-8"><title>打印预览</title><script>function doPrint(){window.print();}</script></head><body>
<div class="noprint">⟦a 【打 印】⟧ ⟦a 【关 闭】⟧</div>
<h3>{T}</h3>
<div>⟦m 琰水县大剧院　www.ysdjy.example.com⟧</div>
{BODY}
<div class="pf">⟦p 第1页 共1页⟧</div>
</body></html>
""",
        body="""
一、观众凭票入场，一人一票，身高1.2米以下儿童须由成人陪同。
二、入场时请扫描场馆码登记，配合工作人员安检。
三、演出期间请将手机调至静音，禁止录音录像，不得大声喧哗。
四、桂剧演出中演员亮相、唱段结束时可鼓掌喝彩，其余时间请保持安静。
五、演出结束请有序离场，带走随身垃圾。
琰水县大剧院
2025年4月1日
""",
    ),
    dict(
        slug="mail-fwd-shapan-material-request",
        site="瑁城邮箱网页版 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.mc.example.com/read?mid=0000871AF2",
        title="关于商请提供滨湖新城地形测绘资料的函",
        record_title="Fwd: 关于商请提供滨湖新城地形测绘资料的函",
        date="2025-04-03",
        date_also=["2025-04-07"],
        notes="forwarded mail: header block, 附件 header of the mail vs the letter's own 附件 line; letter date vs send date; mail footer",
        page="""
!m 发件人：郑雨桐 <zhengyt@hengjing-model.example.com>
!m 收件人：设计部全体
!m 时间：2025年4月7日 星期一 上午9:12
!m 主题：Fwd: 关于商请提供滨湖新城地形测绘资料的函
!m 附件：1个（测绘资料清单.xlsx）
各位：转发一下，请设计部按清单准备接收。
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由瑁城邮箱发送，如非收件人请立即删除。
!a 回复　回复全部　转发　删除
""",
        body="""
玥湖县测绘地理信息中心：
我公司承接玥湖县规划展览馆城市沙盘模型更新项目，需使用滨湖新城片区1:1000地形图和近期航拍影像。
为保证沙盘与实际地形一致，特商请贵中心提供上述资料，我公司承诺仅用于本项目，不作他用。
联系人：郑雨桐，电话：0772-8816335。
附件：测绘资料需求清单
瑁城衡景模型有限公司
2025年4月3日
""",
    ),
    dict(
        slug="fanwen-gujing-yaoshan-speech-oldtable",
        site="古井范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gujingfw.example.com/html/jh/20250921/5530.html",
        title="在首届药膳烹饪技能大赛开幕式上的致辞",
        record_title="【精品推荐】在首届药膳烹饪技能大赛开幕式上的致辞（通用可改）_古井范文网",
        date="2025-09-20",
        notes="old gb2312 范文 table layout: marquee, 阅读字号 row, hot list, counter with webmaster QQ; date under the title",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精品推荐】在首届药膳烹饪技能大赛开幕式上的致辞（通用可改）_古井范文网</title></head>
<body>
<table width="100%"><tr><td>⟦m 古井范文网 www.gujingfw.example.com⟧</td></tr></table>
<marquee scrollamount="3">⟦l 最新范文：秋季运动会开幕词　国庆节演讲稿　教师节致辞⟧</marquee>
<table width="960"><tr><td valign="top">
<div align="center"><b>{T}</b></div>
<div align="center">（2025年9月20日）</div>
<div>⟦a 【阅读字号：特大 大 中 小】⟧</div>
{BODY}
</td><td width="240" valign="top">⟦l 范文排行榜⟧<br>⟦l 1.开幕式致辞大全⟧<br>⟦l 2.比赛颁奖词⟧</td></tr></table>
<table width="100%"><tr><td>⟦m 访问总数：3389021　站长QQ：20817734⟧</td></tr></table>
</body></html>
""",
        body="""
各位来宾，各位选手：
金秋时节，首届药膳烹饪技能大赛今天在这里开幕。我代表主办单位，向参赛选手表示热烈欢迎！
本次大赛共有来自全市的四十六名选手参加，大家将围绕药食同源主题同台竞技。
希望各位选手严守规则、展示技艺，也希望评委们公平公正、精心评判。
预祝大赛圆满成功！
""",
    ),
    dict(
        slug="gov-daixian-guiju-subsidy-notice-wrapped",
        site="玳县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.daixian.example.gov.cn/zwgk/tzgg/202503/t20250311_7702.html",
        title="关于申报2025年度桂剧传承人传习补助的通知",
        record_title="关于申报2025年度桂剧传承人传习补助的通知_玳县人民政府网",
        date="2025-03-11",
        notes="text-only portal page hard-wrapped at 66 columns; 文号 neutral; 附件 list and 联系人 kept; 印发 line",
        wrap=66,
        indent="　　",
        page="""
!m 玳县人民政府网
!m 首页 > 政务公开 > 通知公告
{T}
玳文旅发〔2025〕9号
!m 发布时间：2025-03-11　【字号 大 中 小】
{BODY}
!l 【打印本页】【关闭窗口】
!m 玳县人民政府办公室主办　桂ICP备17001592号
""",
        body="""
各乡镇文化站，县桂剧传承中心：
为鼓励桂剧传承人开展传习活动，县文旅局决定开展2025年度桂剧传承人传习补助申报工作。县级以上桂剧代表性传承人，当年带徒不少于两名、开展传习活动不少于二十次的，可申报补助。
县级传承人每人每年补助四千元，市级以上传承人每人每年补助六千元。
申报人须于4月15日前将申报表和传习活动记录报送县文旅局非遗股。
联系人：蒙晓丹，电话：0774-8812036。
附件：桂剧传承人传习补助申报表
玳县文化广电体育和旅游局
2025年3月11日
玳县文化广电体育和旅游局办公室　2025年3月11日印发
""",
    ),
]
