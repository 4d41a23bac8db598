"""holdout85, part A. Invented text, written case by case; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-xiebi-speech-roller-club-opening",
        site="写笔阁范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.xiebige.cn/zhici/tiyu/2025/0419/8812.html",
        title="在鹳原县青少年轮滑俱乐部揭牌仪式上的致辞",
        record_title="【优选】在鹳原县青少年轮滑俱乐部揭牌仪式上的致辞（共3篇）",
        date="2025-04-19",
        notes="decorated title; date under the speech title; speaker line neutral; writing-service prompt between paragraphs",
        page="""
!m 写笔阁 · 材料写作好帮手
!m 所在栏目：首页 / 致辞发言 / 文体活动致辞
!t 【优选】在鹳原县青少年轮滑俱乐部揭牌仪式上的致辞（共3篇）
!m 入库：写笔阁编辑部　浏览量 4086　点赞 37
{T}
县体育中心主任　邵启明
（2025年4月19日）
{BODY}
!a 本篇可一键导出为Word，开通书友卡后无限次下载
!l 相关范文推荐
!l · 体育场馆开放日活动致辞
!l · 少儿运动会开幕式主持词
!d 写笔阁收录文章均来源于会员投稿，观点仅代表作者本人，若有不妥请联系删除。
!m © 2019-2025 xiebige.cn 浙ICP备19088231号
""",
        indent="\u3000\u3000",
        body="""
各位家长、各位小队员们：
今天，鹳原县青少年轮滑俱乐部正式揭牌了。俱乐部设在体育中心北侧的室外场地，地面去年刚刚翻新，可以同时容纳六十人训练。
⟦w 致辞稿不会写？资深笔杆一对一代写，微信 xbg_2025⟧
希望小队员们戴好护具、听从教练，把安全放在第一位；也希望家长们多陪伴、多鼓励，让孩子在轮子上收获健康和自信。
最后，祝俱乐部越办越好！
""",
    ),
    dict(
        slug="wenku-duanmu-survey-chive-paid-preview",
        site="端木文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.duanmu-doc.com/view/5fa21c8e0b.html",
        title="鸬溪镇韭菜产业发展情况的调研报告",
        record_title="鸬溪镇韭菜产业发展情况的调研报告.docx",
        date="2024-11-06",
        notes="file-name title; page markers of a preview converter in an own form cutting sentences; pay prompt at the end",
        page="""
!m 端木文库 > 农业农村 > 调研报告
!m 上传者：青禾叶　贡献时间：3天前　页数：4页　下载券：2
{T}
!a 该文档可免费预览前2页，余下内容请使用下载券获取
{BODY}
!a —— 预览到此为止，支付2下载券即可阅读剩余全文 ——
!l 同类文档：蔬菜产业调研报告 / 乡镇特色种植调研 / 设施农业发展思路
!d 端木文库所有文档均由用户上传，本站仅提供存储空间服务。
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⟬{n}⟭", every=90, start=2, glue=False),
        body="""
为摸清全镇韭菜产业底数，镇农业综合服务中心于10月中下旬走访了6个种植村、23户种植大户和2家收购点。
一、基本情况。全镇韭菜种植面积1860亩，其中大棚种植占四成，年产鲜韭约7400吨，主要销往县城和周边批发市场。
二、存在问题。一是品种老化，部分地块连作十年以上，根蛆发生较重；二是缺少冷链，旺季压价现象突出。
三、对策建议。建议引进宽叶新品种，推广轮作和物理防虫，并在镇区建设一座小型预冷库。
鸬溪镇农业综合服务中心
2024年11月6日
""",
    ),
    dict(
        slug="gov-hexian-notice-playground-inspection-html",
        site="鹇山县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hexian.gov.cn/zwgk/tzgg/202505/t20250512_77123.html",
        title="关于开展全县儿童游乐设施安全隐患排查的通知",
        record_title="关于开展全县儿童游乐设施安全隐患排查的通知_鹇山县人民政府网",
        date="2025-05-12",
        notes="county portal with index table; document number neutral; document's own contact beside the portal's hotline",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展全县儿童游乐设施安全隐患排查的通知_鹇山县人民政府网</title>
<link rel="stylesheet" href="/css/zw2024.css">
<script src="/js/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 鹇山县人民政府网 欢迎您⟧</span><a href="/care">⟦a 关怀模式⟧</a> <a href="/reader">⟦a 语音朗读⟧</a></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您的位置：首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：012330-0500-2025-00041⟧</td><td>⟦m 发布机构：县市场监督管理局⟧</td></tr>
<tr><td>⟦m 发文日期：2025-05-12⟧</td><td>⟦m 主题分类：安全生产⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="docno">鹇市监〔2025〕19号</div>
<div class="article">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦a 【字号 大 中 小】⟧</div>
<div class="side"><h3>⟦l 政策解读⟧</h3><ul><li>⟦l 图解：游乐设施安全常识十问⟧</li><li>⟦l 县市场监管局2024年特种设备工作要点⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：鹇山县人民政府办公室　政务服务热线：12345⟧</p><p>⟦m 网站标识码 3301990012　浙公网安备33019902000451号⟧</p></div>
<script>var _hmt=_hmt||[];</script>
</body></html>
""",
        body="""
各乡镇人民政府，县级有关单位：
为防范儿童游乐设施事故，县市场监管局决定于5月15日至6月15日开展全县儿童游乐设施安全隐患排查。
一、排查范围：商场、公园、景区及小区内的滑梯、秋千、蹦床、充气城堡等设施。
二、排查重点：设施是否登记、是否定期检验、护栏和软垫是否完好、是否张贴安全须知。
三、发现重大隐患的，要立即停用并上报，逾期不整改的依法处理。
联系人：卢晓蓉，电话：0571-86612093。
鹇山县市场监督管理局
2025年5月12日
""",
    ),
    dict(
        slug="news-hemu-news-mahua-festival",
        site="鹪水融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jiaoshui-rm.com/xw/bd/2025-09/27/c_44120.html",
        title="鹪水县首届麻花文化节开幕 百余家作坊同台展艺",
        record_title=None,
        date="2025-09-27",
        notes="no record title; byline 发布时间 is the date; photo caption and editor line between and after paragraphs",
        page="""
!m 鹪水融媒 | 鹪水县融媒体中心主办
!m 本地 / 经济 / 正文
{T}
!m 发布时间：2025-09-27 10:42　来源：鹪水融媒　记者 项芳 通讯员 柯立
!a 分享到：微博 | 朋友圈 | QQ空间
{BODY}
!m （编辑：闻小岚　校对：季禾）
!l 【推荐阅读】鹪水老街完成风貌提升 / 秋季农产品展销会下周开幕
!l 上一条：县城公交新增两条线路
!l 下一条：鹪水一中获全省科技创新大赛一等奖
!d 本网原创稿件，转载请注明出处。
""",
        gap=True,
        body="""
9月26日上午，鹪水县首届麻花文化节在城东美食街开幕，全县一百余家麻花作坊带着各自的拿手产品参展。
⟦m 图为参展作坊现场展示手工搓制麻花。（记者 项芳 摄）⟧
据县商务局介绍，鹪水麻花制作技艺已有二百多年历史，目前全县从业人员约两千人，年产值超过三亿元。本届文化节为期三天，设有技艺比拼、电商直播和品鉴三个板块。
不少外地游客慕名而来，来自邻市的游客说，现炸现卖的麻花又香又脆，准备多带几箱回去送朋友。
""",
    ),
    dict(
        slug="forum-lunhua-post-rink-rules-junk",
        site="轮友之家论坛 (invented)",
        style="论坛",
        genre="规则",
        kind="notice",
        form="text",
        source="http://bbs.lunyouzhijia.net/thread-30981-1-1.html",
        title="鹩原轮滑馆场内规则（新版）",
        record_title="[馆务公告] 鹩原轮滑馆场内规则（新版） - 场馆交流区 - 轮友之家",
        date="2025-03-02",
        notes="decorated forum title; forum junk lines and glued; floor meta; the date under the rules is the document's",
        page="""
!m 轮友之家论坛 » 场馆交流区 » 查看帖子
!m 楼主：滑不停的阿哲　　发表于 2025-3-4 21:08　　只看该作者
!t [馆务公告] 鹩原轮滑馆场内规则（新版）
{BODY}
!m 本帖最后由 滑不停的阿哲 于 2025-3-4 21:15 编辑
!l 回复　引用　举报　支持(12)　反对(0)
!m 沙发 · 夜行速滑：收藏了，周末带娃去试试
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        junk=dict(lines=1, glued=1),
        body="""
一、入场须佩戴头盔、护膝、护肘和护掌，未满十二岁须有家长陪同。
二、场内统一逆时针滑行，不得逆行、追逐或在弯道停留。
三、初学者请在内圈练习区活动，教练课时段外圈禁止穿插。
四、场馆营业时间为每日14:00至21:30，周一上午设备检修。
鹩原轮滑馆
2025年3月2日
""",
        date_also=["2025-03-04"],
    ),
    dict(
        slug="blog-nongjia-chive-diary-wrapped",
        site="田埂笔记（博客） (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://tiangeng.blog.lvye-blog.com/post/2024/12/1120.html",
        title="割韭菜的冬天",
        record_title="割韭菜的冬天 - 田埂笔记 - 绿野博客",
        date="2024-12-08",
        notes="hard-wrapped blog text; blog bracketed post time is the date; tag line and comment box",
        page="""
!m 田埂笔记 —— 一个种菜人的流水账
!m 绿野博客 | 首页 | 相册 | 留言板
{T}
!m [2024-12-08 19:32] 分类：种地日常　阅读(211)　评论(4)
{BODY}
!l 标签：韭菜 大棚 冬季
!l 上一篇：豆角拉秧记　下一篇：年前算账
!l 发表评论（昵称必填，邮箱不公开）
!d 本博客文字未经许可请勿转载
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
入冬以后，大棚里的韭菜长得慢了，一刀要等将近四十天。早上五点多掀开草帘子，棚里的热气扑在脸上，眼镜一下子就糊了。
今年的头刀韭菜卖到了每斤六块五，比去年贵一块多。收购的老周说，城里人就认这种冬天的嫩韭，叶子窄、香味冲。
割完最后一垄，我蹲在棚头算了算，扣掉草帘、地膜和电费，一亩能落下四千来块。不多，但够给闺女交下学期的学费了。
""",
    ),
    dict(
        slug="wechat-mirror-playground-parents-letter",
        site="鸮川教育发布（镜像） (invented)",
        style="公众号镜像",
        genre="公开信",
        kind="letter",
        form="html",
        source="https://mp.wxmirror.cc/s/Xq7bHcL2pR",
        title="致全县家长的一封信：暑期请带孩子安全玩耍游乐设施",
        record_title="致全县家长的一封信：暑期请带孩子安全玩耍游乐设施",
        date="2025-07-08",
        notes="WeChat-style mirror; follow prompt and reading count; 扫码 sentence kept in body",
        page="""
<html><head><meta charset="utf-8"><title>致全县家长的一封信：暑期请带孩子安全玩耍游乐设施</title>
<script src="https://res.wxmirror.cc/js/rich.js"></script></head>
<body><div id="js_content">
<section><span>⟦m 鸮川教育发布⟧</span> <span>⟦m 2025-07-08 18:05 浙江⟧</span></section>
<section><span>⟦a 点击上方蓝字，设为星标，不错过每一条通知⟧</span></section>
<h2>{T}</h2>
{BODY}
<section><span>⟦m 来源：县教育局安全科⟧</span></section>
<section><span>⟦m 审核：郑宛⟧</span> <span>⟦m 编辑：小鸮⟧</span></section>
<section><span>⟦l 往期回顾 | 中考志愿填报十问十答⟧</span></section>
<section><span>⟦a 阅读 3.2万　在看 198　分享⟧</span></section>
<section><span>⟦d 本页面为公众号文章镜像，仅供存档浏览⟧</span></section>
</div></body></html>
""",
        p_html="<section><span>{}</span></section>",
        body="""
尊敬的各位家长：
暑假到了，孩子们去公园、商场玩滑梯、秋千、蹦床的机会多了。为了孩子的安全，请您做到以下几点：
一是玩耍前先看设施有没有检验合格标志，有破损、松动的不要玩；二是低龄儿童全程看护，不让孩子在滑梯上推挤；三是雷雨天气不玩户外设施。
发现设施有安全隐患，可扫描设施旁的二维码向市场监管部门反映。
鸮川县教育局
2025年7月8日
""",
    ),
    dict(
        slug="docshare-kanwen-plan-mahua-workshop-html-pages",
        site="看文共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.kanwen-share.com/p/8c21e90d.html",
        title="鹟溪村麻花加工作坊食品安全整治方案",
        record_title=None,
        date="2025-02-20",
        notes="no record title: title from the page; page markers as paragraphs cutting a sentence; upload notice",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>鹟溪村麻花加工作坊食品安全整治方案 - 看文共享</title>
<style>.pg{color:#999;text-align:center}</style></head><body>
<header><div class="logo">⟦m 看文共享 · 文档随手看⟧</div><nav>⟦m 首页⟧ ⟦m 分类⟧ ⟦m 排行⟧ ⟦a 上传文档⟧</nav></header>
<div class="doc-info">⟦m 文档大小：36KB　共3页　上传于 2025-06-01⟧</div>
<h1>{T}</h1>
<div class="reader">
{BODY}
</div>
<div class="dl">⟦a 下载本文档（3积分）⟧ ⟦a 加入我的文件夹⟧ ⟦a 举报⟧</div>
<aside><h4>⟦l 看过此文的人还看了⟧</h4><p>⟦l 小作坊登记管理办法解读.doc⟧</p><p>⟦l 食品小摊点整治工作总结.doc⟧</p></aside>
<footer>⟦d 本文档由网友上传分享，看文共享不对其真实性负责，侵权请发邮件至 jubao@kanwen-share.com⟧</footer>
</body></html>
""",
        pages=dict(fmt="·第{n}页·", every=110, start=2),
        p_html="<p>{}</p>",
        body="""
为规范本村麻花加工作坊生产行为，保障群众“舌尖上的安全”，结合上级要求，制定本方案。
一、整治范围。全村登记在册的14家麻花加工作坊，以及在家庭院落中临时加工销售的农户。
二、整治内容。重点检查原料进货台账、食用油反复使用、从业人员健康证和加工场所卫生，做到一户一档。
三、时间安排。3月1日至3月31日为自查整改阶段，4月上旬由镇市场监管所组织复查。
鹟溪村村民委员会
2025年2月20日
""",
    ),
    dict(
        slug="edu-hengyuan-notice-roller-course",
        site="鹎岭县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.beiling.edu.cn/news/show.asp?id=5120",
        title="关于在全县小学开设轮滑兴趣课程的通知",
        record_title="关于在全县小学开设轮滑兴趣课程的通知",
        date="2025-08-29",
        record_date="2025-08-29",
        notes="record date; data table of schools; 附件 list kept; visitor counter",
        page="""
!m 鹎岭县教育信息网　　今天是：2025年9月1日 星期一
!m 首页 → 通知公告 → 正文
{T}
!m 作者：县教体局体卫艺股　发布时间：2025-08-29　点击数：1287
{BODY}
!a 【关闭窗口】【打印此页】【推荐给朋友】
!m 您是本站第 1284502 位访客
!m 鹎岭县教育和体育局 版权所有　技术支持：鹎岭县电教馆
""",
        body="""
各小学：
为丰富课后服务内容，经研究，决定2025年秋季学期在以下学校开设轮滑兴趣课程：
学校　开课年级　每周课时　场地
实验小学　三至五年级　2　操场东侧
城南小学　三至四年级　1　风雨操场
鹎岭镇中心小学　四至六年级　2　篮球场
各校要配齐护具，课程须由持证教练或经过培训的体育教师任教。
附件：1.轮滑课程安全须知
2.学生护具配备清单
鹎岭县教育和体育局
2025年8月29日
""",
    ),
    dict(
        slug="oa-shengtai-minutes-mahua-factory",
        site="盛泰食品内网OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.shengtai-food.local/doc/view?id=20251014-07",
        title="盛泰食品公司麻花车间安全生产例会纪要",
        record_title="内部文件-盛泰食品公司麻花车间安全生产例会纪要",
        date="2025-10-14",
        notes="intranet document view with flow record; minutes' 时间/地点/主持 lines kept; watermark",
        page="""
<html><head><meta charset="gbk"><title>盛泰食品OA - 公文查看</title>
<script>function closeWin(){window.close();}</script></head><body>
<div class="oa-top">⟦m 盛泰食品协同办公平台⟧ <span>⟦m 当前用户：lixq（李晓琴）⟧</span> <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu"><ul><li>⟦m 待办事项(3)⟧</li><li>⟦m 公文管理⟧</li><li>⟦m 知识库⟧</li></ul></div>
<div class="wm">⟦m 内部资料 严禁外传 lixq 2025-10-16⟧</div>
<h2>{T}</h2>
{BODY}
<div class="flow"><h4>⟦m 流转记录⟧</h4><table><tr><td>⟦m 拟稿：行政部 周敏 10-14 16:20⟧</td></tr><tr><td>⟦m 审核：副总经理 何建 10-15 09:02⟧</td></tr></table></div>
<div class="oa-btn">⟦a 转发⟧ ⟦a 归档⟧ ⟦a 打印⟧ ⟦a 关闭⟧</div>
<div class="oa-foot">⟦d 本系统仅供公司内部使用，所载信息属商业秘密⟧</div>
</body></html>
""",
        body="""
时间：2025年10月14日下午3时
地点：二楼小会议室
主持：车间主任 秦立
参会：各班组长、设备员、安全员
一、会议通报了9月份车间安全情况，油炸工段发生一起轻微烫伤，已按程序处理。
二、会议要求油炸锅每班次检查温控装置，滤油作业必须两人配合，并佩戴防烫手套。
三、会议决定10月底前完成车间消防通道清理，由安全员每周抽查一次。
记录：袁晴
""",
    ),
    dict(
        slug="qa-wenhuo-answer-chive-pesticide",
        site="问火问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenhuo-qa.com/q/7712308.html",
        title="种韭菜防根蛆用什么办法比较安全？",
        record_title=None,
        date="2025-04-11",
        notes="question as title (missing in record); 回答于 is the date; vote bar and related questions",
        page="""
!m 问火问答 > 农业 > 蔬菜种植
!m 提问者：匿名用户　2025-04-10
{T}
!l 我来回答　　关注问题（56）　　邀请回答
!m 最佳答案　　农技员老曹　回答于 2025-04-11 08:16
{BODY}
!l 有用(342)　没用(5)　评论(18)
!l 其他 3 条回答
!l 相关问题：韭菜叶子发黄怎么办 / 大棚韭菜冬季怎么管理
!d 以上回答仅代表网友个人观点，种植请咨询当地农技部门
!m © 2025 问火问答 wenhuo-qa.com
""",
        body="""
根蛆主要是韭蛆的幼虫，防治要以“物理+农艺”为主，尽量少用化学药剂。
1. 日晒高温法：春季晴天割韭后，覆盖透明无滴膜，让土表温度升到40℃以上并保持3小时，幼虫基本能被闷死。
2. 黄板和糖醋液诱杀成虫，每亩挂二三十张黄板。
3. 必须用药时，选登记用于韭菜的低毒药剂，严格遵守安全间隔期，收割前不要施药。
""",
    ),
]
