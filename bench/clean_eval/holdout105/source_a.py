"""holdout105, part A: tidal-bore viewing, highway fog patches, tsunami drills, seahorse farms,
silage, rip currents, spring-water bottlers, hand-painted signboards. Invented text; see ../build.py."""

CASES = [
    dict(
        slug="fanwen-chaoyin-speech-bore-festival",
        site="潮音范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.chaoyinfw.example.net/jianghua/anquan/2024/0827_3318.html",
        title="在2024年观潮节安全保障工作部署会上的讲话",
        record_title="【精选】在2024年观潮节安全保障工作部署会上的讲话（通用2篇）_潮音范文网",
        date="2024-08-26",
        notes="decorated record title; date under the speech title; speaker line neutral; writer prompt glued after a sentence",
        page="""
!m 潮音范文网 · 好材料一搜就有
!m 位置：首页 / 讲话发言 / 安全生产讲话 / 正文
!t 【精选】在2024年观潮节安全保障工作部署会上的讲话（通用2篇）
!m 收录：小潮　　人气：1904　　更新：2024-08-27
!a 〖一键复制〗〖存为Word〗〖加入书签〗
{T}
汐口县副县长　潘立航
（2024年8月26日）
{BODY}
!a 登录会员后可查看第2篇全文 →
!l 【猜你也在找】
!l · 中秋国庆假期景区安全工作会讲话
!l · 防汛防台工作部署会主持词
!d 本站文章均为网友投稿整理，仅作写作参考，若涉及版权请联系删除。
!m © 2019-2024 chaoyinfw 潮音范文网　浙ICP备19077412号
""",
        indent="\u3000\u3000",
        body="""
同志们：
再过二十多天就是农历八月十八，今年观潮节预计接待游客超过三十万人次。今天把大家召集起来，就是要把安全这根弦绷得更紧一些。
一、摸清潮情，把风险点找准。县水文站要提前发布潮汐预报，对回头潮、交叉潮出现的堤段逐一标注，观潮点位一律按照最高潮位留足安全距离。⟦w 材料不会写？找潮音写手，微信 cyxs_2024⟧
二、分区管控，把人流控住。老盐仓、丁字坝等六个观潮区实行预约限流，每个区域设置应急撤离通道不少于两条，堤顶不得设置临时摊位。
三、联动值守，把责任压实。公安、应急、海塘管理等部门要实行联合指挥，潮水到来前三十分钟开始逐段清堤，发现翻越护栏的人员要坚决劝离。
同志们，观潮是汐口的一张名片，安全是这张名片的底色。希望大家各尽其责，确保观潮节平安有序！
""",
    ),
    dict(
        slug="wenku-wuping-plan-fog-markers-wrapped",
        site="雾屏文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.wupingdoc.example.com/p/88120437.html",
        title="高速公路团雾多发路段交通安全应急处置方案",
        record_title="高速公路团雾多发路段交通安全应急处置方案.docx",
        date="2024-10-09",
        notes="file-name title; wrapped at 62 columns and cut by page markers of our own; 成文日期 in Chinese numerals",
        page="""
!m 雾屏文库 > 交通运输 > 应急预案
!t 高速公路团雾多发路段交通安全应急处置方案.docx
!m 页数：3　　浏览：622　　下载：41　　上传于：2024-10-12
!a 本文档预览仅显示部分页，完整版请支付2.5元下载
{BODY}
!a ▲ 试看已到底部，开通文库会员即可下载全部内容
!l 同类文档：雨雪冰冻天气高速公路保畅方案 | 隧道火灾应急演练脚本
""",
        wrap=62,
        pages=dict(fmt="⸨{n}⸩", every=150, start=2, glue=False),
        body="""
为有效应对秋冬季团雾天气对高速公路通行安全的影响，最大限度减少因能见度骤降引发的追尾事故，结合路段实际，制定本方案。
一、适用范围。本方案适用于沿江高速公路K32至K58段、海湾大桥及其连接线等团雾多发路段。
二、分级响应。能见度低于200米时启动三级响应，开启路段雾灯诱导系统；低于100米时启动二级响应，实行限速40公里并间断放行；低于50米时启动一级响应，关闭相关收费站入口。
三、处置要求。路政、交警、养护三方巡逻车辆须保持车距行驶，发现事故立即在来车方向150米外摆放警示设施，并通过情报板滚动发布预警信息。
沿江高速公路运营管理中心
二〇二四年十月九日
""",
    ),
    dict(
        slug="gov-xikou-notice-tsunami-drill-html",
        site="汐口县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xikou.gov.example.cn/zwgk/tzgg/202503/t20250314_88213.html",
        title="汐口县应急管理局关于开展2025年海啸预警疏散演练的通知",
        date="2025-03-12",
        date_also=["2025-03-14"],
        notes="county portal with an index table, toolbar, attachment list kept in the body, the bureau's contact next to the site's 12345 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="ArticleTitle" content="关于开展2025年海啸预警疏散演练的通知">
<title>汐口县应急管理局关于开展2025年海啸预警疏散演练的通知_通知公告_汐口县人民政府</title>
<link rel="stylesheet" href="/static/css/article.css"><script src="/static/js/jquery.min.js"></script></head>
<body>
<div class="topbar"><span>⟦m 汐口县人民政府门户网站⟧</span><span>⟦a 无障碍浏览　长者模式　English⟧</span></div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 走进汐口⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 当前位置：首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告⟧</div>
<table class="meta-table">
<tr><td>⟦m 索引号：003317820/2025-00461⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发文机关：汐口县应急管理局⟧</td><td>⟦m 发布时间：2025-03-14⟧</td></tr>
</table>
<h1 class="arti-title">{T}</h1>
<div class="tools">⟦a 【文字 大 中 小】【打印此页】【关闭】⟧</div>
<div id="zoom">
{BODY}
</div>
<div class="sharebar">⟦l 分享到：微信好友 微博 QQ⟧</div>
<div class="pn"><p>⟦l 上一篇：关于做好春季森林防火工作的通知⟧</p><p>⟦l 下一篇：汐口县2025年防汛防台责任人名单公示⟧</p></div>
<div class="side"><h3>⟦l 热点信息⟧</h3><ul><li>⟦l 县政府常务会议研究渔港改造事项⟧</li><li>⟦l 2025年春运客流平稳有序⟧</li></ul></div>
<div class="footer"><p>⟦m 主办：汐口县人民政府办公室　承办：县大数据中心⟧</p><p>⟦m 政务服务便民热线：12345　浙ICP备05041188号-1⟧</p><p>⟦m 网站标识码：3310820007⟧</p></div>
<script>var _hmt=_hmt||[];</script>
</body></html>
""",
        body="""
各乡镇人民政府，县级有关单位：
为检验沿海村庄海啸预警信息接收和群众疏散能力，经县防灾减灾委员会同意，定于2025年3月28日上午在东澳、鹭湾、港尾三个村开展海啸预警疏散演练。现将有关事项通知如下：
一、演练科目：预警信息发布与接收、警报鸣放、群众疏散至高地避险点、人员清点与回报。
二、职责分工：县应急管理局负责总体组织，县气象局负责模拟预警信息发布，相关乡镇负责村级疏散组织，县人武部负责民兵协助引导。
三、有关要求：请各参演单位于3月21日前报送本单位联络员名单，演练当日8时前到位。
联系人：郑海帆，电话：0576-83319027。
附件：1.海啸预警疏散演练流程表
2.参演村高地避险点分布图
汐口县应急管理局
2025年3月12日
""",
    ),
    dict(
        slug="news-lutan-seahorse-farm-byline",
        site="鹭滩新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.lutan.example.com/jingji/2024-06/03/content_551902.htm",
        title="鹭滩海马工厂化养殖首批苗种出池",
        record_title="鹭滩海马工厂化养殖首批苗种出池 - 鹭滩新闻网",
        date="2024-06-03",
        notes="site suffix after a dash; byline time is the date; photo caption between paragraphs; editor line glued after the last",
        page="""
!m 鹭滩新闻网｜鹭滩县融媒体中心主办
!m 首页 > 经济 > 正文
{T}
!m 2024-06-03 10:20　来源：鹭滩日报　记者 邱珊珊　通讯员 黄志远
!a 字号 A+ A-　　听新闻
{BODY}
!l 相关新闻
!l 鹭滩渔港经济区建设提速
!l 海洋牧场项目开工
!m 网站联系电话：0596-6203317　新闻热线：0596-6203300
""",
        body="""
6月1日，在鹭滩县海屿镇的一家海马养殖基地，工作人员将首批约两万尾线纹海马苗种分池转入中间培育车间。这是该县引进工厂化循环水养殖技术后出池的第一批苗种。
⟦m 图为工作人员查看海马苗种生长情况。邱珊珊 摄⟧
基地负责人介绍，海马对水质极为敏感，车间采用全封闭循环水系统，水温常年控制在24至26摄氏度，投喂的桡足类活饵也由基地自行培育。
今年以来，县里围绕海洋特色养殖出台扶持办法，对新建循环水车间给予每平方米60元补助，目前已有三家企业开展海马养殖试验。⟦m （责任编辑：林晓薇）⟧
""",
    ),
    dict(
        slug="forum-qingzhu-silage-post-junk",
        site="牧友之家论坛 (invented)",
        style="论坛",
        genre="经验",
        kind="other",
        form="text",
        source="http://bbs.muyouzhijia.example.net/thread-420776-1-1.html",
        title="青贮窖开窖取料的几点注意事项",
        record_title="[转帖] 青贮窖开窖取料的几点注意事项 - 饲草料版 - 牧友之家论坛",
        date="2024-09-12",
        notes="forum repost with junk lines and glued junk; 发表于 is the page's date; signature and floor chrome",
        page="""
!m 牧友之家论坛 » 养殖技术区 » 饲草料版
!t [转帖] 青贮窖开窖取料的几点注意事项
!m 楼主：牛栏坡老赵　　发表于 2024-9-12 20:31　　只看该作者
!m 查看：1287　|　回复：16
{BODY}
!l 收藏 0　　评分 +3　　举报
!m 签名：自家养了四十头西门塔尔，欢迎同行交流
!l 沙发　　发表于 2024-9-12 21:05　说得对，我家去年就是取料太薄，二次发酵了。
!a 您需要登录后才可以回帖 登录 | 注册
""",
        junk=dict(lines=1, glued=2),
        body="""
很多养殖户青贮做得好，坏就坏在开窖以后。结合自己这几年的经验，说几点体会。
第一，封窖后至少发酵四十五天再开窖，开窖前先看窖顶有没有塌陷、渗水。
第二，从窖的一头开始，自上而下垂直切取，切面要平整，每天取料厚度不少于30厘米，防止切面长时间暴露发热。
第三，取完料要立即用塑料膜把切面盖严，压上轮胎，雨天更要注意。
第四，发现发黑、发黏、有霉味的料坚决不喂，特别是怀孕母牛。
""",
    ),
    dict(
        slug="blog-haiyan-ripcurrent-field-trip-html",
        site="海岸线上的讲台 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://haiyanlaoshi.example-blog.cn/archives/2024/07/ripcurrent.html",
        title="带学生认识离岸流：一次海滨研学的记录",
        record_title="带学生认识离岸流：一次海滨研学的记录 | 海岸线上的讲台",
        date="2024-07-21",
        notes="blog template with tag cloud and archive; bracketed post time is the date; a reader's reply box",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>带学生认识离岸流：一次海滨研学的记录 | 海岸线上的讲台</title>
<style>.post{max-width:720px}</style></head>
<body>
<header><div class="blogname">⟦m 海岸线上的讲台⟧</div><div class="motto">⟦m 一个地理老师的潮间带笔记⟧</div>
<nav>⟦m 首页 · 随笔 · 研学 · 相册 · 关于我⟧</nav></header>
<article class="post">
<h2>{T}</h2>
<div class="postmeta">⟦m [2024-07-21 19:05]　分类：研学手记　阅读(365)⟧</div>
{BODY}
<div class="post-tags">⟦l 标签：离岸流 海滨安全 地理实践⟧</div>
</article>
<aside>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年7月 (4)⟧</li><li>⟦l 2024年6月 (2)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 潮汐 沙滩 等高线 研学旅行 学生作品⟧</p>
</aside>
<section class="comments"><h4>⟦l 留言（3）⟧</h4><textarea></textarea><button>⟦l 发表留言⟧</button></section>
<footer>⟦d 本博客文字未经允许请勿转载 · Powered by WordPress⟧</footer>
</body></html>
""",
        body="""
这次带初二的孩子去南湾海滩做研学，第一项任务不是下水，而是站在堤上找“没有浪花的地方”。
离岸流往往出现在两片碎浪之间，水色更深，水面相对平静，还会把泡沫和漂浮物一直带向外海。孩子们一开始都以为那里最适合游泳，听完讲解才明白，恰恰相反。
我们用一瓶染色的牛奶做了演示：倒进浅水区，不到一分钟就被拉出了二十多米。一个学生在记录本上写道：“看着平静的水，才是最会骗人的水。”
回程路上，我让每个小组画一张“遇到离岸流怎么办”的示意图：不要逆流硬游，先平行于岸边游出流带，再斜向回岸。
""",
    ),
    dict(
        slug="wechat-quanling-water-cap-recall",
        site="泉岭山泉服务号 镜像 (invented)",
        style="公众号镜像",
        genre="说明",
        kind="notice",
        form="text",
        source="https://mp.wxmirror.example.com/s/quanling_shanquan_20241105",
        title="关于部分批次饮用天然矿泉水瓶盖更换的说明",
        date="2024-11-04",
        notes="WeChat mirror; account line with a different date; the company's own service line kept beside the mirror's ad; 扫码 in the body is content",
        page="""
!m 泉岭山泉　　2024年11月05日 08:30　　浙江
{T}
!a 点击上方蓝字，关注「泉岭山泉」
{BODY}
!l ▼ 往期推荐
!l 一滴水的旅程：走进泉岭水源地
!a 觉得有用就点个「在看」吧
!m 本页由第三方镜像生成，原文链接已失效
""",
        date_also=["2024-11-05"],
        body="""
尊敬的消费者：
近日，我公司在例行抽查中发现，生产日期为2024年10月18日至10月22日的550毫升饮用天然矿泉水（批号QL241018至QL241022）部分瓶盖密封垫存在压痕不均匀的情况。经检测，水质各项指标均符合国家标准，但为稳妥起见，我公司决定为上述批次产品免费更换。
已购买上述批次产品的消费者，可扫描瓶身标签上的二维码登记更换，或将产品送至就近经销门店办理。
客户服务热线：400-826-3150（工作日8:30-17:30）。
给您带来的不便，我们深表歉意。
泉岭山泉饮品有限公司
2024年11月4日
""",
    ),
    dict(
        slug="docshare-laojie-signboard-plan-pdf",
        site="共享文档馆 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.gxwdg.example.org/doc/3307718.html",
        title="老街手绘招牌保护性修复实施方案",
        record_title="老街手绘招牌保护性修复实施方案.pdf",
        date="2025-02-20",
        notes="file-name title; page markers ‹n› glued or not; upload notice; decimal headings",
        page="""
!m 共享文档馆　|　资料互通　学习交流
!t 老街手绘招牌保护性修复实施方案.pdf
!m 分享者：棠溪小吏　　大小：1.3M　　共5页
!d 本文档为用户分享，平台仅提供存储空间，如内容侵权请点击举报。
{BODY}
!a 【全部展开】【阅读模式】【转存到我的文档】
!l 该用户还分享了：历史文化街区立面整治导则.pdf
""",
        pages=dict(fmt="‹{n}›", every=130, start=2, glue="mix"),
        body="""
为保护棠溪老街现存的手绘招牌风貌，延续街区商业记忆，制定本方案。
1.修复对象
1.1 老街沿街商铺现存手绘木质招牌42块、墙面手绘字号17处。
1.2 已损毁但有照片资料可考的招牌，经论证后可按原样复绘。
2.修复原则
2.1 坚持最小干预，能清洗的不重绘，能补色的不整体覆盖。
2.2 字体、用色以原招牌为准，不得擅自改为喷绘或灯箱。
3.组织实施
由街道办事处牵头，邀请本地老招牌画师组成修复小组，分三批于2025年6月底前完成。
棠溪街道办事处
2025年2月20日
""",
    ),
    dict(
        slug="edu-xikou-bore-drowning-notice-html",
        site="汐口县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.xikou.example.cn/tzgg/20240905/1742.html",
        title="关于观潮期间加强中小学生防溺水安全教育的通知",
        record_title=None,
        date="2024-09-04",
        notes="record without title; education portal with login box and quick links; numbered list; 抄送 line kept",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>汐口教育网</title></head>
<body>
<div id="banner">⟦m 汐口教育网⟧ <span>⟦m 立德树人　办人民满意的教育⟧</span></div>
<div id="menu">⟦m 网站首页 | 教育动态 | 通知公告 | 教学教研 | 招生考试 | 校园安全⟧</div>
<div id="login">⟦a 教职工登录：用户名 密码 登录 找回密码⟧</div>
<div id="path">⟦m 您的位置：网站首页 → 通知公告⟧</div>
<div class="content">
<h3>{T}</h3>
<div class="info">⟦m 作者：安全科　点击数：2216　更新时间：2024-09-05⟧</div>
{BODY}
</div>
<div class="quick"><p>⟦l 快速通道：学籍管理系统　教师研修平台　资助申请⟧</p></div>
<div id="foot">⟦m 汐口县教育局　地址：汐口县新塘路18号　邮编：317600⟧<br>⟦m 技术支持：汐口县教育信息中心⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各中小学、幼儿园：
农历八月十八前后是我县观潮高峰，沿江堤岸人员密集，潮水涌高突然，极易发生学生溺水和被潮水卷走事故。现就有关工作通知如下：
1.开学第一周内，各校要上一次以“远离潮水、珍爱生命”为主题的安全教育课。
2.班主任要通过家长群逐一提醒，不得让学生独自或结伴到堤外滩涂观潮、捡拾。
3.沿江学校要安排教师在放学后对附近堤段进行巡查劝导。
抄送：县应急管理局，县海塘管理所。
汐口县教育局
2024年9月4日
""",
    ),
    dict(
        slug="oa-haixing-seahorse-hatchery-minutes",
        site="海星水产OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.haixingaqua.example.local/doc/view.do?id=20240928011",
        title="育苗车间第三季度生产例会纪要",
        record_title="内部文件-育苗车间第三季度生产例会纪要",
        date="2024-09-28",
        date_also=["2024-09-27"],
        notes="intranet view with approval trail; minutes' 时间/地点/主持 lines kept; a data table with ideographic spaces",
        page="""
!m 海星水产协同办公平台　　当前用户：综合办 李蔓
!m 公文管理 > 已办事宜 > 会议纪要
!t 内部文件-育苗车间第三季度生产例会纪要
!m 密级：内部　　紧急程度：普通　　阅读次数：37
{BODY}
!m 流转记录：李蔓（拟稿）→ 周启东（审核）→ 陈国梁（签发）
!a [返回列表] [导出PDF] [打印预览]
""",
        body="""
时间：2024年9月27日下午3时
地点：育苗车间二楼会议室
主持：陈国梁
参加：周启东、王春燕、林阿水及各班组长
一、三季度生产情况
品种　出苗量（万尾）　成活率
线纹海马　4.6　62%
三斑海马　1.8　55%
二、存在问题。8月中旬两次停电导致循环水系统中断，三斑海马苗出现批量死亡。
三、会议议定。年底前完成备用发电机组安装；活饵培育池扩大一倍；四季度成活率目标提高到65%。
记录：王春燕
2024年9月28日
""",
    ),
    dict(
        slug="qa-wendada-fog-lights-answer",
        site="问答哒 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wendada.example.com/q/6028815",
        title="团雾天开车应该开什么灯？",
        record_title=None,
        date="2024-11-02",
        notes="question as the title; 回答于 is the date; asker line, vote bar and related questions",
        page="""
!m 问答哒 - 有问题，就有答案
!m 问答哒 > 汽车 > 安全驾驶
{T}
!m 提问者：匿名用户　　3人关注　　浏览 4,120
!l 其他 2 条回答 >
!m 最佳答案　　老马跑高速　回答于 2024-11-02 07:48
{BODY}
!l 👍 赞同 218　　👎 反对　　💬 评论 12
!l 相关问题：雾天能开远光灯吗？ | 高速上遇到团雾能停车吗？
!d 回答内容仅代表答主个人观点，不构成专业建议。
""",
        body="""
遇到团雾，记住“开雾灯、开示廓灯、开近光灯、开危险报警闪光灯”，千万不要开远光。
远光灯的光线在雾里会被水汽散射，眼前一片白，反而什么都看不清。
能见度低于100米，车速不超过40公里，和前车保持50米以上距离；低于50米，要尽快从最近的出口驶离，或者就近进服务区。
实在来不及驶离，也不要停在行车道上，开双闪靠右停到应急车道后，人要翻到护栏外面去。
""",
    ),
    dict(
        slug="anthology-shatuo-dune-essay",
        site="沙陀老林的文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wenji.example.org/shatuolaolin/12",
        title="草方格里的三十年",
        record_title="《风沙笔记》第十二篇｜草方格里的三十年",
        date=None,
        notes="collection chapter title; no date (录入 stamp relative); prev/next chapters",
        page="""
!m 沙陀老林的文集 · 《风沙笔记》
!t 《风沙笔记》第十二篇｜草方格里的三十年
!m 录入于 3天前　　字数 612
{BODY}
!l ← 上一篇：第一次见到流动沙丘
!l → 下一篇：梭梭开花的那个春天
!a 收藏本文集　|　订阅更新
""",
        indent="\u3000\u3000",
        gap=True,
        body="""
一九九四年我刚到治沙站的时候，站部东边那座沙丘离院墙只有八十米，每年春天都要往前挪一点。
老站长教我扎草方格：麦草截成六十厘米，一束一束竖着插进沙里，露出地面二十厘米，一米见方围成一格。风从格子上吹过，沙就被留在了格子里。
三十年过去，站部东边已经看不到流动的沙丘了，草方格里长出了沙蒿、柠条，后来又栽上了梭梭。
有人问我治沙有什么诀窍，我说没有诀窍，就是一格一格地扎，一年一年地守。
""",
    ),
]
