"""holdout134, part A: a roujiamo shop, an industrial-silicon smelter, a county health bureau's
vitamin AD notice, a grouper farm, an anti-electrofishing pledge, a bamboo-carving blog, a coir
weaving co-op, an oil depot and others. Invented text throughout."""

CASES = [
    dict(
        slug="fanwen-jinbi-summary-roujiamo-shop",
        site="锦笔范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.jinbifw.example.com/zongjie/geti/20250112_3381.html",
        title="蔺川县老街肉夹馍店2024年经营工作总结",
        record_title="【精选】蔺川县老街肉夹馍店2024年经营工作总结（通用版）_锦笔范文网",
        date="2025-01-10",
        notes="decorated record title; 成文日期 under the signature; a writing-service line glued after a sentence; a share bar between paragraphs",
        page="""
!m 锦笔范文网 — 写材料，不求人
!m 您所在的位置：首页 » 工作总结 » 个体经营总结
{T}
!m 投稿人：匿名　更新：2025-01-12　阅读量：2,104
!a 字号：大　中　小
{BODY}
!l 本文标签：#个体户总结# #餐饮#
!l 看了这篇的人还看了：
!l · 小吃店年终总结及明年计划
!l · 早餐店店长述职报告
!d 本站文章均来自网友投稿，版权归原作者所有，如有侵权请来信删除。
""",
        body="""
2024年，我店在县市场监管局和老街商会的指导下，坚持“馍要现烤、肉要现卤”的老规矩，全年营业额比上年增长百分之十二。
一、主要工作
（一）守住品质。卤肉每天凌晨四点下锅，腊汁老汤每周检测一次，全年未发生一起顾客投诉。⟦w 需要同类材料可私信小编，代写代改当天交稿。⟧
（二）改造店面。6月完成后厨明厨亮灶改造，加装油烟净化设备两台。
⟦l 分享到：朋友圈　QQ空间　微博⟧
（三）带好徒弟。全年带出学徒三名，其中两人已在邻乡开了分店。
二、存在的不足
外卖包装成本偏高，节假日排队时间较长。
三、明年打算
2025年计划增设自助点餐机，推出小份套餐，争取营业额再增长一成。
蔺川县老街肉夹馍店
2025年1月10日
""",
    ),
    dict(
        slug="wenku-yunbo-speech-silicon-smelter-markers",
        site="云帛文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wenku.yunbo.example.cn/view/8e31c0a7d2.html",
        title="在工业硅冶炼厂安全生产月动员会上的讲话",
        record_title="在工业硅冶炼厂安全生产月动员会上的讲话.docx",
        date="2025-06-03",
        notes="file-name title; date under the speech title; speaker line neutral; page markers ⸨n⸩ cutting sentences; pay prompt at the end",
        indent="　　",
        pages=dict(fmt="⸨{n}⸩", every=150, start=2, glue=False),
        page="""
!m 云帛文库　海量文档免费预览
!m 文档分类：行业资料 > 安全管理
!a 下载本文档需消耗 8 积分　VIP免积分
{T}
厂长　贺立峰
（2025年6月3日）
{BODY}
!a 预览结束，剩余3页需开通会员后阅读
!a 立即下载　加入书单　举报
!l 相似文档：安全月启动仪式主持词｜车间安全交底记录
""",
        body="""
同志们：
今年6月是全国第二十四个安全生产月，今天我们召开动员会，就是要把安全责任压到每个班组、每个岗位。
我们厂的矿热炉常年在一千八百摄氏度以上运行，出炉、浇铸、精整每个环节都有高温和粉尘风险，任何一个环节出问题，后果都不堪设想。
第一，要抓好隐患排查。各车间要对照清单逐项检查，炉体冷却水系统、烟气除尘和行车吊具是重点，发现问题当天登记、限期整改。
第二，要抓好应急演练。本月中旬全厂组织一次硅水喷溅应急演练，每名员工都要熟悉疏散路线和集合地点。
第三，要抓好责任落实。安全生产月期间，班组长每天班前讲安全五分钟，违章作业一律顶格处理。
同志们，安全没有旁观者，让我们从自己做起，确保全年零事故。
""",
    ),
    dict(
        slug="gov-zheling-health-vitamin-ad-notice-html-old-table",
        site="柘岭县卫生健康局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://wjj.zheling.example.gov.cn/tzgg/201907/t20250416_5521.html",
        title="关于开展2025年儿童维生素AD补充项目的通知",
        record_title="关于开展2025年儿童维生素AD补充项目的通知",
        record_date="2025-04-16",
        date="2025-04-16",
        notes="old table layout with marquee and visitor counter, a font-size row, 文号 neutral, the document's own 联系人/电话 next to the site's phone in the footer",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>关于开展2025年儿童维生素AD补充项目的通知_柘岭县卫生健康局</title>
<script>var _hm=_hm||[];</script></head><body>
<table width="980" align="center"><tr><td class="top">⟦m 柘岭县卫生健康局⟧</td></tr>
<tr><td><marquee>⟦m 热烈欢迎各界人士访问本站！今天是：⟧</marquee></td></tr>
<tr><td class="nav">⟦m 网站首页 | 机构职能 | 通知公告 | 健康科普 | 政策法规⟧</td></tr></table>
<table width="980" align="center"><tr><td width="200" valign="top">
<div class="left">⟦l 栏目导航⟧<br>⟦l 通知公告⟧<br>⟦l 工作动态⟧<br>⟦l 办事指南⟧</div></td>
<td valign="top">
<div class="pos">⟦m 当前位置：首页 >> 通知公告⟧</div>
<h1>⟦t 关于开展2025年儿童维生素AD补充项目的通知⟧</h1>
<div class="info">⟦m 发布日期：2025-04-16　浏览：⟧<span id="hits">⟦m 276⟧</span>⟦m 次⟧</div>
<div class="zh">⟦a 【字体：大 中 小】⟧</div>
<p>柘卫健〔2025〕6号</p>
{BODY}
<div class="tool">⟦a 【打印本页】 【关闭窗口】⟧</div>
</td></tr></table>
<table width="980" align="center"><tr><td class="foot">⟦m 主办：柘岭县卫生健康局　电话：0593-7712010⟧<br>⟦m 备案序号：闽ICP备05021876号⟧<br>⟦m 您是第 0081342 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
各乡镇卫生院，县妇幼保健院：
为预防儿童维生素A、维生素D缺乏，经研究，决定在全县实施2025年儿童维生素AD补充项目。现将有关事项通知如下。
一、项目内容
1．为全县0至3岁常住儿童免费发放维生素AD滴剂，每人每年发放两次。
2．结合儿童健康体检，由乡镇卫生院儿童保健医生当面指导家长服用。
3．建立发放登记台账，做到发放到户、登记到人。
二、工作要求
各单位要明确一名联络员，于4月25日前将名单报县卫生健康局妇幼科。
联系人：陈嘉禾，电话：0593-7712036。
柘岭县卫生健康局
2025年4月16日
""",
    ),
    dict(
        slug="news-xuebo-grouper-farming-html-modern",
        site="雪波新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xuebo.example.com/sannong/2025-08/21/c_661902.htm",
        title="乃湾镇石斑鱼工厂化养殖基地首批成鱼上市",
        record_title=None,
        date="2025-08-21",
        notes="title missing from the record; a modern news template with a byline 发布时间, a photo caption between paragraphs, 责任编辑 glued after the last paragraph, hot list and footer",
        page="""
<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>乃湾镇石斑鱼工厂化养殖基地首批成鱼上市 - 雪波新闻网</title>
<script src="/js/stat.js"></script></head><body>
<header><div class="logo">⟦m 雪波新闻网⟧</div><nav>⟦m 首页　时政　三农　民生　视频　专题⟧</nav></header>
<main><div class="crumb">⟦m 首页 / 三农 / 正文⟧</div>
<h1>⟦t 乃湾镇石斑鱼工厂化养殖基地首批成鱼上市⟧</h1>
<div class="byline">⟦m 发布时间：2025-08-21 10:32　来源：雪波新闻网　记者 吴海潮⟧</div>
<article>
{BODY}
</article>
<div class="share">⟦l 转发到：微信 微博 复制链接⟧</div></main>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 台风过境后渔港复航⟧</li><li>⟦l 县城新建游客服务中心投用⟧</li></ol></aside>
<footer>⟦d 雪波新闻网版权所有，未经书面授权禁止转载⟧　⟦m 新闻热线：0898-6230099⟧</footer>
</body></html>
""",
        body="""
8月20日，乃湾镇石斑鱼工厂化养殖基地迎来首批成鱼上市，三万余斤龙胆石斑鱼装上活鱼运输车，发往省城和周边市场。
该基地建有循环水养殖车间六栋，采用全封闭循环水系统，养殖用水经过滤、杀菌后循环使用，比传统池塘养殖节水九成以上。
⟦m 图为工人在养殖车间起捕石斑鱼。（摄影 符明）⟧
基地负责人介绍，工厂化养殖不受台风影响，一年可养两茬，每平方米水体产量是池塘的二十多倍。
基地采取“公司加农户”模式，带动周边六十多户渔民转产就业。⟦m （责任编辑：黎娜）⟧
""",
    ),
    dict(
        slug="forum-ganshan-electrofishing-pledge-junk",
        site="甘山论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://bbs.ganshan.example.net/thread-228417-1-1.html",
        title="拒绝电鱼、守护甘江的倡议书",
        record_title="[转帖] 拒绝电鱼、守护甘江的倡议书 - 甘山茶馆 - 甘山论坛",
        date="2025-09-05",
        date_also=["2025-09-07"],
        notes="forum post with floor meta and anti-scraping junk; the post time differs from the 成文日期 (both accepted); reply box under",
        junk=dict(lines=2, glued=2),
        page="""
!m 甘山论坛 » 甘山茶馆 » 查看帖子
!m 楼主　老石头　发表于 2025-9-7 08:41　只看该作者
!l 回复数 18　查看数 1406
{T}
{BODY}
!m 本帖最后由 老石头 于 2025-9-7 08:44 编辑
!l 支持(12)　反对(0)
!l 快速回复：您需要登录后才可以回帖
""",
        body="""
广大钓友和市民朋友们：
近来，甘江部分河段夜间有人用电瓶、升压器电鱼，大鱼小鱼一扫而光，连螺蛳和虾都难以幸免，严重破坏了江里的鱼类资源。
为此，我们向全体钓友和市民发出如下倡议：
一、不使用电、毒、炸等方式捕鱼，不购买、不食用电捕的渔获。
二、发现电鱼行为及时拍照留证，向农业综合执法部门或公安机关举报。
三、教育家人特别是青少年远离危险捕鱼方式，电鱼既违法又容易触电伤人。
让我们携起手来，共同守护一江清水。
甘山市钓鱼运动协会
2025年9月5日
""",
    ),
    dict(
        slug="blog-zhuying-bamboo-carving-notes",
        site="竹影斋博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://zhuyingzhai.example.blog/2025/03/bamboo-carving-apprentice.html",
        title="学竹雕三年的一点体会",
        record_title="【随手记】学竹雕三年的一点体会 | 竹影斋",
        date="2025-03-18",
        notes="blog with a bracketed post time as the page's date, tag cloud and archive, the title repeated glued to the first line",
        page="""
!m 竹影斋 · 刀下见竹
!m 首页 ｜ 随笔 ｜ 作品 ｜ 关于我
{T}
!m [2025-03-18 21:07]　分类：随笔　阅读(318)　评论(6)
⟦t 学竹雕三年的一点体会⟧{BODY}
!l 标签：竹雕 留青 手艺
!l « 上一篇：去檀溪看老师傅起竹
!l » 下一篇：刻刀的保养
!l 文章归档：2025年03月(4)　2025年02月(2)
!d 本博文字与图片均为原创，转载请注明出处。
""",
        body="""
三年前跟着椿原县的郑师傅学竹雕，头一年几乎没碰过作品，天天在废竹片上练刀。
师傅常说，竹雕先学“看竹”，竹子的纹理、厚薄、干湿决定了能刻什么，不能拿主意硬来。
第二年学留青，竹皮只有薄薄一层，下刀深一分就废了，我废掉的笔筒堆满了半个墙角。
现在我终于能独立完成一件留青山水臂搁，虽然还很稚拙，但每一刀都知道为什么要这样下。
手艺没有捷径，只有一遍一遍地磨，这是我三年来最深的体会。
""",
    ),
    dict(
        slug="wechat-mirror-coir-weaving-coop-html",
        site="公号阅读镜像站 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://mp.readmirror.example.com/s/Qp7xNw2LmA",
        title="榕塘椰棕编织合作社：一根棕丝编出致富路",
        record_title="榕塘椰棕编织合作社：一根棕丝编出致富路",
        date="2025-05-27",
        notes="WeChat mirror: account line with date, 阅读原文/在看 bar, a follow prompt, a body sentence that asks readers to 扫码 and 关注 as part of the content",
        page="""
<html><head><meta charset="utf-8"><title>榕塘椰棕编织合作社：一根棕丝编出致富路</title>
<style>.rich{font-size:16px}</style></head><body>
<div class="top">⟦m 公号阅读镜像站　收录公众号文章⟧</div>
<h2>⟦t 榕塘椰棕编织合作社：一根棕丝编出致富路⟧</h2>
<div class="meta">⟦m 榕塘融媒　2025-05-27 18:20　海南⟧</div>
<div class="rich">
{BODY}
</div>
<div class="bar">⟦l 阅读原文　赞 36　在看 12⟧</div>
<div class="qr">⟦a 长按识别二维码，关注“榕塘融媒”⟧</div>
<div class="ft">⟦d 本页内容由镜像站自动抓取，版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
在榕塘县椰林村，五十多名村民每天聚在合作社的编织车间，把椰子壳上剥下的棕丝编成地垫、花篮和床垫芯。
合作社成立于2021年，采取“订单加培训”的办法，由理事长统一接单、统一验收，村民在家门口就能挣钱。
去年合作社销售椰棕制品一万二千余件，参与编织的村民人均增收一万八千元。
想购买椰棕制品的朋友，可以扫描合作社小程序码下单，也可以关注县供销社公众号了解展销信息。
""",
    ),
    dict(
        slug="docshare-wenxia-plan-oil-depot-flood",
        site="文匣共享 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.wenxia.example.com/doc/55120987.html",
        title="檀溪成品油库2025年防汛度汛工作方案",
        record_title="檀溪成品油库2025年防汛度汛工作方案",
        date=None,
        notes="upload notice and points price; no date: only an upload stamp and the year in the title; a data table one row a paragraph; decimal headings",
        page="""
!m 文匣共享 ｜ 让知识流动起来
!d 本文由用户“北坡”上传分享，平台仅提供信息存储空间，如有侵权请联系处理
!m 上传时间：2025-04-02　页数：5　格式：DOC
{T}
{BODY}
!a 全文已展示完毕，觉得有用就点个赞吧
!a 下载（5积分）　收藏　纠错
!l 用户还浏览了：油库汛期巡检制度 / 储罐区雷电防护检查表
""",
        body="""
1 总体要求
坚持人员安全第一，确保储罐区、装卸栈桥和输油管线安全度汛，杜绝油品外溢。
2 组织机构
2.1 油库成立防汛领导小组，主任任组长，分管副主任任副组长。
2.2 领导小组下设抢险队、巡查队、后勤保障组三个工作组。
3 主要防汛物资
物资　数量　存放地点
编织袋　3000条　消防泵房
移动式排水泵　4台　应急物资库
4 应急响应
遇暴雨红色预警时，油库立即启动一级响应，暂停一切收发油作业，关闭防火堤雨水阀门，人员撤至安全区域。
""",
    ),
    dict(
        slug="edu-fengting-school-pickup-traffic",
        site="枫汀县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.fengting.example.gov.cn/tzgg/2025/0901/1187.html",
        title="关于规范中小学校门口接送秩序的通知",
        record_title="关于规范中小学校门口接送秩序的通知_通知公告_枫汀县教育体育局",
        date="2025-09-01",
        notes="record title with _column_site; 抄送 and 印发 版记 kept; Chinese-numeral date; view count and print row",
        page="""
!m 枫汀县教育体育局
!m 位置：首页 > 通知公告
{T}
!m 来源：安全股　日期：2025-09-01　点击：905
{BODY}
!a [打印] [关闭] [返回顶部]
!l 相关通知：关于做好秋季开学安全检查的通知
!m 枫汀县教育体育局主办　技术维护：县信息中心
""",
        body="""
各中小学校、幼儿园：
新学期开学以来，部分学校门口上下学时段车辆乱停、人员聚集，存在安全隐患。现就规范接送秩序通知如下：
一、各校要在校门口划定家长等候区，设置隔离栏，放学时分年级错峰离校。
二、各校要联合交警中队设置临时停车点，引导家长车辆即停即走。
三、各校要每天安排护学岗，由校领导带班、教师和家长志愿者参与。
枫汀县教育体育局
二〇二五年九月一日
抄送：县公安局交警大队。
枫汀县教育体育局办公室　2025年9月1日印发
""",
    ),
    dict(
        slug="oa-heda-cable-factory-minutes-html",
        site="禾达电缆内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hedacable.example.local/doc/view.do?id=20250714",
        title="禾达电缆有限公司质量分析会会议纪要",
        record_title="内网资讯-禾达电缆有限公司质量分析会会议纪要",
        date="2025-07-14",
        notes="intranet document view: approval trail, read count, the minutes' 时间/地点/主持/参会/记录 lines kept in the body",
        page="""
<html><head><meta charset="utf-8"><title>文档查看 - 禾达电缆协同办公平台</title></head><body>
<div class="hd">⟦m 禾达电缆协同办公平台⟧　⟦m 欢迎您，质检部 周楠⟧　⟦a 退出登录⟧</div>
<div class="menu">⟦m 待办　已办　公文　知识库　通讯录⟧</div>
<h3>⟦t 禾达电缆有限公司质量分析会会议纪要⟧</h3>
<table class="doc"><tr><td>⟦m 拟稿：质检部　签发：总经理室　阅读次数：63⟧</td></tr></table>
{BODY}
<div class="flow">⟦m 流转记录：质检部提交 2025-07-14 16:02 → 总经理室审核 2025-07-15 09:10 → 归档⟧</div>
<div class="ft">⟦d 内部资料，严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年7月14日下午2时
地点：公司三楼会议室
主持：副总经理 钱卫东
参会：质检部、生产部、技术部、采购部负责人
记录：周楠
会议通报了二季度产品质量情况，低压电力电缆出厂检验一次合格率为百分之九十八点六，比一季度提高零点九个百分点。
会议指出，6月份两批次绝缘层厚度偏差超标，主要原因是挤出机温控老化，技术部要在7月底前完成改造。
会议要求采购部对铜杆供应商开展一次现场审核，不合格的暂停供货。
""",
    ),
    dict(
        slug="qa-wenwen-geriatric-clinic-answer",
        site="问问看 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenwenkan.example.com/q/7781204.html",
        title="老年医学科主要看哪些病？挂号需要注意什么？",
        record_title=None,
        date=None,
        notes="title missing, found as the question; a relative time 3天前 is not a date; a vote bar and related questions",
        page="""
!m 问问看 - 有问题，就来问
!m 分类：健康 > 就医指南
{T}
!m 提问者：小满　3天前　浏览 1.2万
!m 最佳回答　神经内科医师 王晴　回答于 3天前
{BODY}
!l 有用(88)　没用(2)　分享
!l 相关问题：老人多种慢病同时吃药怎么办？
!l 相关问题：综合医院有没有记忆门诊？
!d 本回答仅供参考，不能代替医生面诊。
""",
        body="""
老年医学科主要面向六十五岁以上、同时患有多种慢性病的老人，重点解决多病共存、多药联用、跌倒、营养不良、记忆力减退等问题。
和专科不同，老年医学科会对老人做一次综合评估，包括身体功能、认知、情绪、营养和用药情况。
挂号时建议注意三点：
1. 带上近半年的检查报告和正在吃的全部药盒。
2. 最好有熟悉老人情况的家属陪同。
3. 首诊时间较长，尽量预约上午的号。
""",
    ),
    dict(
        slug="collection-qiuyun-jingyun-dagu-essay-wrapped",
        site="秋云文集 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://qiuyun.example.net/wenji/juan2/027.html",
        title="我与京韵大鼓的四十年",
        record_title="《秋云文集》卷二·第27篇｜我与京韵大鼓的四十年",
        date="2024-12-08",
        notes="personal collection; hard-wrapped at 58 columns; date at the end in Chinese numerals; prev/next chapter links",
        indent="　　",
        wrap=58,
        page="""
!m 秋云文集 · 卷二 · 曲艺札记
!l 上一篇：说说三弦　｜　下一篇：票友的冬天
{T}
{BODY}
!l 目录　｜　上一篇　｜　下一篇
!d 文集内容为作者个人回忆，转载须经作者同意。
""",
        body="""
一九八四年冬天，我在楸原县文化馆第一次听到京韵大鼓，鼓板一响，唱腔一起，我就像被钉在了板凳上。
那时候学艺没有录音机，全靠师父一句一句地教，我一个《丑末寅初》就学了整整一个冬天，师父说我“嘴里有字，心里没戏”。
后来我进了县曲艺队，跑遍了全县的乡镇和厂矿，最多的一年演了二百多场，鼓架子都磨秃了两副。
如今年纪大了，我在社区办了一个京韵大鼓兴趣班，十几个学员里最小的只有九岁，看着他们，就像看见了当年的自己。
二〇二四年十二月八日
""",
    ),
]
