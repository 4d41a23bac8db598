"""holdout127, part A: 范文 sites, 文库 previews, government portals, news portals, forums.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-jianyun-papercut-summary-html",
        site="笺云范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.jianyunfw.example.com/zongjie/2025/0113/88412.html",
        title="栎阳县非遗剪纸传习所2024年工作总结",
        record_title="栎阳县非遗剪纸传习所2024年工作总结（精选范本）_笺云范文网",
        date="2025-01-10",
        notes="old table layout; a marquee, a font-size row, a floating writing box; signature date",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>栎阳县非遗剪纸传习所2024年工作总结（精选范本）_笺云范文网</title>
<script language="javascript">function fontZoom(s){document.getElementById('art').style.fontSize=s+'px';}</script>
</head><body>
<table width="960" align="center"><tr><td>⟦m 笺云范文网——写材料，先来笺云⟧</td><td align="right"><a href="/user/login.asp">⟦a 会员登入⟧</a> | <a href="/user/reg.asp">⟦a 开通账号⟧</a></td></tr></table>
<table width="960" align="center"><tr><td>⟦m 总结大全⟧</td><td>⟦m 计划方案⟧</td><td>⟦m 讲话致辞⟧</td><td>⟦m 心得体会⟧</td></tr></table>
<marquee>⟦w 材料定制：资深笔杆一对一撰写，加薇 jy_bigan88 咨询⟧</marquee>
<table width="960" align="center"><tr><td valign="top" width="700">
<div>⟦m 您现在的位置：笺云范文网 >> 工作总结 >> 单位总结⟧</div>
<h2>{T}</h2>
<div>⟦m 更新：2025-01-13　人气：1207　编辑：范小笺⟧</div>
<div>⟦a 【字号：放大 标准 缩小】⟧ ⟦a 【打印此页】⟧</div>
<div id="art">
{BODY}
</div>
<div>⟦l 上一篇范文：文化馆2024年度工作总结⟧</div>
<div>⟦l 下一篇范文：乡镇综合文化站年终总结⟧</div>
</td><td valign="top" width="260">
<div>⟦l 本月阅读排行⟧</div>
<div>⟦l 1. 非遗保护工作总结（五篇）⟧</div>
<div>⟦l 2. 传承人年度述职报告⟧</div>
<div style="position:fixed;right:0;bottom:40px">⟦w 代笔热线 177-0451-3382⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站范文来自网络征集，仅供写作借鉴，如有侵权请来函删除。⟧</td></tr>
<tr><td>⟦m Copyright 2009-2025 jianyunfw.example.com 辽ICP备09113472号-2⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，传习所在县文化和旅游局指导下，围绕“保护、传承、活化”三个关键词开展工作，全年完成各项目标任务。
一、传承队伍持续壮大。全年举办剪纸研习班6期，培训学员214人次，新认定县级代表性传承人3名。
二、作品创作亮点纷呈。围绕乡村振兴主题创作团花、窗花作品160余幅，其中《麦浪》获市级民间工艺展金奖。
三、进校园活动常态开展。在城关小学、柳店中学设立剪纸课堂，每周授课两节，编写校本教材一册。⟦l 相关范文：非遗进校园活动总结⟧
四、存在问题。展示场地面积偏小，年轻传承人收入不稳定，作品转化为文创产品的渠道还不多。
2025年，我们将争取建设剪纸展示馆，开发文创产品10款以上，让老手艺走进更多家庭。
栎阳县非遗剪纸传习所
2025年1月10日
""",
    ),
    dict(
        slug="fanwen-moxuan-couplets-proposal-text",
        site="墨选范文 (invented)",
        style="范文站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://moxuan.example.net/changyi/7731.html",
        title="“写春联 送祝福”进万家活动倡议书",
        record_title="“写春联 送祝福”进万家活动倡议书【通用3篇】",
        date="2025-01-06",
        notes="decorated record title; chrome between paragraphs and glued after a sentence; Chinese-numeral signature date",
        page="""
!m 墨选范文 | 倡议书频道
!m 首页 › 倡议书 › 文化倡议
{T}
!m 来源：网友投稿　浏览：892次　2025-01-08
!a 收藏本页　|　复制全文　|　导出PDF
{BODY}
!a 全文阅读完毕，点此一键下载本篇（.docx）
!l 同栏目：全民阅读倡议书｜文明过春节倡议书｜移风易俗倡议书
!d 声明：墨选范文所收稿件版权归原作者，转载请注明出处。
!m moxuan.example.net　浙ICP备17044210号
""",
        body="""
广大书法爱好者、文艺志愿者：
春联是中华民族传统年俗的重要载体。为营造欢乐祥和的节日氛围，蒲湾县书法家协会、县文联联合发起“写春联 送祝福”进万家活动，特向大家发出如下倡议：
一、走进基层送温暖。请大家于1月15日至1月25日走进村（社区）、企业、敬老院，现场书写春联、福字，免费赠送群众。⟦a 点击展开剩余内容⟧
二、内容积极接地气。春联内容要弘扬正能量，反映新时代新气象，杜绝低俗和错别字。
⟦w 需要定制春联文案？找墨选写手，微信 mx-xieshou⟧
三、活动安全有序。现场书写请注意防火，合理安排人员，避免聚集拥挤。
让我们以笔墨传情，把浓浓的年味和美好的祝福送到千家万户！
蒲湾县书法家协会
蒲湾县文学艺术界联合会
二〇二五年一月六日
""",
        date_also=["2025-01-08"],
    ),
    dict(
        slug="wenku-yunjuan-kite-plan-pages",
        site="云卷文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunjuan.example.com/view/a81f22c07d.html",
        title="鸢城市第十二届风筝放飞节活动方案",
        record_title="鸢城市第十二届风筝放飞节活动方案.docx",
        date=None,
        notes="file-name record title; page markers ⌈n⌉ cut sentences; upload stamp is no date; a pay prompt at the end",
        pages=dict(fmt="⌈{n}⌉", every=120, start=2),
        page="""
!m 云卷文库 · 资料尽在掌握
{T}
!m 上传者：风筝迷老韩　上传于 2025-03-02　页数：4页　大小：38.2KB
!a 开通云卷会员，免费下载全部文档
{BODY}
!a 预览已到末页，余下2页请付费后查看
!a ￥4.90 立即购买　　加入书架
!l 你可能也喜欢：风筝节安全保障预案　风筝制作培训课件
!d 本文档仅供学习参考，由用户上传，云卷文库仅提供存储空间。
""",
        body="""
为传承风筝文化，丰富市民文化生活，经研究，决定举办鸢城市第十二届风筝放飞节，现制定方案如下。
一、活动时间和地点
活动定于4月19日至20日在滨河湿地草坪举行，每日上午9时开幕，下午5时结束。
二、活动内容
（一）传统风筝展。展出软翅、硬翅、串类、板子类风筝200余件，邀请老艺人现场讲解扎、糊、绘、放四艺。
（二）放飞比赛。设个人赛和团体赛，按起飞、造型、高度、稳定性综合评分。
（三）亲子手作。设置20个手作台，由志愿者指导家长和孩子制作沙燕风筝。
三、安全要求
放飞区域应远离高压线路，设置警戒线，每个区域安排不少于4名安保人员。
""",
    ),
    dict(
        slug="wenku-shuhai-noodle-mill-rules-wrap-pages",
        site="书海文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.shuhaiwk.example.cn/p-66109423.html",
        title="清源挂面厂生产车间卫生管理制度",
        record_title="清源挂面厂生产车间卫生管理制度（可编辑）",
        date="2024-08-15",
        notes="hard-wrapped at 62 columns with glued page markers 〔第n张〕; a rule that speaks of 打印 and 扫码; signature date",
        wrap=62,
        indent="　　",
        pages=dict(fmt="〔第{n}张〕", every=140, start=2, glue=True),
        page="""
!m 书海文库　>　行业资料　>　食品加工
!t 清源挂面厂生产车间卫生管理制度（可编辑）
!m 贡献者：q_8812****　|　2025-02-19 上传　|　下载券：3
{BODY}
!a 此文档下载收益归作者所有，点击下载全文
!l 相关文档：食品车间卫生管理制度　挂面加工工艺流程
""",
        body="""
第一条　为保证挂面产品质量安全，规范生产车间卫生管理，根据食品安全有关法律法规，结合本厂实际，制定本制度。
第二条　员工进入车间前须更换工作服、工作帽，洗手消毒后方可上岗，不得佩戴首饰、涂抹指甲油。
第三条　和面、压延、切条、晾挂各工序设备每班次结束后清洗一次，晾挂杆每周集中消毒一次。
第四条　车间入口张贴卫生检查二维码，当班卫生员每日扫码记录检查情况，检查表每月打印存档。
第五条　本制度由生产技术部负责解释，自印发之日起施行。
清源挂面厂
2024年8月15日
""",
    ),
    dict(
        slug="gov-liyang-realestate-guide-html",
        site="栎阳县人民政府 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="http://www.liyang.example.gov.cn/zwgk/tzgg/202503/t20250321_118724.html",
        title="关于不动产登记“交房即交证”服务的公告",
        record_title="关于不动产登记“交房即交证”服务的公告_栎阳县人民政府",
        date="2025-03-20",
        notes="modern gov template with 索引号 table, elder mode, a 扫一扫 box; the notice's own 咨询电话 next to 12345",
        page="""
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于不动产登记“交房即交证”服务的公告_栎阳县人民政府</title>
<link rel="stylesheet" href="/css/gov2024.css"><script src="/js/jquery.min.js"></script>
<script>window.govStat={site:'ly',page:'118724'};</script></head>
<body>
<header><div class="top-bar"><span>⟦a 无障碍浏览⟧</span> <span>⟦a 关怀版⟧</span> <span>⟦a 繁體⟧</span></div>
<div class="logo">⟦m 栎阳县人民政府⟧</div>
<nav><a href="/">⟦m 网站首页⟧</a><a href="/zwgk/">⟦m 政务公开⟧</a><a href="/bsfw/">⟦m 办事服务⟧</a><a href="/hdjl/">⟦m 互动交流⟧</a></nav></header>
<div class="loc">⟦m 首页 / 政务公开 / 通知公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：LY-00127-2025-0316⟧</td><td>⟦m 发文机关：栎阳县自然资源局⟧</td></tr>
<tr><td>⟦m 主题分类：国土资源、能源⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<div class="sub">⟦m 发布时间：2025-03-21 16:05　浏览次数：<span>537</span>⟧</div>
<div class="article">
{BODY}
</div>
<div class="tools"><a href="javascript:window.print()">⟦a 【打印本页】⟧</a> <a href="javascript:window.close()">⟦a 【关闭窗口】⟧</a></div>
<div class="qr">⟦a 扫一扫在手机打开当前页⟧</div>
<aside><h4>⟦l 政策解读⟧</h4><ul><li>⟦l 图解：新建商品房首次登记办理指南⟧</li></ul></aside>
<footer><p>⟦m 主办：栎阳县人民政府办公室　承办：县大数据服务中心⟧</p><p>⟦m 网站标识码：3309270011　陕ICP备05003321号　陕公网安备61042702000118号⟧</p><p>⟦m 政务服务热线：12345⟧</p></footer>
<script>govStat.track();</script>
</body></html>
""",
        body="""
为进一步优化营商环境，保障购房群众合法权益，县自然资源局决定自2025年4月1日起在全县新建商品房项目中推行“交房即交证”服务。现将有关事项公告如下：
一、开发企业应在项目竣工验收后及时申请首次登记，并同步完成测绘、税费核缴等前置工作。
二、购房人在交房现场提交身份证明、购房合同和完税凭证，即可领取不动产权证书。
三、对未按期完成首次登记的开发企业，纳入信用监管名单并予以公示。
咨询电话：0917-6620318（县不动产登记中心）
栎阳县自然资源局
2025年3月20日
""",
        date_also=["2025-03-21"],
    ),
    dict(
        slug="gov-haiyan-fishing-moratorium-text",
        site="海晏市海洋与渔业局 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="text",
        source="http://hyj.haiyan.example.gov.cn/art/2025/4/28/art_3301_90217.html",
        title="关于2025年伏季休渔的通告",
        record_title=None,
        date="2025-04-28",
        notes="title missing from the record; 文号 neutral; numbered list; the notice's own 举报电话",
        page="""
!m 海晏市海洋与渔业局
!m 当前位置：首页 >> 通知公告
!a 【大字版】【语音播报】【分享到微博】
关于2025年伏季休渔的通告
海渔通〔2025〕6号
{BODY}
!l 【上一条】关于开展渔业船舶安全大检查的通知
!l 【下一条】海晏市渔港管理办法（征求意见稿）
!m 信息来源：渔政支队　　录入：王帆　　点击：2291
!m 版权所有：海晏市海洋与渔业局　闽ICP备06011834号
""",
        body="""
根据农业农村部关于海洋伏季休渔制度的规定，结合本市实际，现就2025年伏季休渔有关事项通告如下：
1.休渔时间：5月1日12时至8月16日12时。
2.休渔作业类型：除钓具外的所有作业类型，以及为捕捞渔船配套服务的捕捞辅助船。
3.休渔期间，渔船应回港停泊，不得擅自离港作业，不得收购、运输、销售违规渔获物。
4.对违反休渔规定的，依法没收渔获物和违法所得，并处罚款；情节严重的，吊销捕捞许可证。
举报电话：0591-8826110（市渔政支队，24小时值班）
特此通告。
海晏市海洋与渔业局
2025年4月28日
""",
    ),
    dict(
        slug="news-qianhe-pv-station-html",
        site="千禾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qianhe.example.com/local/2025-05/14/c_1182203.htm",
        title="光伏电站建在鱼塘上 塘里养鱼板上发电",
        record_title="光伏电站建在鱼塘上 塘里养鱼板上发电 - 千禾新闻网",
        date="2025-05-14",
        notes="news portal; byline publish time is the page date; editor line glued after the last paragraph; photo caption between paragraphs",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>光伏电站建在鱼塘上 塘里养鱼板上发电 - 千禾新闻网</title>
<meta name="description" content="渔光互补"><script async src="/ad/loader.js"></script></head>
<body><div id="topnav"><a>⟦m 千禾新闻网⟧</a> <a>⟦m 要闻⟧</a> <a>⟦m 本地⟧</a> <a>⟦m 财经⟧</a> <a>⟦m 视频⟧</a> <a>⟦a 下载客户端⟧</a></div>
<div class="wrap"><div class="left">
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-14 08:32　来源：千禾日报　记者 吕晓岚 通讯员 陆川⟧</div>
<div class="share">⟦l 分享：微信 | 朋友圈 | 微博 | 复制链接⟧</div>
<div class="text">
{BODY}
</div>
<div class="tags">⟦l 标签：新能源 渔光互补 乡村振兴⟧</div>
<div class="cmt">⟦l 网友评论 0 条　我来说两句⟧</div>
</div><div class="right"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 城区三条断头路年内打通⟧</li><li>⟦l 今夏首个高温预警发布⟧</li></ol>
<div class="ad">⟦a 广告｜千禾银行信用卡 首刷礼⟧</div></div></div>
<footer><p>⟦d 未经千禾新闻网书面授权，不得转载、摘编本网作品。⟧</p><p>⟦m 互联网新闻信息服务许可证 33120180017　举报电话：0571-88660001⟧</p></footer>
</body></html>
""",
        body="""
初夏时节，沙坝镇大塘村的水面上，一排排光伏板整齐排列，板下的鱼塘里，草鱼、鲢鱼不时跃出水面。
这座渔光互补光伏电站占用水面1200亩，装机容量60兆瓦，去年底并网发电，年均发电量约7000万千瓦时。
⟦m 图为大塘村渔光互补光伏电站。吕晓岚 摄⟧
“板子挡住了一部分阳光，夏天水温低了，鱼反而长得好。”承包鱼塘的村民郑守田说，电站每年还按亩付给村集体租金，村民也能到电站做保洁、巡检。
据了解，电站运营方与村集体约定，每年拿出发电收益的2%用于村里公益事业。⟦m （责任编辑：孟青）⟧
""",
    ),
    dict(
        slug="news-nanpu-pearl-farm-text",
        site="南浦在线 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.nanpuol.example.com/xw/bd/202410/t20241009_55310.shtml",
        title="淡水珍珠养殖户的“提质”账",
        record_title="【乡村振兴】淡水珍珠养殖户的“提质”账",
        date="2024-10-09",
        notes="bracketed column prefix in the record title; the title printed twice, once glued to the lead; font row; next-article list",
        page="""
!m 南浦在线　南浦人自己的网站
!m 首页 → 新闻 → 本地
{T}
!m 发布日期：2024年10月09日　稿源：南浦日报　作者：祁燕
!a 字体：【大】【中】【小】　　【我要纠错】
{T}{BODY}
!l 热点推荐
!l 南浦大桥维修期间公交线路调整
!l 秋粮收购价格公布
!d 本网所刊登的各种新闻、信息和专栏资料，均为南浦在线版权所有。
""",
        body="""
　　10月的蚌湖村，养殖户杭国庆正在塘边开蚌取珠。
　　“以前一只蚌插几十个片，珠子小、光泽差，一斤卖不到两百元。”杭国庆说，这几年他跟着县水产站学技术，减少插片数量、降低放养密度，珠子个头大了，品相好的一颗就能卖到几十元。
　　县水产站站长白学文介绍，全县现有珍珠养殖面积3.1万亩，过去养殖密度大、投肥多，水质问题突出。⟦l 延伸阅读：我县开展养殖尾水整治⟧2022年起，县里推行“控密度、不投肥、尾水达标”模式，养殖户亩均收入反而提高了三成。
　　如今，蚌湖村还办起了珍珠加工作坊，直播间里的珍珠饰品一天能卖出三百多单。
""",
    ),
    dict(
        slug="forum-lanyou-orchid-thread-junk",
        site="兰友之家论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="other",
        form="text",
        source="http://bbs.lanyouzj.example.com/thread-40127-1-1.html",
        title="春兰换盆的几点体会",
        record_title="春兰换盆的几点体会 - 养兰技术 - 兰友之家论坛",
        date=None,
        notes="forum thread with junk lines and glued junk; relative times; floor numbers and signature",
        junk=dict(lines=1, glued=2),
        page="""
!m 兰友之家论坛 › 养兰技术 › 查看帖子
!m 楼主：幽谷听风　发表于 3 天前　查看: 1865　回复: 27
!a 只看该作者　　倒序浏览　　阅读模式
{T}
{BODY}
!l 本帖最后由 幽谷听风 于 前天 21:14 编辑
!m 签名：养兰二十年，不求名品，只求花开
!l 沙发　兰心蕙质　|　前天 09:02
!l 学习了，收藏一下，今年正准备换盆。
!a 回复　　引用　　举报
!d 免责声明：本站帖子仅代表作者观点，与兰友之家论坛无关。
""",
        body="""
春兰换盆最好选在花后新芽未长出之前，一般在清明前后。我养兰二十年，说说自己的几点体会。
一是脱盆要轻。脱盆前三天停止浇水，让植料干一些，用手轻拍盆壁，整丛倒出，尽量不伤根。
二是剪根要狠。烂根、空根一律剪掉，剪口蘸一点多菌灵，晾两个小时再上盆。
三是植料要透气。我用的是颗粒植料加少量松树皮，盆底垫一层碎瓦片，保证排水通畅。
四是上盆后不急着浇水。放在阴凉通风处缓苗一周，叶面可以喷点水，之后再正常管理。
""",
    ),
    dict(
        slug="forum-xianyin-guitar-html-jammer",
        site="弦音吉他社区 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="html",
        source="https://www.xianyin.example.com/forum.php?mod=viewthread&tid=77108",
        title="自学吉他一年的心得：从爬格子到弹唱",
        record_title="自学吉他一年的心得：从爬格子到弹唱 - 新手交流区 - 弦音吉他社区 - Powered by Discuz!",
        date="2025-02-27",
        notes="Discuz-like page with jammer fonts; 发表于 is the page's date; reply box",
        junk=dict(lines=1, glued=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8">
<title>自学吉他一年的心得：从爬格子到弹唱 - 新手交流区 - 弦音吉他社区 - Powered by Discuz!</title>
<style>.jammer{display:none}</style><script src="static/js/common.js"></script></head>
<body><div id="hd"><a>⟦m 弦音吉他社区⟧</a> <a>⟦a 登录⟧</a> <a>⟦a 立即注册⟧</a> <a>⟦m 找回密码⟧</a></div>
<div id="pt">⟦m 弦音吉他社区 › 交流 › 新手交流区 › 查看内容⟧</div>
<table><tr><td class="pls">⟦m 木棉弦⟧<br>⟦m 主题 12　帖子 340　积分 1021⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-2-27 22:10⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 个性签名：手里有琴，心里有歌⟧</div>
</td></tr></table>
<div class="fastre">⟦l 回复 支持 反对 举报⟧</div>
<div class="fpost">⟦l 发表回复　您需要登录后才可以回帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2001-2025 弦音吉他社区⟧ ⟦m 粤ICP备18022715号⟧</div>
</body></html>
""",
        body="""
去年过年买了一把入门民谣吉他，到现在正好一年，能完整弹唱十几首歌了，说说我的体会。
前两个月主要是爬格子和练和弦。每天半小时，手指磨出茧子之前确实很疼，坚持过去就好了。
第三个月开始练扫弦节奏，用节拍器从每分钟60拍练起，慢慢提速，这一步千万别偷懒。
半年后开始弹唱，最难的是手和嘴配合，我的办法是先把歌词念熟，再按节奏边弹边念，最后再唱。
总结一句话：每天都摸琴，比周末练三小时管用得多。
""",
    ),
]
