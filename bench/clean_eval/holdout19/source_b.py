"""holdout19, part B: government portals, news portals, Party-building sites and search snapshots.

Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gov-congling-html-notice-harvest-machinery",
        site="枞岭县农业机械化服务中心 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://njzx.congling.example.gov.cn/tzgg/202505/t20250520_118402.html",
        title="关于做好2025年“三夏”农机跨区作业服务工作的通知",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="modern county-centre template: accessibility bar, nav, crumb, info table, font and print row, QR box, footer with the site's own phone; the notice's 联系人/电话, hotline and 附件 list stay",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好2025年“三夏”农机跨区作业服务工作的通知</title>
<meta name="ArticleTitle" content="关于做好2025年“三夏”农机跨区作业服务工作的通知">
<meta name="PubDate" content="2025-05-20 10:30">
<script src="/js/wza.js"></script></head><body>
<div class="wza">⟦a 无障碍浏览⟧　⟦a 长者模式⟧　⟦a 繁體⟧</div>
<div class="banner"><h2>⟦m 枞岭县农业机械化服务中心⟧</h2><p>⟦m 科技兴农　装备强农⟧</p></div>
<ul class="nav"><li>⟦m 中心概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 农机购置补贴⟧</li><li>⟦m 安全监理⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="pos">⟦m 当前页面：首页 ＞ 通知公告 ＞ 正文⟧</div>
<table class="xxgk"><tr><td>⟦m 信息来源：推广股⟧</td><td>⟦m 点击量：<span>433</span>⟧</td></tr>
<tr><td>⟦m 发布日期：2025-05-20⟧</td><td>⟦m 文章编号：CLNJ-2025-0517⟧</td></tr></table>
<h1 class="tit">{T}</h1>
<div class="tools">⟦a 【字体：特大 大 中 小】⟧ ⟦a 【打印此页】⟧ ⟦a 【关闭】⟧</div>
<div class="zw">
{BODY}
</div>
<div class="ewm">⟦a 用手机扫一扫，把本页带走⟧</div>
<div class="sx"><p>⟦l 上一条：2025年农机购置与应用补贴机具投档公示⟧</p><p>⟦l 下一条：农机安全生产月活动安排⟧</p></div>
<div class="foot"><p>⟦m 主办：枞岭县农业机械化服务中心　地址：枞岭县城关镇农科路16号　电话：0791-6633210⟧</p>
<p>⟦m 赣ICP备2022001476号　赣公网安备36012302000517号　网站标识码3601230017⟧</p></div>
</body></html>
""",
        p_html='<p style="text-indent:2em;line-height:2">{}</p>',
        body="""
各乡镇农业综合服务中心，各农机专业合作社：
“三夏”生产即将全面展开。为确保小麦机收、夏种夏管顺利进行，现就做好今年“三夏”农机跨区作业服务工作通知如下。
一、摸清机具底数。各乡镇要在5月28日前完成辖区联合收割机、播种机、植保无人机等机具的检修和登记，建立机具和机手信息台账，并报县中心推广股。
二、搞好作业对接。县中心将在农机服务平台发布各乡镇小麦成熟时间和作业需求，机手可通过平台查询作业信息，合理安排作业路线，避免机具扎堆、作业空档。
三、强化安全管理。各合作社要对参加跨区作业的机手开展一次安全教育，严禁无证驾驶、酒后驾驶和超速行驶；跨区作业车辆途经县境的，由县中心协调提供加油、维修和食宿服务。
四、做好应急保障。县中心开通“三夏”农机服务热线0791-6633888，作业期间24小时有人值守，及时帮助机手解决机具故障和作业纠纷。
联系人：钟海涛，联系电话：0791-6633215，邮箱：cljnzx@163.example.com。
附件：1．2025年“三夏”农机作业信息登记表
2．跨区作业机手安全承诺书
枞岭县农业机械化服务中心
2025年5月20日
""",
    ),
    dict(
        slug="gov-changshui-letter-liaison-office-wrapped",
        site="菖水县人民政府门户网站 (invented)",
        style="政府门户",
        genre="函",
        kind="notice",
        form="text",
        source="http://www.changshui.example.gov.cn/zwgk/bmwj/tzj/202503/t20250306_90513.html",
        title="县投资促进局关于商请协助开展驻沪招商联络工作的函",
        record_title=None,
        date="2025-03-04",
        date_also=["2025-03-06"],
        notes="no record title; text extracted from the portal and hard-wrapped at 70 columns; a document number (neutral); 成文日期 with the byline's date also accepted; 抄送 版记",
        page="""
!m 菖水县人民政府门户网站
!m 首页 → 政务公开 → 部门文件 → 县投资促进局
!m 索引号：11361024MB1X83720W/2025-00031　　主题分类：商贸、海关、旅游
{T}
菖投促函〔2025〕7号
!m 发布时间：2025-03-06 09:45　　来源：县投资促进局　　浏览次数：88
{BODY}
!a 【打印正文】　【加入收藏】　【关闭本页】
!m 菖水县人民政府办公室主办　技术支持：县大数据服务中心
""",
        wrap=70,
        indent="\u3000\u3000",
        body="""
县驻上海联络处：
为进一步拓展长三角地区招商渠道，加快引进一批新材料、食品加工领域的优质项目，根据县委、县政府关于“菖商回归”工作的部署，我局拟于今年3月至12月在上海地区开展常态化驻点招商。为做好相关工作，特商请贵处给予以下协助：
一、提供办公保障。请在联络处安排办公座位2个，供我局驻点招商人员使用，驻点期间的差旅费用由我局承担。
二、共享客商信息。请将贵处近年来掌握的在沪菖水籍企业家、商会负责人及意向投资企业名单提供我局，双方建立信息共享和定期会商机制。
三、协助组织活动。我局拟于5月中旬在上海举办一场新材料产业推介会，请贵处协助联系场地、邀请客商。
驻点人员名单及推介会具体方案另行函告。恳请予以支持。
联系人：石佳慧，联系电话：0792-3366071。
菖水县投资促进局
2025年3月4日
抄送：县委办公室，县政府办公室
""",
    ),
    dict(
        slug="gov-zhushan-oldtable-notice-culture-market",
        site="苎山县文化广电和旅游局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://wgl.zhushan.example.gov.cn/Article/ShowArticle.asp?ArticleID=2715",
        title="关于开展暑期校园周边文化市场专项整治的通告",
        record_title="关于开展暑期校园周边文化市场专项整治的通告_执法动态_苎山县文化广电和旅游局",
        date="2025-07-02",
        notes="old gb2312 table layout with a marquee and a visitor counter; decorated record title (_column_site); the only date is the 发布时间 in the byline cell; the notice's 举报电话 stays",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于开展暑期校园周边文化市场专项整治的通告_执法动态_苎山县文化广电和旅游局</title>
<link href="../css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="90" background="../images/top_bg.jpg"><font size="5">⟦m 苎山县文化广电和旅游局⟧</font></td></tr>
<tr><td bgcolor="#B22222">⟦m 网站首页 | 机构职能 | 政务公开 | 执法动态 | 文旅资讯 | 下载中心 | 局长信箱⟧</td></tr>
<tr><td><marquee scrollamount="3">⟦m 欢迎访问苎山县文化广电和旅游局网站！今天是：⟧</marquee></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="220" valign="top">
<table width="100%"><tr><td class="lm">⟦l ◎ 执法动态⟧</td></tr>
<tr><td>⟦l · 网吧经营场所消防检查情况通报⟧</td></tr>
<tr><td>⟦l · 演出市场“双随机”抽查结果公示⟧</td></tr>
<tr><td>⟦l · 出版物市场元旦春节专项检查⟧</td></tr></table>
</td>
<td width="760" valign="top">
<table width="100%"><tr><td>⟦m 您现在的位置：网站首页 &gt;&gt; 执法动态 &gt;&gt; 正文⟧</td></tr>
<tr><td align="center"><b>{T}</b></td></tr>
<tr><td align="center">⟦m 作者：执法大队　发布时间：2025-07-02　点击数：<font color="red">197</font>⟧</td></tr>
<tr><td class="content">
{BODY}
</td></tr>
<tr><td align="right">⟦a 【字体：大 中 小】【发表评论】【告诉好友】【打印此文】【关闭窗口】⟧</td></tr>
<tr><td>⟦l 上一篇文章：全县文旅市场安全生产大检查部署会召开⟧</td></tr>
<tr><td>⟦l 下一篇文章：关于公布2025年上半年行政处罚案件的公告⟧</td></tr>
</table></td></tr></table>
<table width="980" align="center"><tr><td align="center">⟦m 版权所有：苎山县文化广电和旅游局　地址：苎山县人民路58号　邮编：341700⟧<br>
⟦m 您是本站第 <font color="red">0421877</font> 位访客　建议使用1024×768分辨率浏览⟧</td></tr></table>
</body></html>
""",
        p_html="&nbsp;&nbsp;&nbsp;&nbsp;{}<br><br>",
        body="""
为营造健康有序的校园周边文化环境，保护未成年人身心健康，县文化市场综合行政执法大队决定于2025年7月5日至8月31日，在全县开展暑期校园周边文化市场专项整治。现将有关事项通告如下：
一、整治范围为全县中小学校、幼儿园周边200米范围内的互联网上网服务营业场所、歌舞娱乐场所、游艺娱乐场所、出版物经营单位和剧本娱乐经营场所。
二、重点查处以下行为：互联网上网服务营业场所接纳未成年人；娱乐场所在法定节假日以外时间允许未成年人进入；销售含有危害未成年人身心健康内容的出版物、文具和玩具；剧本娱乐经营场所使用含有恐怖、暴力内容的剧本。
三、各经营单位应对照上述要求开展自查自纠，于7月15日前完成整改。逾期未整改或整改不到位的，依法从严查处。
四、欢迎广大群众和学生家长积极举报违法违规经营行为。举报电话：0797-12318（工作日）、0797-4471005（节假日）。
特此通告。
""",
    ),
    dict(
        slug="gov-lingtang-text-announcement-marriage-registry",
        site="楝塘区民政局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="https://mzj.lingtang.example.gov.cn/bsfw/hydj/2025/0506/3312.html",
        title="关于“5·20”等特殊日期婚姻登记预约办理的公告",
        record_date="2025-05-06",
        date="2025-05-06",
        notes="record date; a service-guide column; the announcement's own booking platform URL, 咨询电话 and '扫码预约' sentence stay, the site's service hotline and a scan-to-follow box are chrome",
        page="""
!m 楝塘区民政局　｜　办事服务　｜　婚姻登记
!a 登录　　个人中心　　返回旧版
{T}
!m 2025-05-06　　楝塘区婚姻登记处　　【阅读 2,301】
!a 分享：💬 微信　🐧 QQ空间　🔗 复制链接
{BODY}
!a 扫一扫 关注“楝塘民政”服务号
!m 民政服务热线：0593-2212345（工作日8:30-17:30）
!l 相关服务事项：结婚登记｜离婚登记｜补领婚姻登记证｜婚姻登记档案查询
!m 楝塘区民政局 版权所有　闽ICP备2020011935号
""",
        body="""
今年5月20日、5月21日、8月29日（农历七夕）适逢新人选择登记的集中日期。为合理安排登记服务、减少群众现场等候时间，区婚姻登记处决定对上述特殊日期的结婚登记实行全程预约办理。现将有关事项公告如下：
一、预约时间。自5月8日9:00起开放预约，每个特殊日期设预约名额260对，约满为止。
二、预约方式。登录“楝塘民政”网上办事平台（https://hy.lingtang.example.gov.cn）或扫描登记大厅门口的预约二维码，填写双方身份信息并选择办理时段。
三、延时服务。特殊日期当天，登记处将延长办公时间至19:00，并增设颁证厅2个，免费提供颁证仪式服务。
四、注意事项。当事人须携带本人有效身份证、户口簿和近期半身免冠合影照片3张，按预约时段提前15分钟到场。未预约的群众可在其他工作日正常办理。
咨询电话：0593-2231520。
特此公告。
楝塘区婚姻登记处
2025年5月6日
""",
    ),
    dict(
        slug="news-qianhu-html-solar-station-grid",
        site="芡湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.qianhunews.example.cn/bd/2025-06/12/content_775120.htm",
        title="芡湖渔光互补光伏电站全容量并网发电",
        date="2025-06-12",
        notes="news portal: channel nav, headline, byline with time and source, photo caption as chrome-free body, editor line, share bar, hot list, related, footer with a licence number",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>芡湖渔光互补光伏电站全容量并网发电_芡湖新闻网</title></head><body>
<div class="top"><span>⟦m 芡湖新闻网⟧</span> <span>⟦m 芡湖县融媒体中心主办⟧</span> <a>⟦a 客户端下载⟧</a></div>
<div class="channel">⟦m 首页　本地　时政　民生　经济　文旅　视频　专题⟧</div>
<div class="article">
<div class="crumb">⟦m 位置：首页 > 经济 > 产业⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-06-12 17:26:08　来源：芡湖日报　作者：记者 邬天明 通讯员 柯岚⟧</div>
<div class="text">
{BODY}
</div>
<div class="editor">⟦m 【责任编辑：范晓蕾】⟧</div>
<div class="share">⟦l 转发到：微信　微博　抖音　小红书⟧</div>
<div class="about"><h4>⟦l 延伸阅读⟧</h4><p>⟦l 我县新型储能项目签约落户⟧</p><p>⟦l 渔光互补：一片水面“两份收益”⟧</p></div>
</div>
<div class="rank"><h4>⟦l 今日热读榜⟧</h4><ol><li>⟦l 县城新增12处口袋公园⟧</li><li>⟦l 芡湖大闸蟹开湖节定档⟧</li><li>⟦l 夏季防溺水安全提示⟧</li></ol></div>
<div class="ft">⟦m 芡湖新闻网　互联网新闻信息服务许可证编号：36120190042　违法和不良信息举报：0794-7112300⟧</div>
</body></html>
""",
        body="""
6月12日上午10时18分，随着最后一组逆变器并网成功，芡湖渔光互补光伏电站实现全容量并网发电。这标志着我县单体规模最大的新能源项目正式建成投运。
该项目位于县城东南的白鹭湖养殖区，总投资约6.8亿元，装机容量150兆瓦，利用1800余亩养殖水面架设光伏组件，实现“水上发电、水下养鱼”。项目投运后，预计年均发电量1.7亿千瓦时，每年可节约标准煤约5.2万吨，减少二氧化碳排放约13.6万吨。
“电站建在水面上，不占用耕地，组件遮阴还能降低水温，对鱼虾越夏有好处。”项目负责人介绍，电站每年向当地养殖户支付水面租金和分红近400万元，并吸纳周边群众就业60余人。
据了解，县里正谋划建设配套储能电站和光伏运维培训基地，推动新能源产业链在本地延伸。
""",
    ),
    dict(
        slug="news-pulan-text-youth-football-league-wrapped",
        site="蒲岚体育频道 (invented news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://sports.pulan.example.cn/zq/20250714/n60217.shtml",
        title="蒲岚城市少年足球联赛开赛　三十二支队伍同场竞技",
        record_title=None,
        date=None,
        notes="no record title; wrapped at 72 columns; a relative time ('1小时前') is no date; comment and app prompts between paragraphs",
        page="""
!m 蒲岚网 › 体育 › 足球
{T}
!m 蒲岚网　1小时前　阅读 6034
!a 🔊 听新闻　　A- A+
{BODY}
!l 网友评论（12）　查看全部 >
!l 球迷老杨：孩子们踢得真好，支持！
!l 后浪来了：赛程表哪里能看？
!a 下载蒲岚新闻App，参与赛事竞猜赢球衣
!m 蒲岚网 版权所有 未经书面授权禁止转载
""",
        wrap=72,
        indent="\u3000\u3000",
        body="""
7月13日，2025年蒲岚城市少年足球联赛在市全民健身中心开幕。来自全市中小学校、青训机构和社区俱乐部的32支队伍、600余名小球员将在为期五周的比赛中同场竞技。
本届联赛由市体育局、市教育局联合主办，蒲岚青云足球俱乐部承办，设U10、U12、U14三个组别，采用小组循环加淘汰赛制，共安排比赛176场。赛事首次引入视频回看系统，并为每场比赛配备持证裁判员和随队医护人员。
“办联赛的目的不只是比输赢，更是让孩子们在比赛中爱上足球、学会合作。”俱乐部青训总监韦志成说，俱乐部将从联赛中选拔优秀苗子，免费纳入暑期精英训练营。
开幕式后进行的首场比赛中，实验小学队以3比1战胜滨江社区队，取得开门红。
""",
    ),
    dict(
        slug="news-qiupu-text-east-west-cooperation",
        site="萩浦新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.qiupunews.example.cn/bendi/2025-06/18/content_31077.html",
        title="东西部协作工作队助力萩浦茶叶“出山”",
        record_title="东西部协作工作队助力萩浦茶叶“出山”_萩浦新闻网",
        date="2025-06-18",
        notes="decorated record title (_site); the date from the time/source line; photo credit and editor lines, a 'more' link glued after the last sentence",
        page="""
!m 萩浦新闻网　|　萩浦县融媒体中心
!m 首页 / 本地新闻 / 乡村振兴
{T}
!m 2025-06-18 09:12　来源：萩浦县融媒体中心　字号：大 中 小
{BODY}⟦l 【更多协作新闻】⟧
!m （图／文　记者　吕婉清）
!m 编辑：陶宁　　二审：侯志刚　　终审：盛海鸥
!l ▲ 上一篇：县人大常委会视察农村饮水安全工作
!l ▼ 下一篇：萩浦至杼岭公路改造工程全线贯通
""",
        body="""
6月16日，一辆满载萩浦高山绿茶的冷链货车从县电商物流园出发，驶往东部协作城市的商超。这是今年以来东西部协作工作队帮助萩浦茶叶打开东部市场的第9批货物。
去年以来，东部协作城市选派的8名工作队员扎根萩浦，围绕茶产业链补短板：引进制茶企业1家，改造标准化茶园6000亩，在协作城市开设萩浦农特产品直营店4家，帮助茶农统一品牌、统一包装、统一标准。
“以前鲜叶只能卖给收购商，现在合作社自己加工、自己卖，每斤干茶能多卖40多块钱。”萩浦县白岩村茶叶合作社负责人卢永福说。今年前5个月，萩浦茶叶通过协作渠道销售额达2300万元，同比增长68%。
工作队领队表示，下一步将推动协作城市的茶饮企业在萩浦建设原料基地，让更多茶农分享产业链增值收益。
""",
    ),
    dict(
        slug="dangjian-huancheng-html-lecture-sanitation",
        site="环城环卫集团党建网 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="html",
        source="https://dj.hcenv-group.example.com/dkjg/2025/0630/2051.html",
        title="扫净一方街巷　守好初心阵地",
        title_also=["扫净一方街巷　守好初心阵地——在集团“七一”专题党课上的讲稿"],
        record_title="〔七一党课〕扫净一方街巷　守好初心阵地",
        date="2025-06-27",
        notes="state-firm Party site: decorated record title; subtitle, speaker and date lines under the title (neutral); study-points counter and a 'check in' button; a quoted slogan in the body",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔七一党课〕扫净一方街巷　守好初心阵地 - 环城环卫集团党建网</title></head><body>
<div class="head"><img src="/img/dh.png" alt=""><span>⟦m 环城环卫集团党建网⟧</span><em>⟦m 红色引擎 洁净城市⟧</em></div>
<nav>⟦m 首页 | 党建要闻 | 党课讲稿 | 支部风采 | 廉洁环卫 | 学习园地⟧</nav>
<div class="crumb">⟦m 首页 / 党课讲稿⟧</div>
<article>
<h1>{T}</h1>
<h3>——在集团“七一”专题党课上的讲稿</h3>
<p class="speaker">集团党委书记、董事长　邵建平</p>
<p class="date">（2025年6月27日）</p>
<div class="study">⟦a 阅读满3分钟可获得学习积分 1 分⟧ <button>⟦a 打卡⟧</button></div>
<div class="txt">
{BODY}
</div>
<div class="src">⟦m 来源：集团党委办公室　｜　审核：党群工作部⟧</div>
</article>
<aside><h4>⟦l 党课讲稿 · 更多⟧</h4><ul><li>⟦l 把支部建在清运线上⟧</li><li>⟦l 新时代环卫工人的“匠心”⟧</li></ul></aside>
<footer>⟦m 环城环卫集团有限公司党委　版权所有　浙ICP备2021047720号⟧</footer>
</body></html>
""",
        body="""
同志们：
再过几天，我们将迎来建党104周年。今天，我想结合集团实际，和大家谈谈怎样在平凡的环卫岗位上守好共产党员的初心。
一、初心就在每一条街巷里
我们集团负责城区286条道路、41个小区的清扫保洁和垃圾清运。凌晨四点，当城市还在沉睡，我们的一线职工已经开始作业。有人说环卫工作是“扫大街”，但我们说，城市的每一份整洁，都是对人民群众美好生活的守护。共产党员的初心，不在口号上，而在一条条被扫净的街巷里。
二、党员要站在最脏最累的地方
去年夏天，城区遭遇强降雨，积水淹没了多处路段。集团党委第一时间组建党员突击队，37名党员连续奋战30多个小时清淤排涝。实践证明，越是急难险重，越要看党员的表现。各支部要把“哪里最脏最累，哪里就有党员”作为检验党员的重要标尺。
三、以清廉环卫守住底线
环卫行业涉及车辆采购、油料管理、外包服务等环节，廉洁风险不容忽视。全体党员干部特别是关键岗位人员，要时刻绷紧纪律这根弦，守住底线、不碰红线。
同志们，让我们以实际行动践行初心使命，为建设整洁、有序、宜居的城市环境作出新的更大贡献！
""",
    ),
    dict(
        slug="dangjian-aid-hq-text-party-day-plan",
        site="援疆前方指挥部党建园地 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://djyd.yj-qfzhb.example.org.cn/ztdr/2025/0702/611.html",
        title="2025年7月“携手同心·援疆有我”主题党日活动方案",
        date="2025-07-02",
        notes="a temporary Party committee's column; an activity table with ideographic spaces; the plan's own contact line; 成文日期 under the signature; a study-platform prompt between paragraphs",
        page="""
!m 援疆前方指挥部党建园地
!m 栏目导航：首页｜组织建设｜主题党日｜援疆风采｜下载专区
{T}
!m 发布者：临时党委组织部　　浏览：162　　2025-07-03
{BODY}
!a 📎 附件下载（登录后可用）
!l 相关阅读：6月主题党日活动总结｜“两优一先”评选结果公示
!m 技术支持：前指信息中心　　意见反馈：djyd@yj-qfzhb.example.org.cn
""",
        date_also=["2025-07-03"],
        body="""
为深入推进党的建设与援疆工作深度融合，引导援疆干部人才在受援地建功立业，经前方指挥部临时党委研究，决定在7月开展“携手同心·援疆有我”主题党日活动。具体方案如下。
一、活动时间
2025年7月10日至7月25日。
二、参加人员
前方指挥部全体党员、各分指挥部援疆干部人才党员，邀请受援县结对村党支部党员参加。
三、活动安排
序号　活动内容　时间　责任单位
1　重温入党誓词、集中学习　7月10日　各党支部
2　“民族团结一家亲”入户走访　7月11日至20日　各分指挥部
3　援疆项目现场观摩　7月22日　综合协调组
4　交流分享会　7月25日　临时党委组织部
⟦a 温馨提示：本栏目内容同步推送至“援疆先锋”学习平台⟧
四、有关要求
（一）各党支部要结合实际细化活动安排，确保党员参与率达到95%以上。
（二）入户走访要落实“四必访”要求，帮助结对户解决1至2件实际困难，并做好记录。
（三）活动结束后3个工作日内，各支部将活动总结和照片报临时党委组织部。联系人：韩晓岚，电话：0998-2810436。
中共援疆前方指挥部临时委员会组织部
2025年7月2日
""",
    ),
    dict(
        slug="snapshot-misou-text-party-history-oral-notice",
        site="觅搜 snapshot of 荠川市委党史研究室 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.misou.example.com/c?u=dsyjs.jichuan.example.gov.cn%2Ftzgg%2F20250603%2F188.html",
        title="关于征集改革开放口述史料的通知",
        date="2025-05-30",
        notes="snapshot banner of a search engine at the top (crawl stamp is no date); the portal's 发布日期 byline; the notice's own e-mail, address and a page marker written by hand ('— 第二页 —') glued inside a sentence",
        page="""
!d 快照说明：您看到的是觅搜在 2025年6月3日 14:02 为该网页保存的版本，原网页可能已经更新。
!m 原网址：http://dsyjs.jichuan.example.gov.cn/tzgg/20250603/188.html
!a 查看当前网页　　只看文字版
!m 荠川市委党史研究室
!m 首页 > 通知公告
{T}
!m 发布日期：2025年05月30日　　【打印】【关闭】
{BODY}
!m 中共荠川市委党史研究室 主办
""",
        body="""
各县（市、区）委党史部门，市直各单位：
为系统保存荠川改革开放历史，更好发挥党史资政育人作用，市委党史研究室决定面向全社会征集改革开放以来的口述史料。现将有关事项通知如下。
一、征集内容。主要征集亲历、亲见、亲闻荠川改革开放重大事件、重要会议、重点工程的口述回忆，以及与之相关的日记、信件、照片、票证、音像资料等实物史料。
二、征集对象。曾在荠川工作、生活的各级领导干部、企业负责人、科技工作者、普通劳动者及其亲属，均可提供史料或推荐⟦p — 第二页 —⟧口述人。
三、征集方式。口述史料可由本人撰写，也可由我室派员登门采访录音整理。文字材料请发送至电子邮箱jcdsks@jichuan.example.gov.cn，实物史料请寄送至荠川市政务中心北楼1106室，信封注明“口述史料征集”。
四、有关说明。征集时间截至2025年12月31日。对提供重要史料的单位和个人，将颁发收藏证书，并在出版物中予以署名。
联系人：彭文轩，联系电话：0734-8221706。
中共荠川市委党史研究室
2025年5月30日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-html-beijing-office-news",
        site="快照通 snapshot of 槲山县驻京联络处 (invented)",
        style="搜索快照",
        genre="工作动态",
        kind="news",
        form="html",
        source="http://kz.kuaizhaotong.example.net/snap?id=7f19e2c0&url=zjb.hushan.example.gov.cn%2Fgzdt%2F3307.html",
        title="驻京联络处开展在京槲山籍人才走访活动",
        record_title=None,
        date="2025-05-28",
        notes="no record title; a snapshot frame above a liaison office's page (cache time is no date); the page's 发稿日期 is the date; highlighted query words",
        page="""
<html><head><meta charset="utf-8"><title>快照通 - 驻京联络处开展在京槲山籍人才走访活动</title></head><body>
<div id="kz_banner" style="border:1px solid #999;background:#ffe">
<p>⟦d 这是快照通对 zjb.hushan.example.gov.cn/gzdt/3307.html 的缓存，抓取于 2025-06-09 03:17:44（北京时间）。⟧</p>
<p>⟦d 本快照由系统自动生成，与原网站无关，内容以原网站为准。⟧</p>
<p>⟦m 已为您标亮以下关键词：<b style="background:yellow">驻京联络处</b> <b style="background:#9f9">人才</b>⟧</p>
</div>
<div class="site"><h2>⟦m 槲山县人民政府驻北京联络处⟧</h2>
<div class="nav">⟦m 首页　工作动态　在京槲商　招才引智　联系我们⟧</div></div>
<div class="art"><h1>{T}</h1>
<div class="ly">⟦m 发稿日期：2025年05月28日　信息来源：驻京联络处综合科⟧</div>
<div class="zw">
{BODY}
</div>
<div class="bq">⟦m 槲山县人民政府驻北京联络处　地址：北京市丰台区××路××号　邮编：100070⟧</div>
</div></body></html>
""",
        body="""
5月下旬，驻京联络处组织开展“乡情连京槲、引才回乡来”在京槲山籍人才走访活动，先后走访了在京高校、科研院所和企业工作的槲山籍专家学者、企业高管17人。
走访中，联络处负责同志向大家介绍了家乡近年来的发展变化和县里出台的人才引进“十条措施”，并就县里正在推进的中药材精深加工、智慧农业等项目征求意见建议。在京人才纷纷表示，愿意为家乡发展牵线搭桥、贡献智慧。
活动期间，联络处与3名专家达成了柔性引才意向，将聘请其担任县产业发展顾问；与2家企业就设立研发中心、共建实习基地事项达成初步合作意向。
下一步，驻京联络处将建立在京槲山籍人才信息库，定期举办人才联谊活动，努力把人脉资源转化为家乡发展的动力。
""",
    ),
]
