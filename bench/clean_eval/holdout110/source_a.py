"""holdout110, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛, 博客. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-caolu-speech-wild-boar-damage",
        site="草庐公文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.caolugw.com/jianghua/nongcun/2025/0412/5518.html",
        title="在全县野猪危害防控工作推进会上的讲话",
        record_title="【优选】在全县野猪危害防控工作推进会上的讲话（可直接套用）",
        date="2025-04-10",
        notes="decorated record title; date under the speech title; speaker line neutral; writing prompt glued after a 。",
        page="""
!m 草庐公文网｜替你把材料写顺
!m 位置：草庐首页 ▸ 领导讲话 ▸ 农村农业
!t 【优选】在全县野猪危害防控工作推进会上的讲话（可直接套用）
!a ⊕ 存入我的素材库　　⊕ 转成Word　　⊕ 纠错
{T}
副县长　覃立峰
（2025年4月10日）
{BODY}
!a 正文剩余约900字，开通草庐年卡即可阅读并下载。
!l 同类推荐 ▸ 秋粮保卫战动员讲话｜森林防火工作会讲话｜农田鼠害防治部署会发言
!d 草庐公文网所载范文均由用户贡献，仅供写作借鉴，转载须注明出处。
!m 草庐公文网 caolugw.com　湘ICP备21039507号
""",
        indent="\u3000\u3000",
        body="""
同志们：
去年秋收前后，全县有11个乡镇报告野猪毁坏玉米、红薯和水稻，受损面积1870亩，群众意见很大。今天召开这个会，就是要把防控责任压下去、把措施落到地头。
一、摸清底数。林业部门要会同乡镇在5月底前完成野猪活动区域调查，绘制分布图，建立受损农户台账。⟦w 讲话稿不会写？草庐写手一对一，微信 caolu_xie88⟧
二、科学防控。推广电子围栏、声光驱赶等物理措施，对种群密度过高的区域依法组织专业队伍开展调控猎捕，严禁私设铁夹、电网。
三、及时补偿。保险公司要简化野生动物致害理赔流程，做到应赔尽赔、快赔快付。
同志们，野猪防控关系群众的饭碗，大家务必抓紧抓实。
""",
    ),
    dict(
        slug="fanwen-jinlan-summary-laundromat-html",
        site="金兰范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.jinlanfw.cn/zongjie/qiye/20250107/88213.html",
        title="社区自助洗衣房2024年运营工作总结",
        record_title="社区自助洗衣房2024年运营工作总结_金兰范文",
        date="2025-01-06",
        notes="old gb2312 table layout with marquee, font-size row and visitor counter; date under the signature",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>社区自助洗衣房2024年运营工作总结_金兰范文</title>
<script language="javascript">function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script>
</head><body>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 金兰范文欢迎您——每天更新一百篇实用范文⟧</marquee></td></tr>
<tr><td class="nav">⟦m 范文首页 | 总结大全 | 计划方案 | 讲话致辞 | 合同协议⟧</td></tr>
<tr><td>⟦m 您所在位置：金兰范文 → 工作总结 → 企业总结⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2>{T}</h2>
<div>⟦m 日期：2025-01-07　　人气：<font color="red">1288</font>⟧</div>
<div>⟦a 【文字大小：特大 中等 偏小】【关闭本页】⟧</div>
<div id="zoom">
{BODY}
</div>
<div>⟦l 上一篇：物业保洁班组年度总结⟧</div><div>⟦l 下一篇：便利店店长个人年终总结⟧</div>
</td><td width="260" valign="top">
<div>⟦l 阅读排行⟧</div><div>⟦l 超市收银员工作总结⟧</div><div>⟦l 快递驿站年度小结⟧</div>
<div>⟦w 定制总结请联系站长QQ 3350917726⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您是本站第 0087321 位访客⟧</td></tr>
<tr><td>⟦d 本站范文来源于网友投稿，只供参考，如有侵权请联系删除⟧</td></tr></table>
</body></html>
""",
        date_also=["2025-01-07"],
        body="""
2024年，我们在莳溪街道和物业公司的支持下，运营着3个小区的自助洗衣房，全年服务居民4.6万人次，营业收入38.2万元，未发生安全事故。
一、设备方面，新增烘干机6台，把投币机全部改造成扫码支付，居民扫码后即可选择洗涤程序。
二、卫生方面，坚持每天消毒滚筒两次，每周清洗排水管一次，消毒记录张贴在门口。
三、服务方面，开通夜间紧急联系电话，处理卡衣、断电等报修212次。
2025年，我们计划增设宠物衣物专用机，并为独居老人提供上门收送服务。
莳溪净衣坊
2025年1月6日
""",
    ),
    dict(
        slug="wenku-yunxiu-plan-sea-turtle-markers",
        site="云岫文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunxiu.cn/view/7e19c40b2a55.html",
        title="海龟救护站志愿者培训方案",
        record_title="海龟救护站志愿者培训方案.docx",
        date=None,
        notes="file-name record title; page markers ⧼2⧽ glued at line starts, cutting sentences; preview-end prompt; no date",
        page="""
!m 云岫文库 · 海量文档在线读
!t 海龟救护站志愿者培训方案.docx
!m 贡献者：潮声　　页数：4页　　浏览 2193　下载 56
!a ☆收藏　⇩下载(8 文库币)　✎ 转存到云盘
{T}
{BODY}
!a —— 可预览部分到此为止，完整文档请下载后阅读 ——
!l 看过此文档的人还看了：海洋馆讲解员培训计划 · 滨海湿地巡护制度 · 潜水志愿者安全须知
!d 文档由用户上传分享，云岫文库仅提供存储与预览服务。
""",
        pages=dict(fmt="⧼{n}⧽", every=140, start=2, glue=True),
        body="""
为提高海龟救护站志愿者的救护能力，保证受伤海龟在搁浅后能得到及时、规范的处置，结合救护站近三年接收个案的情况，制定本方案。
一、培训对象为已注册的救护站志愿者，以及有意参与海滩巡护的高校学生，每期不超过30人。
二、培训内容包括海龟物种识别、搁浅个体的初步检查、搬运与保湿、伤情记录、放归前的体检等，理论课与实操课各占一半。
三、培训结束后进行考核，考核合格者发放志愿服务证，方可独立参与夜间巡滩和救护值班。
四、培训经费由救护站公益项目资金列支，志愿者往返交通费用按实际发生额给予补贴。
""",
    ),
    dict(
        slug="wenku-dianshi-report-bamboo-charcoal-html",
        site="点石文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.dianshiwk.com/p-44810327.html",
        title="关于荪阳县竹炭产业发展情况的调研报告",
        record_title=None,
        date="2024-09-18",
        notes="missing record title found in the reader heading; ⁌2⁍ markers as HTML paragraphs; table rows as paragraphs; date at the end",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>关于荪阳县竹炭产业发展情况的调研报告 - 点石文库</title>
<link rel="stylesheet" href="/static/reader.css"><script src="/static/reader.js"></script></head>
<body><header class="hd"><a class="logo" href="/">⟦m 点石文库⟧</a><nav>⟦m 精品文档 行业资料 教育专区 办公模板⟧</nav><a href="/vip">⟦a 开通SVIP 享全站免费下载⟧</a></header>
<div class="reader"><div class="doc-head"><h1>{T}</h1>
<p class="doc-meta">⟦m 共5页 · 大小：86KB · 上传于：2024-10-02 · 贡献者 竹林深处⟧</p>
<div class="doc-act">⟦a 立即下载 加入收藏 分享文档⟧</div></div>
<div class="page-box">
{BODY}
</div>
<div class="more">⟦a 剩余2页未读，点此付费阅读全文⟧</div></div>
<aside><h4>⟦l 相关文档⟧</h4><ul><li>⟦l 竹笋加工企业调研报告⟧</li><li>⟦l 林下经济发展情况汇报⟧</li></ul></aside>
<footer>⟦d 点石文库文档均由网友上传，如涉及侵权请发送邮件至 jubao@dianshiwk.com⟧</footer></body></html>
""",
        pages=dict(fmt="⁌{n}⁍", every=120, start=2),
        body="""
今年8月，县政协经济委员会组成调研组，走访了全县7家竹炭生产企业和2个竹材交易市场，现将调研情况报告如下。
一、基本情况。全县现有竹林面积41.6万亩，竹炭及其制品企业年产竹炭1.9万吨，产值约3.4亿元，产品以烧烤炭、活性竹炭和竹醋液为主。
主要企业产量如下：
企业　竹炭产量（吨）　竹醋液（吨）
荪阳炭业　6200　840
青篁竹制品　3900　510
二、存在问题。一是窑炉以土窑为主，烟气收集不完善；二是产品附加值不高，精深加工能力弱。
三、几点建议。推进窑炉升级改造，扶持龙头企业研发竹炭净水、土壤改良等新产品，打造区域公共品牌。
县政协经济委员会调研组
2024年9月18日
""",
    ),
    dict(
        slug="gov-xiehu-notice-water-chestnut-html",
        site="荇湖县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xinghu.gov.cn/zwgk/tzgg/202503/t20250318_99812.html",
        title="荇湖县农业农村局关于做好2025年荸荠种植补贴申报工作的通知",
        record_title="荇湖县农业农村局关于做好2025年荸荠种植补贴申报工作的通知_荇湖县人民政府",
        date="2025-03-17",
        notes="county portal with index table, elder-mode link and font row; document's contact next to the portal's hotline; document number neutral",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>荇湖县农业农村局关于做好2025年荸荠种植补贴申报工作的通知_荇湖县人民政府</title>
<meta name="ArticleTitle" content="荇湖县农业农村局关于做好2025年荸荠种植补贴申报工作的通知"><script src="/js/jquery.min.js"></script></head>
<body><div class="topbar">⟦a 长辈版⟧ ⟦a 无障碍阅读⟧ ⟦m 政务微博⟧</div>
<div class="banner">⟦m 荇湖县人民政府　水乡荇湖·鱼米之城⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 办事服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 您当前所在：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11430922MB1762045H/2025-00318⟧</td><td>⟦m 发布机构：荇湖县农业农村局⟧</td></tr>
<tr><td>⟦m 主题分类：农业、林业、水利⟧</td><td>⟦m 有效性：有效⟧</td></tr></table>
<h1>{T}</h1>
<p class="wh">荇农发〔2025〕9号</p>
<div class="fontrow">⟦a 字号：[ 大 ][ 中 ][ 小 ]　打印本页　关闭窗口⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享：微信 微博 QQ空间⟧</div>
<div class="related">⟦l 相关信息：荇湖县2025年耕地地力保护补贴发放公示⟧</div>
<footer><p>⟦m 主办：荇湖县人民政府办公室　承办：县数据中心⟧</p><p>⟦m 政务服务热线：12345　湘ICP备05008911号⟧</p><p>⟦m 网站标识码4309220013⟧</p></footer>
</body></html>
""",
        body="""
各乡镇人民政府：
为稳定全县荸荠种植面积，促进水生蔬菜产业发展，县里今年继续对连片种植荸荠的农户给予补贴。现将有关事项通知如下。
一、补贴对象为在本县连片种植荸荠5亩以上的农户、家庭农场和合作社。
二、补贴标准为每亩150元，同一地块只补一次。
三、请各乡镇于4月20日前完成面积核实，并将汇总表报送县农业农村局经作股。
联系人：邹敏　电话：0736-4821179
附件：1.荸荠种植补贴申报表
2.乡镇汇总表
荇湖县农业农村局
2025年3月17日
""",
    ),
    dict(
        slug="gov-pingshan-plan-snow-leopard-text",
        site="蒴山县政府网 (invented)",
        style="政府门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.shuoshan.gov.cn/art/2024/11/5/art_1842_30719.html",
        title="蒴山县雪豹种群监测工作方案",
        date="2024-11-04",
        notes="text-extracted portal page; byline 发布日期 differs from 成文日期 (document's date expected, byline also accepted); 印发 line kept",
        page="""
!m 蒴山县政府网
!m 当前栏目：首页 / 政府信息公开 / 计划规划
{T}
!m 发布日期：2024-11-05　来源：县林业和草原局　浏览次数：731
!a 【我要纠错】【打印】【关闭】
{BODY}
!l 上一条：蒴山县草原防火期管理办法
!l 下一条：关于开展冬季牧区安全隐患排查的通知
!m 蒴山县人民政府办公室主办　技术支持：蒴山县信息中心
!d 未经授权，不得复制或镜像本站内容
""",
        date_also=["2024-11-05"],
        body="""
为掌握我县雪豹种群数量和分布，结合野生动物保护工作要求，制定本方案。
一、监测区域。在北部高山区布设红外相机80台，设置固定样线12条。
二、监测时间。每年11月至次年4月为重点监测期，相机数据每月回收一次。
三、职责分工。县林业和草原局负责组织实施，各乡镇配合开展牧民访谈，管护站护林员负责样线巡查。
四、数据管理。影像资料统一录入保护地数据平台，任何单位和个人不得擅自对外发布雪豹点位信息。
蒴山县林业和草原局
2024年11月4日
抄送：县人民政府办公室，县自然资源局。
蒴山县林业和草原局办公室　　2024年11月4日印发
""",
    ),
    dict(
        slug="news-panjiang-html-horseshoe-crab",
        site="泮江晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.panjiangwb.com/news/local/2025-06/21/content_410287.htm",
        title="沙湾滩涂首次放流人工繁育鲎苗",
        record_title="沙湾滩涂首次放流人工繁育鲎苗-泮江晚报网",
        date="2025-06-21",
        notes="news portal: time line is the publish date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>沙湾滩涂首次放流人工繁育鲎苗-泮江晚报网</title>
<script async src="/ad/loader.js"></script></head><body>
<div class="top">⟦m 泮江晚报网 · 泮江第一新闻门户⟧ ⟦a 客户端下载⟧ ⟦a 登录 | 注册⟧</div>
<nav>⟦m 要闻 本地 民生 财经 文旅 视频⟧</nav>
<div class="crumbs">⟦m 泮江晚报网 &gt; 本地新闻 &gt; 正文⟧</div>
<article><h1>{T}</h1>
<div class="byline">⟦m 2025-06-21 08:14　来源：泮江晚报　记者 柯晓岚 通讯员 滕杰⟧</div>
{BODY}
</article>
<div class="tags">⟦l 标签：鲎 滩涂 增殖放流⟧</div>
<div class="hot"><h3>⟦l 24小时热榜⟧</h3><ol><li>⟦l 跨江大桥夜间封闭施工公告⟧</li><li>⟦l 高考成绩查询时间定了⟧</li></ol></div>
<footer>⟦d 泮江晚报网版权所有，未经书面授权禁止转载⟧ ⟦m 违法和不良信息举报电话：0596-2231110⟧</footer>
</body></html>
""",
        body="""
本报讯 6月20日上午，在沙湾镇外滩涂，市海洋渔业部门联合海洋研究所放流人工繁育的中国鲎幼苗1.2万只，这是我市首次开展鲎的增殖放流。
据介绍，鲎已有数亿年的历史，被称为“活化石”，近年来野外种群明显下降，已被列为国家二级保护野生动物。
⟦m 图为志愿者将鲎苗放入滩涂。记者 柯晓岚 摄⟧
研究所工作人员说，放流的幼苗为二龄幼鲎，此前在室内养殖池中培育了一年。放流后，研究人员将定期回到滩涂调查存活情况。
渔业部门提醒市民，赶海时如发现鲎，不要捕捉、食用或买卖，可拨打渔政值班电话0596-2276601报告。⟦m （编辑：许蔓）⟧
""",
    ),
    dict(
        slug="news-liancheng-text-guava-festival",
        site="莲城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.lcxww.cn/xiangzhen/2024/0927/c3318a150972/page.htm",
        title="芩坪镇番石榴采摘季开园 首日接待游客三千人次",
        record_title=None,
        date="2024-09-26",
        notes="missing record title: the headline is on the page; title glued to the lead; publish line is the date; app prompt inside",
        page="""
!m 莲城新闻网　首页｜乡镇｜图片｜专题
!m 2024年09月26日 17:32　来源：莲城融媒　作者：温小禾
!a 【大 中 小】　【分享到朋友圈】
{T}
{T}{BODY}
!l 【相关新闻】
!l 芩坪镇获评省级“一村一品”示范镇
!l 秋季农产品展销会下月开幕
!m 莲城新闻网　粤ICP备13066205号-1
""",
        indent="",
        body="""
9月26日，芩坪镇番石榴采摘季正式开园，全镇14个果园同时向游客开放，首日接待游客约三千人次。
芩坪镇种植番石榴已有二十多年，目前种植面积达6800亩，品种有胭脂红、珍珠芭乐等。
⟦a 下载“莲城+”APP，看更多乡镇新鲜事⟧
镇长曾文彪介绍，今年采摘季将持续到11月中旬，镇里开通了两条采摘专线公交，游客可在镇文化广场换乘。
""",
    ),
    dict(
        slug="forum-yemei-post-sweet-corn-junk",
        site="野梅农友论坛 (invented)",
        style="论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://bbs.yemeinong.com/thread-338201-1-1.html",
        title="种植甜玉米三年的一点体会",
        record_title="[经验交流] 种植甜玉米三年的一点体会 - 大田作物版 - 野梅农友论坛",
        date="2025-02-14",
        notes="forum post with anti-scraping junk lines and glued junk; 发表于 line is the date; signature and floor chrome",
        page="""
!m 野梅农友论坛 › 种植技术 › 大田作物版
!t [经验交流] 种植甜玉米三年的一点体会
!m 楼主：老垄沟　|　查看：2046　|　回复：37
!m 发表于 2025-2-14 21:08
{BODY}
!m 本帖最后由 老垄沟 于 2025-2-15 09:40 编辑
!l ——签名：一亩地一本经——
!l 回复　引用　举报　▲顶　▼踩
!l 沙发　禾苗青青：学习了，请问隔离距离多少米合适？
!a 您需要登录后才可以回帖 登录 | 立即注册
""",
        junk=dict(lines=2, glued=2),
        body="""
我在莳溪乡种了三年甜玉米，每年四十来亩，说几点心得，供大家参考。
第一，一定要隔离种植，和普通玉米至少隔开三百米，不然串粉后甜度下降很明显。
第二，分期播种，每隔十天种一批，这样上市时间能拉开，不至于一下子压价。
第三，采收要准，吐丝后二十天左右最好，过了几天籽粒就变硬，卖不上价。
第四，找好销路，我现在一半供给城里的两家超市，一半在路边摊自己卖。
""",
    ),
    dict(
        slug="forum-qiangu-html-rhubarb-discuz",
        site="千谷药农社区 (invented)",
        style="论坛",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.qiangu-yn.net/forum.php?mod=viewthread&tid=77120",
        title="关于申请大黄初加工设备补助的请示",
        record_title="[求助] 帮看看这篇请示写得行不行：关于申请大黄初加工设备补助的请示 - 千谷药农社区",
        date="2025-05-08",
        notes="Discuz-like forum with jammer fonts; post time differs from the document's date; poster's aside above the document",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[求助] 帮看看这篇请示写得行不行：关于申请大黄初加工设备补助的请示 - 千谷药农社区</title>
<script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 千谷药农社区 — 中药材种植者的家⟧ ⟦a 快捷登录⟧ ⟦a 找回密码⟧</div>
<div id="pt">⟦m 千谷药农社区 › 药材交流 › 合作社事务⟧</div>
<div class="pls">⟦m 楼主 高原药农　积分 812　帖子 96⟧</div>
<div class="pi">⟦m 发表于 2025-5-9 10:26 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f"><p>⟦l 合作社让我写的，帮忙看看格式对不对，谢谢各位！⟧</p>
<h2>{T}</h2>
{BODY}
</div>
<div class="po">⟦l 支持 反对 收藏 分享 回复⟧</div>
<div class="sign">⟦l 种药材，也种希望⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　© 2012-2025 千谷药农社区⟧ ⟦m 青ICP备16002215号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
县农业农村局：
我社现有社员126户，种植掌叶大黄2300亩，年产鲜根约1800吨。目前切片、烘干全靠人工和晾晒，雨季霉变损失较大。
为提高加工质量，我社计划购置切片机2台、热风烘干设备1套，总投资约46万元，其中自筹28万元。
特申请县级中药材产业发展资金补助18万元，用于设备购置。
妥否，请批示。
蕨原乡高原大黄种植专业合作社
2025年5月8日
""",
    ),
    dict(
        slug="blog-zhuxi-essay-loofah-wrapped",
        site="竹溪闲话 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://zhuxixianhua.blog.example.net/2024/08/loofah-sponge.html",
        title="外婆的丝瓜络",
        record_title="外婆的丝瓜络 | 竹溪闲话",
        date="2024-08-03",
        notes="personal blog, body hard-wrapped at 60 columns; bracketed post time; tag and archive chrome",
        page="""
!m 竹溪闲话 —— 写给慢下来的日子
!m 首页　归档　关于我　留言板
{T}
!m [2024-08-03 22:17]　分类：旧物　|　阅读(318)　|　评论(6)
{BODY}
!l 标签：丝瓜络　外婆　手艺
!l « 上一篇 夏夜的蛙声　　下一篇 » 搬家记
!l 归档：2024年8月(3)　2024年7月(5)　2024年6月(4)
!d 本博客文字均为原创，转载请留言告知。
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
外婆家的院墙边年年种丝瓜，夏天吃嫩的，秋天留几根老的挂在竹竿上，等它们慢慢干透，皮一剥，里面就是一团金黄的丝瓜络。
外婆把丝瓜络剪成一段一段，洗碗、刷锅、搓澡都用它，用旧了就扔进灶膛，一点也不浪费。
前几天在集市上看到有人卖丝瓜络做的鞋垫和杯垫，一个要十几块钱，我站在摊前看了很久，想起外婆剥丝瓜皮时沾满汁水的手。
""",
    ),
]
