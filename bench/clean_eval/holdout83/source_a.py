"""holdout83, part A: 范文 sites, 文库 previews, county portals, news portals, forums. Invented text."""

CASES = [
    dict(
        slug="fanwen-lunxi-waterwheel-speech-html-old-table",
        site="笔耕轩范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.bigengxuan.cc/jh/2025/0611/88213.asp",
        title="在轮溪镇古水车修缮开工仪式上的讲话",
        record_title="【精选】在轮溪镇古水车修缮开工仪式上的讲话（通用2篇）_笔耕轩",
        date="2025-06-10",
        notes="old gb2312 table layout with marquee and counter; decorated title; date under the speech title; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【精选】在轮溪镇古水车修缮开工仪式上的讲话（通用2篇）_笔耕轩</title>
<script language="javascript">function addfav(){window.external.AddFavorite(location.href,document.title)}</script>
</head><body>
<table width="960" align="center"><tr><td>⟦m 笔耕轩范文 · 写稿不求人⟧</td><td align="right"><a href="#" onclick="addfav()">⟦a 〖收进我的书签〗⟧</a> <a href="/">⟦a 〖设成浏览器主页〗⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee>⟦m 笔耕轩新开“致辞演讲”频道，每日更新二十篇⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 所在位置：笔耕轩 → 致辞演讲 → 仪式讲话⟧</div>
<h2>{T}</h2>
<div>⟦m 录入：松烟　　更新：2025-06-11　　人气：⟧<script>document.write(1377)</script></div>
<div>⟦a 【字号：放大 默认 缩小】⟧</div>
<p>镇党委书记　韦承川</p>
<p>（2025年6月10日）</p>
{BODY}
<div>⟦a 〖复制本篇〗〖存为文档〗〖打印本页〗〖关闭〗⟧</div>
</td><td width="240" valign="top">
<div>⟦l ≡ 同类文章排行 ≡⟧</div>
<div><a href="/1">⟦l 古建筑修缮工程开工致辞⟧</a></div>
<div><a href="/2">⟦l 文物保护单位挂牌仪式讲话⟧</a></div>
<div>⟦w 在线约稿：QQ 2208761349（工作日在线）⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 累计访问：0089213 人次⟧</td></tr>
<tr><td>⟦d 文章由会员投递，内容仅供参考借鉴，若侵犯您的权益请留言，核实后删除。⟧</td></tr>
<tr><td>⟦m Copyright 2009-2025 bigengxuan.cc 浙ICP备10084215号⟧</td></tr></table>
</body></html>
""",
        body="""
各位乡亲、同志们：
今天，轮溪古水车修缮工程正式开工了。这架水车建于清代，转了一百多年，灌过轮溪两岸八百多亩稻田，是全镇人共同的记忆。
去年汛期，水车主轴断裂、叶板脱落十一片，村民自发捐款四万三千元，县里又安排了文物保护资金，才有了今天的开工。
我提三点要求：一是修旧如旧，木料、榫卯都按老样子来；二是安全施工，涉水作业必须有专人看护；三是账目公开，每一笔捐款都要张榜公示。
希望大家共同把这件好事办好，让老水车重新转起来。谢谢大家！
""",
    ),
    dict(
        slug="fanwen-hengling-steelyard-summary-text",
        site="公文范本之窗 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://gwfbzc.net/zj/bumen/55107.html",
        title="衡岭县市场监管局2024年杆秤计量专项检查工作总结",
        record_title="衡岭县市场监管局2024年杆秤计量专项检查工作总结（可编辑）",
        date="2024-12-20",
        notes="decorated title; writing-service prompt glued after a sentence and a member box between paragraphs; Chinese-numeral 成文日期",
        page="""
!m 公文范本之窗 ▏ 找范本 · 改范本 · 用范本
!m 位置：范本库 / 总结 / 部门总结
!t 衡岭县市场监管局2024年杆秤计量专项检查工作总结（可编辑）
!m 整理：宁宁　入库：2024-12-28　浏览 906
{BODY}
!a 会员可一键导出本篇（保留原格式）
!l 相邻范本：计量器具强制检定工作总结 | 农贸市场公平秤设置方案
!d 范本内容来源于网络及会员分享，仅作写作参考。
!m gwfbzc.net ©2025 湘ICP备20031877号
""",
        body="""
今年以来，我局针对农贸市场、乡镇集市仍在使用的木杆秤开展计量专项检查，共检查集市19个、杆秤612杆。⟦w 写不出来？资深笔杆一对一代笔，微信 fb_window88⟧
检查发现，准确度不合格的杆秤47杆，主要是秤砣磨损、星点模糊，已全部责令停用并登记造册。
⟦a 开通年卡会员，本站范本不限次下载 >>⟧
下一步，我们将联合制秤老艺人开展免费校秤服务，并在每个集市设置公平秤，方便群众复秤。
衡岭县市场监督管理局
二〇二四年十二月二十日
""",
    ),
    dict(
        slug="wenku-chengshan-millstone-survey-pages",
        site="墨香文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.moxiangdoc.com/p-30918827.html",
        title="关于砻坪乡石磨豆腐作坊发展情况的调研报告",
        record_title="关于砻坪乡石磨豆腐作坊发展情况的调研报告.docx",
        date="2025-04-18",
        notes="file-name record title; page markers of this part's own form cut paragraphs; preview-end prompt",
        page="""
!m 墨香文库 — 文档预览
!m 上传者：lp_wen2020　　页数：4页　　大小：31KB　　上传于：2025-05-02
!a 免费预览已结束，剩余 2 页需开通会员后阅读
{T}
{BODY}
!a ▲ 点击展开剩余内容（本文档共 4 页）
!d 本文档由用户上传，墨香文库仅提供存储服务，如有侵权请联系平台处理。
!l 相关文档：石磨坊非遗申报材料 | 乡村特色小吃产业调查
""",
        pages=dict(fmt="⁅{n}⁆", every=60, start=2),
        body="""
为了解石磨豆腐作坊的生产经营情况，乡农办于三月中旬走访了全乡七个村的二十三家作坊，召开座谈会三场，形成本报告。
一、基本情况。全乡现有石磨豆腐作坊二十三家，从业人员六十一人，日均用豆约一千二百斤，产品主要销往县城和周边集镇。
二、存在问题。一是石磨老化，部分磨盘已磨平，需要重新錾齿；二是作坊多在自家厨房，卫生条件参差不齐；三是年轻人不愿接手，后继乏人。
三、几点建议。建议由乡里牵头建一处共享磨坊，统一办理食品小作坊登记，并请老师傅带徒传艺。
砻坪乡农业综合服务中心
2025年4月18日
""",
    ),
    dict(
        slug="wenku-suohu-raincoat-plan-pages-glued",
        site="知页文档 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.zhiyedoc.cn/view/8821736.html",
        title="蓑湖村棕编蓑衣技艺传承工作方案",
        record_title=None,
        date=None,
        notes="no record title (found on the page); glued markers in a wrapped text; no date (year in title none; upload stamp only)",
        page="""
!m 知页文档　|　让知识流动起来
!a 登录后可下载 Word 原文　　【立即登录】
{T}
!m 贡献者：棕叶青青　上传时间：2025/03/11 09:20　下载次数：12
{BODY}
!a 阅读已达上限，开通畅读卡继续浏览全文
!l 你可能还在找：棕编技艺调查报告｜非遗传承人申报表｜乡村工匠培训计划
!m © 知页文档 zhiyedoc.cn
""",
        wrap=60,
        pages=dict(fmt="≺{n}≻", every=50, start=2, glue=True),
        body="""
为保护棕编蓑衣这一传统技艺，结合本村实际，制定本方案。
一、工作目标。用两年时间培养棕编学徒十名，整理技艺图谱一套，建成蓑衣展示室一间。
二、主要措施。一是请村里三位老艺人每周授课一次，学徒按件领取补贴；二是收集老蓑衣、棕刷等实物，登记编号后入室展示；三是与县文化馆合作拍摄制作过程视频。
三、保障措施。村两委明确一名干部专门负责，所需经费从村集体收入中列支，每季度公开一次。
""",
    ),
    dict(
        slug="gov-lunxi-waterwheel-notice-html-index-table",
        site="轮溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.lunxi.gov.cn/zwgk/tzgg/202505/t20250520_77102.html",
        title="轮溪县水利局关于开展汛前水车堰坝安全排查的通知",
        record_title="轮溪县水利局关于开展汛前水车堰坝安全排查的通知_轮溪县人民政府",
        date="2025-05-19",
        notes="modern county portal with 索引号 table, 关怀版 row; document number neutral; contact line of the document kept next to the portal hotline; 附件 list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>轮溪县水利局关于开展汛前水车堰坝安全排查的通知_轮溪县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var siteId = "lx001";</script></head>
<body>
<header><div class="logo">⟦m 轮溪县人民政府⟧</div>
<div class="tools"><a>⟦a 无障碍浏览⟧</a> <a>⟦a 适老模式⟧</a> <a>⟦a 繁體⟧</a></div>
<nav><a>⟦m 首页⟧</a> <a>⟦m 政务公开⟧</a> <a>⟦m 政务服务⟧</a> <a>⟦m 互动交流⟧</a> <a>⟦m 走进轮溪⟧</a></nav></header>
<div class="loc">⟦m 您所在的位置： 首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：11331205MB1L0772X/2025-01136⟧</td><td>⟦m 发布机构：县水利局⟧</td></tr>
<tr><td>⟦m 公开方式：主动公开⟧</td><td>⟦m 成文日期：2025-05-19⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="doc-no">轮水〔2025〕21号</div>
<div class="article">
{BODY}
</div>
<div class="bar">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享：微博 | 微信 | QQ空间⟧</div>
<aside><h4>⟦l 相关阅读⟧</h4><ul><li>⟦l 县防指关于做好主汛期准备工作的通知⟧</li><li>⟦l 2025年全县水毁工程修复计划公示⟧</li></ul></aside>
<footer><p>⟦m 主办：轮溪县人民政府办公室　承办：县大数据发展中心⟧</p><p>⟦m 网站标识码：3311250008　浙ICP备05033210号⟧</p><p>⟦m 政务服务热线：0578-12345⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县级有关单位：
汛期将至，为确保全县现存水车及配套堰坝安全度汛，现就开展汛前安全排查有关事项通知如下。
一、排查范围：全县登记在册的木水车三十四座及其引水堰坝、渠首闸门。
二、排查内容：主轴、辐条和叶板是否腐朽松动，堰坝有无渗漏、冲刷，警示标志是否齐全。
三、时间要求：请于5月31日前完成排查，6月3日前将排查表报送县水利局农水科。
联系人：邵明和，电话：0578-3221074。
附件：1. 水车堰坝汛前安全排查表
2. 隐患整改台账
轮溪县水利局
2025年5月19日
""",
    ),
    dict(
        slug="gov-dengcheng-steelyard-plan-html-modern",
        site="戥城市场监管网 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="html",
        source="https://scjg.dengcheng.gov.cn/art/2025/3/4/art_2210_91120.html",
        title="戥城区“放心秤”进集市活动实施方案",
        record_title="戥城区“放心秤”进集市活动实施方案",
        date="2025-03-04",
        notes="record title plain; byline 发布日期 is the page date; data table rows kept; chrome glued before a sentence",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>戥城区“放心秤”进集市活动实施方案-戥城区市场监督管理局</title>
<link rel="stylesheet" href="/css/main.css"><script>window.__stat='dcscjg';</script></head><body>
<div class="topbar">⟦m 欢迎访问戥城区市场监督管理局网站⟧ <span>⟦a 手机版⟧</span> <span>⟦a 长辈版⟧</span></div>
<div class="menu"><ul><li>⟦m 机构概况⟧</li><li>⟦m 信息公开⟧</li><li>⟦m 计量标准⟧</li><li>⟦m 投诉举报⟧</li></ul></div>
<div class="crumbs">⟦m 首页 » 信息公开 » 工作计划⟧</div>
<div class="title"><h2>{T}</h2></div>
<div class="meta">⟦m 发布日期：2025-03-04　信息来源：计量科　访问量：211⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fontset">⟦a 字体：[ 大 中 小 ]⟧　⟦a 打印⟧</div>
<div class="sidebar"><div>⟦l 热点信息⟧</div><ul><li>⟦l 关于公布2025年第一批计量器具检定结果的通告⟧</li><li>⟦l 电子计价秤作弊行为查处情况⟧</li></ul></div>
<div class="foot">⟦m 戥城区市场监督管理局 版权所有　地址：戥城区衡星路18号⟧<br>⟦m 投诉举报：12315⟧</div>
</body></html>
""",
        body="""
为维护集市交易公平，保护传统杆秤使用群体的合法权益，制定本方案。
一、活动时间：2025年3月至10月。
二、活动安排如下：
月份　集市　服务内容
3月　戥城老街集　杆秤免费校准
5月　衡星集　公平秤设置
8月　砣湾集　计量知识宣传
三、工作要求。⟦a 点击收听本文⟧各所要提前公告服务时间，校准结果当场告知摊主，对不合格且无法修复的杆秤予以登记并劝导更换。
""",
    ),
    dict(
        slug="news-zhuoyang-pinwheel-festival-html",
        site="棹阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zhuoyangnews.com/local/2025-04/06/content_551902.htm",
        title="棹阳风车节开幕 千架手工风车转响春天",
        record_title="棹阳风车节开幕 千架手工风车转响春天 - 棹阳新闻网",
        date="2025-04-06",
        notes="news portal with photo caption between paragraphs, editor line glued after the last paragraph, 24-hour list; byline time is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>棹阳风车节开幕 千架手工风车转响春天 - 棹阳新闻网</title>
<script async src="/ad/loader.js"></script></head><body>
<div class="head">⟦m 棹阳新闻网 | 棹阳日报社主办⟧ <a>⟦a 登录⟧</a>/<a>⟦a 注册⟧</a></div>
<nav>⟦m 要闻 本地 民生 文旅 视频 专题⟧</nav>
<div class="pos">⟦m 当前：首页 → 本地新闻⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-04-06 18:32　来源：棹阳日报　记者 宋晓帆⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 转发到：朋友圈　微博　抖音⟧</div>
<div class="rank"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 城区三条道路周末起实行单向通行⟧</li><li>⟦l 棹阳高铁站新增夜间班次⟧</li></ol></div>
<div class="copy">⟦d 未经本网书面授权，不得转载、摘编或以其他方式使用上述作品。⟧</div>
<div class="icp">⟦m 新闻热线：0566-2710000　皖ICP备06011123号-1⟧</div>
</body></html>
""",
        body="""
4月6日上午，第三届棹阳风车节在滨河公园开幕，一千二百架手工竹纸风车沿河岸排开，微风吹过，沙沙作响。
⟦m 图为游客在风车长廊拍照留念。记者 宋晓帆 摄⟧
本届风车节由区文旅局主办，设置风车制作体验区、老手艺展示区和亲子游园区，开幕当天接待游客约三万人次。
“我从八岁开始扎风车，今年七十三了。”现场演示的老艺人苗德顺说，一架风车要经过劈篾、糊纸、装轴等十几道工序。
据悉，风车节将持续至4月13日。⟦m （编辑 吴漾）⟧
""",
    ),
    dict(
        slug="news-moyang-millstone-feature-html-comments",
        site="磨阳融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.moyangrm.cn/wh/20250918/a3317.shtml",
        title="一盘石磨 三代人的手艺",
        record_title=None,
        date="2025-09-18",
        notes="record without a title (h1 on page); comment box and 'open in app' fold inside the body",
        page="""
<html><head><meta charset="utf-8"><title>一盘石磨 三代人的手艺_文化_磨阳融媒</title></head><body>
<div id="top">⟦m 磨阳融媒 · 磨阳县融媒体中心⟧ <span>⟦a 下载客户端⟧</span></div>
<div id="nav">⟦m 首页｜时政｜乡村｜文化｜便民⟧</div>
<article><h1>{T}</h1>
<p class="src">⟦m 发布时间：2025年09月18日 10:05　作者：柯蔓⟧</p>
{BODY}
</article>
<section class="cmt"><h4>⟦l 网友评论（3）⟧</h4><textarea>⟦l 文明上网，理性发言⟧</textarea><button>⟦l 发表⟧</button></section>
<section class="more">⟦l 更多文化新闻 ›⟧</section>
<footer>⟦m 磨阳县融媒体中心 版权所有 未经授权禁止复制⟧</footer>
<script>document.querySelector('.cmt').dataset.id='a3317';</script>
</body></html>
""",
        body="""
在磨阳县碾岭村，六十岁的石匠卢永福每天清晨都要给石磨錾一遍齿。
这盘石磨是他爷爷那辈凿成的，到他儿子卢小川手里，已经是第三代。
⟦a 打开磨阳融媒APP，阅读全文及更多图片⟧
去年，父子俩在村口开了间石磨坊，磨豆浆、磨米粉，周末常有城里人专程赶来。卢小川说，他打算把錾磨的手艺拍成短视频，让更多人看到。
""",
    ),
    dict(
        slug="forum-suohu-raincoat-thread-html-jammer",
        site="棕乡论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="post",
        form="html",
        source="https://bbs.zongxiang.net/thread-40917-1-1.html",
        title="学编蓑衣三个月的一点体会",
        record_title="[手艺交流] 学编蓑衣三个月的一点体会 - 老手艺板块 - 棕乡论坛",
        date="2025-02-14",
        notes="Discuz-like forum page with jammer fonts; 发表于 the page date; floor meta and reply box",
        page="""
<html><head><meta charset="gbk"><title>[手艺交流] 学编蓑衣三个月的一点体会 - 老手艺板块 - 棕乡论坛</title>
<script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 棕乡论坛 - 山里人的网上家园⟧ <a>⟦a 快速登录⟧</a> <a>⟦a 立即注册⟧</a></div>
<div id="pt">⟦m 棕乡论坛 › 手艺生活 › 老手艺板块 › 查看帖子⟧</div>
<div class="pls">⟦m 楼主：青箬笠　UID 5521　主题 12　积分 386⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-2-14 21:07⟧　⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 棕叶一片，雨里一生。⟧</div>
<div class="po">⟦l 回复　支持(6)　反对(0)　举报⟧</div>
<div class="fastpost">⟦l 您需要登录后才可以回帖 登录 | 立即注册⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2001-2025⟧</div>
</body></html>
""",
        p_html="{}<br><br>",
        junk=dict(lines=1, glued=2),
        body="""
去年冬天跟村里的蔡大伯学编蓑衣，到现在刚好三个月。
最难的是搓棕绳，手上磨出好几个泡，绳子还是粗细不匀。大伯说手劲要匀，心要静。
第一件蓑衣用了二十多天，领口编歪了，但穿着淋了一场雨，里面一点没湿，还是挺高兴的。
打算开春后再编一件送给我爸，也希望更多年轻人来学。
""",
    ),
    dict(
        slug="forum-hengling-steelyard-minutes-text-junk",
        site="秤星小站论坛 (invented)",
        style="论坛",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.chengxing.org/forum.php?mod=viewthread&tid=2218",
        title="衡岭杆秤制作技艺保护小组第二次会议纪要",
        record_title="衡岭杆秤制作技艺保护小组第二次会议纪要",
        date="2025-07-08",
        date_also=["2025-07-10"],
        notes="forum post of minutes with junk lines; minutes' 时间/地点/主持 lines kept; post date differs from meeting date (also accepted)",
        page="""
!m 秤星小站 › 非遗保护 › 会议记录
!m 楼主 戥子匠人 | 发表于 2025-07-10 08:44 | 查看: 318 | 回复: 4
{T}
{BODY}
!m 本帖最后由 戥子匠人 于 2025-07-10 08:51 编辑
!l 沙发 秤杆子：辛苦了，纪要很清楚
!l 返回列表　下一主题
!m 秤星小站 chengxing.org ( 湘ICP备17006329号 )
""",
        junk=dict(lines=2, glued=1),
        body="""
时间：2025年7月8日下午
地点：衡岭县文化馆二楼会议室
主持：龚守业
参会：制秤艺人五人，文化馆工作人员二人
会议议定以下事项：
1. 年内完成两位老艺人的口述史记录，由文化馆负责录音整理。
2. 在县城老街设一处杆秤制作展示点，每月开放两次。
3. 下次会议定于九月上旬召开。
""",
    ),
]
