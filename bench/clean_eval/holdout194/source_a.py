"""holdout194, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛 (one HTML, one text each).

Invented text, sites, places and people; subjects: power strips (插线板/排插), pill organisers
(分药盒), life jackets (救生衣), screwdrivers (螺丝刀) and dog leashes (牵引绳).
See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-yunbi-speech-powerstrip-gb2312",
        site="耘笔范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.yunbifw.com/jianghua/anquan/2025/0318/7731.html",
        title="在全镇安全用电暨插线板隐患整治动员会上的讲话",
        record_title="【讲话精编】在全镇安全用电暨插线板隐患整治动员会上的讲话（改改就能用）_耘笔范文网",
        date="2025-03-18",
        notes="old table layout with marquee, font-size row, floating ghost-writer QQ box, hot list and counter; speaker and Chinese-numeral date lines under the title (neutral); a ghost-writer line and a related link glued after a 。 inside paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【讲话精编】在全镇安全用电暨插线板隐患整治动员会上的讲话（改改就能用）_耘笔范文网</title>
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/count.js"></script>
</head><body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 耘笔范文网　www.yunbifw.com⟧</td><td class="toplink"><a href="#">⟦a 设耘笔为主页⟧</a> <a href="#">⟦a 收藏耘笔⟧</a></td></tr>
<tr><td colspan="2"><marquee scrollamount="3">⟦m 热烈祝贺耘笔范文网收录讲话稿突破十二万篇！会员每日可免费复制五篇⟧</marquee></td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 | 讲话致辞 | 工作总结 | 心得体会 | 计划方案 | 公文写作⟧</td></tr>
</table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：耘笔范文网 &gt;&gt; 讲话致辞 &gt;&gt; 安全生产讲话 &gt;&gt; 正文⟧</div>
<h2 align="center">{T}</h2>
<div class="xinxi">⟦m 更新：2025-03-20　来源：会员投稿　人气：<span id="hits">1562</span>⟧</div>
<div class="zihao">⟦a 【字号调节：特大 大 中 小】【背景色：杏黄 淡绿 默认】⟧</div>
<p align="center">甏口镇党委副书记、镇长　韦振华</p>
<p align="center">（二〇二五年三月十八日）</p>
{BODY}
<div class="copyit">⟦a 〖复制全文〗〖下载DOC〗〖打印本页〗〖发给好友〗⟧</div>
<div class="sxp">⟦l 上一篇：在全县电动自行车消防安全整治推进会上的讲话⟧<br>⟦l 下一篇：镇长在春季森林防火工作会议上的讲话⟧</div>
</td><td width="250" valign="top" class="right">
<div class="rtit">⟦l 一周热门讲话⟧</div>
<ul><li>⟦l 在安全生产月启动仪式上的讲话⟧</li><li>⟦l 村级安全员培训会主持词⟧</li><li>⟦l 消防安全“四个能力”建设讲话稿⟧</li></ul>
</td></tr></table>
<div id="qqfloat" style="position:fixed;right:0;top:200px;">⟦w 材料代笔 QQ：2817706534 ⟧<br>⟦w 微信同号，加急2小时交稿⟧</div>
<table width="960" align="center"><tr><td class="foot">
⟦d 本站稿件均由会员上传，仅供写作参考，转载请注明出处。⟧<br>
⟦m 耘笔范文网 版权所有　皖ICP备15063318号⟧<br>
⟦m 您是本站第 <font color="red">9730418</font> 位访客⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全镇安全用电暨插线板隐患整治动员会，主要是部署为期三个月的插线板隐患专项整治。下面，我讲三点意见。
一、看清隐患，插线板虽小责任不小
今年以来，全镇共发生电气类火情7起，其中4起起火点在插线板，多是串接使用、长期超负荷。⟦w 讲话稿原创代拟请加QQ 2817706534，当天出稿⟧一个几十元的排插，一旦出事，烧掉的可能是一家人的全部家当。
二、突出重点，把整治落到每一户每一店
一要查。各村、社区要组织网格员对出租屋、沿街商铺、小作坊逐户上门，重点看是否“插线板串插线板”、是否把插线板放在床铺或沙发上。二要换。对无3C标志、外壳破损、插孔松动的插线板，当场登记，由镇里统一组织以旧换新。三要教。⟦l 相关阅读：冬季防火安全讲话稿精选10篇⟧要把安全用电常识讲到老人、孩子和租住户的心坎上。
三、压实责任，确保整治见到实效
镇安委会办公室要每周调度一次进度，对整改不力的村、社区进行通报。各包片领导要带头下村入户，发现问题立即督办。
同志们，安全用电无小事。希望大家以对群众高度负责的态度，把这项工作抓细抓实，坚决守住不发生较大电气火灾的底线。
""",
    ),
    dict(
        slug="fanwen-wenhaige-summary-pillbox-byline",
        site="文海阁范文 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.wenhaige.cn/zongjie/weisheng/20250612/44109.html",
        title="缶岭镇社区卫生服务中心“一人一药盒”服务活动总结",
        record_title="缶岭镇社区卫生服务中心“一人一药盒”服务活动总结（通用2篇）-文海阁范文",
        date="2025-06-09",
        date_also=["2025-06-12"],
        notes="范文 text page: byline 发布时间 differs from the 成文日期 under the signature (the document's is expected); a member-unlock line between paragraphs; a copy prompt glued after the last sentence",
        page="""
!m 文海阁范文 · 让每一篇材料都有出处
!m 首页 > 工作总结 > 卫生健康工作总结 > 正文
!t 缶岭镇社区卫生服务中心“一人一药盒”服务活动总结（通用2篇）
!m 发布时间：2025-06-12　浏览：2188次　字数：约1400字
!a 收藏　|　复制　|　生成Word　|　纠错
!m 第1篇
{BODY}
!a 以上为第1篇，开通文海会员可查看全部2篇并一键下载
!l 上一篇：家庭医生签约服务半年工作总结
!l 下一篇：乡镇卫生院慢病管理工作总结（精选）
!l 热搜：药事服务总结　老年健康宣传周总结　义诊活动总结
!d 本站文章来源于网友投稿及网络整理，若有侵权请联系删除，联系邮箱 kefu@wenhaige.cn
!m 文海阁范文 苏ICP备20047751号-3
""",
        indent="\u3000\u3000",
        body="""
为帮助辖区慢性病老人按时按量服药，今年3月至5月，我中心在全镇开展了“一人一药盒”服务活动，为65岁以上长期服药的老人免费配发七日分药盒，并由家庭医生团队上门指导使用。现将活动情况总结如下。
一、基本情况
活动期间，共为辖区12个村、2个社区的老人配发分药盒860个，入户指导1240人次，建立用药档案860份。
⟦a 剩余内容仅对会员开放，点此一键开通⟧
二、主要做法
一是摸清底数。依托家庭医生签约数据，筛选出服用三种以上药物的老人，逐户核实用药清单。二是上门分装。药师和签约医生每周上门一次，帮老人把一周的药分装进药盒，并在盒盖上贴好早、中、晚标签。三是亲属联动。对子女在外的老人，通过电话告知其子女用药安排，请他们定期视频提醒。
三、存在问题
部分老人视力较差，分不清药盒格子；个别村交通不便，上门频次难以保证。
下一步，我中心将为视力不好的老人配发大字号彩色药盒，并把上门服务纳入家庭医生签约考核。⟦a 点击复制本段⟧
缶岭镇社区卫生服务中心
2025年6月9日
""",
    ),
    dict(
        slug="wenku-liyun-plan-lifejacket-marker-paras",
        site="理韵文库 (invented)",
        style="文库预览",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.liyunwenku.com/p/6f3a2c81e9.html",
        title="罍城县渡口渡船救生衣配备专项检查工作方案",
        record_title=None,
        date="2025-04-22",
        notes="no title in the record, found in the <h1>; the preview is cut by ⧈n⧈ page-marker paragraphs in the middle of sentences; VIP lock and pay box; upload stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>罍城县渡口渡船救生衣配备专项检查工作方案 - 理韵文库</title>
<script src="/static/reader.min.js"></script></head>
<body>
<header><a class="logo" href="/">⟦m 理韵文库⟧</a><nav>⟦m 首页　精品文档　公文范本　行业资料⟧</nav><a class="vip">⟦a 开通畅享卡 全站文档免费读⟧</a></header>
<div class="doc-head"><h1>{T}</h1>
<div class="doc-meta">⟦m 上传者：水边人家　上传时间：2025-05-06　共4页　阅读 631⟧</div>
<div class="doc-ops">⟦a 下载文档　收藏　分享　举报⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 还剩2页未读，开通畅享卡后继续阅读⟧</div>
<div class="pay">⟦a 本文档需 5 个理韵币下载，立即购买⟧</div>
<aside><h4>⟦l 你可能还想看⟧</h4><ul><li>⟦l 内河渡口安全隐患排查表⟧</li><li>⟦l 汛期水上交通安全工作方案⟧</li><li>⟦l 渡工安全培训课件⟧</li></ul></aside>
<footer>⟦d 文档由用户上传，理韵文库仅提供信息存储空间，如有侵权请提交证明材料申诉。⟧<br>⟦m © 理韵文库　鄂ICP备22013096号-1⟧</footer>
</body></html>
""",
        p_html='<p class="rd-line">{}</p>',
        pages=dict(fmt="⧈{n}⧈", every=150, start=2),
        body="""
为切实保障乘客水上出行安全，根据县安委会工作安排，决定在全县开展渡口渡船救生衣配备专项检查，特制定本方案。
一、检查范围
全县11个乡镇的37处渡口、52艘渡船，以及旅游景区内的游船、竹筏。
二、检查内容
（一）数量是否足额。渡船按核定载客人数配足成人救生衣，另按不少于10%的比例配备儿童救生衣。
（二）状况是否完好。救生衣浮力材料无老化、无破损，反光条、口哨齐全，存放位置醒目且便于取用。
（三）使用是否规范。渡工是否在开船前提示乘客穿好救生衣，是否存在“挂着不穿”“锁在箱里”等现象。
三、时间安排
4月25日至5月10日为自查阶段，5月11日至5月31日为县级抽查阶段，6月上旬通报检查结果。
四、工作要求
各乡镇要落实“一渡一员”责任，检查中发现的问题要当场督促整改，不能当场整改的要停航整改，整改完成前一律不得载客。
罍城县交通运输局
2025年4月22日
""",
    ),
    dict(
        slug="wenku-jinzhen-summary-screwdriver-wrapped-markers",
        site="金针文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.jinzhen365.com/view/8c21d04be7.html",
        title="螺丝刀装配车间2024年度安全生产工作总结",
        record_title="螺丝刀装配车间2024年度安全生产工作总结.docx",
        date="2025-01-08",
        notes="file-name record title; hard-wrapped at 62 columns and cut by ﹤n﹥ markers, glued or not; date in Chinese numerals under the signature; preview-end and pay prompts at the bottom",
        page="""
!m 金针文库｜海量文档在线预览
!t 螺丝刀装配车间2024年度安全生产工作总结.docx
!m 页数：5页　大小：38.6KB　上传于：2025-02-14　下载：73次
!a 免费预览已结束，剩余3页可下载查看
{BODY}
!a 下载本文档（需3金币）　｜　加入文件夹　｜　分享到微信
!d 本站所有文档均由用户自主上传，如涉及侵权请联系客服处理，我们将在一个工作日内删除。
!l 相似文档：五金工具厂年度安全总结　｜　装配车间班组安全活动记录
!m 金针文库 wenku.jinzhen365.com　ICP证：浙B2-20230412
""",
        wrap=62,
        pages=dict(fmt="﹤{n}﹥", every=140, start=2, glue="mix"),
        body="""
2024年，装配车间在公司安委会的领导下，围绕螺丝刀批头压装、手柄注塑、包装三道工序，扎实推进安全生产标准化建设，全年未发生轻伤及以上事故。现将有关工作总结如下。
一、落实安全责任。车间与6个班组、118名员工逐级签订安全责任书，每月开展一次安全讲评，班前会“安全三分钟”坚持全年不断线。
二、治理设备隐患。对12台压装机加装双手按钮和光电保护装置，更换老化的注塑机加热圈4组，整改隐患63项，整改率100%。
三、强化教育培训。组织新员工三级安全教育41人次，开展机械伤害应急演练2次，员工安全知识考试合格率达到98%。
四、存在的不足。个别员工仍有摘下防护手套操作的习惯，批头抛光工位粉尘治理还需加强。2025年，车间将重点抓好粉尘治理和行为安全观察，努力实现全年零事故。
装配车间
二〇二五年一月八日
""",
    ),
    dict(
        slug="gov-naizhou-notice-powerstrip-spotcheck-table",
        site="鼐州市人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="https://www.naizhou.gov.cn/zwgk/xxgk/scjg/202505/t20250516_418820.html",
        title="鼐州市市场监督管理局关于2025年第一批插线板产品质量监督抽查结果的通告",
        record_title="鼐州市市场监督管理局关于2025年第一批插线板产品质量监督抽查结果的通告 - 信息公开 - 鼐州市人民政府",
        date="2025-05-14",
        date_also=["2025-05-16"],
        notes="county-level portal with 长者模式/读屏 links and its 索引号 table (the 文号 cell unmarked, neutral); a data table one row a paragraph; the document's 联系电话 next to the portal's 纠错 line; 发布日期 differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>鼐州市市场监督管理局关于2025年第一批插线板产品质量监督抽查结果的通告 - 信息公开 - 鼐州市人民政府</title>
<script src="/js/jquery.min.js"></script><script>var siteId="nz01";</script></head>
<body>
<div class="topbar">⟦a 长者模式⟧　⟦a 读屏专用⟧　⟦a 简体｜繁體⟧　⟦a 登录｜注册⟧</div>
<div class="banner">⟦m 鼐州市人民政府　www.naizhou.gov.cn⟧</div>
<ul class="mainnav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进鼐州⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 市市场监管局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11350921MB1572840Q/2025-00318⟧</td><td>⟦m 主题分类：质量监督⟧</td></tr>
<tr><td>⟦m 发布机构：鼐州市市场监督管理局⟧</td><td>⟦m 发布日期：2025-05-16⟧</td></tr>
<tr><td colspan="2">鼐市监通〔2025〕19号</td></tr>
</table>
<h1 class="arttitle">{T}</h1>
<div class="artinfo">⟦m 浏览次数：<span>407</span>⟧　⟦a 【字号：较大 适中 较小】⟧　⟦a 【打印此文】【关闭此页】⟧</div>
<div class="artcon">
{BODY}
</div>
<div class="share">⟦l 转发到：微信好友 微博 QQ空间⟧</div>
<div class="related"><h3>⟦l 相关信息⟧</h3><ul><li>⟦l 关于2024年电动自行车充电器抽查结果的通告⟧</li><li>⟦l 市市场监管局开展“安全用电进万家”宣传活动⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办单位：鼐州市人民政府办公室　承办：鼐州市大数据中心⟧</p>
<p>⟦m 网站纠错及技术支持电话：0597-3316000⟧</p>
<p>⟦m 网站标识码 3509210004　闽ICP备05017742号　闽公网安备 35092102000118号⟧</p>
</div>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
为加强插线板产品质量监管，保障群众用电安全，我局于2025年3月至4月组织对全市生产、销售的插线板产品开展了质量监督抽查。现将抽查结果通告如下：
一、本次共抽查28家企业（商户）的40批次产品，经检验，合格34批次，不合格6批次，批次合格率85.0%。不合格项目主要为标志和说明、插座的结构、温升。
二、不合格产品情况如下：
序号　产品名称　标称商标　被抽查单位　不合格项目
1　三位五孔插线板　家安宝　鼐州市兴发五金店　温升
2　八位总控插线板　亮达　鼐州市福顺日杂商行　插座的结构
3　USB多用插线板　未标注　鼐州市百惠超市　标志和说明
三、对抽查不合格的产品，我局已依法责令被抽查单位停止销售，并立案调查。请广大消费者选购插线板时认准3C标志，不要购买无厂名、无厂址的产品。
联系人：郑立新　联系电话：0597-3308215
鼐州市市场监督管理局
2025年5月14日
""",
    ),
    dict(
        slug="gov-boujiang-notice-lifejacket-record",
        site="瓿江县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.boujiang.gov.cn/art/2025/5/27/art_1207_66154.html",
        title="瓿江县交通运输局关于做好汛期渡船救生衣配备和使用管理的通知",
        record_date="2025-05-27",
        date="2025-05-27",
        notes="title and date from the record; portal text with 文号 (neutral); 附件 list, 抄送 and 印发 lines stay in the body; a 打印/关闭 row and a 长辈版 link at the top; the portal's service phone at the bottom",
        page="""
!m 瓿江县人民政府门户网站
!a 无障碍浏览　长辈版　English
!m 首页 >> 信息公开 >> 通知公告
{T}
!m 来源：县交通运输局　　时间：2025-05-27 16:02　　点击：218
!a [ 打印 ]　[ 关闭 ]　[ 收藏 ]
瓿交运〔2025〕31号
{BODY}
!l 上一条：瓿江县2025年“安全生产月”活动方案
!l 下一条：关于暂停部分客运班线的公告
!m 瓿江县人民政府办公室主办　县融媒体中心承办
!m 政务服务热线：0716-12345　赣ICP备09018360号
""",
        body="""
各乡镇人民政府，县水上交通安全监督站：
进入主汛期，江河水位上涨，渡运安全风险明显增加。为切实做好渡船救生衣配备和使用管理，现就有关事项通知如下：
一、各乡镇要在6月5日前完成辖区渡船救生衣清点，按核定乘客人数配足救生衣，并按不少于一成的比例加配儿童救生衣。
二、渡船开航前，渡工必须提醒乘客穿好救生衣；乘客拒不穿着的，渡工有权拒绝其登船。
三、县水上交通安全监督站要加大巡查频次，对救生衣不足、过期、锁存不取用的，一律责令停航整改。
附件：1.渡船救生衣配备检查表
2.汛期渡口值守人员名单
瓿江县交通运输局
2025年5月27日
抄送：县应急管理局，县水利局。
瓿江县交通运输局办公室　2025年5月27日印发
""",
    ),
    dict(
        slug="news-chaoyang-leash-drive-h1-caption",
        site="耖阳新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chaoyangnews.cn/shehui/2025-04/19/content_88213.html",
        title="耖阳县启动文明养犬宣传月 免费发放牵引绳三千条",
        record_title=None,
        date="2025-04-19",
        notes="no record title, found in the news <h1>; byline 发布时间 as the date; a photo caption between paragraphs; an editor line glued after the last paragraph; ad slot and a 24-hour list",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>耖阳新闻网</title>
<script async src="/ad/slot.js"></script></head>
<body>
<div class="hd">⟦m 耖阳新闻网 · 耖阳县融媒体中心主办⟧ <span class="date">⟦m 今天是2025年4月21日 星期一⟧</span></div>
<nav>⟦m 首页 本地 社会 民生 乡镇 视频 专题⟧</nav>
<div class="ad">⟦d 推广⟧ ⟦m 耖阳县人民医院体检中心　春季套餐限时优惠⟧</div>
<div class="crumbs">⟦m 耖阳新闻网 &gt; 社会 &gt; 正文⟧</div>
<article>
<h1>{T}</h1>
<p class="byline">⟦m 发布时间：2025-04-19 10:46　来源：耖阳县融媒体中心　记者 蓝一鸣⟧</p>
<div class="tools">⟦a 字号 A+ A-⟧ ⟦a 分享到 微信 微博⟧</div>
<div class="txt">
{BODY}
</div>
</article>
<div class="hot24"><h3>⟦l 24小时热闻⟧</h3><ol><li>⟦l 县城新增两处口袋公园⟧</li><li>⟦l 耖阳高铁站改造工程开工⟧</li><li>⟦l 今年首批新茶开采⟧</li></ol></div>
<footer>⟦d 本网站所刊登的各种新闻、信息，未经书面授权不得转载。⟧<br>⟦m 新闻热线：0745-2218866　湘ICP备11026619号⟧</footer>
</body></html>
""",
        body="""
4月19日上午，耖阳县“文明养犬宣传月”活动在滨河广场启动。活动现场，县公安局、县城管局和多个社区的工作人员向养犬市民免费发放牵引绳，并讲解文明养犬相关规定。
“以前遛狗图省事不拴绳，今天领了一条，以后出门一定拴上。”带着柯基犬前来的市民周女士说。
⟦m 图为工作人员向市民发放牵引绳。蓝一鸣 摄⟧
据了解，宣传月期间，全县将在城区32个小区设置宣传点，共免费发放牵引绳3000条、拾便袋2万个，并集中开展犬只登记、狂犬病疫苗接种等服务。县城管局有关负责人介绍，城区遛狗须使用牵引绳，大型犬牵引绳长度不得超过1.5米，对不拴绳遛狗且劝阻不听的，将依法处理。⟦m 编辑：唐小溪　审核：欧阳进⟧
""",
    ),
    dict(
        slug="news-gepu-pillbox-title-glued-lead",
        site="鬲浦新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://news.gepu.gov.cn/xzdt/2025/0610/77381.shtml",
        title="智能分药盒走进瓞田镇独居老人家中",
        record_title="智能分药盒走进瓞田镇独居老人家中_乡镇动态_鬲浦新闻网",
        date="2025-06-10",
        notes="news text page: title glued to the lead; dotted date line; a reviewer line glued after a 。; a photo caption between paragraphs; share bar and related list below",
        page="""
!m 鬲浦新闻网　|　县委宣传部主管
!m 首页 / 乡镇动态
{T}
!m 2025.06.10　　来源：瓞田镇　　阅读 1033
!a 听新闻　　分享　　收藏
{T}{BODY}
!l 分享到：朋友圈　微博　复制链接
!l 相关新闻：瓞田镇卫生院开展老年人健康体检　｜　全县家庭医生签约服务提质扩面
!d 版权所有：鬲浦县融媒体中心　未经许可不得转载
!m 鬲浦新闻网 新闻热线 0766-5520110
""",
        body="""
6月9日，瓞田镇卫生院的家庭医生带着一批智能分药盒来到镇上的独居老人家中，手把手教老人使用。这种药盒分为七格，到了服药时间会亮灯并发出提示音，老人取药后提示自动停止。
今年82岁的黄大爷患有高血压和糖尿病，每天要吃四种药。“以前常常记不清吃没吃，现在药盒一响我就知道该吃药了。”黄大爷说。⟦m 文/图：罗晓燕　审核：闵建⟧
⟦m 图为家庭医生教老人设置药盒提醒时间。⟧
据介绍，此次发放的120个智能分药盒由县慈善会捐赠，优先配发给80岁以上、患有两种以上慢性病的独居老人。卫生院还将每两周上门一次，为老人补充分装药品，查看服药情况。
""",
    ),
    dict(
        slug="forum-wujinjiang-screwdriver-discuz-jammer",
        site="五金匠论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.wujinjiang.net/thread-52017-1-1.html",
        title="一把用了十二年的螺丝刀，说说我挑螺丝刀的心得",
        record_title="[工具心得] 一把用了十二年的螺丝刀，说说我挑螺丝刀的心得 - 手动工具 - 五金匠论坛",
        date=None,
        notes="Discuz-like tools forum: jammer fonts in the post, a signature, replies, and a forum clock; a post is no dated document (the 发表于 time is a forum stamp)",
        page="""
<html><head><meta charset="gbk"><title>[工具心得] 一把用了十二年的螺丝刀，说说我挑螺丝刀的心得 - 手动工具 - 五金匠论坛</title>
<style>.jammer{color:#fff;font-size:0px}</style></head><body>
<div id="toptb">⟦a 登录⟧ ⟦a 立即注册⟧ ⟦a 找回密码⟧</div>
<div id="hd">⟦m 五金匠论坛 —— 手艺人的家⟧</div>
<div id="pt">⟦m 五金匠论坛 › 工具区 › 手动工具 › 查看内容⟧</div>
<div class="ts"><span>⟦m [工具心得]⟧</span> <h1 id="thread_subject">{T}</h1></div>
<div class="hm">⟦m 查看: 6120　|　回复: 48⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 老钳工阿贵⟧<br>⟦m 金牌会员　积分 3872⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 2025-3-8 21:40　|　只看该作者⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="sign">⟦m 签名：修东西不求人，工具选对一半成⟧</div>
<div class="po">⟦a 回复　引用　收藏　分享　举报⟧</div></td></tr></table>
<div class="reply">⟦l 沙发　铁皮人：说得太对了，磁性批头那条深有体会⟧</div>
<div class="reply">⟦l 板凳　扳子哥：求推荐一套入门精密螺丝刀⟧</div>
<div id="f_pst">⟦a 高级模式　发表回复　登录后才能回帖⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4　五金匠论坛⟧ ⟦m GMT+8, 2025-3-12 07:15⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
我手上这把一字、十字两用螺丝刀是2013年在老家五金店买的，用了十二年，刀杆还是直的。趁着今天整理工具箱，说说我挑螺丝刀的几点心得，给新手参考。
第一看刀杆。好刀杆一般是铬钒钢或S2钢，杆上会打钢号，没有任何标记的慎买。
第二看刀头。十字刀头的四个棱要清楚，插进螺丝里不晃；刀头发黑磨砂的比光亮的更防滑。
第三看手柄。握着要满手，手柄太细拧不上劲，太滑出汗就打滑。电工最好选绝缘的，手柄上有耐压等级标识。
第四别贪多。家里常用的就是十字2号、一字6毫米这两种，先买好的这两把，比买一大套杂牌的强。
""",
    ),
    dict(
        slug="forum-quanyou-leash-text-junk-no-title",
        site="犬友之家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.quanyouzhijia.com/forum/t/30418",
        title="遛狗到底用胸背还是项圈？说说我换了三次牵引绳的经历",
        record_title=None,
        date=None,
        notes="no title in the record, found on the page line after the board tag; forum junk lines and glued runs; floors and a client line; relative times are no dates",
        page="""
!m 犬友之家论坛　|　养宠交流　|　狗狗用品
!m 版块：狗狗用品 › 牵引与出行
!m [用品经验]
{T}
!m 楼主：豆包妈　　发表于 3 天前　　浏览 2804　　回复 37
!a 只看楼主　　倒序看帖　　打赏
{BODY}
!m ——来自 犬友之家 安卓客户端
!l 2楼　汪仔爸：说到点子上了，伸缩绳真的容易出事
!l 3楼　小雪球：请问楼主，P绳适合训练用吗？
!l 4楼　豆包妈：回复 小雪球：适合短时间训练，平时不建议
!a 回帖请先登录，新用户注册送30积分
!d 本帖内容仅代表作者个人观点，与本论坛立场无关。
""",
        junk=dict(lines=2, glued=3),
        body="""
家里的豆包是一只四岁的边牧，力气大、爱暴冲，这几年牵引绳我换了三次，踩过不少坑，写出来给新手铲屎官参考。
最早用的是项圈加普通牵引绳。豆包一看到猫就往前冲，项圈勒脖子，回家后咳了好几天，兽医说长期这样容易伤气管。
后来换成伸缩牵引绳。放得开的时候是舒服，可有一次在小区里，绳子一下放出五米，差点绊倒一位老人，从那以后我再也不在人多的地方用它了。
现在用的是胸背带加1.2米的固定长度牵引绳，手柄处还加了一个缓冲段。狗狗冲的时候力量分散在胸口，我的手也不那么累。
总结一句：小区和马路上用短绳、固定长度；空旷的地方再考虑放长。绳子再好，也要主人随时握紧。
""",
    ),
]
