"""holdout61, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text (beekeeping, hot springs)."""

CASES = [
    dict(
        slug="fanwen-mifeng-speech-apiary-season",
        site="蜜蜂范文苑 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.mifengfw.cn/jh/nongye/3391.html",
        title="在全县春季蜂群管理现场会上的讲话",
        record_title="在全县春季蜂群管理现场会上的讲话（优选两篇）_蜜蜂范文苑",
        date="2025-03-18",
        page="""
!m 蜜蜂范文苑｜好材料一搜就有
!m 位置：首页 / 讲话发言 / 农业农村
{T}
!m 更新：2025-04-02　点击量：884　收录编号 FW-3391
!a ◆点此复制◆　◆生成Word◆　◆加入书签◆
2025年3月18日
{BODY}
!a 全文未完，开通月卡继续阅读剩余内容
!l 本栏热门：蜂产品质量安全会议讲话｜林下养蜂推进会发言
!m ©2019-2025 蜜蜂范文苑 mifengfw.cn　浙ICP备20231177号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天我们在椴川镇王家坳蜂场召开现场会，目的是看样板、学方法、抓落实。刚才大家看了分箱、换脾和治螨的现场操作，很有收获。
一、抓早抓细春繁工作。各乡镇要督促蜂农在油菜花期前完成蜂群调整，弱群合并，强群适时加脾。⟦w 需要原创讲话稿，请加客服微信 mfw_xiezuo⟧
二、抓好病害防控。县畜牧站要在四月底前完成全县1.2万群蜂的蜂螨普查，发现问题及时处置。
三、抓实产品销路。供销社要牵头对接收购企业，帮助蜂农把好蜜卖出好价钱。
同志们，春季管理关系全年收成，希望大家把工作做在前头。
""",
    ),
    dict(
        slug="fanwen-yunshu-html-hotspring-summary",
        site="云书范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.yunshufw.com/zongjie/2025/0716.html",
        title="榧溪温泉度假区2025年上半年安全生产工作总结",
        record_title=None,
        date="2025-07-10",
        page="""
<html><head><meta charset="gbk"><title>榧溪温泉度假区2025年上半年安全生产工作总结 - 云书范文网</title>
<script>var _hits=1;document.write('');</script></head>
<body><table width="960" align="center"><tr><td>
<div class="top">⟦m 云书范文网 yunshufw.com —— 千万篇范文免费看⟧</div>
<marquee>⟦m 欢迎光临本站！今日更新范文126篇⟧</marquee>
<div class="nav">⟦m 首页 | 总结 | 计划 | 讲话 | 心得 | 报告⟧</div>
</td></tr><tr><td width="700">
<h1>{T}</h1>
<div class="info">⟦m 作者：匿名　来源：网友投稿　日期：2025-07-16 09:12⟧</div>
<div class="fz">⟦a 【字号：大 中 小】【打印此文】【关闭】⟧</div>
<div class="content">
{BODY}
</div>
<div class="tip">⟦d 本文由网友投稿，观点仅代表作者本人，如涉及版权请联系站长删除。⟧</div>
<div class="pn">⟦l 上篇：景区上半年消防工作总结⟧<br>⟦l 下篇：酒店客房部半年工作小结⟧</div>
</td><td width="240" valign="top">
<div class="side">⟦l 点击排行⟧<ul><li>⟦l 1. 温泉酒店年度总结⟧</li><li>⟦l 2. 旅游安全检查报告⟧</li></ul></div>
</td></tr><tr><td colspan="2"><div class="foot">⟦m 本站访问人数：0038215　站长QQ：20518836⟧</div></td></tr></table></body></html>
""",
        body="""
今年上半年，度假区坚持“安全第一、预防为主”，全面落实安全生产责任制，接待游客21.6万人次，未发生安全事故。
一、健全责任体系。与12个部门签订安全责任书，明确汤池、客房、餐饮各环节第一责任人。
二、抓好隐患排查。对38处温泉汤池的水温、水质和防滑设施逐一检查，整改隐患47处。
三、加强应急演练。组织溺水救援、燃气泄漏演练4次，参与员工320人次。
下半年，我们将围绕暑期客流高峰，继续加强巡查，确保游客平安。
榧溪温泉度假区管理有限公司
2025年7月10日
""",
    ),
    dict(
        slug="wenku-jiaoye-preview-bee-plan",
        site="蕉叶文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.jiaoye.net/view/8a1c77e2.html",
        title="楮山县中华蜜蜂保护区建设实施方案",
        record_title="楮山县中华蜜蜂保护区建设实施方案.docx",
        date="2024-11-05",
        page="""
!m 蕉叶文库 > 农林牧渔 > 畜牧养殖
!t 楮山县中华蜜蜂保护区建设实施方案.docx
!m 格式：docx　页数：4　贡献者：y***9　上传于：2天前
!a 下载需8积分　｜　VIP免积分下载
楮山县人民政府办公室
{BODY}
!a 预览已到末页，完整文档请下载后阅读
!d 文档为用户上传，本站只提供存储空间，若侵犯您的权益，请通过举报通道反馈。
!l 同类文档：中蜂养殖技术规程　蜂业发展三年行动计划
""",
        pages=dict(fmt="〘{n}〙", every=140, start=2, glue=False),
        body="""
为保护中华蜜蜂种质资源，推动蜂业绿色发展，结合我县实际，制定本方案。
一、建设范围。保护区划定在北岭、石门、檀口三个乡镇，总面积约86平方公里。
二、主要任务。（一）禁止在保护区内引进西方蜜蜂；（二）每年补助中蜂活框饲养户每箱40元；（三）建设中蜂良种繁育场1处。
三、保障措施。县农业农村局负责统筹，各乡镇落实属地责任，县财政每年安排专项资金50万元。
楮山县人民政府办公室
2024年11月5日
""",
    ),
    dict(
        slug="wenku-suiyu-html-spa-tech-rule",
        site="穗语文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.suiyuwk.com/p-55120348.html",
        title="温泉汤池水质检测与消毒操作规程",
        record_title="温泉汤池水质检测与消毒操作规程（可编辑word版）",
        date=None,
        page="""
<!DOCTYPE html><html><head><title>温泉汤池水质检测与消毒操作规程（可编辑word版） - 穗语文库</title></head>
<body><header><div class="logo">⟦m 穗语文库 · 知识共享平台⟧</div><nav>⟦m 首页 教育 行业资料 办公文档 登录 注册⟧</nav></header>
<div class="doc-head"><h1>⟦t 温泉汤池水质检测与消毒操作规程（可编辑word版）⟧</h1>
<p class="m">⟦m 共3页　2.1万次阅读　上传时间：2023-09-14⟧</p>
<p>⟦a 立即下载　｜　加入文辑　｜　分享至朋友圈⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="pay">⟦a 剩余1页未读，开通文库会员畅读全文⟧</div>
<aside>⟦l 相关推荐⟧<ul><li>⟦l 游泳池水质管理制度⟧</li><li>⟦l 浴场卫生消毒记录表⟧</li></ul></aside>
<footer>⟦d 本文档由用户上传，平台不对内容的准确性负责。⟧ ⟦m 京ICP备18800231号⟧</footer>
</body></html>
""",
        pages=dict(fmt="‖ 第{n}页 ‖", every=120, start=2),
        body="""
第一条　为保证温泉汤池水质符合卫生标准，保障游客健康，制定本规程。
第二条　水质检测每日不少于两次，检测项目包括水温、pH值、浊度和余氯，结果记入检测台账。
第三条　检测员应使用扫码登记系统上传数据，数据打印后由班组长签字存档。
第四条　汤池每周全面换水一次，换水后用含氯消毒剂刷洗池壁，冲净后方可注水。
第五条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="gov-liangshui-notice-bee-poison",
        site="楝水县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.lianshui.gov.cn/zwgk/tzgg/202505/t20250508_881203.html",
        title="关于做好农药施用期间蜂群安全防护工作的通知",
        date="2025-05-08",
        record_date="2025-05-08",
        page="""
!m 楝水县人民政府门户网站
!m 当前所在：首页 » 政务公开 » 通知公告
{T}
!m 发布日期：2025-05-08　信息来源：县农业农村局　浏览次数：1023
!a 【大字号】【标准】【小字号】　打印本页　关闭窗口
楝农发〔2025〕19号
{BODY}
!l 相关链接：县农业农村局　县气象局
!m 主办：楝水县人民政府办公室　政府网站标识码：3311250007　网站地图
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
近期全县进入水稻病虫害防治期，为防止农药施用造成蜜蜂中毒，现就有关事项通知如下。
一、施药单位和农户应提前3天告知周边5公里内的养蜂户，告知内容包括施药时间、地点和药品名称。
二、养蜂户接到告知后，应采取关闭巢门、转移蜂群等措施。
三、严禁在作物花期使用对蜜蜂高毒的农药。
联系人：赵启明　电话：0575-8812606
楝水县农业农村局
2025年5月8日
""",
    ),
    dict(
        slug="gov-qinyuan-html-hotspring-permit",
        site="槿原市自然资源和规划局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="html",
        source="http://zrzy.jinyuan.gov.cn/art/2024/10/21/art_1572_30218.html",
        title="槿原市自然资源和规划局关于温泉地热水采矿权延续登记的公告",
        record_title="关于温泉地热水采矿权延续登记的公告_槿原市自然资源和规划局",
        date="2024-10-21",
        page="""
<html><head><meta charset="utf-8"><title>关于温泉地热水采矿权延续登记的公告_槿原市自然资源和规划局</title>
<script src="/js/elder.js"></script></head><body>
<div class="topbar">⟦m 您好，欢迎访问槿原市自然资源和规划局　无障碍浏览　关怀版⟧</div>
<div class="crumb">⟦m 首页 ＞ 信息公开 ＞ 法定主动公开内容 ＞ 公示公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：11330782MB0712K/2024-301188⟧</td><td>⟦m 主题分类：国土资源、能源⟧</td></tr>
<tr><td>⟦m 发文机关：槿原市自然资源和规划局⟧</td><td>成文日期：2024-10-21</td></tr></table>
<h2>{T}</h2>
<div class="zoom">⟦a 〔放大　复原　缩小〕　〔打印〕⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="share">⟦l 分享到：微博　微信　QQ空间⟧</div>
<div class="foot">⟦m 主办单位：槿原市自然资源和规划局　地址：槿原市政和路77号⟧<br>⟦m 浙公网安备 33078202000341号⟧</div>
</body></html>
""",
        body="""
根据《矿产资源开采登记管理办法》，现将槿原市汤泉坪温泉地热水采矿权延续登记有关情况公告如下：
采矿权人：槿原汤泉坪旅游开发有限公司
开采矿种：地热水
生产规模：3.6万立方米／年
有效期限：2024年11月至2029年11月
公告期为2024年10月21日至10月30日，公告期内如有异议，请以书面形式向我局反映。
咨询电话：0579-8620117
""",
    ),
    dict(
        slug="news-sangtian-bee-festival",
        site="桑田新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.sangtian.cn/local/2025-06/12/c_441290.htm",
        title="首届椴花蜜节在椴川镇开幕",
        record_title="首届椴花蜜节在椴川镇开幕-桑田新闻网",
        date="2025-06-12",
        record_date="2025-06-12",
        page="""
!m 桑田新闻网 > 本地 > 乡镇
{T}
!m 2025-06-12 10:27　来源：椴川融媒　编辑：韩素
!l 微信　微博　复制链接
{BODY}
!m 【责任编辑：潘小乔】
!l 推荐阅读　|　蜂蜜直播间一天卖了三千瓶　|　椴树林里的“甜蜜经济”
!d 凡本网注明“来源：桑田新闻网”的作品，未经授权不得转载。
""",
        body="""
6月11日，首届椴花蜜节在椴川镇椴树林景区开幕，来自周边县市的80多家养蜂合作社参加展销。
开幕式上，镇党委书记苏昊介绍，全镇现有蜂农412户，去年椴花蜜产量达到260吨。⟦l 点击查看更多图片⟧
⟦m 图为游客在展位品尝椴花蜜。韩素 摄⟧
活动期间还将举办蜂蜜品鉴、摇蜜体验和养蜂技术讲座，持续到6月15日。
""",
    ),
    dict(
        slug="news-tanggou-html-hotspring-town",
        site="汤沟日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.tanggouribao.com/news/2024/1203/77142.shtml",
        title="温泉小镇冬季客流同比增长三成",
        date="2024-12-03",
        page="""
<!doctype html><html><head><title>温泉小镇冬季客流同比增长三成|汤沟日报网</title></head><body>
<div id="hd"><a class="logo">⟦m 汤沟日报网⟧</a><ul class="menu"><li>⟦m 时政⟧</li><li>⟦m 民生⟧</li><li>⟦m 文旅⟧</li><li>⟦m 视频⟧</li></ul></div>
<div class="art"><h1>{T}</h1>
<div class="source">⟦m 发布时间：2024-12-03 08:05　来源：汤沟日报　作者：记者 宋蒙 通讯员 葛立⟧</div>
<div class="txt">
{BODY}
</div>
<p class="ed">⟦m （编审：金禾　值班：李晓）⟧</p></div>
<div class="rank"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 汤沟至榧溪公交线路调整⟧</li><li>⟦l 冬季供暖投诉热线开通⟧</li></ol></div>
<div id="ft">⟦m 汤沟日报社主办　新闻热线：0580-2288110　互联网新闻信息服务许可证 33120190021⟧</div>
<script>stat('art');</script></body></html>
""",
        body="""
入冬以来，汤沟镇温泉小镇迎来客流高峰。记者从镇文旅办获悉，11月小镇共接待游客9.8万人次，同比增长31%。
“周末房间基本订满。”温泉客栈经营者周丽说，今年客栈新增了家庭汤池和亲子活动。
镇文旅办负责人表示，将继续完善停车场和公交接驳，提升游客体验。
""",
    ),
    dict(
        slug="forum-fengyou-bee-disease-post",
        site="蜂友之家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.fengyou.net/thread-66021-1-1.html",
        title="中蜂囊状幼虫病防治经验总结",
        record_title="【经验分享】中蜂囊状幼虫病防治经验总结（老蜂农手记）",
        date="2024-08-20",
        date_also=["2024-08-22"],
        page="""
!m 蜂友之家 › 养蜂技术区 › 中蜂饲养
!t 【经验分享】中蜂囊状幼虫病防治经验总结（老蜂农手记）
!m 楼主：岭上老杨　发表于 2024-8-22 21:16　|　只看该作者　|　倒序浏览
!l 查看：3302　回复：57
{BODY}
!l 回复　支持(26)　反对(0)　举报
!l 沙发 山里蜂郎：学习了，今年我的蜂场也遇到了
!m 蜂友之家论坛 Powered by Discuz! X3.4
""",
        junk=dict(lines=2, glued=2),
        body="""
我养中蜂十二年，前后遇到过三次囊状幼虫病，下面说说我的办法。
第一，发现病群要立即隔离，病脾全部抽出烧掉。第二，换王断子，让工蜂清理巢房。第三，加强保温，缺蜜时补喂糖水。
经过这样处理，我的蜂场两个月后基本恢复。
岭上老杨
2024年8月20日
""",
    ),
    dict(
        slug="forum-quanyou-html-spa-review-junk",
        site="泉友俱乐部 (invented)",
        style="论坛",
        genre="倡议书",
        kind="initiative",
        form="html",
        source="https://club.quanyou.org/t/20413",
        title="文明泡汤倡议书",
        record_title="[版主置顶] 文明泡汤倡议书 - 泡汤交流区 - 泉友俱乐部",
        date="2025-01-06",
        page="""
<html><head><title>[版主置顶] 文明泡汤倡议书 - 泡汤交流区 - 泉友俱乐部</title></head><body>
<div id="toptb">⟦m 泉友俱乐部｜温泉爱好者的家⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 泉友俱乐部 › 交流 › 泡汤交流区 › 查看内容⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 汤池守夜人　版主　积分 4410　帖子 902⟧</td>
<td class="plc"><h1>{T}</h1>
<div class="pti">⟦m 发表于 2025-1-6 19:40　|　电梯直达⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="po">⟦l 回复　引用　点评　收藏(12)　分享⟧</div></td></tr></table>
<div class="pgs">⟦l 返回列表　下一主题⟧</div>
<div id="ft">⟦m Copyright © 泉友俱乐部 quanyou.org　客服邮箱 admin@quanyou.org⟧</div></body></html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
各位泉友：
温泉是大家共同的休闲场所。为营造整洁舒适的泡汤环境，俱乐部向全体会员倡议：
一、入池前先淋浴，不在池内搓澡、洗头。
二、饮酒后不泡汤，心脏不适者控制泡汤时间。
三、不在池边大声喧哗，不随意拍摄他人。
让我们从自己做起，做文明泉友。
泉友俱乐部管理组
2025年1月6日
""",
    ),
]
