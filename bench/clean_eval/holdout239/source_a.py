"""holdout239, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML and one text page each).

Every document, site, place, person, number and URL is invented; see ../README.md and
../build.py for the markup. Subjects: watch straps, house-number plates, telecom towers,
weather vanes, venetian blinds.
"""

CASES = [
    dict(
        slug="fanwen-fugao-speech-strap-industry-gb2312",
        site="腹稿范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.fugao365.net/jianghua/chanye/2024/0920/77315.html",
        title="在骥川县表带产业高质量发展推进会上的讲话",
        record_title="【腹稿精选】在骥川县表带产业高质量发展推进会上的讲话（同题二篇）_腹稿范文网",
        date="2024-09-12",
        date_also=["2024-09-20"],
        notes=(
            "old table layout with a marquee notice, font/background row, floating QQ box, hot list and a visitor "
            "counter; date under the speech title (site's update date also accepted); speaker line neutral; a "
            "ghost-writer line between paragraphs and a collect link glued after a 。"
        ),
        page="""
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>【腹稿精选】在骥川县表带产业高质量发展推进会上的讲话（同题二篇）_腹稿范文网</title>
<meta name="keywords" content="表带,产业,讲话" />
<link href="/skin/fg.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/fg_count.js"></script>
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="300" class="logo">⟦m 腹稿范文网⟧</td><td class="toplink"><a href="/">⟦a 设为主页⟧</a>　<a href="javascript:fav()">⟦a 收藏腹稿⟧</a>　<a href="/sitemap.html">⟦m 网站地图⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦d 腹稿提醒：范文只供揣摩行文思路，请结合本单位实情改写后再用⟧</marquee></td></tr>
<tr><td colspan="2" class="nav"><a href="/">⟦m 首页⟧</a>　<a href="/jianghua/">⟦m 领导讲话⟧</a>　<a href="/zongjie/">⟦m 总结汇报⟧</a>　<a href="/fangan/">⟦m 计划方案⟧</a>　<a href="/xinde/">⟦m 心得体会⟧</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<table width="100%"><tr><td class="weizhi">⟦m 所在位置：腹稿范文网 &gt;&gt; 领导讲话 &gt;&gt; 产业经济讲话 &gt;&gt; 正文⟧</td></tr>
<tr><td align="center"><h2>{T}</h2></td></tr>
<tr><td align="center" class="info">⟦m 更新时间：2024-09-20　来稿：墨犁居士　人气：1327⟧</td></tr>
<tr><td align="center">⟦a 【字号：特大 大 中 小】【底色：米黄 浅绿 素白】⟧</td></tr>
<tr><td align="center">（2024年9月12日）</td></tr>
<tr><td align="center">县委副书记、县长　邝明远</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td>⟦a 本篇Word版每位会员每天可下3篇，超出请明日再来⟧</td></tr>
<tr><td>⟦l 上一篇：骥川县皮具协会年会致辞稿⟧<br />⟦l 下一篇：全县民营经济座谈会主持词（范本）⟧</td></tr>
</table></td>
<td width="250" valign="top">
<table width="100%"><tr><td class="side_t">⟦l 本栏热文排行⟧</td></tr>
<tr><td><a href="/a/77102.html">⟦l 乡镇特色产业发展大会表态发言⟧</a></td></tr>
<tr><td><a href="/a/76988.html">⟦l 县长在招商引资推进会上的讲话⟧</a></td></tr>
<tr><td><a href="/a/76541.html">⟦l 传统制造业转型升级调研汇报⟧</a></td></tr>
</table></td></tr>
</table>
<div id="qqfloat" style="position:fixed;right:4px;top:220px;">⟦w 讲话材料私人订制 QQ：2957341806⟧</div>
<table width="960" align="center"><tr><td class="foot">
⟦d 腹稿范文网所收文章多为网友来稿，若有版权疑问请发函至站务邮箱⟧<br />
⟦m 腹稿范文网 fugao365.net 浙ICP备09117362号⟧<br />
⟦m 您是腹稿第0428173位来宾⟧
</td></tr></table>
<script type="text/javascript">document.getElementById('qqfloat').style.display='block';</script>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们：
今天召开全县表带产业高质量发展推进会，主要是总结前段工作，分析面临形势，部署下一步任务。刚才，三家企业作了交流发言，讲得很实在，我都赞同。
骥川做表带已有三十多年，从家庭作坊起步，现在全县表带及配件企业发展到216家，去年产值达到18.7亿元，皮革、硅胶、金属三类表带产量占全国近一成。但也要看到，我们的产品大多处在贴牌代工环节，自有品牌少，设计能力弱，利润空间薄。⟦a 【收藏本篇】⟧
⟦w 写不出讲话稿？腹稿老师一对一代笔，微信fugao_laoshi⟧
下面，我讲三点意见。一要抓品牌，鼓励企业注册自主商标，县里对新获省级以上品牌的企业给予奖励。二要抓标准，年内完成表带耐汗、抗拉强度等团体标准制定，让“骥川表带”有据可依。三要抓人才，依托县职业中专开设皮具与表带设计专业，每年培养技术工人300名以上。
同志们，小表带连着大民生。希望大家拧成一股绳，把这个传统产业做精做强！
""",
    ),
    dict(
        slug="fanwen-zhimo-insight-blind-cords-wechat-glued",
        site="知墨范文库 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.zhimofw.com/xinde/anquan/40391.html",
        title="参加百叶窗拉绳安全专题培训的心得体会",
        record_title="参加百叶窗拉绳安全专题培训的心得体会（幼师版）_知墨范文库",
        date=None,
        notes=(
            "a kindergarten teacher's 心得; only a relative time on the page (no date); a ghost-writer WeChat id "
            "glued after a 。 and a member line between paragraphs"
        ),
        page="""
!m 知墨范文库 · 写材料不再熬夜
!m 首页 ＞ 心得体会 ＞ 安全教育心得
{T}
!m 整理：墨小禾　　收录于 3 天前　　围观 862 人
!a 〔全文复制〕〔存为Word〕〔发到手机〕
{BODY}
!a 开通知墨年卡，本站范文不限次数下载
!l 同栏目还有：
!l · 幼儿园安全教育月活动总结（精选）
!l · 教师参加防溺水培训体会三则
!l · 家长会上关于居家安全的发言稿
!d 知墨范文库内容由作者投递或网络整理，观点不代表本库，转载请注明出处。
!m ©2019-2025 zhimofw.com 知墨范文库　苏ICP备19062735号-1
""",
        indent="\u3000\u3000",
        body="""
上周，园里组织我们参加了区妇幼保健院主讲的儿童居家安全专题培训，其中讲百叶窗拉绳的一节让我坐立不安。
老师说，百叶窗、卷帘的拉绳一旦垂到孩子够得着的高度，就可能缠住脖子，几十秒内就会造成窒息，而且往往发生在大人转身倒杯水的工夫。她展示的几个案例，孩子都不满三岁。⟦w 代写各类心得，加微信zhimo_xd6免费改稿⟧
回到班里，我第一件事就是和配班老师把教室的百叶窗挨个查了一遍，发现午睡室两扇窗的拉绳垂到了床沿，当天就用绕线器收到了一米六以上。
⟦a 知墨会员专享：本文余下段落已为您解锁⟧
我体会最深的有两点：一是安全隐患常常藏在最熟悉的地方，越是天天看见的东西越容易忽视；二是提醒家长比自己做好更重要，孩子大部分时间在家里。
下周家长会，我准备把这一节内容讲给家长听，请他们回家也看一看自家的窗户。
""",
    ),
    dict(
        slug="wenku-yunjuan-survey-towers-pdf-html-markers",
        site="云卷文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.yunjuan.cn/view/8e41c07ad2b3.html",
        title="关于骓阳县农村通信信号塔覆盖情况的调研报告",
        record_title="关于骓阳县农村通信信号塔覆盖情况的调研报告.pdf",
        date="2025-04-28",
        notes=(
            "文库 reader: page-marker paragraphs (⍐ n ⍐) cut sentences; viewer toolbar, uploader line, coin pay box; "
            "a data table one row a paragraph; 成文日期 under the signature"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于骓阳县农村通信信号塔覆盖情况的调研报告.pdf - 云卷文库</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<script src="https://static.yunjuan.cn/reader/v3/reader.min.js"></script>
</head><body>
<header class="yj-top"><span class="logo">⟦m 云卷文库⟧</span><nav><a href="/">⟦m 首页⟧</a><a href="/cat/report">⟦m 报告⟧</a><a href="/cat/gov">⟦m 党政⟧</a></nav><a class="login" href="/login">⟦a 登录｜免费注册⟧</a></header>
<div class="yj-crumb">⟦m 云卷文库 › 行业资料 › 通信 › 调研报告⟧</div>
<h1 class="doc-title">{T}</h1>
<div class="doc-meta">⟦m 上传者：西坡老许　｜　4页　｜　1.2万次阅读　｜　上传于2025-05-09⟧</div>
<div class="toolbar">⟦a 放大　缩小　全屏　翻页模式⟧</div>
<div class="reader" id="pages">
{BODY}
</div>
<div class="pay-box"><p>⟦a 余下内容需消耗8卷币解锁　立即购买⟧</p><p>⟦a 开通云卷VIP，全站文档畅读⟧</p></div>
<div class="doc-tags">⟦l 标签：信号塔　通信　乡村⟧</div>
<aside class="rel"><h3>⟦l 读过这份文档的人也在读⟧</h3><ul>
<li>⟦l 县域5G网络建设情况汇报.docx⟧</li>
<li>⟦l 农村宽带普及调研报告（最新）⟧</li></ul></aside>
<footer><p>⟦d 云卷文库文档均由用户上传，云卷仅提供存储空间，侵权请提交申诉⟧</p><p>⟦m 云卷文库 yunjuan.cn　京ICP备20037118号⟧</p></footer>
<script>YJReader.init({docId:"8e41c07ad2b3",free:2});</script>
</body></html>
""",
        p_html='<p class="pg-line">{}</p>',
        pages=dict(fmt="⍐ {n} ⍐", every=150, start=2),
        body="""
为摸清全县农村地区移动通信覆盖底数，今年4月，县工业和信息化局会同三家基础电信企业，对全县14个乡镇、163个行政村的信号塔建设和信号覆盖情况进行了专题调研。现将有关情况报告如下。
一、基本情况
截至3月底，全县共建成通信信号塔612座，其中5G站点238座，行政村4G网络覆盖率达到100%，但自然村和山区作业点仍有盲区。
乡镇类别　信号塔数量　存在盲区的自然村
平原乡镇　287座　3个
丘陵乡镇　219座　11个
山区乡镇　106座　26个
二、存在的问题
一是选址难，部分群众担心辐射，阻挠信号塔进村；二是供电难，山区站点多靠单相电，雨季频繁断电；三是维护难，进山道路窄，抢修车辆到达时间长。
三、对策建议
建议将信号塔纳入国土空间规划统筹布局，由乡镇牵头做好群众解释工作，并对山区站点给予电费补贴。
骓阳县工业和信息化局
2025年4月28日
""",
    ),
    dict(
        slug="wenku-duqian-plan-vanes-wrapped-glued-markers",
        site="读签文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.duqian.net/p-60188273.html",
        title="驺水县中小学校园气象站风向标更换实施方案",
        record_title="【文库优选】驺水县中小学校园气象站风向标更换实施方案（Word原稿可改）",
        date="2025-04-30",
        notes=(
            "preview text hard-wrapped at 62 columns and cut by page markers ⌻n⌻ glued to the continuation line; "
            "uploader notice and preview-end prompt; joint signature with 成文日期"
        ),
        page="""
!m 读签文库
!t 【文库优选】驺水县中小学校园气象站风向标更换实施方案（Word原稿可改）
!m 贡献者：气象小站长　上传时间：2025-05-03　页数：3　浏览：2406
!a 下载本文档（需12读签豆）　|　加入书单　|　举报
{BODY}
!a 试读到此为止，全文共3页，下载后继续阅读
!d 声明：本文档由读签用户上传分享，内容仅供学习参考，如侵犯您的权益请联系读签客服删除。
!l 相似文档：校园气象站建设方案　｜　气象科普进校园活动方案　｜　风速风向传感器校准规程
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⌻{n}⌻", every=110, start=2, glue=True),
        body="""
为做好校园气象科普工作，保障校园气象站观测数据准确，根据县教育局、县气象局联合部署，决定对全县中小学校园气象站风向标进行统一更换，特制定本方案。
一、更换范围
全县已建成校园气象站的21所中小学，共更换风向标21套，同步校准风速传感器。
二、时间安排
5月10日前完成设备采购和到货验收；5月11日至6月10日分片完成安装；6月15日前完成数据联调和验收。
三、工作要求
各学校要指定一名科学教师作为联络员，配合安装人员登顶作业，作业期间划定警戒区域，严禁学生靠近。安装完成后，要组织学生开展一次风向观测实践活动，把更换工作变成一堂生动的科学课。
驺水县气象局　驺水县教育局
2025年4月30日
""",
    ),
    dict(
        slug="gov-jichuan-notice-house-numbers-index-table",
        site="骥川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jichuan.gov.cn/zwgk/zcwj/bmwj/202503/t20250320_418822.html",
        title="关于开展城区门牌号规范整治工作的通知",
        record_title="关于开展城区门牌号规范整治工作的通知_政府文件_骥川县人民政府门户网站",
        date="2025-03-18",
        date_also=["2025-03-20"],
        notes=(
            "county portal with 关怀版/读屏/繁體 links, an 索引号 table (文号 cell unmarked), 纠错 and 12345 lines; "
            "the bureau's own 联系人/电话, 附件 list, 抄送 and 印发 lines stay in the body; 文号 line neutral"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展城区门牌号规范整治工作的通知_政府文件_骥川县人民政府门户网站</title>
<meta name="SiteName" content="骥川县人民政府">
<meta name="ColumnName" content="政策文件">
<link rel="stylesheet" href="/static/css/zwgk.css">
</head><body>
<div class="top-bar"><a href="/gh/">⟦a 关怀版⟧</a> <a href="javascript:;">⟦a 读屏⟧</a> <a href="javascript:;">⟦a 繁體⟧</a> <a href="/search/">⟦a 站内搜索⟧</a></div>
<div class="banner">⟦m 骥川县人民政府门户网站⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进骥川⟧</li></ul>
<div class="loc">⟦m 您当前所在：首页 &gt; 政务公开 &gt; 政策文件 &gt; 部门文件⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11530327MB0F47122X/2025-00231⟧</td><td>⟦m 主题分类：民政、地名⟧</td></tr>
<tr><td>⟦m 发布机构：骥川县民政局⟧</td><td>⟦m 发布日期：2025-03-20⟧</td></tr>
<tr><td>文号：骥民发〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<p class="wh">骥民发〔2025〕9号</p>
<div class="zoom">⟦a 【大号字 标准字 小号字】⟧　⟦a 【打印正文】⟧　⟦a 【关掉本页】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 转发至：微信　微博　QQ空间⟧</div>
<div class="related">⟦l 相关解读：图解｜城区门牌号规范整治怎么做⟧</div>
</div>
<div class="footer">
<p>⟦m 主办：骥川县人民政府办公室　承办：骥川县数字政府服务中心⟧</p>
<p>⟦m 网站纠错：0736-7810000　政务服务便民热线：12345⟧</p>
<p>⟦m 滇ICP备05003718号　滇公网安备53032702000119号⟧</p>
<p>⟦m 网站标识码5303270001⟧</p>
</div>
<script src="/static/js/zoom.js"></script>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各镇人民政府、街道办事处，县直有关单位：
近年来，我县城区建设加快，部分街巷门牌号存在缺失、重号、跳号和标识破损等问题，给群众生活、快递投送和应急救援带来不便。经县政府同意，决定自即日起至6月底在城区开展门牌号规范整治工作。现将有关事项通知如下。
一、整治内容。全面排查城区街巷门牌，补钉缺失门牌，纠正重号跳号，更换破损褪色门牌，做到一户一号、号随路走。
二、职责分工。县民政局负责统一编号和门牌制作；各街道负责入户核实和安装；公安、住建、邮政等部门同步更新户籍、房产和投递信息。
三、有关要求。门牌制作安装费用由县财政承担，不得向群众收取任何费用。各单位请于5月31日前报送排查台账。
附件：1.城区门牌号排查登记表
2.门牌号规范整治工作进度表
联系人：县民政局区划地名股　詹晓禾，电话：0736-7821406。
骥川县民政局
2025年3月18日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
骥川县民政局办公室　2025年3月18日印发
""",
    ),
    dict(
        slug="gov-zhuiyang-notice-towers-wrapped-record",
        site="骓阳县人民政府网 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.zhuiyang.gov.cn/xxgk/tzgg/202506/t20250603_90214.html",
        title="关于城区第二批5G信号塔建设的通告",
        record_date="2025-06-03",
        date="2025-06-03",
        notes=(
            "record title and date given as is; body hard-wrapped at 56 columns; portal header, font and print row, "
            "纠错 line and a visit counter"
        ),
        page="""
!m 骓阳县人民政府网　www.zhuiyang.gov.cn
!m 首页 / 信息公开 / 通知公告
{T}
!m 信息来源：县工业和信息化局　　浏览次数：774
!a 〖字体：大 中 小〗　〖打印本页〗　〖关闭〗
{BODY}
!l 上一条：骓阳县2025年春季森林防火通告
!l 下一条：关于城区部分路段临时交通管制的公告
!m 骓阳县人民政府办公室主办　网站找错请拨：0735-8862110
!m 湘ICP备06010455号　您是第2961203位访问者
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
为加快5G网络建设，提升城区移动通信质量，经县政府研究同意，骓阳县通信铁塔服务公司将于2025年6月至9月在城区建设第二批5G信号塔。现就有关事项通告如下：
一、本批次共建设信号塔34座，其中利用路灯杆、监控杆改造的“多杆合一”站点22座，新建美化塔12座，点位清单在各社区公示栏张贴。
二、施工期间将对部分人行道临时围挡，请过往行人和车辆注意安全，服从现场人员指挥。
三、建成站点的电磁辐射须经有资质的机构检测，符合国家标准后方可开通，检测报告向社会公开。
四、市民对点位有意见的，可在公示之日起10日内向所在社区反映。
特此通告。
骓阳县工业和信息化局
2025年6月3日
""",
    ),
    dict(
        slug="news-aocheng-clocktower-vane-photo-captions",
        site="骜城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.aochengnews.cn/bdyw/2025-09/24/content_1180437.html",
        title="骜城钟楼风向标修复后重新“上岗”",
        record_title="骜城钟楼风向标修复后重新“上岗”＿本地要闻＿骜城新闻网",
        date="2025-09-24",
        notes=(
            "news portal: an app prompt glued before the lead, a photo caption and an ad slot between paragraphs, "
            "a listen button, a 24-hour list; byline 发布时间 is the page's date; editor line glued at the end"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>骜城钟楼风向标修复后重新“上岗”＿本地要闻＿骜城新闻网</title>
<script src="//cdn.aochengnews.cn/js/ad.js"></script>
</head><body>
<div class="header"><span class="logo">⟦m 骜城新闻网⟧</span><span class="slogan">⟦m 骜城人自己的新闻客厅⟧</span><a href="/app">⟦a 下载骜城新闻客户端⟧</a></div>
<div class="channel">⟦m 首页　本地要闻　民生　文旅　视频　评论⟧</div>
<div class="path">⟦m 骜城新闻网 ＞ 本地要闻 ＞ 正文⟧</div>
<div class="art">
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-09-24 08:41　来源：骜城日报　记者：鄢楚青⟧</div>
<div class="tts">⟦a ▶ 听新闻（语音播报约2分钟）⟧</div>
<div class="text">
{BODY}
</div>
<div class="share">⟦l 转给朋友：微信好友　朋友圈　复制链接⟧</div>
</div>
<div class="side"><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 骜城港客运码头国庆加开夜航⟧</li><li>⟦l 老城区三条背街小巷完成提升改造⟧</li><li>⟦l 市民公园菊展下月开幕⟧</li></ol></div>
<div class="footer"><p>⟦d 未经骜城日报社书面授权，不得转载、摘编本网作品⟧</p><p>⟦m 新闻热线：0736-7700110　违法和不良信息举报：0736-7700112⟧</p><p>⟦m 骜城新闻网 版权所有　互联网新闻信息服务许可证编号：53120190007⟧</p></div>
</body></html>
""",
        body="""
⟦a 打开骜城新闻APP，看更多本地消息⟧本报讯（记者 鄢楚青）9月23日上午，随着吊车缓缓落下，修复一新的铜质风向标重新安装到了骜城老钟楼顶端，这座钟楼上的“老伙计”在离开三个月后重新“上岗”。
钟楼建于1936年，顶部的风向标由一只展翅的铜燕和东西南北四个方位字组成，是不少老骜城人的共同记忆。今年6月，市文物部门在巡查中发现风向标转轴锈死、铜燕尾翼开裂，随即将其拆下送修。
⟦m 图为工人将修复后的铜燕风向标吊装到钟楼顶部。　鄢楚青　摄⟧
负责修复的老铜匠邬茂林介绍，这次修复尽量保留了原有构件，只更换了锈蚀的转轴和轴承，开裂处用同材质铜片补焊，表面做了防氧化处理。“现在轻轻一阵风，它就能转起来。”
⟦a 【广告】骜城文旅年卡限时优惠中⟧
市文物保护中心相关负责人表示，下一步将为钟楼加装避雷和监测设施，让这只铜燕继续为市民指示风向。⟦m （编辑：柯未央　审校：甘露）⟧
""",
    ),
    dict(
        slug="news-aocheng-evening-straps-spot-check-table",
        site="骜城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.acwbw.com/xiaofei/202507/15/t_318406.html",
        title="市场监管部门抽检50批次手表带 3批次不合格",
        record_title="市场监管部门抽检50批次手表带 3批次不合格-消费维权频道-骜城晚报网",
        date="2025-07-15",
        notes=(
            "news page: a table of unqualified products one row a paragraph; 发布时间 byline is the page's date; "
            "a related link glued after a 。 and an editor line at the end"
        ),
        page="""
!m 骜城晚报网　消费维权频道
!m 当前位置：骜城晚报网 » 消费 » 抽检曝光
{T}
!m 发布时间：2025-07-15 10:22　　来源：骜城晚报　　作者：实习生 卢杳
!a 字号 A+ A-　|　夜间模式
{BODY}
!m 【责任编辑：麦秋】
!l 延伸阅读：儿童手表抽检结果出炉　｜　夏季穿戴用品选购提醒
!l 评论（12）　我要评论
!d 骜城晚报网原创稿件，转载请注明来源。
!m 骜城晚报网 acwbw.com　新闻线索：0736-7687555
""",
        indent="\u3000\u3000",
        body="""
近日，骜城市市场监督管理局公布了手表带产品质量监督抽查结果，共抽查本市生产和销售的手表带50批次，其中3批次不合格。
本次抽查依据相关标准，对手表带的镍释放量、pH值、可分解致癌芳香胺染料、耐汗渍色牢度等项目进行了检验。不合格产品情况如下：⟦l 相关：上半年眼镜架抽检情况⟧
产品名称　标称企业　不合格项目
真皮手表带　骜城市某皮具加工厂　pH值
金属手表带　某饰品有限公司　镍释放量
硅胶运动表带　某电子配件商行　耐汗渍色牢度
市场监管局提醒，消费者选购手表带时应查看产品标签，皮肤敏感者尽量选择标明“低镍”或“无镍”的金属表带；佩戴后如出现红肿瘙痒，应及时停用并就医。
""",
    ),
    dict(
        slug="forum-qiaojiang-vane-diy-jammer-html",
        site="巧匠家园论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.qiaojiangjy.com/thread-408815-1-1.html",
        title="给自家屋顶做了个铁皮风向标",
        record_title="[手作] 给自家屋顶做了个铁皮风向标（附尺寸图） - 金工铁艺 - 巧匠家园论坛",
        date=None,
        notes=(
            "Discuz-like thread with jammer fonts inside the post, a rating row, a signature and replies; "
            "only a relative post time (no date)"
        ),
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[手作] 给自家屋顶做了个铁皮风向标（附尺寸图） - 金工铁艺 - 巧匠家园论坛 - Powered by Discuz!</title>
<style>.jammer{font-size:0;color:#fff}</style>
</head><body>
<div id="hd">⟦m 巧匠家园论坛⟧ <a href="member.php?mod=register">⟦a 注册⟧</a> <a href="member.php?mod=logging">⟦a 登录⟧</a></div>
<div id="pt">⟦m 巧匠家园 › 手艺专区 › 金工铁艺 › 帖子详情⟧</div>
<div class="hm">⟦m 浏览：3188　回帖：46⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 老汤打铁⟧</div><p>⟦m 铁匠铺掌柜　积分 2210⟧</p></td>
<td class="plc">
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 发表于 4 天前 | 只看楼主 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦a 评分　参与人数 7　手艺值 +19⟧</div>
<div class="sign">⟦m 签名：敲敲打打又一年，铁皮也能开出花⟧</div>
<div class="po">⟦a 回复　收藏　点赞　举报⟧</div>
</td></tr></table>
<div class="reply"><p>⟦l 沙发 · 木头人阿福：手艺真好，尾巴那块弧度怎么弯的？⟧</p><p>⟦l 板凳 · 焊花飞：轴承选得对，转得肯定顺⟧</p></div>
<div id="fastpost">⟦a 登录后才能参与回帖讨论⟧</div>
<div id="ft">⟦m 巧匠家园论坛 ( 冀ICP备18024407号 ) GMT+8⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
去年秋天搬回乡下老屋，总觉得屋脊上空落落的，就琢磨着自己做一个风向标。前后折腾了三个周末，今天终于装上去了，跟大家汇报一下。
材料很简单：一块1毫米厚的镀锌铁皮，一根直径12毫米的不锈钢圆管做立杆，一个小轴承，再加几颗螺丝。造型选了一条鲤鱼，鱼头做小、鱼尾做大，这样尾部受风面积大，鱼头才能稳稳地指向来风方向。
最费工夫的是配重。第一次装上去鱼头老往下耷拉，后来在鱼头里面加了一块铅片，前后调平，转起来就灵活多了。方位字是用钢筋弯的，装的时候拿手机指南针对了好几遍。
装好那天刚好刮北风，鲤鱼一下就转过来朝着北边，我媳妇在院子里直说像真的一样。图纸尺寸我放在楼下回帖里了，有兴趣的坛友可以参考。
""",
    ),
    dict(
        slug="forum-shiguang-strap-change-junk-text",
        site="时光腕表论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.shiguangwb.net/viewthread.php?tid=227406",
        title="自己动手给手表换表带的一点经验",
        record_title="[动手记] 自己动手给手表换表带的一点经验（新手向）- 腕表交流区 - 时光腕表论坛",
        date=None,
        notes="forum thread: anti-scraping junk lines and junk glued after 。; post time 昨天 (no date); replies and stats",
        page="""
!m 时光腕表论坛 » 腕表交流区 » 经验分享
!t [动手记] 自己动手给手表换表带的一点经验（新手向）
!m 楼主：秒针走走　　发表于 昨天 22:08　　只看楼主
!m 查看：1420　回复：23
{BODY}
!a 顶　　踩　　收藏本帖
!l 2# 齿轮嗡嗡：生耳批某宝十几块钱一把，新手必备
!l 3# 游丝：金属带顶销子那段太有用了，上次我就顶反了
!a 游客请先登录再回帖　登录 | 注册
!m 时光腕表论坛　Powered by Discuz! X3.4　粤ICP备15066208号
""",
        junk=dict(lines=2, glued=3),
        body="""
前两天手表的皮表带断了，去商场换一条要两百多，干脆网上买了一条，自己动手换，顺便把过程记下来，给新手坛友参考。
先说尺寸。表带宽度看的是表耳内侧的距离，用游标卡尺量最准，我的表是20毫米。买的时候别只看宽度，还要看生耳是不是快拆款，快拆款旁边有个小拨杆，不用工具就能拆。
再说工具。普通生耳要用专门的生耳批，一头是叉子一头是尖针。拆的时候把叉子卡进表带和表耳之间，轻轻压下生耳，表带就出来了。千万别用水果刀撬，我第一次就把表壳划了一道。
最后提醒一句，金属表带调节长度要用顶针把销子顶出来，方向看表带内侧的箭头，顶反了很难弄。
""",
    ),
]
