"""holdout298, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站 (one HTML and one text case each).

Every case written by hand; invented places, people, sites, URLs and chrome wording."""

CASES = [
    dict(
        slug="localforum-guoxi-post-cracked-basket-jammer",
        site="粿溪在线 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.guoxi.cc/thread-90317-1-1.html",
        title="菜场口买的塑料脏衣篮，用了一个月就裂成两半",
        record_title="[曝光台] 菜场口买的塑料脏衣篮，用了一个月就裂成两半（有图） - 百姓话题 - 粿溪在线",
        date=None,
        notes="county forum: weather line, medals, a home-decoration ad with a phone, a 转交相关部门 link, jammer fonts; "
        "the post mentions 12315 as content; relative post time; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="gbk">
<title>[曝光台] 菜场口买的塑料脏衣篮，用了一个月就裂成两半（有图） - 百姓话题 - 粿溪在线</title>
<style>.jammer{display:none}</style>
<script src="data/cache/common.js"></script>
</head><body>
<div id="toptb">⟦m 粿溪 今天 多云 14~22℃⟧　<a>⟦a 登录⟧</a>　<a>⟦a 注册⟧</a>　<a>⟦a 手机看粿溪⟧</a></div>
<div id="hd">⟦m 粿溪在线　粿溪人自己的网上家园⟧</div>
<div id="pt">⟦m 粿溪在线 › 百姓话题 › 帖子详情⟧</div>
<div class="ad">⟦w 粿溪家装节：全屋定制到店咨询 0833-5271188⟧</div>
<table id="pid1"><tr>
<td class="pls"><p>⟦m 晾衣绳上的麻雀⟧</p><p>⟦m 勋章：热心网友　粿溪老居民⟧</p></td>
<td class="plc">
<h1>⟦t [曝光台] 菜场口买的塑料脏衣篮，用了一个月就裂成两半（有图）⟧</h1>
<div class="authi">⟦m 发表于 5 天前　只看楼主　电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 转交相关部门　｜　查看官方回复⟧</div>
</td></tr></table>
<div class="reply">⟦l 2楼 山城小胖：这种没厂名的篮子千万别买⟧</div>
<div class="reply">⟦l 3楼 粿溪老李：支持楼主维权⟧</div>
<div id="ft">⟦m 粿溪在线 ©2008-2024　粿溪县网络文化协会主办⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
上个月在菜场口那家日杂店买了一只塑料脏衣篮，二十五块，老板说是加厚的。
结果用了一个月，篮底就裂了一条缝。前天装了一篮湿衣服往阳台提，整个篮子从提手那里裂成两半，衣服撒了一地。
拿回去找老板，老板说是我装太重了，不给换。我翻过来看了看，篮子底部连厂名、材质都没有标。
后来打了12315，市场监管所的同志第二天就去店里看了，老板给我退了钱，剩下那几只同款篮子也下架了。
提醒大家买脏衣篮这类塑料制品，看看有没有标材质和厂家。太便宜的薄篮子，装湿衣服真不行。
""",
    ),
    dict(
        slug="localforum-guoyang-lost-lunchbag-own-phone",
        site="馃阳论坛 (invented county forum)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.guoyangbbs.com/t/551208",
        title="寻物：12路公交上丢了一只蓝色饭盒袋，里面有药",
        record_title=None,
        date=None,
        notes="no record title: the thread subject is the title; the poster's own phone is part of the post, next to the "
        "site's service line; the post time is relative (2 小时前); replies under it",
        page="""
!m 馃阳论坛 › 便民服务 › 失物招领
!m 主题：1　回复：9　查看：733
{T}
!m 葛家小妹　发表于 2 小时前　来自手机版
{BODY}
!l 2# 热心市民老李：已帮顶，公交公司失物招领电话也可以打一下
!l 3# 阿树：帮顶
!a 回复本帖　收藏　分享到微信
!m 本站客服热线：0837-6200360（工作日）
!m 馃阳论坛　蜀ICP备10031572号
""",
        body="""
今天早上7点40分左右，我在12路公交车上（馎口路站上车，县医院站下车）把一只蓝色格子饭盒袋落在了后排座位上。
饭盒袋里除了一个不锈钢饭盒，还有我父亲的降压药和一本门诊病历。药是刚开的，病历上有他这半年的检查记录，对我们很重要。
饭盒袋侧面用记号笔写了一个“葛”字，拉链头上挂着一只小鸭子挂件。
有捡到的好心人请联系我，电话13980735126（葛女士），必有重谢。也麻烦大家帮忙顶一下，谢谢！
""",
    ),
    dict(
        slug="download-baigong-rules-pressing-brushes-gb2312",
        site="百工资料站 (invented, old gb2312 download station)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.baigongzl.com/soft/cjgz/6631.html",
        title="服装厂整烫车间衣刷领用与保管制度",
        record_title="【车间规章】服装厂整烫车间衣刷领用与保管制度 DOC版下载_百工资料站",
        date=None,
        notes="an old gb2312 download page: a file-info table with an update stamp, three download links, a dead-link report, "
        "an unzip password and a floating ad; rules with 第N条, one article speaks of 下载打印 a ledger (content)",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【车间规章】服装厂整烫车间衣刷领用与保管制度 DOC版下载_百工资料站</title>
<script language="javascript" src="/js/ad_float.js"></script>
</head>
<body>
<table width="980" align="center"><tr><td>⟦m 百工资料站　工厂管理资料一站下载⟧</td><td align="right">⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="980" align="center" class="nav"><tr><td>⟦m 首页　管理制度　表格模板　岗位职责　安全资料　培训课件⟧</td></tr></table>
<table width="980" align="center"><tr><td>⟦m 当前位置：百工资料站 → 管理制度 → 车间规章⟧</td></tr></table>
<table width="980" align="center" border="1" class="info">
<tr><td colspan="2">{T}</td></tr>
<tr><td>⟦m 资料大小：32 KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr>
<tr><td>⟦m 授权方式：免费资料⟧</td><td>⟦m 更新时间：2024-06-11⟧</td></tr>
<tr><td>⟦m 下载次数：本周 37　总计 1208⟧</td><td>⟦m 资料评级：★★★☆☆⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦m 资料预览：⟧</td></tr>
<tr><td>
{BODY}
</td></tr></table>
<table width="980" align="center" class="down">
<tr><td>⟦a 电信线路下载⟧　⟦a 联通线路下载⟧　⟦a 本站高速下载⟧</td></tr>
<tr><td>⟦a 下载不了？点此报告死链⟧</td></tr>
<tr><td>⟦m 解压密码：www.baigongzl.com⟧</td></tr>
</table>
<div id="float_ad">⟦w 工厂制度定制编写，QQ 2871406639⟧</div>
<table width="980" align="center"><tr><td>⟦d 本站资料来源于网络，仅供学习交流，如有侵权请来信告知。⟧</td></tr>
<tr><td>⟦m Copyright © 2010-2024 百工资料站　粤ICP备10066172号⟧</td></tr></table>
</body></html>
""",
        body="""
第一条　为加强整烫车间衣刷的领用与保管，防止衣刷混用污染成衣，制定本制度。
第二条　整烫车间衣刷分为猪鬃衣刷和粘毛滚刷两类，由车间物料员统一登记编号，实行一人一刷。
第三条　新员工凭工牌到物料员处领用衣刷，并在领用登记表上签字。登记表由物料员每月从厂务系统下载打印，归档保存一年。
第四条　深色面料和浅色面料的衣刷应分开使用，刷毛沾有油污、色污的，应立即交物料员更换。
第五条　员工调岗或离职时，应将衣刷交还物料员，遗失的按每把20元赔偿。
第六条　本制度自发布之日起执行，由生产部负责解释。
""",
    ),
    dict(
        slug="download-zhongxiang-summary-rack-workshop-oneline-doc",
        site="众享文档下载网 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.zxwdxz.com/down/anquan/20240716/8820.html",
        title="晾鞋架车间2024年上半年安全生产工作总结",
        record_title="晾鞋架车间2024年上半年安全生产工作总结.doc",
        date="2024-07-05",
        notes="a download page with the file name as the record title; the whole summary on one line (paragraphs apart "
        "only by their indent); 成文日期 at the end",
        page="""
!m 众享文档下载网 — 企业管理文档免费下载
!m 资料名称：晾鞋架车间2024年上半年安全生产工作总结.doc
!m 资料大小：28KB　下载次数：351　资料格式：DOC
!a 【马上下载】【放进收藏夹】
!m 资料预览：
{BODY}
!a 温馨提示：预览内容为纯文本，下载后可看到原始排版
!l 本类下载排行：1.车间安全生产责任书　2.班组安全活动记录表
!d 本站资料均来自网络，仅供学习研究，下载后请于24小时内删除。
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
今年上半年，晾鞋架车间在厂部领导下，坚持“安全第一、预防为主”，全车间未发生工伤事故。
一、落实岗位责任。车间与冲压、折弯、焊接、喷涂四个班组签订安全责任书，班组长每天开工前进行班前安全讲话。
二、加强设备管理。对12台冲床全部加装光电保护装置，焊接工位增设排烟罩，喷涂间每周清理一次粉尘。
三、开展隐患排查。上半年共排查隐患27处，已整改25处，剩余2处正在落实。
四、存在不足。个别新员工操作冲床时不按规定佩戴防护手套；成品晾鞋架堆放过高，存在倒塌风险。
下半年，车间将重点抓好新员工安全培训和成品堆放规范，确保全年安全生产无事故。
宏顺五金制品厂晾鞋架车间
2024年7月5日
""",
    ),
    dict(
        slug="exam-gehu-notice-lunchbags-admission-ticket",
        site="籺湖人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.ghrsks.gov.cn/kwgl/2024/1022/5517.html",
        title="关于2024年下半年事业单位公开招聘笔试考生午餐存放的温馨提示",
        record_title="【考生须知·午餐篇】关于2024年下半年事业单位公开招聘笔试考生午餐存放的温馨提示_籺湖人事考试网",
        date="2024-10-22",
        notes="a personnel-exam site: an entry float (报名入口 / 准考证打印入口) and a technical line next to the notice's own "
        "咨询电话; the notice tells candidates to 下载并打印 the admission ticket (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【考生须知·午餐篇】关于2024年下半年事业单位公开招聘笔试考生午餐存放的温馨提示_籺湖人事考试网</title>
<script src="/js/kw.js"></script>
</head><body>
<div class="head">⟦m 籺湖人事考试网　籺湖市人事考试中心⟧</div>
<div class="menu">⟦m 首页　考试公告　报名入口　成绩查询　考务管理　政策法规⟧</div>
<div class="notice-bar">⟦a 系统将于每周日凌晨0:00-6:00例行维护，请避开该时段登录⟧</div>
<div class="loc">⟦m 首页 » 考务管理 » 考生须知⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="meta">⟦m 来源：考务科　发布时间：2024-10-22 15:00　点击：6603⟧</p>
<div class="txt">
{BODY}
</div>
</div>
<div class="float-entry">⟦a 报名入口⟧　⟦a 准考证打印入口⟧　⟦a 成绩查询入口⟧</div>
<div class="foot"><p>⟦m 技术咨询：0817-2213600（仅限报名系统问题）⟧</p><p>⟦m 主办：籺湖市人事考试中心　蜀ICP备09005528号⟧</p></div>
</body></html>
""",
        body="""
各位考生：
2024年下半年籺湖市事业单位公开招聘笔试将于11月2日举行，上午考《职业能力倾向测验》，下午考《综合应用能力》，中午不清场。为方便考生午间就餐，现将有关事项提示如下：
一、考生可自带午餐。饭盒请装入饭盒袋，并在饭盒袋上贴好写有姓名和准考证号的标签。
二、上午进场前，请将饭盒袋统一放在考点指定的午餐存放区，不得带入考场。存放区设在考点食堂或架空层，由工作人员看管。
三、请于10月28日至11月1日登录本网下载并打印准考证，准考证背面印有各考点午餐存放区位置图。
咨询电话：0817-2213690（工作日8:30-17:30）
籺湖市人事考试中心
2024年10月22日
""",
    ),
    dict(
        slug="exam-tuoling-notice-laundry-practical-table",
        site="饦岭人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://rsks.tuoling.gov.cn/ksgg/sydw/2024/1030/231.html",
        title="饦岭县人民医院2024年公开招聘洗涤工实操考核公告",
        record_title="〔实操考核〕饦岭县人民医院2024年公开招聘洗涤工实操考核公告｜饦岭人事考试网",
        date="2024-10-30",
        notes="an exam announcement with a timetable (one row a paragraph), tasks on water-soluble laundry bags, a "
        "下载打印 admission-ticket sentence (content) and its own 咨询电话 next to the site's technical line",
        page="""
!m 饦岭人事考试网
!m 首页 ＞ 考试公告 ＞ 事业单位招聘
!t 〔实操考核〕饦岭县人民医院2024年公开招聘洗涤工实操考核公告
!m 发布日期：2024-10-30　来源：县人社局　阅读：589
{BODY}
!a 准考证打印 ▸　成绩查询 ▸
!m 网站技术服务：0836-4129900
!m 饦岭县人力资源和社会保障局主办
""",
        body="""
根据《饦岭县人民医院2024年公开招聘编外工作人员公告》，现将洗涤工岗位实操考核有关事项公告如下：
一、考核内容。考生在规定时间内完成病区被服分拣、感染性织物装入水溶性洗衣袋、洗衣袋封口及送洗登记四个项目。
二、考核安排。
时间　项目　地点
11月9日上午　被服分拣　医院洗衣房
11月9日上午　装袋封口　医院洗衣房
11月9日下午　送洗登记　后勤楼三楼
三、考生须携带本人身份证和准考证，于考核当日8:00前到医院后勤楼一楼报到。准考证请于11月6日起登录本网下载打印。
咨询电话：0836-4120265
饦岭县人民医院人事科
2024年10月30日
""",
    ),
    dict(
        slug="tender-duoshan-inquiry-laundry-baskets-lots",
        site="缍山县公共资源交易中心 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="html",
        source="https://ggzy.duoshan.gov.cn/jyxx/zfcg/xjgg/2024/0408/3310.html",
        title="缍山县社会福利院脏衣篮及污衣收集车采购项目询价公告",
        record_title="【询价】缍山县社会福利院脏衣篮及污衣收集车采购项目询价公告_政府采购_缍山县公共资源交易中心",
        date="2024-04-08",
        notes="a tender portal: countdown, sign-up button, CA and trading-system lines next to the purchaser's and agency's "
        "contacts; a lots table; a sentence about downloading the inquiry file (content)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【询价】缍山县社会福利院脏衣篮及污衣收集车采购项目询价公告_政府采购_缍山县公共资源交易中心</title>
<script src="/js/ggzy.bundle.js"></script>
</head><body>
<div class="gz-top">⟦m 缍山县公共资源交易中心⟧　⟦a 主体登录⟧　⟦a 主体注册⟧</div>
<div class="gz-nav">⟦m 首页　交易信息　政策法规　服务指南　信用信息　专家管理⟧</div>
<div class="gz-pos">⟦m 交易信息 ＞ 政府采购 ＞ 询价公告⟧</div>
<div class="gz-detail">
<h2>{T}</h2>
<p class="gz-meta">⟦m 信息来源：县政府采购中心　发布时间：2024-04-08 17:40　浏览次数：129⟧</p>
<p class="gz-count">⟦a 距报价截止还剩：9天16时⟧　⟦a 我要报名⟧</p>
<div class="gz-con">
{BODY}
</div>
<p class="gz-att">⟦a 询价文件（DSCG-2024-0318）.zip　点击下载⟧</p>
</div>
<div class="gz-help"><p>⟦m CA证书办理咨询：400-028-6655⟧</p><p>⟦m 交易系统技术支持：0819-3122290⟧</p></div>
<div class="gz-foot">⟦m 主办单位：缍山县公共资源交易中心　网站标识码：5113290031⟧</div>
</body></html>
""",
        body="""
项目编号：DSCG-2024-0318
一、采购内容
包号　品目　数量　最高限价
1　带盖脏衣篮（塑料，60升）　300只　每只48元
2　不锈钢污衣收集车　20辆　每辆1600元
二、供应商资格要求：具有独立承担民事责任的能力，近三年无重大违法记录。
三、获取询价文件：请于2024年4月9日至4月15日登录交易平台免费下载询价文件。
四、报价截止时间：2024年4月18日9时30分。
五、联系方式
采购人：缍山县社会福利院，联系人：柯敏，电话：0819-3125587
采购代理机构：缍山恒信招标代理有限公司，联系人：甄航，电话：0819-3160218
缍山县社会福利院
2024年4月8日
""",
    ),
    dict(
        slug="tender-gehu-result-hotel-brushes-record-title",
        site="籺湖市政府采购网 (invented)",
        style="招投标网",
        genre="成交公告",
        kind="notice",
        form="text",
        source="http://www.ghzfcg.gov.cn/cggg/cjgg/2024/1203/7720.html",
        title="籺湖宾馆客房衣刷等一次性用品采购项目成交结果公告",
        date="2024-12-03",
        notes="record title as is; a result table (one row a paragraph) with lots, suppliers and amounts; the purchaser's "
        "contact in the body next to the site's technical hotline; a download-the-original link; the title printed "
        "again and glued to the first line",
        page="""
!m 籺湖市政府采购网
!m 首页 / 采购公告 / 成交公告
{T}
!m 公告时间：2024-12-03 16:20　浏览：207
{BODY}
!a ↓ 下载公告原文（PDF）
!l 同类公告：籺湖宾馆布草洗涤服务项目成交公告
!m 技术支持热线：400-817-0099
!m 籺湖市财政局主办　籺湖市政府采购中心承办
""",
        body="""
⟦t 籺湖宾馆客房衣刷等一次性用品采购项目成交结果公告⟧一、项目编号：GHZC-2024-1127
二、项目名称：籺湖宾馆客房衣刷等一次性用品采购项目
三、成交信息
包号　品目　成交供应商　成交金额
1　衣刷、鞋刷　饸川县褚记刷业有限公司　38600元
2　洗衣袋、擦鞋布　籺湖佳洁酒店用品有限公司　21450元
四、评审专家：宁致远、柏素、卜成林
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式：采购人籺湖宾馆，联系人：晁丽，电话：0817-2265031。
籺湖宾馆
2024年12月3日
""",
    ),
    dict(
        slug="law-jianheng-case-falling-shoe-rack",
        site="鉴衡律师事务所 (invented)",
        style="律所网站",
        genre="案例解析",
        kind="other",
        form="html",
        source="https://www.jianheng-law.com/alfx/212.html",
        title="窗外晾鞋架坠落砸伤路人，谁来担责？",
        record_title="【判例拆解】窗外晾鞋架坠落砸伤路人，谁来担责？—鉴衡律师事务所",
        date=None,
        notes="a law firm's case note without a date (a season in the text is no date): a lawyer card, a consult float with "
        "a 400 line, a 本文链接 block and a reprint notice",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【判例拆解】窗外晾鞋架坠落砸伤路人，谁来担责？—鉴衡律师事务所</title>
<script src="/static/law/site.min.js"></script>
</head><body>
<header><div class="logo">⟦m 鉴衡律师事务所　以专业守护公正⟧</div>
<nav>⟦m 首页　律所简介　专业领域　律师团队　案例解析　联系我们⟧</nav></header>
<div class="bread">⟦m 首页 / 案例解析 / 侵权责任⟧</div>
<article>
<h1>{T}</h1>
<div class="lawyer-card">⟦m 撰稿：祁书远 律师　擅长：侵权责任、物业纠纷⟧</div>
<div class="article-body">
{BODY}
</div>
<div class="permalink">⟦m 本文地址：https://www.jianheng-law.com/alfx/212.html⟧</div>
<div class="repost">⟦d 本文为鉴衡律所原创，转发请保留出处及作者⟧</div>
</article>
<div class="consult-float">⟦w 遇到类似纠纷？免费咨询 400-837-1253⟧　⟦a 在线留言⟧</div>
<footer>⟦m 鉴衡律师事务所　地址：馃阳县滨江路66号　蜀ICP备19021187号⟧</footer>
</body></html>
""",
        body="""
【案情】馃阳县某小区五楼住户蓝某在窗外安装的铁制晾鞋架因螺丝锈蚀脱落，砸中楼下路过的邓某头部，邓某住院治疗21天。蓝某认为晾鞋架是前任房主装的，自己不该赔。
【分析】根据民法典的规定，建筑物上的搁置物、悬挂物发生脱落、坠落造成他人损害，所有人、管理人或者使用人不能证明自己没有过错的，应当承担侵权责任。蓝某作为房屋的所有人和使用人，负有检查维护窗外悬挂物的义务，不能以“前房主安装”为由免责。
【结果】法院判决蓝某赔偿邓某医疗费、误工费等共计4.6万元。
【律师提示】窗外的晾鞋架、花架要定期检查，锈蚀松动的及时拆除，搬进二手房时更要仔细查看。
""",
    ),
    dict(
        slug="law-guanlan-letter-laundry-bag-design-patent",
        site="观澜律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.guanlan-lawyer.cn/wenshu/lsh/88.html",
        title="关于停止侵犯洗衣袋外观设计专利权的律师函",
        record_title="关于停止侵犯洗衣袋外观设计专利权的律师函（公开版）- 观澜律师事务所",
        date="2024-08-19",
        notes="a lawyer's letter (函) with the firm's own 联系人/电话 next to the site's 400 line; a patent number with ×× "
        "placeholders; 成文日期 in Chinese numerals; a not-legal-advice notice",
        page="""
!m 观澜律师事务所 · 知识产权团队
!m 首页 ＞ 律师文书 ＞ 律师函
!t 关于停止侵犯洗衣袋外观设计专利权的律师函（公开版）
!m 发布者：观澜律所　浏览 403
{BODY}
!w 遇到侵权纠纷？观澜律师一对一解答：400-819-6600
!d 本文为公开示例，已隐去部分信息，不构成对具体案件的法律意见。
!m 观澜律师事务所　地址：缍山县府前街18号金融大厦11楼
""",
        body="""
致：籺湖市宜居家居用品商行
本所接受缍山县澄净家纺有限公司（以下简称“委托人”）的委托，就贵商行销售侵犯委托人外观设计专利权产品一事，郑重致函如下：
委托人是“分格式洗衣袋”外观设计专利（专利号：ZL2022××××××××.×）的专利权人，该专利至今合法有效。经委托人调查，贵商行在网店销售的“三格网眼洗衣袋”，外观与上述专利设计基本相同。
现特函告贵商行：请于收到本函之日起七日内停止销售上述产品，下架相关商品链接，并与本所律师联系处理后续事宜。逾期未处理的，委托人将依法追究贵商行的法律责任。
联系人：闻静姝律师，电话：0819-3166520
观澜律师事务所
二〇二四年八月十九日
""",
    ),
]
