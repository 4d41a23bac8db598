"""holdout172, part A: emergency escape hammers (安全锤). Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-congyang-transport-hammer-check-notice",
        site="琮阳县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.congyang.gov.cn/zwgk/jtj/tzgg/202504/t20250410_88213.html",
        title="关于开展公交车和校车安全锤专项检查的通知",
        record_title="关于开展公交车和校车安全锤专项检查的通知_琮阳县人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="county portal with 索引号 table, font row and care-mode links; contact line of the document beside the portal's 纠错 line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展公交车和校车安全锤专项检查的通知_琮阳县人民政府</title>
<script src="/js/jquery.min.js"></script><script>var siteId=27;</script>
<style>.topbar a{margin:0 6px}</style></head>
<body>
<div class="topbar"><a href="/">⟦m 琮阳县人民政府⟧</a> <a href="/care">⟦a 进入关怀版⟧</a> <a href="/wza">⟦a 无障碍浏览⟧</a> <span>⟦m 今天是：2025年4月12日 星期六⟧</span></div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进琮阳⟧</li></ul>
<div class="path">⟦m 所在位置：首页 / 政务公开 / 部门信息 / 县交通运输局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索 引 号：11330829MB1C72210Q/2025-00417⟧</td><td>⟦m 主题分类：交通运输⟧</td></tr>
<tr><td>⟦m 发文机关：琮阳县交通运输局⟧</td><td>⟦m 成文日期：2025-04-08⟧</td></tr>
<tr><td>⟦m 发布时间：2025-04-10⟧</td><td>⟦m 有 效 性：有效⟧</td></tr>
</table>
<h2>{T}</h2>
<div class="fontsize">⟦a 【字号：大 中 小】⟧ ⟦a 【打印此页】⟧ ⟦a 【关闭】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="relate"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县交通运输局2025年道路运输安全生产工作要点⟧</li><li>⟦l 关于做好春季学期校车安全管理工作的通知⟧</li></ul></div>
<div class="foot"><p>⟦m 主办：琮阳县人民政府办公室　承办：琮阳县大数据发展中心⟧</p><p>⟦m 网站纠错电话：0579-87120345⟧</p><p>⟦m 浙ICP备05021887号-1　浙公网安备 33072902000145号⟧</p></div>
<script>document.getElementById('zoom').style.fontSize='16px';</script>
</body></html>
""",
        body="""
各公交运营企业、各校车服务单位，各乡镇（街道）交管站：
近期，外地发生多起车辆落水、起火事故，因车内安全锤缺失或被锁定，乘客未能及时破窗逃生。为切实保障乘客生命安全，经研究，决定在全县开展公交车和校车安全锤专项检查。现将有关事项通知如下。
一、检查范围。全县营运公交车214辆、校车63辆，以及城乡客运班线车辆。
二、检查内容。一是安全锤配备数量是否符合车型要求；二是安全锤是否放置在规定位置且便于取用；三是防盗报警装置是否影响紧急取用；四是驾驶员能否熟练演示破窗操作。
三、时间安排。4月15日至4月30日为企业自查阶段，5月1日至5月20日为县局抽查阶段。
四、有关要求。各单位要将自查台账于4月30日前报送县局运输科，对检查中发现的缺失、损坏问题要立即整改。
联系人：周立群　　电话：0579-87123561
琮阳县交通运输局
2025年4月8日
""",
    ),
    dict(
        slug="news-xiaowan-bus-hammer-refit-caption",
        site="箫湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.xiaowan.cn/2025/0603/c1127-559031.html",
        title="箫湾公交完成全部车辆安全锤更新",
        record_title=None,
        record_date="2025-06-03",
        date="2025-06-03",
        notes="no record title (found in the h1); photo caption between paragraphs; editor line glued after the last sentence; ad label and hot list",
        page="""
<html><head><meta charset="utf-8"><title>箫湾公交完成全部车辆安全锤更新 - 箫湾新闻网</title>
<script>window.adSlots=['top','side'];</script></head>
<body>
<div class="hd">⟦m 箫湾新闻网 · 箫湾日报社主办⟧ <a>⟦a 登录⟧</a>|<a>⟦a 注册⟧</a> ⟦a 手机看新闻⟧</div>
<div class="channel">⟦m 首页 时政 民生 城建 文体 视频⟧</div>
<div class="ad"><span>⟦m 广告⟧</span></div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-06-03 08:41　来源：箫湾日报　记者 阮清禾⟧</div>
<div class="article">
{BODY}
</div>
<div class="hot"><h3>⟦l 排行榜⟧</h3><ol><li>⟦l 滨江路夜间施工时间调整⟧</li><li>⟦l 端午假期城区停车免费时段公布⟧</li><li>⟦l 市民热线上半年受理量同比下降⟧</li></ol></div>
<div class="footer">⟦d 本网站所刊登的箫湾日报社各种新闻信息，未经协议授权，禁止下载使用。⟧<br>⟦m 违法和不良信息举报：0577-66021100⟧</div>
</body></html>
""",
        body="""
6月2日，随着最后一批新式安全锤安装到位，箫湾公交集团所辖436辆公交车完成安全锤全部更新。
此次更换的安全锤采用拉绳连接、声光报警的设计，取下时车厢内会发出提示音，既防止被随意带走，又保证紧急时能一把拉下。
⟦m 图为维修工在31路公交车上安装新式安全锤。本报记者 阮清禾 摄⟧
公交集团安全部负责人介绍，过去固定式安全锤常被乘客顺手带走，每月补配数量多达七八十个，有的车辆甚至长期缺锤。新装置投用后，集团还将每季度组织一次全员破窗演练。
市民张女士说，以前坐车从没留意过锤子在哪，现在每个车窗边都有醒目的标识，心里踏实多了。⟦m （责任编辑：叶知秋）⟧
""",
    ),
    dict(
        slug="fanwen-hammer-inspection-summary-decorated",
        site="妙笔公文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.miaobigw.com/zongjie/anquan/20250728/41802.html",
        title="客运站2025年上半年车辆安全锤检查工作总结",
        record_title="【精选】客运站2025年上半年车辆安全锤检查工作总结（通用3篇）",
        date="2025-07-05",
        notes="decorated record title; 成文日期 under signature; writing-service prompt between paragraphs; member copy prompt",
        page="""
!m 妙笔公文网｜材料写作好帮手
!m 您的位置：首页 » 工作总结 » 安全生产总结
!t 【精选】客运站2025年上半年车辆安全锤检查工作总结（通用3篇）
!m 更新时间：2025-07-28　　浏览：1208　　字数：约620字
!a ☆收藏本篇　　◎复制内容需开通会员
{T}
{BODY}
!a 下载完整版Word文档（含另外2篇）→ 立即下载
!l 同类范文：
!l 汽车站节假日安全检查总结
!l 客运企业安全生产月活动总结
!d 本站范文由网友投稿整理，仅供参考借鉴，转载请注明出处。
!m 妙笔公文网 miaobigw.com　苏ICP备19077310号
""",
        indent="\u3000\u3000",
        body="""
今年上半年，站安全办按照市运管部门的统一部署，把车辆安全锤检查纳入进站安检“必查项目”，累计检查进站营运车辆1.8万余车次，现将工作情况总结如下。
一、检查开展情况。安检员对每辆进站车辆的安全锤数量、位置和牢固程度逐一核对，共发现安全锤缺失车辆47辆次、位置不规范31辆次，均已当场督促补齐整改，未整改到位的一律不予发班。
⟦w 原创材料定制，一对一写作，加微信 mbgw_2020 咨询⟧
二、宣传教育情况。在候车大厅循环播放破窗逃生视频，在发车前由驾驶员向乘客讲解安全锤位置和使用方法，共发放宣传卡片6000余张。
三、存在问题及下步打算。个别外地车辆安全锤配备意识不强，部分新驾驶员演示操作不熟练。下半年，我们将建立问题车辆台账，对反复出现问题的车辆通报其所属企业，并组织驾驶员集中培训。
东岭汽车客运站安全办公室
2025年7月5日
""",
    ),
    dict(
        slug="wenku-hammer-school-bus-drill-wrapped-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhiye365.com/view/7c1e0a93d4.html",
        title="瑄湖镇中心小学校车应急疏散演练方案",
        record_title="瑄湖镇中心小学校车应急疏散演练方案.doc",
        date=None,
        notes="file-name record title; hard-wrapped at 58 columns and cut by ⸢n⸣ markers glued or not; preview-end prompt; no date",
        page="""
!m 知页文库　海量文档 随时预览
!m 首页 > 教育资料 > 安全教育 > 演练方案
!m 瑄湖镇中心小学校车应急疏散演练方案.doc　　共3页　　上传者：yue***2
!a 阅读 2.4万　　下载 386　　评分 4.6
{T}
{BODY}
!a 预览已结束，剩余1页可付费阅读
!a 开通文库会员，全站文档免费下　 ￥9.9/月
!l 你可能还喜欢：幼儿园校车安全演练方案 ／ 校车驾驶员应急培训记录
!d 文档内容由用户上传，若侵犯您的权益，请点击投诉。
""",
        wrap=58,
        indent="\u3000\u3000",
        pages=dict(fmt="⸢{n}⸣", every=120, start=2, glue="mix"),
        body="""
为提高校车驾乘人员和乘车学生应对突发事件的能力，确保一旦发生险情能够迅速有序撤离，结合我校实际，制定本方案。
一、演练目的。使每名乘车学生知道安全锤、应急门和灭火器的位置，掌握弯腰、护头、依次下车的要领；使驾驶员和照管员熟悉各自职责，能在一分钟内组织全车学生撤离。
二、参加人员。校车驾驶员3名、照管员3名，乘车学生112名，校安全办教师4名。
三、演练步骤。驾驶员发出模拟险情信号后，照管员打开应急门，靠近车窗的高年级学生在教师指导下示范取下安全锤、敲击车窗四角；其余学生按座位顺序从前门和应急门撤离，到指定地点集合清点人数。
四、注意事项。演练所用车窗为报废校车拆下的玻璃，示范敲击只在指定车辆进行，严禁学生在营运校车上触碰安全锤。
""",
    ),
    dict(
        slug="forum-driver-hammer-missing-junk",
        site="方向盘司机之家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.fxpsiji.com/thread-302917-1-1.html",
        title="跑了十二年夜班车，说说车上安全锤老丢的事",
        record_title="[经验交流] 跑了十二年夜班车，说说车上安全锤老丢的事 - 客车司机版 - 方向盘司机之家",
        date=None,
        notes="forum post with anti-scraping junk lines and glued junk; relative time only (3天前); replies below",
        page="""
!m 方向盘司机之家 › 客车司机版 › 帖子详情
!t [经验交流] 跑了十二年夜班车，说说车上安全锤老丢的事
!m 楼主：老韩开夜车　　发表于 3天前　　查看：2977　回复：41
{BODY}
!a 点赞(86)　　收藏　　举报本帖
!l 2楼　路口等绿灯：我们车队也是，后来换了带绳的就好多了
!l 3楼　半夜十二点：楼主说的用手机拍照留底这招不错
!a 登录后方可参与回复，还没有账号？去注册
!m 方向盘司机之家 · 司机的网上驿站　客服邮箱 kefu@fxpsiji.com
""",
        junk=dict(lines=2, glued=3),
        body="""
我在公交公司开夜班车十二年了，说点实在话。车上的安全锤，是我们每天交接班都要数的东西，可丢得实在太勤，有时候一个礼拜能少三四个。
丢锤子的人大多不是故意使坏，有人以为是车上送的小工具，有的小孩拿着玩就下了车。可是真到出事的时候，少一个锤子就可能少一条逃生路。
我的办法是三条：出车前把锤子一个个摸一遍；发现少了马上报调度补上，不补不出车；平时跟常坐车的乘客聊两句，告诉他们这东西是救命用的。
后来公司换了拉绳带报警的，丢的就少多了。建议还在用老式锤子的车队都换一换。
""",
    ),
    dict(
        slug="blog-retired-conductor-hammer-memory",
        site="老街记忆博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://laojiejiyi.blog.cn/post/2025/09/hammer.html",
        title="我跟车上那把小红锤的缘分",
        record_title="我跟车上那把小红锤的缘分 | 老街记忆",
        date="2025-09-14",
        notes="blog with tag cloud, archive and comments; bracketed post time is the page's date; subscribe prompt glued after a sentence",
        page="""
<html><head><meta charset="utf-8"><title>我跟车上那把小红锤的缘分 | 老街记忆</title><link rel="stylesheet" href="/theme.css"></head>
<body>
<header><div class="blogname">⟦m 老街记忆⟧</div><div class="motto">⟦m 一个老售票员的絮叨⟧</div></header>
<nav>⟦m 首页 | 随笔 | 老照片 | 关于我⟧</nav>
<article>
<h2>{T}</h2>
<div class="meta">⟦m [2025-09-14 20:16]　分类：随笔　阅读(388)　评论(6)⟧</div>
{BODY}
<div class="tags">⟦l 标签：公交 往事 安全锤⟧</div>
<div class="postnav">⟦l « 上一篇：三路车的最后一班⟧　⟦l 下一篇：售票夹子里的零钱 »⟧</div>
</article>
<aside><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2025年9月 (3)⟧</li><li>⟦l 2025年8月 (5)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 公交 老街 母亲 旧物 安全锤 摄影⟧</p></aside>
<section class="comments"><h4>⟦l 发表评论⟧</h4><p>⟦l 昵称（必填）　邮箱（不公开）　提交评论⟧</p></section>
<footer>⟦d 本博文字为博主原创，转载请留言告知。⟧ ⟦m Powered by MiniBlog 2.3⟧</footer>
</body></html>
""",
        body="""
我在公交车上卖了二十年票，退休那年，车上还没有安全锤这个东西。
头一回见它，是九十年代末一辆新进的空调车。车窗边挂着一把小红锤，锤尖是钢的，亮晶晶的。司机老周说，这锤子一年也用不上一回，可一旦要用，就是救命。⟦a 喜欢这篇文章？点击右上角订阅本博⟧
后来，我每天上车头一件事，就是看看那几把小红锤还在不在。有一年冬天，一个小伙子把锤子揣进兜里要下车，我拦住他，跟他讲了半天，他红着脸放了回去。
如今车上都换成了拉绳的，拿下来还会响。我坐车时还会习惯性地抬头找一找，看见它在，心里就安稳。
""",
    ),
    dict(
        slug="wechat-jihe-school-bus-hammer-parents",
        site="玑山教育发布 (invented WeChat account, mirrored)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.wxmirror.net/s/jishanjy/Lk28Qa0v",
        title="致全县中小学生家长的一封信：教孩子认识车上的安全锤",
        record_title="致全县中小学生家长的一封信：教孩子认识车上的安全锤",
        date="2025-08-29",
        notes="WeChat mirror; account line date differs from the signature date (document's expected, both accepted); the letter itself asks readers to 扫码/关注",
        date_also=["2025-08-30"],
        page="""
!m 文章镜像站 · 公众号文章存档
!t 致全县中小学生家长的一封信：教孩子认识车上的安全锤
!m 玑山教育发布　2025-08-30 07:30　发表于浙江
!a 轻触阅读原文
{BODY}
!a 分享　　推荐　　在看 127
!l 往期回顾｜开学第一课安全提醒　｜　秋季学期校车线路公布
!d 本页为公开文章的存档镜像，版权归原公众号所有。
""",
        indent="",
        body="""
各位家长朋友：
新学期即将开始，不少孩子要乘坐校车或公交车上下学。车辆发生紧急情况时，安全锤是破窗逃生的重要工具。为此，我们向各位家长提出以下几点建议。
一、带孩子认一认。第一次乘车时，请陪孩子找一找车窗边的安全锤和应急门，告诉孩子这是救命工具，不能玩、不能拿走。
二、教孩子说一说。请用孩子听得懂的话讲清楚：安全锤要敲车窗的四个角，不能敲中间；敲碎后先护住头再出去；大人在场时听大人指挥。
三、和孩子练一练。县教育局制作了三分钟的动画视频，请扫描学校下发告家长书上的二维码观看，也可关注“玑山教育发布”在菜单栏查看。
孩子的安全，需要学校和家庭共同守护。感谢您的支持与配合！
玑山县教育局
2025年8月29日
""",
    ),
    dict(
        slug="tender-yuanxi-hammer-procurement-lots",
        site="瑗溪市公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.yuanxi.gov.cn/jyxx/zfcg/cggg/20250312/0451.html",
        title="瑗溪市公交集团车载安全锤及报警装置采购项目竞争性磋商公告",
        record_title="【采购公告】瑗溪市公交集团车载安全锤及报警装置采购项目竞争性磋商公告",
        date="2025-03-12",
        notes="tender platform; lots table one row a paragraph; purchaser and agency contacts beside the platform's CA hotline; sentence about 下载 the file kept",
        page="""
<html><head><meta charset="utf-8"><title>瑗溪市公共资源交易网</title><script>var tip='浏览器建议使用Chrome';</script></head>
<body>
<div class="top">⟦m 瑗溪市公共资源交易网⟧ ⟦a 主体注册⟧ ⟦a 投标人登录⟧ ⟦m 2025年3月12日⟧</div>
<div class="nav">⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧</div>
<div class="loc">⟦m 当前位置：交易信息 &gt; 政府采购 &gt; 采购公告⟧</div>
<h3>{T}</h3>
<div class="info">⟦m 发布时间：2025-03-12 09:00:00　信息来源：瑗溪诚联招标代理有限公司　浏览次数：612⟧</div>
<div class="detail">
{BODY}
</div>
<div class="attach">⟦a 【我要投标】⟧ ⟦a 【收藏项目】⟧</div>
<div class="foot"><p>⟦m CA数字证书办理热线：400-611-5820（工作日 8:30-17:30）⟧</p><p>⟦m 主办单位：瑗溪市公共资源交易中心　技术支持：诚联网络⟧</p></div>
</body></html>
""",
        body="""
项目概况：瑗溪市公交集团车载安全锤及报警装置采购项目的潜在供应商应在瑗溪市公共资源交易网免费下载磋商文件，并于2025年3月24日9点30分前提交响应文件。
一、项目编号：YXCL-2025-CG0318
二、采购需求：
包号　名称　数量　最高限价（万元）
1　拉绳式安全锤　2600把　18.2
2　安全锤取用报警装置　1300套　31.5
三、供应商资格要求：具有独立承担民事责任的能力；具有良好的商业信誉；本项目不接受联合体。
四、联系方式
采购人：瑗溪市公交集团有限公司　联系人：欧阳敏　电话：0573-82216607
采购代理机构：瑗溪诚联招标代理有限公司　联系人：沈一帆　电话：0573-82330915
""",
    ),
    dict(
        slug="baike-hammer-entry-placeholders",
        site="知识岛百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.zhishidao.com/item/安全锤/66012",
        title="安全锤",
        record_title="安全锤_知识岛百科",
        date=None,
        notes="encyclopaedia entry; contents box; edit links; a template placeholder sentence kept; update stamp not a date",
        page="""
!m 知识岛百科 — 人人可编辑的百科全书
!a 编辑词条　　讨论　　收藏 318
!t 安全锤
!m 本词条由“知识岛交通安全科普团”审核　最近更新：2天前
!l 目录　1 简介　2 结构　3 使用方法　4 管理要求
{BODY}
!l 参考资料：1.《营运客车安全技术条件》解读　2. 城市公交安全运营手册
!l 词条标签：交通工具　安全设备　应急救援
!d 百科内容仅供参考，如需专业意见请咨询相关部门。
""",
        body="""
安全锤是安装在客车、公交车、校车等封闭车厢内的辅助逃生工具，一般配置在车窗附近，用于在车门无法打开时敲碎车窗玻璃逃生。
结构
安全锤通常由锤头和手柄组成。锤头一端呈圆锥形，尖端采用高硬度合金，敲击面积小、压强大，能使钢化玻璃迅速碎裂；手柄多为塑料材质，部分产品尾部带有割断安全带的刀片。
使用方法
敲击时应选择车窗玻璃的四个角或边缘，这些位置最为薄弱；敲碎后用手臂护住头部，清除窗框残留玻璃再撤离。夹层玻璃的前挡风玻璃难以敲碎，不宜作为逃生出口。
管理要求
许多运营单位要求驾驶员每日出车前检查安全锤并填写记录，记录表一般写明“检查时间：××××年××月××日，检查人：××”。
""",
    ),
    dict(
        slug="print-huangcheng-bus-hammer-rules",
        site="璜城公交集团 (invented), print view",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.hcgjjt.com/print.aspx?id=2207",
        title="璜城公交集团车载安全锤管理办法",
        record_title="打印预览 - 璜城公交集团车载安全锤管理办法",
        date="2025-02-20",
        notes="print view; articles speak of 打印 and 张贴 as part of the rule; print footer; date line 印发",
        page="""
!a 【打印】　【关闭窗口】
!m 璜城公交集团有限公司　www.hcgjjt.com
{T}
{BODY}
!m 网址：http://www.hcgjjt.com/print.aspx?id=2207
!p ◈ 第 1 页 / 共 1 页 ◈
""",
        body="""
第一条　为加强车载安全锤管理，确保车辆发生紧急情况时乘客能够及时破窗逃生，制定本办法。
第二条　本办法适用于集团所属各分公司营运车辆。
第三条　每辆公交车按车型配备安全锤，大型车不少于6把，中型车不少于4把，安全锤应放置在车窗立柱的固定座上。
第四条　驾驶员每日出车前检查安全锤，发现缺失、损坏应立即报告车队，由车队当日补配。
第五条　车队每月打印安全锤检查台账，经队长签字后存档；各分公司在调度室张贴安全锤补配流程图。
第六条　对私自拿走安全锤的人员，驾驶员应予以劝阻，必要时报警处理。
第七条　本办法自印发之日起施行。
璜城公交集团有限公司
2025年2月20日印发
""",
    ),
    dict(
        slug="mail-fwd-school-bus-hammer-replacement",
        site="学苑邮 (invented webmail), forwarded mail",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mail://xueyuanmail/inbox/58210",
        title="关于更换校车安全锤的函",
        record_title="Fwd: 关于更换校车安全锤的函",
        date="2025-10-09",
        date_also=["2025-10-11"],
        notes="forwarded mail: header lines are meta; the letter's own 附件 list and contact kept; send date differs from the letter's date",
        page="""
!m 学苑邮 — 收件箱
!a 回复　回复全部　转发　删除　标记为未读
!m ---------- 转发的邮件 ----------
!m 发件人：珩州蓝鹊校车服务有限公司 <lanque_bus@xymail.cn>
!m 发送时间：2025年10月11日 周六 10:22
!m 收件人：珥川小学总务处 <zwc_erchuan@xymail.cn>
!t 主题：关于更换校车安全锤的函
{BODY}
!m 附件：2 个（安全锤更换清单.xlsx　产品检验报告.pdf）
!a 下载全部附件　　在线预览
!d 此邮件可能包含机密信息，如您误收，请立即删除并通知发件人。
""",
        body="""
珥川小学：
根据《校车安全管理条例》和贵校与我公司签订的校车服务合同，我公司计划于10月18日（周六）对服务贵校的5辆校车全部更换新式安全锤，更换期间不影响正常接送。
新式安全锤带有取用提示功能，为便于师生熟悉，建议贵校在更换后安排一次乘车安全教育，我公司可派安全员到校协助讲解。
附件：1. 安全锤更换车辆清单
2. 新式安全锤产品检验报告
联系人：钟晓帆　电话：13905726618
珩州蓝鹊校车服务有限公司
2025年10月9日
""",
    ),
]
