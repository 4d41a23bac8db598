"""holdout320, part E: 社区网站, 行业协会, 企业官网, 培训机构, 范文APP (one HTML and one text page
each) and the HTML page of 公考论坛.

Invented text (places, people, firms, sites, URLs, phones, ids); written by hand, one case at a
time; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="community-xiyuan-notice-socket-covers-scan-signup",
        site="蹊园社区服务网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.xiyuansq.cn/tzgg/2025/0311/240.html",
        title="关于为婴幼儿家庭和独居老人免费安装插座保护盖的通知",
        record_title="【蹊园居委提醒您】关于为婴幼儿家庭和独居老人免费安装插座保护盖的通知 ‐ 蹊园社区服务网",
        date="2025-03-10",
        date_also=["2025-03-11"],
        notes="residents' site: a weather line, a grid worker's box with her mobile, property repair and duty lines beside the notice's own 咨询电话; 扫码报名 as content; posting date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【蹊园居委提醒您】关于为婴幼儿家庭和独居老人免费安装插座保护盖的通知 ‐ 蹊园社区服务网</title>
<link rel="stylesheet" href="/css/sq.css">
<script src="/js/sq.js"></script>
</head>
<body>
<div class="sq-top">⟦m 跸口区蹊口街道蹊园社区⟧ <span>⟦m 今日 小雨 8～13℃⟧</span></div>
<div class="sq-logo">⟦m 蹊园社区服务网⟧ ⟦m 邻里一家亲　服务零距离⟧</div>
<div class="sq-nav">⟦m 首页　社区动态　社区通知　便民服务　党建园地　网格之窗⟧</div>
<div class="sq-pos">⟦m 首页 &gt; 社区通知⟧</div>
<div class="sq-art">
<h1>{T}</h1>
<div class="sq-info">⟦m 发布：社区居委会　2025-03-11　阅读 689⟧</div>
<div class="sq-txt">
{BODY}
</div>
<div class="sq-share">⟦l 转发到：邻里群　朋友圈⟧</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 我的网格员：第三网格 葛春梅　138 5742 6610⟧</div>
<div class="wy">⟦m 物业报修：0574-8891 2336　夜间值班：0574-8891 2337⟧</div>
<h4>⟦l 社区动态⟧</h4>
<p>⟦l 蹊园社区举办“邻里节”趣味运动会⟧</p>
<p>⟦l 社区老年食堂三月菜单公布⟧</p>
</div>
<div class="sq-foot">⟦m 蹊园社区居民委员会　地址：蹊园路36号⟧ ⟦m 浙ICP备20016652号-3⟧</div>
<script>sq.init();</script>
</body>
</html>
""",
        body="""
各位居民：
为防止婴幼儿触电，方便独居老人安全用电，社区联合辖区党员志愿服务队，为有三岁以下婴幼儿的家庭和独居老人家庭免费安装插座保护盖，每户最多十个。
一、报名时间：3月12日至3月20日。
二、报名方式：扫描社区公告栏上的二维码报名，或到社区服务大厅登记。
三、安装时间：3月22日起，志愿者将提前电话预约上门。
咨询电话：0574-8890 6215（社区服务大厅）
蹊园社区居民委员会
2025年3月10日
""",
    ),
    dict(
        slug="community-pihe-pledge-towel-quilt-donation-oneline",
        site="邳河社区服务网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://pihe.piyuan-sq.cn/gy/2025/0620/91.html",
        title="闲置毛巾被捐赠倡议书",
        record_title="〔邻里公益〕闲置毛巾被捐赠倡议书 ～ 邳河社区服务网",
        date="2025-06-20",
        notes="residents' site as text with the whole body on one line (paragraphs only by their indent); a donation pledge with the 成文日期 under the signature; a grid box and a property line around",
        page="""
!m 邳河社区服务网 · 邳原县邳河街道
!m 首页 ＞ 邻里公益
!t 〔邻里公益〕闲置毛巾被捐赠倡议书
!m 发布人：社区志愿服务站　浏览：302
{BODY}
!l 转发给邻居　｜　收藏本页
!m 网格员热线：0516-8833 0427　物业服务中心：0516-8833 0520
!m 邳河社区居委会 版权所有
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
亲爱的居民朋友们：
盛夏将至，社区里还有一些独居老人、困难家庭缺少夏季铺盖。为此，邳河社区志愿服务站发起闲置毛巾被捐赠活动，倡议如下：
一、请将家中八成新以上、洗净晾干的毛巾被送到社区志愿服务站，破损、污渍严重的请勿捐赠。
二、捐赠时间为6月23日至7月5日，每天上午九点至下午五点。
三、收到的毛巾被经消毒后，由志愿者送到需要的家庭。
一条毛巾被，一份邻里情。期待您的参与！
邳河社区志愿服务站
2025年6月20日
""",
    ),
    dict(
        slug="association-mzdecor-minutes-radiator-cover-standard",
        site="鄮州市装饰装修行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://www.mzzsxh.org.cn/xhdt/2024/1210/518.html",
        title="《暖气罩安全技术要求》团体标准审定会纪要",
        record_title="【标准化工作】《暖气罩安全技术要求》团体标准审定会纪要｜鄮州市装饰装修行业协会",
        date="2024-12-06",
        date_also=["2024-12-10"],
        notes="association site: member login row, a member hotline; minutes with 时间/地点/主持/出席/记录 lines and a vote count; the association's name in the header is also the signature (head match); posting date differs from the meeting's date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【标准化工作】《暖气罩安全技术要求》团体标准审定会纪要｜鄮州市装饰装修行业协会</title>
<link rel="stylesheet" href="/style/xh.css">
<script src="/js/xh.min.js"></script>
</head>
<body>
<div class="xh-top"><a href="/member/login">⟦a 会员登录⟧</a> | <a href="/member/join">⟦a 申请入会⟧</a> | <a href="/member/fee">⟦a 会费缴纳⟧</a></div>
<div class="xh-head">⟦m 鄮州市装饰装修行业协会⟧</div>
<div class="xh-nav">⟦m 首页　协会概况　协会动态　标准化工作　会员风采　行业自律⟧</div>
<div class="xh-pos">⟦m 当前位置：首页 - 标准化工作⟧</div>
<div class="xh-art">
<h1>{T}</h1>
<div class="xh-info">⟦m 发布日期：2024-12-10　来源：协会秘书处　阅读：215⟧</div>
<div class="xh-con">
{BODY}
</div>
</div>
<div class="xh-side">
<p>⟦m 会员服务热线：0574-8721 5066⟧</p>
<p>⟦l 推荐阅读：家装行业诚信经营公约（2024版）⟧</p>
</div>
<div class="xh-foot">⟦m 版权所有：鄮州市装饰装修行业协会　浙ICP备16027031号⟧</div>
<script>xh.stat(518);</script>
</body>
</html>
""",
        body="""
时间：2024年12月6日上午9:30
地点：协会三楼会议室
主持：协会副会长 褚文涛
出席：审定专家七人，起草单位代表四人
记录：秘书处 乔萌
会议听取了起草组关于《暖气罩安全技术要求》团体标准（送审稿）的编制说明，专家逐条审查后形成如下意见：
一、标准对罩体表面温度、边角倒圆半径、散热孔尺寸等作出规定，内容全面，可操作性强。
二、建议增加用于幼儿园、养老机构的暖气罩防攀爬要求。
三、表决结果：同意7票，反对0票，弃权0票。审定通过，起草组按意见修改后报批。
鄮州市装饰装修行业协会
2024年12月6日
""",
    ),
    dict(
        slug="association-electricians-pledge-trunking-cn-date",
        site="邳原县电工协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.pydgxh.org/xhgg/2025/0317/33.html",
        title="关于规范家装电线槽敷设的倡议书",
        date="2025-03-15",
        date_also=["2025-03-17"],
        notes="association site as text: the record gives the title as is; a pledge with the 成文日期 in Chinese numerals (the posting date differs: date_also); member-login row, member hotline; the association's name in the header is also the signature (head match)",
        page="""
!a 会员登录　｜　入会须知
!m 邳原县电工协会
!m 首页 > 协会公告
{T}
!m 发布于 2025-03-17　｜　浏览 148
{BODY}
!l 上一篇：关于举办2025年低压电工复审培训的通知
!m 协会秘书处电话：0516-8836 2029　会员服务微信：pydgxh_ms
""",
        body="""
全县广大电工同行：
近年来，家庭装修中电线槽敷设不规范引发的短路、漏电事故时有发生。为保障群众用电安全，邳原县电工协会向全体会员和从业电工倡议：
一、使用合格的阻燃电线槽，不用来路不明的廉价产品。
二、强电、弱电分槽敷设，线槽内导线不超过规定的容量。
三、线槽转角、接头处使用配套配件，盖板扣紧，不留裸线。
四、施工完毕主动向业主说明线路走向，留存线路图。
邳原县电工协会
二〇二五年三月十五日
""",
    ),
    dict(
        slug="company-anran-recall-tiebacks-batches",
        site="鄮州安然家居用品有限公司 (invented)",
        style="企业官网",
        genre="召回通告",
        kind="notice",
        form="html",
        source="https://www.anranhome.com.cn/news/recall-2025-08.html",
        title="关于召回部分批次儿童房窗帘绑带扣的公告",
        record_title="召回告知 ⟫ 关于召回部分批次儿童房窗帘绑带扣的公告 | 安然家居",
        date="2025-08-12",
        notes="company site: a cookie notice, a service float, a 400 order line beside the recall line; a batches table one row a paragraph; scanning the label's QR code as content; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>召回告知 ⟫ 关于召回部分批次儿童房窗帘绑带扣的公告 | 安然家居</title>
<link rel="stylesheet" href="/assets/site.css">
<script src="/assets/site.js" defer></script>
</head>
<body>
<header>
<div class="logo">⟦m 安然家居 ANRAN HOME⟧</div>
<nav>⟦m 首页　产品中心　品牌故事　新闻中心　售后服务　联系我们⟧</nav>
<div class="hotline">⟦m 订购热线 400-057-4866⟧</div>
</header>
<div class="crumb">⟦m 首页 / 新闻中心 / 公告⟧</div>
<article>
<h1>{T}</h1>
<p class="date">⟦m 2025-08-12　|　安然家居品牌部⟧</p>
<section class="content">
{BODY}
</section>
</article>
<aside class="float-service">⟦w 在线客服⟧ ⟦w 售后微信：anran_kefu⟧</aside>
<footer>
<p>⟦m 鄮州安然家居用品有限公司　地址：鄮州市跸口区工业园纬三路9号⟧</p>
<p>⟦m © 2025 ANRAN HOME 浙ICP备18041127号-1⟧</p>
</footer>
<div class="cookie">⟦d 我们使用 Cookie 改善浏览体验，继续访问即表示您同意本站的 Cookie 政策。⟧ <button>⟦a 好的⟧</button></div>
</body>
</html>
""",
        body="""
近日，我司在质量复查中发现，部分批次儿童房窗帘绑带扣的卡扣弹簧强度不足，长期使用后可能松脱，绑带垂落存在缠绕风险。为保障儿童安全，我司决定主动召回以下批次产品：
型号　生产批号　生产日期
AR-K12　250311　2025年3月11日
AR-K12　250402　2025年4月2日
AR-K15　250418　2025年4月18日
消费者可扫描产品标签上的二维码查询批号。属于召回范围的，请停止使用，我司将免费更换新款断开式安全扣，并承担往返运费。
召回专线：0574-8860 3318（每天8:30—20:00）
鄮州安然家居用品有限公司
2025年8月12日
""",
    ),
    dict(
        slug="company-hengmian-news-bamboo-towel-quilt",
        site="莒塘恒绵纺织有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.hengmiantex.com/news/qydt/148.html",
        title="恒绵纺织竹纤维毛巾被新品下线",
        record_title="恒绵新闻 ∣ 恒绵纺织竹纤维毛巾被新品下线 — 恒绵纺织",
        date="2025-04-22",
        notes="company site as text: the 发布时间 byline is the page's date; an online-order prompt glued after the last paragraph's 。; products menu, hotline and footer",
        page="""
!m 恒绵纺织 · 用心织好每一条毛巾被
!m 首页 | 关于恒绵 | 产品展示 | 企业动态 | 在线留言
!m 企业动态
{T}
!m 发布时间：2025-04-22　浏览次数：96
{BODY}
!l 上一条：恒绵纺织通过OEKO-TEX生态纺织品认证
!m 销售热线：0539-5207 668　地址：莒塘县艿田镇纺织产业园
!m 版权所有 © 莒塘恒绵纺织有限公司
""",
        body="""
4月20日，莒塘恒绵纺织有限公司研发的竹纤维毛巾被新品正式下线。
这款毛巾被采用竹纤维与长绒棉混纺，克重比普通毛巾被轻两成，吸湿速干，适合南方潮热天气使用。公司技术部用了半年时间反复调整纱线比例和织造密度，解决了竹纤维毛圈容易倒伏的问题。
新品首批生产两万条，其中一半已被外贸客户预订。公司负责人表示，今后将继续在功能性毛巾被上下功夫，提高产品附加值。⟦a 【在线订购请点击右上角】⟧
""",
    ),
    dict(
        slug="training-qiaojiangfang-brochure-trunking-class",
        site="巧匠坊职业技能培训学校 (invented)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.qiaojiangfang.com/zs/shuidian-2025.html",
        title="家装水电工（线槽敷设）实操班招生简章",
        record_title="【开春班招生】家装水电工（线槽敷设）实操班招生简章（学不会免费重修）- 巧匠坊培训",
        date=None,
        notes="training school: a promo banner, a consult float, a 400 line beside the school's own 报名电话; a course table one row a paragraph; a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【开春班招生】家装水电工（线槽敷设）实操班招生简章（学不会免费重修）- 巧匠坊培训</title>
<link rel="stylesheet" href="/css/px.css">
<script src="/js/px.js"></script>
</head>
<body>
<div class="banner">⟦a 春季报名立减300元，老学员推荐再送工具包！⟧</div>
<div class="head">⟦m 巧匠坊职业技能培训学校⟧ ⟦m 一技在手　就业无忧⟧ ⟦m 全国招生热线：400-622-0516⟧</div>
<div class="nav">⟦m 首页　课程中心　师资力量　学员作业　报名流程　联系我们⟧</div>
<div class="pos">⟦m 首页 » 课程中心 » 水电工⟧</div>
<div class="main">
<h1>{T}</h1>
<div class="con">
{BODY}
</div>
<div class="btn">⟦a 立即在线报名⟧</div>
</div>
<div class="side">
<h3>⟦l 热门课程⟧</h3>
<p>⟦l 电焊工中级班⟧</p>
<p>⟦l 家装瓦工贴砖班⟧</p>
</div>
<div class="kefu">⟦w 课程顾问在线　点击咨询⟧</div>
<div class="foot">⟦m 邳原县巧匠坊职业技能培训学校　办学许可证号：教民132038270001号⟧</div>
<script>px.kefu();</script>
</body>
</html>
""",
        body="""
本班面向有意从事家装水电工作的学员，重点讲授明装电线槽、暗埋线管的规范敷设，全程实操，小班教学。
课程安排
模块　课时　主要内容
识图与用电安全　16　读懂电路图，掌握安全操作规程
线槽敷设实操　32　定位放线、切割拼接、转角处理、盖板安装
开关插座安装　16　接线、固定、通电检测
学费：二千六百元，含材料费和考证费。学员结业后可参加电工职业技能等级认定。
报名电话：0516-8839 7021（巧匠坊学校教务处）
""",
    ),
    dict(
        slug="training-yashe-insight-soft-decor-tiebacks",
        site="雅舍软装培训 (invented)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.yasheruanzhuang.cn/xueyuan/2025/66.html",
        title="软装陈设班学习心得：一只窗帘扣里的学问",
        record_title="【学员作业展】软装陈设班学习心得：一只窗帘扣里的学问（第6期）｜雅舍软装培训",
        date=None,
        notes="training school as text: a trial-lesson prompt on a line of its own between paragraphs, a consult line; a trainee's insight with no date",
        page="""
!m 雅舍软装培训　让家更有温度
!m 首页 › 学员作业
!t 【学员作业展】软装陈设班学习心得：一只窗帘扣里的学问（第6期）
!m 作者：第6期学员 卜佳怡　浏览 231
{BODY}
!a 想学软装搭配？0元预约试听课，名额有限
!w 咨询请加课程顾问微信：yashe_gw66
!m 雅舍软装培训中心　荥岭市荥华大道218号
""",
        body="""
来雅舍学习之前，我一直觉得窗帘扣就是个小配件，随便买一个就行。
第二周的窗帘课上，赵老师拿来十几种窗帘扣，让我们比较它们的材质、颜色和安装高度。同样一幅窗帘，扣在腰线位置显得利落，扣低了就显得拖沓。
⟦a 🔔 第7期软装陈设班火热报名中，戳这里⟧
老师还特别讲到安全：家里有孩子，绑带不能太长，最好选磁吸扣或固定扣。这让我第一次意识到，软装不只是好看，还要让住在里面的人安心。
这一只小小的窗帘扣，让我明白了软装设计要从细节入手。
""",
    ),
    dict(
        slug="fanwenapp-luobikuai-host-script-towel-quilts",
        site="落笔快 App (invented, H5 share page)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="html",
        source="https://h5.luobikuai.com/share/doc?id=5d0c71e2",
        title="“清凉一夏”毛巾被爱心发放仪式主持词",
        record_title="“清凉一夏”毛巾被爱心发放仪式主持词（改完即用）· 落笔快",
        date=None,
        notes="writing app's H5 share page: an open-app mask, an 'expand the rest' fold, AI-rewrite buttons; a host script with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>“清凉一夏”毛巾被爱心发放仪式主持词（改完即用）· 落笔快</title>
<link rel="stylesheet" href="https://h5.luobikuai.com/static/share.css">
<script src="https://h5.luobikuai.com/static/share.js"></script>
</head>
<body>
<div class="app-bar">⟦m 落笔快⟧ ⟦m 写材料，快人一步⟧ <a class="open">⟦a 去App看⟧</a></div>
<div class="doc">
<h1>{T}</h1>
<div class="doc-meta">⟦m 1.4万人已用　｜　主持词　｜　约600字⟧</div>
<div class="doc-ai">⟦a ✨ AI换个说法　✨ AI扩写　✨ 一键改成我单位⟧</div>
<div class="doc-text">
{BODY}
</div>
<div class="fold">⟦a 展开剩余35%　▼⟧</div>
</div>
<div class="mask">⟦a 在落笔快App中打开，复制全文不限次⟧</div>
<div class="rec">
<p>⟦l 大家还在看⟧</p>
<p>⟦l 夏季送清凉慰问活动主持词⟧</p>
<p>⟦l 敬老院慰问演出串词⟧</p>
</div>
<div class="foot">⟦m 落笔快 v6.3.1　© 荥岭落笔快网络科技有限公司⟧</div>
<script>share.init({id:"5d0c71e2"});</script>
</body>
</html>
""",
        body="""
尊敬的各位领导、各位老人，志愿者朋友们：
大家上午好！炎炎夏日，我们在这里举行“清凉一夏”毛巾被爱心发放仪式。首先，让我们以热烈的掌声欢迎出席今天仪式的各位领导和爱心企业代表！
下面进行第一项，请爱心企业代表介绍捐赠情况。
下面进行第二项，请领导和爱心企业代表为老人代表发放毛巾被。
下面进行第三项，请老人代表发言。
一条毛巾被，承载着全社会对老人的关爱。发放仪式到此结束，谢谢大家！
""",
    ),
    dict(
        slug="fanwenapp-wenmiao-request-radiator-covers-cn-date",
        site="文喵公文 App (invented, text share)",
        style="范文APP",
        genre="请示",
        kind="other",
        form="text",
        source="https://m.wenmiaogw.com/s/q8Kd2",
        title="关于申请更换幼儿园教室暖气罩的请示",
        record_title="关于申请更换幼儿园教室暖气罩的请示（含预算明细）｜文喵公文",
        date="2024-10-09",
        notes="a writing app's share as text: an open-app prompt, an AI-polish button glued after a 。, a member-copy prompt; a request with its 成文日期 in Chinese numerals and its contact",
        page="""
!m 文喵公文 — 公文写作神器
!a 在App内打开，查看全部12篇同类范文
!t 关于申请更换幼儿园教室暖气罩的请示（含预算明细）
!m 分享自：文喵用户 阿杏　｜　收藏 88
{BODY}
!a 开通文喵会员，复制、导出Word不限次数
!l 同类范文：关于申请维修学校围墙的请示｜关于申请增加校车的请示
""",
        body="""
县教育局：
我园现有教室暖气罩为二〇一二年安装的铁皮罩，多处锈蚀、边角锋利，去年冬季已发生两起幼儿划伤事件，存在安全隐患。⟦a 〔AI润色〕⟧
为保障幼儿安全，我园拟将十二间教室的暖气罩全部更换为圆角防火板暖气罩，共四十八组，经询价预算约三万六千元。
妥否，请批示。
联系人：郗园长　电话：0394-7655 218
肜溪县城关幼儿园
二〇二四年十月九日
""",
    ),
    dict(
        slug="gkforum-shangan-interview-socket-covers-jammer",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="面试答题",
        kind="other",
        form="html",
        source="https://bbs.shanganba.com/thread-480712-1-1.html",
        title="社区免费装插座保护盖，有居民说是“形式主义”，你怎么做？",
        record_title="[社区题·试答] 社区免费装插座保护盖，有居民说是“形式主义”，你怎么做？（请各位指点） - 面试交流 - 上岸吧",
        date=None,
        notes="exam forum: jammer fonts in the post, a reply-to-see prompt, a rating row, a QQ-group ad; an interview answer with no date (posted 4 天前)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[社区题·试答] 社区免费装插座保护盖，有居民说是“形式主义”，你怎么做？（请各位指点） - 面试交流 - 上岸吧</title>
<link rel="stylesheet" href="/template/sab/style.css">
<script src="/static/js/common.js"></script>
<style>.jammer{position:absolute;left:-9999px}</style>
</head>
<body>
<div id="hd">⟦m 上岸吧公考论坛⟧ ⟦m 一起上岸⟧ <a href="/login">⟦a 登录⟧</a> <a href="/reg">⟦a 注册⟧</a></div>
<div id="nv">⟦m 首页　国考　省考　事业单位　面试交流　资料下载⟧</div>
<div id="pt">⟦m 上岸吧 › 面试交流 › 结构化面试⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 楼主　岸边等风来　发表于 4 天前⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考答案需回复才能查看⟧</div>
<div class="rate">⟦l 评分人数 4　上岸币 +12　理由：思路清楚⟧</div>
<div class="reply">⟦l 2楼 面霸小林：第二点可以再具体一些⟧</div>
<div class="ad">⟦w 面试一对一模考，加Q群 730518264⟧</div>
<div id="ft">⟦m 上岸吧公考论坛　Powered by Discuz!⟧</div>
<script>var tid=480712;</script>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=2),
        body="""
这道题我自己答了一版，请大家帮忙看看。
首先，我会正确看待居民的质疑。给婴幼儿家庭和独居老人装插座保护盖是实实在在的好事，但居民有意见，说明我们的宣传和工作方式还有不到位的地方。
其次，我会主动了解情况。通过入户走访、网格群留言，弄清居民为什么觉得是形式主义，是担心只拍照不落实，还是觉得没必要。
再次，我会改进工作。公开报名名单和安装进度，邀请居民代表参与回访，用实际效果回应质疑。
最后，我会总结经验，今后办实事前多听群众意见。
""",
    ),
]
