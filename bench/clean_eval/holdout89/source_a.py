"""holdout89, part A. Invented text (folding-fan workshops, herbaria, snowmobiles, tangerines, steam locomotives, trolleybuses)."""

CASES = [
    dict(
        slug="fanwen-shanyun-speech-fan-festival",
        site="扇韵范文馆 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.shanyunfw.com/jianghua/wenhua/8812.html",
        title="在箴川县第三届折扇文化节开幕式上的致辞",
        record_title="【精选】在箴川县第三届折扇文化节开幕式上的致辞（通用2篇）",
        date="2025-04-18",
        notes="decorated record title; date under the speech title; speaker line neutral",
        page="""
!m 扇韵范文馆｜材料写作不求人
!m 位置：首页 ＞ 致辞讲话 ＞ 文化活动致辞
!t 【精选】在箴川县第三届折扇文化节开幕式上的致辞（通用2篇）
!m 更新：2025-04-20　　阅读 1,208 次　　整理：竹篾
{T}
箴川县人民政府副县长　罗颂平
（2025年4月18日）
{BODY}
!a 觉得有用？点此一键拷贝全文，或保存为Word文档
!w 材料定制找小韵，微信号 shanyun_wx88，当天出稿
!l 同类范文推荐：
!l 非遗传承人座谈会主持词
!l 县文化馆年度工作汇报
!d 声明：本馆范文均由会员投稿，仅作写作参考，若涉及您的权益请邮件告知删除。
!m ©2019-2025 shanyunfw.com 浙ICP备19088213号
""",
        indent="\u3000\u3000",
        body="""
各位来宾，朋友们：
春风送暖，扇香满城。今天，第三届折扇文化节在箴川古镇开幕，我代表县人民政府，向远道而来的各位嘉宾表示热烈欢迎！
箴川制扇已有四百多年历史，全县现有制扇作坊六十二家，从业人员一千三百余人。本届文化节将举办扇面书画展、制扇技艺比赛和扇骨材料交易会，时间持续五天。
希望各位嘉宾走进作坊、走近匠人，多看、多品、多提宝贵意见。预祝文化节圆满成功！
""",
    ),
    dict(
        slug="fanwen-gbk-herbarium-summary-table-layout",
        site="公文宝典网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.gwbaodian.net/zj/2025/0117/3391.asp",
        title="簪湖县植物标本馆2024年工作总结",
        record_title="簪湖县植物标本馆2024年工作总结-公文宝典网",
        date="2025-01-10",
        notes="old gb2312 table layout with marquee, font-size row, visitor counter; Chinese-numeral signature date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>簪湖县植物标本馆2024年工作总结-公文宝典网</title>
<script language="javascript" src="/js/counter.js"></script></head>
<body bgcolor="#f3f3f3">
<table width="960" align="center"><tr><td><img src="/img/logo.gif"></td><td>⟦m 公文宝典网　www.gwbaodian.net⟧</td><td>⟦a 设为主页⟧ | ⟦a 收藏本站⟧</td></tr></table>
<table width="960" align="center"><tr><td><marquee>⟦m 热烈庆祝公文宝典网改版上线，十万篇范文免费查阅！⟧</marquee></td></tr></table>
<table width="960" align="center"><tr>
<td width="700" valign="top">
<div>⟦m 当前位置：公文宝典网 → 总结大全 → 单位总结⟧</div>
<h1>{T}</h1>
<div>⟦m 来源：网友投稿　作者：佚名　点击数：862⟧　⟦a 【字号：大 中 小】⟧</div>
{BODY}
<div>⟦a 【打印本文】【关闭窗口】【返回顶部】⟧</div>
<div>⟦l 上一篇：乡镇农技站年度工作总结⟧</div>
<div>⟦l 下一篇：县林业局森林资源监测工作总结⟧</div>
</td>
<td width="250" valign="top">
<div>⟦l 本周热门⟧</div>
<ul><li>⟦l 博物馆馆长述职报告⟧</li><li>⟦l 科普基地建设工作汇报⟧</li></ul>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站所有资料均来源于网络，版权归原作者，如有不妥请联系站长处理。⟧<br>⟦m 您是第00381552位访客　苏ICP备08031775号⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，县植物标本馆在县科技局的指导下，围绕“收藏、研究、科普”三项职能，较好完成了全年工作任务。
一、馆藏建设。全年新采集制作腊叶标本2146份，其中县域新记录种11种；完成1.8万份旧标本的消毒和换签。
二、数字化工作。建成标本影像数据库，上线标本图片9320幅，公众可在馆网站免费浏览和下载高清图片。
三、科普宣传。接待中小学生研学团队47批次，举办“身边的野花”主题展览2期。
2025年，我馆将重点推进珍稀植物种质资料整理，争取申报省级科普教育基地。
簪湖县植物标本馆
二〇二五年一月十日
""",
    ),
    dict(
        slug="wenku-ganju-plan-double-bracket-markers",
        site="橙果文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.chengguo.cn/view/7d21e0a9c3.html",
        title="笙原镇2025年蜜橘产业提质增效实施方案",
        record_title="笙原镇2025年蜜橘产业提质增效实施方案.docx",
        date="2025-02-26",
        notes="file-name record title; preview markers in a form of our own cutting sentences; paywall prompt at the end",
        page="""
!m 橙果文库 - 让知识结出果实
!t 笙原镇2025年蜜橘产业提质增效实施方案.docx
!m 贡献者：橘乡小陈｜格式：DOCX｜页数：3｜大小：26K
!a 立即下载　|　加入书架　|　举报
{BODY}
!a 预览已到末页，剩余内容开通橙果会员即可阅读
!d 本文档由用户自行上传分享，文库仅提供存储空间，不对内容负责。
!l 你可能还想看：柑橘冻害防御预案　果园社会化服务方案
""",
        indent="    ",
        pages=dict(fmt="〖{n}〗", every=110, start=2, glue=False),
        body="""
为推动全镇蜜橘产业由“量”向“质”转变，增加果农收入，结合本镇实际，制定本方案。
一、目标任务。到2025年底，全镇完成老果园改造3200亩，优质果率由58%提高到70%以上，培育蜜橘区域公用品牌1个。
二、主要措施。（一）推广完熟采摘和分级销售；（二）建设产地冷库和选果线各2处；（三）组织果农参加电商培训不少于400人次。
三、保障措施。镇成立工作专班，每月调度一次；镇财政安排奖补资金150万元，实行先建后补。
笙原镇人民政府
2025年2月26日
""",
    ),
    dict(
        slug="wenku-html-locomotive-survey-page-paras",
        site="轨迹文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.guijiwenku.com/doc/55120938.html",
        title="关于筠溪蒸汽机车遗产线路保护利用情况的调研报告",
        record_title=None,
        date=None,
        notes="missing record title, found on the page; page markers as paragraphs; only an upload stamp, no date",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>轨迹文库 - 在线阅读</title>
<script>var docId=55120938;</script></head><body>
<header class="hd"><a class="logo">⟦m 轨迹文库⟧</a><nav>⟦m 首页⟧ ⟦m 分类⟧ ⟦m 专题⟧ ⟦m 会员中心⟧</nav><a class="login">⟦a 登录/注册⟧</a></header>
<div class="reader">
<h1 class="doc-title">{T}</h1>
<div class="doc-info">⟦m 上传于 2025-05-06 21:14　|　4 页　|　浏览 311⟧</div>
{BODY}
<div class="more">⟦a 展开阅读剩余2页（需消耗5下载券）⟧</div>
</div>
<aside class="side"><h3>⟦l 相关文档⟧</h3><ul><li>⟦l 工业遗产保护利用调研⟧</li><li>⟦l 铁路文化旅游发展思路⟧</li></ul></aside>
<footer>⟦d 用户上传的文档仅供学习参考，如侵犯您的版权请点击举报。⟧⟦m 轨迹文库 版权所有⟧</footer>
<script src="/static/reader.min.js"></script>
</body></html>
""",
        pages=dict(fmt="第{n}页", every=90, start=2),
        body="""
筠溪森林铁路修建于上世纪五十年代，全长26公里，现存蒸汽机车4台，其中可运行的2台。
调研发现，线路保护利用主要存在三方面问题：一是机车维修依赖退休老司机，技术传承断档；二是锅炉检验费用高，每年需支出约40万元；三是旅游线路与周边景区衔接不足，游客量季节性波动大。
建议：将蒸汽机车驾驶和检修技艺申报非物质文化遗产，建立师带徒制度；争取工业遗产保护专项资金；与周边景区推出联票。
""",
    ),
    dict(
        slug="gov-huayuan-trolleybus-notice-index-table",
        site="箜阳市人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.kongyang.gov.cn/zwgk/tzgg/202503/t20250311_772310.html",
        title="箜阳市交通运输局关于无轨电车5路、11路线路调整的通知",
        date="2025-03-10",
        date_also=["2025-03-11"],
        notes="modern county portal, 索引号 table, elder-mode row; the notice's own contact next to the site's hotline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>箜阳市交通运输局关于无轨电车5路、11路线路调整的通知_箜阳市人民政府网</title>
<script src="/js/jquery.min.js"></script></head><body>
<div class="topbar">⟦a 关怀版⟧ ⟦a 读屏模式⟧ ⟦m 今天是：2025年3月12日 星期三⟧</div>
<div class="header"><span>⟦m 箜阳市人民政府网⟧</span></div>
<div class="nav">⟦m 首页　政务公开　办事服务　互动交流　数据开放⟧</div>
<div class="crumb">⟦m 当前位置：首页 > 政务公开 > 部门文件⟧</div>
<table class="info">
<tr><td>⟦m 索引号：KY-JTJ-2025-00412⟧</td><td>⟦m 发文机构：箜阳市交通运输局⟧</td></tr>
<tr><td>⟦m 成文时间：2025-03-10⟧</td><td>⟦m 公开时间：2025-03-11⟧</td></tr>
</table>
<h1>{T}</h1>
{BODY}
<div class="tools">⟦a 打印　　关闭⟧</div>
<div class="share">⟦l 分享到：微信　微博　QQ空间⟧</div>
<div class="foot">⟦m 主办：箜阳市人民政府办公室　网站标识码：4107000012⟧<br>⟦m 政务服务热线：12345　豫ICP备10022188号-1⟧</div>
</body></html>
""",
        body="""
各有关单位、广大市民：
因建设路架空触网改造施工，经研究，自2025年3月15日起对无轨电车5路、11路部分线路进行调整，现将有关事项通知如下：
一、5路电车由建设路改经文昌路运行，取消建设路口站，新增文昌路中段站。
二、11路电车在施工期间临时以蓄电池模式通过施工路段，站点不变，高峰时段发车间隔由6分钟调整为8分钟。
三、施工结束后恢复原线路，具体时间另行公告。
联系人：市公交集团调度中心　于立新　电话：0371-6618220
箜阳市交通运输局
2025年3月10日
""",
    ),
    dict(
        slug="gov-text-snowmobile-safety-banji",
        site="篌山县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.houshan.gov.cn/art/2025/1/6/art_1201_88342.html",
        title="篌山县文化和旅游局关于加强冬季雪地摩托娱乐项目安全管理的通知",
        record_title="篌山县文化和旅游局关于加强冬季雪地摩托娱乐项目安全管理的通知 - 篌山县人民政府网",
        date="2025-01-06",
        notes="decorated title with site suffix; document number neutral; 抄送/印发 版记 kept",
        page="""
!m 篌山县人民政府网　　www.houshan.gov.cn
!m 首页 | 政府信息公开 | 通知公告
!m 信息来源：县文旅局　　发布日期：2025-01-07　　浏览次数：426
{T}
篌文旅〔2025〕3号
{BODY}
!a 【大字】【标准】【小字】　【打印此页】
!l 上一条：关于开展春节期间文化市场检查的通知
!l 下一条：篌山县2024年A级旅游景区复核结果公示
!m 篌山县人民政府办公室主办　技术支持：北雁网络
""",
        body="""
各滑雪场、冰雪乐园经营单位：
入冬以来，我县冰雪旅游持续升温，雪地摩托娱乐项目游客明显增多。为防范安全事故，现就有关要求通知如下：
1. 经营单位应划定专用行驶区域，设置隔离设施，严禁雪地摩托驶入滑雪道和游客步行区。
2. 驾乘人员必须佩戴头盔，未满十六周岁的游客不得单独驾驶。
3. 每日运营前检查车辆制动和油路，做好检查记录，记录保存不少于一年。
4. 遇大风、暴雪等恶劣天气立即停止运营。
篌山县文化和旅游局
2025年1月6日
抄送：县应急管理局、县市场监管局。
篌山县文化和旅游局办公室　2025年1月6日印发
""",
    ),
    dict(
        slug="news-html-fan-craft-byline",
        site="箴川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zcnews.com.cn/content/2025-05/09/content_318876.html",
        title="老手艺遇上新订单：箴川制扇作坊一季度出口增长三成",
        record_title="老手艺遇上新订单：箴川制扇作坊一季度出口增长三成 | 箴川新闻网",
        date="2025-05-09",
        notes="news portal with a byline 发布时间, photo caption between paragraphs, 24-hour list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>老手艺遇上新订单：箴川制扇作坊一季度出口增长三成 | 箴川新闻网</title></head><body>
<div class="top">⟦m 箴川新闻网　箴川县融媒体中心主办⟧ ⟦a 手机版⟧ ⟦a 数字报⟧</div>
<ul class="menu"><li>⟦m 本地⟧</li><li>⟦m 经济⟧</li><li>⟦m 民生⟧</li><li>⟦m 视频⟧</li></ul>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-05-09 08:36　来源：箴川融媒　记者：沈一禾　通讯员：宋柯⟧</div>
{BODY}
<p class="editor">⟦m 编辑：徐岚　审核：杜明⟧</p>
<div class="rank"><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 古镇停车场周末免费开放⟧</li><li>⟦l 县城新增两条公交线路⟧</li></ol></div>
<div class="ft">⟦d 未经本网书面授权，不得转载、摘编本网作品。⟧<br>⟦m 互联网新闻信息服务许可证：33120190011⟧</div>
</body></html>
""",
        body="""
5月8日，在箴川县古镇街道的一家制扇作坊里，十几名工人正忙着穿扇钉、糊扇面。“今年订单排到了九月。”作坊负责人钟丽娟说。
⟦m 图为工人在给扇面上胶。记者 沈一禾 摄⟧
据县商务局统计，一季度全县折扇出口额达1860万元，同比增长31%，产品销往日本、西班牙等十多个国家。
县里今年还将建设折扇产业服务中心，为作坊提供设计、检测和跨境物流服务。
""",
    ),
    dict(
        slug="news-text-tangerine-relative-time",
        site="橘乡在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.juxiangzx.com/news/nongye/20251120/a45521.shtml",
        title="2025年笙原蜜橘开摘 果农忙着“抢鲜”上市",
        date=None,
        notes="year only in the title; a relative time and a crawl stamp are no dates",
        page="""
!m 橘乡在线 > 农业 > 正文
{T}
!m 3小时前　橘乡在线　阅读2.4万
!a 听新闻　　调大字号　　收藏
{BODY}
!l #蜜橘# #乡村振兴# #笙原镇#
!l 评论（37）　写下你的看法…
!m 采集时间：2025-11-21 02:10:33
!m 橘乡在线客户端　扫码下载
""",
        gap=True,
        body="""
连日来，笙原镇万亩蜜橘园进入采摘季，果农们天不亮就上山摘果，分拣、装箱后直接发往全国各地。
今年全镇蜜橘种植面积2.1万亩，预计产量4.6万吨。镇里新建的两条选果线每天可处理鲜果300吨，按大小和糖度分成五个等级。
果农周国庆告诉记者，分级以后一级果每斤能多卖八毛钱，今年的收入有盼头了。
""",
    ),
    dict(
        slug="forum-snowmobile-club-junk-floors",
        site="北坡越野论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.beipoyy.com/thread-20931-1-1.html",
        title="关于本季雪地摩托俱乐部集体出行的报名通知",
        record_title="[俱乐部公告] 关于本季雪地摩托俱乐部集体出行的报名通知 - 冰雪板块 - 北坡越野论坛",
        date="2024-12-02",
        notes="forum post with anti-scraping junk glued and on lines; post time differs from the document date",
        date_also=["2024-12-03"],
        page="""
!m 北坡越野论坛 » 冰雪板块 » 查看帖子
!m 查看: 1893 | 回复: 64
!t [俱乐部公告] 关于本季雪地摩托俱乐部集体出行的报名通知
!m 楼主　雪原老狼　发表于 2024-12-03 19:22
{BODY}
!a 本帖最后由 雪原老狼 于 2024-12-04 08:10 编辑
!l 沙发　冰河：已报名，带两位朋友
!l 回复　引用　举报　顶
!m 北坡越野论坛 Powered by Discuz! X3.4
""",
        junk=dict(lines=2, glued=2),
        body="""
各位会员：
本季俱乐部集体出行定于2025年1月11日至12日，目的地为篌山县北坡冰雪乐园，往返统一乘坐大巴。
参加者须持有有效的驾驶培训合格证，首次参加的会员需提前一天到场参加安全培训。费用每人680元，含车辆租赁、保险和一晚住宿。
报名截至12月20日，名额40个，报满即止。联系人：俱乐部秘书处 何晓川 13904516620。
北坡雪地摩托俱乐部
2024年12月2日
""",
    ),
    dict(
        slug="forum-html-herbarium-volunteer-jammer",
        site="自然笔记社区 (invented)",
        style="论坛",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://club.zrbiji.net/forum.php?mod=viewthread&tid=7741",
        title="在标本馆做志愿者的一个月",
        record_title="在标本馆做志愿者的一个月 - 植物爱好者 - 自然笔记社区",
        date="2025-08-14",
        notes="Discuz-like forum with jammer fonts; 发表于 line is the page's date",
        page="""
<html><head><meta charset="utf-8"><title>在标本馆做志愿者的一个月 - 植物爱好者 - 自然笔记社区</title>
<style>.jammer{display:none}</style></head><body>
<div id="hd">⟦m 自然笔记社区⟧ ⟦a 登录⟧ ⟦a 立即注册⟧</div>
<div id="pt">⟦m 社区首页 › 植物爱好者 › 在标本馆做志愿者的一个月⟧</div>
<div class="ts"><h1>{T}</h1>⟦m [复制链接]⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 蕨类小苔　主题 12　积分 388⟧</td>
<td class="plc"><div class="pti">⟦m 发表于 2025-8-14 22:05⟧ ⟦m 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div></td></tr></table>
<div class="pob">⟦l 回复　支持　反对　举报⟧</div>
<div id="ft">⟦m Archiver｜手机版｜小黑屋｜自然笔记社区⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=1),
        body="""
暑假在县植物标本馆做了一个月志愿者，主要工作是给旧标本换标签、录入采集信息。
第一周就学会了看采集签：采集号、采集人、海拔、生境，一项都不能错。老师说，一份没有采集信息的标本几乎没有科研价值。
最难忘的是整理一份1962年采的兰科标本，纸都发黄了，压痕里还夹着当年的草籽。
一个月下来录了八百多条数据，也让我明白了什么叫“慢工出细活”。
""",
    ),
    dict(
        slug="blog-text-locomotive-driver-wrapped",
        site="老司机的汽笛 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://qidi.blog.netpage.cn/2025/03/jiche-jiaoban.html",
        title="交班那天，我把机车擦了三遍",
        date="2025-03-21",
        notes="hard-wrapped blog text; date only in the blog's post line",
        page="""
!m 老司机的汽笛 — 一个蒸汽机车司机的日记
!m 首页 | 日志 | 相册 | 留言板
{T}
!m 发表于 2025-03-21 20:47 | 分类：机务往事 | 阅读(530) | 评论(12)
{BODY}
!l 标签：蒸汽机车　交班　筠溪森铁
!l « 上一篇：第一次烧锅炉　　下一篇：给徒弟的十条叮嘱 »
!a 转载请注明出处　点赞　打赏作者
""",
        indent="  ",
        wrap=60,
        body="""
在筠溪森林铁路开了三十一年蒸汽机车，今天正式把“上游0917”交给了徒弟小邓。
交班前，我把机车里里外外擦了三遍，连气缸盖的螺丝缝都用旧牙刷刷过。小邓笑我，说车已经够亮了，我说这不是给人看的，是给车看的。
蒸汽机车跟人一样有脾气，水位低了会喘，煤烧不透会闷。这些东西书上没有，只能一天一天跟着车学。
希望小邓比我开得更稳、更久。
""",
    ),
]
