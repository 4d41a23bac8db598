"""holdout221, part A: 范文 sites, 文库 previews, county portals, news portals and hobby forums.

Invented text (places, people, sites, URLs, phones); see ../README.md and ../build.py for the markup.
Objects of this part: e-readers, talking reading pens, eye-care desk lamps, roller shutter doors
and e-bike helmets."""

CASES = [
    dict(
        slug="fanwen-moqi-speech-lamp-classroom-gb2312",
        site="墨畦范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.moqifanwen.com/jianghua/jiaoyu/2025/0326/18833.html",
        title="在全县中小学教室照明改造暨护眼台灯配发工作推进会上的讲话",
        record_title="【发言稿优选】在全县中小学教室照明改造暨护眼台灯配发工作推进会上的讲话（两篇任选可改）_墨畦范文网",
        date="2025-03-18",
        date_also=["2025-03-26"],
        notes="gb2312 table page with marquee, font row, visitor counter; date under the speech title, the site's 发布时间 differs; speaker line neutral; a ghost-writer QQ line between paragraphs",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【发言稿优选】在全县中小学教室照明改造暨护眼台灯配发工作推进会上的讲话（两篇任选可改）_墨畦范文网</title>
<script language="javascript" src="/inc/tongji.js"></script>
<style>td{font-size:12px}</style>
</head><body bgcolor="#f4f1e8">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="300">⟦m 墨畦范文网 · 一亩文田种好稿⟧</td>
<td align="right">⟦a <a href="#">设本站为浏览器首页</a> | <a href="#">存入收藏夹</a>⟧</td>
</tr></table>
<marquee scrollamount="3">⟦d 墨畦温馨提醒：站内范文来自会员投稿，借鉴思路即可，切勿原样照搬上报。⟧</marquee>
<table width="960" align="center"><tr><td class="nav">
⟦m <a href="/">网站首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">总结汇报</a> | <a href="/xinde/">学习心得</a> | <a href="/gongwen/">公文格式</a>⟧
</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您现在的位置：墨畦范文网 &gt;&gt; 领导讲话 &gt;&gt; 教育系统讲话 &gt;&gt; 正文⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 发布时间：2025-03-26　投稿会员：青灯夜读　人气：4471⟧</div>
<div class="zihao">⟦a 〔字体放大〕〔字体还原〕〔米黄护目〕〔白底黑字〕⟧</div>
<div>（2025年3月18日）</div>
<div>县教育局党组书记、局长　瞿芸</div>
<div class="content">
{BODY}
</div>
<div class="tools">⟦a 〔一键复制本篇〕〔导出Word文档〕〔发给手机〕⟧</div>
<div class="sxp">⟦l 上一篇：全县春季开学校园安全工作会议讲话稿⟧<br>⟦l 下一篇：在教师节表彰大会上的讲话（县长）⟧</div>
</td>
<td width="240" valign="top">
<div class="side"><b>⟦l 本周阅读排行⟧</b><br>
⟦l ① 近视防控工作推进会发言材料⟧<br>
⟦l ② 学校后勤工作会议讲话⟧<br>
⟦l ③ 教育系统作风建设大会讲话⟧</div>
<div class="float">⟦w 讲话稿急用？墨畦写手在线，QQ：3057718264⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">
⟦m 墨畦范文网 moqifanwen.com 版权所有　闽ICP备19023461号⟧<br>
⟦m 您是本站第 0183672 位来访者⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开全县中小学教室照明改造暨护眼台灯配发工作推进会，主要是总结前一阶段工作，部署下一步任务。刚才，三所学校作了交流发言，我都赞同。下面，我讲三点意见。
一、看清形势，把护眼工作当作民生实事来抓。去年秋季普查显示，全县小学生近视率达到百分之三十一点四，初中生超过百分之五十五。教室光线不足、晚间学习照明不达标，是重要原因之一。
⟦w 写材料没头绪？墨畦写手一对一代笔，加QQ 3057718264备注“讲话”⟧
二、盯住节点，确保改造和配发按期完成。今年全县要完成八十六间教室灯具改造，为一千二百名寄宿生和留守儿童免费配发护眼台灯。各校要在四月底前报送名册，五月底前完成发放，做到一人一灯、登记到人。
三、压实责任，让好事办好、实事办实。采购要公开透明，验收要逐台检测照度和频闪，严禁以次充好。各校分管校长是第一责任人，县局将把完成情况纳入年度考核。
同志们，孩子们的眼睛就是我们的责任。希望大家抓紧抓实，把这件暖心事办到家长心坎上。
""",
    ),
    dict(
        slug="fanwen-gaotian-insight-helmet-volunteer-notitle",
        site="稿田范文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://m.gaotian8.com/xinde/zhiyuan/77120.html",
        title="参加“一盔一带”文明劝导志愿服务心得体会",
        record_title=None,
        date=None,
        notes="no record title; the title line on the page; a ghost-writer WeChat line glued after a 。 inside a paragraph; only a relative update time",
        page="""
!m 稿田范文网 — 耕好每一篇稿
!m 首页 / 心得体会 / 志愿服务心得
{T}
!m 投稿：夏至未至　更新于 3 天前　阅读 2.3万
!a ☆收藏本篇　　⇩存为Word　　✎我要投稿
{BODY}
!a 全文完 · 喜欢就把本篇存进你的稿箱吧
!l 同栏目推荐：
!l 〉交通安全志愿服务心得体会三篇
!l 〉社区网格员入户走访心得
!l 〉文明城市创建志愿者个人感悟
!d 稿田范文网所载文章均由网友提供，仅作写作参考，转载请保留出处。
!m gaotian8.com　蜀ICP备20011873号-3
""",
        indent="\u3000\u3000",
        body="""
上个月，我报名参加了社区组织的“一盔一带”文明劝导志愿服务，在缋塘镇十字路口连续站了八个早高峰。时间不长，感触却很深。
一是劝导要先讲理。起初我只会举着牌子喊“请戴头盔”，不少骑车的大姐嫌烦，扭头就走。⟦w 心得写不出来？稿田写手帮你代笔，微信 gaotian_1199⟧后来我改成先打招呼，再讲讲去年路口那起事故，愿意停下来听的人多了不少。
二是服务比说教管用。我们在路口设了头盔借用点，忘带头盔的可以先借后还，一周下来借出去五十多顶，没有一顶没还回来。
三是坚持才有效果。第一天路口的头盔佩戴率不到六成，第八天已经接近九成。
这次志愿服务让我明白，安全习惯不是靠一两次检查养成的，需要我们一点一滴去陪伴和提醒。
""",
    ),
    dict(
        slug="wenku-yuedu-report-ereader-pdf-marker-paras",
        site="悦读文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.yuedu365.com/view/7d2e4a90c1b8.html",
        title="关于全市中小学生电子书阅读器使用情况的调研报告",
        record_title="关于全市中小学生电子书阅读器使用情况的调研报告.pdf",
        date="2024-11-20",
        notes="文库 reader: page-marker paragraphs ⋞ n ⋟ cut sentences; file-name record title; data table one row a paragraph; 成文日期 under the signature; monthly-card lock and coin box",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于全市中小学生电子书阅读器使用情况的调研报告.pdf - 悦读文库</title>
<script>window.__DOC__={id:"7d2e4a90c1b8",pages:4};</script>
</head><body>
<header class="yd-top"><span class="logo">⟦m 悦读文库⟧</span><input placeholder="搜文档"><a>⟦a 登录或注册⟧</a><a>⟦a 开通畅读月卡⟧</a></header>
<div class="crumb">⟦m 悦读文库 › 教育资料 › 教育科研 › 调研报告⟧</div>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 4页　·　上传于 2024-12-02　·　1.2万次浏览　·　评分 4.6⟧</p>
<div class="bar">⟦a 下载文档（3悦币）⟧ ⟦a 收藏⟧ ⟦a 打印⟧ ⟦a 举报⟧</div></div>
<div class="reader">
{BODY}
</div>
<div class="lock"><p>⟦a 还有 2 页未读，开通畅读月卡即可继续阅读⟧</p><p>⟦a 单篇购买 3 悦币 ｜ 月卡 19.9 元畅读全站⟧</p></div>
<aside><h4>⟦l 看过本文的人还在看⟧</h4><ul><li>⟦l 中小学生课外阅读现状调查问卷⟧</li><li>⟦l 家庭电子产品使用情况调研报告⟧</li></ul></aside>
<footer>⟦d 本文档为用户上传，悦读文库仅提供信息存储空间，如有侵权请发送通知删除。⟧<br>⟦m ©2025 yuedu365.com　京ICP备23017716号-1⟧</footer>
</body></html>
""",
        p_html='<p class="pdf-line">{}</p>',
        pages=dict(fmt="⋞ {n} ⋟", every=90, start=2),
        body="""
为了解电子书阅读器在中小学生课外阅读中的使用情况，2024年10月，我院在全市随机抽取12所中小学，对2160名学生和860名家长开展问卷调查，并走访了部分学校图书馆。现将有关情况报告如下。
一、基本情况
学段　拥有阅读器比例　日均使用时长
小学高年级　18.6%　26分钟
初中　31.2%　38分钟
高中　24.7%　22分钟
二、主要发现
一是阅读器以墨水屏为主，多数家长认为比手机、平板更护眼；二是学生用阅读器读整本书的比例明显高于用手机；三是部分学生借阅读器之名浏览网络小说，家长难以掌握内容。
三、几点建议
学校可将阅读器纳入班级图书角管理，统一下载推荐书目；家长应与孩子约定使用时间，每次连续阅读不超过四十分钟。
檿州市教育科学研究院
2024年11月20日
""",
    ),
    dict(
        slug="wenku-fengye-plan-shutter-wrapped-glued-markers",
        site="枫页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.fengyewk.com/p-30418827.html",
        title="檖岭县临街商铺卷帘门安全隐患排查整治方案",
        record_title="【优选文档】檖岭县临街商铺卷帘门安全隐患排查整治方案（拿来即改·共5页）",
        date="2025-03-26",
        notes="hard-wrapped at 60 columns; page markers ⍌n⍌ glued to the continuation line; 成文日期 in Chinese numerals; preview-end prompt and coin price",
        page="""
!m 枫页文库
!m 文库首页 > 行业资料 > 安全管理 > 排查方案
!t 【优选文档】檖岭县临街商铺卷帘门安全隐患排查整治方案（拿来即改·共5页）
!m 贡献者：安监小枫　上传时间：2025-04-02　页数：5　下载：316
!a 免费预览前3页　|　整篇下载仅需 2 枫叶币
{BODY}
!a —— 预览到此为止，余下内容请下载后查看 ——
!a 立即下载　　加入书架　　分享给好友
!l 相关文档：沿街门店消防安全检查表　｜　商户安全生产承诺书范本
!d 枫页文库内的文档均由网友上传，本站不对内容真实性负责。
""",
        indent="\u3000\u3000",
        wrap=60,
        pages=dict(fmt="⍌{n}⍌", every=80, start=2, glue=True),
        body="""
为切实消除临街商铺卷帘门坠落、夹伤等安全隐患，保障群众生命财产安全，结合我县实际，制定本方案。
一、排查范围
县城主次干道两侧及各乡镇集镇沿街商铺安装的手动、电动卷帘门。
二、排查重点
（一）卷轴、导轨、底梁是否锈蚀变形，固定螺栓是否松动；
（二）电动卷帘门的限位开关、防坠器、遇阻回弹装置是否有效；
（三）门体下方是否堆放杂物，是否占用消防通道。
三、时间安排
自查阶段：4月1日至4月20日，由商户对照清单自查；检查阶段：4月21日至5月31日，由各乡镇会同市场监管、消防部门逐户检查；整改阶段：6月底前完成全部整改。
四、工作要求
各乡镇要建立隐患台账，实行销号管理；对拒不整改的，依法依规严肃处理。
檖岭县安全生产委员会办公室
二〇二五年三月二十六日
""",
    ),
    dict(
        slug="gov-yuchuan-notice-helmet-campaign-index-table",
        site="棫川县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.yuchuan.gov.example.cn/zwgk/zfwj/202504/t20250410_41877.html",
        title="关于开展电动自行车驾乘人员佩戴安全头盔专项整治行动的通知",
        record_title="关于开展电动自行车驾乘人员佩戴安全头盔专项整治行动的通知_县政府办文件_棫川县人民政府",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="county portal: 长者模式/读屏 links, 索引号 table with the 文号 cell unmarked (neutral), 发布日期 differs from the 成文日期; 联系人 line beside the site's 纠错 line; 附件 list, 抄送 and 印发 lines",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于开展电动自行车驾乘人员佩戴安全头盔专项整治行动的通知_县政府办文件_棫川县人民政府</title>
<script src="/common/js/jquery.min.js"></script>
</head><body>
<div class="topbar"><span>⟦m 棫川县人民政府 欢迎您⟧</span> <a>⟦a 长者模式⟧</a> <a>⟦a 读屏专用⟧</a> <a>⟦a 简/繁⟧</a></div>
<nav><a>⟦m 首页⟧</a> <a>⟦m 走进棫川⟧</a> <a>⟦m 政务公开⟧</a> <a>⟦m 政务服务⟧</a> <a>⟦m 互动交流⟧</a></nav>
<div class="path">⟦m 当前所在：首页 ＞ 政务公开 ＞ 政府文件 ＞ 县政府办文件⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：YC-00127-2025-0041⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr>
<tr><td>⟦m 发布机构：棫川县人民政府办公室⟧</td><td>⟦m 发布日期：2025-04-10⟧</td></tr>
<tr><td>棫政办〔2025〕9号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<h1 class="art-title">{T}</h1>
<div class="art-tools">⟦a 【字体：大 中 小】【打印本页】【关闭本页】⟧</div>
<div class="art-content">
{BODY}
</div>
<div class="art-share">⟦l 分享至：微信 ｜ 微博 ｜ 复制链接⟧</div>
<div class="related"><h3>⟦l 相关文件⟧</h3><ul><li>⟦l 棫川县道路交通安全“守护行动”实施方案⟧</li><li>⟦l 关于加强电动自行车停放充电管理的通告⟧</li></ul></div>
<footer>
<p>⟦m 主办：棫川县人民政府办公室　承办：县政务数据服务中心⟧</p>
<p>⟦m 网站标识码：3507250011　闽公网安备 35072502000219号⟧</p>
<p>⟦m 网站纠错及意见反馈：0597-6210000⟧</p>
</footer>
</body></html>
""",
        p_html='<p style="text-indent:2em">{}</p>',
        body="""
各乡镇人民政府，县直有关单位：
为进一步提高电动自行车驾乘人员安全头盔佩戴率，减少交通事故伤亡，经县政府同意，定于2025年4月至6月在全县开展专项整治行动。现将有关事项通知如下。
一、整治重点。县城主要路口、学校周边、集镇赶集点骑行电动自行车不戴头盔，以及销售无3C标志头盔等行为。
二、工作措施。公安交警部门设置劝导点二十处，实行“首违警告、再违处罚”；市场监管部门对头盔销售门店开展抽检；各乡镇组织网格员入户宣传。
三、有关要求。各单位于每月25日前将工作进展报县交通安全委员会办公室。
联系人：符晓岚，电话：0597-6218803。
附件：1.电动自行车头盔劝导点位表
2.专项整治行动进展统计表
棫川县人民政府办公室
2025年4月8日
抄送：县委办公室，县人大常委会办公室。
棫川县人民政府办公室　2025年4月8日印发
""",
    ),
    dict(
        slug="gov-chunxi-letter-fire-brigade-shutter-record",
        site="杶溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.chunxi.gov.example.cn/bmwj/xfjy/202504/t20250424_9921.html",
        title="杶溪县消防救援大队关于商请协助排查沿街卷帘门占用疏散通道问题的函",
        date="2025-04-22",
        date_also=["2025-04-24"],
        notes="record title as is; a county fire brigade's 函 with its own 联系人 beside the portal's service line; the posting date differs from the 成文日期",
        page="""
!m 杶溪县人民政府门户网站
!a 无障碍浏览　|　关怀版　|　English
!m 首页 › 政务公开 › 部门文件 › 县消防救援大队
{T}
!m 信息来源：县消防救援大队　发布：2025-04-24 16:05　浏览：219
{BODY}
!a 【打印正文】　【关闭窗口】
!l 上一条：县应急管理局关于开展燃气安全宣传月活动的通知
!l 下一条：县市场监督管理局2025年一季度抽检信息公告
!m 杶溪县人民政府办公室主办　县大数据中心运维
!m 政务服务便民热线：12345　网站运维电话：0593-6200158
!m 闽ICP备11004562号-1
""",
        indent="\u3000\u3000",
        body="""
县市场监督管理局：
近期，我大队在夜间“九小场所”检查中发现，县城部分沿街商铺存在电动卷帘门下方堆放货物、营业期间半落卷帘门遮挡疏散出口等问题，一旦发生火灾，极易造成人员被困。为形成监管合力，现商请贵局在日常巡查中协助做好以下工作：
一、将卷帘门开闭状态及门下是否堆物纳入沿街商户检查内容；
二、发现问题时及时告知我大队，由我大队依法处理；
三、在商户登记、年报环节发放《卷帘门安全使用提示》。
请贵局于5月10日前将协助联络人姓名及电话函告我大队。
联系人：戴鸣远，电话：0593-6230119。
杶溪县消防救援大队
2025年4月22日
""",
    ),
    dict(
        slug="news-yanzhou-pen-village-school-captions",
        site="檿州新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.yanzhounews.example.cn/jy/2025-05/16/content_118402.html",
        title="绹桥镇中心小学用上点读笔 留守娃英语听读有了“小老师”",
        record_title="绹桥镇中心小学用上点读笔 留守娃英语听读有了“小老师”_教育频道_檿州新闻网",
        record_date="2025-05-16",
        date="2025-05-16",
        notes="news portal: app prompt glued before the lead's first words, a photo caption between paragraphs, an editor line glued after the last 。; record date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>绹桥镇中心小学用上点读笔 留守娃英语听读有了“小老师”_教育频道_檿州新闻网</title>
<script src="//s.yanzhounews.example.cn/stat.js"></script></head><body>
<div class="head">⟦m 檿州新闻网 · 檿州日报社主办⟧ <a>⟦a 下载檿州新闻客户端⟧</a> <a>⟦a 电子报⟧</a></div>
<ul class="channel"><li>⟦m 时政⟧</li><li>⟦m 民生⟧</li><li>⟦m 学苑⟧</li><li>⟦m 文旅⟧</li><li>⟦m 视频⟧</li></ul>
<div class="loc">⟦m 檿州新闻网 ＞ 教育频道 ＞ 校园动态⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 2025-05-16 08:40　来源：檿州日报　作者：邝雨晴⟧ <span>⟦a 🔊 听新闻⟧</span></div>
<div class="txt">
{BODY}
</div>
<div class="ad">⟦d 广告　暑期研学营火热报名中⟧</div>
<div class="hot"><h3>⟦l 24小时热读⟧</h3><ol><li>⟦l 檿州中考体育考试项目公布⟧</li><li>⟦l 城区新增三条公交微循环线路⟧</li></ol></div>
<div class="foot">⟦d 本网所刊稿件未经授权不得转载⟧　⟦m 互联网新闻信息服务许可证：35120200017⟧</div>
</body></html>
""",
        body="""
⟦a 打开檿州新闻客户端，阅读体验更流畅⟧本报讯（记者 邝雨晴 通讯员 石岚）5月14日上午，绹桥镇中心小学三年级教室里，十岁的小宇拿着点读笔轻轻一点课本，清脆的英语读音就响了起来。
⟦m 图为学生在课堂上用点读笔跟读课文。邝雨晴 摄⟧
这所学校有留守儿童二百一十七名，不少孩子的爷爷奶奶不认识英文，回家后没人能听孩子读课文。今年春季学期，县教育基金会为学校捐赠点读笔三百支，并由英语老师统一下载配套音频。
“以前背单词全靠死记，现在能一遍遍听原音。”英语教师顾晓棠说，班上学生的听读作业完成率从不到一半提高到九成以上。
学校还制定了借用制度，点读笔由班主任登记管理，寒暑假可以带回家使用。⟦m （编辑：覃可　审核：梁栎）⟧
""",
    ),
    dict(
        slug="news-chunxi-lamp-spotcheck-title-glued-table",
        site="杶溪融媒 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.cxrongmei.example.cn/xw/ms/2025/0603/5518.html",
        title="杶溪县公布护眼台灯质量抽查结果 5批次不合格",
        record_title="杶溪县公布护眼台灯质量抽查结果 5批次不合格 - 杶溪融媒·民生",
        date="2025-06-03",
        notes="title repeated and glued to the lead; 发布时间 line taken as the page's date; spot-check table; a photo caption and a further-reading link on lines of their own between paragraphs",
        page="""
!m 杶溪融媒 | 杶溪县融媒体中心
!m 民生 > 消费维权
{T}
!m 发布时间：2025-06-03 09:12　来源：县融媒体中心　记者：尚知微
!a 字号 A+ A-　　分享　　收藏
{T}{BODY}
!l 【往期回顾】儿童学习桌椅抽查：这些问题要当心
!l 评论区（12）　写评论…
!m 杶溪融媒　主办：杶溪县融媒体中心　新闻热线：0593-6233100
""",
        body="""
近日，杶溪县市场监督管理局公布了2025年第一批护眼台灯产品质量监督抽查结果。本次共抽查县内商场、文具店和网店销售的护眼台灯32批次，其中不合格5批次。
⟦m ▲执法人员在文具店核对台灯标识（资料图）⟧
抽查结果如下：
检验项目　不合格批次　主要问题
蓝光危害　2　标称“无蓝光”但实测超标
频闪　2　低亮度档位波动深度超限
照度均匀度　1　桌面边缘照度偏低
⟦l 延伸看：家里的台灯该不该换？眼科医生这样说→⟧
县市场监管局有关负责人提醒，家长选购时应查看产品是否标注执行标准和照度等级，不要轻信“零蓝光”“医用级”等宣传。对抽查不合格的产品，该局已责令销售者下架，并依法立案调查。
""",
    ),
    dict(
        slug="forum-mopingkezhan-ereader-ghosting-jammer",
        site="墨屏客栈论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.mopingkz.com/thread-402817-1-1.html",
        title="阅读器翻页残影越来越重，是不是屏要坏了",
        record_title="[使用求助] 阅读器翻页残影越来越重，是不是屏要坏了（附对比图） - 墨屏杂谈 - 墨屏客栈论坛",
        date=None,
        notes="Discuz-like e-reader forum: jammer-font junk inside the post, rating row, signature, reply box; 发表于 a relative time only",
        page="""
<html><head><meta charset="gbk"><title>[使用求助] 阅读器翻页残影越来越重，是不是屏要坏了（附对比图） - 墨屏杂谈 - 墨屏客栈论坛</title>
<style>.jammer{font-size:0;color:#fff}</style></head><body>
<div id="toptb">⟦m 墨屏客栈 · 电纸书玩家的家⟧ <a>⟦a 快捷登录⟧</a> <a>⟦a 注册驿卡⟧</a></div>
<div id="pt">⟦m 墨屏客栈论坛 › 阅读设备 › 墨屏杂谈 › 帖子正文⟧</div>
<div class="hm">⟦m 浏览: 1306｜跟帖: 27⟧</div>
<table class="plhin"><tr>
<td class="pls"><div class="pi">⟦m 纸间白鹭⟧</div><p>⟦m 驿卡等级：三级墨客　书豆 688⟧</p></td>
<td class="plc">
<h1><span id="thread_subject">⟦t [使用求助] 阅读器翻页残影越来越重，是不是屏要坏了（附对比图）⟧</span></h1>
<div class="authi">⟦m 楼主｜发表于 3 天前｜只看楼主⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="rate">⟦l 参与评分 2 人　书豆 +6　理由：描述详细⟧</div>
<div class="sign">⟦l 签名：一盏孤灯一卷书，墨屏不灭夜不孤⟧</div>
<div class="po">⟦a 回复｜引用｜点赞｜举报⟧</div>
</td></tr></table>
<div id="fastpost">⟦a 登录客栈后才能跟帖哦　去登录　/　办张驿卡⟧</div>
<div id="ft">⟦m 墨屏客栈论坛 粤ICP备22041357号⟧　⟦m Powered by Discuz! X3.5⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
用了快三年的电子书阅读器，最近翻页残影越来越明显，尤其是看带插图的书，上一页的图要过两三页才淡掉。
我试过在设置里把全刷频率从每六页一次改成每页一次，残影是少了，但是翻页明显变慢，电也掉得快。
恢复出厂设置也做过，没有用。屏幕边角没有裂纹，也没有摔过。
想问问坛里的前辈：这是墨水屏老化的正常现象吗？换屏大概要多少钱，值不值得修？
先谢谢大家了，有图可以补发。
""",
    ),
    dict(
        slug="forum-lvqi-helmet-buying-pits-junk",
        site="绿骑论坛 (invented, e-bike riders' forum)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://www.lvqibbs.com/forum/t/551902",
        title="给老婆买头盔踩的三个坑，后来者引以为戒",
        record_title="[骑行装备] 给老婆买头盔踩的三个坑，后来者引以为戒 - 装备交流 - 绿骑论坛",
        date=None,
        notes="riders' forum thread in text: junk lines and junk glued after 。; posted 'yesterday'; replies and a reply prompt below",
        page="""
!m 绿骑论坛 — 电动车骑友交流社区
!m 绿骑论坛 » 装备交流 » 头盔护具
!t [骑行装备] 给老婆买头盔踩的三个坑，后来者引以为戒
!m 楼主：骑驴找马老张　发表于 昨天 21:14　查看 893　回复 19
{BODY}
!l 沙发　小电驴不小：第三个坑我也踩过，晚上戴茶色镜片真的吓人
!l 板凳　风里雨里：求个店名，本地的话想去试试
!l 地板　楼主回复：县城车站路那家，别说是我推荐的哈哈
!a 发帖请先登录绿骑通行证
!m 绿骑论坛 Archiver｜手机版｜陕ICP备21008735号
""",
        junk=dict(lines=2, glued=2),
        body="""
上个月给老婆买电动车头盔，前后换了三顶，总结一下踩过的坑。
第一个坑：只看颜值。第一顶是网上九块九包邮的，戴上很轻，结果拿到手一看，里面只有一层薄泡沫，连3C标志都没有。
第二个坑：尺码随便选。第二顶号码偏大，骑起来一加速就往后掀，下巴带怎么调都不行。
第三个坑：镜片太深。第三顶带茶色镜片，白天挺好，晚上骑车过路口根本看不清。
最后去实体店试戴，选了一顶带3C标志、有透明镜片的半盔，一百二十多块，老婆戴着说舒服。
大家买头盔一定要看标志、试尺码，别只图便宜。
""",
    ),
]
