"""holdout237, part B: a cloud drive, government, news, Party-building, education and
personnel-exam sites. Every page, site, place, person and number is invented."""

CASES = [
    dict(
        slug="netdisk-panbao-work-instruction-glasses-cases-docx-markers",
        site="盘宝云 (invented cloud drive, text preview)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://www.panbaoyun.com/share/init?surl=Kd82mQx",
        title="眼镜盒包装线作业指导书",
        record_title="眼镜盒包装线作业指导书（2024版）.docx",
        date=None,
        notes="file-name record title with a version tag; decimal headings; page markers ⭅n⭆ glued or on their "
        "own line; a work instruction carries no date; share stamps are no dates",
        page="""
!m 盘宝云 | 文件分享
!t 眼镜盒包装线作业指导书（2024版）.docx
!m 分享时间：昨天 16:02　失效时间：永久有效　大小：45.6KB
!a 保存到盘宝　　下载（需客户端）　　举报
!a 文档预览（文字版）
{T}
{BODY}
!a 预览结束，剩余内容请下载后查看
!m 盘宝云 panbaoyun.com　©2024　沪ICP备21006543号-3
""",
        pages=dict(fmt="⭅{n}⭆", every=85, start=2, glue="mix"),
        body="""
1 目的
规范眼镜盒包装线作业，减少压痕、错装和漏装，保证出货质量。
2 适用范围
适用于成品车间三条包装线的装盒、装箱和贴标工序。
3 作业要求
3.1 作业前用粘尘滚筒清洁台面，检查眼镜盒外观，有划痕、脱绒或铰链歪斜的挑出放入红色不良品筐。
3.2 装盒时先放眼镜布，再放说明卡，合盖后轻按两秒，确认卡扣到位。
3.3 每二十只装一个中盒，每十个中盒装一个外箱，外箱贴标须与生产单号一致。
4 检验与记录
4.1 班组长每小时抽检五盒，填写《包装巡检记录表》。
4.2 发现连续两只以上同类缺陷，应立即停线并报告质检员。
""",
    ),
    dict(
        slug="gov-huangyang-notice-fishing-ban-index-table",
        site="艎阳县人民政府网 (invented county portal)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.huangyang.gov.cn/zwgk/tzgg/202402/t20240228_1183092.html",
        title="关于2024年艎江流域禁渔期管理的通告",
        record_title="关于2024年艎江流域禁渔期管理的通告-政务公开-艎阳县人民政府网",
        date="2024-02-26",
        date_also=["2024-02-28"],
        notes="county portal with 长辈版/无障碍 links, an index table (文号 cell unmarked, neutral), a 纠错 line and "
        "the portal's service hotline beside the notice's own 举报电话; 附件 list; the portal's posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于2024年艎江流域禁渔期管理的通告-政务公开-艎阳县人民政府网</title>
<meta name="ArticleTitle" content="关于2024年艎江流域禁渔期管理的通告">
<meta name="PubDate" content="2024-02-28 09:30">
<script src="/common/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar">
<span>⟦m 艎阳县人民政府网 欢迎您⟧</span>
<a href="#">⟦a 长辈版⟧</a> <a href="#">⟦a 视障辅助模式⟧</a> <a href="/en/">⟦a EN版⟧</a>
</div>
<div class="banner"><img src="/images/banner.jpg" alt="">⟦m 艎阳县人民政府⟧</div>
<ul class="menu">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li>
</ul>
<div class="location">⟦m 您现在的位置： 首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：11431127MB0L83205K/2024-00417⟧</td><td>⟦m 主题分类：农业、林业、水利⟧</td></tr>
<tr><td>⟦m 发布机构：艎阳县农业农村局⟧</td><td>⟦m 成文日期：2024-02-26⟧</td></tr>
<tr><td>艎农发〔2024〕9号</td><td>⟦m 发布日期：2024-02-28⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="tool">⟦a 【字号：放大 还原】⟧ ⟦a 【打印该页】⟧ ⟦a 【关闭】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="fj"><a href="/u/cms/fj1.pdf">⟦a 附件下载：禁渔区域示意图.pdf⟧</a></div>
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="footer">
<p>⟦m 主办：艎阳县人民政府办公室　承办：艎阳县大数据中心⟧</p>
<p>⟦m 网站标识码：4311270012　湘公网安备43112702000318号　湘ICP备05006215号⟧</p>
<p>⟦m 政务服务热线：12345　网站纠错：0736-7201199⟧</p>
</div>
</body>
</html>
""",
        body="""
为保护艎江流域水生生物资源，根据《中华人民共和国渔业法》等有关规定，现就2024年禁渔期管理有关事项通告如下：
一、禁渔时间。2024年3月1日0时至6月30日24时。
二、禁渔范围。艎江干流艎阳段及支流簖溪、滘河全部水域。
三、禁用渔具。禁渔期内禁止使用拖网、刺网、地笼网等一切捕捞网具作业；全年禁止使用网目尺寸小于三厘米的“绝户网”。
四、违规处理。对违反本通告的，由渔政执法部门依法没收渔获物、渔具，并处罚款；构成犯罪的，依法追究刑事责任。
举报电话：0736-7259130（县渔政执法大队）
附件：1.禁渔区域示意图
2.禁用渔具目录
艎阳县农业农村局
2024年2月26日
""",
    ),
    dict(
        slug="gov-gouxi-notice-protective-suits-cc-printed-cn-date",
        site="笱溪县人民政府门户网站 (invented county portal, text)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.gouxi.gov.cn/bmdt/wjw/202409/t20240919_664102.html",
        title="关于开展应急储备防护服轮换调拨工作的通知",
        record_title="关于开展应急储备防护服轮换调拨工作的通知 - 卫健动态 - 笱溪县人民政府门户网站",
        date="2024-09-13",
        date_also=["2024-09-19"],
        notes="文号 line neutral; 成文日期 in Chinese numerals; 抄送 and 印发 lines; the notice's own contact beside "
        "the portal's hotline; a 'print this page' link glued after a sentence",
        page="""
!m 笱溪县人民政府门户网站
!m 首页 ＞ 部门动态 ＞ 县卫生健康委员会
{T}
!m 发布日期：2024-09-19　信息来源：县卫健委　浏览次数：283
笱卫发〔2024〕17号
{BODY}
!l 上一条：县卫健委召开秋冬季传染病防控工作会议
!l 下一条：关于公布2024年度县级临床重点专科名单的通知
!a 【打印正文】　【关闭本页】
!m 笱溪县人民政府办公室主办　咨询热线：0735-6120000　湘ICP备13001937号
""",
        indent="\u3000\u3000",
        body="""
各乡镇卫生院，县直各医疗卫生单位：
为避免应急储备物资过期浪费，县卫健委决定对2022年入库的医用一次性防护服开展轮换调拨。现将有关事项通知如下。
一、轮换范围。县应急物资库现存2022年批次防护服5200套，有效期至2025年3月，全部纳入本次轮换。
二、调拨方式。各单位根据日常消耗量于9月30日前报送需求，县卫健委按“先到期先调出”的原则统一分配，各单位同时按调出数量补充新批次储备。⟦a 〔打印此页〕⟧
三、有关要求。各单位接收后要在十五日内登记入账，不得转售、挪作他用；储存场所应保持干燥通风，远离火源。
联系人：应急办　单晓帆　电话：0735-6121408
笱溪县卫生健康委员会
二〇二四年九月十三日
抄送：县应急管理局，县财政局。
笱溪县卫生健康委员会办公室　2024年9月13日印发
""",
    ),
    dict(
        slug="news-liuchuan-selfie-sticks-glass-walkway-captions",
        site="罶川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.liuchuannews.com/wenlv/2024-05/14/content_308812.html",
        title="簖湖景区玻璃栈道禁用长款自拍杆",
        record_title="簖湖景区玻璃栈道禁用长款自拍杆_文旅频道_罶川新闻网",
        date="2024-05-14",
        notes="news portal: app prompt, listen button, photo caption between paragraphs, an editor line glued after "
        "the last paragraph; the byline's 发布时间 is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>簖湖景区玻璃栈道禁用长款自拍杆_文旅频道_罶川新闻网</title>
<script>var cmsChannel="wenlv";</script>
<style>.ad{display:block}</style>
</head>
<body>
<div class="site-top">
<a href="/">⟦m 罶川新闻网⟧</a><span>⟦m 罶川县融媒体中心主办⟧</span>
<a href="/app">⟦a 下载“看罶川”客户端⟧</a>
</div>
<nav class="chan"><a href="/">⟦m 首页⟧</a> <a href="/shizheng/">⟦m 时政⟧</a> <a href="/minsheng/">⟦m 民生⟧</a> <a href="/wenlv/">⟦m 文旅⟧</a> <a href="/shipin/">⟦m 视频⟧</a></nav>
<div class="ad">⟦a 广告｜簖湖温泉度假村夏季特惠⟧</div>
<div class="crumbs">⟦m 罶川新闻网 > 文旅频道 > 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2024-05-14 08:32　来源：罶川日报　记者：焦一苇⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
<div class="content">
{BODY}
</div>
</article>
<div class="share-bar">⟦l 转发到：朋友圈　微博　复制链接⟧</div>
<aside>
<h4>⟦l 24小时热读⟧</h4>
<ol>
<li>⟦l 罶川至簖湖城际公交5月起加密班次⟧</li>
<li>⟦l 县城北门农贸市场改造完工⟧</li>
<li>⟦l 峃岭油菜花节吸引游客三万人次⟧</li>
</ol>
</aside>
<footer>⟦d 凡本网注明“来源：罶川日报”的作品，未经授权不得转载⟧<br>⟦m 新闻热线：0737-4126660　湘ICP备15013377号⟧</footer>
</body>
</html>
""",
        body="""
本报讯（记者 焦一苇）5月13日起，罶川县簖湖景区对玻璃栈道实行新规：长度超过一米的自拍杆不得带上栈道，游客可在入口处免费寄存。
景区管理处负责人介绍，玻璃栈道悬空段宽仅1.2米，“五一”假期高峰时，不少游客把自拍杆伸出护栏外拍摄，不仅挡住后方游客，还发生过自拍杆脱手坠落砸中下方步道游客的情况。
⟦m ▲游客在栈道入口寄存点存放自拍杆（通讯员 鲍青 摄）⟧
新规实施首日，入口寄存点共寄存自拍杆300余根。来自外地的游客沈女士说：“刚开始有点不理解，后来看到栈道那么窄，觉得这个规定挺有必要。”
景区还在栈道两端设置了三处“最佳拍照点”，由工作人员免费帮游客拍照。⟦m 〔责编：邝莉　审校：庞一鸣〕⟧
""",
    ),
    dict(
        slug="news-huangyang-insulating-gloves-test-record",
        site="艎阳在线 (invented news portal, text)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.huangyangzx.com/2024/0319/n417730.shtml",
        title="艎阳供电公司集中检测两千余副绝缘手套",
        record_date="2024-03-19",
        date="2024-03-19",
        notes="title and date given by the record; a client prompt glued before the lead; a related-reading line "
        "between paragraphs; comment count and hot list at the bottom",
        page="""
!m 艎阳在线 · 本地新闻
!m 首页 ＞ 本地 ＞ 经济
{T}
!m 2024-03-19 10:15　|　艎阳在线　|　阅读 1.6万
{BODY}
!l 评论（12）　|　我要评论
!l 热门推荐：
!l 艎江大桥检修期间公交线路调整
!l 县城新增两处充电站
!d 本网原创稿件，转载请注明出处。
!m 艎阳在线　huangyangzx.com　举报电话：0736-7230100
""",
        indent="\u3000\u3000",
        body="""
⟦a 打开艎阳在线App看更多本地资讯⟧3月18日，艎阳供电公司电力安全工器具检测中心内，检测员正把一副副绝缘手套浸入水槽，进行耐压试验。这是该公司今年春季绝缘工器具集中检测的一个环节。
“手套内外都要加水，加压到规定电压后保持一分钟，没有击穿、没有发热才算合格。”检测员卢海平一边操作一边介绍。
⟦l 延伸阅读：春检来了，这些安全常识要知道⟧
此次集中检测覆盖全公司12个供电所，共检测绝缘手套2146副、绝缘靴880双，检出不合格手套31副，已全部现场剪角报废。
据了解，该公司今年还将为一线班组新配500副带电作业绝缘手套，并在每个供电所设置工器具智能柜，手套超过试验周期将无法领出。
""",
    ),
    dict(
        slug="party-jiaojiang-speech-protective-suits-commando-flag",
        site="滘江党建网 (invented Party-building portal)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.jjdj.gov.cn/xfyl/202408/t20240807_77104.html",
        title="在县疾控中心党员应急突击队授旗仪式上的讲话",
        record_title="【初心·实践】在县疾控中心党员应急突击队授旗仪式上的讲话_滘江党建网",
        date="2024-08-01",
        date_also=["2024-08-07"],
        notes="Party portal: study-points prompt, read-on-phone line; date and speaker under the speech title "
        "(neutral); the portal's posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【初心·实践】在县疾控中心党员应急突击队授旗仪式上的讲话_滘江党建网</title>
<script src="/js/dj-common.js"></script>
</head>
<body>
<div class="dj-head">
<img src="/img/dh.png" alt="党徽">⟦m 滘江党建网⟧<span>⟦m 中共滘江县委组织部主办⟧</span>
</div>
<ul class="dj-nav">
<li>⟦m 首页⟧</li><li>⟦m 要闻⟧</li><li>⟦m 先锋引领⟧</li><li>⟦m 基层党建⟧</li><li>⟦m 党员教育⟧</li>
</ul>
<div class="dj-pos">⟦m 当前位置：首页 &raquo; 先锋引领 &raquo; 讲话⟧</div>
<div class="dj-art">
<h2>{T}</h2>
<p class="c">（2024年8月1日）</p>
<p class="c">县委常委、组织部部长　凌秋实</p>
<div class="dj-info">⟦m 发布日期：2024-08-07　　来源：县委组织部　　点击：<span>652</span>⟧</div>
<div class="dj-body">
{BODY}
</div>
<div class="dj-score">⟦a 阅读满3分钟可获得1个学习积分⟧</div>
<div class="dj-qr">⟦a 用手机扫一扫，随时随地读党建⟧</div>
</div>
<div class="dj-links">
<p>⟦l 相关链接⟧</p>
<p>⟦l 县卫健系统“党建+应急”工作综述⟧</p>
<p>⟦l 防汛一线党旗红⟧</p>
</div>
<div class="dj-foot">⟦m 主办单位：中共滘江县委组织部　技术支持：滘江县信息中心　湘ICP备07024480号⟧</div>
</body>
</html>
""",
        body="""
同志们：
今天，我们在这里为县疾控中心党员应急突击队授旗。这面旗帜，既是荣誉，更是责任。
突击队成立以来，先后参加了三次传染病疫情现场处置。我印象最深的是去年夏天在垵口镇，气温三十七度，队员们穿着密不透风的防护服在现场采样五个多小时，脱下时衣服能拧出水来，没有一个人叫苦。
借此机会，我提三点希望。一要练就过硬本领，防护服穿脱、采样、消杀等基本功要练到闭着眼睛也不出错。二要保持随时待命，队员手机二十四小时开机，接到指令一小时内集结。三要关心爱护队员，轮换、休整、补助要落实到位。
同志们，希望突击队把党旗插在最需要的地方，为守护群众健康作出新的贡献！
""",
    ),
    dict(
        slug="party-ankou-summary-fishing-nets-patrol-table",
        site="垵口镇智慧党建 (invented township Party-building site, text)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://dj.ankouzhen.gov.cn/zbfc/2024/1129/5210.html",
        title="滘西村党支部2024年禁渔护渔工作总结",
        record_title="〖红色渔港〗滘西村党支部2024年禁渔护渔工作总结 - 垵口镇智慧党建",
        date="2024-11-25",
        date_also=["2024-11-29"],
        notes="a data table, one row a paragraph with cells apart by ideographic spaces; a study-points line between "
        "paragraphs; 成文日期 under the signature; the site's posting date differs",
        page="""
!m 垵口镇智慧党建
!m 首页 / 支部动态 / 滘西村
!t 〖红色渔港〗滘西村党支部2024年禁渔护渔工作总结
!m 发布：2024-11-29　作者：滘西村党支部　审核：镇党建办
{BODY}
!a 打卡学习：本文已学习人数 214
!l 上一篇：滘西村开展“渔嫂”技能培训
!l 下一篇：垵口镇召开退捕渔民就业帮扶推进会
!m 中共垵口镇委员会主办　湘ICP备17022561号-4
""",
        body="""
今年以来，滘西村党支部把长江禁渔和护渔工作作为为群众办实事的重点，组织党员带头收缴违规渔网，取得了明显成效。
一、党员带头。支部14名党员全部签订护渔承诺书，其中6名原渔民党员主动上交自家的旧渔网和地笼。
二、分段巡护。支部把村内3.6公里河岸分成四段，每段由一名党员带两名群众巡护。全年巡护情况如下：
季度　巡护次数　收缴渔网（张）　劝离垂钓（人次）
第一季度　38　26　41
第二季度　52　19　63
第三季度　47　9　58
第四季度　30　4　22
⟦a 【学习强镇】读完本文可得2积分⟧
三、帮扶转产。协调镇里为12户退捕渔民安排了护渔员、保洁员等公益岗位。
下一步，支部将继续把巡护做细做实，确保河道里不见一张违规渔网。
中共滘西村支部委员会
2024年11月25日
""",
    ),
    dict(
        slug="edu-duanhu-notice-glasses-cases-attachments",
        site="簖湖市教育信息网 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.duanhu.gov.cn/tzgg/202409/t20240905_40815.html",
        title="关于为近视学生配发眼镜盒和护眼卡的通知",
        record_title="关于为近视学生配发眼镜盒和护眼卡的通知 - 簖湖市教育信息网 - 公告通知",
        date="2024-09-04",
        date_also=["2024-09-05"],
        notes="education portal with 关怀版/读屏 links; 文号 line neutral; the notice's contact beside the site's "
        "technical line; 附件 list beside an attachment download link; 请各单位下载附件 stays in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于为近视学生配发眼镜盒和护眼卡的通知 - 簖湖市教育信息网 - 公告通知</title>
<link rel="stylesheet" href="/css/jy.css">
</head>
<body>
<div class="jy-top"><span>⟦m 簖湖市教育信息网⟧</span><a>⟦a 关怀版⟧</a><a>⟦a 读屏专用⟧</a><a>⟦a 登录教育云⟧</a></div>
<div class="jy-nav"><a>⟦m 首页⟧</a><a>⟦m 教育要闻⟧</a><a>⟦m 公告通知⟧</a><a>⟦m 政策文件⟧</a><a>⟦m 招生考试⟧</a></div>
<div class="jy-crumb">⟦m 首页 ＞＞ 公告通知 ＞＞ 正文⟧</div>
<div class="jy-art">
<h1>{T}</h1>
<div class="jy-info">⟦m 发布时间：2024-09-05　发布单位：体卫艺科　浏览：1204⟧</div>
<p class="wh">簖教办〔2024〕41号</p>
{BODY}
<div class="jy-fj">⟦a 附件1：眼镜盒需求统计表.xlsx（点击下载）⟧<br>⟦a 附件2：护眼卡样式.pdf（点击下载）⟧</div>
</div>
<div class="jy-side">
<h4>⟦l 最新公告⟧</h4>
<p>⟦l 2024年秋季学期中小学校历⟧</p>
<p>⟦l 关于开展中小学生体质健康抽测的通知⟧</p>
</div>
<div class="jy-foot">
<p>⟦m 主办：簖湖市教育局　地址：簖湖市文昌路88号⟧</p>
<p>⟦m 网站技术支持电话：0731-8546099　湘ICP备12031750号⟧</p>
</div>
</body>
</html>
""",
        body="""
各县（市、区）教育局，市直各学校：
为落实儿童青少年近视防控工作要求，减少学生在体育课、课间活动中摔坏、压坏眼镜的情况，市教育局决定为全市中小学近视学生免费配发硬壳眼镜盒和护眼卡。现将有关事项通知如下。
一、各学校于9月20日前统计本校近视学生人数，填写《眼镜盒需求统计表》报县级教育部门。
二、眼镜盒由市教育局统一采购，10月中旬配送到校，由班主任发放到每名学生。
三、各学校要教育学生上体育课时把眼镜放进眼镜盒，不要随手放在窗台或跑道边。
请各单位下载附件，按要求填报。
联系人：体卫艺科　柴思远　电话：0731-8546023
附件：1.眼镜盒需求统计表
2.护眼卡样式
簖湖市教育局
2024年9月4日
""",
    ),
    dict(
        slug="edu-lutan-school-notice-study-trip-selfie-sticks",
        site="甪滩中学校园网 (invented school site, text)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lutanzx.net/xyxw/aqjy/2024-10-08/1287.html",
        title="关于秋季研学旅行安全事项的通知",
        record_title="【研学安全】关于秋季研学旅行安全事项的通知_甪滩中学",
        date="2024-10-08",
        notes="school site: a numbered list; the school's own 联系电话 beside the site's office line; a parent "
        "portal prompt glued after a sentence; 成文日期 under the signature",
        page="""
!m 甪滩中学　厚德　笃学　尚美
!m 网站首页 | 学校概况 | 德育天地 | 教学科研 | 家校通
!m 当前位置：网站首页 >> 德育天地 >> 安全教育
!t 【研学安全】关于秋季研学旅行安全事项的通知
!m 作者：政教处　点击数：862　更新时间：2024/10/9
{BODY}
!l 【上一篇】七年级新生军训圆满结束
!l 【下一篇】我校举行秋季运动会
!m 甪滩中学 版权所有　学校办公室电话：0745-6633100
""",
        indent="\u3000\u3000",
        body="""
各班主任、各位家长：
学校定于10月15日组织七年级学生赴峃岭峡谷开展秋季研学旅行。为确保安全，现将有关事项通知如下：
1.学生统一穿运动鞋和校服，不得穿拖鞋、凉鞋。
2.峡谷步道狭窄，学生不得携带自拍杆、无人机等物品，需要拍照的由随队老师统一拍摄。
3.行进中不得擅自离队，不得翻越护栏，遇到雨天听从带队老师指挥。
4.家长请于10月11日前在班级群内填写回执，并提醒孩子带好水杯和雨衣。⟦a 〔家长请登录家校通查看回执〕⟧
联系电话：政教处 0745-6633192
甪滩中学政教处
2024年10月8日
""",
    ),
    dict(
        slug="exam-liuchuan-cdc-practical-test-protective-suits",
        site="罶川人事考试网 (invented personnel-exam site)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.lcrsks.cn/kwgg/2024/0620/2285.html",
        title="罶川县疾病预防控制中心2024年公开招聘工作人员实操考核公告",
        record_title="〔招聘实操〕罶川县疾病预防控制中心2024年公开招聘工作人员实操考核公告 - 罶川人事考试网",
        date="2024-06-20",
        notes="exam site: maintenance banner and an admission-ticket float; the announcement's own 咨询电话 beside "
        "the site's technical line; 下载并打印准考证 stays in the body; 附件 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔招聘实操〕罶川县疾病预防控制中心2024年公开招聘工作人员实操考核公告 - 罶川人事考试网</title>
<script src="/js/ks.js"></script>
</head>
<body>
<div class="notice-bar">⟦d 系统维护通知：6月23日22:00至24:00暂停报名查询服务⟧</div>
<div class="ks-head">⟦m 罶川人事考试网⟧ <span>⟦m 罶川县人事考试中心⟧</span></div>
<div class="ks-nav">⟦m 首页⟧ ⟦m 考试公告⟧ ⟦m 成绩查询⟧ ⟦m 政策法规⟧ ⟦m 在线咨询⟧</div>
<div class="ks-pos">⟦m 您的位置：首页 › 考试公告 › 事业单位招聘⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<p class="ks-meta">⟦m 发布时间：2024-06-20 17:05　　阅读次数：3907⟧</p>
{BODY}
</div>
<div class="float-zkz"><a href="/zkz/">⟦a 准考证打印入口 ➜⟧</a></div>
<div class="ks-rel">⟦l 相关公告：罶川县卫健系统2024年公开招聘笔试成绩公示⟧</div>
<div class="ks-foot">
<p>⟦m 罶川县人事考试中心　地址：罶川县人民路12号⟧</p>
<p>⟦m 网站技术咨询：0737-4218899（仅限报名系统技术问题）⟧</p>
<p>⟦m 湘ICP备18027115号⟧</p>
</div>
</body>
</html>
""",
        body="""
根据招聘工作安排，现将罶川县疾病预防控制中心2024年公开招聘工作人员实操考核有关事项公告如下：
一、考核时间：2024年6月29日上午8:30。
二、考核地点：罶川县疾控中心实训楼三楼。
三、考核内容：医用防护服穿脱操作，满分100分，时间12分钟，重点考查穿脱顺序、手卫生和防污染意识。
四、考生须于6月26日9:00起登录本网站下载并打印准考证，考试当天凭准考证和身份证入场。
五、考核现场提供防护服、手套、护目镜等用品，考生不得自带。
咨询电话：0737-4218860（工作日8:30—17:30）
附件：实操考核评分细则
罶川县疾病预防控制中心
2024年6月20日
""",
    ),
    dict(
        slug="exam-huangyang-aquatic-station-skill-test-nets",
        site="艎阳人事考试信息网 (invented personnel-exam site, text)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.huangyang.gov.cn/gg/2024/07/15/3318.html",
        title="艎阳县水产技术推广站2024年公开招聘技能测试公告",
        record_title="〔考务〕艎阳县水产技术推广站2024年公开招聘技能测试公告｜艎阳人事考试信息网",
        date="2024-07-15",
        notes="a skill test of mending a fishing net and telling banned nets apart; a schedule table; a maintenance "
        "line and a subscribe prompt; 成文日期 under the signature",
        page="""
!m 艎阳人事考试信息网
!m 首页 › 通知公告 › 事业单位
!t 〔考务〕艎阳县水产技术推广站2024年公开招聘技能测试公告
!m 时间：2024-07-15　来源：县人社局　浏览：1873
{BODY}
!a 订阅考试提醒：微信搜索“艎阳人考”小程序
!l 相关阅读：艎阳县2024年事业单位公开招聘笔试成绩查询
!m 本站仅提供信息发布，不接受报名咨询　湘ICP备06019322号
""",
        indent="\u3000\u3000",
        body="""
根据《艎阳县水产技术推广站2024年公开招聘工作人员简章》，现将技能测试有关事项公告如下：
一、测试对象：笔试成绩合格并通过资格复审的考生，共9人。
二、测试安排
项目　时间　地点
渔网织补　7月22日上午9:00　县水产站实训室
违规渔具识别　7月22日下午2:30　县水产站标本室
三、测试内容：在20分钟内按原网目尺寸补好一处破口，并从10种网具样品中识别出禁用渔具。
四、考生须携带身份证和笔试准考证，提前30分钟到达测试地点。
咨询电话：0736-7280314
艎阳县人力资源和社会保障局
2024年7月15日
""",
    ),
]
