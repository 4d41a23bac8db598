"""holdout308, part B: county portals, news portals, Party-building sites, residents' sites, search snapshots.

Invented text, sites, places and people (see ../README.md and ../build.py for the markup).
Each case written by hand.
"""

CASES = [
    dict(
        slug="gov-haochuan-notice-pet-goods-spot-check",
        site="颢川县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.haochuan.gov.cn/zwgk/bmwj/scjgj/202504/t20250410_118273.html",
        title="颢川县市场监督管理局关于开展宠物用品质量专项抽查的通知",
        record_title="颢川县市场监督管理局关于开展宠物用品质量专项抽查的通知 - 部门动态 · 颢川县人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes=(
            "county portal: 长辈版/无障碍 links, an index table (the 文号 cell unmarked, neutral) with a 发布日期"
            " that differs from the 成文日期, the notice's own 联系人/电话/邮箱 beside the portal's 纠错 line and"
            " 12345, a 附件 list beside attachment download links"
        ),
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="SiteName" content="颢川县人民政府">
<meta name="ColumnName" content="部门动态">
<title>颢川县市场监督管理局关于开展宠物用品质量专项抽查的通知 - 部门动态 · 颢川县人民政府</title>
<script src="/static/js/jquery.min.js"></script>
<script>var _trackId = "hc_gov_2025";</script>
</head>
<body>
<div class="topbar"><span>⟦m 今天是：<span id="today"></span>⟧</span>
<a href="/zhangbei/">⟦a 长辈版⟧</a> <a href="javascript:void(0)" id="wza">⟦a 无障碍阅读模式⟧</a> <a href="/en/">⟦a 英文站⟧</a></div>
<div class="banner"><h2>⟦m 颢川县人民政府 · 山水颢川 匠心之城⟧</h2></div>
<ul class="mainnav">
<li><a href="/">⟦m 首页⟧</a></li><li><a href="/zwgk/">⟦m 政务公开⟧</a></li><li><a href="/zwfw/">⟦m 政务服务⟧</a></li><li><a href="/hdjl/">⟦m 互动交流⟧</a></li><li><a href="/zjhc/">⟦m 走进颢川⟧</a></li>
</ul>
<div class="location">⟦m 所在位置：首页 ＞ 政务公开 ＞ 部门文件 ＞ 县市场监管局⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11429731MB1D74205K/2025-00312⟧</td><td>⟦m 主题分类：市场监管、质量安全⟧</td></tr>
<tr><td>⟦m 发布机构：颢川县市场监督管理局⟧</td><td>⟦m 发布日期：2025-04-10⟧</td></tr>
<tr><td>文　　号：颢市监〔2025〕17号</td><td>⟦m 有 效 性：现行有效⟧</td></tr>
</table>
<div class="article">
<h1>{T}</h1>
<div class="art-tools">⟦a 【字号 大 中 小】　【打印本文】　【关闭本页】⟧</div>
<div class="art-con">
{BODY}
</div>
<div class="fujian">
<p><a href="/u/cms/hc/202504/1a.xls">⟦a 下载附件1：宠物用品抽样单.xls⟧</a></p>
<p><a href="/u/cms/hc/202504/2b.xls">⟦a 下载附件2：经营主体摸底表.xls⟧</a></p>
</div>
<div class="share">⟦l 转发至：微信好友　微博　QQ空间⟧</div>
</div>
<div class="related"><h4>⟦l 相关文件⟧</h4>
<ul><li>⟦l 颢川县2025年产品质量监督抽查计划⟧</li><li>⟦l 县市场监管局关于儿童用品质量抽查结果的公告⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：颢川县人民政府办公室　承办：颢川县政务服务和数据管理局⟧</p>
<p>⟦m 网站纠错热线：0713-7210012　　政务服务便民热线：12345⟧</p>
<p>⟦m 网站标识码 4211330019　鄂ICP备13005170号　鄂公网安备 42113302000155号⟧</p>
</div>
<script>document.getElementById("today").innerHTML = new Date().toLocaleDateString();</script>
</body>
</html>
""",
        body="""
各乡镇市场监管所、局机关各股室：
为提升宠物用品质量安全水平，保护消费者合法权益，经局党组研究，决定于4月至6月在全县开展宠物用品质量专项抽查。现将有关事项通知如下。
一、抽查范围。全县宠物店、宠物医院、商超宠物用品专柜和网络销售主体销售的猫食盆、犬食盆、宠物梳等产品。
二、抽查重点。食盆重点检查塑料材质的迁移物和金属材质的锈蚀情况；宠物梳重点检查梳齿圆头、毛刺和齿根牢固度。
三、工作要求。各所要于4月30日前完成辖区经营主体摸底，5月31日前完成抽样，抽查结果统一报局质量股汇总。
联系人：付嘉禾　电话：0713-7216680　邮箱：hcscjg_zl@163.com
附件：1．宠物用品抽样单
2．宠物用品经营主体摸底表
颢川县市场监督管理局
2025年4月8日
""",
    ),
    dict(
        slug="gov-chanxi-bulletin-pet-goods-results-table",
        site="禅溪县政府信息公开平台 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="http://www.chanxi.gov.cn/xxgk/tzgg/202504/t20250422_40917.html",
        title="关于2025年第一季度宠物用品质量抽查情况的通报",
        record_title="【一季度抽查】关于2025年第一季度宠物用品质量抽查情况的通报 ｜ 禅溪县政府信息公开平台",
        date="2025-04-21",
        notes=(
            "信息公开 page: a 文号 line (neutral), a data table one row a paragraph, a scroll hint before the"
            " table, 成文日期 in Chinese numerals, 抄送 and 印发 lines"
        ),
        page="""
!m 禅溪县人民政府 ｜ 政府信息公开平台
!m 当前位置：信息公开 ＞ 法定主动公开内容 ＞ 通知公告
!m 信息来源：县政府办公室　　公开方式：主动公开　　浏览次数：[1077]
{T}
禅政办通〔2025〕9号
{BODY}
!a 【打印该页】　【关闭该窗口】
!l 上一条：禅溪县2025年春季动物防疫工作方案
!l 下一条：关于调整县城区早晚市经营时间的通告
!m 主办：禅溪县人民政府办公室　　网站标识码：4211270031
!m 鄂ICP备19008461号-1　　鄂公网安备42112702000317号
""",
        indent="\u3000\u3000",
        body="""
各乡镇人民政府，县直有关单位：
今年第一季度，县市场监管局对全县宠物店、商超和网店销售的宠物用品开展质量抽查，共抽检猫食盆、宠物梳等产品40批次，合格34批次，合格率85%。抽查情况如下：
⟦a 表格较宽，手机上请横屏或左右滑动查看⟧
产品名称　抽检批次　不合格批次　主要问题
猫食盆（塑料）　14　3　三聚氰胺迁移量超标
猫食盆（陶瓷）　8　1　铅溶出量超标
宠物梳（针梳）　12　2　梳齿尖端未做圆头处理
宠物梳（排梳）　6　0　无
对不合格产品，县市场监管局已责令经营者下架停售，并依法立案查处。各乡镇要督促辖区经营者落实进货查验制度，不得销售无合格证明的宠物用品。
禅溪县人民政府办公室
二〇二五年四月二十一日
抄送：县委办公室，县人大常委会办公室，县政协办公室。
禅溪县人民政府办公室　　2025年4月21日印发
""",
    ),
    dict(
        slug="news-haochuan-tailor-three-shears-captions",
        site="颢川新闻网 (invented county news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.hcnews.cn/bendi/2025-05/12/content_2280417.html",
        title="老裁缝和他的三把剪刀",
        record_title="老裁缝和他的三把剪刀_人文颢川_颢川新闻网",
        record_date="2025-05-12",
        date="2025-05-12",
        notes=(
            "county news portal: an app prompt glued before the lead, photo captions between paragraphs, an editor"
            " line glued after the last sentence, a listen button, an ad slot and a 24-hour list; record date"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>老裁缝和他的三把剪刀_人文颢川_颢川新闻网</title>
<meta name="description" content="徕湖镇剪刀巷的老裁缝龙阿满收了两名90后徒弟">
<script async src="https://ad.hcnews.cn/slot.js"></script>
</head>
<body>
<div class="hd">
<a href="/" class="logo">⟦m 颢川新闻网⟧</a>
<ul class="nav"><li>⟦m 时政⟧</li><li>⟦m 本地⟧</li><li>⟦m 人文颢川⟧</li><li>⟦m 视频⟧</li><li>⟦m 专题⟧</li></ul>
<a href="/app/">⟦a 下载客户端⟧</a>
</div>
<div class="adslot">⟦m 广告位招租 0713-7229001⟧</div>
<div class="content">
<div class="crumb">⟦m 颢川新闻网 &gt; 人文颢川 &gt; 正文⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-12 09:31　来源：颢川融合传媒中心　记者：柴嘉⟧</div>
<div class="listen">⟦a ▶ 听新闻⟧</div>
<div class="text">
{BODY}
</div>
<div class="bshare">⟦l 转发到：朋友圈　微博　复制链接⟧</div>
</div>
<div class="side"><h3>⟦l 24小时热读⟧</h3>
<ol><li>⟦l 颢川至燮川城际公交下月开通⟧</li><li>⟦l 徕湖镇油菜花节吸引游客三万人次⟧</li><li>⟦l 县第一中学新校区主体封顶⟧</li></ol></div>
<div class="ft">⟦d 未经颢川新闻网书面授权，任何单位和个人不得转载、摘编本网原创作品。⟧<br>⟦m 颢川新闻网 版权所有　互联网新闻信息服务许可证 42120190047⟧</div>
</body>
</html>
""",
        body="""
⟦a 下载颢川新闻客户端，看更多身边事⟧本网讯　在徕湖镇“剪刀巷”，72岁的裁缝龙阿满每天早上八点准时拉开铺门。案板上摆着三把裁缝剪：一把十二寸的裁布，一把九寸的修边，还有一把小剪专门剪线头。
“剪刀跟了我五十年，比徒弟还听话。”龙阿满笑着说。
⟦m 图为龙阿满在为顾客裁剪中式长衫。记者 柴嘉 摄⟧
去年，龙阿满的“颛水长衫”制作技艺被列入市级非遗名录。今年春天，他收了两名90后徒弟。徒弟们学的第一课不是裁布，而是磨剪：油石要先泡水，刃口贴着石面一推一拉，“磨到能剪断飘下来的头发丝才算合格”。
⟦m 图为徒弟在老师傅指导下磨剪刀。记者 柴嘉 摄⟧
镇文化站负责人介绍，下一步将在剪刀巷设立传习点，每周末向市民开放。⟦m （责任编辑：韦沁　审核：蓝启明）⟧
""",
    ),
    dict(
        slug="news-xiechuan-red-eared-turtles-river-no-title",
        site="燮川新闻网 (invented city news portal)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.xiechuannews.com/shehui/20250603/771042.shtml",
        title="别把家里的巴西龟放进颛水河",
        record_title=None,
        date="2025-06-03",
        notes=(
            "no record title: the title line on the page; the 发布时间 byline is the page's date; a related link"
            " between paragraphs; editor line, click ranking and reprint notice below"
        ),
        page="""
!m 燮川晚报数字版 · 燮川新闻网
!m 首页 > 本地 > 社会民生
{T}
!m 发布时间：2025-06-03 07:45　　来源：燮川晚报　　作者：记者 郁青禾
!a 【字体：加大 默认 减小】　【转给朋友】
{BODY}
!m 编辑：佘永　　校对：阙曼
!l ▲ 点击排行 ▲
!l 1　燮川城区新增3处口袋公园
!l 2　颛水河滨步道夜间照明改造完工
!l 3　暑期青少年游泳安全提示
!d 凡本网注明“来源：燮川晚报”的稿件，版权归燮川晚报社，转载须经授权并注明出处。
!m 燮川新闻网 版权所有　违法和不良信息举报电话：0715-3301116
""",
        indent="\u3000\u3000",
        body="""
近日，有市民在颛水河燮川段发现多只红耳龟，也就是俗称的“巴西龟”。记者从燮川市农业农村局了解到，红耳龟已被列入外来入侵物种名录，随意放生会挤占本地龟类的生存空间。
市民刘女士说，不少人家里的龟缸越养越小，龟长大了不好处理，就拿到河边一放了之。“有一次看见有人抱着整个龟缸往河里倒。”
⟦l 相关阅读：颛水河生态修复工程进展如何？⟧
市农业农村局提醒，不再饲养的红耳龟，可联系市花鸟市场管理办公室或水族馆统一收容，不得擅自放生。随意放生外来物种造成生态危害的，将依法承担责任。
""",
    ),
    dict(
        slug="party-huancheng-summary-cat-bowl-volunteers",
        site="奂城先锋网 (invented district Party-building site)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.hcxianfeng.cn/zbfc/2024/1226/5517.html",
        title="奂城区机关第三党支部2024年“萌宠友好社区”志愿服务工作总结",
        record_title="【双报到在行动】奂城区机关第三党支部2024年“萌宠友好社区”志愿服务工作总结 - 奂城先锋网",
        date="2024-12-20",
        date_also=["2024-12-26"],
        notes=(
            "Party-building portal: a study-points prompt, a read-on-phone QR line, the posting date differs from"
            " the signature date; a data table one row a paragraph"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【双报到在行动】奂城区机关第三党支部2024年“萌宠友好社区”志愿服务工作总结 - 奂城先锋网</title>
<link rel="stylesheet" href="/css/djw.css">
</head>
<body>
<div class="head"><div class="logo">⟦m 奂城先锋网 · 奂城区委组织部主办⟧</div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 组工动态⟧</a><a>⟦m 支部风采⟧</a><a>⟦m 先锋人物⟧</a><a>⟦m 学习园地⟧</a></div></div>
<div class="pos">⟦m 当前位置：首页 &gt;&gt; 支部风采⟧</div>
<div class="detail">
<h1>{T}</h1>
<p class="meta">⟦m 发布时间：2024-12-26　　来源：区直机关工委　　浏览：386⟧</p>
<p class="points">⟦a 登录后阅读满3分钟，可获得学习积分1分⟧</p>
<div class="con">
{BODY}
</div>
<p class="qr">⟦a 用手机扫一扫，把这篇文章带走⟧</p>
<p class="prenext">⟦l 上一篇：区司法局党支部开展宪法宣传周活动⟧<br>⟦l 下一篇：区卫健局党支部“健康送到家”服务小记⟧</p>
</div>
<div class="foot">⟦m 中共燮川市奂城区委组织部　地址：奂城区荷风路1号　邮编：437100⟧<br>⟦m 鄂ICP备20015389号⟧</div>
</body>
</html>
""",
        body="""
2024年，支部结合党员“双报到”工作，在结对的祠塘社区开展“萌宠友好社区”志愿服务，全年组织党员38人次参与。现将工作情况总结如下。
一是规范投喂点。会同社区在小区边角设置流浪猫固定投喂点6处，统一配备不锈钢猫食盆和防雨棚，改变了过去食盆随处乱摆的状况。
二是开展文明养宠宣传。入户发放宣传单420份，引导居民遛犬牵绳、及时清理粪便。
三是建立轮值制度。党员与志愿者结对，每天轮流清洗猫食盆、清理剩粮。全年服务情况如下：
服务项目　次数　参与人次
清洗猫食盆　186　372
入户宣传　24　96
流浪猫绝育转运　9　27
下一步，支部将把投喂点管理的做法推广到其他结对小区。
奂城区机关第三党支部
2024年12月20日
""",
    ),
    dict(
        slug="party-weishan-speech-tailor-volunteers-cn-date",
        site="隗山先锋 (invented street Party-building site)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.weishan-xf.cn/ldjh/2025/0307/2290.html",
        title="在“巧手裁缝进社区”党员志愿服务启动仪式上的讲话",
        record_title="【书记说】在“巧手裁缝进社区”党员志愿服务启动仪式上的讲话_隗山先锋",
        date="2025-03-05",
        notes=(
            "date in Chinese numerals under the speech title and a speaker line (both neutral); sentences about"
            " scanning a code to sign up (content); a 'share' line between paragraphs"
        ),
        page="""
!m 隗山先锋 —— 隗山街道党工委主办
!m 栏目：领导讲话　｜　发布：隗山街道党建办　｜　点击：214
{T}
（二〇二五年三月五日）
街道党工委书记　冉慕贤
{BODY}
!a 〔收藏本篇〕〔打印本篇〕〔返回栏目〕
!l 上一篇：隗山街道2024年度党建工作述职报告
!m 隗山街道党工委　地址：燮川市奂城区隗山路26号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天是学雷锋纪念日，我们在这里启动“巧手裁缝进社区”党员志愿服务。街道辖区有服装企业11家，党员裁缝、退休裁缝师傅不少，大家手里的裁缝剪就是服务群众最好的工具。
志愿服务要做实三件事。第一，每月5日在各社区设摊，免费为老人缝补衣物、改短裤脚。第二，为困难家庭的孩子量体改校服，做到一人一档。第三，开设裁剪小课堂，教居民使用裁缝剪、划粉和皮尺，让手艺在社区里传下去。
⟦l 把本文分享给支部同志：微信　朋友圈　钉钉⟧
居民可以扫码报名当志愿者，也可以扫码预约上门缝补服务。
希望各支部把这项服务作为为群众办实事的具体抓手，让党员的手艺暖到群众心里。
""",
    ),
    dict(
        slug="community-citang-notice-feeding-points",
        site="祠塘社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.citang-sq.cn/tzgg/2025/0516/886.html",
        title="关于规范小区流浪猫投喂行为的通知",
        record_title="【楼道文明告知】关于规范小区流浪猫投喂行为的通知 - 祠塘社区网",
        date="2025-05-16",
        notes=(
            "residents' site: weather line, a grid member's box with a mobile, property repair and night lines"
            " beside the community's own 咨询电话; a numbered list; scanning a QR code and following an account are content"
        ),
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【楼道文明告知】关于规范小区流浪猫投喂行为的通知 - 祠塘社区网</title>
<script src="/js/weather.js"></script>
</head>
<body>
<div class="top">⟦m 祠塘社区网 · 邻里一家亲⟧　<span class="weather">⟦m 燮川 今日多云转晴 17～26℃ 空气质量良⟧</span></div>
<div class="menu">⟦m 首页⟧ ⟦m 社区公告⟧ ⟦m 便民服务⟧ ⟦m 党群阵地⟧ ⟦m 邻里圈⟧</div>
<div class="wrap">
<div class="left">
<div class="crumb">⟦m 首页 / 社区公告 / 正文⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布人：社区居委会　　阅读 1032 次⟧</div>
<div class="body">
{BODY}
</div>
<div class="zan">⟦l 点赞 46　　评论 12　　转发⟧</div>
</div>
<div class="right">
<div class="grid"><h4>⟦m 我的网格员⟧</h4><p>⟦m 第三网格　邵丹丹　手机 13907156218⟧</p></div>
<div class="wuye"><h4>⟦m 物业服务⟧</h4><p>⟦m 安居物业报修：0715-3361900⟧</p><p>⟦m 夜间值班：0715-3361901⟧</p></div>
</div>
</div>
<div class="foot">⟦m 燮川市奂城区隗山街道祠塘社区居民委员会　鄂ICP备21004712号-1⟧</div>
</body>
</html>
""",
        body="""
各位居民朋友：
近期，社区陆续接到居民反映，部分楼道口、儿童游乐区摆放着猫食盆，剩粮招来蚊蝇，雨天食盆积水发臭。为兼顾爱猫居民和其他居民的感受，现就规范投喂行为通知如下：
1．社区在3栋东侧、9栋北侧绿地设置固定投喂点两处，配有带盖猫食盆，请到固定点投喂。
2．楼道、电梯厅、游乐区内不得摆放猫食盆，现有食盆请于5月25日前自行收回，逾期由物业统一清理。
3．每日投喂后请收走剩粮，保持投喂点清洁。
4．愿意参与投喂点值守的居民，请扫描投喂点公示牌上的二维码登记，也可以关注“祠塘邻里”公众号查看值守安排。
咨询电话：0715-3361208（社区居委会）
祠塘社区居民委员会
2025年5月16日
""",
    ),
    dict(
        slug="community-nanbu-summary-shear-sharpening-days",
        site="南埠社区网 (invented residents' site)",
        style="社区网站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.nanbu-sq.cn/gzdt/2024/1230/319.html",
        title="南埠社区2024年“老手艺便民日”服务情况总结",
        date="2024-12-27",
        notes="the record gives the title as is; a past-issues link between paragraphs; signature date",
        page="""
!m 窦湾镇南埠社区 · 家门口的服务站
!m 首页 > 工作动态
{T}
!m 来源：南埠社区居委会　　阅读：288
{BODY}
!l 相关：南埠社区2025年便民服务项目征集
!a 返回顶部　|　关闭
!m 地址：燮川市窦湾镇南埠街18号　　电话：0715-3509316
""",
        indent="\u3000\u3000",
        body="""
2024年，社区在每月第二个周六举办“老手艺便民日”，邀请辖区退休裁缝、修鞋匠和磨刀师傅义务服务居民。全年共举办12期，服务居民1600余人次。
其中，磨剪刀、修裁缝剪最受欢迎。社区里做家庭裁缝的人多，裁缝剪用久了刃口发钝、铆钉松动，外面很难找到会修的师傅。退休裁缝钮师傅每期都带着油石和小锤来，全年修磨裁缝剪310把。
⟦l 往期回顾：老手艺便民日第11期掠影⟧
缝补衣物、改裤脚服务居民540人次，修鞋服务380人次。
明年，社区计划把便民日扩大到每月两次，并招募年轻志愿者跟着老师傅学手艺。
窦湾镇南埠社区居民委员会
2024年12月27日
""",
    ),
    dict(
        slug="snapshot-chengjing-school-notice-watering-cans",
        site="澄镜搜索网页快照 of 徕湖镇中心小学 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.chengjing.com/c?u=http%3A%2F%2Fwww.lhzx.edu.cn%2Fxxgg%2F2025%2F0311%2F207.html",
        title="关于开展“我给小树浇浇水”劳动实践活动的通知",
        record_title="[网页副本] 关于开展“我给小树浇浇水”劳动实践活动的通知_徕湖镇中心小学",
        date="2025-03-10",
        date_also=["2025-03-11"],
        notes=(
            "search-engine snapshot frame: capture banner with the capture date (no date), highlighted terms,"
            " the school page's own chrome inside; the school's 联系人/电话 beside the school office's line; the"
            " school page's posting date differs from the notice's"
        ),
        page="""
<html>
<head>
<meta charset="utf-8">
<title>[网页副本] 关于开展“我给小树浇浇水”劳动实践活动的通知_徕湖镇中心小学</title>
<base href="http://www.lhzx.edu.cn/xxgg/2025/0311/207.html">
</head>
<body>
<div id="cj_cache_head" style="border:1px solid #999;background:#fffbe6;padding:6px">
<p>⟦d 您正在查看澄镜搜索保存的页面副本，抓取于 2025年3月20日 14:05，原网页可能已经更新。⟧</p>
<p>⟦a 打开原网页⟧　⟦a 仅看文字版⟧</p>
<p>⟦m 已为您标亮的词：<b style="background:#ff6">喷水壶</b> <b style="background:#9ff">浇水</b>⟧</p>
</div>
<div class="school-top">⟦m 徕湖镇中心小学 · 勤学 善思 乐行⟧</div>
<div class="school-nav">⟦m 学校首页⟧ ⟦m 学校概况⟧ ⟦m 德育天地⟧ ⟦m 通知公告⟧ ⟦m 家校共育⟧</div>
<div class="school-main">
<h2>{T}</h2>
<p class="date">⟦m 发布日期：2025-03-11　作者：德育处　点击：403⟧</p>
{BODY}
<p class="pn">⟦l 上一篇：2025年春季开学致家长的一封信⟧</p>
</div>
<div class="school-foot">⟦m 徕湖镇中心小学办公室电话：0713-7380500　地址：颢川县徕湖镇学府路9号⟧</div>
</body>
</html>
""",
        body="""
各班主任、全体同学：
植树节前后正是新栽树苗需要浇水的时候。为引导同学们在劳动中学会爱护绿化，学校决定开展“我给小树浇浇水”劳动实践活动，现将有关事项通知如下。
一、活动时间：3月12日至4月11日，每天下午课外活动时间。
二、活动内容：各班认领校园西侧新栽的香樟树2至3棵，每天由值日小组用喷水壶浇水，并在班级记录表上登记。
三、注意事项：喷水壶由总务处统一发放，每班4把，用后放回各班卫生角；浇水时不要相互喷洒，不要进入花坛踩踏。
联系人：德育处 覃老师　电话：0713-7380512
徕湖镇中心小学
2025年3月10日
""",
    ),
    dict(
        slug="snapshot-text-cache-flower-market-turtle-tanks",
        site="澄镜搜索文字快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="https://cache.chengjing.com/t?u=http%3A%2F%2Fwww.jinqinhn.cn%2Fgg%2F5521.html",
        title="关于规范市场观赏龟及龟缸销售经营的通知",
        date="2025-04-15",
        notes="text-only cache: capture line and a 'view original' link (no date); the record gives the title as is",
        page="""
!d 这是澄镜搜索保存的纯文字副本，保存时间 2025-05-02，网页原貌请以原站为准。
!a 查看原网页　｜　查看带图快照
!m 原网址：http://www.jinqinhn.cn/gg/5521.html
!m 锦禽花鸟市场　>　市场公告
{T}
{BODY}
!l 市场公告　｜　商户风采　｜　花鸟百科
!m 锦禽花鸟市场管理办公室　电话：0715-3380077
""",
        body="""
各经营户：
为加强市场观赏龟销售管理，防止外来入侵物种扩散，根据市农业农村局有关要求，现就有关事项通知如下。
一、红耳龟等列入入侵物种名录的龟类，不得在市场内销售。
二、销售其他观赏龟的，应在摊位醒目位置公示品种、来源，向购买者发放饲养须知，提醒其不得随意放生。
三、销售龟缸、晒台、过滤器等器材的，应标明材质和尺寸；玻璃龟缸须做磨边处理，防止划伤顾客。
四、市场管理办公室每周开展一次巡查，对违规经营的，按照市场管理规定处理。
奂城区锦禽花鸟市场管理办公室
2025年4月15日
""",
    ),
]
