"""holdout174, part A: light bulbs (灯泡) — invented sites, counties, people and chrome."""

CASES = [
    dict(
        slug="gov-congyang-bulb-spotcheck-table",
        site="琮阳县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.congyang.example.gov.cn/zwgk/scjg/202409/t20240918_55120.html",
        title="琮阳县市场监督管理局关于2024年LED灯泡产品质量监督抽查结果的通报",
        record_title="琮阳县市场监督管理局关于2024年LED灯泡产品质量监督抽查结果的通报_琮阳县人民政府",
        date="2024-09-13",
        date_also=["2024-09-18"],
        notes="modern county portal; 索引号 table; table one row a paragraph; document's 联系人/电话 beside the portal's 纠错 line; date under the signature, byline date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>琮阳县市场监督管理局关于2024年LED灯泡产品质量监督抽查结果的通报_琮阳县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var siteid="cy001";</script></head>
<body>
<div class="topbar">⟦m 琮阳县人民政府门户网站⟧ <a href="#">⟦a 无障碍浏览⟧</a> <a href="#">⟦a 长者模式⟧</a> <a href="#">⟦m 繁體⟧</a></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进琮阳⟧</li></ul>
<div class="pos">⟦m 您所在的位置：首页 &raquo; 政务公开 &raquo; 部门信息 &raquo; 县市场监管局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：11360827MB1J43120P/2024-04417⟧</td><td>⟦m 主题分类：质量监督⟧</td></tr>
<tr><td>⟦m 发文机关：琮阳县市场监督管理局⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
</table>
<h2>{T}</h2>
<div class="src">⟦m 信息来源：县市场监管局　更新日期：2024-09-18　浏览：<span>275</span>⟧</div>
<div class="fs">⟦a 【字号 大 中 小】⟧ ⟦a 【打印此页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="zoom">
{BODY}
</div>
<div class="share">⟦l 分享至：微信 微博 QQ空间⟧</div>
<div class="rel"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县市场监管局开展电动自行车充电器专项抽查⟧</li><li>⟦l 关于2024年电线电缆产品抽查结果的通报⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：琮阳县人民政府办公室　承办：琮阳县大数据中心⟧</p><p>⟦m 网站纠错电话：0797-6210049⟧</p><p>⟦m 赣ICP备12006631号-2　政府网站标识码：3607270013⟧</p></div>
</body></html>
""",
        body="""
各乡镇市场监管所、局机关各股室：
为提升我县照明产品质量水平，2024年7月至8月，我局组织对辖区内生产、销售的LED灯泡产品开展了质量监督抽查。现将抽查结果通报如下。
一、抽查基本情况
本次共抽查LED灯泡产品24批次，涉及生产企业6家、销售单位15家，检验项目包括标记、光通量、显色指数、功率因数、防触电保护等8项。
二、抽查结果
经检验，合格21批次，不合格3批次，批次合格率87.5%。不合格产品明细如下：
序号　产品名称　标称生产单位　不合格项目
1　9W球泡灯　琮阳县明辉照明电器厂　光通量
2　12W节能球泡　璩城市亮晶电子有限公司　功率因数
3　5W蜡烛灯泡　标称瑛川光源商行　标记
三、处理要求
各市场监管所要督促不合格产品的生产、销售单位立即停止生产销售，查明原因，限期整改，并依法予以处理。
联系人：钟晓岚，联系电话：0797-6218830。
琮阳县市场监督管理局
2024年9月13日
""",
    ),
    dict(
        slug="fanwen-bulb-factory-speech-decorated",
        site="妙笔范文库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.miaobifw.example.com/jianghua/2024/0311/88127.html",
        title="在灯泡厂安全生产动员大会上的讲话",
        record_title="【精选】在灯泡厂安全生产动员大会上的讲话（通用3篇）",
        date="2024-03-08",
        notes="decorated record title; date under the speech title; speaker line neutral; writer prompt glued after a sentence and a VIP line between paragraphs",
        page="""
!m 妙笔范文库 —— 写材料不再难
!m 首页 / 讲话致辞 / 安全生产讲话
!t 【精选】在灯泡厂安全生产动员大会上的讲话（通用3篇）
!m 更新：2024-03-11　人气：1402　编辑：小石
!a 一键复制　　下载DOC　　加入收藏夹
第一篇
在灯泡厂安全生产动员大会上的讲话
（2024年3月8日）
厂长　邬建平
{BODY}
!a 剩余2篇精品范文，开通白金会员后可查看
!l 同主题：安全月启动仪式讲话｜班组长安全讲话｜车间安全例会发言
!d 文章由会员投稿，版权归原作者，如有侵权请来信删除
""",
        body="""
同志们：
今天召开全厂安全生产动员大会，主要任务是总结去年安全工作，部署今年重点任务，动员全体职工绷紧安全这根弦。
去年，我们玻壳车间、封口车间全年未发生轻伤以上事故，但排气台烫伤、玻璃碎片划伤等小事故仍有11起，说明隐患依然存在。⟦w 本文由妙笔写作团队原创，定制材料请联系客服小石。⟧
⟦a 会员专享：本段以下内容需登录后阅读⟧
今年，我们要重点抓好三件事：一是封口机、排气台等高温设备必须加装防护罩；二是氩气、氮气钢瓶要分区存放、专人管理；三是每月开展一次全员应急演练。
安全生产没有旁观者，希望大家从我做起、从每一道工序做起，确保全年安全无事故。
""",
    ),
    dict(
        slug="wenku-bulb-recycling-plan-pages",
        site="蓝格文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.lange.example.com/view/8a61c2e09f5d4b77.html",
        title="琨原街道废旧灯泡灯管回收处置工作方案",
        record_title="琨原街道废旧灯泡灯管回收处置工作方案.docx",
        date="2024-05-20",
        notes="file-name record title; page markers of my own form ⸢2⸣ cutting sentences; preview-end prompt; upload notice",
        pages=dict(fmt="⸢{n}⸣", every=150, start=2),
        page="""
!m 蓝格文库
!t 琨原街道废旧灯泡灯管回收处置工作方案.docx
!m 上传者：wu***88　　大小：31.2KB　　共4页　　上传时间：2024-06-02
{BODY}
!a 试看已结束，余下内容需下载后查看
!a 立即下载（8下载券）
!d 本文档来自用户上传，平台不对其内容负责，如侵犯您的权益请点击举报
""",
        body="""
为规范辖区内废旧含汞灯泡、灯管的回收处置，防止汞污染，结合我街道实际，制定本方案。
一、工作目标
到2024年底，辖区内各社区、机关单位、学校全部设立废旧灯泡灯管回收点，回收率达到80%以上。
二、工作措施
（一）设置回收箱。在每个社区服务中心、大型超市门口各设置一个专用回收箱，箱体统一标识“废旧灯泡灯管”。
（二）定期转运。街道与有资质的危险废物处置单位签订协议，每月集中转运一次，严禁与生活垃圾混放。
（三）宣传引导。各社区要利用宣传栏、居民群等渠道，引导居民将废旧灯泡灯管投放到指定回收箱。
三、工作要求
各社区要明确一名专人负责，建立回收台账，每月5日前将上月回收数量报街道城管办。
琨原街道办事处
2024年5月20日
""",
    ),
    dict(
        slug="news-jinpu-bulb-factory-transform-html",
        site="瑾浦新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.jinpu.example.com/jjxw/2024-10/22/content_611208.html",
        title="老灯泡厂变身智能照明产业园",
        record_title=None,
        date="2024-10-22",
        notes="missing record title (h1); byline 发布时间 is the page date; photo caption between paragraphs; editor line glued after the last sentence",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>老灯泡厂变身智能照明产业园-瑾浦新闻网</title>
<link rel="stylesheet" href="/static/news.css"></head>
<body>
<header><div class="logo">⟦m 瑾浦新闻网 瑾浦人自己的新闻门户⟧</div>
<nav>⟦m 时政⟧ ⟦m 经济⟧ ⟦m 民生⟧ ⟦m 文旅⟧ ⟦m 视频⟧ ⟦m 专题⟧</nav></header>
<main><article>
<h1>{T}</h1>
<div class="meta">⟦m 发布时间：2024-10-22 09:41　来源：瑾浦日报　记者 葛一帆⟧</div>
{BODY}
</article>
<aside><div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 瑾浦高铁站南广场本周开放⟧</li><li>⟦l 秋季征兵体检注意事项⟧</li><li>⟦l 城区三条道路夜间施工⟧</li></ol></div>
<div class="qr">⟦a 扫码下载瑾浦新闻客户端⟧</div></aside></main>
<footer>⟦d 瑾浦新闻网版权所有，未经书面授权禁止转载⟧<br>⟦m 互联网新闻信息服务许可证：33120190027　浙ICP备19004216号⟧</footer>
</body></html>
""",
        body="""
10月21日，位于瑾浦经济开发区的原第二灯泡厂旧厂房里，一条智能照明模组生产线正式投产。
这家始建于1972年的老厂，曾是全省最大的白炽灯泡生产企业之一，高峰时年产灯泡1.2亿只。
⟦m 图为工人在新生产线上调试智能灯具。记者 葛一帆 摄⟧
随着白炽灯逐步退出市场，工厂于2016年停产。去年，开发区引进两家照明企业，对旧厂房进行改造，保留了老车间的锯齿形屋顶和部分烧制设备，建成集研发、生产、展示于一体的产业园。
园区负责人介绍，全部建成后预计年产值可达6亿元，可吸纳就业800余人。⟦m （编辑：陶蕾）⟧
""",
    ),
    dict(
        slug="forum-bulb-flicker-post-junk",
        site="珂田家园论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.ketian.example.net/thread-402771-1-1.html",
        title="新买的灯泡一开就闪，是灯泡问题还是线路问题？",
        record_title="新买的灯泡一开就闪，是灯泡问题还是线路问题？ - 家装水电 - 珂田家园论坛",
        date=None,
        notes="forum post with anti-scraping junk lines and glued junk; floor meta; relative time is no date",
        junk=dict(lines=2, glued=2),
        page="""
!m 珂田家园论坛 › 家装水电 › 正文
!t 新买的灯泡一开就闪，是灯泡问题还是线路问题？
!m 楼主：小区老王　　发表于 3天前　　查看：392　回复：17
{BODY}
!l 回复　　引用　　举报　　只看该作者
!l 沙发 电工老杨：大概率是开关带指示灯，换个普通开关试试。
!a 登录后才能回帖，没有账号？立即注册
""",
        body="""
家里卧室换了一个9瓦的LED灯泡，刚装上去就一闪一闪的，关掉开关后还会微微发亮。
换成原来那个旧灯泡就没事，但新灯泡拿到客厅装上也正常。
我查了一下，卧室开关是带夜光指示的那种，客厅开关是普通的。
请问各位大神，是开关的问题还是卧室线路接错了？需不需要请电工上门看看？
""",
    ),
    dict(
        slug="blog-bulb-collector-html-archive",
        site="旧光阴的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://jiuguangyin.blog.example.com/2023/11/bulb-collection.html",
        title="我收藏的那些老灯泡",
        record_title="【随手记】我收藏的那些老灯泡 | 旧光阴的博客",
        date="2023-11-04",
        notes="blog with tag cloud, archive, comment box; bracketed post time as page date",
        page="""
<html><head><meta charset="utf-8"><title>【随手记】我收藏的那些老灯泡 | 旧光阴的博客</title></head>
<body>
<div id="header"><h1>⟦m 旧光阴的博客⟧</h1><p>⟦m 慢慢收，慢慢写⟧</p></div>
<div id="nav">⟦m 首页 | 随手记 | 老物件 | 关于我⟧</div>
<div id="post">
<h2>{T}</h2>
<p class="time">⟦m [2023-11-04 21:16]⟧ ⟦m 分类：老物件⟧</p>
{BODY}
<p class="tags">⟦l 标签：灯泡 老物件 收藏⟧</p>
<p class="nav2">⟦l « 上一篇：一只搪瓷缸子的来历⟧ ⟦l 下一篇：外公的煤油灯 »⟧</p>
<div class="cmt"><h3>⟦l 评论（4）⟧</h3><p>⟦l 发表评论请先登录⟧</p></div>
</div>
<div id="side"><h3>⟦l 标签云⟧</h3><p>⟦l 老物件(23) 随手记(41) 旅行(9)⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2023年11月(3)⟧</p><p>⟦l 2023年10月(5)⟧</p></div>
<div id="footer">⟦d © 旧光阴 本站文字未经许可请勿转载⟧</div>
</body></html>
""",
        body="""
我书房的玻璃柜里，摆着四十多只老灯泡，最老的一只是上世纪五十年代的碳丝灯泡，灯丝弯成一个小小的“M”字。
这些灯泡大多是从废品站、旧货市场淘来的，也有几只是朋友拆老房子时给我留下的。
其中我最喜欢的是一只琮阳灯泡厂出的25瓦磨砂灯泡，灯头上还印着“为人民服务”五个小字。
小时候家里只有一盏15瓦的灯泡，晚上全家围着它吃饭、写作业、纳鞋底。
如今家家户户用上了LED灯，这些老灯泡也不再点亮，但每次看到它们，我都能想起那一圈昏黄的光。
""",
    ),
    dict(
        slug="wechat-mirror-bulb-eye-care-tips",
        site="微读镜像站 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="text",
        source="https://weidu.example.cc/s/Yq3kLb0mTt",
        title="孩子台灯选灯泡，这几点要看清",
        record_title="孩子台灯选灯泡，这几点要看清",
        date="2024-08-26",
        notes="WeChat mirror: account line with date, 阅读原文/在看, follow prompt; body speaks of 扫码 as content",
        page="""
!m 微读 · 公众号文章镜像
{T}
!m 原创　璐江眼科医院　2024-08-26 18:00　发表于璐江
!a 点击上方蓝字关注我们
{BODY}
!l 阅读原文
!l 在看　　赞　　分享
!d 本页面由镜像站自动抓取，内容版权归原公众号所有
""",
        body="""
开学季到了，不少家长都在给孩子买台灯，而灯泡的好坏直接关系到孩子的用眼健康。
第一，看色温。孩子读写用的灯泡，色温以4000K左右为宜，过冷的白光容易引起视疲劳。
第二，看显色指数。显色指数Ra最好在90以上，书本上的颜色才还原得准。
第三，看有无频闪。可以用手机摄像头对着灯泡拍，画面出现明显滚动条纹的，说明频闪较大。
如需预约儿童视力筛查，家长可扫描医院官网公布的二维码，或拨打眼视光门诊电话0574-8312606。
""",
    ),
    dict(
        slug="docshare-bulb-warehouse-rules-wps",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://www.gongxiangdoc.example.com/p-77310561.html",
        title="灯泡成品仓库管理制度",
        record_title="灯泡成品仓库管理制度.wps",
        date=None,
        notes="a rule whose article speaks of 打印 as content; numbered articles; no date; upload notice and download button; wrapped at 62 columns",
        wrap=62,
        page="""
!m 共享文档站 > 企业管理 > 仓储制度
!t 灯泡成品仓库管理制度.wps
!m 页数：3　浏览：1120　下载：86　上传于2023-12-07
!a 下载本文档　|　加入文件夹　|　举报
{BODY}
!d 温馨提示：文档由会员上传分享，本站仅提供存储空间服务
!l 相关文档：电子元件仓库管理规定　玻璃制品入库检验规程
""",
        body="""
第一条　为规范灯泡成品的入库、存放和出库管理，减少破损，特制定本制度。
第二条　成品入库时，仓管员应核对型号、数量和检验合格标签，未贴合格标签的一律不得入库。
第三条　灯泡成品应按型号分区码放，纸箱堆码不得超过六层，易碎品区域应设置明显警示标识。
第四条　出库时由仓管员打印出库单，经领用部门负责人签字后方可发货，出库单一式三联。
第五条　仓库每月盘点一次，破损率超过千分之三的，应查明原因并书面报告生产部。
第六条　本制度自发布之日起执行，由仓储物流部负责解释。
""",
    ),
    dict(
        slug="edu-bulb-physics-lab-notice-html",
        site="玳口市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.daikou.example.gov.cn/tzgg/2024/0902/4471.html",
        title="关于做好中小学实验室灯泡等易耗器材补充工作的通知",
        record_title="关于做好中小学实验室灯泡等易耗器材补充工作的通知",
        record_date="2024-09-02",
        date="2024-09-02",
        notes="education bureau; 附件 list kept; 抄送 版记 kept; 文号 neutral; contact inside the body beside the site's tech line",
        page="""
<html><head><meta charset="utf-8"><title>通知公告-玳口市教育局</title></head>
<body>
<div class="head">⟦m 玳口市教育局⟧ ⟦m 立德树人　办人民满意的教育⟧</div>
<div class="nav">⟦m 网站首页⟧ ⟦m 机构概况⟧ ⟦m 通知公告⟧ ⟦m 教育资讯⟧ ⟦m 招生考试⟧</div>
<div class="loc">⟦m 当前位置：网站首页 ＞ 通知公告⟧</div>
<div class="article">
<h3>{T}</h3>
<p class="info">⟦m 发布者：装备中心　日期：2024-09-02　点击数：519⟧</p>
<p>玳教装〔2024〕17号</p>
{BODY}
<p>⟦a [打印] [关闭]⟧</p>
</div>
<div class="foot">⟦m 地址：玳口市滨江路12号　邮编：316500⟧<br>⟦m 网站技术支持：0580-2276015⟧<br>⟦m 浙ICP备10020913号⟧</div>
</body></html>
""",
        body="""
各区县教育局，市直各学校：
为保障秋季学期物理、科学实验教学正常开展，现就补充实验室灯泡等易耗器材有关事项通知如下。
一、各校要对小灯泡、灯座、电池盒、导线等易耗器材进行一次全面清点，按照每个实验小组一套的标准补齐。
二、补充器材统一通过市教育装备采购平台选购，9月20日前完成采购。
三、各校要将清点和补充情况填入附件表格，于9月25日前报送市教育装备中心。
联系人：邢文博，电话：0580-2276032。
附件：1.实验室易耗器材清点表
2.易耗器材补充情况汇总表
抄送：市财政局。
""",
    ),
    dict(
        slug="oa-bulb-workshop-minutes",
        site="亮晶电子内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.liangjing.example.local/doc/view?id=20240415003",
        title="封口车间灯泡漏气问题专题会议纪要",
        record_title="内网公告-封口车间灯泡漏气问题专题会议纪要",
        date="2024-04-15",
        notes="intranet minutes: 时间/地点/主持/参会/记录 lines kept; approval trail and read count as meta; meeting date",
        page="""
!m 亮晶电子协同办公平台
!m 公文管理 / 会议纪要 / 查看
!t 内网公告-封口车间灯泡漏气问题专题会议纪要
!m 拟稿：质量部 钱悦　审核：付志强　签发：严少华　阅读 64 人
{BODY}
!m 流转记录：2024-04-15 16:20 钱悦 提交 → 2024-04-16 08:45 付志强 同意 → 2024-04-16 10:02 严少华 签发
!a 打印　导出PDF　返回列表
""",
        body="""
时间：2024年4月15日14:00
地点：行政楼三楼会议室
主持：付志强
参会：质量部、封口车间、设备部、采购部负责人
记录：钱悦
会议听取了质量部关于近期灯泡漏气不良率上升的情况汇报，3月份漏气不良率为1.8%，较上月上升0.7个百分点。
经分析，主要原因是二号封口机火头磨损和新批次芯柱尺寸偏差。
会议议定：一、设备部4月18日前更换二号封口机火头；二、采购部通知芯柱供应商到厂整改；三、质量部每日统计漏气不良率，连续一周低于1%后恢复正常抽检频次。
""",
    ),
    dict(
        slug="qa-bulb-watt-question-answer",
        site="问知网 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wenzhi.example.com/question/30991247",
        title="40瓦的白炽灯泡换LED大概选几瓦的？",
        record_title=None,
        date="2024-02-17",
        notes="no record title: the question on the page; 回答于 as page date; vote bar, related questions",
        page="""
!m 问知网 - 有问题，就问知
40瓦的白炽灯泡换LED大概选几瓦的？
!m 3个回答　　被浏览 2,106
!m 灯具达人阿蒙　回答于 2024-02-17
{BODY}
!l 赞同 87　　反对　　评论 6　　收藏　　举报
!l 相关问题：LED灯泡色温怎么选？　卫生间用什么灯泡好？
!a 打开App，查看更多回答
""",
        body="""
一般来说，LED灯泡的光效大约是白炽灯的六到八倍。
原来40瓦的白炽灯，换成5瓦到6瓦的LED灯泡亮度就差不多了。
选购时不要只看瓦数，更要看包装上标的光通量，40瓦白炽灯大约相当于470流明左右。
另外注意灯头型号，家用常见的是E27大螺口和E14小螺口，买之前先把旧灯泡拧下来看一看。
""",
    ),
    dict(
        slug="anthology-bulb-night-school-oldtable",
        site="瑗浦文存 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.yuanpuwencun.example.net/wz/show.asp?id=1187",
        title="夜校的那盏灯泡",
        record_title="夜校的那盏灯泡_瑗浦文存",
        date=None,
        notes="old gb2312/ASP table layout with marquee and visitor counter; essay with a 写于 line and only a year: no date",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>夜校的那盏灯泡_瑗浦文存</title></head>
<body bgcolor="#f3efe2">
<table width="760" align="center"><tr><td>⟦m 瑗浦文存·卢秉森作品集⟧</td></tr>
<tr><td><marquee>⟦m 欢迎光临本站，文章皆为作者原创⟧</marquee></td></tr>
<tr><td>⟦m 首页 | 散文 | 诗词 | 回忆录 | 留言簿⟧</td></tr></table>
<table width="760" align="center"><tr><td width="560">
<div align="center"><b>{T}</b></div>
<div>⟦m 作者：卢秉森　录入：管理员　阅读次数：208⟧</div>
{BODY}
<div>⟦l 上一篇：渡口⟧　⟦l 下一篇：秋收记事⟧</div>
</td><td width="200" valign="top">⟦l 作品排行⟧<br>⟦l 1. 渡口⟧<br>⟦l 2. 母亲的针线筐⟧</td></tr></table>
<table width="760" align="center"><tr><td>⟦m 您是第 0031207 位访客⟧　⟦d 版权所有 转载请注明出处⟧</td></tr></table>
</body></html>
""",
        body="""
一九七八年冬天，公社在小学里办起了扫盲夜校，我被派去当老师。
教室里只有一盏25瓦的灯泡，挂在黑板前面，电压一低就暗得像萤火。
来上课的大多是三四十岁的社员，白天下地，晚上揣着手来认字。
有一回停了电，大家就点起煤油灯接着念，念着念着，那盏灯泡又亮了，教室里响起一片笑声。
四十多年过去，我还记得那晚的灯光，记得他们第一次写出自己名字时的样子。
写于二〇二三年秋
""",
    ),
]
