"""holdout56, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="fanwen-mifeng-speech-beekeeping-html",
        site="笔耕坊范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bigengfang.cn/jh/nongye/7731.html",
        title="在全县蜂产业高质量发展推进会上的讲话",
        record_title="在全县蜂产业高质量发展推进会上的讲话（精选范本）_笔耕坊",
        date="2025-04-17",
        notes="old table layout; date under the speech title; speaker line neutral",
        page="""
<html><head><meta charset="gb2312"><title>在全县蜂产业高质量发展推进会上的讲话（精选范本）_笔耕坊</title>
<script>var _hm=_hm||[];</script></head><body>
<table width="960" align="center"><tr><td><div class="logo">⟦m 笔耕坊范文 · 一支笔耕出好材料⟧</div></td>
<td><marquee>⟦m 本站新增讲话稿二百余篇，欢迎常来看看⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="200" valign="top">
<div class="menu">⟦l 栏目导航：讲话致辞 | 工作总结 | 述职报告 | 心得体会⟧</div>
<div class="hot">⟦l 本周热读：乡村振兴调研报告⟧<br>⟦l 本周热读：春耕动员会主持词⟧</div>
</td><td valign="top">
<div class="pos">⟦m 你在这里：笔耕坊 &gt;&gt; 讲话致辞 &gt;&gt; 农业讲话⟧</div>
<h1>{T}</h1>
<div>（2025年4月17日）</div>
<div>副县长　柯望舒</div>
<div class="tool">⟦a 〔调大字体〕〔还原〕〔存为文档〕⟧</div>
{BODY}
<div>⟦a 喜欢这篇？点此一键导出，排版好的Word马上到手⟧</div>
<div>⟦l 下一篇：在全县油料作物推广现场会上的发言⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 声明：范文仅作写作参考，照抄照搬后果自负⟧<br>⟦m 笔耕坊 bigengfang.cn 桂ICP备20118837号⟧<br>⟦m 今日访问：3318　累计访问：1209645⟧</td></tr></table>
<script>document.write('');</script></body></html>
""",
        body="""
同志们：
这次会议的主要任务是，总结去年全县蜂产业发展情况，部署今年蜂产业提质增效工作。
一、看清底子。全县现有蜂农2140户，存养蜂群8.6万箱，去年产蜂蜜1320吨，蜂产品综合产值突破2亿元。⟦w 讲话稿定制找小耕，微信 bgf_xg01⟧
二、抓住关键。一是推广中蜂活框饲养，二是建设两个标准化摇蜜车间，三是培育“蜜岭百花”区域品牌，让好蜜卖出好价钱。
⟦l 相关范文：县长在特色农业大会上的讲话⟧
三、压实责任。各乡镇要明确一名分管领导专抓蜂业，县农业农村局要每季度通报一次进度。
同志们，小蜜蜂连着大产业。希望大家真抓实干，推动蜂产业再上新台阶！
""",
    ),
    dict(
        slug="fanwen-jiaoyou-summary-post-office",
        site="妙笔阁 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.miaobige.net/zongjie/2025/0311/55120.html",
        title="桑浦镇邮政所2024年度工作总结",
        record_title="【优选】桑浦镇邮政所2024年度工作总结（通用2篇）",
        date="2025-01-06",
        notes="decorated title; 成文日期 under the signature; chrome glued before a 。-ending line",
        page="""
!m 妙笔阁 — 好范文，一搜就有
!m 位置：首页 / 总结大全 / 单位总结
!t 【优选】桑浦镇邮政所2024年度工作总结（通用2篇）
!m 整理：阁主小段　收录于：3天前　热度：886
!a 【全文复制】【下载本篇】
{T}
{BODY}
!a 内容未完？开通阁中会员，全站范文随心下
!w 定制总结请扫码添加编辑（工作日9:00-18:00）
!l 猜你还想看：
!l ▪ 乡镇快递物流服务站年度总结
!l ▪ 邮政网点营业员个人总结
!d 本文由网友投稿，版权归原作者，侵权请留言删除。
!m © 妙笔阁 miaobige.net 皖ICP备19033206号
""",
        indent="\u3000\u3000",
        body="""
2024年，桑浦镇邮政所在区分公司的指导下，围绕“寄递下乡、服务进村”目标，较好完成了全年各项任务。
一、业务发展。全年收寄包裹6.8万件，同比增长21%；代收农产品快件1.2万件，其中蚕丝被、桑葚干占六成。
二、网点建设。新建村级寄递服务点9个，全镇14个行政村实现寄递服务全覆盖。⟦a 点此展开剩余内容⟧
三、存在问题。投递人员偏少，雨季山区投递时效难以保证。
四、明年打算。增设两条农村投递线路，试行“邮件+农资”代购代投。
桑浦镇邮政所
2025年1月6日
""",
    ),
    dict(
        slug="wenku-yanchuan-plan-page-markers",
        site="藏文阁文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.cangwenge.com/view/a8c71f02e3.html",
        title="砚川县制砚技艺传承保护实施方案",
        record_title="砚川县制砚技艺传承保护实施方案.docx",
        date="2025-02-20",
        notes="file-name title; page markers 〘n〙 glued mix; date under signature in Chinese numerals",
        page="""
!m 藏文阁文库｜海量文档在线读
!m 文库首页 > 行业资料 > 文化旅游
砚川县制砚技艺传承保护实施方案.docx
!m 页数：6　大小：41KB　上传者：wenyou_2231　上传于：2025-03-02
!a 阅读已到免费部分末尾，付费2元读全文
{BODY}
!a 还剩4页未读，继续阅读请使用文库币
!l 同类文档：非遗工坊建设方案｜传统工艺振兴计划
!d 本文档由用户自行上传，文库不对内容真实性负责。
""",
        pages=dict(fmt="〘{n}〙", every=120, start=2, glue="mix"),
        body="""
为保护和传承砚川制砚技艺，推动非遗工坊可持续发展，结合我县实际，制定本方案。
一、总体目标。到2027年，培养县级以上制砚传承人30名，建成砚雕非遗工坊5个，形成石料开采、雕刻、销售一体的产业链条。
二、主要任务。（一）开展传承人认定，每年举办一期制砚技艺研修班；（二）设立老艺人口述史档案，完成20位老艺人影像记录；（三）支持砚台进景区、进展馆、进校园。
三、保障措施。县财政每年安排专项资金80万元，县文化和旅游局负责统筹，各乡镇抓好落实。
砚川县文化和旅游局
二〇二五年二月二十日
""",
    ),
    dict(
        slug="wenku-juwan-report-html-preview",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiyewk.com/p-90318822.html",
        title="关于橘湾县脐橙产业发展情况的调研报告",
        record_title=None,
        date=None,
        notes="title missing from record, found on the page; year only in the body; upload stamp no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>知页文库 - 在线阅读</title>
<script src="/js/reader.min.js"></script><style>.pg{margin:8px}</style></head><body>
<header class="top"><span>⟦m 知页文库 · 读懂每一页⟧</span><nav>⟦l 首页 精品 专题 排行 上传赚钱⟧</nav></header>
<aside class="info"><ul><li>⟦m 贡献者：橘子不酸　上传时间：2小时前⟧</li><li>⟦m 浏览 532 次 · 文档格式 DOC⟧</li></ul></aside>
<main><h1>{T}</h1>
<div class="bar">⟦a 立即下载　加入文件夹　举报⟧</div>
<div class="pg">
{BODY}
</div>
<div class="mask">⟦a 预览结束，开通知页VIP畅读全部文档⟧</div>
<section class="rel"><h3>⟦l 大家还在看⟧</h3><ul><li>⟦l 柑橘黄龙病防控工作方案⟧</li><li>⟦l 特色水果产业调研报告⟧</li></ul></section></main>
<footer>⟦d 文档内容仅供参考，如有侵权请联系平台处理⟧<p>⟦m 知页文库 zhiyewk.com 湘ICP备21007712号-1⟧</p></footer>
</body></html>
""",
        pages=dict(fmt="- {n} / 3 -", every=130, start=2),
        body="""
按照县委安排，调研组深入全县8个乡镇、23家合作社，对脐橙产业发展情况进行了调研。
一、基本情况。全县脐橙种植面积11.4万亩，挂果面积7.9万亩，年产量约16万吨，从业农户1.8万户。
二、主要问题。一是品种老化，纽荷尔品种占比过高；二是采后处理能力不足，分选线仅6条；三是品牌杂乱，“橘湾脐橙”公用品牌使用不规范。
三、对策建议。建议设立品种改良示范园，新建冷库和分选线，统一包装标识，推动电商直播常态化。
""",
    ),
    dict(
        slug="gov-luzhou-notice-bird-html",
        site="鹭川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.luchuan.gov.cn/zwgk/tzgg/202510/t20251020_88412.html",
        title="关于做好2025年秋冬季候鸟保护工作的通知",
        record_title="关于做好2025年秋冬季候鸟保护工作的通知_鹭川县人民政府",
        date="2025-10-20",
        notes="modern portal with 索引号 table; 文号 neutral; contact lines kept; 附件 list kept",
        page="""
<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>关于做好2025年秋冬季候鸟保护工作的通知_鹭川县人民政府</title>
<script>(function(){var s=document.createElement('script');})();</script></head><body>
<div class="topbar">⟦a 长者模式 | 无障碍浏览 | 繁體⟧</div>
<header><div class="logo">⟦m 鹭川县人民政府 鹭川县政府门户网站⟧</div>
<nav><a>⟦l 首页⟧</a><a>⟦l 政务公开⟧</a><a>⟦l 办事服务⟧</a><a>⟦l 互动交流⟧</a></nav></header>
<div class="path">⟦m 当前所处：首页 » 政务公开 » 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：011482736/2025-01893⟧</td><td>⟦m 发文机关：鹭川县林业局⟧</td></tr>
<tr><td>⟦m 主题分类：林业⟧</td><td>⟦m 生成日期：2025-10-20⟧</td></tr></table>
<h2>{T}</h2>
<p class="wh">鹭林发〔2025〕31号</p>
<div class="txt">
{BODY}
</div>
<div class="ops">⟦a 【打印此页】【关闭本页】【分享至微博】⟧</div>
<aside><h4>⟦l 相关阅读⟧</h4><ul><li>⟦l 县林业局开展湿地巡护专项行动⟧</li></ul></aside>
<footer><p>⟦m 主办：鹭川县人民政府办公室　网站标识码：4309230017⟧</p><p>⟦m 湘ICP备12004466号　湘公网安备43092302000118号⟧</p><p>⟦m 网站纠错电话：0737-6621004⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关单位：
每年10月至次年3月是候鸟迁徙越冬的关键时期。为切实保护鹭湖湿地候鸟资源，现就有关事项通知如下。
一、加强巡护。各乡镇要组织护鸟队伍，对鹭湖、白沙洲等重点区域实行每日巡护。
二、严打违法。县森林公安要会同市场监管部门，严厉打击非法猎捕、收购、出售候鸟行为。
三、广泛宣传。各村要在显眼位置张贴护鸟公告，群众发现受伤候鸟可拨打救护电话。
联系人：卢晓鸥，联系电话：0737-6628815，邮箱：lcxlyj@126.com
附件：1.鹭川县候鸟重点保护区域名录
2.候鸟救护登记表
鹭川县林业局
2025年10月20日
""",
    ),
    dict(
        slug="gov-guyuan-report-mushroom-text",
        site="菇源县人民政府 (invented)",
        style="政府门户",
        genre="工作报告",
        kind="report",
        form="text",
        source="http://www.guyuan.gov.cn/xxgk/ghjh/202503/t20250314_2214.html",
        title="菇源县食用菌产业三年行动计划执行情况报告",
        date="2025-03-14",
        record_date="2025-03-14",
        notes="record gives title and date; data table kept; chrome between paragraphs",
        page="""
!m 菇源县人民政府　www.guyuan.gov.cn
!m 首页 | 信息公开 | 规划计划
{T}
!m 来源：县农业农村局　发布日期：2025-03-14　访问量：[1423]
!a 字体：【大】【中】【小】　打印　关闭
{BODY}
!l 上一条：菇源县2025年春季造林绿化工作方案
!l 下一条：关于公布县级农业产业化龙头企业名单的通知
!m 版权所有：菇源县人民政府　闽ICP备05022918号
""",
        indent="\u3000\u3000",
        body="""
2022年以来，我县全面实施食用菌产业三年行动计划，现将执行情况报告如下。
一、主要指标完成情况
指标　计划　完成
香菇年产量（万吨）　12　13.6
菌棒年生产量（亿棒）　1.5　1.72
⟦m 本信息由县政务公开办审核发布⟧
带动农户（户）　8000　9216
二、存在问题。菌材林资源紧缺，部分菇棚设施老化。
三、下步工作。推广菌渣循环利用，建设菌菇交易中心。
""",
    ),
    dict(
        slug="news-haidai-html-photo-caption",
        site="澳湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.aowannews.cn/local/2025-11/03/content_612230.htm",
        title="澳湾海带开启秋季夹苗 今年养殖面积达3.2万亩",
        record_title="澳湾海带开启秋季夹苗 今年养殖面积达3.2万亩 - 澳湾新闻网",
        date="2025-11-03",
        notes="byline publish time is the date; photo caption between paragraphs; editor glued after last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>澳湾海带开启秋季夹苗 今年养殖面积达3.2万亩 - 澳湾新闻网</title>
<script async src="https://stat.aowannews.cn/t.js"></script></head><body>
<div class="nav">⟦l 首页 · 本地 · 民生 · 视频 · 专题 · 数字报⟧</div>
<div class="crumbs">⟦m 澳湾新闻网 ＞ 本地新闻 ＞ 正文⟧</div>
<article><h1>{T}</h1>
<div class="byline">⟦m 2025-11-03 08:52　来源：澳湾日报　记者 潘汐⟧</div>
<div class="share">⟦l 分享到：微信 QQ空间 微博⟧</div>
{BODY}
</article>
<div class="tags">⟦l 标签：海带 夹苗 海水养殖⟧</div>
<div class="more"><h3>⟦l 推荐阅读⟧</h3><p>⟦l 澳湾港渔民转产培训班开班⟧</p></div>
<footer>⟦d 本网原创稿件，未经授权不得转载⟧<br>⟦m 新闻热线：0596-5230110⟧<br>⟦m 闽ICP备10008321号⟧</footer>
</body></html>
""",
        body="""
近日，澳湾镇各海带养殖区进入秋季夹苗期，渔民们驾船往返于苗场与海区之间，一派繁忙景象。
据镇农业服务中心介绍，今年全镇海带养殖面积达3.2万亩，比去年增加2000亩。
⟦m 图为渔民在海上分苗夹苗。　潘汐 摄⟧
养殖户林大海说，今年苗种好，又有保险兜底，大家心里更踏实了。
镇里还请来省水产研究所专家现场指导，帮助养殖户改进挂苗密度。⟦m （编辑：郑蓝）⟧
""",
    ),
    dict(
        slug="news-zhongxi-text-clock-repair",
        site="钟溪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.zhongxirm.com/a/2025/06/18/93012.shtml",
        title="老钟表匠的新徒弟",
        record_title=None,
        date="2025-06-18",
        notes="title missing, repeated on the page; date only in a 发布于 line",
        page="""
!m 钟溪融媒　看钟溪，就上钟溪融媒
!a 打开APP，阅读体验更佳
{T}
!m 发布于 2025年06月18日 10:15　来源：钟溪融媒体中心　阅读 1.1万
{BODY}
!a 点赞 32　收藏　转发
!l 热门推荐
!l 钟溪古街修缮完工 下月起开放
!l 夏季用电高峰来临 这些安全提示请收好
!d 版权声明：本文系钟溪融媒原创，转载请注明出处
""",
        body="""
在钟溪老街的一间小铺里，71岁的钟表匠汤守时正在教两名年轻人拆装机械表芯。
“修表急不得，一个齿轮装反了，整块表就不走了。”汤师傅一边说，一边示范。
去年，老街修表技艺被列入县级非遗名录，县文化馆为汤师傅招来了两名学徒。
⟦a 听全文 03:12⟧
学徒小蒋说，自己已经能独立清洗表芯，下一步要学调校游丝。
""",
    ),
    dict(
        slug="forum-yangfeng-post-junk-text",
        site="蜜友之家论坛 (invented)",
        style="论坛",
        genre="经验总结",
        kind="summary",
        form="text",
        source="http://bbs.miyouzj.com/thread-44812-1-1.html",
        title="中蜂过冬管理经验总结",
        record_title="[经验分享] 中蜂过冬管理经验总结 - 养蜂技术区 - 蜜友之家",
        date="2024-12-02",
        date_also=["2025-01-09"],
        notes="forum junk lines and glued; post date and signature date differ",
        page="""
!m 蜜友之家论坛 » 养蜂技术区 » 查看内容
!t [经验分享] 中蜂过冬管理经验总结 - 养蜂技术区 - 蜜友之家
!m 楼主：老蜂头　发表于 2025-1-9 20:31　只看该作者
!m 查看: 2219 | 回复: 37
{BODY}
!l 回复 支持(12) 反对(0)
!m 沙发：蜜罐子　发表于 2025-1-9 21:02
!l 学习了，楼主辛苦
!a 您需要登录后才可以回帖 登录 | 立即注册
!m Powered by Discuz! X3.4　© 蜜友之家
""",
        junk=dict(lines=2, glued=2),
        body="""
各位蜂友，结合我这几年在山里养中蜂的体会，把过冬管理的做法整理如下。
一是早留足饲料。入冬前每群要留足蜜脾，不够的要及时补喂浓糖浆。
二是合并弱群。群势不足三框的，要及时合并，避免冻死。
三是做好保温。蜂箱外用稻草包裹，巢门缩小到一个蜂路宽。
四是少开箱。冬季晴天中午可以短时检查，其他时间尽量不开箱。
以上供参考，欢迎补充。
老蜂头
2024年12月2日
""",
    ),
    dict(
        slug="forum-shidiao-html-discuz",
        site="石匠论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://www.shijiangbbs.com/forum.php?mod=viewthread&tid=5520",
        title="石雕从业者安全生产倡议书",
        record_title="石雕从业者安全生产倡议书 - 行业交流 - 石匠论坛",
        date="2025-05-08",
        notes="Discuz-like HTML with jammer fonts; date under signature",
        page="""
<html><head><meta charset="utf-8"><title>石雕从业者安全生产倡议书 - 行业交流 - 石匠论坛</title>
<script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 石匠论坛 - 石雕人自己的家⟧<div class="nv">⟦l 论坛 | 作品展 | 求购 | 招工⟧</div></div>
<div id="pt">⟦m 石匠论坛 › 行业交流 › 石雕从业者安全生产倡议书⟧</div>
<div class="pi">⟦m 楼主 凿子张 | 发表于 2025-5-9 08:11⟧</div>
<div class="pi">⟦m 阅读权限 10 | 积分 2361⟧</div>
<h1>{T}</h1>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复 引用 举报 支持 反对⟧</div>
<div class="fastpost">⟦a 登录后才可以发表回复⟧</div>
<div id="ft">⟦m 石匠论坛 shijiangbbs.com 闽ICP备17055610号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=2),
        body="""
全县石雕从业者：
石雕加工粉尘大、工具锋利，安全生产关系每一位工友的身体健康。为此，我们倡议：
一、作业时必须佩戴防尘口罩和护目镜。
二、切割机、打磨机用前要检查，用后要断电。
三、车间要安装除尘设施，定期通风。
四、发现安全隐患及时报告，不冒险作业。
惠石县石雕行业协会
2025年5月8日
""",
    ),
    dict(
        slug="blog-sangcan-html-tag-cloud",
        site="桑园笔记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://sangyuanbiji.blog.cn/post/2025/07/silkworm-training.html",
        title="参加蚕桑技术培训的几点体会",
        record_title="【随记】参加蚕桑技术培训的几点体会 | 桑园笔记",
        date="2025-07-12",
        notes="blog with tag cloud and archive; post time in brackets",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>【随记】参加蚕桑技术培训的几点体会 | 桑园笔记</title>
<script>window.dataLayer=[];</script></head><body>
<header><h2>⟦m 桑园笔记 —— 一个蚕农的日常⟧</h2><nav>⟦l 首页 归档 关于我 留言板⟧</nav></header>
<main><h1>{T}</h1>
<p class="meta">⟦m [2025-07-12 21:40] 分类：农事 | 阅读(318) | 评论(6)⟧</p>
{BODY}
<p class="copy">⟦d 原创文章，转载请注明出处：桑园笔记⟧</p>
<div class="nav2">⟦l « 上一篇：夏蚕小蚕共育记录⟧<br>⟦l 下一篇：桑树夏伐要点 »⟧</div>
<div class="cmt">⟦l 发表评论⟧<br>⟦l 昵称（必填）　邮箱（不公开）⟧</div></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 养蚕 桑树 培训 乡村⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2025年7月 (4)⟧</p></aside>
<footer>⟦m Powered by WordPress · 桑园笔记⟧</footer>
</body></html>
""",
        body="""
七月上旬，我参加了县农业农村局组织的为期五天的蚕桑技术培训，收获很多。
第一，养蚕要讲科学。过去凭经验，现在学会了看温湿度表、用消毒药。
第二，桑园要管好。老师讲的桑树修剪和病虫防治方法，回家就能用。
第三，抱团才能闯市场。几户蚕农准备成立合作社，统一收茧、统一议价。
以后我还会把养蚕的新做法记在这里，和大家交流。
""",
    ),
    dict(
        slug="blog-wuyou-text-puppet-wrapped",
        site="木偶人的小屋 (invented)",
        style="博客",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://blog.xinyunjian.com/muouren/archives/1182",
        title="在提线木偶传承班结业典礼上的讲话",
        record_title="在提线木偶传承班结业典礼上的讲话 - 木偶人的小屋",
        date="2025-09-26",
        notes="hard-wrapped; date under title in Chinese numerals; speaker role kept as given",
        page="""
!m 木偶人的小屋 - 新云间博客
!m 首页 › 日志 › 非遗随笔
{T}
（二〇二五年九月二十六日）
剧团团长　欧阳线
!m 作者：木偶人　2025-09-28 09:30　阅读 204
{BODY}
!l 分享到：QQ空间 新浪微博 豆瓣
!l 本文已被收录进专题：戏曲传承
!d 博客内容为博主个人观点，与本站无关
""",
        indent="\u3000\u3000",
        wrap=62,
        body="""
各位学员、各位老师：
三个月的传承班今天结业了。十八位学员从学提线、学走台开始，已经能完整演出《闹龙宫》一折，我很欣慰。
提线木偶是我们县传了三百多年的手艺，一根线连着几代人的心血。希望大家结业不散伙，常回剧团练功。
剧团明年将组织下乡巡演六十场，欢迎结业学员报名参加。
谢谢大家！
""",
    ),
]
