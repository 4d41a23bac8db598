"""holdout47, part A: urban management, a refinery, a geological-hazard station, a
mountaineering association, a sign-language teacher's blog, a mental-health centre, an
IP-protection centre, a tai chi school project, a social-insurance Q&A and a genealogy
society. Everything invented (places, people, sites, URLs, chrome wording)."""

CASES = [
    dict(
        slug="gov-congshan-chengguan-notice-table-layout",
        site="琮山县城市管理局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cgj.congshan.example.gov.cn/Article/ShowArticle.asp?ArticleID=3318",
        title="关于开展城区占道经营专项整治的通告",
        record_title="关于开展城区占道经营专项整治的通告--琮山县城市管理局",
        date="2025-03-12",
        notes="old ASP table layout, a 字号 row, a visitor counter, 打印此页/关闭窗口; byline 发布时间 equals the 成文日期; the bureau's own 举报电话 kept next to the site's 值班电话",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于开展城区占道经营专项整治的通告--琮山县城市管理局</title>
<script>var cnt=0;</script></head><body>
<table width="960" align="center"><tr><td>⟦m 琮山县城市管理局　整洁有序 共建共享⟧</td></tr>
<tr><td>⟦m 首页 | 机构职能 | 政务公开 | 执法公示 | 便民服务 | 互动交流⟧</td></tr></table>
<table width="960" align="center"><tr><td width="220" valign="top">
<div>⟦l 执法公示⟧</div><div>⟦l ·2月份违规停车处罚情况一览⟧</div><div>⟦l ·户外广告设置审批结果公示⟧</div>
</td><td valign="top">
<div>⟦m 您所在的位置：琮山城管 ＞＞ 政务公开 ＞＞ 通知公告⟧</div>
<h2>{T}</h2>
<div>⟦m 发布时间：2025年03月12日　来源：执法大队　点击数：1032⟧</div>
<div>⟦a 【字号 大 中 小】⟧</div>
{BODY}
<div>⟦a 【打印此页】　【关闭窗口】⟧</div>
<div>⟦l 上一条：关于城区渣土运输车辆管理的公告⟧</div>
<div>⟦l 下一条：县城管局开展“门前五包”责任书签订工作⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 主办：琮山县城市管理局　值班电话：0739-6621110⟧</td></tr>
<tr><td>⟦m 备案序号：湘ICP备18004562号-2⟧　⟦m 您是第 0047213 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
为改善城区市容环境，保障道路通行安全，县城市管理局决定自2025年3月15日至6月15日在城区开展占道经营专项整治。
一、整治范围：城区主次干道、背街小巷、学校和医院周边及农贸市场周边区域。
二、整治内容：店外经营、流动摊点占道、违规搭建遮阳棚、乱堆乱放等行为。
三、请相关经营户于3月14日前自行整改，逾期未整改的，依法予以查处。
四、欢迎广大群众监督举报，举报电话：0739-6625678。
琮山县城市管理局
2025年3月12日
""",
    ),
    dict(
        slug="fanwen-yuetian-speech-city-management-decorated",
        site="悦田范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.yuetianfw.example.com/jianghua/2025/88231.html",
        title="在全县城市管理工作会议上的讲话",
        record_title="【精选】在全县城市管理工作会议上的讲话（通用3篇）",
        date="2025-02-26",
        notes="decorated record title; date under the speech title; speaker line neutral; a member-only prompt between paragraphs; a writing-service prompt glued after a sentence",
        indent="\u3000\u3000",
        page="""
!m 悦田范文网 — 写材料，先来悦田
!m 首页 > 讲话致辞 > 会议讲话
!t 在全县城市管理工作会议上的讲话（通用3篇）
!m 更新：2025-03-04　热度：★★★★☆
篇一
{T}
县委常委、常务副县长　韩立峰
（2025年2月26日）
{BODY}
!a 本篇共3篇，开通悦田会员可一键导出全部篇目
!l 猜你还想找：
!l 城管执法队长表态发言
!l 市容环境整治动员会主持词
""",
        body="""
同志们：
今天召开全县城市管理工作会议，主要任务是回顾去年工作，部署今年城市管理重点任务。
过去一年，全县新增停车泊位一千二百个，改造背街小巷三十六条，城区环境明显改善。⟦w 材料定制找小悦，微信同号 yt_wenshu88⟧
⟦a ——以下内容为会员专享，登录后继续阅读——⟧
今年要重点抓好三件事：一是精细化管理，二是规范化执法，三是智慧化平台建设。
同志们，城市管理贵在坚持、重在长效，希望大家以钉钉子精神抓好落实。
""",
    ),
    dict(
        slug="wenku-lihua-refinery-plan-subset-markers",
        site="栎华文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.lihua.example.net/view/7f31c0aa92.html",
        title="栎阳石化公司2025年检修期间安全管理方案",
        record_title="栎阳石化公司2025年检修期间安全管理方案.docx",
        date="2025-04-02",
        notes="file-name record title; page markers ⊂n⊃ cutting paragraphs, some glued; a preview-end prompt and an uploader notice; 成文日期 in the document",
        indent="\u3000\u3000",
        pages=dict(fmt="⊂{n}⊃", every=75, start=2, glue="mix"),
        page="""
!m 栎华文库 | 行业资料 | 石油化工
!t 栎阳石化公司2025年检修期间安全管理方案.docx
!m 贡献者：tianye_2019　页数：6页　评分：4.5
{BODY}
!a 预览已到底，剩余3页请用栎币兑换后查看
!d 本文由用户自行上传分享，栎华文库仅提供信息存储空间，如有侵权请在线反馈。
!l 相似文档：炼油装置停工检修安全措施、动火作业许可管理规定
""",
        body="""
为确保2025年全厂大检修期间安全受控，结合检修任务实际，制定本方案。
一、组织机构
成立检修安全管理领导小组，总经理任组长，分管安全的副总经理任副组长，各车间主任为成员。
二、重点管控措施
（一）严格执行作业许可制度，动火、受限空间、高处作业必须逐级审批，未经审批一律不得作业。
（二）所有承包商人员进厂前须完成三级安全教育，考试合格后方可发放出入证。
（三）检修现场实行网格化管理，每个网格明确一名安全监护人，全程旁站。
三、应急保障
消防车、气防车在检修期间实行二十四小时驻厂值守，各车间每周组织一次应急演练。
栎阳石化有限责任公司
2025年4月2日
""",
    ),
    dict(
        slug="news-zanhu-landslide-drill-html-photo",
        site="瓒湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.zanhu.example.cn/bendi/2025-05/20/c_116622.htm",
        title="瓒湖县开展汛前地质灾害避险转移演练",
        record_title="瓒湖县开展汛前地质灾害避险转移演练_本地新闻_瓒湖新闻网",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="modern news page: a photo caption between paragraphs, an editor line glued after the last paragraph, a share bar, a hot list; record date",
        p_html='<p style="text-indent:2em">{}</p>',
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>瓒湖县开展汛前地质灾害避险转移演练_本地新闻_瓒湖新闻网</title>
<script src="/js/stat.js"></script></head><body>
<header><div class="logo">⟦m 瓒湖新闻网 · 瓒湖县融媒体中心主办⟧</div>
<nav>⟦m 首页 时政 本地 民生 视频 专题⟧</nav></header>
<div class="crumb">⟦m 当前：首页 / 本地新闻 / 正文⟧</div>
<article><h1>{T}</h1>
<div class="meta">⟦m 2025-05-20 17:42　来源：瓒湖县融媒体中心　记者 易晓岚⟧</div>
<div class="share">⟦l 分享至 微信 朋友圈 QQ空间⟧</div>
{BODY}
</article>
<aside><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 瓒湖大桥夜间限行方案公布⟧</li><li>⟦l 县城新增三处口袋公园⟧</li></ol></aside>
<footer>⟦d 瓒湖新闻网版权所有，未经书面授权不得转载、摘编⟧<br>⟦m 互联网新闻信息服务许可证：43120230017⟧</footer>
</body></html>
""",
        body="""
5月20日上午，瓒湖县在石门镇龙潭村组织开展汛前地质灾害避险转移演练，全县各乡镇分管负责人现场观摩。
演练模拟连续强降雨引发村后山体出现裂缝，监测员发现险情后立即上报，镇村两级迅速启动应急预案。
⟦m 图为演练现场，村民有序撤离至安置点。（记者 易晓岚 摄）⟧
四十余名群众在二十分钟内全部转移至村小学临时安置点，医疗、供电、通信保障同步到位。
县自然资源局有关负责人介绍，今年全县共排查地质灾害隐患点六十三处，已逐一落实监测责任人。⟦m （编辑：周笛　审核：冯远）⟧
""",
    ),
    dict(
        slug="forum-shanyou-climbing-safety-junk",
        site="珂口山友论坛 (invented)",
        style="论坛",
        genre="须知",
        kind="other",
        form="text",
        source="https://bbs.keko-shanyou.example.com/thread-55102-1-1.html",
        title="珂口县登山协会周末徒步活动安全须知",
        record_title="[户外公告] 珂口县登山协会周末徒步活动安全须知 - 活动召集 - 珂口山友论坛",
        date=None,
        notes="forum post with junk lines and glued junk; the post time is relative (3天前), not a date; floor and signature chrome",
        junk=dict(lines=2, glued=3),
        page="""
!m 珂口山友论坛 › 活动召集 › 查看帖子
!t [户外公告] 珂口县登山协会周末徒步活动安全须知
!m 楼主：老鹰嘴　发表于 3天前　只看该作者
!m 查看: 2217 | 回复: 46
{BODY}
!l 签名：山在那里，慢慢走。
!a 回复　引用　举报　顶部
!l 2楼 阿木同学：报名，带两个同事。
!l 3楼 青苔：请问能带八岁小孩吗？
""",
        body="""
各位山友：本周六协会组织龙脊岭环线徒步，全程约十四公里，累计爬升八百米，属中等强度路线。
参加活动须年满十六周岁，近半年有十公里以上徒步经历，患有心脑血管疾病者请勿报名。
装备要求：登山鞋、双肩包、雨具、头灯、两升以上饮用水和路餐，禁止穿着运动凉鞋上山。
活动全程听从领队安排，不得擅自离队或走野路，掉队时原地等待收队队员。
协会已为全体队员购买户外意外险，报名时请提供真实姓名和身份证号。
""",
    ),
    dict(
        slug="blog-shouyu-teacher-insight-tags",
        site="知语手记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://zhiyu-shouji.example.blog.cn/post/2025/04/1187",
        title="参加全市手语翻译员培训班的几点体会",
        record_title=None,
        date="2025-04-18",
        notes="no record title; title found on the page; a blog's bracketed post time is the date; tags, a reading count and a comment box",
        page="""
!m 知语手记 · 一个手语老师的日常
!m 首页 | 随笔 | 课堂 | 关于我
{T}
!m [2025-04-18 21:06]　分类：课堂　阅读(342)
{BODY}
!l 标签：手语 培训 无障碍
!l 评论(5)　|　发表你的看法
!l « 上一篇 带聋孩子去图书馆   下一篇 » 手语里的方言
""",
        body="""
四月上旬，我有幸参加了市残联举办的手语翻译员培训班，为期五天，收获很多。
第一点体会是，手语不是汉语的逐字翻译，它有自己的语法和表达习惯，翻译时要先理解意思再组织手势。
第二点体会是，面部表情同样是语言的一部分，同一个手势配上不同表情，意思可能完全相反。
第三点体会是，要多和聋人朋友交流，课本上的标准手语和日常使用的手语之间还有不少差别。
回到学校后，我准备把培训内容整理成讲义，和同事们一起分享学习。
""",
    ),
    dict(
        slug="wechat-linzhou-mental-health-pledge-html",
        site="璘州心语 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://mp.wxmirror.example.com/s/Lz_XinYu_20251010",
        title="世界精神卫生日倡议书",
        record_title="世界精神卫生日倡议书 | 璘州心语",
        date="2025-10-10",
        notes="WeChat mirror: account line with date, 点击蓝字关注 on top, 在看/点赞 row and a 长按识别 prompt at the bottom; the document's own 心理援助热线 kept; the document says 扫码 as content",
        p_html='<section><p><span style="font-size:16px;">{}</span></p></section>',
        page="""
<html><head><meta charset="utf-8"><title>世界精神卫生日倡议书 | 璘州心语</title></head><body>
<div class="rich_media">
<h2 class="rich_media_title">{T}</h2>
<div class="meta">⟦m 璘州心语　璘州市精神卫生中心　2025-10-10 08:30　发表于璘州⟧</div>
<p>⟦a ↑点上方“璘州心语”蓝字，设为星标不迷路⟧</p>
{BODY}
<p>⟦l 往期推荐：｜失眠了怎么办？｜陪伴抑郁的家人⟧</p>
<p>⟦a 长按二维码识别，关注更多心理科普⟧</p>
<div class="tool">⟦l 阅读 1.2万　赞 316　在看 88⟧</div>
<div class="foot">⟦d 本文由璘州心语原创，转载请后台留言授权⟧</div>
</div></body></html>
""",
        body="""
全市广大市民朋友们：
10月10日是世界精神卫生日，心理健康和身体健康同样重要，我们向大家发出如下倡议。
一、关注自身情绪变化，学会倾诉，遇到长期失眠、情绪低落时主动寻求专业帮助。
二、理解和接纳身边的精神障碍患者，不歧视、不排斥，帮助他们融入社会。
三、家长要多陪伴孩子，留意孩子在学习和交往中的压力。
如有需要，可扫描中心门诊大厅的二维码预约心理咨询，或拨打二十四小时心理援助热线0736-96525。
璘州市精神卫生中心
2025年10月10日
""",
    ),
    dict(
        slug="docshare-zhichan-ip-summary-docx-name",
        site="云笺文档 (invented)",
        style="文档分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.yunjian-doc.example.com/d/5c0a7e1b.html",
        title="翊川市知识产权保护中心2024年工作总结",
        record_title="翊川市知识产权保护中心2024年工作总结.docx",
        date="2025-01-15",
        notes="file-name record title; a data table (one row a paragraph); a download-credit prompt glued to a paragraph; an uploader notice and a file info line",
        page="""
!m 云笺文档 ｜ 免费文档分享平台
!m 文件：翊川市知识产权保护中心2024年工作总结.docx　大小：38KB　上传：2025-02-03
{BODY}
!a 下载需消耗2积分　|　加入资料袋
!d 声明：资料由网友上传，仅用于交流学习，若侵犯您的权益请联系平台删除。
""",
        body="""
2024年，中心围绕快速审查、快速确权、快速维权三项职能，各项工作取得明显成效。
一、主要指标完成情况
指标　目标　完成
专利预审受理量　800件　946件
预审合格率　85%　91.2%
维权援助案件　60件　73件
二、主要做法
一是优化预审服务，为备案企业提供一对一辅导，平均预审周期缩短至四个工作日。
二是强化维权援助，在产业园区设立工作站三个，接待企业咨询四百余次。⟦a 【阅读全文需下载】⟧
三、2025年工作打算
继续扩大备案主体范围，推动知识产权纠纷快速处理机制覆盖全市重点产业。
翊川市知识产权保护中心
2025年1月15日
""",
    ),
    dict(
        slug="edu-jiantou-taiji-plan-decimal-headings",
        site="枧头县教育信息网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://jyj.jiantou.example.gov.cn/tzgg/202503/t20250307_4412.html",
        title="枧头县太极拳进校园活动实施方案",
        record_title="枧头县太极拳进校园活动实施方案_通知公告_枧头县教育信息网",
        date="2025-03-07",
        notes="decimal headings kept; document number neutral; a byline 发布日期 equals 成文日期; 附件 list kept; font-size and close buttons",
        page="""
!m 枧头县教育信息网
!m 当前位置：首页 -> 通知公告
!t 枧头县太极拳进校园活动实施方案
!m 发布日期：2025-03-07　作者：体卫艺股　浏览：567次
!a 【大 中 小】【打印】【关闭】
枧教发〔2025〕9号
{BODY}
!l 相关附件下载：太极拳进校园活动实施方案.doc
!m 枧头县教育局 主办　地址：枧头县文昌路8号　电话：0745-3310021
""",
        body="""
为传承中华优秀传统文化，增强学生体质，县教育局决定在全县中小学开展太极拳进校园活动，现制定方案如下。
1 活动目标
1.1 到2025年底，全县中小学太极拳普及率达到百分之八十以上。
1.2 每所学校培养太极拳骨干教师不少于两名。
2 主要内容
2.1 将二十四式简化太极拳纳入大课间活动，每周不少于三次。
2.2 每学期举办一次校级太极拳展演，县里每年举办一次集中展示。
3 联系方式
联系人：县教育局体卫艺股 魏兰，电话：0745-3315067。
附件：1.太极拳进校园学校名单
2.骨干教师培训安排表
枧头县教育局
2025年3月7日
""",
    ),
    dict(
        slug="oa-lihua-refinery-minutes-html",
        site="栎阳石化协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://oa.lyshihua.example.com.cn/doc/view.do?docid=2025041600372",
        title="第二联合车间安全生产例会纪要",
        record_title=None,
        date="2025-04-16",
        notes="intranet document view: no record title; 时间/地点/主持/参会/记录 lines kept; a read-receipt list and a 流转 trail; watermark text",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 栎阳石化协同办公平台</title></head><body>
<div class="bar">⟦m 栎阳石化协同办公平台　当前用户：孙晓雯（安全环保部）⟧　<a>⟦a 退出登录⟧</a></div>
<div class="tabs">⟦m 待办(7)　已办　公文查看　通讯录⟧</div>
<div class="doc"><h3>{T}</h3>
<div>⟦m 文档编号：LYSH-JY-2025-0416　密级：内部　拟稿：二联合车间⟧</div>
{BODY}
</div>
<div class="flow"><p>⟦m 流转记录：2025-04-16 16:20 车间主任审核通过 → 2025-04-17 09:05 安全环保部归档⟧</p>
<p>⟦m 已阅人员：黄勇、陈思、孙晓雯等12人⟧</p></div>
<div class="wm">⟦d 内部资料 严禁外传 孙晓雯 2025-04-18⟧</div>
</body></html>
""",
        body="""
时间：2025年4月16日14时30分
地点：二联合车间会议室
主持：车间主任 彭国栋
参会：车间管理人员、各班组长，共十五人
记录：宋佳
会议通报了一季度车间安全生产情况，一季度车间未发生安全生产事故，查改隐患三十一项。
会议议定：一、加热炉区域四月底前完成可燃气体报警器校验；二、五月起外来施工人员一律刷卡入区；三、各班组每周开展一次岗位应急处置卡演练。
会议要求各班组长于4月20日前将本班组整改清单报车间安全员。
""",
    ),
    dict(
        slug="qa-baozhang-social-insurance-answer",
        site="问保通 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenbaotong.example.com/question/3308711.html",
        title="灵活就业人员社保断缴了几个月，还能补缴吗？",
        record_title="灵活就业人员社保断缴了几个月，还能补缴吗？ - 问保通",
        date="2025-06-03",
        notes="a Q&A: asker line, a best-answer badge, 回答于 date is the page's date; a site hotline beside the answer's own 12333; a related-questions box",
        page="""
!m 问保通 - 社保问题大家答
!t 灵活就业人员社保断缴了几个月，还能补缴吗？
!m 提问者：璋平小周　|　浏览 1906 次
!m ★ 最佳答案　社保顾问 梁卫　回答于 2025-06-03
{BODY}
!l 有用(58)　没用(2)　评论
!w 个人参保有疑问？添加顾问微信 wbt-kefu01 免费帮查
!l 相关问题
!l 灵活就业养老保险每年最低交多少？
!l 换城市工作后社保怎么转移？
""",
        body="""
您好，灵活就业人员中断缴费后，一般可以在当年度内补缴断缴月份的养老保险费，但需要按补缴时的缴费基数计算。
跨年度的补缴政策各地不一样，有的地方不允许跨年补缴，建议先向参保地社保经办机构确认。
医疗保险断缴超过三个月的，重新缴费后通常有一定的等待期，等待期内发生的医疗费用不能报销。
具体可以拨打当地社保服务热线12333咨询，也可以在人社部门的网上服务大厅查询个人缴费记录。
""",
    ),
    dict(
        slug="collection-langu-genealogy-speech",
        site="兰谷居文存 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://langujuwencun.example.net/juan4/047.html",
        title="在瑭溪钟氏族谱续修理事会成立大会上的讲话",
        record_title="《兰谷居文存》卷四·第47篇｜在瑭溪钟氏族谱续修理事会成立大会上的讲话",
        date="2024-08-12",
        notes="a personal collection: chapter navigation, a collector's note; date under the speech title in Chinese numerals; speaker line neutral",
        indent="\u3000\u3000",
        gap=True,
        page="""
!m 兰谷居文存　钟启明 著
!m 目录 ｜ 卷四 乡里文字
!t 第四十七篇　在瑭溪钟氏族谱续修理事会成立大会上的讲话
钟启明
（二〇二四年八月十二日）
{BODY}
!d 编者附记：本篇据作者手稿录入，文字未作改动。
!l ← 第四十六篇 祠堂修缮记　｜　第四十八篇 重阳敬老会致辞 →
""",
        body="""
各位宗亲：
今天，瑭溪钟氏族谱续修理事会正式成立了，这是我们全族的一件大事。
上一次修谱还是在一九八六年，转眼已近四十年，族中人口迁徙各地，不少支系已经失去联系。
这次续修，我们要坚持实事求是，世系要有据可查，生卒年月要核对清楚，不攀附、不杜撰。
要倡导新风，女儿女婿一并入谱，把家训家风的内容写得更充实一些。
希望各房理事分工协作，争取两年内完成编修任务。
""",
    ),
]
