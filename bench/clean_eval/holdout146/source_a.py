"""holdout146, part A: hand-written blind cases (invented sites, counties, people and chrome)."""

CASES = [
    dict(
        slug="fanwen-qiyue-speech-hydroponic-coop-html",
        site="绮月范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.qiyuefw.example.com/jianghua/2025/0318/55102.html",
        title="在全县水培蔬菜合作社现场观摩会上的讲话",
        record_title="在全县水培蔬菜合作社现场观摩会上的讲话（精选可编辑）_绮月范文网",
        date="2025-03-14",
        notes="modern template; decorated record title; date under the speech title; speaker line neutral; a font-size row and a VIP prompt glued after a body sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在全县水培蔬菜合作社现场观摩会上的讲话（精选可编辑）_绮月范文网</title>
<script src="/js/stat.js"></script><style>.hd{height:60px}</style></head>
<body>
<div class="hd"><a href="/">⟦m 绮月范文网⟧</a><span>⟦m 好范文 随手取⟧</span><a href="/user/login">⟦a 会员登录⟧</a></div>
<ul class="menu"><li>⟦m 讲话致辞⟧</li><li>⟦m 述职述廉⟧</li><li>⟦m 计划方案⟧</li></ul>
<div class="pos">⟦m 您在这里：绮月范文网 » 讲话致辞 » 会议讲话⟧</div>
<h1>{T}</h1>
<p class="sp">县委常委、副县长　邬泽林</p>
<p class="sp">（2025年3月14日）</p>
<div class="fz">⟦a 字体：大 中 小⟧</div>
<div class="art">
{BODY}
</div>
<div class="vip">⟦a 开通年卡会员，全站范文无限次下载⟧</div>
<div class="near"><h4>⟦l 同主题范文⟧</h4><ul><li>⟦l 在设施农业推进会上的讲话稿⟧</li><li>⟦l 合作社规范化建设表态发言⟧</li></ul></div>
<div class="ft">⟦d 范文均来自会员投稿，版权归原作者，如有侵权请来函删除⟧<br>⟦m Copyright 2016-2025 qiyuefw.example.com 湘ICP备16033817号-2⟧</div>
</body></html>
""",
        body="""
同志们：
今天我们在钟岩镇召开现场观摩会，目的是看样板、学经验、找差距，推动全县水培蔬菜产业由点上开花向面上结果转变。
刚才大家实地察看了禾田水培蔬菜专业合作社的连栋温室和营养液循环系统，合作社理事长作了经验介绍，讲得很实在。
一、认清形势，把水培蔬菜作为设施农业的突破口。全县现有水培蔬菜面积420亩，年产叶菜1.6万吨，但规模小、品牌弱的问题依然突出。⟦a 本文剩余2段，开通会员后阅读⟧
二、抓住关键，着力解决技术和销路两个难题。农业农村局要组建技术服务小分队，每季度到合作社开展一次营养液配方和病害防控指导。
三、压实责任，确保各项扶持政策落地见效。各乡镇要把水培蔬菜纳入年度考核，财政、金融部门要在温室建设贷款贴息上给予倾斜。
同志们，发展水培蔬菜是一篇大文章，希望大家以这次观摩会为契机，真抓实干，久久为功。
""",
    ),
    dict(
        slug="wenku-yunqian-plan-shelter-pages",
        site="云签文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunqian.example.net/view/8f3a02c71d.html",
        title="芃溪县应急避难场所标识设置工作方案",
        record_title="芃溪县应急避难场所标识设置工作方案.docx",
        date="2024-08-20",
        notes="file-name record title; page markers ⁅n⁆ glued or not cut sentences; preview-end prompt; 成文日期 in Chinese numerals",
        pages=dict(fmt="⁅{n}⁆", every=100, start=2, glue="mix"),
        page="""
!m 云签文库 - 在线阅读 文档免费预览
{T}
!m 上传者：pxyj_2021　　页数：4页　　格式：docx　　大小：38KB
!a 收藏　|　举报　|　下载本文档
{BODY}
!a 预览已结束，剩余内容需下载后查看
!a 立即下载（5下载券）
!d 本文档由用户上传至云签文库，平台仅提供信息存储空间，如有侵权请联系删除。
!l 相关文档：应急避难场所管理办法 / 避难场所巡查记录表
""",
        body="""
为规范全县应急避难场所标识设置，方便群众在突发事件发生时快速找到避难场所，根据上级有关要求，结合我县实际，制定本方案。
一、设置范围
全县已建成的17处应急避难场所，包括城区公园、学校操场、体育场馆和乡镇广场，均纳入本次标识设置范围。
二、设置内容
（一）在避难场所主要出入口设置场所名称牌，标明场所类型、容纳人数和管理单位。
（二）在周边主要道路交叉口设置指示牌，指示距离一般不超过一千米。
（三）在场所内部设置功能区标识，包括应急供水、应急厕所、医疗救护和物资发放点。
三、时间安排
8月底前完成现场勘查，9月底前完成制作安装，10月中旬组织验收。
芃溪县应急管理局
二〇二四年八月二十日
""",
    ),
    dict(
        slug="gov-heyan-notice-pedestrian-street-html",
        site="荷堰区人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.heyan.example.gov.cn/xxgk/tzgg/202506/t20250605_881204.html",
        title="关于步行街夜间外摆经营管理的通告",
        record_title=None,
        date="2025-06-05",
        notes="title missing in the record, found in h1; an index table with 索引号/发布日期; a font-size row; contact line of the document kept next to the portal's hotline; 附件 kept",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>荷堰区人民政府门户网站</title>
<script>function fontZoom(s){}</script></head>
<body>
<div id="top">⟦m 荷堰区人民政府门户网站⟧ <a href="#">⟦a 无障碍浏览⟧</a> <a href="#">⟦a 长者模式⟧</a></div>
<div id="nav">⟦m 首页　政务公开　政务服务　互动交流　走进荷堰⟧</div>
<div class="loc">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="idx">
<tr><td>⟦m 索引号：11450321MB1530X/2025-00412⟧</td><td>⟦m 发布机构：荷堰区商务局⟧</td></tr>
<tr><td>⟦m 发布日期：2025-06-05⟧</td><td>⟦m 主题分类：商贸、海关、旅游⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="zh">⟦a 【字号 大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="foot">⟦m 主办：荷堰区人民政府办公室　承办：区大数据发展中心⟧<br>⟦m 政务服务热线：12345　网站标识码4503210007⟧<br>⟦m 桂ICP备05009127号⟧</div>
</body></html>
""",
        body="""
为繁荣夜间消费，规范荷堰老街步行街夜间外摆经营秩序，现就有关事项通告如下：
一、外摆经营时间为每日18时至次日0时，其他时段不得占道经营。
二、外摆区域以地面标线为准，每户外摆面积不得超过门店前沿外延1.5米。
三、经营者应自备垃圾收集容器，收摊后及时清扫，不得向雨水井倾倒油污。
四、违反本通告的，由区城市管理部门依法处理。
咨询电话：0771-5523817（区商务局流通科）
附件：荷堰老街步行街外摆区域示意图
荷堰区商务局
2025年6月5日
""",
    ),
    dict(
        slug="news-lanqiao-picturebook-library-html",
        site="澜桥新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.lanqiao.example.cn/2025/04/23/art_1187_330914.html",
        title="澜桥首家社区绘本馆开馆 周末亲子共读场场爆满",
        record_title="澜桥首家社区绘本馆开馆 周末亲子共读场场爆满 - 澜桥新闻网",
        date="2025-04-23",
        notes="news page: byline 发布时间 is the page date; photo caption between paragraphs; editor line glued after the last paragraph; hot list in sidebar",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>澜桥首家社区绘本馆开馆 周末亲子共读场场爆满 - 澜桥新闻网</title></head>
<body>
<header><div class="logo">⟦m 澜桥新闻网⟧</div><nav>⟦m 要闻 | 民生 | 文旅 | 视频 | 专题⟧</nav><a>⟦a 客户端下载⟧</a></header>
<main>
<div class="crumbs">⟦m 民生 › 文化生活⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-04-23 09:41　来源：澜桥日报　记者 窦一帆⟧</div>
<article>
{BODY}
</article>
<div class="tags">⟦l 标签：#全民阅读# #社区服务#⟧</div>
<div class="cmt">⟦l 已有38人参与评论，文明上网理性发言⟧</div>
</main>
<aside><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 城南快速路下月通车⟧</li><li>⟦l 五一假期景区预约指南⟧</li></ol></aside>
<footer>⟦d 未经授权禁止转载、摘编本网作品⟧ ⟦m 互联网新闻信息服务许可证：45120180031⟧</footer>
</body></html>
""",
        body="""
4月23日世界读书日当天，澜桥市首家社区绘本馆在梧荫街道正式开馆，馆内藏有中外绘本6800余册。
绘本馆由街道利用闲置的社区用房改建而成，面积约260平方米，设有低幼阅读区、故事剧场和家长学堂。
⟦m 图为孩子们在绘本馆内阅读。记者 窦一帆 摄⟧
开馆首周，馆内每天接待亲子家庭三百余人次，周末的故事会需要提前在社区小程序上预约。
“以前带孩子看绘本要跑到市图书馆，现在下楼走五分钟就到了。”家住附近的居民邱女士说。
据介绍，绘本馆将招募一批志愿者担任故事妈妈，每周六上午固定开展两场亲子共读活动。⟦m （责任编辑：戚晓楠）⟧
""",
    ),
    dict(
        slug="forum-chuanyuan-film-projection-junk",
        site="川源论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://bbs.chuanyuan.example.com/thread-442871-1-1.html",
        title="2024年度农村公益电影放映工作总结",
        record_title="2024年度农村公益电影放映工作总结 - 基层文化 - 川源论坛",
        date="2024-12-26",
        notes="Discuz-like thread with anti-scraping junk as lines and glued; floor meta; 发表于 differs from the document's date (document date expected, post date also accepted)",
        junk=dict(lines=2, glued=3),
        date_also=["2025-01-03"],
        page="""
!m 川源论坛 › 基层文化 › 查看帖子
!m 查看: 1207 | 回复: 9
{T}
!m 放映员老梁　发表于 2025-1-3 20:16　只看该作者
!m 楼主
{BODY}
!l 回复 举报
!l 沙发　小窦在路上　发表于 2025-1-4 08:02　辛苦了，我们村今年看了八场
!a 您需要登录后才可以回帖 登录 | 立即注册
!m Powered by Discuz! X3.4 © 2001-2025
""",
        body="""
2024年，县农村电影放映站在县委宣传部和县文旅局的领导下，坚持“一村一月放映一场”的目标，全年完成公益电影放映任务。
一、放映场次完成情况。全年在全县214个行政村共放映电影2620场，观众约19.3万人次，完成率102%。
二、放映内容丰富多样。全年放映主旋律影片、科教片和戏曲片共160部，其中科教片覆盖防汛、防诈骗和农技知识。
三、设备和队伍建设。更新数字放映机12台，组织放映员参加业务培训两次，考核合格率100%。
四、存在问题和明年打算。部分山区村放映场地不足，冬季观众偏少。明年将把放映点向村文化广场集中，并试行室内放映。
县农村电影放映站
2024年12月26日
""",
    ),
    dict(
        slug="blog-mugua-notes-papaya-html",
        site="木屿的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://muyu.blog.example.com/post/2025-02-11/papaya-cooperative",
        title="驻村一年：跟着木瓜种植户学到的几件事",
        record_title="【驻村随笔】驻村一年：跟着木瓜种植户学到的几件事 | 木屿的博客",
        date="2025-02-11",
        notes="blog: bracketed post time, tag cloud, archive, previous/next; a reader quote; 关注 used by the document",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【驻村随笔】驻村一年：跟着木瓜种植户学到的几件事 | 木屿的博客</title></head>
<body>
<div id="blog-head"><h2>⟦m 木屿的博客⟧</h2><p>⟦m 在南方的小村子里记录日常⟧</p></div>
<div id="post">
<h1>{T}</h1>
<p class="time">⟦m [2025-02-11 21:07]⟧ ⟦m 分类：驻村日记⟧ ⟦m 阅读(356)⟧</p>
{BODY}
<p class="pn">⟦l « 上一篇：村里的第一场篮球赛⟧ ⟦l 下一篇：春节值班小记 »⟧</p>
</div>
<div id="side">
<h4>⟦l 标签云⟧</h4><p>⟦l 驻村 木瓜 合作社 电商 乡村振兴⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2025年2月(3) 2025年1月(5) 2024年12月(4)⟧</p>
</div>
<div id="foot">⟦d 本博客文字除注明外均为原创，转载请注明出处⟧</div>
</body></html>
""",
        body="""
去年二月，我作为驻村第一书记来到坪岭村，这里家家户户种木瓜，全村种植面积有八百多亩。
第一件事是学会听。刚来时我急着给大家讲规划，后来发现，种了二十多年木瓜的老农比任何教材都懂这片土地。
第二件事是算细账。青木瓜和熟木瓜的价格差一倍，但熟果运输损耗大，哪种更划算，得一户一户帮着算。
第三件事是找帮手。我们请县电商中心的年轻人来村里培训，教大家拍视频、开网店，不少人在培训后关注了农技推广的公众号。
一年下来，合作社的木瓜干和木瓜酵素卖到了省外，户均增收三千多元。我想，驻村工作最重要的，是把自己当成村里人。
""",
    ),
    dict(
        slug="wechat-mirror-spinach-growers-letter",
        site="微文集萃 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.weiwenjc.example.com/a/9cd13e0a7b52.html",
        title="致全镇菠菜种植户的一封信",
        record_title="致全镇菠菜种植户的一封信",
        record_date="2024-10-09",
        date="2024-10-09",
        notes="WeChat mirror: account line, 点击蓝字关注 on top, 阅读原文/在看/分享 bar at the bottom, a QR prompt between paragraphs; date from the record",
        page="""
!m 微文集萃 · 公众号文章存档
{T}
!m 原创　蒿埠镇农业服务中心　蒿埠镇发布　2024-10-09 17:32
!a 点击上方蓝字，一键关注我们
{BODY}
!l 阅读原文　　在看　　分享　　点赞 46
!d 本页内容采集自公开的公众号文章，版权归原公众号所有
""",
        body="""
全镇菠菜种植户朋友们：
秋播菠菜即将进入播种期，为帮助大家种好菠菜、卖好菠菜，镇农业服务中心提醒如下。
一是科学选种。请选择耐寒、抗霜霉病的品种，不要购买无标签、无检验合格证的散装种子。
二是合理施肥。每亩施腐熟农家肥两千公斤左右，少用化肥，避免硝酸盐含量超标。
⟦a 长按识别下方二维码，进入“蒿埠农服”小程序⟧
三是安全用药。采收前十五天内禁止使用任何农药，镇农产品检测站免费提供农残快速检测。
四是抱团销售。镇里已与县城三家商超签订供货协议，有意向的种植户请到村委会登记。
蒿埠镇农业服务中心
2024年10月9日
""",
    ),
    dict(
        slug="docshare-zhiyun-report-travel-health-pages",
        site="知云文档 (invented)",
        style="文档分享",
        genre="工作报告",
        kind="report",
        form="text",
        source="https://www.zhiyundoc.example.com/p-73019284.html",
        title="2024年国际旅行卫生保健中心工作情况报告",
        record_title="2024年国际旅行卫生保健中心工作情况报告_知云文档",
        date=None,
        notes="document-sharing page: markers 〘n〙 on own lines; a year only in the title, an upload stamp and a crawl stamp are no dates",
        pages=dict(fmt="〘{n}〙", every=95, start=2),
        page="""
!m 知云文档 — 分享知识 共享价值
!m 首页 > 医药卫生 > 卫生管理
{T}
!m 贡献者：lyhealth8　上传时间：3天前　浏览：88次
!a 下载文档　　收藏　　打印
{BODY}
!a 全文阅读已结束，若下载本文档需要使用 3 积分
!d 声明：本站文档均由用户自行上传，本站不对其内容的真实性负责。
!m 采集时间：2025-03-02 04:11:09
""",
        body="""
2024年，中心围绕出入境人员健康服务主线，强化预防接种、健康体检和旅行健康咨询三项职能，各项工作取得新进展。
一、体检服务。全年完成出入境人员健康体检4126人次，其中出国劳务人员1980人次，体检报告平均出具时间缩短至两个工作日。
二、预防接种。开设黄热病、霍乱等国际旅行相关疫苗接种门诊，全年接种2317剂次，未发生严重不良反应。
三、健康咨询。编印旅行健康提示手册八种，为赴非洲、东南亚的务工人员举办健康讲座十六场。
四、下一步工作。中心将推进体检预约线上办理，完善境外传染病疫情信息推送机制，提升口岸公共卫生服务能力。
""",
    ),
    dict(
        slug="edu-songpu-notice-military-training-html",
        site="松浦县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.songpu.example.gov.cn/tzgg/2025/0819/3361.html",
        title="关于做好2025级高一新生军训工作的通知",
        record_title="关于做好2025级高一新生军训工作的通知",
        date="2025-08-18",
        notes="education bureau page: 文号 neutral; a byline's 发布日期 (the 19th) differs from the 成文日期 (the 18th): document date expected, page date also accepted; 抄送 kept; schedule table one row a paragraph",
        date_also=["2025-08-19"],
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于做好2025级高一新生军训工作的通知-松浦县教育局</title></head>
<body>
<div class="banner">⟦m 松浦县教育局　SONGPU EDUCATION⟧</div>
<div class="nav">⟦m 网站首页 | 教育动态 | 通知公告 | 招生考试 | 办事指南⟧</div>
<div class="where">⟦m 所在位置：首页 / 通知公告⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 发布日期：2025-08-19　浏览量：2316　信息来源：体卫艺股⟧</div>
<p class="wh">松教发〔2025〕47号</p>
<div class="con">
{BODY}
</div>
<div class="btm">⟦a 【打印】⟧⟦a 【收藏】⟧⟦a 【返回顶部】⟧</div>
<div class="foot">⟦m 松浦县教育局版权所有　地址：松浦县文昌路9号⟧ ⟦m 苏ICP备12047725号⟧</div>
</body></html>
""",
        body="""
各普通高中：
根据县人武部和县教育局工作安排，现就2025级高一新生军训工作通知如下。
一、军训时间为8月25日至8月31日，共7天。
二、军训安排如下：
学校　人数　承训单位　开训时间
松浦中学　860　县人武部民兵连　8月25日
松浦二中　720　县消防救援大队　8月25日
浦东高级中学　540　县人武部民兵连　8月26日
三、各校要做好学生健康排查，对不宜参加训练的学生安排见习，严防中暑和运动损伤。
四、军训期间各校须安排校医全程值守，发现问题及时报告。
联系人：卢振洋，电话：0512-5871320
松浦县教育局
2025年8月18日
抄送：县人武部，县消防救援大队。
""",
    ),
    dict(
        slug="intranet-jinwu-minutes-goose-farm",
        site="金坞禽业内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.jinwu-qinye.example.local/doc/view?id=20250412007",
        title="鹅苗孵化车间安全生产例会纪要",
        record_title=None,
        date="2025-04-11",
        notes="OA export: title missing, found on a line; 流转记录 and read counts as meta; minutes' 时间/地点/主持/参会/记录 kept",
        page="""
!m 金坞禽业协同办公平台　|　公文阅览
!m 文档编号：JW-AQ-2025-0412-007　密级：内部
{T}
!m 拟稿：生产部 伍红莲　审核：龚建　签发：柴广利
{BODY}
!m 流转记录：2025-04-12 09:10 生产部 → 综合办 → 各车间（已读 23 / 未读 4）
!a 导出PDF　　转发　　标记为已办
!d 内部资料，禁止外传
""",
        body="""
时间：2025年4月11日15:00
地点：孵化车间二楼会议室
主持：柴广利
参会：孵化车间、育雏车间、设备科、安全科负责人
记录：伍红莲
会议通报了一季度孵化车间安全生产情况，研究了以下事项：
1. 孵化机电源线路老化问题，由设备科在4月20日前完成更换。
2. 消毒药品仓库实行双人双锁，安全科每周检查一次。
3. 夜班值守人员每两小时巡查一次温湿度，记录表上墙公示。
会议要求各车间对照问题清单逐项整改，4月底前书面报安全科。
""",
    ),
    dict(
        slug="qa-wenxin-answer-planetarium",
        site="问心问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://wenxin.example.com/q/66120943",
        title="天文馆研学活动方案怎么写？求一个完整的框架",
        record_title="天文馆研学活动方案怎么写？求一个完整的框架 - 问心问答",
        date=None,
        notes="Q&A: the question is the title; 回答于 with a relative time is no date; a placeholder 20××年×月×日 kept; 扫码 in the document's own sentence",
        page="""
!m 问心问答　有问题，就会有答案
{T}
!m 提问者：星野小茶　｜　5个回答　｜　浏览 2036
!l 写回答　邀请回答　关注问题
!m 最佳答案　天文辅导员老蒲　回答于 2天前
{BODY}
!l 有用(128)　没用(3)　评论(6)
!w 需要定制方案？私信我，48小时内出稿
!l 相关问题：科技馆春游方案模板 / 小学生观星活动总结
""",
        body="""
天文馆研学活动方案一般包括以下几个部分，你可以照着填：
1. 活动主题：如“仰望星空，探索宇宙”。
2. 活动目标：了解太阳系基本知识，体验球幕影片，培养科学兴趣。
3. 活动时间：20××年×月×日，全天。
4. 活动流程：上午参观展厅和球幕影院，下午参加天象厅讲座和望远镜观测体验。
5. 安全保障：明确带队教师分工，学生分组编号，出发前扫码登记健康信息。
6. 评价方式：学生完成研学手册，回校后开展分享会。
写的时候注意结合本校学段，低年级以体验为主，高年级可以增加探究任务。
""",
    ),
]
