"""holdout164, part A: 范文 sites, 文库 previews, government and news portals, a forum.
Every document, site, county, person and URL is invented. See ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-qiaoshu-plan-watercress-html-oldtable",
        site="乔书范文网 (invented)",
        style="范文站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.qiaoshu-fw.example.com/fangan/2025/11/38817.html",
        title="芹塘镇豆瓣菜产业提质增效实施方案",
        record_title="【精品】芹塘镇豆瓣菜产业提质增效实施方案（通用3篇）",
        date="2025-10-16",
        notes="old gb2312 table layout: marquee, font-size row, hot list, floating QQ box, visitor counter; 成文日期 under the signature; a writing-service line glued after a sentence",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精品】芹塘镇豆瓣菜产业提质增效实施方案（通用3篇）_乔书范文网</title>
<script>var hits=0;function addFav(){}</script></head><body>
<table width="960" align="center"><tr><td><img src="/logo.gif" alt="">⟦m 乔书范文网——写材料不再犯愁⟧</td></tr>
<tr><td><marquee>⟦m 热烈庆祝本站收录范文突破八十万篇！每日更新，敬请关注⟧</marquee></td></tr>
<tr><td>⟦m 您现在的位置：乔书范文网 &gt;&gt; 实施方案 &gt;&gt; 农业方案⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h1>⟦t 芹塘镇豆瓣菜产业提质增效实施方案⟧</h1>
<div>⟦a 【字号：放大　默认　缩小】⟧　⟦a 【加入收藏夹】⟧</div>
{BODY}
<div>⟦l 上一篇：村级光伏电站运维管理方案⟧<br>⟦l 下一篇：冬季农村道路结冰应急处置方案⟧</div>
</td><td width="240" valign="top">
<div class="hot"><b>⟦l 本周热门⟧</b><br>⟦l ·乡镇年度工作要点范本⟧<br>⟦l ·农业特色产业发展规划⟧<br>⟦l ·村集体经济增收方案⟧</div>
</td></tr></table>
<div id="qqfloat">⟦w 在线客服 QQ：2750118369⟧<br>⟦w 材料代笔 微信 qs_wenan88⟧</div>
<table width="960" align="center"><tr><td>⟦m 您是本站第 00481926 位访客⟧<br>⟦d 本站部分范文来自网友投稿，如有侵权请来信告知，我们将在三个工作日内删除。⟧<br>⟦m 闽ICP备18088317号-2⟧</td></tr></table>
</body></html>
""",
        body="""
为推动我镇豆瓣菜产业由规模扩张向质量效益转变，结合本镇实际，制定本方案。
一、目标任务。到2026年底，全镇豆瓣菜种植面积稳定在一千二百亩，标准化种植率达到百分之八十，亩均效益提高百分之十五。
二、主要措施。一是改造冷水灌溉渠系，确保冬春季节水温稳定；二是推广无土育苗和轮作换茬，减少病虫害发生；三是扶持两家合作社建设预冷库，延长货架期。⟦w 本文由乔书范文网整理，更多原创方案请联系站长。⟧
三、保障措施。镇成立工作专班，由分管副镇长任组长，每月调度一次工作进展，资金纳入年度预算统筹安排。
芹塘镇人民政府
2025年10月16日
""",
    ),
    dict(
        slug="fanwen-mubi-speech-kohlrabi-glued-title",
        site="墨笔文章网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.mobi-wenzhang.example.net/jianghua/90321.html",
        title="在全县苤蓝产销对接会上的讲话",
        record_title="在全县苤蓝产销对接会上的讲话（精选）",
        date="2025-09-23",
        notes="speech with speaker and date lines under the title (neutral); the title repeated glued before the salutation; breadcrumb and views line; copy-limit prompt and download button at the end",
        indent="　　",
        page="""
!m 墨笔文章网 > 领导讲话 > 农业农村
!m 浏览：2861次　更新：2天前　栏目编辑：小墨
在全县苤蓝产销对接会上的讲话
县人民政府副县长　韩素清
（2025年9月23日）
⟦t 在全县苤蓝产销对接会上的讲话⟧{BODY}
!a 复制受限？登录后可一键复制全文
!a ↓ 下载本文Word文档（免积分）
!l 猜你喜欢：在秋季农产品展销会上的致辞 | 蔬菜保供稳价工作会讲话
""",
        body="""
同志们：
今天召开全县苤蓝产销对接会，目的是搭建种植户与采购商面对面交流的平台，帮助大家把好产品卖出好价钱。
近年来，我县苤蓝种植面积逐年扩大，今年达到三千六百亩，但分散种植、集中上市、价格波动的问题依然突出。
下一步，要抓好三件事：一是错峰种植，分早中晚三茬安排上市；二是发展净菜加工，提高产品附加值；三是稳定订单，鼓励采购商与合作社签订保底收购协议。
希望各位采购商多到田间地头走一走，也希望种植户讲诚信、保质量，共同把这个小产业做大做强。
""",
    ),
    dict(
        slug="fanwen-jiuye-summary-icicle-wrapped-junk",
        site="九页文档网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://jiuye-doc.example.cn/zongjie/2026/0305/7724.html",
        title="北屏街道冬季屋檐冰凌清除工作总结",
        record_title=None,
        date="2026-03-05",
        notes="no record title: the title appears once as a heading line; text hard-wrapped at 62 columns; site membership prompt between paragraphs; date under signature in Chinese numerals",
        indent="　　",
        wrap=62,
        page="""
!m 九页文档网　www.jiuye-doc.example.cn　专业公文写作参考
!m 首页 / 工作总结 / 街道社区
{T}
!m 来源：网友投稿　时间：3天前
{BODY}
!a 开通年卡会员，全站总结范文不限次数下载
!d 声明：本页内容仅供学习参考，请勿直接照搬使用。
""",
        body="""
今冬以来，我街道先后经历四轮降雪降温过程，老旧小区屋檐、雨棚冰凌悬挂问题突出，给居民出行带来安全隐患。街道坚持早发现、早处置，全力消除冰凌坠落风险。
一、摸清底数。组织网格员逐楼排查，共发现冰凌隐患点二百一十三处，其中临街商铺雨棚八十七处，建立台账并逐一标注。
⟦a 会员专享：本文完整版可免费下载⟧
二、分类处置。对低层屋檐由物业人员使用长杆敲除；对高层外沿联系消防救援站登高作业；处置期间设置警戒区域，安排专人疏导行人。
三、存在不足。部分无物业小区责任主体不明，处置不够及时；个别商户对安全提醒重视不够。下一步将把冰凌清除纳入冬季网格巡查固定内容。
北屏街道办事处
二〇二六年三月五日
""",
    ),
    dict(
        slug="wenku-yunshu-plan-gutter-page-markers",
        site="云书文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunshu.example.com/view/8f23ab77c1e0.html",
        title="老旧小区雨水管及檐沟疏通改造方案",
        record_title="老旧小区雨水管及檐沟疏通改造方案.docx",
        date="2025-04-08",
        notes="file-name record title; page markers ⫶n⫶ on lines of their own cutting sentences; preview-end prompt and pay line; upload notice",
        pages=dict(fmt="⫶{n}⫶", every=110, start=2),
        page="""
!m 云书文库 › 行业资料 › 物业管理
!t 老旧小区雨水管及檐沟疏通改造方案.docx
!m 上传者：檐下听雨　｜　4页　｜　2.1万次阅读　｜　评分4.6
{BODY}
!a —— 预览已到末页，解锁后阅读剩余2页 ——
!a 单篇购买 ￥4.90　｜　开通畅读卡立省60%
!d 本文档为用户上传分享，平台仅提供存储空间服务。如涉及侵权，请通过页面底部的反馈入口与我们联系。
""",
        body="""
为解决老旧小区雨季屋面排水不畅、外墙渗漏等问题，保障居民住房安全，特制定本方案。
一、改造范围。本次改造涉及桂园、柳岸、红星三个小区共四十二栋住宅楼，重点是破损落水管更换和屋面檐沟清淤。
二、技术要求。新装雨水管统一采用直径一百一十毫米的硬质管材，管卡间距不大于一点二米，出水口距地面不超过二十厘米，并设置散水。
三、实施步骤。四月中旬完成勘察设计，五月底前完成施工，六月上旬组织验收，确保主汛期前全部投入使用。
四、资金来源。改造资金由区级财政补助百分之七十，其余部分从住宅专项维修资金中列支。
编制单位：梧桥区住房和城乡建设局
2025年4月8日
""",
    ),
    dict(
        slug="wenku-lanjuan-speech-plaque-html-reader",
        site="兰卷文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.lanjuan-wk.example.com/p/6d01e22f.html",
        title="在老字号牌匾修复工程启动仪式上的致辞",
        record_title="在老字号牌匾修复工程启动仪式上的致辞 - 兰卷文库",
        date="2025-06-12",
        notes="modern reader template: toolbar, page paragraphs ⌯ n ⌯ between halves of a cut paragraph, a 'continue reading' paywall, related docs sidebar; date under the speech title (neutral)",
        pages=dict(fmt="⌯ {n} ⌯", every=140, start=2),
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>在老字号牌匾修复工程启动仪式上的致辞 - 兰卷文库</title>
<script src="/static/reader.js"></script><style>.pg{margin:8px}</style></head><body>
<header><nav>⟦m 兰卷文库⟧ ⟦l 首页⟧ ⟦l 分类⟧ ⟦l 专题⟧ ⟦a 登录 / 注册⟧</nav></header>
<div class="toolbar">⟦a 下载⟧　⟦a 收藏⟧　⟦a 分享⟧　⟦a 举报⟧</div>
<main>
<h1>⟦t 在老字号牌匾修复工程启动仪式上的致辞⟧</h1>
<div class="info">⟦m 共3页　|　1.4万浏览　|　上传于2025-07-01⟧</div>
<p>区商务局局长　陆颂平</p>
<p>（2025年6月12日）</p>
{BODY}
<div class="paywall">⟦a 还剩1页未读，继续阅读⟧<button>⟦a 开通会员免费读⟧</button></div>
</main>
<aside><h3>⟦l 相关文档⟧</h3><ul><li>⟦l 历史文化街区保护利用讲话⟧</li><li>⟦l 非遗工坊揭牌仪式致辞⟧</li></ul></aside>
<footer>⟦d © 2025 兰卷文库　用户上传内容不代表本站立场⟧</footer>
</body></html>
""",
        body="""
各位老字号代表，各位来宾：
今天，我们在这里启动老字号牌匾修复工程，为全区三十八块老字号牌匾“把脉问诊”、修旧如旧。
一块牌匾，写着一家店的来历，也记着一条街的记忆。由于年代久远，不少牌匾出现了开裂、褪金、虫蛀等情况，亟需专业修复。
工程将由区非遗保护中心牵头，邀请木作、髹漆、贴金三个方面的老师傅组成修复团队，计划用一年时间完成全部修复任务。
希望各老字号积极配合，也欢迎市民提供老牌匾的历史照片和资料。谢谢大家！
""",
    ),
    dict(
        slug="wenku-dianshi-notice-flowerpot-glued-markers",
        site="点石文库 (invented)",
        style="文库预览",
        genre="通知",
        kind="notice",
        form="text",
        source="http://dianshi-wk.example.cn/doc/441902.html",
        title="关于开展阳台窗台花盆坠落隐患排查的通知",
        record_title="关于开展阳台窗台花盆坠落隐患排查的通知【可编辑】",
        date="2025-05-19",
        notes="page markers ⨀n glued to the start of the continuation line; document number neutral; the notice's own contact line kept next to the site's service line",
        pages=dict(fmt="⨀{n}", every=120, start=2, glue=True),
        page="""
!m 点石文库 - 免费文档分享平台
!t 关于开展阳台窗台花盆坠落隐患排查的通知【可编辑】
!m 页数：3　大小：18KB　格式：DOCX
溪岚街〔2025〕11号
{BODY}
!a 点击阅读全文，本文档共3页
!w 文库客服热线：400-860-2217（工作日9:00-18:00）
""",
        body="""
各社区居委会，辖区各物业服务企业：
近期，我街道辖区发生一起阳台花盆被风吹落砸坏车辆的事件，所幸未造成人员伤亡。为防范高处坠物伤人，决定在全街道开展花盆坠落隐患排查。
一、排查重点。重点排查临街住宅阳台外沿、空调机位、窗台外侧摆放的花盆、花架，以及固定不牢的防盗窗置物架。
二、工作要求。各社区要在5月31日前完成入户宣传和排查，对存在隐患的要督促住户当场移入室内或加装护栏，拒不整改的报街道城管科。
三、联系方式。街道平安办联系人：许嘉宁，电话：0571-88216034。
溪岚街道办事处
2025年5月19日
""",
    ),
    dict(
        slug="gov-hexi-notice-doorbell-html-portal",
        site="荷西县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.hexi.example.gov.cn/zwgk/tzgg/202511/t20251103_99812.html",
        title="关于为独居老人免费安装智能门铃的通知",
        record_title="关于为独居老人免费安装智能门铃的通知_荷西县人民政府",
        date="2025-11-03",
        notes="modern county portal: 长者模式 and 无障碍 links, 索引号 table, share row, 纠错 line beside the notice's own contact; 附件 list kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于为独居老人免费安装智能门铃的通知_荷西县人民政府</title>
<script>window.__gov={site:'hexi'};</script></head><body>
<div class="top">⟦a 长者模式⟧　⟦a 无障碍浏览⟧　⟦a 繁體⟧</div>
<div class="logo">⟦m 荷西县人民政府　HEXI COUNTY⟧</div>
<nav>⟦l 首页　政务公开　政务服务　互动交流　走进荷西⟧</nav>
<div class="pos">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：HX-0213-2025-00871⟧</td><td>⟦m 发布机构：县民政局⟧</td></tr>
<tr><td>⟦m 主题分类：社会福利⟧</td><td>⟦m 发文日期：2025-11-03⟧</td></tr></table>
<h1>⟦t 关于为独居老人免费安装智能门铃的通知⟧</h1>
<div class="article">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享到：微信 微博 QQ空间⟧</div>
<footer><p>⟦m 主办单位：荷西县人民政府办公室　网站标识码：5301270009⟧</p><p>⟦m 网站纠错电话：0871-67120345⟧</p><p>⟦m 滇ICP备05001263号⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府，县直有关部门：
为提升独居老年人居家安全水平，县民政局决定为全县八十周岁以上独居老人免费安装智能门铃。有关事项通知如下。
一、安装对象。户籍在本县、年满八十周岁且独自居住的老年人，以及经评估失能的六十周岁以上独居老年人。
二、功能要求。智能门铃应具备访客呼叫、一键求助和异常未开门提醒功能，求助信息同步推送至村（社区）养老服务站。
三、工作安排。各乡镇于11月20日前报送安装名单，12月底前完成安装调试。
联系人：杨溪月，电话：0871-67125530。
附件：1.智能门铃安装对象登记表
2.智能门铃安装验收单
荷西县民政局
2025年11月3日
""",
    ),
    dict(
        slug="gov-songyu-letter-letterbox-text-reply",
        site="松屿区人民政府 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.songyu.example.gov.cn/hdjl/hfzs/2025/0704/3312.html",
        title="关于对区政协第45号提案的答复函",
        record_title="关于对区政协第45号提案的答复函",
        record_date="2025-07-04",
        date="2025-07-04",
        notes="a proposal reply on the 互动交流 column; record date; document number neutral; 抄送 line kept; satisfaction poll and print at the bottom",
        page="""
!m 松屿区人民政府门户网站
!m 互动交流 >> 建议提案办理 >> 答复公开
!a [ 字体：大 | 中 | 小 ]　[ 打印 ]
{T}
松邮函〔2025〕6号
{BODY}
!l 本答复对您是否有帮助？　满意　基本满意　不满意
!m 信息来源：区邮政管理局　点击数：417
!m 版权所有：松屿区人民政府办公室
""",
        body="""
刘思远委员：
您提出的《关于更新老旧小区信报箱的提案》收悉。经研究，现答复如下。
据调查，全区建成十五年以上的小区中，有六十一个小区的信报箱存在锈蚀、缺门、无锁等问题，影响邮件投递安全。
今年，我局会同区住建局将信报箱更新纳入老旧小区改造内容，已完成二十三个小区的更换，其余小区计划于明年分两批完成。
同时，我们将督促邮政企业落实按址投递，减少邮件堆放在门岗的情况。感谢您对邮政工作的关心和支持。
松屿区邮政管理局
2025年7月4日
抄送：区政协提案委员会，区政府督查室。
""",
    ),
    dict(
        slug="news-chengbao-milkbox-html-photo-editor",
        site="澄堡日报 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chengbaodaily.example.com/news/local/2025-12/09/content_562210.htm",
        title="二十年的送奶箱退役了　居民们有点舍不得",
        record_title="二十年的送奶箱退役了　居民们有点舍不得",
        date="2025-12-09",
        notes="news portal with channel nav, byline with 发布时间 (the page's date), photo caption between paragraphs, editor line glued after last paragraph, hot list and comments",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>二十年的送奶箱退役了　居民们有点舍不得 - 澄堡日报</title>
<script async src="/js/stat.js"></script></head><body>
<div class="channel">⟦m 澄堡日报网⟧ ⟦l 本地　|　民生　|　财经　|　视频　|　数字报⟧</div>
<h1>⟦t 二十年的送奶箱退役了　居民们有点舍不得⟧</h1>
<div class="byline">⟦m 发布时间：2025-12-09 08:17　来源：澄堡日报　记者：方柳⟧</div>
<div class="text">
{BODY}
</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 城南菜市场改造后今天重新开门⟧</li><li>⟦l 本周末全市气温降至零下⟧</li></ol></div>
<div class="comment">⟦l 网友评论（12）　发表评论⟧</div>
<footer>⟦d 本网站所刊登的澄堡日报新闻内容，版权属澄堡日报社所有，未经授权不得转载。⟧</footer>
</body></html>
""",
        body="""
12月8日上午，桐荫里小区门口那排绿色送奶箱被工人拆下，装上了货车。这排奶箱在这里挂了二十年。
“每天早上五点多，送奶师傅就来了，我们一开门就能拿到新鲜牛奶。”住在三号楼的退休教师周琴说。
⟦m 图为工人正在拆除小区门口的旧送奶箱。方柳 摄⟧
据了解，随着冷链配送和网购普及，订奶的住户越来越少，不少奶箱已经多年空置、锈迹斑斑。
社区与乳品企业商量后，决定拆除旧奶箱，仍有订奶需要的住户改为送货上门。⟦m （责任编辑：孙楠）⟧
""",
    ),
    dict(
        slug="news-ruiyang-newspaper-delivery-text-app",
        site="瑞阳融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://m.ruiyang-rm.example.cn/a/20250318/88710.html",
        title="山里的报纸今天准时到了",
        record_title="山里的报纸今天准时到了｜瑞阳融媒",
        date="2025-03-18",
        notes="county news app share page: open-app prompts, a byline time line, title repeated glued to the lead, like and share bar",
        page="""
!a 打开瑞阳融媒APP，阅读体验更佳
!m 瑞阳融媒　·　乡村频道
!t 山里的报纸今天准时到了｜瑞阳融媒
!m 2025-03-18 10:42　瑞阳融媒记者 董晓川
⟦t 山里的报纸今天准时到了⟧{BODY}
!l 👍 赞 136　　转发　　评论 9
!a 下载客户端，看更多本地新闻
""",
        body="""
3月17日清晨，乡邮员黄建平骑着摩托车，带着当天的报纸和邮件，从石门邮政所出发，沿着盘山公路往三个山村送报。
这条投递线路单程四十二公里，沿途有十一个投递点，黄建平已经跑了九年。
“村里老人爱看报，晚一天他们就打电话来问。”他说，遇上雨雪天，他会提前一天把报纸装进防水袋。
今年，县邮政分公司为山区投递线路配备了新车，并在村委会设置了报刊代投点，山区报纸投递时限缩短了半天。
""",
    ),
    dict(
        slug="forum-jinkou-post-rollershutter-junk",
        site="金口五金论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://bbs.jinkou-wujin.example.com/thread-20417-1-1.html",
        title="关于规范卷帘门安装售后服务的倡议书",
        record_title="[行业倡议] 关于规范卷帘门安装售后服务的倡议书 - 门窗综合版 - 金口五金论坛",
        date="2025-08-26",
        date_also=["2025-08-27"],
        notes="Discuz-like thread: floor meta, forum anti-scraping junk lines and glued junk, signature line, reply box; the post date differs from the document's date (both accepted)",
        junk=dict(lines=1, glued=2),
        page="""
!m 金口五金论坛 › 门窗综合版 › 查看帖子
!t [行业倡议] 关于规范卷帘门安装售后服务的倡议书
!m 楼主　卷帘老周　发表于 2025-8-27 21:06　|　只看该作者　|　倒序浏览
{BODY}
!m ——签名：二十年卷帘门老师傅，电动门维修咨询请站内短信——
!l 回复　　引用　　举报　　支持(8)　反对(0)
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
全县卷帘门安装维修同行们：
近年来，我县卷帘门行业发展很快，但也出现了低价揽活、偷工减料、售后推诿等问题，个别店铺电动卷帘门未装防坠器，存在较大安全隐患。
为此，县五金商会门窗分会向全体同行发出倡议：一是按标准安装防坠器和遇阻回弹装置；二是如实告知用户材料厚度和电机功率；三是安装后提供不少于一年的免费保修。
让我们从自身做起，守住质量底线，共同维护行业信誉。
县五金商会门窗分会
2025年8月26日
""",
    ),
]
