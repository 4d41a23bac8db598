"""holdout311, part A: 范文站, 文库预览, 政府门户, 新闻门户, 论坛. Invented text, written by hand; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-gengbi-speech-feed-bucket-launch",
        site="耕笔范文苑 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.gengbi-fwy.com.cn/jianghua/nongcun/2024/0511/77102.html",
        title="在墼岭县养殖场饲料桶统一更换启动仪式上的讲话",
        record_title="【致辞拾珍】在墼岭县养殖场饲料桶统一更换启动仪式上的讲话（附发言提纲）_耕笔范文苑",
        date="2024-04-09",
        date_also=["2024-05-11"],
        notes="old table layout with marquee, font-size row, floating ghost-writer box, hot list, visitor counter; "
        "speaker and date lines under the title are neutral; a ghost-writer line between paragraphs, a collect link glued after 。",
        page="""
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【致辞拾珍】在墼岭县养殖场饲料桶统一更换启动仪式上的讲话（附发言提纲）_耕笔范文苑</title>
<script language="javascript" src="/js/qqfloat.js"></script>
<style>td{font-size:12px}.zw{font-size:14px;line-height:26px}</style>
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="260">⟦m 耕笔范文苑⟧</td><td>⟦m 笔耕不辍　文以载道⟧</td><td align="right"><a href="#">⟦a 设本苑为首页⟧</a> | <a href="#">⟦a 把耕笔放进收藏夹⟧</a></td></tr>
<tr><td colspan="3"><marquee scrollamount="3">⟦m 耕笔范文苑温馨提醒：本苑范文每日更新，欢迎常来坐坐⟧</marquee></td></tr>
<tr><td colspan="3">⟦m 首页⟧ | ⟦m 讲话致辞⟧ | ⟦m 工作总结⟧ | ⟦m 心得体会⟧ | ⟦m 规章制度⟧ | ⟦m 合同范本⟧</td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td width="700" valign="top">
<div>⟦m 所在位置：耕笔范文苑 &gt;&gt; 讲话致辞 &gt;&gt; 三农讲话 &gt;&gt; 正文⟧</div>
<h2>{T}</h2>
<div>⟦m 入库：2024-05-11　　整理：耕夫　　人气：1873⟧</div>
<div>⟦a 〖字号调节：放大 | 还原 | 缩小〗⟧</div>
<div class="zw">
<p>墼岭县农业农村局局长　隋立峰</p>
<p>（2024年4月9日）</p>
{BODY}
</div>
<div>⟦l 前一篇：全县春季动物防疫动员会讲话⟧</div>
<div>⟦l 后一篇：畜禽粪污资源化利用现场会主持词⟧</div>
</td>
<td width="250" valign="top">
<table width="100%" border="1" cellspacing="0"><tr><td>⟦l 本栏热读榜⟧</td></tr>
<tr><td>⟦l 1.在全县动物防疫工作会议上的讲话⟧</td></tr>
<tr><td>⟦l 2.乡镇畜牧站站长表态发言稿⟧</td></tr>
<tr><td>⟦l 3.养殖大户座谈会主持词（三篇）⟧</td></tr></table>
</td></tr></table>
<div id="qqfloat" style="position:absolute;right:5px;top:200px">⟦w 材料难写？找耕夫，QQ：2790 3316⟧</div>
<table width="960" border="0" align="center"><tr><td align="center">
⟦d 本苑文章多由苑友投来，若有不妥请致信耕夫，核实后即撤⟧<br>
⟦m 耕笔范文苑 版权所有 2009-2024　湘ICP备09317725号⟧<br>
⟦m 您是本苑第 0082716 位客人⟧
</td></tr></table>
</body></html>
""",
        p_html="<p>　　{}</p>",
        body="""
同志们、朋友们：
今天，我们在廒口镇隋家坝村召开全县养殖场饲料桶统一更换启动仪式。这项工作看起来是件小事，实际上关系到饲料卫生、疫病防控和养殖效益。
过去不少养殖户用旧油漆桶、化工桶装饲料，桶壁残留难以清除，夏季容易霉变。今年县里安排专项资金，为全县三百一十二家规模养殖场更换食品级饲料桶四千六百只，每只桶标明用途和清洗日期。
⟦w 代笔讲话稿、汇报材料，加耕夫微信 gengfu_1977⟧
下面我讲三点要求。一是领用要登记，各乡镇畜牧站要逐户核对，不得重复发放。二是旧桶要回收，统一交由回收企业处理，严禁随意丢弃。三是清洗要到位，饲料桶每周至少清洗消毒一次。⟦a 【收进我的书架】⟧
同志们，小小饲料桶，连着养殖安全。希望大家把好事办好，让养殖户用得放心。
""",
    ),
    dict(
        slug="fanwen-yanxi-insight-bath-stool-volunteer",
        site="砚溪范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.yanxi-fanwen.net/xinde/zhiyuan/60318.html",
        title="为独居老人送浴凳志愿服务心得体会",
        record_title=None,
        date=None,
        notes="no title in the record: the page's title line; a writing-service prompt glued after 。; update and collection stamps are no dates",
        page="""
!m 砚溪范文网 · 写东西不再发愁
!m 当前：砚溪范文网 ▸ 心得体会 ▸ 志愿服务心得
{T}
!m 更新于 3 天前　　收录者：砚溪小编　　1.4千人读过
!a 『一键抄录全文』『存为Word』『发到手机看』
{BODY}
!a 只看到这里？开通砚溪月卡，全文和同类范文随便下
!l 看了这篇的人还看了：
!l ▸ 敬老院志愿服务活动心得（精选）
!l ▸ 社区助老服务队年度小结
!l ▸ 大学生“银龄关爱”实践体会
!d 砚溪范文网内容来自网友投稿，转载须注明出处，侵权内容请邮件告知我们删除
!m © 砚溪范文网 yanxi-fanwen.net　浙ICP备20117038号
""",
        indent="\u3000\u3000",
        body="""
上个月，我跟着社区志愿服务队到荮溪区菩泉社区，为二十六户独居老人送去防滑浴凳。出发前我以为这只是搬搬东西的活，真正进了老人家门，才发现这件事并不简单。
有位八十三岁的奶奶告诉我，她洗澡时一直扶着墙站着，去年冬天还滑倒过一次。我们把浴凳放进卫生间，调好高度，又扶她坐下试了试。她说：“这下洗澡能坐着了，心里踏实。”那一刻我明白了，服务老人要从细处着手。⟦w 心得不会写？砚溪老师一对一代写，微信 yx_laoshi09⟧
这次活动也让我看到自己的不足。有的卫生间门槛高、地面窄，浴凳放不稳，我们只能现场量尺寸、换型号，耽误了不少时间。今后再做这类服务，应当提前上门摸清情况。
志愿服务没有大小之分。一张浴凳，就是一份安心。我愿意继续参加这样的活动，把好事做实、把实事做细。
""",
    ),
    dict(
        slug="wenku-zhiye-research-chicken-trough-markers",
        site="知页文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.zhiye-wenku.com/p/5530917284.html",
        title="关于鞅阳县散养户喂鸡槽使用情况的调研报告",
        record_title="【调研精品】关于鞅阳县散养户喂鸡槽使用情况的调研报告（可下载）- 知页文库",
        date="2024-07-16",
        notes="文库 reader: page-marker paragraphs ⦢ n ⦣ cut sentences; a table one row a paragraph; paywall; upload stamp no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【调研精品】关于鞅阳县散养户喂鸡槽使用情况的调研报告（可下载）- 知页文库</title>
<script src="//static.zhiye-wenku.com/reader/viewer.min.js"></script>
</head><body>
<header class="zy-top"><a class="logo" href="/">⟦m 知页文库⟧</a><span class="slogan">⟦m 一页一页，都是干货⟧</span><a href="/vip">⟦a 办知页畅读卡 全库文档随意下⟧</a><a href="/login">⟦a 登录｜开个知页号⟧</a></header>
<nav class="zy-crumb">⟦m 知页文库 / 行业资料 / 农林牧渔 / 畜牧养殖⟧</nav>
<section class="zy-doc">
<h1>{T}</h1>
<div class="zy-meta">⟦m 上传者：牧野清风　上传于 7天前　共 5 页　1.8万次浏览⟧</div>
<div class="zy-tools">⟦a 全屏阅读⟧ ⟦a 放大⟧ ⟦a 缩小⟧ ⟦a 存进我的知页夹⟧</div>
<div class="zy-pages">
{BODY}
</div>
<div class="zy-lock">⟦a 预览页数已用完，余下 2 页请付 3 知页币后阅读⟧ <button>⟦a 立即付费下载⟧</button></div>
</section>
<aside class="zy-side"><h3>⟦l 读过本文的人还在看⟧</h3><ul>
<li>⟦l 家禽散养技术要点汇编⟧</li>
<li>⟦l 关于农村庭院养殖的调查与思考⟧</li>
<li>⟦l 乡镇畜牧站年度工作总结（3篇）⟧</li></ul></aside>
<footer>⟦d 知页文库的文档均由用户上传，知页仅提供存储和展示，如有侵权请走申诉通道⟧<br>⟦m 沪ICP备21046693号-3　知页（上海）信息技术有限公司⟧</footer>
</body></html>
""",
        p_html='<p class="zy-line">{}</p>',
        pages=dict(fmt="⦢ {n} ⦣", every=80, start=2),
        body="""
为掌握散养户喂鸡槽使用情况，摸清饲料浪费和槽具卫生方面的问题，今年6月，县畜牧兽医服务中心组成调研组，走访阚集镇等4个乡镇的120户散养户，现将有关情况报告如下。
一、基本情况
槽具类型　户数　占比
自制木槽　51　42.5%
旧盆旧桶　38　31.7%
塑料料槽　31　25.8%
二、存在问题
一是浪费严重，自制木槽没有挡料边，鸡只扒料后饲料撒落满地，估算每户每月浪费饲料约8公斤。二是清洗困难，木槽缝隙积存残料，雨后容易发霉。三是混用现象普遍，不少农户用同一个旧盆既喂料又饮水，增加了疫病传播风险。
三、几点建议
建议推广带挡料边、可拆洗的塑料喂鸡槽，由乡镇畜牧站开展示范，引导农户按每10只鸡配备1米槽位，并把槽具清洗纳入防疫宣传内容；对低收入散养户，可由村集体统一采购后免费发放。
鞅阳县畜牧兽医服务中心调研组
2024年7月16日
""",
    ),
    dict(
        slug="wenku-yejian-plan-shoe-bench-wrapped-glued-markers",
        site="页简文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="text",
        source="https://yejian-doc.cn/view/20240823/kindergarten-88315",
        title="浼水县葱兰幼儿园入园换鞋区改造方案",
        record_title="浼水县葱兰幼儿园入园换鞋区改造方案.docx",
        date="2024-08-20",
        notes="file-name record title; preview text hard-wrapped at 62 columns, page markers ⟂ n ⟂ glued to the continuation line; "
        "成文日期 in Chinese numerals",
        page="""
!m 页简文库 | 文档在线预览
!m 首页 » 教育文档 » 幼儿园管理
!t 浼水县葱兰幼儿园入园换鞋区改造方案.docx
!m 格式：docx　大小：26KB　页数：3　上传时间：2 天前
!a 【在线预览】【整篇下载 ¥2.00】【发送到邮箱】
{BODY}
!a ——免费预览到此为止，完整文档请下载后查看——
!l 猜你在找：幼儿园晨检制度　｜　幼儿园门厅改造请示　｜　托育机构安全管理方案
!d 页简文库仅提供文档存储空间，文档内容由上传者负责，如侵犯权益请发邮件至 quanyi@yejian-doc.cn
""",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⟂ {n} ⟂", every=85, start=2, glue=True),
        body="""
为解决入园高峰期家长和幼儿在门厅换鞋拥挤、站立换鞋易摔倒的问题，结合我园实际，制定本方案。
一、改造内容
在门厅东侧设置换鞋区，沿墙安装儿童换鞋凳6组，凳面高度25厘米，边角做圆弧处理；另设成人换鞋凳2组，方便接送家长使用。
二、时间安排
8月21日至8月28日完成采购和安装，8月29日组织验收，9月1日开学前投入使用。
三、使用要求
各班老师要教会幼儿坐凳换鞋、鞋子放入鞋格，值班老师在入园时段维持换鞋区秩序。保育员每天下午对换鞋凳擦拭消毒一次，发现松动及时报修。
四、经费
所需经费约九千六百元，从园所公用经费中列支。
浼水县葱兰幼儿园
二〇二四年八月二十日
""",
    ),
    dict(
        slug="gov-jiling-notice-feed-bucket-index-table",
        site="墼岭县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.jiling.gov.cn/zwgk/bmwj/nyncj/202403/t20240329_118206.html",
        title="关于做好2024年规模养殖场饲料桶发放工作的通知",
        record_title="关于做好2024年规模养殖场饲料桶发放工作的通知_农口文件_墼岭县人民政府",
        date="2024-03-27",
        date_also=["2024-03-29"],
        notes="county portal: 索引号 table (the 文号 cell unmarked), elder/accessibility links, attachment download link beside the 附件 list, "
        "the notice's own 联系人/电话/邮箱 next to the portal's 纠错 line; 抄送 and 印发 lines; '请各单位下载附件' is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于做好2024年规模养殖场饲料桶发放工作的通知_农口文件_墼岭县人民政府</title>
<meta name="SiteName" content="墼岭县人民政府">
<script src="/js/jquery.min.js"></script>
</head><body>
<div class="g-top"><span>⟦m 墼岭县人民政府⟧</span> <a href="/lzb/">⟦a 长者版⟧</a> <a href="javascript:;">⟦a 读屏辅助⟧</a> <a href="/en/">⟦a EN⟧</a></div>
<ul class="g-nav"><li>⟦m 首页⟧</li><li>⟦m 走进墼岭⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="g-loc">⟦m 您的位置：首页 &gt; 政务公开 &gt; 部门文件 &gt; 县农业农村局⟧</div>
<table class="g-index">
<tr><td>⟦m 索引号：431128-NYNC-2024-00173⟧</td><td>⟦m 发布机构：墼岭县农业农村局⟧</td></tr>
<tr><td>墼农发〔2024〕17号</td><td>⟦m 公开日期：2024-03-29⟧</td></tr>
<tr><td>⟦m 主题分类：农业、畜牧业⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
</table>
<div class="g-art">
<h1>{T}</h1>
<div class="g-bar">⟦m 信息来源：县农业农村局　浏览：<span>406</span>⟧ ⟦a 字号【大 中 小】⟧ ⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="g-txt">
{BODY}
</div>
<div class="g-att">⟦a 附件下载：饲料桶申领表.xls（18KB）　发放登记台账.xls（22KB）⟧</div>
<div class="g-share">⟦l 分享至：微信 微博 QQ空间⟧</div>
</div>
<div class="g-rel"><h4>⟦l 本局其他文件⟧</h4><ul><li>⟦l 墼岭县2024年春季动物防疫工作方案⟧</li><li>⟦l 关于开展畜禽养殖场安全生产检查的通知⟧</li></ul></div>
<div class="g-foot">
<p>⟦m 主办：墼岭县人民政府办公室　承办：墼岭县政务服务和数据中心⟧</p>
<p>⟦m 网站纠错与留言：0731-5860000（工作日 8:30-17:30）⟧</p>
<p>⟦m 湘ICP备05019927号　网站标识码4311280007⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇人民政府，县畜牧兽医服务中心：
为改善养殖场饲料存储卫生条件，县政府决定为全县规模养殖场统一发放食品级饲料桶。现将有关事项通知如下。
一、发放对象为在县农业农村局备案的规模养殖场，每场按存栏量核定数量，最多不超过30只。
二、各乡镇于4月15日前汇总申领表，报县畜牧兽医服务中心。请各单位下载附件，按表格要求如实填写。
三、饲料桶到货后由乡镇组织发放，养殖场负责人签字领取，旧桶同步登记回收。
联系人：隋晓东　电话：0731-5862037　邮箱：xmz_jl@jiling-nync.cn
附件：1.规模养殖场饲料桶申领表
2.饲料桶发放登记台账
墼岭县农业农村局
2024年3月27日
抄送：县财政局，县市场监管局。
墼岭县农业农村局办公室　2024年3月27日印发
""",
    ),
    dict(
        slug="gov-meishui-bulletin-bath-stool-spot-check-table",
        site="浼水县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.meishui.gov.cn/xxgk/scjg/202409/t20240912_66139.html",
        title="浼水县市场监督管理局关于2024年浴凳产品质量监督抽查情况的通报",
        record_title="【抽检通报】浼水县市场监督管理局关于2024年浴凳产品质量监督抽查情况的通报｜浼水县政府网",
        record_date="2024-09-12",
        date="2024-09-12",
        notes="the record gives the date; a table of unqualified products one row a paragraph; portal chrome with a font-size row and a share row",
        page="""
!m 浼水县人民政府网　欢迎您！
!m 首页 ＞ 信息公开 ＞ 县市场监管局 ＞ 通知公告
!t 【抽检通报】浼水县市场监督管理局关于2024年浴凳产品质量监督抽查情况的通报
!m 发文单位：浼水县市场监管局　　访问量：1127
!a 〔文字：特大 大 中〕　〔朗读全文〕　〔存为PDF〕
{BODY}
!l 转发到：微信朋友圈　｜　新浪微博　｜　复制网址
!l 上一条：浼水县2024年第二季度食品安全抽检信息
!l 下一条：关于开展电动自行车充电器专项检查的通告
!m 浼水县人民政府办公室主办　地址：浼水县碉湾大道88号
!m 桂ICP备10022816号-1　政府网站标识码4512230031
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
为保障老年人等群体洗浴安全，今年8月，县市场监管局对全县商超、家居店和网店销售的浴凳产品开展了质量监督抽查。现将结果通报如下。
本次共抽查浴凳产品24批次，合格20批次，合格率83.3%。不合格产品情况如下：
产品名称　销售单位　不合格项目
折叠浴凳　碉湾镇惠家超市　静载荷
防滑浴凳　县城佳居家居店　凳脚防滑性能
儿童浴凳　浼水优品网店　标识标注
老人浴凳　碉湾镇乐康商行　稳定性
对抽查不合格的产品，县市场监管局已责令销售单位立即下架，依法进行处理。请广大消费者选购浴凳时查看标识，注意凳脚是否有防滑垫、承重是否标明。
浼水县市场监督管理局
2024年9月12日
""",
    ),
    dict(
        slug="news-yangyang-trough-coop-photo-caption",
        site="鞅阳融媒网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yangyang-rongmei.cn/xw/bdxw/202406/t20240621_40872.shtml",
        title="阚集镇养鸡合作社换上防扒料喂鸡槽 每月省下饲料两百多斤",
        record_title="阚集镇养鸡合作社换上防扒料喂鸡槽 每月省下饲料两百多斤_乡镇快讯_鞅阳融媒网",
        date="2024-06-21",
        notes="news portal: byline 发布时间 is the page's date; a photo caption between paragraphs; an editor line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>阚集镇养鸡合作社换上防扒料喂鸡槽 每月省下饲料两百多斤_乡镇快讯_鞅阳融媒网</title>
<script>window._ymq=window._ymq||[];</script>
</head><body>
<div class="ym-head"><a href="/">⟦m 鞅阳融媒网⟧</a><span>⟦m 鞅阳县融媒体中心主办⟧</span><a href="/app">⟦a 装“掌上鞅阳”看更多⟧</a></div>
<div class="ym-nav">⟦m 首页⟧ ⟦m 时政⟧ ⟦m 乡镇快讯⟧ ⟦m 民生⟧ ⟦m 视听⟧</div>
<div class="ym-path">⟦m 首页 › 乡镇快讯 › 正文⟧</div>
<article>
<h1>{T}</h1>
<div class="ym-info">⟦m 发布时间：2024-06-21 08:35　来源：鞅阳融媒　记者：韦晴⟧</div>
<div class="ym-listen">⟦a ▶ 语音播报本文⟧</div>
<div class="ym-body">
{BODY}
</div>
<div class="ym-share">⟦l 转给好友：微信 ｜ 微博 ｜ 生成海报⟧</div>
</article>
<aside><h3>⟦l 鞅阳·一周热读⟧</h3><ol>
<li>⟦l 鞅阳至廛河城际公交本月开通⟧</li>
<li>⟦l 阚集镇夏粮收购点全部开秤⟧</li>
<li>⟦l 县人民医院新增夜间门诊⟧</li></ol></aside>
<footer><p>⟦d 鞅阳融媒网原创稿件，未经书面授权不得转载⟧</p><p>⟦m 新闻热线：0739-7712345　赣ICP备18007264号⟧</p></footer>
</body></html>
""",
        body="""
6月20日一早，鞅阳县阚集镇旺禾养鸡合作社的鸡舍里，社员韦长顺正往新装的喂鸡槽里添料。“以前鸡一扒，料撒一地，现在槽边有挡板，撒不出去了。”
今年5月，合作社在县畜牧站指导下，把原来的木槽全部换成带防扒格栅的塑料喂鸡槽，共安装260米。
⟦m ▲旺禾合作社社员在新槽边添料　韦晴 摄⟧
合作社负责人介绍，换槽后饲料浪费明显减少，全社每月能省下饲料两百多斤，鸡舍地面也干净了不少。槽体可以拆开冲洗，清洗一次只要十几分钟。
县畜牧站站长表示，下一步将在全镇推广这种槽具，并组织技术员上门指导安装。⟦m （编辑：阚明　审核：韦立）⟧
""",
    ),
    dict(
        slug="news-chanhe-shoe-bench-donation-record-title",
        site="廛河晚讯网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.chanhe-wanxun.com/local/2024-11-05/198732.html",
        title="廛河一家具厂向老旧小区捐赠换鞋凳300张",
        record_date="2024-11-05",
        date="2024-11-05",
        notes="the record gives title and date; a photo caption line between paragraphs; an app prompt glued before the lead",
        page="""
!m 廛河晚讯网 — 廛河人自己的新闻
!m 本地 / 社会 / 正文
{T}
!m 2024-11-05 17:20　来源：廛河晚讯　作者：记者 邢佳
!a 字体 A+ A-　｜　分享
{BODY}
!m 【本稿件由廛河晚讯原创，转载请注明出处】
!l 延伸阅读
!l · 荮溪区启动老旧小区适老化改造
!l · 菩泉社区“敬老食堂”开张
!a 打开廛河晚讯App，看更多本地新闻
!m 报料热线：0752-3380110　粤ICP备13052091号
""",
        body="""
⟦a 下载晚讯App参与本地话题讨论⟧11月5日上午，廛河市荮溪区菩泉社区的楼道口热闹起来，廛河木禾家具厂的工人们把一张张换鞋凳搬进老旧小区的单元门厅。
据了解，此次捐赠的300张换鞋凳全部为实木材质，凳面高度45厘米，一侧带扶手，方便老人扶着坐下、站起。
⟦m 图为工人在单元门厅摆放换鞋凳。记者 邢佳 摄⟧
社区工作人员介绍，菩泉社区有不少楼房没有电梯，老人进门换鞋时常常扶着墙单腿站立，容易摔倒。此前社区向辖区企业发出求助，家具厂很快回应。
家具厂负责人说，厂里还将为换鞋凳提供一年的免费维修。
""",
    ),
    dict(
        slug="forum-paohua-diy-bath-stool-jammer",
        site="刨花社区 (invented, Discuz-style woodworking forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.paohua-diy.com/thread-70316-1-1.html",
        title="给老妈做了个防滑浴凳，分享一下尺寸和做法",
        record_title="[木作分享] 给老妈做了个防滑浴凳，分享一下尺寸和做法（多图） - 手工木作 - 刨花社区",
        date=None,
        notes="Discuz-like thread with jammer fonts (junk lines and junk glued after 。), rating row, signature; 发表于 3 天前 is no date",
        page="""
<html><head><meta charset="utf-8">
<title>[木作分享] 给老妈做了个防滑浴凳，分享一下尺寸和做法（多图） - 手工木作 - 刨花社区 - Powered by Discuz!</title>
<style>.jammer{display:none}</style>
<script src="static/js/common.js?v=Pq2"></script>
</head><body>
<div id="toptb">⟦m 刨花社区⟧ <a>⟦a 找回密码⟧</a> <a>⟦a 注册一个刨花号⟧</a></div>
<div id="pt">⟦m 刨花社区 › 木工房 › 手工木作 › 帖子⟧</div>
<div class="ts"><h1><span id="thread_subject">⟦t [木作分享] 给老妈做了个防滑浴凳，分享一下尺寸和做法（多图）⟧</span></h1></div>
<div class="hm">⟦m 查看：2036　｜　回复：41⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="authi">⟦m 老槐木匠⟧</div><p>⟦m 积分 3380　刨花 912 片⟧</p></td>
<td class="plc"><div class="authi">⟦m 发表于 3 天前 | 只看他 | 倒序看帖⟧</div>
<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_8830211">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 6　刨花 +18　收起 理由⟧</div>
<div class="sign">⟦m 木头不说话，手艺会说话⟧</div>
<div class="po">⟦a 点赞 收藏 举报⟧</div>
</td></tr></table>
<div class="pgs">⟦l 上一主题：樟木箱开裂怎么补⟧ ⟦l 下一主题：新手第一把刨子买哪款⟧</div>
<div id="f_pst">⟦a 登录以后才能跟帖　现在登录 ｜ 免费注册⟧</div>
<div id="ft">⟦m 刨花社区 paohua-diy.com　鲁ICP备17033208号⟧ ⟦m Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
老妈今年七十五了，洗澡站久了腿发软。商场买的塑料浴凳她嫌矮，我干脆自己动手做了一个。
材料用的是防腐处理过的菠萝格，凳面长42厘米、宽28厘米，高度按老妈小腿长度定为40厘米。
凳面开了五道排水缝，缝宽8毫米，洗澡水不会积在上面。四条腿略向外撇，脚底各钉一块橡胶防滑垫，在湿瓷砖上推了推，纹丝不动。
所有边角都用砂纸打圆，最后刷了两遍水性木蜡油。老妈试坐以后说高度正好，起身也不费劲。
有需要图纸的坛友可以回帖，我把尺寸图整理好发上来。
""",
    ),
    dict(
        slug="forum-hechang-trough-help-thread-junk",
        site="禾场论坛 (invented, rural forum)",
        style="论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="http://www.hechang-bbs.net/thread-228104-1-1.html",
        title="自制喂鸡槽总被鸡踩翻，怎么改？",
        record_title="[请教贴] 自制喂鸡槽总被鸡踩翻，怎么改？（急） - 家禽散养 - 禾场论坛",
        date=None,
        notes="forum thread in text: junk lines and junk glued after 。; the post time is 昨天 (no date); replies after the post",
        page="""
!m 禾场论坛 - 种养殖交流
!m 禾场论坛 » 养殖区 » 家禽散养 » 求助
!t [请教贴] 自制喂鸡槽总被鸡踩翻，怎么改？（急）
!m 楼主：田埂上的老周　发表于 昨天 21:06　只看该作者
!m 浏览 583 | 回复 9
{BODY}
!a 支持(3)　反对(0)　回复本帖　举报
!l 2# 鸡司令：槽上加一根转轴横杆，鸡站不上去
!l 3# 阚集老李：用铁丝做个格栅盖，鸡头伸进去吃，脚进不去
!l 4# 田埂上的老周：谢谢两位，周末试试
!a 发帖前请先完成手机验证　立即绑定
!m Copyright 禾场论坛 2012-2024　｜　手机版　｜　小黑屋
""",
        junk=dict(lines=2, glued=2),
        body="""
家里散养了三十来只土鸡。喂鸡槽是我用半截PVC管自己做的，两头封了木板。
问题是鸡喜欢站到槽沿上吃，一踩就翻，一天要扶好几次，饲料也撒了不少。
我试过在槽底压两块砖。稳是稳了，可鸡还是往槽里跳，粪便掉进去很难清，每天光刷槽就得花半个钟头。
请问各位老哥，槽上加什么样的挡条比较好？间距留多少合适？有实拍图的麻烦发一下，先谢谢了。
""",
    ),
]
